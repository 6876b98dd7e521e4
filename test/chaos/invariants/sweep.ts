/**
 * Invariants of the reminder sweep after a fault and the recovery (issue 10; the protocol is in
 * src/app/reminders/sweep.ts): no reminder mailed twice except the digest in flight at a kill or
 * failure; every reminder that was due was mailed, unless the desk was told; 送信記録 is
 * append-only (rows present before the act unchanged) and complete (a row for every reminder
 * mailed, no confirmed row without its email).
 */
import { SENT_LOG_UNCONFIRMED, SHEET } from '../../../src/strings';
import type { Desk } from '../../support/desk';
import type { InjectedFault } from '../harness';
import { documentProperties, sheetValues } from './common';

const CASE_NUMBER = /R\d+-\d{4,}/g;
const NOTICE = '送信できませんでした';

/**
 * Reminder digests (to the desk, departments and applicants) sent from `since` on: recipient and
 * the case numbers each one lists. Only the sweep sends mail in these scenarios.
 */
export function digestsSince(desk: Desk, since: number) {
  return desk.ws.mail.outbox
    .slice(since)
    .filter((m) => !m.subject.includes(NOTICE))
    .map((m) => ({ to: m.to, cases: [...new Set(m.body.match(CASE_NUMBER) ?? [])] }));
}

/** (recipient, case number) pairs a set of digests covers. */
export function pairsOf(digests: ReturnType<typeof digestsSince>): Set<string> {
  return new Set(digests.flatMap((d) => d.cases.map((c) => `${d.to} ${c}`)));
}

/** Rows of 送信記録 below the header, as text. */
export function sentLogRows(desk: Desk): string[][] {
  return sheetValues(desk, SHEET.sentLog)
    .slice(1)
    .map((r) => r.map((v) => String(v ?? '')));
}

/** Whether the desk was told that mail to `to` did not go (notice email, トリガーの状態). */
function flagged(desk: Desk, to: string, since: number): boolean {
  const props = documentProperties(desk);
  const lastRun = props['trigger.daily.lastRun'] ?? '';
  const state = props['reminders.state'] ?? '';
  const noticed = desk.ws.mail.outbox
    .slice(since)
    .some((m) => m.subject.includes(NOTICE) && m.body.includes(to));
  return noticed || lastRun.includes(to) || state.includes(to);
}

export interface SweepBaseline {
  /** Outbox length before the act. */
  since: number;
  /** 送信記録 rows before the act. */
  rowsBefore: string[][];
  /** (recipient, case) pairs a clean run mails. */
  expected: Set<string>;
}

export function sweepInvariants(
  desk: Desk,
  fault: InjectedFault | null,
  base: SweepBaseline,
): string[] {
  const found: string[] = [];
  const digests = digestsSince(desk, base.since);
  // 1. No pair mailed twice, except within one digest repeated (the one in flight).
  const seen = new Set<string>();
  let repeatedDigests = 0;
  for (const d of digests) {
    const pairs = d.cases.map((c) => `${d.to} ${c}`);
    if (pairs.some((p) => seen.has(p))) repeatedDigests += 1;
    pairs.forEach((p) => seen.add(p));
  }
  const allowed = fault && fault.kind !== 'pause' ? 1 : 0;
  if (repeatedDigests > allowed) found.push(`${repeatedDigests} digests repeat reminders`);
  // 2. Everything due was mailed, unless the desk was told.
  for (const pair of base.expected) {
    const [to] = pair.split(' ');
    if (!seen.has(pair) && !flagged(desk, to, base.since)) found.push(`${pair} never mailed`);
  }
  for (const pair of seen) if (!base.expected.has(pair)) found.push(`${pair} mailed, not due`);
  // 3. 送信記録: the rows before the act unchanged; after them, a row for every pair mailed,
  // at most one confirmed row per pair and recipient, and none without its email.
  const rows = sentLogRows(desk);
  base.rowsBefore.forEach((row, i) => {
    if (JSON.stringify(rows[i]) !== JSON.stringify(row)) {
      found.push(`送信記録 row ${i + 2} changed: ${row.join(' ')} → ${(rows[i] ?? []).join(' ')}`);
    }
  });
  const added = rows.slice(base.rowsBefore.length);
  const logged = new Set(added.map((r) => `${r[1]} ${r[2]}`));
  for (const pair of seen) if (!logged.has(pair)) found.push(`${pair} mailed, not in 送信記録`);
  const confirmed = new Map<string, number>();
  for (const r of added) {
    if (r.every((v) => v === '')) {
      found.push('送信記録 has a blank row');
      continue;
    }
    if (r[5].includes(SENT_LOG_UNCONFIRMED)) {
      if (!fault || fault.kind === 'pause') found.push(`unconfirmed row without a fault: ${r[6]}`);
      continue;
    }
    const id = `${r[1]} ${r[6]}`;
    confirmed.set(id, (confirmed.get(id) ?? 0) + 1);
    if (!seen.has(`${r[1]} ${r[2]}`)) found.push(`送信記録 row for ${r[1]} ${r[2]} without email`);
  }
  for (const [id, n] of confirmed) if (n > 1) found.push(`送信記録: ${id} on ${n} rows`);
  return found;
}

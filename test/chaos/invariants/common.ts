/**
 * Invariants every chaos run checks on the desk's state after recovery (issue 10, "Done when"):
 * nothing lost, nothing doubled, register and history agree, no email repeated in bulk. Each
 * returns the violations it finds, in words.
 */
import { HISTORY_HEADERS, Q, SHEET } from '../../../src/strings';
import { registerColumn } from '../../../src/domain/register';
import type { Desk } from '../../support/desk';
import type { InjectedFault } from '../harness';

type Rows = unknown[][];

function model(desk: Desk) {
  return desk.ws.spreadsheets.get(desk.spreadsheetId)!;
}

/** A sheet's values, header row first ([] when the sheet is missing). */
export function sheetValues(desk: Desk, name: string): Rows {
  const sheet = model(desk).sheetByName(name);
  if (!sheet) return [];
  const rows: Rows = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

export function documentProperties(desk: Desk): Record<string, string> {
  const store = desk.ws.properties.documents.get(desk.spreadsheetId);
  return store ? Object.fromEntries(store) : {};
}

/** Register rows below the header, as objects keyed by register column key. */
export function registerRows(desk: Desk): Array<{ row: number; get: (key: string) => string }> {
  const [, ...rows] = sheetValues(desk, SHEET.register);
  return rows
    .map((values, i) => ({
      row: i + 2,
      get: (key: string) => {
        const value = values[registerColumn(key as never) - 1];
        return value instanceof Date ? value.toISOString() : String(value ?? '');
      },
    }))
    .filter((r) => r.get('caseNumber') !== '');
}

function responseSheetValues(desk: Desk): Rows {
  // The proposal form's sheet (the 庁内回答フォーム's, issue 12, is another フォームの回答 sheet).
  const linkedId = desk.ws.forms.get(desk.formId)?.destination?.sheetId;
  const sheet =
    model(desk).sheets.find((s) => s.sheetId === linkedId) ??
    model(desk).sheets.find((s) => /^(フォームの回答|Form Responses)/.test(s.name));
  return sheet ? sheetValues(desk, sheet.name) : [];
}

/** Case numbers and response keys appear once each; every form response has exactly one case. */
export function registerInvariants(desk: Desk): string[] {
  const found: string[] = [];
  const rows = registerRows(desk);
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.get('caseNumber'), (seen.get(r.get('caseNumber')) ?? 0) + 1);
  for (const [n, count] of seen) if (count > 1) found.push(`case number ${n} on ${count} rows`);
  const keys = new Map<string, number>();
  for (const r of rows) {
    const key = r.get('responseKey');
    if (key) keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  for (const [k, count] of keys) if (count > 1) found.push(`response key ${k} on ${count} rows`);
  const [header, ...answers] = responseSheetValues(desk);
  if (header) {
    const title = header.indexOf(Q.title);
    const email = header.indexOf(Q.email);
    const registered = new Map<string, number>();
    for (const r of rows) {
      const id = `${r.get('email')}|${r.get('title')}`;
      registered.set(id, (registered.get(id) ?? 0) + 1);
    }
    const expected = new Map<string, number>();
    for (const a of answers) {
      if (a.every((v) => v === '')) continue;
      const id = `${String(a[email])}|${String(a[title])}`;
      expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    for (const [id, count] of expected) {
      const got = registered.get(id) ?? 0;
      if (got < count) found.push(`response ${id} lost (${count} answered, ${got} registered)`);
      if (got > count) found.push(`response ${id} doubled (${count} answered, ${got} registered)`);
    }
  }
  found.push(
    ...numberGaps(
      desk,
      rows.map((r) => r.get('caseNumber')),
    ),
  );
  return found;
}

/**
 * Case numbers of a fiscal year run 1..max without a gap, unless the missing number is visibly
 * kept: a reservation still in document properties (recovery will use it).
 */
function numberGaps(desk: Desk, numbers: string[]): string[] {
  const reserved = Object.entries(documentProperties(desk))
    .filter(([k]) => k.startsWith('intake.pending.'))
    .map(([, v]) => v);
  const byPrefix = new Map<string, Set<number>>();
  for (const n of numbers) {
    const m = /^(.*?)(\d+)$/.exec(n);
    if (!m) continue;
    const set = byPrefix.get(m[1]) ?? new Set<number>();
    set.add(Number(m[2]));
    byPrefix.set(m[1], set);
  }
  const found: string[] = [];
  for (const [prefix, set] of byPrefix) {
    const max = Math.max(...set);
    for (let i = 1; i < max; i++) {
      if (set.has(i)) continue;
      const visible = reserved.some((r) => new RegExp(`${prefix}0*${i}\\b`).test(r));
      if (!visible) found.push(`case number ${prefix}…${i} skipped without a kept reservation`);
    }
  }
  return found;
}

const OP_ID_HEADER = '操作ID';

/**
 * Register and history agree: for every case with recorded moves (from ≠ to), the moves chain
 * (each starts where the previous ended) and the last one ends at the register's status; no
 * operation id appears on two history rows (every move has exactly one row).
 */
export function historyInvariants(desk: Desk): string[] {
  const found: string[] = [];
  const [header, ...rows] = sheetValues(desk, SHEET.history);
  if (!header) return ['履歴 sheet missing'];
  const col = (name: string) => header.indexOf(name);
  const [caseCol, fromCol, toCol] = [2, 3, 4].map((i) => col(HISTORY_HEADERS[i]));
  const opCol = col(OP_ID_HEADER);
  const moves = new Map<string, Array<{ from: string; to: string }>>();
  const ids = new Map<string, number>();
  for (const r of rows) {
    const caseNumber = String(r[caseCol]);
    const from = String(r[fromCol]);
    const to = String(r[toCol]);
    if (opCol >= 0 && r[opCol] !== '' && r[opCol] !== undefined) {
      const id = String(r[opCol]);
      ids.set(id, (ids.get(id) ?? 0) + 1);
    }
    if (from === to) continue;
    const list = moves.get(caseNumber) ?? [];
    list.push({ from, to });
    moves.set(caseNumber, list);
  }
  for (const [id, count] of ids)
    if (count > 1) found.push(`operation ${id} has ${count} history rows`);
  for (const r of registerRows(desk)) {
    const list = moves.get(r.get('caseNumber'));
    if (!list) continue;
    for (let i = 1; i < list.length; i++) {
      if (list[i].from !== list[i - 1].to) {
        found.push(`${r.get('caseNumber')}: history jumps ${list[i - 1].to} → ${list[i].from}`);
      }
    }
    const last = list[list.length - 1].to;
    if (last !== r.get('status')) {
      found.push(
        `${r.get('caseNumber')}: register says ${r.get('status')}, history ends at ${last}`,
      );
    }
  }
  return found;
}

/**
 * No email is repeated in bulk: identical emails (recipient, subject, body) beyond the first are
 * repeats; only the one send in flight at an injected fault may be repeated, once.
 */
export function mailInvariants(desk: Desk, fault: InjectedFault | null, sinceIndex = 0): string[] {
  const counts = new Map<string, number>();
  for (const m of desk.ws.mail.outbox.slice(sinceIndex)) {
    const id = `${m.to}\n${m.subject}\n${m.body}`;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let repeats = 0;
  const repeated: string[] = [];
  for (const [id, count] of counts) {
    if (count > 1) {
      repeats += count - 1;
      repeated.push(`${id.split('\n').slice(0, 2).join(' / ')} ×${count}`);
    }
  }
  const allowed = fault ? 1 : 0;
  return repeats > allowed ? [`emails repeated: ${repeated.join('; ')}`] : [];
}

/** The invariants every scenario checks. */
export function commonInvariants(desk: Desk, fault: InjectedFault | null): string[] {
  return [...registerInvariants(desk), ...historyInvariants(desk), ...mailInvariants(desk, fault)];
}

/** How many emails went to `to` whose subject contains `text`. */
export function mailCount(desk: Desk, to: string, text: string, sinceIndex = 0): number {
  return desk.ws.mail.outbox
    .slice(sinceIndex)
    .filter((m) => m.to.split(',').includes(to) && m.subject.includes(text)).length;
}

/**
 * The deadline sweep: reads the register once, works out today's reminders, sends one digest per
 * recipient (most urgent first), and records what went out — in document properties (never
 * twice) and in the 送信記録 sheet (for people). The caller holds the document lock.
 *
 * Crash consistency (docs/reliability.md): right before each send the digest's intent is
 * journaled (sweepState.ts), right after it its outcome; a run that stops anywhere leaves a
 * journal the next run consolidates before planning, so nothing confirmed is sent again and the
 * one digest in flight is sent again once (at-least-once; its 送信記録 rows say 送信未確認). The
 * 送信記録 rows are appended from the journal, and the journal is cleared by the run's last write.
 * A failed service call stops the run (its error propagates): it is never read as "nothing".
 *
 * Call budget (bench: sweep), whatever the register's size: lock 2 (caller), properties 2
 * (caller), the spreadsheet 1, the register 2, the 送信記録 rows 3, the properties write 1 —
 * 11 calls, plus 2 per email (intent and outcome); the day's first run adds 1, the spreadsheet's
 * time zone for ヘルスチェック's line in the desk's digest (src/app/health.ts).
 */
import { reminderDate, SWEEP_NOTICE, SWEEP_UI } from '../../strings';
import type { IsoDate } from '../../domain/calendar';
import type { Settings } from '../../domain/settings';
import { isValidEmail } from '../../domain/screening';
import { tokyoDateTimeText } from '../../domain/tokyoTime';
import { oneLine, renderDigest } from '../../domain/deadlines/digest';
import { planSweep, SweepPlan } from '../../domain/deadlines/plan';
import { DESK, ReminderContext, SweepCase } from '../../domain/deadlines/reminders';
import { journalRows, keyHash, MAX_KEYS, pruneSent } from '../../domain/deadlines/sentLog';
import {
  Journal,
  JournalEntry,
  journalIntentWrites,
  journalOutcomeKey,
  SweepState,
  untoldAfter,
} from '../../domain/deadlines/sweepState';
import { PROP } from '../../adapters/properties';
import { contactOf } from '../../adapters/mailer';
import {
  DepartmentEmails,
  departmentsFromSnapshot,
  readDepartmentEmails,
} from '../../store/departmentSnapshot';
import { sendDigestMail } from './digestMail';
import { appendSentLog, SentLogCursor } from '../../store/sentLog';
import { readRegisterCases } from './sweepRegister';
import { registerCellsWrite, sweepHealthLines } from '../health';
import { HEALTH_DIGEST } from '../../strings/health';
import { knownSends, REMINDER_PROP, stateWrites } from '../../store/sweepState';
import { readRegisterSheetId, spreadsheetUrl } from '../../store/reminderSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/**
 * How long a run may keep sending while it holds the document lock. The intake waits up to 60 s
 * for that lock, so the sweep stops well before (and far before Apps Script's 6-minute limit);
 * the next hourly run continues where it stopped, without duplicates.
 */
export const SEND_WINDOW_MS = 45_000;

export interface SweepRun {
  ss: Spreadsheet;
  props: Properties;
  /** Every document property, as read by the caller's one getProperties() under the lock. */
  all: Record<string, string>;
  state: SweepState;
  settings: Settings;
  today: IsoDate;
  /** When the run took the lock (ms): the send window counts from here. */
  startedMs: number;
  /** Read 担当課 now instead of trusting the snapshot (the menu does). */
  freshDepartments: boolean;
}

export interface SweepOutcome {
  digestsSent: number;
  itemsSent: number;
  /** Digests left for a later run (time window, quota, failures). */
  digestsLeft: number;
  /** Items that wait for tomorrow: their recipient already had today's digest. */
  waiting: number;
  stoppedForTime: boolean;
  quotaExhausted: boolean;
  problems: string[];
}

export function runSweep(run: SweepRun): SweepOutcome {
  const { ss, settings, today } = run;
  const writes: Record<string, string> = {};
  const grid = { rows: 0, columns: 0 };
  const cases = readRegisterCases(ss, grid);
  Object.assign(writes, registerCellsWrite(grid.rows, grid.columns));
  const ctx: ReminderContext = {
    today,
    settings,
    departments: departmentsFor(run, cases, writes),
  };
  // What an interrupted run left: its confirmed sends count as sent before anything is planned.
  const { sent: stored, mailedToday: mailed, journal } = knownSends(run.all, run.state, today);
  const plan = planSweep({ cases, ctx, sent: stored, mailedToday: mailed });
  const sent = pruneSent(stored, plan.live);
  const outcome: SweepOutcome = {
    digestsSent: 0,
    itemsSent: 0,
    digestsLeft: 0,
    waiting: plan.waiting.length,
    stoppedForTime: false,
    quotaExhausted: false,
    problems: [],
  };
  const progress: Progress = {
    sent,
    mailed,
    deskTo: deskAddresses(settings),
    links: linksFor(run, writes),
    outcome,
    entries: [],
    nextSlot: journal.nextSlot,
    // The day's first run only: a run continuing a stopped one does not tell it again.
    health: run.state.day === today ? [] : healthLines(run, grid.rows * grid.columns),
    healthTold: false,
  };
  sendDigests(run, plan, progress);
  finish(run, { ...progress, journal, writes });
  return outcome;
}

interface Links {
  registerUrl: string;
  rowUrl: (row: number) => string;
}

interface Progress {
  sent: Set<string>;
  mailed: Set<string>;
  deskTo: string;
  links: Links;
  outcome: SweepOutcome;
  /** This run's journal slots, in send order. */
  entries: JournalEntry[];
  nextSlot: number;
  /** ヘルスチェック's problems for the desk (src/app/health.ts), and whether a digest carried them. */
  health: string[];
  healthTold: boolean;
}

/** A check that fails to run never stops the sweep: the health page shows it anyway. */
function healthLines(run: SweepRun, registerCells: number): string[] {
  try {
    return sweepHealthLines(run.ss, run.all, run.settings, registerCells);
  } catch (error) {
    console.error(`ヘルスチェック: ${(error as Error).message}`);
    return [];
  }
}

function sendDigests(run: SweepRun, plan: SweepPlan, p: Progress): void {
  const { settings, today } = run;
  const contact = contactOf(settings);
  const sentAt = tokyoDateTimeText(new Date());
  const { outcome } = p;
  for (let i = 0; i < plan.digests.length; i++) {
    const digest = plan.digests[i];
    const left = plan.digests.length - i;
    if (Date.now() - run.startedMs > SEND_WINDOW_MS) {
      outcome.stoppedForTime = true;
      outcome.digestsLeft += left;
      return;
    }
    if (p.sent.size + digest.items.length > MAX_KEYS) {
      outcome.problems.push(SWEEP_UI.logFull);
      outcome.digestsLeft += left;
      return;
    }
    const to = digest.recipient === DESK ? p.deskTo : digest.recipient;
    if (!to) {
      outcome.problems.push(SWEEP_UI.noDeskAddress);
      outcome.digestsLeft += 1;
      continue;
    }
    const mail = renderDigest(digest, {
      today,
      contact,
      registerUrl: p.links.registerUrl,
      rowUrl: p.links.rowUrl,
      health: digest.recipient === DESK ? p.health : undefined,
    });
    const entry: JournalEntry = {
      slot: p.nextSlot++,
      day: today,
      at: sentAt,
      to,
      recipient: keyHash(digest.recipient),
      items: digest.items.map((item) => [item.key, item.status]),
      outcome: 'intent',
    };
    // The intent, right before the send: if it cannot be written, nothing is sent (it throws).
    run.props.setProperties(journalIntentWrites(entry));
    p.entries.push(entry);
    const result = sendDigestMail(settings, to, mail);
    entry.outcome = result.ok ? 'sent' : 'failed';
    recordOutcome(run.props, entry);
    if (!result.ok) {
      outcome.digestsLeft += result.quota ? left : 1;
      if (result.quota) {
        outcome.quotaExhausted = true;
        // The desk is told who still waits, so nobody is dropped silently (docs/reliability.md).
        const waiting = plan.digests
          .slice(i)
          .map((d) => (d.recipient === DESK ? p.deskTo : d.recipient));
        outcome.problems.push(SWEEP_UI.quotaWaitingFor(waiting));
        return;
      }
      outcome.problems.push(SWEEP_UI.failed(to, result.message));
      continue;
    }
    outcome.digestsSent += 1;
    if (digest.recipient === DESK) p.healthTold = true;
    outcome.itemsSent += digest.items.length;
    p.mailed.add(entry.recipient);
    for (const item of digest.items) p.sent.add(keyHash(item.key));
  }
}

/**
 * The outcome, right after the send and before anything else. Tried twice: a send that went but
 * stays unconfirmed is sent again by the next run. A kill makes both attempts throw: the run ends.
 */
function recordOutcome(props: Properties, entry: JournalEntry): void {
  const key = journalOutcomeKey(entry.slot);
  try {
    props.setProperty(key, entry.outcome);
  } catch {
    props.setProperty(key, entry.outcome);
  }
}

/**
 * Appends the 送信記録 rows (the interrupted run's, then this run's), stores the state and
 * clears the journal in one write, then tells the desk about problems, if any.
 */
function finish(run: SweepRun, p: Progress & { journal: Journal; writes: Record<string, string> }) {
  const { outcome } = p;
  if (outcome.quotaExhausted) {
    outcome.problems.unshift(SWEEP_UI.quotaExhausted(outcome.digestsSent, outcome.digestsLeft));
  }
  const saveCursor = (c: SentLogCursor) =>
    run.props.setProperty(
      REMINDER_PROP.state,
      JSON.stringify({ ...run.state, logNextRow: c.nextRow, logMaxRows: c.maxRows }),
    );
  const cursor = appendSentLog(
    run.ss,
    { nextRow: run.state.logNextRow, maxRows: run.state.logMaxRows },
    journalRows(p.journal.entries),
    journalRows(p.entries),
    saveCursor,
  );
  // Problems no email could carry last time (the quota was gone) are told now, dated.
  const dated = outcome.problems
    .filter((m) => m !== SWEEP_UI.noDeskAddress)
    .map((m) => SWEEP_UI.datedProblem(reminderDate(run.today), m));
  const tellable = [...run.state.untold, ...dated];
  const notes = [...outcome.problems];
  if (outcome.stoppedForTime) notes.push(SWEEP_UI.timeUp(outcome.digestsLeft));
  const state: SweepState = {
    ...run.state,
    day: run.today,
    done: !outcome.stoppedForTime,
    mailed: [...p.mailed],
    logNextRow: cursor.nextRow,
    logMaxRows: cursor.maxRows,
    untold: untoldAfter(tellable, false),
  };
  const cleared: Record<string, string> = {};
  for (const key of p.journal.keys) cleared[key] = '';
  for (const entry of p.entries) {
    for (const key of Object.keys(journalIntentWrites(entry))) cleared[key] = '';
  }
  const stored = stateWrites(state, p.sent);
  run.props.setProperties({
    ...p.writes,
    ...cleared,
    ...stored,
    [PROP.lastRun('daily')]: JSON.stringify({
      at: tokyoDateTimeText(new Date()),
      error: notes.join(' / '),
    }),
  });
  // ヘルスチェック's lines no desk digest carried today go with the notice (or alone).
  const health = p.healthTold ? [] : p.health;
  if ((tellable.length || health.length) && p.deskTo) {
    tellDesk(run, p, tellable, health, stored[REMINDER_PROP.state]);
  }
}

/**
 * One short email about the problems; once it went, they are forgotten (one more write). Sent
 * after the state is stored, so a run that cannot store it does not repeat the email each hour.
 */
function tellDesk(
  run: SweepRun,
  p: Progress,
  tellable: string[],
  health: string[],
  storedState: string,
): void {
  // When the quota is gone, to one address (it may still fit, or not).
  const to = p.outcome.quotaExhausted ? p.deskTo.split(',')[0] : p.deskTo;
  const healthText = health.length ? HEALTH_DIGEST.notice(health.map(oneLine)) : '';
  const told = sendDigestMail(run.settings, to, {
    subject: tellable.length
      ? SWEEP_NOTICE.subject(run.settings.deskName)
      : HEALTH_DIGEST.noticeSubject(run.settings.deskName),
    body: tellable.length
      ? [SWEEP_NOTICE.body(tellable.map(oneLine), p.links.registerUrl), healthText]
          .filter(Boolean)
          .join('\n\n')
      : `${healthText}\n\n${HEALTH_DIGEST.registerLink(p.links.registerUrl)}`,
    htmlBody: '',
  }).ok;
  // Health lines are told once a day (the day's first run): nothing to store for them.
  if (!told || !tellable.length) return;
  const state = JSON.parse(storedState) as SweepState;
  run.props.setProperty(REMINDER_PROP.state, JSON.stringify({ ...state, untold: [] }));
}

/**
 * 担当課 addresses: the snapshot, unless the menu asks for a fresh read or the register names a
 * department the snapshot does not know (then 担当課 is read and the snapshot refreshed; names
 * missing from 担当課 too are remembered as unknown, so they do not cause a read every day).
 */
function departmentsFor(
  run: SweepRun,
  cases: SweepCase[],
  writes: Record<string, string>,
): DepartmentEmails {
  const snapshot = run.freshDepartments ? null : departmentsFromSnapshot(run.all);
  const named = new Set(cases.map((c) => c.record.department.trim()).filter(Boolean));
  if (snapshot && [...named].every((n) => n in snapshot)) return snapshot;
  const emails = readDepartmentEmails(run.ss);
  for (const name of named) if (!(name in emails)) emails[name] = '';
  writes[REMINDER_PROP.departments] = JSON.stringify(emails);
  return emails;
}

/** Links to register rows; the URL and sheet id come from properties (setup keeps them). */
function linksFor(run: SweepRun, writes: Record<string, string>): Links {
  const registerUrl = run.all[PROP.spreadsheetUrl] || spreadsheetUrl(run.ss);
  let sheetId = run.all[REMINDER_PROP.registerSheetId];
  if (!sheetId) {
    sheetId = readRegisterSheetId(run.ss);
    if (sheetId) writes[REMINDER_PROP.registerSheetId] = sheetId;
  }
  const base = registerUrl.split('#')[0];
  return {
    registerUrl: sheetId ? `${base}#gid=${sheetId}` : base,
    rowUrl: (row) => (sheetId ? `${base}#gid=${sheetId}&range=A${row}` : base),
  };
}

/** The desk's addresses: the staff in 設定, else the desk address. */
export function deskAddresses(settings: Settings): string {
  const staff = settings.staffEmails.filter((e) => isValidEmail(e));
  if (staff.length) return staff.join(',');
  return isValidEmail(settings.deskEmail) ? settings.deskEmail.trim() : '';
}

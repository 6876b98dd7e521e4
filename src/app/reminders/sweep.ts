/**
 * The deadline sweep: reads the register once, works out today's reminders, sends one digest per
 * recipient (most urgent first), and records what went out — in document properties (never
 * twice) and in the 送信記録 sheet (for people). The caller holds the document lock.
 *
 * Call budget (bench: sweep), whatever the register's size: lock 2 (caller), properties 2
 * (caller), the spreadsheet 1, the register 2, the 送信記録 rows 2, the properties write 1 —
 * 10 calls besides the emails.
 */
import { REMINDER_KIND_LABELS, reminderDate, SHEET, SWEEP_NOTICE, SWEEP_UI } from '../../strings';
import type { IsoDate } from '../../domain/calendar';
import type { Settings } from '../../domain/settings';
import { isValidEmail } from '../../domain/screening';
import { tokyoDateTimeText } from '../../domain/tokyoTime';
import { oneLine, renderDigest } from '../../domain/deadlines/digest';
import { planSweep, SweepPlan } from '../../domain/deadlines/plan';
import { DESK, ReminderContext, SweepCase } from '../../domain/deadlines/reminders';
import {
  keyHash,
  MAX_KEYS,
  pruneSent,
  SentLogRow,
  sentLogRow,
} from '../../domain/deadlines/sentLog';
import { mailedOn, SweepState, untoldAfter } from '../../domain/deadlines/sweepState';
import { PROP } from '../../adapters/properties';
import { contactOf } from '../../adapters/mailer';
import { DepartmentEmails, departmentsFromSnapshot, readDepartmentEmails } from './departments';
import { sendDigestMail } from './digestMail';
import { appendSentLog } from './sentLogSheet';
import { readRegisterCases } from './sweepRegister';
import { REMINDER_PROP, sentOf, stateWrites } from './stateStore';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * How long a run may keep sending while it holds the document lock. The intake waits up to 60 s
 * for that lock, so the sweep stops well before (and far before Apps Script's 6-minute limit);
 * the next hourly run continues where it stopped, without duplicates.
 */
export const SEND_WINDOW_MS = 45_000;

export interface SweepRun {
  ss: Spreadsheet;
  props: GoogleAppsScript.Properties.Properties;
  /** Every document property, as read by the caller's one getProperties(). */
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
  const cases = readRegisterCases(ss);
  const ctx: ReminderContext = {
    today,
    settings,
    departments: departmentsFor(run, cases, writes),
  };
  const stored = sentOf(run.all, run.state);
  const mailed = mailedOn(run.state, today);
  const plan = planSweep({ cases, ctx, sent: stored, mailedToday: mailed });
  const sent = pruneSent(stored, plan.live);
  const links = linksFor(run, writes);
  const deskTo = deskAddresses(settings);
  const outcome: SweepOutcome = {
    digestsSent: 0,
    itemsSent: 0,
    digestsLeft: 0,
    waiting: plan.waiting.length,
    stoppedForTime: false,
    quotaExhausted: false,
    problems: [],
  };
  const logRows: SentLogRow[] = [];
  try {
    sendDigests(run, plan, { sent, mailed, deskTo, links, outcome, logRows });
  } finally {
    // Whatever happened above, what was sent is recorded: that is what "never twice" rests on.
    finish(run, { sent, mailed, deskTo, links, outcome, logRows, writes });
  }
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
  logRows: SentLogRow[];
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
    });
    const result = sendDigestMail(settings, to, mail);
    if (!result.ok) {
      outcome.digestsLeft += result.quota ? left : 1;
      if (result.quota) {
        outcome.quotaExhausted = true;
        return;
      }
      outcome.problems.push(SWEEP_UI.failed(to, result.message));
      continue;
    }
    outcome.digestsSent += 1;
    outcome.itemsSent += digest.items.length;
    p.mailed.add(keyHash(digest.recipient));
    for (const item of digest.items) {
      p.sent.add(keyHash(item.key));
      p.logRows.push(sentLogRow(sentAt, to, item, REMINDER_KIND_LABELS[item.kind]));
    }
  }
}

/** Tells the desk, appends the 送信記録 rows, and stores the state: the run's only writes. */
function finish(run: SweepRun, p: Progress & { writes: Record<string, string> }): void {
  const { outcome } = p;
  if (outcome.quotaExhausted) {
    outcome.problems.unshift(SWEEP_UI.quotaExhausted(outcome.digestsSent, outcome.digestsLeft));
  }
  // Problems no email could carry last time (the quota was gone) are told now, dated.
  const dated = outcome.problems
    .filter((m) => m !== SWEEP_UI.noDeskAddress)
    .map((m) => SWEEP_UI.datedProblem(reminderDate(run.today), m));
  const tellable = [...run.state.untold, ...dated];
  let told = false;
  if (tellable.length && p.deskTo) {
    // One short email; when the quota is gone, to one address (it may still fit, or not).
    const to = outcome.quotaExhausted ? p.deskTo.split(',')[0] : p.deskTo;
    told = sendDigestMail(run.settings, to, {
      subject: SWEEP_NOTICE.subject(run.settings.deskName),
      body: SWEEP_NOTICE.body(tellable.map(oneLine), p.links.registerUrl),
      htmlBody: '',
    }).ok;
  }
  let cursor = { nextRow: run.state.logNextRow, maxRows: run.state.logMaxRows };
  try {
    cursor = appendSentLog(run.ss, cursor, p.logRows);
  } catch (error) {
    outcome.problems.push(`${SHEET.sentLog}: ${(error as Error).message}`);
  }
  const notes = [...outcome.problems];
  if (outcome.stoppedForTime) notes.push(SWEEP_UI.timeUp(outcome.digestsLeft));
  const state: SweepState = {
    ...run.state,
    day: run.today,
    done: !outcome.stoppedForTime,
    mailed: [...p.mailed],
    logNextRow: cursor.nextRow,
    logMaxRows: cursor.maxRows,
    untold: untoldAfter(tellable, told),
  };
  run.props.setProperties({
    ...p.writes,
    ...stateWrites(state, p.sent),
    [PROP.lastRun('daily')]: JSON.stringify({
      at: tokyoDateTimeText(new Date()),
      error: notes.join(' / '),
    }),
  });
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
  const registerUrl = run.all[PROP.spreadsheetUrl] || run.ss.getUrl();
  let sheetId = run.all[REMINDER_PROP.registerSheetId];
  if (!sheetId) {
    const sheet = run.ss.getSheetByName(SHEET.register);
    sheetId = sheet ? String(sheet.getSheetId()) : '';
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

/**
 * Which reminders a case calls for on a given day (docs/domain.md "Deadlines and reminders"): what is
 * due soon or overdue in its current status, the applicant's PoC report, and an agreement nearing
 * its end. Each reminder names its recipient and how urgent it is. Who is reminded and from which
 * dates is the status's entry in the process table (src/domain/workflow/processTable.ts). Pure.
 */
import {
  addBusinessDays,
  addCalendarDays,
  calendarDaysBetween,
  IsoDate,
  nextBusinessDayOnOrAfter,
  previousBusinessDayOnOrBefore,
} from '../calendar';
import { readCaseDate } from '../documents/caseDates';
import type { Settings } from '../settings';
import { isValidEmail } from '../screening';
import type { CaseRecord } from '../workflow/caseRecord';
import type { DueRule, Reminded } from '../workflow/statuses';
import { PROCESS, ProcessTable, statusDefinition } from '../workflow/tracks';
import { AGREEMENT_TERM } from '../../strings/reminders';
import { dueDateFor, dueRuleOf } from './dueDates';

export type ReminderKind = 'dueSoon' | 'overdue' | 'renewal';
export type RecipientRole = 'desk' | 'department' | 'applicant';
/** Why the desk receives an item meant for someone else, or that it is the desk's copy. */
export type ReminderNote =
  '' | 'copy' | 'noDepartment' | 'noDepartmentEmail' | 'noApplicantEmail' | 'unreadableDate';

/** The desk is one recipient whatever its addresses are: its key part is this word. */
export const DESK = 'desk';

export interface SweepCase {
  /** Sheet row of the case in the register (for the link). */
  row: number;
  record: CaseRecord;
}

export interface ReminderContext {
  today: IsoDate;
  settings: Settings;
  /** 担当課 name → email address. */
  departments: Readonly<Record<string, string>>;
  /** The process table whose due rules and reminded roles apply (the real one by default). */
  table?: ProcessTable;
}

export interface Reminder {
  /** case | status | due | kind | recipient: never sent twice. */
  key: string;
  caseNumber: string;
  row: number;
  title: string;
  organisation: string;
  applicantName: string;
  status: string;
  department: string;
  due: IsoDate;
  kind: ReminderKind;
  role: RecipientRole;
  /** DESK, or the department's / applicant's address (lower case). */
  recipient: string;
  /** Calendar days from today to the due date; negative when overdue. */
  daysLeft: number;
  note: ReminderNote;
}

/** One recipient and due date a case may be reminded of, before today decides the kind. */
interface Target {
  status: string;
  due: IsoDate;
  role: RecipientRole;
  recipient: string;
  note: ReminderNote;
  /** How "due soon" is measured for this due date. */
  window: 'business' | 'report' | 'renewal';
}

/** Terminal statuses other than the realised one: an agreement's end no longer matters. */
function closedWithoutAgreement(status: string, table: ProcessTable): boolean {
  const def = statusDefinition(status, table);
  return def?.terminal === true && def.outcome !== 'realised';
}

/** Who a status reminds (the desk when its due rule names no one). */
export function remindedOf(status: string, table: ProcessTable = PROCESS): Reminded | undefined {
  const def = statusDefinition(status, table);
  return def?.due ? (def.remind ?? 'desk') : undefined;
}

/** The report's due date (counted from the PoC end) is "due soon" by its own setting. */
function windowOf(rule: DueRule | undefined): 'business' | 'report' {
  return rule?.from === 'pocEnd' ? 'report' : 'business';
}

export function reminderKey(
  caseNumber: string,
  status: string,
  due: IsoDate,
  kind: ReminderKind,
  recipient: string,
): string {
  return [caseNumber, status, due, kind, recipient].join('|');
}

/** Register columns holding the dates reminders depend on. */
const REMINDER_DATE_KEYS = [
  'statusChangedAt',
  'dueDate',
  'departmentDue',
  'lastDialogueAt',
  'pocEnd',
  'reportDue',
  'agreementEnd',
] as const;
type ReminderDateKey = (typeof REMINDER_DATE_KEYS)[number];

/**
 * The record with its dates read the way people type them (2026/5/20, 2026年5月20日, 令和8年5月20日,
 * R8.5.20, full-width digits) as ISO dates; a date that cannot be read becomes '' and is named in
 * `unreadable` — never compared as text (which would call "12月末" overdue and crash the sweep).
 */
export function readableDates(record: CaseRecord): {
  record: CaseRecord;
  unreadable: ReminderDateKey[];
} {
  const out = { ...record };
  const unreadable: ReminderDateKey[] = [];
  for (const key of REMINDER_DATE_KEYS) {
    const read = readCaseDate(record[key]);
    out[key] = read.kind === 'date' ? read.iso : '';
    if (read.kind === 'unreadable') unreadable.push(key);
  }
  return { record: out, unreadable };
}

/**
 * The due date of the case's current status: the register's 期限 when set (staff may extend it),
 * else computed from when the status began. In 対話・調整 a dialogue logged after the due date
 * was written restarts the idle time, so the later of the two counts. Expects readable dates
 * (see readableDates).
 */
export function effectiveDueDate(
  record: CaseRecord,
  settings: Settings,
  table: ProcessTable = PROCESS,
): IsoDate | '' {
  const status = record.status;
  const rule = dueRuleOf(status, table);
  if (!rule) return '';
  if (rule.from === 'pocEnd') {
    // A report due date kept from before issue 12 (or typed) may fall on a closed day: the
    // applicant may hand it in on the next business day, so it is not overdue before then.
    return openOn(
      record.reportDue || record.dueDate || safeDue(status, record, settings, table),
      settings,
    );
  }
  const computed =
    record.dueDate && rule.from !== 'lastDialogue' ? '' : safeDue(status, record, settings, table);
  if (!record.dueDate) return computed;
  return computed > record.dueDate ? computed : record.dueDate;
}

/** The next business day on or after `due`; the date as it is outside the holiday table. */
function openOn(due: IsoDate | '', settings: Settings): IsoDate | '' {
  if (!due) return '';
  try {
    return nextBusinessDayOnOrAfter(due, settings.extraClosures);
  } catch {
    return due;
  }
}

/** dueDateFor, or '' when the case's dates are outside the holiday table (not a crash). */
function safeDue(
  status: string,
  record: CaseRecord,
  settings: Settings,
  table: ProcessTable,
): IsoDate | '' {
  if (!record.statusChangedAt && !record.pocEnd) return '';
  try {
    return dueDateFor(
      {
        status,
        enteredOn: record.statusChangedAt,
        lastDialogueOn: record.lastDialogueAt || undefined,
        pocEnd: record.pocEnd || undefined,
      },
      settings,
      table,
    );
  } catch {
    return '';
  }
}

/** The dates a status's due date is read or computed from. */
function dueDateKeysOf(status: string, table: ProcessTable): readonly ReminderDateKey[] {
  const rule = dueRuleOf(status, table);
  if (!rule) return [];
  if (rule.from === 'pocEnd') return ['reportDue', 'dueDate', 'pocEnd'];
  if (rule.from === 'lastDialogue') return ['dueDate', 'statusChangedAt', 'lastDialogueAt'];
  const reminded = remindedOf(status, table);
  if (reminded === 'departmentWithDeskCopy' || reminded === 'departmentAndDesk') {
    return ['dueDate', 'statusChangedAt', 'departmentDue'];
  }
  return ['dueDate', 'statusChangedAt'];
}

/**
 * The department's due date: the one set at the hand-off, unless it was set before the case
 * entered its current status (a hand-off in 対話・調整 does not make 実施可否判断 overdue on its
 * first day); then the status's own due date.
 */
function departmentDueOf(record: CaseRecord, due: IsoDate): IsoDate {
  const own = record.departmentDue;
  if (!own) return due;
  return record.statusChangedAt && own < record.statusChangedAt ? due : own;
}

function targetsOf(original: CaseRecord, ctx: ReminderContext): Target[] {
  const { settings } = ctx;
  const table = ctx.table ?? PROCESS;
  const { record, unreadable } = readableDates(original);
  const status = record.status;
  const targets: Target[] = [];
  const window = windowOf(dueRuleOf(status, table));
  const desk = (due: IsoDate, note: ReminderNote = '') =>
    targets.push({ status, due, role: 'desk', recipient: DESK, note, window });
  const due = effectiveDueDate(record, settings, table);
  const reminded = remindedOf(status, table);
  if (due && reminded === 'applicant') {
    const email = record.email.trim().toLowerCase();
    if (isValidEmail(email)) {
      targets.push({ status, due, role: 'applicant', recipient: email, note: '', window });
    } else desk(due, 'noApplicantEmail');
  } else if (due && (reminded === 'departmentWithDeskCopy' || reminded === 'departmentAndDesk')) {
    // With a copy: the department acts, the desk gets a copy (提案書確認); else both act.
    const department = record.department.trim();
    const departmentDue = departmentDueOf(record, due);
    const email = (ctx.departments[department] ?? '').trim().toLowerCase();
    if (!department) desk(due, 'noDepartment');
    else if (!isValidEmail(email)) desk(departmentDue, 'noDepartmentEmail');
    else {
      targets.push({
        status,
        due: departmentDue,
        role: 'department',
        recipient: email,
        note: '',
        window,
      });
      if (reminded === 'departmentWithDeskCopy') desk(departmentDue, 'copy');
      else desk(due);
    }
  } else if (due) desk(due);
  // A date the due date rests on could not be read: the desk is told, beside the due date used.
  if (unreadable.some((k) => dueDateKeysOf(status, table).includes(k))) {
    for (const t of targets) if (t.role === 'desk' && !t.note) t.note = 'unreadableDate';
    if (!targets.some((t) => t.role === 'desk') && due) desk(due, 'unreadableDate');
  }
  const end = record.agreementEnd;
  if (end && !closedWithoutAgreement(status, table)) {
    targets.push({
      status: AGREEMENT_TERM,
      due: end,
      role: 'desk',
      recipient: DESK,
      note: '',
      window: 'renewal',
    });
  }
  return targets;
}

/** The last due date each kind of window covers, from today's point of view. */
export interface Windows {
  businessSoonUntil: IsoDate;
  /** The report reminder's N days are business days (issue 12: a 7-day notice over Golden
   * Week must not arrive 3 days before). */
  reportSoonUntil: IsoDate;
  /** Calendar days before an agreement's end; see renewalOpens. */
  renewalDays: number;
  extraClosures: readonly IsoDate[];
}

export function windowsFor(ctx: ReminderContext): Windows {
  const { today, settings } = ctx;
  return {
    businessSoonUntil: addBusinessDays(
      today,
      Math.max(0, Math.round(settings.dueSoonBusinessDays)),
      settings.extraClosures,
    ),
    reportSoonUntil: addBusinessDays(
      today,
      Math.max(0, Math.round(settings.pocReportReminderDays)),
      settings.extraClosures,
    ),
    renewalDays: Math.max(0, Math.round(settings.agreementRenewalNoticeDays)),
    extraClosures: settings.extraClosures,
  };
}

/**
 * The day the renewal notice is due: N calendar days before the agreement's end (the end itself
 * is the agreement's term and never moves), or the business day before when that day is closed —
 * the sweep runs on business days only, so it would otherwise come late.
 */
export function renewalOpens(end: IsoDate, w: Windows): IsoDate {
  const day = addCalendarDays(end, -w.renewalDays);
  try {
    return previousBusinessDayOnOrBefore(day, w.extraClosures);
  } catch {
    return day;
  }
}

function kindToday(target: Target, today: IsoDate, w: Windows): ReminderKind | null {
  if (target.window === 'renewal') {
    return target.due >= today && today >= renewalOpens(target.due, w) ? 'renewal' : null;
  }
  if (target.due < today) return 'overdue';
  const until = target.window === 'report' ? w.reportSoonUntil : w.businessSoonUntil;
  return target.due <= until ? 'dueSoon' : null;
}

/** The reminders a case calls for today (before removing those already sent). */
export function remindersFor(c: SweepCase, ctx: ReminderContext, w = windowsFor(ctx)): Reminder[] {
  const r = c.record;
  if (!r.caseNumber.trim()) return [];
  const out: Reminder[] = [];
  for (const target of targetsOf(r, ctx)) {
    const kind = kindToday(target, ctx.today, w);
    if (!kind) continue;
    out.push({
      key: reminderKey(r.caseNumber, target.status, target.due, kind, target.recipient),
      caseNumber: r.caseNumber,
      row: c.row,
      title: r.title,
      organisation: r.organisation,
      applicantName: r.name,
      status: r.status,
      department: r.department,
      due: target.due,
      kind,
      role: target.role,
      recipient: target.recipient,
      daysLeft: calendarDaysBetween(ctx.today, target.due),
      note: target.note,
    });
  }
  return out;
}

/**
 * Every key the case could still be reminded under while its status and due dates stay as they
 * are: the sent-keys store keeps these and forgets keys no case can produce any more.
 */
export function liveKeysOf(c: SweepCase, ctx: ReminderContext): string[] {
  const r = c.record;
  if (!r.caseNumber.trim()) return [];
  return targetsOf(r, ctx).flatMap((t) =>
    (t.window === 'renewal' ? (['renewal'] as const) : (['dueSoon', 'overdue'] as const)).map(
      (kind) => reminderKey(r.caseNumber, t.status, t.due, kind, t.recipient),
    ),
  );
}

/** Most urgent first: overdue by most days, then due soonest; ties by case number. */
export function byUrgency(a: Reminder, b: Reminder): number {
  return a.daysLeft - b.daysLeft || a.caseNumber.localeCompare(b.caseNumber);
}

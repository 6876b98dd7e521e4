/**
 * What a workflow action changes in a case's register row, decided without touching a sheet:
 * the adapters read the row, call these, and write the result back in one batch. Pure.
 */
import { REGISTER_HEADERS } from '../../strings';
import { WORKFLOW_FIELDS, WORKFLOW_UI, workflowMessages } from '../../strings/workflow';
import { addBusinessDays, fromTokyoDate, IsoDate } from '../calendar';
import { asCellText } from '../cellText';
import { dueDateFor } from '../deadlines/dueDates';
import { CellOut, RegisterKey, REGISTER_COLUMNS } from '../register';
import type { Settings } from '../settings';
import { CaseRecord, checklistCellOf, checklistIdsOf, knownDate } from './caseRecord';
import { trackFromMethod } from './methods';
import { checkMove, gatesCrossed, MoveKind } from './moves';
import { POC_CHECKLIST_STATUS, pendingPocChecklistItems } from './pocChecklist';
import { isStatus, isTerminal, Status, statusFromText } from './statuses';
import { stepOf } from './tracks';
import { dueRuleOf } from '../deadlines/dueDates';

export type RowChanges = Partial<Record<RegisterKey, CellOut>>;

export type Plan<T = object> =
  ({ ok: true; changes: RowChanges } & T) | { ok: false; message: string };

export interface CaseRefCheck {
  row: number;
  caseNumber: string;
}

/** The row must still hold the case the person opened (rows can be sorted or deleted). */
export function checkCaseIdentity(record: CaseRecord, ref: CaseRefCheck): string | null {
  if (record.caseNumber.trim() === '') return WORKFLOW_UI.noSuchRow(ref.row);
  if (record.caseNumber !== ref.caseNumber) return WORKFLOW_UI.rowMoved(ref.caseNumber, ref.row);
  return null;
}

/** A date as the register stores it: Tokyo midnight, so Sheets sorts it and TODAY() compares. */
export function dateCell(iso: IsoDate | ''): Date | '' {
  return iso ? fromTokyoDate(iso) : '';
}

/** The desk owner is the first staff member who acts on a case. */
function ownerChange(record: CaseRecord, actor: string): RowChanges {
  return record.owner.trim() === '' ? { owner: asCellText(actor) } : {};
}

export interface StatusChangeInput {
  record: CaseRecord;
  /** The status the person saw; someone else may have moved the case since. */
  expectedStatus: string;
  to: string;
  today: IsoDate;
  actor: string;
  settings: Settings;
}

/**
 * A status change: allowed by the case's track (the process table), not stale, and — leaving
 * 実施準備 forward — with the PoC checklist complete. Sets the status, the change date, the new
 * due date, the report due date on entering 報告書作成, and the owner when there is none.
 */
export function planStatusChange(
  input: StatusChangeInput,
): Plan<{ from: Status; to: Status; kind: MoveKind }> {
  const { record, today, settings } = input;
  const from = record.status;
  if (from !== statusFromText(input.expectedStatus)) {
    return {
      ok: false,
      message: WORKFLOW_UI.staleStatus(record.caseNumber, input.expectedStatus, from),
    };
  }
  if (!isStatus(from)) return { ok: false, message: workflowMessages.unknownStatus(from) };
  const to = statusFromText(input.to);
  if (!isStatus(to)) return { ok: false, message: workflowMessages.unknownStatus(to) };
  const track = trackFromMethod(record.track);
  const check = checkMove(track, from, to);
  if (!check.ok) return check;
  if (from === POC_CHECKLIST_STATUS && check.kind === 'forward') {
    const pending = pendingPocChecklistItems(checklistIdsOf(record.pocChecklist));
    if (pending.length) {
      return { ok: false, message: workflowMessages.checklistPending(pending.map((i) => i.label)) };
    }
  }
  // Gates of the process table: the applicant's file must be recorded as received first.
  const missing = gatesCrossed(track, from, to).filter((field) => !knownDate(record[field]));
  if (missing.length) {
    return {
      ok: false,
      message: workflowMessages.gateMissing(
        to,
        missing.map((field) => REGISTER_HEADERS[field]),
      ),
    };
  }
  // The report's due date counts from the PoC end date: one typed that cannot be read as a date
  // is not guessed at, the person is asked to correct it.
  // The PoC-end milestone of the process table (報告書作成).
  const endsPoc = stepOf(track, to)?.pocEnd === true;
  if (endsPoc && record.pocEnd.trim() && !knownDate(record.pocEnd)) {
    return {
      ok: false,
      message: WORKFLOW_UI.unreadableRegisterDate(REGISTER_HEADERS.pocEnd, record.pocEnd),
    };
  }
  // Moving on to 報告書作成 means the experiment has ended: today stands as its end date unless
  // staff recorded one (they may correct it in the register).
  const pocEnd = knownDate(record.pocEnd) || (endsPoc ? today : '');
  const due = dueDateFor(
    {
      status: to,
      enteredOn: today,
      // A 最終対話日 typed as unreadable text counts as no dialogue logged yet.
      lastDialogueOn: knownDate(record.lastDialogueAt) || undefined,
      pocEnd: pocEnd || undefined,
    },
    settings,
  );
  const changes: RowChanges = {
    status: to,
    statusChangedAt: dateCell(today),
    dueDate: dateCell(due),
    ...ownerChange(record, input.actor),
  };
  if (endsPoc && due) changes.reportDue = dateCell(due);
  if (endsPoc && !record.pocEnd) changes.pocEnd = dateCell(pocEnd);
  return { ok: true, changes, from, to, kind: check.kind };
}

/** Actions other than a move are refused on closed cases. */
export function checkOpen(record: CaseRecord): string | null {
  return isStatus(record.status) && isTerminal(record.status)
    ? WORKFLOW_UI.caseClosed(record.status)
    : null;
}

export interface DepartmentInput {
  record: CaseRecord;
  department: string;
  /** 'YYYY-MM-DD' or '' for the default (settings: 提案書確認 business days from today). */
  dueDate: string;
  today: IsoDate;
  actor: string;
  settings: Settings;
}

/** The department and its due date; the default due date is the review time of 設定. */
export function planDepartment(input: DepartmentInput): Plan<{ due: IsoDate }> {
  const closed = checkOpen(input.record);
  if (closed) return { ok: false, message: closed };
  const due = input.dueDate.trim()
    ? input.dueDate.trim()
    : addBusinessDays(input.today, input.settings.dueProposalReview, input.settings.extraClosures);
  const invalid = checkDate(WORKFLOW_FIELDS.answerDue, due);
  if (invalid) return { ok: false, message: invalid };
  if (due < input.today)
    return { ok: false, message: WORKFLOW_UI.dateInPast(WORKFLOW_FIELDS.answerDue) };
  return {
    ok: true,
    due,
    changes: {
      department: asCellText(input.department),
      departmentDue: dateCell(due),
      ...ownerChange(input.record, input.actor),
    },
  };
}

export function checkDate(field: string, value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidIso(value)
    ? null
    : WORKFLOW_UI.badDate(field, value);
}

function isValidIso(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export interface DialogueInput {
  record: CaseRecord;
  date: string;
  today: IsoDate;
  actor: string;
  settings: Settings;
}

/**
 * A logged dialogue (対話の原則) moves 最終対話日 forward (never back, if an older meeting is
 * logged late) and, in 対話・調整, restarts that status's idle due time from it.
 */
export function planDialogue(input: DialogueInput): Plan {
  const { record, date, today, settings } = input;
  const closed = checkOpen(record);
  if (closed) return { ok: false, message: closed };
  const invalid = checkDate(WORKFLOW_FIELDS.dialogueDate, date);
  if (invalid) return { ok: false, message: invalid };
  if (date > today)
    return { ok: false, message: WORKFLOW_UI.dateInFuture(WORKFLOW_FIELDS.dialogueDate) };
  const recorded = knownDate(record.lastDialogueAt);
  const last = recorded && recorded > date ? recorded : date;
  const changes: RowChanges = {
    lastDialogueAt: dateCell(last),
    ...ownerChange(record, input.actor),
  };
  // A status whose due date counts from the last dialogue (対話・調整) restarts it.
  if (dueRuleOf(record.status)?.from === 'lastDialogue') {
    const due = dueDateFor(
      {
        status: record.status,
        enteredOn: knownDate(record.statusChangedAt) || today,
        lastDialogueOn: last,
      },
      settings,
    );
    changes.dueDate = dateCell(due);
  }
  return { ok: true, changes };
}

/** Ticks or unticks one 実施準備 item; only for PoC cases in 実施準備. */
export function planChecklist(
  record: CaseRecord,
  itemId: string,
  done: boolean,
  knownIds: readonly string[],
): Plan<{ ids: string[] }> {
  if (!knownIds.includes(itemId)) {
    return { ok: false, message: WORKFLOW_UI.unknownChecklistItem(itemId) };
  }
  if (trackFromMethod(record.track) !== 'poc') {
    return { ok: false, message: WORKFLOW_UI.checklistNotPoc };
  }
  if (record.status !== POC_CHECKLIST_STATUS) {
    return { ok: false, message: WORKFLOW_UI.checklistWrongStatus(record.status) };
  }
  const current = checklistIdsOf(record.pocChecklist).filter((id) => id !== itemId);
  const ids = knownIds.filter((id) => (id === itemId ? done : current.includes(id)));
  return { ok: true, ids, changes: { pocChecklist: checklistCellOf(ids) } };
}

/**
 * The row to write back: changed cells as given, every other text cell re-marked as text.
 * Sheets parse strings written by setValues like typed input, and a text read back has lost
 * its leading apostrophe, so '=1+1' or '0123' would otherwise turn into a formula or a number.
 * Numbers, booleans and Dates go back unchanged.
 */
export function rowWithChanges(values: readonly unknown[], changes: RowChanges): CellOut[] {
  return values.map((value, i) => {
    const key = REGISTER_COLUMNS[i];
    if (key !== undefined && key in changes) return changes[key] as CellOut;
    if (typeof value === 'string') return asCellText(value);
    if (value === null || value === undefined) return '';
    return value as CellOut;
  });
}

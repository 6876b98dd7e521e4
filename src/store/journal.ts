/**
 * Exactly once for the desk's actions on a case (status change, hand-off, dialogue, goals,
 * checklist, 事前相談, a status typed into the register): see docs/reliability.md.
 *
 * Every action runs under the document lock and follows one protocol:
 * 1. complete whatever a killed action left pending (the journal holds at most one, since each
 *    action completes the pending one before it starts);
 * 2. if the action's request id is already done (pending just now, or among the recent ids), do
 *    nothing more: a retry completes the first attempt instead of repeating it;
 * 3. otherwise decide, write the intent (every effect, with absolute values) to document
 *    properties, carry the effects out in order, and mark the id done.
 * Completing an intent checks each effect before making it (a history or dialogue row is found by
 * its 操作ID, a case row by its number); only an email cannot be checked, so an email whose
 * intent was written but whose "sent" mark was not is sent again (at least once).
 *
 * Notices to applicants (issue 12) are part of the intent too, and go last: each is sent just
 * before the write that marks the action done (finishOps); one that cannot go then (refused, or a
 * simple trigger, which may not send mail) is put by that write into the outbox
 * (`journal.outbox.*`) for the next action or the hourly run. So a notice never goes before its
 * move is recorded, never twice except the one send in flight at a kill, and never dropped.
 */
import { SHEET } from '../strings';
import { WORKFLOW_UI } from '../strings/workflow';
import { CellOut, LongText, RegisterKey } from '../domain/register';
import { appendCaseRow, findRegisterSheet } from './register';
import { registerLayout } from './registerLayout';
import { rowWithChanges, RowChanges } from '../domain/workflow';
import type { CaseRow } from './caseRow';
import { sendDeskMail } from '../adapters/mailer';
import { storeLongTexts } from './longTexts';
import { logColumn, placeLogRow } from './logLayouts';
import { LOG_SPECS } from '../domain/logSheets';
import { DeskContext, deskOf, WorkflowError } from './context';
import { appendHistoryRows, HistoryEvent, isProtectionRefusal, requireOpColumn } from './history';
import { takeDeskLock } from './deskLock';
import { documentProperties } from '../adapters/properties';
import { DoneIds, doneIdsOf, withDone } from './intents';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

export const JOURNAL_PROP = {
  /** The pending action, JSON split over numbered values (a value holds at most 9 KB). */
  pending: (i: number) => `journal.pending.${i}`,
  pendingChunks: 'journal.pending.chunks',
  /** Ids (and small results) of the latest completed actions, newest last. */
  recent: 'journal.recent',
  /** Notices to applicants still to send, one value each (see ApplicantMail). */
  outbox: (key: string) => `journal.outbox.${key}`,
  outboxPrefix: 'journal.outbox.',
} as const;

/** Completed ids kept: far more than a person retries within, small enough for one value. */
const RECENT_KEPT = 100;
/** Characters per pending value: 2,800 characters are at most 8.4 KB in UTF-8. */
const CHUNK_CHARS = 2_800;

/**
 * One register row's cells an action sets: [field, value]. The column is found from the layout
 * when the cell is written, so a column staff insert or move before a retry completes the action
 * is followed. A journal of the previous version holds [1-based column, value]: still written.
 */
export interface RowWrite {
  row: number;
  caseNumber: string;
  cells: Array<[RegisterKey | number, CellOut]>;
}

/** A notice to an applicant: the intent holds it, the done mark moves it to the outbox. */
export interface ApplicantMail {
  caseNumber: string;
  to: string;
  subject: string;
  body: string;
  /** The status the move entered and who made it (the history note of a refusal). */
  status: string;
  actor: string;
  /** The history note written if the mail service refuses it. */
  refusedNote: string;
  /** Set (before the note is written) once the mail service refused it. */
  refused?: boolean;
}

/** Everything an action will do, written before the first effect. */
export interface CaseOp {
  id: string;
  /** An email sent first; `sent` is written right after the send, before anything else. */
  mail?: { to: string; subject: string; body: string; sent: boolean };
  /** Notices to applicants, sent after every other effect (through the outbox). */
  notices?: ApplicantMail[];
  /**
   * A new case (事前相談): its register row, its long texts, and the case-number sequence value
   * it reserves — written with the intent, so a number is never taken without its case.
   */
  newCase?: {
    caseNumber: string;
    row: CellOut[];
    longTexts: LongText[];
    sequence: { key: string; value: string };
  };
  dialogue?: CellOut[];
  history: HistoryEvent[];
  rows: RowWrite[];
  /** A small result kept with the id (a new case's row), so a retry returns the same. */
  kept?: unknown;
}

/** The desk as an action sees it: under the lock, with every document property read once. */
export interface LockedDesk extends DeskContext {
  props: Properties;
  all: Record<string, string>;
  /** false in a simple trigger (onEdit), which may not send mail: its emails wait. */
  canSendMail?: boolean;
}

/**
 * Thrown when a pending action's email is due in an execution that may not send mail (a simple
 * trigger): the intent is kept for an execution that may (the next action, the hourly run).
 */
export class MailNotAllowed extends Error {}

/**
 * Takes the document lock, reads every document property (settings and journal in one call),
 * checks the person and opens the spreadsheet: 7 calls.
 */
export function openLockedDesk(): LockedDesk {
  try {
    takeDeskLock('caseAction');
  } catch (error) {
    if (error instanceof WorkflowError) throw error; // outside the spreadsheet
    throw new WorkflowError(WORKFLOW_UI.busy);
  }
  const props = documentProperties();
  const all = props.getProperties();
  return { ...deskOf(all), props, all };
}

/** The register cells an action changes, for the journal (absolute values). */
export function rowWrite(caseRow: CaseRow, changes: RowChanges): RowWrite {
  return {
    row: caseRow.ref.row,
    caseNumber: caseRow.ref.caseNumber,
    cells: (Object.keys(changes) as RegisterKey[]).map((key): [RegisterKey, CellOut] => [
      key,
      changes[key] as CellOut,
    ]),
  };
}

/**
 * The cells of a write at their columns in the layout in force (src/domain/registerLayout.ts);
 * a field the register lacks (its header renamed) is not written anywhere.
 */
function placedCells(ss: Spreadsheet, write: RowWrite): Array<[number, CellOut]> {
  const layout = registerLayout(ss);
  return write.cells
    .map(([field, value]): [number, CellOut] => [
      typeof field === 'number' ? field : layout.columns[field],
      value,
    ])
    .filter(([column]) => column > 0);
}

/** A request id as sent by the page, or a new one (an older page sends none). */
export function requestIdOf(value: unknown): string {
  if (typeof value === 'string' && /^[-\w.:]{8,80}$/.test(value)) return value;
  if (value !== undefined && value !== null && value !== '') {
    throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  }
  return newOpId('op');
}

/** A unique id (Apps Script's Utilities.getUuid would cost a call). */
export function newOpId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export type Outcome<T> = { repeated: false; result: T } | { repeated: true; kept: unknown };

/**
 * Runs one action exactly once. `decide` reads what it needs and returns the effects (or throws a
 * refusal, which changes nothing); the effects are then written as intent and carried out.
 */
export function runCaseOp<T>(
  desk: LockedDesk,
  id: string,
  decide: () => Omit<CaseOp, 'id'> & {
    result: T;
    firstRead?: FirstRead;
    /** Writes every row of `rows` in one batch on the first attempt (a paste of statuses). */
    firstWrite?: () => void;
  },
): Outcome<T> {
  const done = completePending(desk);
  const recent = recentOf(desk.all);
  const previous = done.find((op) => op.id === id) ?? recent.find(([rid]) => rid === id);
  if (previous) {
    return { repeated: true, kept: Array.isArray(previous) ? previous[1] : previous.kept };
  }
  const { firstRead, firstWrite, result, ...effects } = decide();
  const op: CaseOp = { id, ...effects };
  const sequence = op.newCase?.sequence;
  writeChunks(desk, encode(op), sequence ? { [sequence.key]: sequence.value } : {});
  carryOutOrDrop(desk, op, firstRead ?? null, firstWrite);
  finishOps(desk, [op]);
  sendOutbox(desk);
  return { repeated: false, result };
}

/**
 * A refusal while carrying out (the mail service refused the email, a log sheet's protection
 * refused the row) is final: nothing more of the action can be made, so its intent is dropped
 * and the person told, instead of blocking every later action. Any other error (a kill, a
 * "Service error") leaves the intent for the next attempt to complete.
 */
function carryOutOrDrop(
  desk: LockedDesk,
  op: CaseOp,
  firstRead: FirstRead | null,
  firstWrite?: () => void,
): void {
  try {
    carryOut(desk, op, firstRead, firstWrite);
  } catch (error) {
    if (error instanceof WorkflowError) {
      try {
        writeChunks(desk, '');
      } catch {
        // Killed meanwhile: the intent stays, and completing it meets the same refusal.
      }
    }
    throw error;
  }
}

/**
 * Completes every pending action (normally none) and sends the notices waiting in the outbox;
 * returns the actions completed.
 */
export function completePending(desk: LockedDesk): CaseOp[] {
  const pending = pendingOf(desk.all);
  if (pending.length) {
    for (const op of pending) carryOutOrDrop(desk, op, null);
    finishOps(desk, pending);
  }
  sendOutbox(desk);
  return pending;
}

/** Whether notices wait in the outbox (read from properties already in hand: no call). */
export function hasOutbox(all: Record<string, string>): boolean {
  return Object.keys(all).some((key) => key.startsWith(JOURNAL_PROP.outboxPrefix));
}

/**
 * Sends each notice of the outbox, then deletes it (one call): a kill in between sends it once
 * more. A notice the mail service refuses is marked refused, noted in the history (found by its
 * 操作ID when completing) and deleted. Does nothing where mail may not be sent.
 */
export function sendOutbox(desk: LockedDesk): void {
  if (desk.canSendMail === false) return;
  const keys = Object.keys(desk.all)
    .filter((key) => key.startsWith(JOURNAL_PROP.outboxPrefix))
    .sort();
  for (const key of keys) {
    let mail: ApplicantMail;
    try {
      mail = JSON.parse(desk.all[key]) as ApplicantMail;
    } catch {
      console.error(WORKFLOW_UI.journalUnreadable);
      continue;
    }
    const noteId = `${key.slice(JOURNAL_PROP.outboxPrefix.length)}.refused`;
    const checking = mail.refused === true;
    if (!mail.refused && !sendDeskMail(desk.settings, mail.to, mail.subject, mail.body)) {
      mail.refused = true;
      desk.props.setProperty(key, JSON.stringify(mail));
    }
    if (mail.refused) {
      const note = {
        at: new Date(),
        actor: mail.actor,
        caseNumber: mail.caseNumber,
        from: mail.status,
        to: mail.status,
        comment: mail.refusedNote,
        opId: noteId,
      };
      try {
        appendHistoryRows(desk.ss, mail.actor, [note], checking);
      } catch (error) {
        // 履歴's protection refuses the note: it must not block every later action.
        if (!(error instanceof WorkflowError)) throw error;
        console.warn(`${mail.caseNumber}: ${mail.refusedNote}`);
      }
    }
    desk.props.deleteProperty(key);
    delete desk.all[key];
  }
}

/**
 * The effects in order: email, new case, dialogue row, history rows, register cells. Without
 * `firstRead` (completing an earlier attempt), each effect already made is found and skipped.
 */
function carryOut(
  desk: LockedDesk,
  op: CaseOp,
  firstRead: FirstRead | null,
  firstWrite?: () => void,
): void {
  const { ss } = desk;
  const checking = firstRead === null && !firstWrite;
  if (op.mail && !op.mail.sent) {
    if (desk.canSendMail === false) throw new MailNotAllowed(WORKFLOW_UI.busy);
    const sent = sendDeskMail(desk.settings, op.mail.to, op.mail.subject, op.mail.body);
    if (!sent) throw new WorkflowError(WORKFLOW_UI.mailFailed(op.mail.to));
    op.mail.sent = true;
    writePending(desk, op);
  }
  if (op.newCase) appendNewCase(desk, op.newCase, checking);
  if (op.dialogue) appendDialogue(ss, desk.actor, op.dialogue, op.id, checking);
  appendHistoryRows(ss, desk.actor, op.history, checking);
  if (firstWrite) firstWrite();
  else for (const write of op.rows) writeCells(ss, write, firstRead);
}

function appendNewCase(
  desk: LockedDesk,
  c: NonNullable<CaseOp['newCase']>,
  checking: boolean,
): void {
  const { ss } = desk;
  const register = findRegisterSheet(ss);
  if (!register) throw new WorkflowError(WORKFLOW_UI.noRegister);
  // The journal keeps the row in register order; each value goes to its column by header.
  const numberColumn = Math.max(registerLayout(ss).columns.caseNumber, 1);
  if (checking && findCaseRow(register, c.caseNumber, numberColumn) > 0) return;
  if (c.longTexts.length) storeLongTexts(ss, c.longTexts, desk.props, desk.all);
  appendCaseRow(register, c.row);
}

function appendDialogue(
  ss: Spreadsheet,
  actor: string,
  row: CellOut[],
  id: string,
  checking: boolean,
): void {
  const log = ss.getSheetByName(SHEET.dialogues);
  if (!log) throw new WorkflowError(WORKFLOW_UI.noSheet(SHEET.dialogues));
  requireOpColumn('dialogues');
  if (checking && dialogueHasOp(log, id)) return;
  try {
    // The row is in DIALOGUE_HEADERS order; each value goes under its header.
    log.appendRow(placeLogRow('dialogues', row, '' as CellOut));
  } catch (error) {
    if (!isProtectionRefusal(error)) throw error;
    throw new WorkflowError(WORKFLOW_UI.logProtected(SHEET.dialogues, actor));
  }
}

/**
 * The action's cells of one register row. On the first attempt the row read moments ago (under
 * the same lock) is written back with the cells changed, in one call; when completing, the row is
 * read again and found by its case number if rows moved meanwhile.
 */
function writeCells(ss: Spreadsheet, write: RowWrite, firstRead: FirstRead | null): void {
  const cells = placedCells(ss, write);
  if (!cells.length) return;
  const lastColumn = Math.max(...cells.map(([c]) => c));
  // Values read are written back as they were (text as text, never parsed as a formula).
  const withCells = (values: unknown[]): CellOut[] => {
    const out = rowWithChanges(values, {});
    for (const [column, value] of cells) out[column - 1] = value;
    return out;
  };
  if (firstRead && firstRead.row === write.row && firstRead.values.length >= lastColumn) {
    firstRead.range.setValues([withCells(firstRead.values)]);
    return;
  }
  const register = ss.getSheetByName(SHEET.register);
  if (!register) throw new WorkflowError(WORKFLOW_UI.noRegister);
  let row = write.row;
  const numberColumn = Math.max(registerLayout(ss).columns.caseNumber, 1);
  const widest = () => register.getRange(row, 1, 1, Math.max(lastColumn, numberColumn));
  let values = widest().getValues()[0];
  if (String(values[numberColumn - 1]).replace(/^'/, '') !== write.caseNumber) {
    row = findCaseRow(register, write.caseNumber, numberColumn);
    if (row < 1) return; // the case's row was deleted by hand: nothing left to update
    values = widest().getValues()[0];
  }
  const out = withCells(values);
  register.getRange(row, 1, 1, out.length).setValues([out]);
}

/** The row the first attempt read (under the lock): its cells are written back in one call. */
export interface FirstRead {
  row: number;
  range: GoogleAppsScript.Spreadsheet.Range;
  values: unknown[];
}

/**
 * The first row of `sheet` whose `numberColumn` cell is the case number, or -1 (one search, 5
 * calls, whatever the sheet's length).
 */
export function findCaseRow(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  caseNumber: string,
  numberColumn = 1,
): number {
  const column = sheet.getRange(1, numberColumn, Math.max(sheet.getMaxRows(), 1), 1);
  const found = column.createTextFinder(caseNumber).matchEntireCell(true).findNext();
  return found ? found.getRow() : -1;
}

/** Whether a log sheet's 操作ID column holds the id (one search, 4 calls). */
export function hasOpId(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  id: string,
): boolean {
  const range = sheet.getRange(1, column, Math.max(sheet.getMaxRows(), 1), 1);
  return range.createTextFinder(id).matchEntireCell(true).findNext() !== null;
}

/**
 * Whether 対話記録's 操作ID column, found by header (src/store/logLayouts.ts), holds the id (one
 * search, 4 calls); false when the header is renamed (no row then carries an id).
 */
export function dialogueHasOp(sheet: GoogleAppsScript.Spreadsheet.Sheet, id: string): boolean {
  const column = logColumn('dialogues', LOG_SPECS.dialogues.opId);
  return column > 0 && hasOpId(sheet, column, id);
}

// ---- the journal in document properties --------------------------------------------------------

function pendingOf(all: Record<string, string>): CaseOp[] {
  const count = Number(all[JOURNAL_PROP.pendingChunks] || 0);
  if (!count) return [];
  let text = '';
  for (let i = 0; i < count; i++) text += all[JOURNAL_PROP.pending(i)] ?? '';
  if (!text) return [];
  try {
    return [decode(text) as CaseOp];
  } catch {
    console.error(WORKFLOW_UI.journalUnreadable);
    return [];
  }
}

function recentOf(all: Record<string, string>): DoneIds<unknown> {
  return doneIdsOf(all[JOURNAL_PROP.recent]);
}

/** The intent, written right before the first effect (one call). */
function writePending(desk: LockedDesk, op: CaseOp): void {
  writeChunks(desk, encode(op));
}

function writeChunks(desk: LockedDesk, text: string, extra: Record<string, string> = {}): void {
  const values: Record<string, string> = { ...extra };
  const count = Math.ceil(text.length / CHUNK_CHARS);
  for (let i = 0; i < count; i++) {
    values[JOURNAL_PROP.pending(i)] = text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  }
  values[JOURNAL_PROP.pendingChunks] = String(count);
  desk.props.setProperties(values);
  Object.assign(desk.all, values);
}

/**
 * Marks actions done: the pending intent cleared and the ids kept, in one call. Their notices,
 * every other effect being made, are sent just before that write where mail may be sent (a kill
 * between the send and the write sends one once more when the action is completed: the one send
 * in flight); a notice that cannot go now — refused, or from onEdit, which may not send mail —
 * goes into the outbox in the same write, for sendOutbox.
 */
function finishOps(desk: LockedDesk, ops: CaseOp[]): void {
  const recent = withDone(
    recentOf(desk.all),
    ops.map((op): [string, unknown] => [op.id, op.kept ?? null]),
    RECENT_KEPT,
  );
  const outbox: Record<string, string> = {};
  for (const op of ops) {
    (op.notices ?? []).forEach((mail, i) => {
      if (desk.canSendMail !== false) {
        if (sendDeskMail(desk.settings, mail.to, mail.subject, mail.body)) return;
        mail = { ...mail, refused: true };
      }
      outbox[JOURNAL_PROP.outbox(`${op.id}.${i}`)] = JSON.stringify(mail);
    });
  }
  writeChunks(desk, '', { [JOURNAL_PROP.recent]: JSON.stringify(recent), ...outbox });
}

/** JSON that keeps Date values (cells, history times) as dates. */
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date || Object.prototype.toString.call(raw) === '[object Date]'
      ? { $date: (raw as Date).getTime() }
      : v;
  });
}

function decode(text: string): unknown {
  return JSON.parse(text, (_key, v) =>
    v && typeof v === 'object' && typeof (v as { $date?: unknown }).$date === 'number'
      ? new Date((v as { $date: number }).$date)
      : v,
  );
}

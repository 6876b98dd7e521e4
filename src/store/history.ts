/**
 * The append-only history (履歴): one row per action — time, person, case, from, to, comment.
 * appendRow is atomic, so concurrent actions never overwrite each other's rows.
 */
import { SHEET } from '../strings';
import { WORKFLOW_UI } from '../strings/workflow';
import { asCellText } from '../domain/cellText';
import { isDateValue } from '../domain/workflow';
import { tokyoDateTimeText } from '../domain/tokyoTime';
import type { HistoryEntry } from '../app/sidebarContract';
import { WorkflowError } from './context';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HistoryEvent {
  at: Date;
  actor: string;
  caseNumber: string;
  from: string;
  to: string;
  comment: string;
  /** The action's idempotency key (操作ID), so a retry can tell the row was written. */
  opId?: string;
}

/** Column of 操作ID (1-based), after the six columns every history row has. */
const HISTORY_OP_COLUMN = 7;

/** The history row of an event, as appended (text as text, the time as a Date value). */
function historyRow(e: HistoryEvent): unknown[] {
  return [
    e.at,
    asCellText(e.actor),
    asCellText(e.caseNumber),
    e.from,
    e.to,
    asCellText(e.comment),
    e.opId ? asCellText(e.opId) : '',
  ];
}

/** Appends one row (2 calls). The time is a Date value so the sheet sorts and filters it. */
export function appendHistory(ss: Spreadsheet, e: HistoryEvent): void {
  appendHistoryRows(ss, e.actor, [e], false);
}

/**
 * The one writer of 履歴 rows (every action, document, department answer and refused notice
 * writes through it): 1 call for the sheet, then one appendRow per event — atomic against other
 * appends, never overwriting a row. With `checking` (completing an earlier attempt), an event
 * whose 操作ID is already in the sheet is skipped (historyHasOp), so a retry completes instead of
 * repeating (docs/reliability.md). A protected 履歴 refusing `actor` is a WorkflowError.
 */
export function appendHistoryRows(
  ss: Spreadsheet,
  actor: string,
  events: HistoryEvent[],
  checking: boolean,
): void {
  if (!events.length) return;
  const sheet = ss.getSheetByName(SHEET.history);
  if (!sheet) throw new WorkflowError(WORKFLOW_UI.noSheet(SHEET.history));
  for (const e of events) {
    if (checking && e.opId && historyHasOp(ss, e.opId)) continue;
    try {
      sheet.appendRow(historyRow(e));
    } catch (error) {
      if (!isProtectionRefusal(error)) throw error;
      throw new WorkflowError(WORKFLOW_UI.logProtected(SHEET.history, actor));
    }
  }
}

/** The history event of an action that leaves the case's status as it is (from = to). */
export function caseNote(
  ctx: { actor: string },
  caseNumber: string,
  status: string,
  comment: string,
  opId: string,
  at = new Date(),
): HistoryEvent {
  return { at, actor: ctx.actor, caseNumber, from: status, to: status, comment, opId };
}

/**
 * Whether a history row carries the operation id (3 calls, whatever the history's length): how a
 * retry learns that the first attempt's row was written. A service failure throws — it is never
 * read as "not written", which would write the row twice.
 */
export function historyHasOp(ss: Spreadsheet, opId: string): boolean {
  const sheet = ss.getSheetByName(SHEET.history);
  if (!sheet) throw new WorkflowError(WORKFLOW_UI.noSheet(SHEET.history));
  const column = sheet.getRange(1, HISTORY_OP_COLUMN, Math.max(sheet.getMaxRows(), 1), 1);
  return column.createTextFinder(opId).matchEntireCell(true).findNext() !== null;
}

/**
 * Every 操作ID of 履歴, in one read: for a caller that checks many ids (recovery), where one
 * historyHasOp per id would search the sheet once each. Throws like historyHasOp.
 */
export function historyOpIds(ss: Spreadsheet): Set<string> {
  const sheet = ss.getSheetByName(SHEET.history);
  if (!sheet) throw new WorkflowError(WORKFLOW_UI.noSheet(SHEET.history));
  return new Set(
    sheet
      .getSheetValues(1, HISTORY_OP_COLUMN, -1, 1)
      .map((row) => String(row[0] ?? ''))
      .filter((id) => id !== ''),
  );
}

/** Sheets refuses writes to a protected range by someone not among its editors. */
export function isProtectionRefusal(error: unknown): boolean {
  return /protected/i.test(String((error as Error)?.message ?? ''));
}

/**
 * The history of one case, oldest first: the case-number column is read whole, then the case's
 * rows — as one block when they lie close together, else one by one (see readCaseRows).
 */
export function readCaseHistory(ss: Spreadsheet, caseNumber: string): HistoryEntry[] {
  return readCaseRows(ss, SHEET.history, 3, 6, caseNumber).map((r) => ({
    at: isDateValue(r[0]) ? tokyoDateTimeText(r[0]) : String(r[0]),
    by: String(r[1]),
    from: String(r[3]),
    to: String(r[4]),
    comment: String(r[5]),
  }));
}

/**
 * Rows of a log sheet (header in row 1) whose `keyColumn` equals the case number: the latest
 * `limit` of them (the sidebar shows 50; a disclosure file takes them all).
 */
export function readCaseRows(
  ss: Spreadsheet,
  sheetName: string,
  keyColumn: number,
  width: number,
  caseNumber: string,
  limit = MAX_ROWS_SHOWN,
): unknown[][] {
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) return [];
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const keys = sheet.getRange(2, keyColumn, last - 1, 1).getValues();
  const hits: number[] = [];
  keys.forEach((k, i) => {
    if (String(k[0]) === caseNumber) hits.push(i);
  });
  const shown = hits.slice(-limit);
  if (!shown.length) return [];
  const first = shown[0];
  const span = shown[shown.length - 1] - first + 1;
  // One block read moves every row in between; past a few dozen rows per hit, reading the hits
  // one by one (one call each) is cheaper than moving thousands of other cases' cells.
  if (span <= shown.length * SPARSE_FACTOR) {
    const block = sheet.getRange(first + 2, 1, span, width).getValues();
    return shown.map((i) => block[i - first]);
  }
  return shown.map((i) => sheet.getRange(i + 2, 1, 1, width).getValues()[0]);
}

/** The sidebar shows a case's latest entries; the sheet keeps them all. */
const MAX_ROWS_SHOWN = 50;
const SPARSE_FACTOR = 40;

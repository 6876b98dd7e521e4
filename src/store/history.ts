/**
 * The append-only history (履歴): one row per action — time, person, case, from, to, comment,
 * 操作ID. appendRow is atomic, so concurrent actions never overwrite each other's rows. Columns
 * are found by header (src/store/logLayouts.ts): rows are built and read in HISTORY_HEADERS
 * order, each value written under its header.
 */
import { SHEET } from '../strings';
import { WORKFLOW_UI } from '../strings/workflow';
import { LOG_LAYOUT_TEXT } from '../strings/registerLayout';
import { asCellText } from '../domain/cellText';
import { isDateValue } from '../domain/workflow';
import { tokyoDateTimeText } from '../domain/tokyoTime';
import type { HistoryEntry } from '../app/sidebarContract';
import { WorkflowError } from './context';
import { LOG_SPECS, LogSheet } from '../domain/logSheets';
import { logColumn, logLayout, logSpan, placeLogRow, toLogOrder } from './logLayouts';

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

/** The history row of an event in HISTORY_HEADERS order (text as text, the time as a Date value). */
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
  if (events.some((e) => e.opId)) requireOpColumn('history');
  for (const e of events) {
    if (checking && e.opId && historyHasOp(ss, e.opId)) continue;
    try {
      sheet.appendRow(placeLogRow('history', historyRow(e), '' as unknown));
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
 * read as "not written", which would write the row twice. The 操作ID column is found by header;
 * with its header renamed no row carries an id (appendHistoryRows writes none), so none is found.
 */
export function historyHasOp(ss: Spreadsheet, opId: string): boolean {
  const sheet = ss.getSheetByName(SHEET.history);
  if (!sheet) throw new WorkflowError(WORKFLOW_UI.noSheet(SHEET.history));
  const opColumn = logColumn('history', LOG_SPECS.history.opId);
  if (opColumn < 1) return false;
  const column = sheet.getRange(1, opColumn, Math.max(sheet.getMaxRows(), 1), 1);
  return column.createTextFinder(opId).matchEntireCell(true).findNext() !== null;
}

/**
 * Every 操作ID of 履歴, in one read: for a caller that checks many ids (recovery), where one
 * historyHasOp per id would search the sheet once each. Throws like historyHasOp.
 */
export function historyOpIds(ss: Spreadsheet): Set<string> {
  const sheet = ss.getSheetByName(SHEET.history);
  if (!sheet) throw new WorkflowError(WORKFLOW_UI.noSheet(SHEET.history));
  const opColumn = logColumn('history', LOG_SPECS.history.opId);
  if (opColumn < 1) return new Set();
  return new Set(
    sheet
      .getSheetValues(1, opColumn, -1, 1)
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
  return readCaseRows(ss, 'history', 6, caseNumber).map((r) => ({
    at: isDateValue(r[0]) ? tokyoDateTimeText(r[0]) : String(r[0]),
    by: String(r[1]),
    from: String(r[3]),
    to: String(r[4]),
    comment: String(r[5]),
  }));
}

/**
 * Rows of a log sheet (header in row 1) whose case number is `caseNumber`: the latest `limit` of
 * them (the sidebar shows 50; a disclosure file takes them all), each as its first `fields`
 * fields in the log's header order, the columns found by header (src/store/logLayouts.ts). None
 * when the sheet, or its case-number column, is missing.
 */
export function readCaseRows(
  ss: Spreadsheet,
  log: LogSheet,
  fields: number,
  caseNumber: string,
  limit = MAX_ROWS_SHOWN,
): unknown[][] {
  const layout = logLayout(log);
  const keyColumn = layout.columns[LOG_SPECS[log].caseNumber] ?? 0;
  const sheet = ss.getSheetByName(LOG_SPECS[log].name);
  if (!sheet || keyColumn < 1) return [];
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const keys = sheet.getRange(2, keyColumn, last - 1, 1).getValues();
  const hits: number[] = [];
  keys.forEach((k, i) => {
    if (String(k[0]) === caseNumber) hits.push(i);
  });
  const shown = hits.slice(-limit);
  if (!shown.length) return [];
  const { first: column, last: lastColumn } = logSpan(log, fields, layout);
  const width = lastColumn - column + 1;
  const inOrder = (row: unknown[]) => toLogOrder(log, row, column, layout).slice(0, fields);
  const first = shown[0];
  const span = shown[shown.length - 1] - first + 1;
  // One block read moves every row in between; past a few dozen rows per hit, reading the hits
  // one by one (one call each) is cheaper than moving thousands of other cases' cells.
  if (span <= shown.length * SPARSE_FACTOR) {
    const block = sheet.getRange(first + 2, column, span, width).getValues();
    return shown.map((i) => inOrder(block[i - first]));
  }
  return shown.map((i) => inOrder(sheet.getRange(i + 2, column, 1, width).getValues()[0]));
}

/** The sidebar shows a case's latest entries; the sheet keeps them all. */
const MAX_ROWS_SHOWN = 50;
const SPARSE_FACTOR = 40;

/**
 * The 操作ID column of a log, for an append a retry must find again: while its header is renamed
 * (no column), the action is refused by name before anything is written — a row written without
 * its id would be written again by the retry. 設定を反映 adds the column back (logLayouts.ts).
 */
export function requireOpColumn(log: 'history' | 'dialogues'): number {
  const column = logColumn(log, LOG_SPECS[log].opId);
  if (column < 1) {
    throw new WorkflowError(LOG_LAYOUT_TEXT.renamed(LOG_SPECS[log].name, LOG_SPECS[log].opId));
  }
  return column;
}

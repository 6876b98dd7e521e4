/**
 * What the 状態 guards read and write: the onEdit guard (src/app/workflow/statusEditGuard.ts)
 * reads the edited block of register rows and writes the rows it judged; the hourly
 * reconciliation (src/app/workflow/reconcile.ts) reads the whole register and writes the
 * statuses it puts back. Both judge a typed status against the status 履歴 last recorded for
 * the case. Rows go in and out in sheet order (staff columns included), A up to the last field
 * of ours, its columns found by header (src/store/registerLayout.ts).
 */
import { HISTORY_HEADERS, SHEET } from '../strings';
import type { CellOut } from '../domain/register';
import { registerLayout } from './registerLayout';
import { logSpanOf, toLogOrder } from './logLayouts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** 履歴's fields the guards read: 案件番号, 変更前, 変更後 (HISTORY_HEADERS order). */
const STATUS_FIELDS = HISTORY_HEADERS.slice(2, 5);

/** Register rows firstRow..lastRow, A up to the last field of ours, in sheet order (2 calls). */
export function readRegisterBlock(sheet: Sheet, firstRow: number, lastRow: number): unknown[][] {
  const width = Math.max(registerLayout(sheet).width, 1);
  return sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues();
}

/** Writes a block of cells whose top left cell is (row, column), in one call (2 calls). */
export function writeRegisterBlock(
  sheet: Sheet,
  row: number,
  column: number,
  values: CellOut[][],
): void {
  sheet.getRange(row, column, values.length, values[0].length).setValues(values);
}

/** Case number → the status its last 履歴 row left it in; empty without 履歴 (1 + 3 calls). */
export function readLastRecordedStatuses(ss: Spreadsheet): Map<string, string> {
  const history = ss.getSheetByName(SHEET.history);
  return history ? lastRecordedStatuses(history) : new Map<string, string>();
}

/**
 * Case number → the status its last history row left it in (one read of 案件番号, 変更前 and
 * 変更後, C:E unless staff moved them: found by header, src/store/logLayouts.ts). A move (from ≠
 * to) outranks a note (from = to): a note written late — a refused applicant notice sent from
 * the outbox after a later move (src/store/journal.ts) — names the status it was about, not the
 * current one.
 */
function lastRecordedStatuses(sheet: Sheet): Map<string, string> {
  const moves = new Map<string, string>();
  const notes = new Map<string, string>();
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return moves;
  const { first, last } = logSpanOf('history', STATUS_FIELDS);
  const rows = sheet.getRange(2, first, lastRow - 1, last - first + 1).getValues();
  for (const row of rows) {
    const [, , caseNumber, from, to] = toLogOrder('history', row, first);
    (String(from) === String(to) ? notes : moves).set(String(caseNumber), String(to));
  }
  for (const [caseNumber, status] of notes)
    if (!moves.has(caseNumber)) moves.set(caseNumber, status);
  return moves;
}

/** The register as the hourly reconciliation judges it. */
export interface RegisterToReconcile {
  /** Where the statuses put back are written (writeRegisterBlock). */
  register: Sheet;
  /** Rows 2 to the last, A up to the last field of ours, in sheet order. */
  rows: unknown[][];
  /** Case number → the status 履歴 last recorded. */
  recorded: Map<string, string>;
}

/**
 * The register's data rows and the statuses 履歴 last recorded, one read each (8 calls); null
 * without either sheet or without a case row.
 */
export function readRegisterToReconcile(ss: Spreadsheet): RegisterToReconcile | null {
  const register = ss.getSheetByName(SHEET.register);
  const history = ss.getSheetByName(SHEET.history);
  if (!register || !history) return null;
  const last = register.getLastRow();
  if (last < 2) return null;
  const recorded = lastRecordedStatuses(history);
  return { register, rows: readRegisterBlock(register, 2, last), recorded };
}

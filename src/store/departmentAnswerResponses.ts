/**
 * The 庁内回答フォーム's response sheet (src/adapters/departmentAnswerForm.ts made it): read whole
 * by the daily recovery of department answers, and a refused answer's row flagged in its 処理状況
 * column (src/app/departmentAnswer.ts).
 */
import { DEPT_FORM } from '../strings/departmentAnswer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The response sheet as read: its cells as displayed, header row first. */
export interface DepartmentResponses {
  table: string[][];
  /**
   * One response row as the form-submit event gives it (e.range), for the recovery's event;
   * `row` is the sheet's row number.
   */
  rowRange(row: number): Range;
}

/**
 * The response sheet recorded by its id, read in one call (5 calls); null when it is gone or
 * holds no answer.
 */
export function readDepartmentResponses(
  ss: Spreadsheet,
  sheetId: number,
): DepartmentResponses | null {
  const sheet = ss.getSheetById(sheetId);
  if (!sheet) return null;
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2 || lastColumn < 1) return null;
  const table = sheet.getRange(1, 1, lastRow, lastColumn).getDisplayValues();
  return { table, rowRange: (row) => sheet.getRange(row, 1, 1, lastColumn) };
}

/**
 * Writes `note` into the 処理状況 cell of the response row `range` lies in (the column added if
 * missing); returns the sheet's name and the row, for the desk's mail.
 */
export function flagResponseRow(range: Range, note: string): { sheetName: string; row: number } {
  const sheet = range.getSheet();
  const sheetName = sheet.getName();
  const row = range.getRow();
  sheet.getRange(row, flagColumn(sheet)).setValue(note);
  return { sheetName, row };
}

/** The 処理状況 column setup added after the form's columns (added here if missing). */
function flagColumn(sheet: Sheet): number {
  const last = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, last).getValues()[0];
  const at = header.findIndex((h) => String(h) === DEPT_FORM.flagHeader);
  if (at >= 0) return at + 1;
  sheet.getRange(1, last + 1).setValue(DEPT_FORM.flagHeader);
  return last + 1;
}

/**
 * The public spreadsheet 公開一覧 (issue 13): a spreadsheet of its own, outside the desk's, that
 * src/app/publication.ts finds by the id kept in document properties and rewrites in place. The
 * decisions (which id, the intent recorded before create, sharing) stay there; the calls are here.
 */
import { PUBLICATION_FILES } from '../strings';
import { PUBLIC_COLUMN_COUNT, PublicList, publicSheetValues } from '../domain/publication';

export type PublicSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Opens a spreadsheet by id (1 call); throws as SpreadsheetApp.openById does. */
export function openPublicSpreadsheet(id: string): PublicSpreadsheet {
  return SpreadsheetApp.openById(id);
}

/** Creates it under `name`, at least 100 rows (1 call). */
export function createPublicSpreadsheet(name: string, rows: number): PublicSpreadsheet {
  return SpreadsheetApp.create(name, Math.max(rows, 100), PUBLIC_COLUMN_COUNT);
}

/** Its Drive id (1 call). */
export function publicSpreadsheetId(ss: PublicSpreadsheet): string {
  return ss.getId();
}

/** Lets these people edit it (1 call). */
export function addPublicEditors(ss: PublicSpreadsheet, emails: string[]): void {
  ss.addEditors(emails);
}

/** Names the spreadsheet and its sheet, freezes the header (4 calls; idempotent). */
export function finishPublicSpreadsheet(ss: PublicSpreadsheet): void {
  ss.rename(PUBLICATION_FILES.spreadsheet);
  const sheet = ss.getSheets()[0];
  sheet.setName(PUBLICATION_FILES.sheet);
  sheet.setFrozenRows(1);
}

/**
 * Rewrites the list in one setValues, padded to the sheet's rows so nothing stale stays (4 calls,
 * 5 when rows are added).
 */
export function writePublicRows(ss: PublicSpreadsheet, list: PublicList): void {
  const sheet = ss.getSheets()[0];
  const max = sheet.getMaxRows();
  const needed = list.cases.length + 1;
  if (max < needed) sheet.insertRowsAfter(max, needed - max);
  const rows = Math.max(max, needed);
  sheet.getRange(1, 1, rows, PUBLIC_COLUMN_COUNT).setValues(publicSheetValues(list, rows));
}

/**
 * What the setup wizard writes into 設定 (src/app/wizard.ts decides what changes; 設定 is read in
 * src/store/settings.ts, 担当課 read and written in src/store/departments.ts). Writes are absolute
 * values of whole blocks, so a save repeated after a kill writes the same cells again at most
 * (docs/reliability.md).
 */
import { SETTINGS_HEADERS, SHEET } from '../strings';
import { ensureSheet } from '../adapters/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The writes of 設定 a save decided: column B from a row on, and whole rows appended. */
export interface SettingsRowsWrite {
  /** 0-based index, among the rows read, of the first row whose value cell is rewritten. */
  valuesFrom: number;
  /** Column B of the rows from `valuesFrom`, one cell a row; [] writes none. */
  values: unknown[][];
  /** [label, value, description] rows appended below the rows read. */
  appended: unknown[][];
}

/**
 * Reads 設定 (made when missing) once and writes what `decide` returns for those rows: at most one
 * write of column B and one append. Returns whether anything was written.
 */
export function rewriteSettingsRows(
  ss: Spreadsheet,
  decide: (rows: unknown[][]) => SettingsRowsWrite | null,
): boolean {
  const sheet = ensureSheet(ss, { name: SHEET.settings, headers: SETTINGS_HEADERS }).sheet;
  const rows = sheet.getDataRange().getValues();
  const write = decide(rows);
  if (!write) return false;
  if (write.values.length)
    sheet.getRange(write.valuesFrom + 1, 2, write.values.length, 1).setValues(write.values);
  if (write.appended.length)
    sheet.getRange(rows.length + 1, 1, write.appended.length, 3).setValues(write.appended);
  return true;
}

/**
 * The register read by columns, as 案件を検索 and the partner list use it: one open-ended read of
 * the span of the fields asked for, from row 2 to the sheet's last row, columns found by header
 * (src/store/registerLayout.ts).
 */
import { SHEET } from '../strings';
import { columnLetter, type RegisterKey } from '../domain/register';
import { spanOf } from '../domain/registerLayout';
import { registerLayout } from './registerLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The data rows of some register fields, one array per field (same length for each). */
export type RegisterColumns = Partial<Record<RegisterKey, unknown[]>>;

/**
 * Reads the span of columns holding `keys` (2 calls; a column staff inserted among them is read
 * and ignored) and returns each field's cells by key; a field without a column is left out.
 * Null when the read fails (the register is missing): the caller refuses with its own message.
 */
export function readRegisterColumns(
  ss: Spreadsheet,
  keys: readonly RegisterKey[],
): RegisterColumns | null {
  const layout = registerLayout(ss);
  const { first, last } = spanOf(layout, keys);
  let values: unknown[][];
  try {
    values = ss
      .getRange(`'${SHEET.register}'!${columnLetter(first)}2:${columnLetter(last)}`)
      .getValues();
  } catch {
    return null;
  }
  const columns: RegisterColumns = {};
  for (const key of keys) {
    const column = layout.columns[key];
    if (column > 0) columns[key] = values.map((row) => row[column - first]);
  }
  return columns;
}

/**
 * Creating and repairing the add-on's sheets. Each sheet is read once and written in batches;
 * existing data, extra columns and column widths a city set are never touched.
 */
export interface SheetSpec {
  name: string;
  headers: string[];
  /** Widths in pixels, applied only when the sheet is first created. */
  widths?: number[];
}

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('この操作はスプレッドシートの中からのみ実行できます。');
  return ss;
}

/** Creates the sheet, or appends the header cells it is missing; returns it and whether it is new. */
export function ensureSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: SheetSpec,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; created: boolean } {
  const existing = ss.getSheetByName(spec.name);
  if (!existing) {
    const sheet = ss.insertSheet(spec.name);
    const maxColumns = sheet.getMaxColumns();
    if (maxColumns < spec.headers.length) {
      sheet.insertColumnsAfter(maxColumns, spec.headers.length - maxColumns);
    }
    sheet.getRange(1, 1, 1, spec.headers.length).setValues([spec.headers]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    (spec.widths ?? []).forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    return { sheet, created: true };
  }
  const lastColumn = Math.max(existing.getLastColumn(), 1);
  const header = existing.getRange(1, 1, 1, lastColumn).getValues()[0].map(String);
  const missing = spec.headers.filter((h) => !header.includes(h));
  if (missing.length) {
    const start = header.filter((h) => h !== '').length + 1;
    const maxColumns = existing.getMaxColumns();
    const needed = start + missing.length - 1;
    if (needed > maxColumns) existing.insertColumnsAfter(maxColumns, needed - maxColumns);
    existing.getRange(1, start, 1, missing.length).setValues([missing]).setFontWeight('bold');
  }
  if (existing.getFrozenRows() !== 1) existing.setFrozenRows(1);
  return { sheet: existing, created: false };
}

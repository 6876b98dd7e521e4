/**
 * Creating and repairing the add-on's sheets. Each sheet is read once and written in batches;
 * existing data, extra columns and column widths a city set are never touched.
 */
export interface SheetSpec {
  name: string;
  headers: string[];
  /** Widths in pixels, applied only when the sheet is first created. */
  widths?: number[];
  /**
   * Headers not to add even though missing, given the header row found (the register's renamed
   * headers: adding them again would split a column's data, src/domain/registerLayout.ts).
   */
  notAdded?: (header: string[]) => string[];
}

/** The spreadsheet the script is bound to, or null (a trigger may run without one). 1 call. */
export function activeSpreadsheetIfAny(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The desk's spreadsheet by id (a form's destination) or by URL (a time-driven run). 1 call. */
export function openSpreadsheet(idOrUrl: { id: string } | { url: string }) {
  return 'id' in idOrUrl
    ? SpreadsheetApp.openById(idOrUrl.id)
    : SpreadsheetApp.openByUrl(idOrUrl.url);
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
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; created: boolean; header: string[] } {
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
    return { sheet, created: true, header: [...spec.headers] };
  }
  const lastColumn = Math.max(existing.getLastColumn(), 1);
  const header = existing.getRange(1, 1, 1, lastColumn).getValues()[0].map(String);
  const kept = spec.notAdded ? spec.notAdded(header) : [];
  const missing = spec.headers.filter((h) => !header.includes(h) && !kept.includes(h));
  if (missing.length) {
    // After the last non-empty header: columns staff inserted or moved stay where they are.
    let start = header.length;
    while (start > 0 && header[start - 1].trim() === '') start--;
    start++;
    const maxColumns = existing.getMaxColumns();
    const needed = start + missing.length - 1;
    if (needed > maxColumns) existing.insertColumnsAfter(maxColumns, needed - maxColumns);
    existing.getRange(1, start, 1, missing.length).setValues([missing]).setFontWeight('bold');
    header.length = start - 1;
    header.push(...missing);
  }
  if (existing.getFrozenRows() !== 1) existing.setFrozenRows(1);
  return { sheet: existing, created: false, header };
}

/**
 * The advanced Sheets service (Sheets API v4, enabled in appsscript.json): one values.batchGet
 * reads several ranges in a single call, where SpreadsheetApp needs the spreadsheet, then a
 * range and its read per range (developers.google.com/sheets/api/reference/rest/v4/
 * spreadsheets.values/batchGet). Values come unformatted, dates as serial numbers
 * (src/domain/calendar/tokyoTime.ts fromSheetSerial); trailing empty rows and cells are left out.
 */

/** Whether the service is enabled for this project (the `Sheets` global exists). */
export function sheetsApiAvailable(): boolean {
  return typeof Sheets !== 'undefined' && Sheets !== undefined;
}

/**
 * The rows of each A1 range, in request order (one call). An API error propagates: the caller
 * tells a missing sheet from a failing service by asking SpreadsheetApp.
 */
export function batchGetValues(spreadsheetId: string, ranges: readonly string[]): unknown[][][] {
  const response = Sheets!.Spreadsheets!.Values!.batchGet(spreadsheetId, {
    ranges: [...ranges],
    majorDimension: 'ROWS',
    valueRenderOption: 'UNFORMATTED_VALUE',
    dateTimeRenderOption: 'SERIAL_NUMBER',
  });
  return ranges.map((_, i) => (response.valueRanges?.[i]?.values ?? []) as unknown[][]);
}

/**
 * Shared by the SpreadsheetApp facades (app, spreadsheet, sheet, range): Google's error messages
 * in one table, and look-ups from ids to the data model.
 */
import type { Workspace } from '../../workspace';
import type { SheetModel, SpreadsheetModel } from './model';

/** Apps Script's wording for each failure, as scripts see it in `e.message`. */
export const MESSAGES = {
  rangeNotFound: 'Range not found',
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  cellOutOfRange: 'Cell reference out of range',
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  sheetNameExists: (name: string) =>
    `A sheet with the name "${name}" already exists. Please enter another name.`,
  deleteOnlySheet: "You can't remove all the sheets in a document.",
  hideOnlySheet: "You can't hide all the sheets in a document.",
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  missingSpreadsheet: (method: string) =>
    `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
  invalidUrl: 'Invalid argument: url',
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  sheetDeleted: 'This sheet has been deleted.',
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  frozenRowsTooMany: "You can't freeze all visible rows on the sheet.",
  frozenColumnsTooMany: "You can't freeze all visible columns on the sheet.",
  emptySheetName: 'Sheet name cannot be empty.',
} as const;

export function requireSpreadsheet(ws: Workspace, spreadsheetId: string): SpreadsheetModel {
  const model = ws.spreadsheets.get(spreadsheetId);
  if (!model) throw new Error(MESSAGES.missingSpreadsheet('openById'));
  return model;
}

export function requireSheet(
  ws: Workspace,
  spreadsheetId: string,
  sheetId: number,
): { spreadsheet: SpreadsheetModel; sheet: SheetModel } {
  const spreadsheet = requireSpreadsheet(ws, spreadsheetId);
  const sheet = spreadsheet.sheets.find((s) => s.sheetId === sheetId);
  if (!sheet) throw new Error(MESSAGES.sheetDeleted);
  return { spreadsheet, sheet };
}

/** Key of a cell in the model's per-cell maps. */
export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

/** Checks getRange's arguments the way Sheets does, in the same order. */
export function assertRangeWithinSheet(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): void {
  if (!Number.isFinite(row) || row < 1) throw new Error(MESSAGES.startRowTooSmall);
  if (!Number.isFinite(column) || column < 1) throw new Error(MESSAGES.startColumnTooSmall);
  if (!Number.isFinite(numRows) || numRows < 1) throw new Error(MESSAGES.numRowsTooSmall);
  if (!Number.isFinite(numColumns) || numColumns < 1) throw new Error(MESSAGES.numColumnsTooSmall);
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw new Error(MESSAGES.outsideSheet);
  }
}

/** Sheets accepts '#rgb', '#rrggbb' and CSS colour names; it reports '#rrggbb'. */
export function normaliseColor(color: string): string {
  const named: Record<string, string> = {
    white: '#ffffff',
    black: '#000000',
    red: '#ff0000',
    green: '#008000',
    blue: '#0000ff',
    yellow: '#ffff00',
    orange: '#ffa500',
    gray: '#808080',
    grey: '#808080',
    purple: '#800080',
    cyan: '#00ffff',
    magenta: '#ff00ff',
    pink: '#ffc0cb',
  };
  const lower = color.trim().toLowerCase();
  if (named[lower]) return named[lower];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return lower;
}

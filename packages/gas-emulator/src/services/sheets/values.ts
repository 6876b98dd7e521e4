/**
 * What spreadsheets.values.get and batchGet read: an A1 range resolved against a sheet's grid,
 * and each cell rendered as the request's options say.
 *
 * References:
 * - A1 notation: https://developers.google.com/workspace/sheets/api/guides/concepts#cell
 * - ValueRange: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange
 * - ValueRenderOption: https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption
 * - DateTimeRenderOption: https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption
 * - Dimension: https://developers.google.com/sheets/api/reference/rest/v4/Dimension
 */
import type { Cell } from '../spreadsheet/model';
import { formatA1, lettersToColumn, quoteSheetName } from '../spreadsheet/a1';
import { isDatePattern } from '../spreadsheet/numberFormat';
import { displayValue } from '../spreadsheet/values';
import { toSerial } from '../spreadsheet/zonedTime';
import { SHEETS_API_ERRORS, SheetsApiFailure } from './errors';

/** A sheet as the API reads it: the stored one, or what was committed (state.ts). */
export interface SheetView {
  readonly name: string;
  readonly hidden: boolean;
  readonly maxRows: number;
  readonly maxColumns: number;
  /** grid[row][column], zero-based; missing entries are empty cells. */
  readonly grid: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
}

export interface SpreadsheetView {
  readonly locale: string;
  readonly timeZone: string;
  readonly sheets: readonly SheetView[];
}

export type MajorDimension = 'ROWS' | 'COLUMNS';
export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

export interface RenderOptions {
  majorDimension: MajorDimension;
  valueRenderOption: ValueRenderOption;
  dateTimeRenderOption: DateTimeRenderOption;
}

/** Schema.ValueRange as a read returns it. */
export interface ValueRange {
  range: string;
  majorDimension: MajorDimension;
  values?: unknown[][];
}

/** A resolved range: 1-based, inclusive of its first cell, bounded to the sheet's grid. */
interface Bounds {
  sheet: SheetView;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

interface Endpoint {
  column: number | null;
  row: number | null;
}

/** One side of a range: a cell (B2), a column (B) or a row (2), each part optionally with $. */
const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function endpoint(text: string): Endpoint | null {
  const match = ENDPOINT.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const row = match[2] === undefined ? null : Number(match[2]);
  if (row === 0) return null;
  return { column: match[1] === undefined ? null : lettersToColumn(match[1]), row };
}

/** The corners a reference names, null where it leaves a side open; null when it is not A1. */
function parseReference(ref: string): { start: Endpoint; end: Endpoint } | null {
  const parts = ref.split(':');
  if (parts.length > 2 || ref.trim() === '') return null;
  const start = endpoint(parts[0]);
  const end = parts.length === 2 ? endpoint(parts[1]) : start;
  if (!start || !end) return null;
  // 'A' or '5' alone is not a range (a1.ts refuses it for getRange too).
  if (parts.length === 1 && (start.row === null || start.column === null)) return null;
  // 'A:5' mixes a column with a row.
  const wholeColumns = start.row === null && end.row === null;
  const wholeRows = start.column === null && end.column === null;
  if (wholeColumns && wholeRows) return null;
  return { start, end };
}

/** One dimension of a range: both ends given (in either order), or open (to the grid's edge). */
function span(start: number | null, end: number | null, max: number): [number, number] {
  if (start !== null && end !== null) return [Math.min(start, end), Math.max(start, end)];
  if (start === null && end !== null) return [1, end];
  return [start ?? 1, max];
}

/**
 * Resolves `text` against the spreadsheet as the API does (guides/concepts, A1 notation):
 * "Sheet1!A1:B2", "'My Custom Sheet'!A:A", "Sheet1!A5:A" (to the last row), "Sheet1!1:2",
 * "Sheet1" (every cell of the sheet); "A1:B2" without a sheet name "refers to all the cells in
 * the first two rows and columns of the first visible sheet"; "'A1' refers to a sheet with the
 * name A1" while A1 unquoted is the cell. A sheet name needs quotes only when it holds quotes
 * or starts a reference; the API also takes an unquoted name with spaces (its own quickstart
 * reads "Class Data!A2:E"). An end past the grid is clamped to it and a start past it is refused
 * [report: a mock measured against the API: "A1:AA5 on a 26-column sheet returns A1:Z5"]; named
 * ranges and R1C1 notation are not emulated (Unable to parse range).
 */
export function resolveRange(spreadsheet: SpreadsheetView, text: string): Bounds {
  const unparsable = new SheetsApiFailure(400, SHEETS_API_ERRORS.unparsableRange(text));
  const trimmed = text.trim();
  let sheetName: string | null;
  let ref: string | null;
  const quoted = /^'((?:[^']|'')+)'(!(.*))?$/s.exec(trimmed);
  if (quoted) {
    sheetName = quoted[1].replace(/''/g, "'");
    ref = quoted[2] === undefined ? null : quoted[3];
  } else if (trimmed.includes('!')) {
    const bang = trimmed.lastIndexOf('!');
    sheetName = trimmed.slice(0, bang);
    ref = trimmed.slice(bang + 1);
  } else if (parseReference(trimmed)) {
    sheetName = null;
    ref = trimmed;
  } else {
    sheetName = trimmed;
    ref = null;
  }
  const sheet =
    sheetName === null
      ? spreadsheet.sheets.find((s) => !s.hidden)
      : spreadsheet.sheets.find((s) => s.name === sheetName);
  if (!sheet || ref === '') throw unparsable;
  if (ref === null) {
    return { sheet, row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  }
  const corners = parseReference(ref);
  if (!corners) throw unparsable;
  const [firstRow, lastRow] = span(corners.start.row, corners.end.row, sheet.maxRows);
  const [firstColumn, lastColumn] = span(
    corners.start.column,
    corners.end.column,
    sheet.maxColumns,
  );
  if (firstRow > sheet.maxRows || firstColumn > sheet.maxColumns) {
    throw new SheetsApiFailure(
      400,
      SHEETS_API_ERRORS.exceedsGrid(
        `${quoteSheetName(sheet.name)}!${ref.trim().toUpperCase()}`,
        sheet.maxRows,
        sheet.maxColumns,
      ),
    );
  }
  return {
    sheet,
    row: firstRow,
    column: firstColumn,
    numRows: Math.min(lastRow, sheet.maxRows) - firstRow + 1,
    numColumns: Math.min(lastColumn, sheet.maxColumns) - firstColumn + 1,
  };
}

/**
 * One cell as the options render it (ValueRenderOption, DateTimeRenderOption):
 * - FORMATTED_VALUE: "Values will be calculated & formatted in the response according to the
 *   cell's formatting", i.e. what Range.getDisplayValues() shows; dateTimeRenderOption "is
 *   ignored if valueRenderOption is FORMATTED_VALUE".
 * - UNFORMATTED_VALUE: "Values will be calculated, but not formatted": numbers, booleans and
 *   strings as they are; dates and times as SERIAL_NUMBER ("the days since December 30th 1899
 *   … the time as a fraction of the day", on the wall clock of the spreadsheet's time zone) or
 *   FORMATTED_STRING ("as strings in their given number format").
 * - FORMULA: "The reply will include the formulas"; a cell without one renders as unformatted.
 * The emulator calculates no formula: a formula cell's value is what was stored (values.ts).
 */
function renderCell(
  cell: Cell | undefined,
  options: RenderOptions,
  view: SpreadsheetView,
): unknown {
  if (!cell) return '';
  if (options.valueRenderOption === 'FORMULA' && cell.formula !== '') return cell.formula;
  const value = cell.value;
  if (value === '') return '';
  if (options.valueRenderOption === 'FORMATTED_VALUE') {
    return displayValue(cell, view.locale, view.timeZone);
  }
  const isDateTime =
    value instanceof Date || (typeof value === 'number' && isDatePattern(cell.numberFormat));
  if (isDateTime && options.dateTimeRenderOption === 'FORMATTED_STRING') {
    return displayValue(cell, view.locale, view.timeZone);
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : toSerial(value, view.timeZone);
  }
  return value;
}

/** Drops the trailing empty cells of a line ("empty trailing rows and columns will not be included"). */
function trimLine(line: unknown[]): unknown[] {
  let length = line.length;
  while (length > 0 && line[length - 1] === '') length--;
  line.length = length;
  return line;
}

function trimLines(lines: unknown[][]): unknown[][] {
  let length = lines.length;
  while (length > 0 && lines[length - 1].length === 0) length--;
  lines.length = length;
  return lines;
}

/**
 * The ValueRange of one requested range: `range` is the whole range resolved against the grid
 * ("this range indicates the entire requested range, even though the values will exclude trailing
 * rows and columns"), the sheet name quoted when needed; `values` holds the rows (or columns, with
 * majorDimension COLUMNS), each without its trailing empty cells, without the trailing empty
 * rows, and is left out when nothing remains (an empty line before a filled one is []).
 */
export function readValueRange(
  spreadsheet: SpreadsheetView,
  text: string,
  options: RenderOptions,
): ValueRange {
  const { sheet, row, column, numRows, numColumns } = resolveRange(spreadsheet, text);
  const lastRow = Math.min(row + numRows - 1, sheet.grid.length);
  let lines: unknown[][] = [];
  for (let r = row; r <= lastRow; r++) {
    const cells = sheet.grid[r - 1];
    const end = Math.min(column + numColumns - 1, cells?.length ?? 0);
    const line: unknown[] = [];
    for (let c = column; c <= end; c++) line.push(renderCell(cells?.[c - 1], options, spreadsheet));
    lines.push(trimLine(line));
  }
  trimLines(lines);
  if (options.majorDimension === 'COLUMNS') {
    const width = lines.reduce((w, line) => Math.max(w, line.length), 0);
    const columns: unknown[][] = [];
    for (let c = 0; c < width; c++) {
      columns.push(trimLine(lines.map((line) => (c < line.length ? line[c] : ''))));
    }
    lines = trimLines(columns);
  }
  const range = `${quoteSheetName(sheet.name)}!${formatA1(row, column, numRows, numColumns)}`;
  const valueRange: ValueRange = { range, majorDimension: options.majorDimension };
  if (lines.length > 0) valueRange.values = lines;
  return valueRange;
}

/** How many cells a ValueRange carries (each costs PER_CELL_MS). */
export function cellCount(valueRange: ValueRange): number {
  return (valueRange.values ?? []).reduce((n, line) => n + line.length, 0);
}

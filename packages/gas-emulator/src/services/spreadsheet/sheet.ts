/**
 * Sheet (developers.google.com/apps-script/reference/spreadsheet/sheet): one tab. Holds only
 * ids; the data lives in the SheetModel.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { CostKind } from '../../core/latency';
import type { ConditionalFormatRuleModel } from './featuresModel';
import { movedIndex, type SheetModel, type SpreadsheetModel } from './model';
import { parseA1Ref, splitSheetName, RANGE_NOT_FOUND } from './a1';
import { MESSAGES, assertRangeWithinSheet, normaliseColor, requireSheet } from './internals';
import { readCellValue, writeCellValue, assertCellLength } from './values';
import { makeRange, makeRangeWithShape } from './range';
import { makeSpreadsheet } from './spreadsheet';
import { assertCanEdit, getProtections, protectSheet } from './protection';
import { createTextFinder } from './textFinder';
import { conditionalFormatRuleFacade } from './conditionalFormat';
import { chartsOf, insertChart, newChartBuilder, removeChart, updateChart } from './charts';
import { PROTECTION_MESSAGES } from './protection';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

/**
 * The stored rule behind a ConditionalFormatRule facade (conditionalFormat.ts keeps it in a
 * `model` field and finds a rule's sheet by identity, so the object itself is stored).
 */
function conditionalRuleModelOf(
  rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
): ConditionalFormatRuleModel {
  const held = (rule as unknown as { model?: ConditionalFormatRuleModel }).model;
  if (held && Array.isArray(held.ranges)) return held;
  throw new Error(
    "The parameters (number[]) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
  );
}

/** Resolves A1 notation against a sheet; a named sheet must exist in the same spreadsheet. */
export function rangeFromA1(
  ws: Workspace,
  spreadsheet: SpreadsheetModel,
  defaultSheet: SheetModel,
  notation: string,
): GRange {
  if (typeof notation !== 'string') throw new Error(RANGE_NOT_FOUND);
  const { sheetName, ref } = splitSheetName(notation);
  const sheet = sheetName === null ? defaultSheet : spreadsheet.sheetByName(sheetName);
  if (!sheet) throw new Error(RANGE_NOT_FOUND);
  const bounds = parseA1Ref(ref, sheet.maxRows, sheet.maxColumns);
  if (
    bounds.row + bounds.numRows - 1 > sheet.maxRows ||
    bounds.column + bounds.numColumns - 1 > sheet.maxColumns
  ) {
    // References past the grid do not resolve in Sheets either.
    throw new Error(RANGE_NOT_FOUND);
  }
  return makeRangeWithShape(
    ws,
    spreadsheet.id,
    sheet.sheetId,
    bounds.row,
    bounds.column,
    bounds.numRows,
    bounds.numColumns,
    { wholeColumns: bounds.wholeColumns, wholeRows: bounds.wholeRows },
  );
}

/** A row or column operation on a sheet: what Sheet's methods and a person in the editor do. */
export type StructuralChange =
  | { kind: 'insert'; dimension: Dimension; at: number; count: number }
  | { kind: 'delete'; dimension: Dimension; at: number; count: number }
  | { kind: 'move'; dimension: Dimension; at: number; count: number; destination: number };

export type Dimension = 'row' | 'column';

interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Apps Script's wording for a move, where MESSAGES has none (assumed wording, marked). */
export const MOVE_MESSAGES = {
  /** Assumed wording: the Sheets API refuses a destination inside the block that moves. */
  destinationInside: (dimension: Dimension) =>
    `Invalid argument: destinationIndex (it falls inside the ${dimension}s being moved)`,
  /** Assumed wording: the spec range must be on the sheet whose method is called. */
  otherSheet: (spec: string) => `Invalid argument: ${spec} (the range is on another sheet)`,
} as const;

/**
 * Checks a change's arguments as Sheets does and returns the block of cells it rewrites (what
 * must be editable by whoever makes it): the whole sheet for an insertion, the removed rows or
 * columns for a deletion, the moved ones and those they pass for a move.
 */
export function checkStructuralChange(sheet: SheetModel, change: StructuralChange): Block {
  const rows = change.dimension === 'row';
  const max = rows ? sheet.maxRows : sheet.maxColumns;
  const frozen = rows ? sheet.frozenRows : sheet.frozenColumns;
  const outOfBounds = rows ? MESSAGES.rowsOutOfBounds : MESSAGES.columnsOutOfBounds;
  const span = (first: number, count: number): Block =>
    rows
      ? { row: first, column: 1, numRows: count, numColumns: sheet.maxColumns }
      : { row: 1, column: first, numRows: sheet.maxRows, numColumns: count };
  const { at, count } = change;
  switch (change.kind) {
    case 'insert':
      if (at < 1 || at > max + 1) throw new Error(outOfBounds);
      if (count < 1) throw new Error(MESSAGES.invalidArgument('howMany'));
      return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
    case 'delete':
      if (at < 1 || count < 1 || at + count - 1 > max) throw new Error(outOfBounds);
      if (count >= max - frozen && at > frozen) {
        throw new Error(rows ? MESSAGES.deleteAllRows : MESSAGES.deleteAllColumns);
      }
      if (count >= max) throw new Error(rows ? MESSAGES.deleteAllRows : MESSAGES.deleteAllColumns);
      return span(at, count);
    case 'move': {
      const destination = change.destination;
      if (!Number.isInteger(destination)) {
        throw new Error(MESSAGES.invalidArgument('destinationIndex'));
      }
      if (destination < 1 || destination > max + 1) throw new Error(outOfBounds);
      if (destination > at && destination < at + count) {
        throw new Error(MOVE_MESSAGES.destinationInside(change.dimension));
      }
      const first = Math.min(at, destination);
      const last = Math.max(at + count - 1, destination - 1);
      return span(first, last - first + 1);
    }
  }
}

/** Makes a checked change: the grid, per-cell data, sizes and this sheet's protected ranges. */
export function applyStructuralChange(
  spreadsheet: SpreadsheetModel,
  sheet: SheetModel,
  change: StructuralChange,
): void {
  const rows = change.dimension === 'row';
  const { at, count } = change;
  if (change.kind === 'insert') {
    if (rows) sheet.insertRows(at, count);
    else sheet.insertColumns(at, count);
    shiftProtections(spreadsheet, sheet.sheetId, change.dimension, at, count);
  } else if (change.kind === 'delete') {
    if (rows) sheet.deleteRows(at, count);
    else sheet.deleteColumns(at, count);
    shiftProtections(spreadsheet, sheet.sheetId, change.dimension, at, -count);
  } else {
    if (rows) sheet.moveRows(at, count, change.destination);
    else sheet.moveColumns(at, count, change.destination);
    const to = (i: number) => movedIndex(i, at, count, change.destination);
    for (const p of rangeProtectionsOf(spreadsheet, sheet.sheetId)) {
      // A protected range follows its cells; one split by the move covers the span they reach.
      const key = change.dimension;
      const countKey = rows ? 'numRows' : 'numColumns';
      const moved = Array.from({ length: p[countKey] }, (_, i) => to(p[key] + i));
      p[key] = Math.min(...moved);
      p[countKey] = Math.max(...moved) - p[key] + 1;
    }
  }
}

function rangeProtectionsOf(spreadsheet: SpreadsheetModel, sheetId: number) {
  return spreadsheet.protections.filter((p) => p.sheetId === sheetId && p.type === 'RANGE');
}

/** Moves protected ranges of a sheet when rows or columns are inserted or deleted. */
function shiftProtections(
  spreadsheet: SpreadsheetModel,
  sheetId: number,
  dimension: Dimension,
  at: number,
  delta: number,
): void {
  const countKey = dimension === 'row' ? 'numRows' : 'numColumns';
  for (const p of rangeProtectionsOf(spreadsheet, sheetId)) {
    const start = p[dimension];
    const end = start + p[countKey] - 1;
    if (delta > 0) {
      if (start >= at) p[dimension] = start + delta;
      else if (end >= at) p[countKey] += delta;
    } else {
      const removedEnd = at - delta - 1;
      const keptBefore = Math.max(0, Math.min(end, at - 1) - start + 1);
      const keptAfter = Math.max(0, end - Math.max(start, removedEnd + 1) + 1);
      p[countKey] = Math.max(1, keptBefore + keptAfter);
      p[dimension] = start < at ? start : Math.max(at, start + delta);
    }
  }
}

export class FakeSheet {
  constructor(
    private readonly ws: Workspace,
    private readonly spreadsheetId: string,
    private readonly sheetId: number,
    /** 'Spreadsheet' when Spreadsheet's shortcuts (appendRow, getLastRow…) act on its active sheet. */
    private readonly chargeAs: 'Sheet' | 'Spreadsheet' = 'Sheet',
  ) {}

  private charge(method: string, kind: CostKind, cells = 0): void {
    this.ws.charge('SpreadsheetApp', `${this.chargeAs}.${method}`, kind, cells);
  }

  private models(): { spreadsheet: SpreadsheetModel; sheet: SheetModel } {
    return requireSheet(this.ws, this.spreadsheetId, this.sheetId);
  }

  private self(): GSheet {
    return this as unknown as GSheet;
  }

  private assertEditable(row: number, column: number, numRows: number, numColumns: number): void {
    assertCanEdit(this.ws, this.spreadsheetId, this.sheetId, row, column, numRows, numColumns);
  }

  private assertSheetEditable(): void {
    const { sheet } = this.models();
    this.assertEditable(1, 1, sheet.maxRows, sheet.maxColumns);
  }

  // ---- identity ------------------------------------------------------------------------------

  getName(): string {
    this.charge('getName', 'local');
    return this.models().sheet.name;
  }

  getSheetName(): string {
    this.charge('getSheetName', 'local');
    return this.models().sheet.name;
  }

  setName(name: string): GSheet {
    this.charge('setName', 'write');
    const { spreadsheet, sheet } = this.models();
    const newName = String(name);
    if (newName.trim() === '') throw new Error(MESSAGES.emptySheetName);
    const clash = spreadsheet.sheets.find(
      (s) => s !== sheet && s.name.toLowerCase() === newName.toLowerCase(),
    );
    if (clash) throw new Error(MESSAGES.sheetNameExists(newName));
    sheet.name = newName;
    return this.self();
  }

  getSheetId(): number {
    this.charge('getSheetId', 'local');
    return this.models().sheet.sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    this.charge('getIndex', 'local');
    const { spreadsheet, sheet } = this.models();
    return spreadsheet.sheets.indexOf(sheet) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.charge('getParent', 'local');
    return makeSpreadsheet(this.ws, this.spreadsheetId);
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    this.charge('getType', 'local');
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }

  activate(): GSheet {
    this.charge('activate', 'local');
    const { spreadsheet, sheet } = this.models();
    spreadsheet.activeSheetId = sheet.sheetId;
    spreadsheet.activeRange = { row: 1, column: 1, numRows: 1, numColumns: 1 };
    spreadsheet.currentCell = { row: 1, column: 1 };
    if (sheet.hidden) sheet.hidden = false;
    return this.self();
  }

  // ---- ranges --------------------------------------------------------------------------------

  getRange(
    rowOrA1: number | string,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): GRange {
    this.charge('getRange', 'local');
    const { spreadsheet, sheet } = this.models();
    if (typeof rowOrA1 === 'string') return rangeFromA1(this.ws, spreadsheet, sheet, rowOrA1);
    const row = rowOrA1;
    const col = column as number;
    const rows = numRows ?? 1;
    const cols = numColumns ?? 1;
    assertRangeWithinSheet(sheet, row, col, rows, cols);
    return makeRange(this.ws, this.spreadsheetId, this.sheetId, row, col, rows, cols);
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.charge('getRangeList', 'local');
    const { spreadsheet, sheet } = this.models();
    const ranges = a1Notations.map((n) => rangeFromA1(this.ws, spreadsheet, sheet, n));
    return { getRanges: () => ranges.slice() } as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }

  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): GRange {
    this.charge('getDataRange', 'read');
    const { sheet } = this.models();
    const rows = Math.max(1, sheet.lastRow());
    const cols = Math.max(1, sheet.lastColumn());
    return makeRange(this.ws, this.spreadsheetId, this.sheetId, 1, 1, rows, cols);
  }

  getLastRow(): number {
    this.charge('getLastRow', 'read');
    return this.models().sheet.lastRow();
  }

  getLastColumn(): number {
    this.charge('getLastColumn', 'read');
    return this.models().sheet.lastColumn();
  }

  getMaxRows(): number {
    this.charge('getMaxRows', 'local');
    return this.models().sheet.maxRows;
  }

  getMaxColumns(): number {
    this.charge('getMaxColumns', 'local');
    return this.models().sheet.maxColumns;
  }

  /**
   * Values of a rectangle; -1 for numRows or numColumns means "through the last row/column with
   * data" (sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns).
   */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    const { sheet } = this.models();
    const rows = numRows === -1 ? sheet.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? sheet.lastColumn() - startColumn + 1 : numColumns;
    this.charge('getSheetValues', 'read', Math.max(0, rows) * Math.max(0, cols));
    assertRangeWithinSheet(sheet, startRow, startColumn, rows, cols);
    const out: unknown[][] = new Array(rows);
    for (let i = 0; i < rows; i++) {
      const cells = sheet.grid[startRow + i - 1];
      const line: unknown[] = new Array(cols);
      for (let j = 0; j < cols; j++) line[j] = readCellValue(cells?.[startColumn + j - 1]);
      out[i] = line;
    }
    return out;
  }

  // ---- writing ---------------------------------------------------------------------------

  /**
   * Writes a row after the last row with content, adding a row to the sheet when it is full
   * (sheet#appendrowrowcontents). Strings are parsed like typed input.
   */
  appendRow(rowContents: unknown[]): GSheet {
    this.charge('appendRow', 'write', Array.isArray(rowContents) ? rowContents.length : 0);
    if (!Array.isArray(rowContents)) {
      throw new Error(
        'The parameters (' +
          typeof rowContents +
          ") don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const { spreadsheet, sheet } = this.models();
    const row = sheet.lastRow() + 1;
    const width = Math.max(1, rowContents.length);
    this.assertEditable(row, 1, 1, width);
    for (const value of rowContents) if (typeof value === 'string') assertCellLength(value);
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (rowContents.length > sheet.maxColumns) sheet.maxColumns = rowContents.length;
    rowContents.forEach((value, j) => {
      writeCellValue(
        sheet.cellForWrite(row, j + 1),
        value,
        spreadsheet.locale,
        spreadsheet.timeZone,
      );
    });
    return this.self();
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    this.charge('clear', 'write');
    this.assertSheetEditable();
    const { sheet } = this.models();
    const both = !options || (!options.formatOnly && !options.contentsOnly);
    if (both || options?.contentsOnly) this.clearContentOf(sheet);
    if (both || options?.formatOnly) this.clearFormatsOf(sheet);
    return this.self();
  }

  clearContents(): GSheet {
    this.charge('clearContents', 'write');
    this.assertSheetEditable();
    this.clearContentOf(this.models().sheet);
    return this.self();
  }

  clearFormats(): GSheet {
    this.charge('clearFormats', 'write');
    this.assertSheetEditable();
    this.clearFormatsOf(this.models().sheet);
    return this.self();
  }

  clearNotes(): GSheet {
    this.charge('clearNotes', 'write');
    this.assertSheetEditable();
    this.models().sheet.notes.clear();
    return this.self();
  }

  private clearContentOf(sheet: SheetModel): void {
    for (const cells of sheet.grid) {
      if (!cells) continue;
      for (const cell of cells) {
        if (!cell) continue;
        cell.value = '';
        cell.formula = '';
      }
    }
  }

  private clearFormatsOf(sheet: SheetModel): void {
    for (const cells of sheet.grid) {
      if (!cells) continue;
      for (const cell of cells) if (cell) cell.numberFormat = '';
    }
    sheet.backgrounds.clear();
    sheet.bold.clear();
    sheet.fontColors.clear();
    sheet.horizontalAlignments.clear();
    sheet.wrapStrategies.clear();
  }

  // ---- rows and columns ------------------------------------------------------------------

  /** Checks a change, then refuses it if it touches cells the acting user may not edit. */
  private change(change: StructuralChange): void {
    const { spreadsheet, sheet } = this.models();
    const block = checkStructuralChange(sheet, change);
    this.assertEditable(block.row, block.column, block.numRows, block.numColumns);
    applyStructuralChange(spreadsheet, sheet, change);
  }

  private insertRowsAt(before: number, howMany: number): void {
    this.change({ kind: 'insert', dimension: 'row', at: before, count: howMany });
  }

  private insertColumnsAt(before: number, howMany: number): void {
    this.change({ kind: 'insert', dimension: 'column', at: before, count: howMany });
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.charge('insertRows', 'write');
    this.insertRowsAt(rowIndex, numRows);
  }

  insertRowAfter(afterPosition: number): GSheet {
    this.charge('insertRowAfter', 'write');
    this.insertRowsAt(afterPosition + 1, 1);
    return this.self();
  }

  insertRowBefore(beforePosition: number): GSheet {
    this.charge('insertRowBefore', 'write');
    this.insertRowsAt(beforePosition, 1);
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this.charge('insertRowsAfter', 'write');
    this.insertRowsAt(afterPosition + 1, howMany);
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this.charge('insertRowsBefore', 'write');
    this.insertRowsAt(beforePosition, howMany);
    return this.self();
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.charge('insertColumns', 'write');
    this.insertColumnsAt(columnIndex, numColumns);
  }

  insertColumnAfter(afterPosition: number): GSheet {
    this.charge('insertColumnAfter', 'write');
    this.insertColumnsAt(afterPosition + 1, 1);
    return this.self();
  }

  insertColumnBefore(beforePosition: number): GSheet {
    this.charge('insertColumnBefore', 'write');
    this.insertColumnsAt(beforePosition, 1);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this.charge('insertColumnsAfter', 'write');
    this.insertColumnsAt(afterPosition + 1, howMany);
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this.charge('insertColumnsBefore', 'write');
    this.insertColumnsAt(beforePosition, howMany);
    return this.self();
  }

  private deleteRowsAt(rowPosition: number, howMany: number): void {
    this.change({ kind: 'delete', dimension: 'row', at: rowPosition, count: howMany });
  }

  private deleteColumnsAt(columnPosition: number, howMany: number): void {
    this.change({ kind: 'delete', dimension: 'column', at: columnPosition, count: howMany });
  }

  deleteRow(rowPosition: number): GSheet {
    this.charge('deleteRow', 'write');
    this.deleteRowsAt(rowPosition, 1);
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.charge('deleteRows', 'write');
    this.deleteRowsAt(rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): GSheet {
    this.charge('deleteColumn', 'write');
    this.deleteColumnsAt(columnPosition, 1);
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.charge('deleteColumns', 'write');
    this.deleteColumnsAt(columnPosition, howMany);
  }

  /**
   * Moves the columns the range spans (its rows do not matter) before column `destinationIndex`,
   * an index counted before the move: columns A–B moved to 5 become C–D (reference:
   * Sheet.moveColumns). Everything a column holds goes with it (SheetModel.moveColumns).
   */
  moveColumns(columnSpec: GRange, destinationIndex: number): void {
    this.charge('moveColumns', 'write');
    const spec = this.specBounds(columnSpec, 'columnSpec');
    this.change({
      kind: 'move',
      dimension: 'column',
      at: spec.column,
      count: spec.numColumns,
      destination: Number(destinationIndex),
    });
  }

  /** Moves the rows the range spans before row `destinationIndex` (reference: Sheet.moveRows). */
  moveRows(rowSpec: GRange, destinationIndex: number): void {
    this.charge('moveRows', 'write');
    const spec = this.specBounds(rowSpec, 'rowSpec');
    this.change({
      kind: 'move',
      dimension: 'row',
      at: spec.row,
      count: spec.numRows,
      destination: Number(destinationIndex),
    });
  }

  /** Where a spec range lies (read without charging: the service reads its own object). */
  private specBounds(range: GRange, name: string): Block {
    if (!range || typeof (range as { getNumColumns?: unknown }).getNumColumns !== 'function') {
      throw new Error(MESSAGES.invalidArgument(name));
    }
    const bounds = this.ws.ledger.internal(() => ({
      sheetId: range.getSheet().getSheetId(),
      spreadsheetId: range.getSheet().getParent().getId(),
      row: range.getRow(),
      column: range.getColumn(),
      numRows: range.getNumRows(),
      numColumns: range.getNumColumns(),
    }));
    if (bounds.sheetId !== this.sheetId || bounds.spreadsheetId !== this.spreadsheetId) {
      throw new Error(MOVE_MESSAGES.otherSheet(name));
    }
    return bounds;
  }

  // ---- layout ----------------------------------------------------------------------------

  getFrozenRows(): number {
    this.charge('getFrozenRows', 'read');
    return this.models().sheet.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.charge('setFrozenRows', 'write');
    const { sheet } = this.models();
    if (rows < 0) throw new Error(MESSAGES.invalidArgument('rows'));
    if (rows >= sheet.maxRows) throw new Error(MESSAGES.frozenRowsTooMany);
    sheet.frozenRows = rows;
  }

  getFrozenColumns(): number {
    this.charge('getFrozenColumns', 'read');
    return this.models().sheet.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    this.charge('setFrozenColumns', 'write');
    const { sheet } = this.models();
    if (columns < 0) throw new Error(MESSAGES.invalidArgument('columns'));
    if (columns >= sheet.maxColumns) throw new Error(MESSAGES.frozenColumnsTooMany);
    sheet.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    this.charge('getColumnWidth', 'read');
    return this.models().sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.charge('setColumnWidth', 'write');
    const { sheet } = this.models();
    if (columnPosition < 1 || columnPosition > sheet.maxColumns) {
      throw new Error(MESSAGES.columnsOutOfBounds);
    }
    sheet.columnWidths.set(columnPosition, width);
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this.charge('setColumnWidths', 'write');
    const { sheet } = this.models();
    if (startColumn < 1 || startColumn + numColumns - 1 > sheet.maxColumns) {
      throw new Error(MESSAGES.columnsOutOfBounds);
    }
    for (let c = startColumn; c < startColumn + numColumns; c++) sheet.columnWidths.set(c, width);
    return this.self();
  }

  getRowHeight(rowPosition: number): number {
    this.charge('getRowHeight', 'read');
    return this.models().sheet.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(rowPosition: number, height: number): GSheet {
    this.charge('setRowHeight', 'write');
    const { sheet } = this.models();
    if (rowPosition < 1 || rowPosition > sheet.maxRows) throw new Error(MESSAGES.rowsOutOfBounds);
    sheet.rowHeights.set(rowPosition, height);
    return this.self();
  }

  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    this.charge('setRowHeights', 'write');
    const { sheet } = this.models();
    if (startRow < 1 || startRow + numRows - 1 > sheet.maxRows)
      throw new Error(MESSAGES.rowsOutOfBounds);
    for (let r = startRow; r < startRow + numRows; r++) sheet.rowHeights.set(r, height);
    return this.self();
  }

  hideSheet(): GSheet {
    this.charge('hideSheet', 'write');
    const { spreadsheet, sheet } = this.models();
    const visible = spreadsheet.sheets.filter((s) => !s.hidden);
    if (!sheet.hidden && visible.length <= 1) throw new Error(MESSAGES.hideOnlySheet);
    sheet.hidden = true;
    return this.self();
  }

  showSheet(): GSheet {
    this.charge('showSheet', 'write');
    this.models().sheet.hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    this.charge('isSheetHidden', 'local');
    return this.models().sheet.hidden;
  }

  getTabColor(): string | null {
    this.charge('getTabColor', 'local');
    return this.models().sheet.tabColor;
  }

  setTabColor(color: string | null): GSheet {
    this.charge('setTabColor', 'write');
    this.models().sheet.tabColor = color === null || color === '' ? null : normaliseColor(color);
    return this.self();
  }

  // ---- selection -----------------------------------------------------------------------------

  getActiveRange(): GRange | null {
    this.charge('getActiveRange', 'local');
    const { spreadsheet } = this.models();
    const active = spreadsheet.activeRange;
    if (spreadsheet.activeSheetId !== this.sheetId || !active) {
      return makeRange(this.ws, this.spreadsheetId, this.sheetId, 1, 1, 1, 1);
    }
    return makeRange(
      this.ws,
      this.spreadsheetId,
      this.sheetId,
      active.row,
      active.column,
      active.numRows,
      active.numColumns,
    );
  }

  getActiveCell(): GRange {
    this.charge('getActiveCell', 'local');
    const { spreadsheet } = this.models();
    const cell = spreadsheet.activeSheetId === this.sheetId ? spreadsheet.currentCell : null;
    return makeRange(
      this.ws,
      this.spreadsheetId,
      this.sheetId,
      cell?.row ?? 1,
      cell?.column ?? 1,
      1,
      1,
    );
  }

  getCurrentCell(): GRange | null {
    this.charge('getCurrentCell', 'local');
    const { spreadsheet } = this.models();
    const cell = spreadsheet.activeSheetId === this.sheetId ? spreadsheet.currentCell : null;
    return makeRange(
      this.ws,
      this.spreadsheetId,
      this.sheetId,
      cell?.row ?? 1,
      cell?.column ?? 1,
      1,
      1,
    );
  }

  setActiveRange(range: GRange): GRange {
    this.charge('setActiveRange', 'local');
    return range.activate();
  }

  setActiveSelection(rangeOrA1: GRange | string): GRange {
    this.charge('setActiveSelection', 'local');
    const { spreadsheet, sheet } = this.models();
    const range =
      typeof rangeOrA1 === 'string'
        ? rangeFromA1(this.ws, spreadsheet, sheet, rangeOrA1)
        : rangeOrA1;
    return range.activate();
  }

  setCurrentCell(cell: GRange): GRange {
    this.charge('setCurrentCell', 'local');
    return cell.activateAsCurrentCell();
  }

  // ---- features implemented elsewhere --------------------------------------------------------

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.charge('protect', 'write');
    return protectSheet(this.ws, this.spreadsheetId, this.sheetId);
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.charge('getProtections', 'read');
    const name = String(type) === 'SHEET' ? 'SHEET' : 'RANGE';
    return getProtections(this.ws, this.spreadsheetId, this.sheetId, name);
  }

  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.charge('createTextFinder', 'local');
    return createTextFinder(this.ws, this.spreadsheetId, [this.sheetId], null, findText);
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.charge('getConditionalFormatRules', 'read');
    return this.models().sheet.conditionalFormatRules.map((model) =>
      conditionalFormatRuleFacade(this.ws, model),
    );
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.charge('setConditionalFormatRules', 'write', rules.length);
    this.models().sheet.conditionalFormatRules = rules.map(conditionalRuleModelOf);
  }

  clearConditionalFormatRules(): void {
    this.charge('clearConditionalFormatRules', 'write');
    this.models().sheet.conditionalFormatRules = [];
  }

  // ---- charts (charts.ts) ------------------------------------------------------------------

  /** sheet#newChart(): "Returns a builder to create a new chart for this sheet." */
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.charge('newChart', 'local');
    this.models();
    return newChartBuilder(this.ws, this.spreadsheetId, this.sheetId);
  }

  /** sheet#insertChart(chart): "Adds a new chart to this sheet." */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charge('insertChart', 'write');
    insertChart(this.ws, this.spreadsheetId, this.sheetId, chart);
  }

  /** sheet#getCharts(): "Returns an array of charts on this sheet." */
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.charge('getCharts', 'read');
    return chartsOf(this.ws, this.spreadsheetId, this.sheetId);
  }

  /** sheet#updateChart(chart): "Updates the chart on this sheet." */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charge('updateChart', 'write');
    updateChart(this.ws, this.spreadsheetId, this.sheetId, chart);
  }

  /** sheet#removeChart(chart): "Removes a chart from the parent sheet." */
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charge('removeChart', 'write');
    removeChart(this.ws, this.spreadsheetId, this.sheetId, chart);
  }

  // ---- forms ---------------------------------------------------------------------------------

  /**
   * sheet#getFormUrl(): "Returns the URL for the form that sends its responses to this sheet, or
   * null if this sheet has no associated form. Throws an exception if the user does not have
   * permission to edit the spreadsheet." (The message is assumed: Apps Script's usual one.)
   */
  getFormUrl(): string | null {
    this.charge('getFormUrl', 'read');
    const { spreadsheet } = this.models();
    const user = this.ws.current?.effectiveUser ?? this.ws.defaultUser;
    if (user && user !== spreadsheet.owner && !spreadsheet.editors.has(user)) {
      throw new Error(PROTECTION_MESSAGES.noPermission);
    }
    const form = this.ws.forms
      .all()
      .find(
        (f) =>
          f.destination?.spreadsheetId === this.spreadsheetId &&
          f.destination.sheetId === this.sheetId,
      );
    return form ? `https://docs.google.com/forms/d/${form.id}/viewform` : null;
  }

  /** Sorts the rows below the frozen rows by one column (sheet#sortcolumnposition,-ascending). */
  sort(columnPosition: number, ascending = true): GSheet {
    this.charge('sort', 'write');
    const { sheet } = this.models();
    const first = sheet.frozenRows + 1;
    const last = sheet.lastRow();
    if (last < first) return this.self();
    this.assertEditable(first, 1, last - first + 1, sheet.maxColumns);
    const rows = Array.from({ length: last - first + 1 }, (_, i) => sheet.grid[first - 1 + i]);
    const keyOf = (cells: (typeof rows)[number]) => readCellValue(cells?.[columnPosition - 1]);
    const sorted = rows
      .map((cells, index) => ({ cells, index, key: keyOf(cells) }))
      .sort((a, b) => compareSortKeys(a.key, b.key, ascending) || a.index - b.index);
    sorted.forEach((entry, i) => {
      sheet.grid[first - 1 + i] = entry.cells as never;
    });
    return this.self();
  }
}

/** Sheets' sort order: numbers and dates, then text, then booleans; blanks always last. */
function compareSortKeys(a: unknown, b: unknown, ascending: boolean): number {
  const blankA = a === '';
  const blankB = b === '';
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const rank = (v: unknown) =>
    typeof v === 'number' || v instanceof Date ? 0 : typeof v === 'string' ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  let result: number;
  if (ra !== rb) result = ra - rb;
  else if (ra === 0) result = Number(a) - Number(b);
  else if (ra === 1) result = String(a).localeCompare(String(b));
  else result = Number(a) - Number(b);
  return ascending ? result : -result;
}

assertGoogleShape<FakeSheet, GSheet>(true);

export function makeSheet(ws: Workspace, spreadsheetId: string, sheetId: number): GSheet {
  return new FakeSheet(ws, spreadsheetId, sheetId) as unknown as GSheet;
}

/** A Sheet whose calls are charged as Spreadsheet.* (Spreadsheet's active-sheet shortcuts). */
export function makeSheetForSpreadsheetShortcut(
  ws: Workspace,
  spreadsheetId: string,
  sheetId: number,
): GSheet {
  return new FakeSheet(ws, spreadsheetId, sheetId, 'Spreadsheet') as unknown as GSheet;
}

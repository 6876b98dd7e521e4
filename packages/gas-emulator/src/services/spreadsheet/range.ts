/**
 * Range (developers.google.com/apps-script/reference/spreadsheet/range): a rectangle of cells on
 * one sheet. Holds only ids and bounds; every call reads the data model, so a handle stays valid
 * while other code edits the sheet.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { CostKind } from '../../core/latency';
import type { Cell, SheetModel, SpreadsheetModel } from './model';
import { formatA1 } from './a1';
import { MESSAGES, cellKey, normaliseColor, requireSheet } from './internals';
import {
  AUTOMATIC_NUMBER_FORMAT,
  displayValue,
  readCellValue,
  writeCellValue,
  assertCellLength,
} from './values';
import { makeSheet } from './sheet';
import { assertCanEdit, protectRange } from './protection';
import { dataValidationFacade, dataValidationModelOf } from './validation';
import { createTextFinder } from './textFinder';

type GRange = GoogleAppsScript.Spreadsheet.Range;

/** 'A:C' and '2:5' ranges keep that shape in getA1Notation and the is*Bounded methods. */
export interface RangeShape {
  wholeColumns?: boolean;
  wholeRows?: boolean;
}

type ClearOptions = {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
};

const WRAP_STRATEGIES = ['WRAP', 'OVERFLOW', 'CLIP'] as const;

export class FakeRange {
  constructor(
    private readonly ws: Workspace,
    private readonly spreadsheetId: string,
    private readonly sheetId: number,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
    private readonly shape: RangeShape = {},
  ) {}

  private charge(method: string, kind: CostKind, cells = 0): void {
    this.ws.charge('SpreadsheetApp', `Range.${method}`, kind, cells);
  }

  private get cellCount(): number {
    return this.numRows * this.numColumns;
  }

  private models(): { spreadsheet: SpreadsheetModel; sheet: SheetModel } {
    return requireSheet(this.ws, this.spreadsheetId, this.sheetId);
  }

  private assertEditable(): void {
    assertCanEdit(
      this.ws,
      this.spreadsheetId,
      this.sheetId,
      this.row,
      this.column,
      this.numRows,
      this.numColumns,
    );
  }

  /** Calls `fn` for every cell position, row by row. */
  private forEachPosition(fn: (row: number, column: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) fn(this.row + i, this.column + j, i, j);
    }
  }

  /** A grid of per-cell results, built row by row without re-looking-up the model. */
  private grid<T>(fn: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    const { sheet } = this.models();
    const out: T[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const cells = sheet.grid[this.row + i - 1];
      const line: T[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) {
        line[j] = fn(cells?.[this.column + j - 1], this.row + i, this.column + j);
      }
      out[i] = line;
    }
    return out;
  }

  private assertDimensions(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data)) {
      throw new Error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.numRows) {
      throw new Error(MESSAGES.rowsMismatch(data.length, this.numRows));
    }
    for (const line of data) {
      const length = Array.isArray(line) ? line.length : 0;
      if (length !== this.numColumns) {
        throw new Error(MESSAGES.columnsMismatch(length, this.numColumns));
      }
    }
  }

  private cellRange(row: number, column: number, numRows = 1, numColumns = 1): GRange {
    return makeRange(this.ws, this.spreadsheetId, this.sheetId, row, column, numRows, numColumns);
  }

  // ---- identity and geometry -------------------------------------------------------------

  getA1Notation(): string {
    this.charge('getA1Notation', 'local');
    return formatA1(this.row, this.column, this.numRows, this.numColumns, this.shape);
  }

  getRow(): number {
    this.charge('getRow', 'local');
    return this.row;
  }

  getRowIndex(): number {
    this.charge('getRowIndex', 'local');
    return this.row;
  }

  getColumn(): number {
    this.charge('getColumn', 'local');
    return this.column;
  }

  getLastRow(): number {
    this.charge('getLastRow', 'local');
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    this.charge('getLastColumn', 'local');
    return this.column + this.numColumns - 1;
  }

  getNumRows(): number {
    this.charge('getNumRows', 'local');
    return this.numRows;
  }

  getNumColumns(): number {
    this.charge('getNumColumns', 'local');
    return this.numColumns;
  }

  getHeight(): number {
    this.charge('getHeight', 'local');
    return this.numRows;
  }

  getWidth(): number {
    this.charge('getWidth', 'local');
    return this.numColumns;
  }

  getGridId(): number {
    this.charge('getGridId', 'local');
    return this.sheetId;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.charge('getSheet', 'local');
    this.models();
    return makeSheet(this.ws, this.spreadsheetId, this.sheetId);
  }

  isStartRowBounded(): boolean {
    this.charge('isStartRowBounded', 'local');
    return !this.shape.wholeColumns;
  }

  isEndRowBounded(): boolean {
    this.charge('isEndRowBounded', 'local');
    return !this.shape.wholeColumns;
  }

  isStartColumnBounded(): boolean {
    this.charge('isStartColumnBounded', 'local');
    return !this.shape.wholeRows;
  }

  isEndColumnBounded(): boolean {
    this.charge('isEndColumnBounded', 'local');
    return !this.shape.wholeRows;
  }

  /** getCell(row, column) is relative to this range and must stay inside it. */
  getCell(row: number, column: number): GRange {
    this.charge('getCell', 'local');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw new Error(MESSAGES.cellOutOfRange);
    }
    return this.cellRange(this.row + row - 1, this.column + column - 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    this.charge('offset', 'local');
    const { sheet } = this.models();
    const row = this.row + rowOffset;
    const column = this.column + columnOffset;
    const rows = numRows ?? this.numRows;
    const columns = numColumns ?? this.numColumns;
    if (row < 1) throw new Error(MESSAGES.startRowTooSmall);
    if (column < 1) throw new Error(MESSAGES.startColumnTooSmall);
    if (rows < 1) throw new Error(MESSAGES.numRowsTooSmall);
    if (columns < 1) throw new Error(MESSAGES.numColumnsTooSmall);
    if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) {
      throw new Error(MESSAGES.outsideSheet);
    }
    return this.cellRange(row, column, rows, columns);
  }

  activate(): GRange {
    this.charge('activate', 'local');
    const { spreadsheet } = this.models();
    spreadsheet.activeSheetId = this.sheetId;
    spreadsheet.activeRange = {
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
    spreadsheet.currentCell = { row: this.row, column: this.column };
    return this as unknown as GRange;
  }

  activateAsCurrentCell(): GRange {
    this.charge('activateAsCurrentCell', 'local');
    const { spreadsheet } = this.models();
    spreadsheet.activeSheetId = this.sheetId;
    spreadsheet.activeRange = { row: this.row, column: this.column, numRows: 1, numColumns: 1 };
    spreadsheet.currentCell = { row: this.row, column: this.column };
    return this as unknown as GRange;
  }

  canEdit(): boolean {
    this.charge('canEdit', 'read');
    try {
      this.assertEditable();
      return true;
    } catch {
      return false;
    }
  }

  // ---- values ----------------------------------------------------------------------------

  getValue(): unknown {
    this.charge('getValue', 'read', 1);
    return readCellValue(this.models().sheet.cell(this.row, this.column));
  }

  getValues(): unknown[][] {
    this.charge('getValues', 'read', this.cellCount);
    return this.grid((cell) => readCellValue(cell));
  }

  getDisplayValue(): string {
    this.charge('getDisplayValue', 'read', 1);
    const { spreadsheet, sheet } = this.models();
    return displayValue(
      sheet.cell(this.row, this.column),
      spreadsheet.locale,
      spreadsheet.timeZone,
    );
  }

  getDisplayValues(): string[][] {
    this.charge('getDisplayValues', 'read', this.cellCount);
    const { spreadsheet } = this.models();
    return this.grid((cell) => displayValue(cell, spreadsheet.locale, spreadsheet.timeZone));
  }

  /** Sets every cell of the range to the value (a string starting with '=' is a formula). */
  setValue(value: unknown): GRange {
    this.charge('setValue', 'write', this.cellCount);
    this.assertEditable();
    if (typeof value === 'string') assertCellLength(value);
    const { spreadsheet, sheet } = this.models();
    this.forEachPosition((row, column) => {
      writeCellValue(
        sheet.cellForWrite(row, column),
        value,
        spreadsheet.locale,
        spreadsheet.timeZone,
      );
    });
    return this as unknown as GRange;
  }

  setValues(values: unknown[][]): GRange {
    this.charge('setValues', 'write', this.cellCount);
    this.assertDimensions(values, 'setValues');
    this.assertEditable();
    // Validate every string first: Sheets rejects the whole write, not a part of it.
    for (const line of values) {
      for (const value of line) if (typeof value === 'string') assertCellLength(value);
    }
    const { spreadsheet, sheet } = this.models();
    const { locale, timeZone } = spreadsheet;
    this.forEachPosition((row, column, i, j) => {
      writeCellValue(sheet.cellForWrite(row, column), values[i][j], locale, timeZone);
    });
    return this as unknown as GRange;
  }

  isBlank(): boolean {
    this.charge('isBlank', 'read', this.cellCount);
    const { sheet } = this.models();
    for (let i = 0; i < this.numRows; i++) {
      const cells = sheet.grid[this.row + i - 1];
      if (!cells) continue;
      for (let j = 0; j < this.numColumns; j++) {
        if (!sheet.isEmpty(cells[this.column + j - 1])) return false;
      }
    }
    return true;
  }

  // ---- formulas --------------------------------------------------------------------------

  getFormula(): string {
    this.charge('getFormula', 'read', 1);
    return this.models().sheet.cell(this.row, this.column)?.formula ?? '';
  }

  getFormulas(): string[][] {
    this.charge('getFormulas', 'read', this.cellCount);
    return this.grid((cell) => cell?.formula ?? '');
  }

  /** Writes a formula to every cell; the emulator stores it and does not calculate it. */
  setFormula(formula: string): GRange {
    this.charge('setFormula', 'write', this.cellCount);
    this.assertEditable();
    assertCellLength(formula);
    const { sheet } = this.models();
    this.forEachPosition((row, column) => writeFormula(sheet.cellForWrite(row, column), formula));
    return this as unknown as GRange;
  }

  setFormulas(formulas: string[][]): GRange {
    this.charge('setFormulas', 'write', this.cellCount);
    this.assertDimensions(formulas, 'setFormulas');
    this.assertEditable();
    for (const line of formulas) for (const f of line) assertCellLength(String(f ?? ''));
    const { sheet } = this.models();
    this.forEachPosition((row, column, i, j) =>
      writeFormula(sheet.cellForWrite(row, column), formulas[i][j]),
    );
    return this as unknown as GRange;
  }

  // ---- number formats --------------------------------------------------------------------

  getNumberFormat(): string {
    this.charge('getNumberFormat', 'read', 1);
    const format = this.models().sheet.cell(this.row, this.column)?.numberFormat ?? '';
    return format || AUTOMATIC_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    this.charge('getNumberFormats', 'read', this.cellCount);
    return this.grid((cell) => cell?.numberFormat || AUTOMATIC_NUMBER_FORMAT);
  }

  setNumberFormat(numberFormat: string): GRange {
    this.charge('setNumberFormat', 'write', this.cellCount);
    this.assertEditable();
    const { sheet } = this.models();
    const format = numberFormat === AUTOMATIC_NUMBER_FORMAT ? '' : String(numberFormat ?? '');
    this.forEachPosition((row, column) => {
      sheet.cellForWrite(row, column).numberFormat = format;
    });
    return this as unknown as GRange;
  }

  setNumberFormats(numberFormats: string[][]): GRange {
    this.charge('setNumberFormats', 'write', this.cellCount);
    this.assertDimensions(numberFormats, 'setNumberFormats');
    this.assertEditable();
    const { sheet } = this.models();
    this.forEachPosition((row, column, i, j) => {
      const format = String(numberFormats[i][j] ?? '');
      sheet.cellForWrite(row, column).numberFormat =
        format === AUTOMATIC_NUMBER_FORMAT ? '' : format;
    });
    return this as unknown as GRange;
  }

  // ---- cell formatting kept in per-cell maps -----------------------------------------------

  /** The top-left cell's entry of a per-cell format map, or the sheet default. */
  private keyed(map: Map<string, string>, fallback: string): string {
    return map.get(cellKey(this.row, this.column)) ?? fallback;
  }

  /** Every cell's entry of a per-cell format map, or the sheet default. */
  private keyedGrid(map: Map<string, string>, fallback: string): string[][] {
    return this.grid((_, r, c) => map.get(cellKey(r, c)) ?? fallback);
  }

  private setKeyed(map: Map<string, string>, value: string | null, fallback: string | null): void {
    this.forEachPosition((row, column) => {
      const key = cellKey(row, column);
      if (value === null || value === fallback) map.delete(key);
      else map.set(key, value);
    });
  }

  private setKeyedGrid(
    map: Map<string, string>,
    values: Array<Array<string | null>>,
    normalise: (v: string) => string,
    fallback: string | null,
  ): void {
    this.forEachPosition((row, column, i, j) => {
      const key = cellKey(row, column);
      const value = values[i][j];
      if (value === null || value === undefined || normalise(value) === fallback) map.delete(key);
      else map.set(key, normalise(value));
    });
  }

  getBackground(): string {
    this.charge('getBackground', 'read', 1);
    return this.keyed(this.models().sheet.backgrounds, '#ffffff');
  }

  getBackgrounds(): string[][] {
    this.charge('getBackgrounds', 'read', this.cellCount);
    return this.keyedGrid(this.models().sheet.backgrounds, '#ffffff');
  }

  setBackground(color: string | null): GRange {
    this.charge('setBackground', 'write', this.cellCount);
    this.assertEditable();
    const value = color === null || color === '' ? null : normaliseColor(color);
    this.setKeyed(this.models().sheet.backgrounds, value, '#ffffff');
    return this as unknown as GRange;
  }

  setBackgrounds(color: Array<Array<string | null>>): GRange {
    this.charge('setBackgrounds', 'write', this.cellCount);
    this.assertDimensions(color, 'setBackgrounds');
    this.assertEditable();
    this.setKeyedGrid(this.models().sheet.backgrounds, color, normaliseColor, '#ffffff');
    return this as unknown as GRange;
  }

  setBackgroundRGB(red: number, green: number, blue: number): GRange {
    this.charge('setBackgroundRGB', 'write', this.cellCount);
    this.assertEditable();
    const hex = [red, green, blue].map((n) =>
      Math.max(0, Math.min(255, n)).toString(16).padStart(2, '0'),
    );
    this.setKeyed(this.models().sheet.backgrounds, `#${hex.join('')}`, '#ffffff');
    return this as unknown as GRange;
  }

  setFontColor(color: string | null): GRange {
    this.charge('setFontColor', 'write', this.cellCount);
    this.assertEditable();
    const value = color === null || color === '' ? null : normaliseColor(color);
    this.setKeyed(this.models().sheet.fontColors, value, '#000000');
    return this as unknown as GRange;
  }

  setFontColors(colors: unknown[][]): GRange {
    this.charge('setFontColors', 'write', this.cellCount);
    this.assertDimensions(colors, 'setFontColors');
    this.assertEditable();
    const strings = colors.map((line) => line.map((c) => (c === null ? null : String(c))));
    this.setKeyedGrid(this.models().sheet.fontColors, strings, normaliseColor, '#000000');
    return this as unknown as GRange;
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    this.charge('getFontWeight', 'read', 1);
    return this.models().sheet.bold.has(cellKey(this.row, this.column)) ? 'bold' : 'normal';
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    this.charge('getFontWeights', 'read', this.cellCount);
    const { sheet } = this.models();
    return this.grid((_, r, c) => (sheet.bold.has(cellKey(r, c)) ? 'bold' : 'normal'));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    this.charge('setFontWeight', 'write', this.cellCount);
    this.assertEditable();
    const { sheet } = this.models();
    this.forEachPosition((row, column) => {
      if (fontWeight === 'bold') sheet.bold.add(cellKey(row, column));
      else sheet.bold.delete(cellKey(row, column));
    });
    return this as unknown as GRange;
  }

  setFontWeights(
    fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>,
  ): GRange {
    this.charge('setFontWeights', 'write', this.cellCount);
    this.assertDimensions(fontWeights, 'setFontWeights');
    this.assertEditable();
    const { sheet } = this.models();
    this.forEachPosition((row, column, i, j) => {
      if (fontWeights[i][j] === 'bold') sheet.bold.add(cellKey(row, column));
      else sheet.bold.delete(cellKey(row, column));
    });
    return this as unknown as GRange;
  }

  getHorizontalAlignment(): string {
    this.charge('getHorizontalAlignment', 'read', 1);
    return this.keyed(this.models().sheet.horizontalAlignments, 'general');
  }

  getHorizontalAlignments(): string[][] {
    this.charge('getHorizontalAlignments', 'read', this.cellCount);
    return this.keyedGrid(this.models().sheet.horizontalAlignments, 'general');
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    this.charge('setHorizontalAlignment', 'write', this.cellCount);
    this.assertEditable();
    const value = alignment === null || alignment === 'normal' ? null : alignment;
    this.setKeyed(this.models().sheet.horizontalAlignments, value, null);
    return this as unknown as GRange;
  }

  getWrap(): boolean {
    this.charge('getWrap', 'read', 1);
    return this.models().sheet.wrapStrategies.get(cellKey(this.row, this.column)) === 'WRAP';
  }

  getWraps(): boolean[][] {
    this.charge('getWraps', 'read', this.cellCount);
    const { sheet } = this.models();
    return this.grid((_, r, c) => sheet.wrapStrategies.get(cellKey(r, c)) === 'WRAP');
  }

  setWrap(isWrapEnabled: boolean): GRange {
    this.charge('setWrap', 'write', this.cellCount);
    this.assertEditable();
    this.setKeyed(this.models().sheet.wrapStrategies, isWrapEnabled ? 'WRAP' : null, 'OVERFLOW');
    return this as unknown as GRange;
  }

  setWraps(isWrapEnabled: boolean[][]): GRange {
    this.charge('setWraps', 'write', this.cellCount);
    this.assertDimensions(isWrapEnabled, 'setWraps');
    this.assertEditable();
    const strategies = isWrapEnabled.map((line) => line.map((w) => (w ? 'WRAP' : 'OVERFLOW')));
    this.setKeyedGrid(this.models().sheet.wrapStrategies, strategies, (v) => v, 'OVERFLOW');
    return this as unknown as GRange;
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    this.charge('getWrapStrategy', 'read', 1);
    const value = this.models().sheet.wrapStrategies.get(cellKey(this.row, this.column));
    return (value ?? 'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }

  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    this.charge('getWrapStrategies', 'read', this.cellCount);
    const { sheet } = this.models();
    return this.grid(
      (_, r, c) =>
        (sheet.wrapStrategies.get(cellKey(r, c)) ??
          'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy,
    );
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    this.charge('setWrapStrategy', 'write', this.cellCount);
    this.assertEditable();
    const name = wrapStrategyName(strategy);
    this.setKeyed(this.models().sheet.wrapStrategies, name, 'OVERFLOW');
    return this as unknown as GRange;
  }

  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): GRange {
    this.charge('setWrapStrategies', 'write', this.cellCount);
    this.assertDimensions(strategies, 'setWrapStrategies');
    this.assertEditable();
    const names = strategies.map((line) => line.map(wrapStrategyName));
    this.setKeyedGrid(this.models().sheet.wrapStrategies, names, (v) => v, 'OVERFLOW');
    return this as unknown as GRange;
  }

  getNote(): string {
    this.charge('getNote', 'read', 1);
    return this.keyed(this.models().sheet.notes, '');
  }

  getNotes(): string[][] {
    this.charge('getNotes', 'read', this.cellCount);
    return this.keyedGrid(this.models().sheet.notes, '');
  }

  setNote(note: string | null): GRange {
    this.charge('setNote', 'write', this.cellCount);
    this.assertEditable();
    this.setKeyed(this.models().sheet.notes, note === null ? null : String(note), '');
    return this as unknown as GRange;
  }

  setNotes(notes: Array<Array<string | null>>): GRange {
    this.charge('setNotes', 'write', this.cellCount);
    this.assertDimensions(notes, 'setNotes');
    this.assertEditable();
    this.setKeyedGrid(this.models().sheet.notes, notes, String, '');
    return this as unknown as GRange;
  }

  clearNote(): GRange {
    this.charge('clearNote', 'write', this.cellCount);
    this.assertEditable();
    this.setKeyed(this.models().sheet.notes, null, '');
    return this as unknown as GRange;
  }

  // ---- clearing --------------------------------------------------------------------------

  private clearContentOnly(sheet: SheetModel): void {
    for (let i = 0; i < this.numRows; i++) {
      const cells = sheet.grid[this.row + i - 1];
      if (!cells) continue;
      for (let j = 0; j < this.numColumns; j++) {
        const cell = cells[this.column + j - 1];
        if (cell) {
          cell.value = '';
          cell.formula = '';
        }
      }
    }
  }

  private clearFormatOnly(sheet: SheetModel): void {
    this.forEachPosition((row, column) => {
      const key = cellKey(row, column);
      const cell = sheet.cell(row, column);
      if (cell) cell.numberFormat = '';
      sheet.backgrounds.delete(key);
      sheet.bold.delete(key);
      sheet.fontColors.delete(key);
      sheet.horizontalAlignments.delete(key);
      sheet.wrapStrategies.delete(key);
    });
  }

  private clearValidationsOnly(sheet: SheetModel): void {
    this.forEachPosition((row, column) => sheet.validations.delete(cellKey(row, column)));
  }

  /** clear() removes contents and formats; options narrow it (range#clearoptions). */
  clear(options?: ClearOptions): GRange {
    this.charge('clear', 'write', this.cellCount);
    this.assertEditable();
    const { sheet } = this.models();
    const narrowed =
      options &&
      (options.contentsOnly ||
        options.formatOnly ||
        options.validationsOnly ||
        options.commentsOnly);
    if (!narrowed || options?.contentsOnly) this.clearContentOnly(sheet);
    if (!narrowed || options?.formatOnly) this.clearFormatOnly(sheet);
    if (options?.validationsOnly) this.clearValidationsOnly(sheet);
    if (options?.commentsOnly) this.forEachPosition((r, c) => sheet.notes.delete(cellKey(r, c)));
    return this as unknown as GRange;
  }

  clearContent(): GRange {
    this.charge('clearContent', 'write', this.cellCount);
    this.assertEditable();
    this.clearContentOnly(this.models().sheet);
    return this as unknown as GRange;
  }

  clearFormat(): GRange {
    this.charge('clearFormat', 'write', this.cellCount);
    this.assertEditable();
    this.clearFormatOnly(this.models().sheet);
    return this as unknown as GRange;
  }

  clearDataValidations(): GRange {
    this.charge('clearDataValidations', 'write', this.cellCount);
    this.assertEditable();
    this.clearValidationsOnly(this.models().sheet);
    return this as unknown as GRange;
  }

  // ---- data validation, protection, search ---------------------------------------------------

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.charge('getDataValidation', 'read', 1);
    const model = this.models().sheet.validations.get(cellKey(this.row, this.column));
    return model ? dataValidationFacade(this.ws, model) : null;
  }

  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    this.charge('getDataValidations', 'read', this.cellCount);
    const { sheet } = this.models();
    return this.grid((_, r, c) => {
      const model = sheet.validations.get(cellKey(r, c));
      return model ? dataValidationFacade(this.ws, model) : null;
    });
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    this.charge('setDataValidation', 'write', this.cellCount);
    this.assertEditable();
    const { sheet } = this.models();
    const model = rule ? dataValidationModelOf(rule) : null;
    this.forEachPosition((row, column) => {
      if (model) sheet.validations.set(cellKey(row, column), model);
      else sheet.validations.delete(cellKey(row, column));
    });
    return this as unknown as GRange;
  }

  setDataValidations(
    rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>,
  ): GRange {
    this.charge('setDataValidations', 'write', this.cellCount);
    this.assertDimensions(rules, 'setDataValidations');
    this.assertEditable();
    const { sheet } = this.models();
    this.forEachPosition((row, column, i, j) => {
      const rule = rules[i][j];
      if (rule) sheet.validations.set(cellKey(row, column), dataValidationModelOf(rule));
      else sheet.validations.delete(cellKey(row, column));
    });
    return this as unknown as GRange;
  }

  // ---- checkboxes (a CHECKBOX validation plus the checked/unchecked values) ------------------

  /** The checked and unchecked values of a checkbox cell, or null when it is not a checkbox. */
  private checkboxValues(
    sheet: SheetModel,
    row: number,
    column: number,
  ): [unknown, unknown] | null {
    const rule = sheet.validations.get(cellKey(row, column));
    if (!rule || rule.criteria !== 'CHECKBOX') return null;
    if (rule.args.length === 0) return [true, false];
    return [rule.args[0], rule.args.length > 1 ? rule.args[1] : ''];
  }

  /** insertCheckboxes(), (checkedValue), (checkedValue, uncheckedValue): cells start unchecked. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRange {
    this.charge('insertCheckboxes', 'write', this.cellCount);
    this.assertEditable();
    const { spreadsheet, sheet } = this.models();
    const args =
      arguments.length === 0
        ? []
        : arguments.length === 1
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    const rule = { criteria: 'CHECKBOX', args, allowInvalid: false, helpText: '' };
    const unchecked = args.length === 0 ? false : args.length === 1 ? '' : uncheckedValue;
    this.forEachPosition((row, column) => {
      sheet.validations.set(cellKey(row, column), rule);
      writeCellValue(
        sheet.cellForWrite(row, column),
        unchecked,
        spreadsheet.locale,
        spreadsheet.timeZone,
      );
    });
    return this as unknown as GRange;
  }

  /** Removes checkbox validations and clears the checkbox cells' values. */
  removeCheckboxes(): GRange {
    this.charge('removeCheckboxes', 'write', this.cellCount);
    this.assertEditable();
    const { sheet } = this.models();
    this.forEachPosition((row, column) => {
      if (!this.checkboxValues(sheet, row, column)) return;
      sheet.validations.delete(cellKey(row, column));
      const cell = sheet.cell(row, column);
      if (cell) {
        cell.value = '';
        cell.formula = '';
      }
    });
    return this as unknown as GRange;
  }

  private setCheckboxes(checked: boolean): void {
    this.assertEditable();
    const { spreadsheet, sheet } = this.models();
    this.forEachPosition((row, column) => {
      const values = this.checkboxValues(sheet, row, column);
      if (!values) return;
      const value = checked ? values[0] : values[1];
      writeCellValue(
        sheet.cellForWrite(row, column),
        value,
        spreadsheet.locale,
        spreadsheet.timeZone,
      );
    });
  }

  /** Checks the checkboxes in the range; other cells are left alone (range#check). */
  check(): GRange {
    this.charge('check', 'write', this.cellCount);
    this.setCheckboxes(true);
    return this as unknown as GRange;
  }

  uncheck(): GRange {
    this.charge('uncheck', 'write', this.cellCount);
    this.setCheckboxes(false);
    return this as unknown as GRange;
  }

  /**
   * true when every cell is a checked checkbox, false when every cell is unchecked, null when
   * mixed or when some cell is not a checkbox (range#ischecked).
   */
  isChecked(): boolean | null {
    this.charge('isChecked', 'read', this.cellCount);
    const { sheet } = this.models();
    let checked = 0;
    let unchecked = 0;
    this.forEachPosition((row, column) => {
      const values = this.checkboxValues(sheet, row, column);
      if (!values) return;
      const value = readCellValue(sheet.cell(row, column));
      if (sameValue(value, values[0])) checked += 1;
      else unchecked += 1;
    });
    const total = this.cellCount;
    if (checked === total) return true;
    if (unchecked === total) return false;
    return null;
  }

  /** Trims spaces at both ends of every text cell and collapses inner runs (range#trimwhitespace). */
  trimWhitespace(): GRange {
    this.charge('trimWhitespace', 'write', this.cellCount);
    this.assertEditable();
    const { sheet } = this.models();
    this.forEachPosition((row, column) => {
      const cell = sheet.cell(row, column);
      if (cell && typeof cell.value === 'string' && cell.formula === '') {
        cell.value = cell.value.trim().replace(/[ \t]{2,}/g, ' ');
      }
    });
    return this as unknown as GRange;
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.charge('protect', 'write');
    return protectRange(
      this.ws,
      this.spreadsheetId,
      this.sheetId,
      this.row,
      this.column,
      this.numRows,
      this.numColumns,
    );
  }

  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.charge('createTextFinder', 'local');
    return createTextFinder(
      this.ws,
      this.spreadsheetId,
      [this.sheetId],
      { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns },
      findText,
    );
  }

  // ---- copying ---------------------------------------------------------------------------

  /**
   * Copies values, formulas and formats to the destination's top-left corner; the copy takes
   * this range's size whatever the destination's (range#copytodestination).
   */
  copyTo(destination: GRange, options?: unknown, transposed?: boolean): void {
    this.charge('copyTo', 'write', this.cellCount);
    void transposed;
    const opts = (typeof options === 'object' && options !== null ? options : {}) as {
      formatOnly?: boolean;
      contentsOnly?: boolean;
    };
    const target = destination as unknown as FakeRange;
    const { sheet } = this.models();
    const targetSheet = requireSheet(this.ws, target.spreadsheetId, target.sheetId).sheet;
    const lastRow = target.row + this.numRows - 1;
    const lastColumn = target.column + this.numColumns - 1;
    if (lastRow > targetSheet.maxRows || lastColumn > targetSheet.maxColumns) {
      throw new Error(MESSAGES.outsideSheet);
    }
    assertCanEdit(
      this.ws,
      target.spreadsheetId,
      target.sheetId,
      target.row,
      target.column,
      this.numRows,
      this.numColumns,
    );
    // Snapshot first so overlapping source and destination copy what was there before.
    const snapshot = this.grid((cell, r, c) => ({
      cell: cell ? { ...cell } : undefined,
      formats: FORMAT_MAPS.map((name) => sheet[name].get(cellKey(r, c))),
      bold: sheet.bold.has(cellKey(r, c)),
    }));
    snapshot.forEach((line, i) =>
      line.forEach((source, j) => {
        const dest = targetSheet.cellForWrite(target.row + i, target.column + j);
        if (!opts.formatOnly) {
          const value = source.cell?.value ?? '';
          dest.value = value instanceof Date ? new Date(value.getTime()) : value;
          dest.formula = source.cell?.formula ?? '';
        }
        if (opts.contentsOnly) return;
        dest.numberFormat = source.cell?.numberFormat ?? '';
        const key = cellKey(target.row + i, target.column + j);
        FORMAT_MAPS.forEach((name, k) => {
          const value = source.formats[k];
          if (value === undefined) targetSheet[name].delete(key);
          else targetSheet[name].set(key, value);
        });
        if (source.bold) targetSheet.bold.add(key);
        else targetSheet.bold.delete(key);
      }),
    );
  }
}

const FORMAT_MAPS = [
  'backgrounds',
  'fontColors',
  'horizontalAlignments',
  'wrapStrategies',
] as const;

/** setFormula stores a formula; text without '=' is stored as typed input would be. */
function writeFormula(cell: Cell, formula: string): void {
  const text = String(formula ?? '');
  if (text === '') {
    cell.value = '';
    cell.formula = '';
  } else if (text.startsWith('=')) {
    cell.value = '';
    cell.formula = text;
  } else {
    cell.value = text;
    cell.formula = '';
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

function wrapStrategyName(strategy: unknown): string {
  const name = String(strategy);
  if (!(WRAP_STRATEGIES as readonly string[]).includes(name)) {
    throw new Error(MESSAGES.invalidArgument('strategy'));
  }
  return name;
}

assertGoogleShape<FakeRange, GRange>(true);

export function makeRangeWithShape(
  ws: Workspace,
  spreadsheetId: string,
  sheetId: number,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  shape: RangeShape,
): GRange {
  return new FakeRange(
    ws,
    spreadsheetId,
    sheetId,
    row,
    column,
    numRows,
    numColumns,
    shape,
  ) as unknown as GRange;
}

/** A Range handle over 1-based bounds; the caller has already checked them against the sheet. */
export function makeRange(
  ws: Workspace,
  spreadsheetId: string,
  sheetId: number,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): GRange {
  return makeRangeWithShape(ws, spreadsheetId, sheetId, row, column, numRows, numColumns, {});
}

/**
 * The spreadsheet data model behind the SpreadsheetApp facade. Plain data, no Apps Script API:
 * the facade (app.ts and friends) enforces Google's rules; exporters (xlsx) and FormApp's
 * response writer read and write this model directly.
 */
import type {
  ChartModel,
  ConditionalFormatRuleModel,
  DataValidationModel,
  ProtectionModel,
} from './featuresModel';

export type CellValue = string | number | boolean | Date;

export interface Cell {
  /** What getValue() returns: '' when empty. */
  value: CellValue;
  /** The formula as written ('=SUM(A1:A2)'), or '' when the cell holds a plain value. */
  formula: string;
  /** A Sheets number format pattern ('@' is plain text), or '' for automatic. */
  numberFormat: string;
}

export function emptyCell(): Cell {
  return { value: '', formula: '', numberFormat: '' };
}

export class SheetModel {
  /** grid[row][column], zero-based; missing entries are empty cells. */
  readonly grid: Cell[][] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  /** Column widths in pixels by 1-based column; absent means the default 100. */
  readonly columnWidths = new Map<number, number>();
  /** Data validation by cell key `${row},${column}` (1-based). */
  readonly validations = new Map<string, DataValidationModel>();
  conditionalFormatRules: ConditionalFormatRuleModel[] = [];
  /** Background colours by cell key `${row},${column}`; absent is white. */
  readonly backgrounds = new Map<string, string>();
  /** Bold cells by key `${row},${column}`. */
  readonly bold = new Set<string>();
  /** Font colours by cell key; absent is black. */
  readonly fontColors = new Map<string, string>();
  /** Horizontal alignments by cell key ('left' | 'center' | 'right'); absent is 'general'. */
  readonly horizontalAlignments = new Map<string, string>();
  /** Wrap strategies by cell key ('WRAP' | 'OVERFLOW' | 'CLIP'); absent is OVERFLOW. */
  readonly wrapStrategies = new Map<string, string>();
  /** Cell notes by cell key. */
  readonly notes = new Map<string, string>();
  /** Row heights in pixels by 1-based row; absent means the default 21. */
  readonly rowHeights = new Map<number, number>();
  /** Tab colour as '#rrggbb', or null. */
  tabColor: string | null = null;
  /** Embedded charts, in the order they were inserted (Sheet.getCharts). */
  charts: ChartModel[] = [];

  constructor(
    readonly sheetId: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.grid[row - 1]?.[column - 1];
  }

  /** The cell at 1-based (row, column), created if absent. */
  cellForWrite(row: number, column: number): Cell {
    const r = (this.grid[row - 1] ??= []);
    return (r[column - 1] ??= emptyCell());
  }

  isEmpty(cell: Cell | undefined): boolean {
    return !cell || (cell.value === '' && cell.formula === '');
  }

  /** Every per-cell map keyed `${row},${column}`, so row and column moves can shift them. */
  private keyedCellMaps(): Array<Map<string, unknown> | Set<string>> {
    return [
      this.validations,
      this.backgrounds,
      this.bold,
      this.fontColors,
      this.horizontalAlignments,
      this.wrapStrategies,
      this.notes,
    ];
  }

  /**
   * Moves keyed cell data: `move(row, column)` returns the new position or null to drop the
   * entry. Used by row/column insertion and deletion.
   */
  private remapKeys(move: (row: number, column: number) => [number, number] | null): void {
    for (const store of this.keyedCellMaps()) {
      const entries: Array<[string, unknown]> =
        store instanceof Map ? [...store.entries()] : [...store].map((k) => [k, true]);
      store.clear();
      for (const [key, value] of entries) {
        const [r, c] = key.split(',').map(Number);
        const target = move(r, c);
        if (!target) continue;
        const newKey = `${target[0]},${target[1]}`;
        if (store instanceof Map) store.set(newKey, value);
        else store.add(newKey);
      }
    }
  }

  /** Inserts `count` empty rows before 1-based `row`; later rows move down. */
  insertRows(row: number, count: number): void {
    if (this.grid.length >= row) this.grid.splice(row - 1, 0, ...new Array<Cell[]>(count));
    this.maxRows += count;
    this.remapKeys((r, c) => [r >= row ? r + count : r, c]);
    for (const [r, h] of [...this.rowHeights].sort((a, b) => b[0] - a[0])) {
      if (r >= row) {
        this.rowHeights.delete(r);
        this.rowHeights.set(r + count, h);
      }
    }
  }

  /** Deletes `count` rows from 1-based `row`; later rows move up. */
  deleteRows(row: number, count: number): void {
    this.grid.splice(row - 1, count);
    this.maxRows -= count;
    this.remapKeys((r, c) => (r < row ? [r, c] : r < row + count ? null : [r - count, c]));
    for (const [r, h] of [...this.rowHeights].sort((a, b) => a[0] - b[0])) {
      this.rowHeights.delete(r);
      if (r < row) this.rowHeights.set(r, h);
      else if (r >= row + count) this.rowHeights.set(r - count, h);
    }
  }

  /** Inserts `count` empty columns before 1-based `column`. */
  insertColumns(column: number, count: number): void {
    for (const cells of this.grid) {
      if (cells && cells.length >= column) {
        cells.splice(column - 1, 0, ...new Array<Cell>(count));
      }
    }
    this.maxColumns += count;
    this.remapKeys((r, c) => [r, c >= column ? c + count : c]);
    for (const [c, w] of [...this.columnWidths].sort((a, b) => b[0] - a[0])) {
      if (c >= column) {
        this.columnWidths.delete(c);
        this.columnWidths.set(c + count, w);
      }
    }
  }

  /** Deletes `count` columns from 1-based `column`. */
  deleteColumns(column: number, count: number): void {
    for (const cells of this.grid) if (cells) cells.splice(column - 1, count);
    this.maxColumns -= count;
    this.remapKeys((r, c) => (c < column ? [r, c] : c < column + count ? null : [r, c - count]));
    for (const [c, w] of [...this.columnWidths].sort((a, b) => a[0] - b[0])) {
      this.columnWidths.delete(c);
      if (c < column) this.columnWidths.set(c, w);
      else if (c >= column + count) this.columnWidths.set(c - count, w);
    }
  }

  /**
   * Moves `count` columns from 1-based `start` before column `destination`, counted before the
   * move (Sheet.moveColumns): values, formulas, number formats, every per-cell format, note and
   * validation, and column widths go with their column; the columns between shift over.
   */
  moveColumns(start: number, count: number, destination: number): void {
    const to = (c: number) => movedIndex(c, start, count, destination);
    const span = Math.max(start + count - 1, destination - 1);
    for (let r = 0; r < this.grid.length; r++) {
      const cells = this.grid[r];
      if (!cells) continue;
      const moved: Cell[] = cells.slice(span);
      moved.unshift(...new Array<Cell>(span));
      for (let c = 1; c <= span; c++) moved[to(c) - 1] = cells[c - 1];
      this.grid[r] = trimmed(moved);
    }
    this.remapKeys((r, c) => [r, to(c)]);
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(to(c), w);
  }

  /** Moves `count` rows from 1-based `start` before row `destination` (Sheet.moveRows). */
  moveRows(start: number, count: number, destination: number): void {
    const to = (r: number) => movedIndex(r, start, count, destination);
    const span = Math.max(start + count - 1, destination - 1);
    const rows = this.grid.slice(0, span);
    for (let r = 1; r <= span; r++) this.grid[to(r) - 1] = rows[r - 1];
    trimmed(this.grid);
    this.remapKeys((r, c) => [to(r), c]);
    const heights = [...this.rowHeights];
    this.rowHeights.clear();
    for (const [r, h] of heights) this.rowHeights.set(to(r), h);
  }

  /** Position of the last row with content (0 when the sheet is empty). */
  lastRow(): number {
    for (let r = this.grid.length; r >= 1; r--) {
      const row = this.grid[r - 1];
      if (row && row.some((c) => !this.isEmpty(c))) return r;
    }
    return 0;
  }

  /** Position of the last column with content (0 when the sheet is empty). */
  lastColumn(): number {
    let last = 0;
    for (const row of this.grid) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (!this.isEmpty(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }
}

/**
 * Where 1-based index `i` ends up when `count` rows or columns from `start` move before
 * `destination`, an index counted before the move (the reference's example: columns A–B moved to
 * 5 become C–D). A destination at the block's own start or just after it moves nothing.
 */
export function movedIndex(i: number, start: number, count: number, destination: number): number {
  const end = start + count; // first index after the block
  if (destination < start) {
    if (i >= start && i < end) return destination + (i - start);
    if (i >= destination && i < start) return i + count;
  } else if (destination > end) {
    if (i >= start && i < end) return destination - count + (i - start);
    if (i >= end && i < destination) return i - count;
  }
  return i;
}

/** The array without trailing holes (grid rows and the grid end at their last entry). */
function trimmed<T>(items: T[]): T[] {
  let length = items.length;
  while (length > 0 && items[length - 1] === undefined) length--;
  items.length = length;
  return items;
}

export class SpreadsheetModel {
  readonly sheets: SheetModel[] = [];
  locale = 'ja_JP';
  timeZone = 'Asia/Tokyo';
  private nextSheetId = 0;
  /** Id of the form whose responses land here, if any. */
  formId: string | null = null;
  /** Protected sheets and ranges of every sheet. */
  readonly protections: ProtectionModel[] = [];
  /** The sheet and range the (single emulated) user has selected. */
  activeSheetId = 0;
  activeRange: { row: number; column: number; numRows: number; numColumns: number } | null = null;
  /** People who may edit; the owner always may. */
  readonly editors = new Set<string>();
  /** People who may view (Spreadsheet.addViewer). */
  readonly viewers = new Set<string>();
  /** The cell the user's cursor is on, within activeRange. */
  currentCell: { row: number; column: number } | null = null;
  /** The id the next inserted chart gets (EmbeddedChart.getChartId, unique per spreadsheet). */
  nextChartId = 1;

  constructor(
    readonly id: string,
    public name: string,
    public owner: string,
  ) {}

  insertSheet(name: string, index = this.sheets.length, rows = 1000, columns = 26): SheetModel {
    const sheet = new SheetModel(this.nextSheetId++, name, rows, columns);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  get url(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
}

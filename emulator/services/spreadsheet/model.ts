/**
 * The spreadsheet data model behind the SpreadsheetApp facade. Plain data, no Apps Script API:
 * the facade (app.ts and friends) enforces Google's rules; exporters (xlsx) and FormApp's
 * response writer read and write this model directly.
 */
import type {
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

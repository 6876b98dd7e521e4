/**
 * TextFinder (Spreadsheet/Sheet/Range.createTextFinder): find and replace over display values.
 *
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 *   - matchCase(false) is the default: "the search defaults to case-insensitive matching".
 *   - matchEntireCell(false) is the default: partial matches.
 *   - matchFormulaText(true) searches formula text; otherwise formula cells are matched by their
 *     displayed value.
 *   - startFrom(range): "start searching immediately after the specified cell range".
 *   - findNext()/findPrevious() return null when there are no more matches.
 *   - replaceAllWith/replaceWith return the number of cells changed.
 *
 * Cells are visited sheet by sheet, row by row, left to right. Each call scans only from the
 * cursor onwards, so walking all matches with findNext() costs one pass over the sheet.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { Cell, SheetModel, SpreadsheetModel } from './model';
import { displayValue, writeCellValue } from './values';
import { makeRange } from './range';
import { assertCanEdit } from './protection';

export const TEXT_FINDER_MESSAGES = {
  /** Unverified wording: Apps Script refuses an empty search string. */
  emptyText: 'Invalid argument: findText',
  spreadsheetNotFound: (id: string) => `Emulator: no spreadsheet with id ${id}`,
  signature: (method: string, args: unknown[]) =>
    `The parameters (${args.map((a) => (typeof a === 'string' ? 'String' : typeof a)).join(',')}) don't match the method signature for SpreadsheetApp.TextFinder.${method}.`,
} as const;

interface Bounds {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A cell in the search order: index into the searched sheets, then 1-based row and column. */
interface Position {
  sheet: number;
  row: number;
  column: number;
}

type Matcher = (text: string) => boolean;

const DIACRITICS = /[\u0300-\u036f]/g;
const stripDiacritics = (s: string) => s.normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

class FakeTextFinder {
  private caseSensitive = false;
  private entireCell = false;
  private formulaText = false;
  private noDiacritics = false;
  private regularExpression = false;
  /** Where the last find stopped (the current match), or the startFrom cell. */
  private cursor: Position | null = null;
  private current: Position | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly spreadsheetId: string,
    private readonly sheetIds: number[],
    private readonly bounds: Bounds | null,
    private readonly text: string,
  ) {}

  findAll(): GoogleAppsScript.Spreadsheet.Range[] {
    const matcher = this.matcher();
    const found: Position[] = [];
    const scanned = this.scan(null, 1, (p, cell) => {
      if (matcher(this.searchedText(cell))) found.push(p);
      return false;
    });
    this.ws.charge('SpreadsheetApp', 'TextFinder.findAll', 'read', scanned);
    return found.map((p) => this.rangeAt(p));
  }

  findNext(): GoogleAppsScript.Spreadsheet.Range | null {
    return this.find('findNext', 1);
  }

  findPrevious(): GoogleAppsScript.Spreadsheet.Range | null {
    return this.find('findPrevious', -1);
  }

  getCurrentMatch(): GoogleAppsScript.Spreadsheet.Range | null {
    this.ws.charge('SpreadsheetApp', 'TextFinder.getCurrentMatch', 'local');
    return this.current ? this.rangeAt(this.current) : null;
  }

  ignoreDiacritics(ignoreDiacritics: boolean): GoogleAppsScript.Spreadsheet.TextFinder {
    this.noDiacritics = this.option('ignoreDiacritics', ignoreDiacritics);
    return this.self();
  }

  matchCase(matchCase: boolean): GoogleAppsScript.Spreadsheet.TextFinder {
    this.caseSensitive = this.option('matchCase', matchCase);
    return this.self();
  }

  matchEntireCell(matchEntireCell: boolean): GoogleAppsScript.Spreadsheet.TextFinder {
    this.entireCell = this.option('matchEntireCell', matchEntireCell);
    return this.self();
  }

  matchFormulaText(matchFormulaText: boolean): GoogleAppsScript.Spreadsheet.TextFinder {
    this.formulaText = this.option('matchFormulaText', matchFormulaText);
    return this.self();
  }

  replaceAllWith(replaceText: string): number {
    this.assertReplacement('replaceAllWith', replaceText);
    const matcher = this.matcher();
    const hits: Array<{ p: Position; cell: Cell }> = [];
    const scanned = this.scan(null, 1, (p, cell) => {
      if (this.replaceable(cell) && matcher(this.searchedText(cell))) hits.push({ p, cell });
      return false;
    });
    this.ws.charge('SpreadsheetApp', 'TextFinder.replaceAllWith', 'write', scanned);
    for (const { p, cell } of hits) this.replaceIn(p, cell, replaceText);
    return hits.length;
  }

  replaceWith(replaceText: string): number {
    this.assertReplacement('replaceWith', replaceText);
    this.ws.charge('SpreadsheetApp', 'TextFinder.replaceWith', 'write', this.current ? 1 : 0);
    if (!this.current) return 0;
    const cell = this.cellAt(this.current);
    if (!cell || !this.replaceable(cell) || !this.matcher()(this.searchedText(cell))) return 0;
    this.replaceIn(this.current, cell, replaceText);
    return 1;
  }

  startFrom(
    startRange: GoogleAppsScript.Spreadsheet.Range,
  ): GoogleAppsScript.Spreadsheet.TextFinder {
    this.ws.charge('SpreadsheetApp', 'TextFinder.startFrom', 'local');
    if (!startRange || typeof startRange.getRow !== 'function') {
      throw new Error(TEXT_FINDER_MESSAGES.signature('startFrom', [startRange]));
    }
    const sheet = this.sheetIds.indexOf(startRange.getSheet().getSheetId());
    this.current = null;
    this.cursor =
      sheet < 0 ? null : { sheet, row: startRange.getRow(), column: startRange.getColumn() };
    return this.self();
  }

  useRegularExpression(useRegEx: boolean): GoogleAppsScript.Spreadsheet.TextFinder {
    this.regularExpression = this.option('useRegularExpression', useRegEx);
    return this.self();
  }

  toString(): string {
    return 'TextFinder';
  }

  // ---- internals ---------------------------------------------------------------------------

  private find(method: string, step: 1 | -1): GoogleAppsScript.Spreadsheet.Range | null {
    const matcher = this.matcher();
    let hit: Position | null = null;
    const scanned = this.scan(this.cursor, step, (p, cell) => {
      if (!matcher(this.searchedText(cell))) return false;
      hit = p;
      return true;
    });
    this.ws.charge('SpreadsheetApp', `TextFinder.${method}`, 'read', scanned);
    if (!hit) return null;
    this.cursor = hit;
    this.current = hit;
    return this.rangeAt(hit);
  }

  private option(method: string, value: unknown): boolean {
    this.ws.charge('SpreadsheetApp', `TextFinder.${method}`, 'local');
    if (typeof value !== 'boolean')
      throw new Error(TEXT_FINDER_MESSAGES.signature(method, [value]));
    return value;
  }

  private assertReplacement(method: string, replaceText: unknown): void {
    if (typeof replaceText !== 'string') {
      throw new Error(TEXT_FINDER_MESSAGES.signature(method, [replaceText]));
    }
  }

  private spreadsheet(): SpreadsheetModel {
    const ss = this.ws.spreadsheets.get(this.spreadsheetId);
    if (!ss) throw new Error(TEXT_FINDER_MESSAGES.spreadsheetNotFound(this.spreadsheetId));
    return ss;
  }

  private sheets(): Array<SheetModel | undefined> {
    const ss = this.spreadsheet();
    return this.sheetIds.map((id) => ss.sheets.find((s) => s.sheetId === id));
  }

  /** The rows and columns searched on a sheet, clipped to the cells that exist in the grid. */
  private area(sheet: SheetModel): { r0: number; r1: number; c0: number; c1: number } {
    const b = this.bounds;
    return {
      r0: b ? b.row : 1,
      r1: Math.min(b ? b.row + b.numRows - 1 : Infinity, sheet.grid.length),
      c0: b ? b.column : 1,
      c1: b ? b.column + b.numColumns - 1 : Infinity,
    };
  }

  /**
   * Visits non-empty cells after (step 1) or before (step -1) `from` — from the start or the
   * end when `from` is null — until `visit` returns true. Returns the number of cells looked at.
   */
  private scan(
    from: Position | null,
    step: 1 | -1,
    visit: (p: Position, cell: Cell) => boolean,
  ): number {
    const sheets = this.sheets();
    let scanned = 0;
    const firstSheet = from ? from.sheet : step === 1 ? 0 : sheets.length - 1;
    for (let s = firstSheet; s >= 0 && s < sheets.length; s += step) {
      const sheet = sheets[s];
      if (!sheet) continue;
      const { r0, r1, c0, c1 } = this.area(sheet);
      const here = from && s === from.sheet ? from : null;
      let startRow = step === 1 ? r0 : r1;
      if (here) startRow = step === 1 ? Math.max(r0, here.row) : Math.min(r1, here.row);
      for (let r = startRow; r >= r0 && r <= r1; r += step) {
        const row = sheet.grid[r - 1];
        if (!row) continue;
        const last = Math.min(c1, row.length);
        let c = step === 1 ? c0 : last;
        if (here && r === here.row) {
          c = step === 1 ? Math.max(c0, here.column + 1) : Math.min(last, here.column - 1);
        }
        for (; c >= c0 && c <= last; c += step) {
          const cell = row[c - 1];
          if (!cell || (cell.value === '' && cell.formula === '')) continue;
          scanned += 1;
          if (visit({ sheet: s, row: r, column: c }, cell)) return scanned;
        }
      }
    }
    return scanned;
  }

  private searchedText(cell: Cell): string {
    if (this.formulaText && cell.formula) return cell.formula;
    const ss = this.spreadsheet();
    return displayValue(cell, ss.locale, ss.timeZone);
  }

  /** Formula cells are only changed when the search looks at formula text. */
  private replaceable(cell: Cell): boolean {
    return cell.formula === '' || this.formulaText;
  }

  private matcher(): Matcher {
    if (this.text === '') throw new Error(TEXT_FINDER_MESSAGES.emptyText);
    const pattern = this.pattern(false);
    return (text) => {
      const subject = this.noDiacritics ? stripDiacritics(text) : text;
      return pattern.test(subject);
    };
  }

  /** The search as a RegExp: the user's expression, or the escaped text. */
  private pattern(global: boolean): RegExp {
    const needle = this.noDiacritics ? stripDiacritics(this.text) : this.text;
    const source = this.regularExpression ? needle : escapeRegExp(needle);
    const anchored = this.entireCell ? `^(?:${source})$` : source;
    const flags = `${global ? 'g' : ''}${this.caseSensitive ? '' : 'i'}`;
    return new RegExp(anchored, flags);
  }

  private replaceIn(p: Position, cell: Cell, replaceText: string): void {
    const ss = this.spreadsheet();
    const sheetId = this.sheetIds[p.sheet];
    assertCanEdit(this.ws, this.spreadsheetId, sheetId, p.row, p.column, 1, 1);
    const before = this.searchedText(cell);
    const subject = this.noDiacritics ? stripDiacritics(before) : before;
    const after = this.regularExpression
      ? subject.replace(this.pattern(true), replaceText)
      : subject.replace(this.pattern(true), () => replaceText);
    if (this.formulaText && cell.formula) {
      cell.formula = after.startsWith('=') ? after : '';
      if (!cell.formula) writeCellValue(cell, after, ss.locale, ss.timeZone);
      return;
    }
    writeCellValue(cell, after, ss.locale, ss.timeZone);
  }

  private cellAt(p: Position): Cell | undefined {
    return this.sheets()[p.sheet]?.cell(p.row, p.column);
  }

  private rangeAt(p: Position): GoogleAppsScript.Spreadsheet.Range {
    return makeRange(this.ws, this.spreadsheetId, this.sheetIds[p.sheet], p.row, p.column, 1, 1);
  }

  private self(): GoogleAppsScript.Spreadsheet.TextFinder {
    return this as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
  }
}
assertGoogleShape<FakeTextFinder, GoogleAppsScript.Spreadsheet.TextFinder & { toString(): string }>(
  true,
);

/**
 * A TextFinder over the given sheets (in order), limited to `bounds` when the finder comes from
 * a Range. An empty search text is refused up front.
 */
export function createTextFinder(
  ws: Workspace,
  spreadsheetId: string,
  sheetIds: number[],
  bounds: Bounds | null,
  text: string,
): GoogleAppsScript.Spreadsheet.TextFinder {
  if (typeof text !== 'string') {
    throw new Error(
      `The parameters (${typeof text}) don't match the method signature for SpreadsheetApp.Sheet.createTextFinder.`,
    );
  }
  if (text === '') throw new Error(TEXT_FINDER_MESSAGES.emptyText);
  return new FakeTextFinder(
    ws,
    spreadsheetId,
    [...sheetIds],
    bounds,
    text,
  ) as unknown as GoogleAppsScript.Spreadsheet.TextFinder;
}

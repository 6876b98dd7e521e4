/**
 * The register layout of this execution (src/domain/registerLayout.ts). It is kept in the
 * document properties, which every operation already reads with one getProperties() call
 * (settingsFromSnapshot primes it), so finding a column costs no call. Setup, 設定を反映, an
 * edit of the header row and the onChange trigger (a column inserted, removed or moved;
 * src/store/sheetLayouts.ts) write it again. Apps Script starts each execution with fresh globals; the emulator keeps one scope per
 * host, so every properties read replaces what an earlier execution left here.
 */
import { REGISTER_HEADERS, SHEET } from '../strings';
import { REGISTER_LAYOUT_TEXT } from '../strings/registerLayout';
import { columnLetter, type RegisterKey } from '../domain/register';
import {
  layoutFromHeader,
  LayoutReading,
  parseLayout,
  REGISTER_FIELDS,
  RegisterLayout,
  spanOf,
  toRegisterOrder,
} from '../domain/registerLayout';
import { layoutPropertyText, renamedInProperty } from '../domain/sheetLayout';

/** The document property holding the layout (beside PROP in properties.ts). */
export const REGISTER_LAYOUT_PROP = 'register.layout';

let current: RegisterLayout | null = null;

/** Takes the stored layout from the properties one getProperties() returned. */
export function primeRegisterLayout(all: Record<string, string>): void {
  current = parseLayout(all[REGISTER_LAYOUT_PROP]);
}

/**
 * The layout in force: the stored one, else read from the header row once (a desk not yet
 * upgraded by 設定を反映: one read, then cached for the execution).
 */
export function registerLayout(
  source:
    | GoogleAppsScript.Spreadsheet.Spreadsheet
    | GoogleAppsScript.Spreadsheet.Sheet
    | (() => GoogleAppsScript.Spreadsheet.Spreadsheet),
): RegisterLayout {
  if (current) return current;
  const opened = typeof source === 'function' ? source() : source;
  const sheet = 'getSheetByName' in opened ? opened.getSheetByName(SHEET.register) : opened;
  current = sheet ? readRegisterHeader(sheet).layout : layoutFromHeader([]).layout;
  return current;
}

/** Reads the header row (one call) and makes it this execution's layout. */
export function readRegisterHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): LayoutReading {
  const header = sheet.getLastColumn() > 0 ? sheet.getSheetValues(1, 1, 1, -1)[0] : [];
  const reading = layoutFromHeader(header);
  current = reading.layout;
  return reading;
}

/** Uses a layout found by the caller (setup's upgrade, a header row read with the data). */
export function useRegisterLayout(layout: RegisterLayout): void {
  current = layout;
}

/**
 * Stores the layout when it differs from the stored one (one write, none when unchanged), with the
 * fields whose header staff renamed: ヘルスチェック names them from the properties it has read.
 */
export function storeRegisterLayout(
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string> | null,
  layout: RegisterLayout,
  renamed: readonly RegisterKey[] = [],
): void {
  const text = registerLayoutText(all, layout, renamed);
  if (text !== null) props.setProperty(REGISTER_LAYOUT_PROP, text);
}

/**
 * Makes the layout this execution's and returns the property's text to store, or null when the
 * stored one (in `all`; null: unknown) is the same. A renamed field's key is kept beside the
 * columns only when there is one (src/domain/sheetLayout.ts layoutPropertyText), so a desk
 * without renamed headers stores exactly the layout.
 */
export function registerLayoutText(
  all: Record<string, string> | null,
  layout: RegisterLayout,
  renamed: readonly RegisterKey[] = [],
): string | null {
  const text = layoutPropertyText(REGISTER_FIELDS, layout, renamed);
  current = layout;
  return all && all[REGISTER_LAYOUT_PROP] === text ? null : text;
}

/**
 * The header may have changed (row 1 edited, a column inserted, removed or moved): reads it (one
 * call after getSheetByName) and stores the layout it describes. A renamed header leaves its field
 * without a column — read as '' and never written — until it is put back.
 */
export function refreshRegisterLayout(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string> | null,
): LayoutReading {
  const reading = readRegisterHeader(sheet);
  storeRegisterLayout(props, all, reading.layout, reading.renamed);
  return reading;
}

/**
 * The same for the register found by name (the onChange trigger when the Sheets API cannot read
 * the header rows, src/store/sheetLayouts.ts: getSheetByName, then two calls and a write only
 * when the layout moved); null when the spreadsheet has no register.
 */
export function refreshRegisterLayoutOf(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string> | null,
): LayoutReading | null {
  const sheet = ss.getSheetByName(SHEET.register);
  return sheet ? refreshRegisterLayout(sheet, props, all) : null;
}

/**
 * The renamed headers the stored layout records, by their names (no call: from the properties
 * already read); null when no layout is stored.
 */
export function registerRenamedHeaders(all: Record<string, string>): string[] | null {
  const keys = renamedInProperty(REGISTER_FIELDS, all[REGISTER_LAYOUT_PROP]);
  return keys && keys.map((key) => REGISTER_HEADERS[key]);
}

/**
 * One register column from its header down (getSheetValues(1, c, -1, 1): one call), checked
 * against the header it must carry — the read costs nothing more. A stale layout (a column moved
 * since it was stored) is read again from the header row and stored; a field without a column
 * is refused by name (the response stays in the form's sheet for a retry).
 */
export function readRegisterColumn(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string> | null,
  key: RegisterKey,
): unknown[][] {
  const read = (column: number) => sheet.getSheetValues(1, column, -1, 1);
  const column = registerLayout(sheet).columns[key];
  if (column > 0) {
    const cells = read(column);
    if (String(cells[0]?.[0] ?? '').trim() === REGISTER_HEADERS[key]) return cells.slice(1);
  }
  const fresh = refreshRegisterLayout(sheet, props, all).layout.columns[key];
  if (fresh < 1) throw new Error(REGISTER_LAYOUT_TEXT.missingColumn(REGISTER_HEADERS[key]));
  return read(fresh).slice(1);
}

/**
 * The register's data rows (header excluded) in register order, for the domain: one read
 * (getSheetValues) of the span of columns holding `keys` (every field when omitted), found by
 * header. Fields outside the span, or without a column, read as ''.
 */
export function readRegisterRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  keys?: readonly RegisterKey[],
): unknown[][] {
  const layout = registerLayout(sheet);
  const { first, last } = keys
    ? spanOf(layout, keys)
    : { first: 1, last: Math.max(layout.width, 1) };
  return sheet
    .getSheetValues(1, first, -1, last - first + 1)
    .slice(1)
    .map((row) => toRegisterOrder(layout, row, first));
}

/** The A1 notation of one register cell, its column found by header; refused by name when absent. */
export function registerCellA1(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: RegisterKey,
  row: number,
): string {
  const column = registerLayout(ss).columns[key];
  if (column < 1) throw new Error(REGISTER_LAYOUT_TEXT.missingColumn(REGISTER_HEADERS[key]));
  return `'${SHEET.register}'!${columnLetter(column)}${row}`;
}

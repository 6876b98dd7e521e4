/**
 * A1 notation: parsing what scripts pass to getRange and formatting what getA1Notation returns.
 * Forms accepted (as in Sheets): 'A1', 'A1:C3', '$A$1', 'A:C' (whole columns), '2:5' (whole rows),
 * 'A2:C' (open-ended column run), each optionally prefixed by a sheet name: Sheet1!A1 or
 * 'Sheet name'!A1 (quotes doubled inside a quoted name).
 */

/** Google's message when an A1 string cannot be resolved. */
export const RANGE_NOT_FOUND = 'Range not found';

export interface A1Bounds {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** 'A:C' has no row bounds; '2:5' has no column bounds: getA1Notation keeps that shape. */
  wholeColumns: boolean;
  wholeRows: boolean;
}

export interface ParsedA1 {
  /** The sheet name before '!', unquoted; null when the notation names none. */
  sheetName: string | null;
  /** The part after '!'. */
  ref: string;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnToLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'A' → 1, 'aa' → 27. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'My sheet'!A1:B2" into its sheet name and reference. */
export function splitSheetName(notation: string): ParsedA1 {
  const text = notation.trim();
  if (text.startsWith("'")) {
    const match = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
    if (!match) throw new Error(RANGE_NOT_FOUND);
    return { sheetName: match[1].replace(/''/g, "'"), ref: match[2] };
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: text };
  return { sheetName: text.slice(0, bang), ref: text.slice(bang + 1) };
}

interface Endpoint {
  column: number | null;
  row: number | null;
}

const ENDPOINT = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function parseEndpoint(text: string): Endpoint | null {
  const match = ENDPOINT.exec(text.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const column = match[1] === '' ? null : lettersToColumn(match[1]);
  const row = match[2] === '' ? null : Number(match[2]);
  if (row === 0) return null;
  return { column, row };
}

/**
 * Resolves a reference (no sheet name) against a sheet of the given size. Throws
 * "Range not found" when the text is not A1 notation.
 */
export function parseA1Ref(ref: string, maxRows: number, maxColumns: number): A1Bounds {
  const parts = ref.split(':');
  if (parts.length > 2 || ref.trim() === '') throw new Error(RANGE_NOT_FOUND);
  const start = parseEndpoint(parts[0]);
  const end = parts.length === 2 ? parseEndpoint(parts[1]) : start;
  if (!start || !end) throw new Error(RANGE_NOT_FOUND);
  if (parts.length === 1 && (start.row === null || start.column === null)) {
    // 'A' or '5' alone is not a range in Sheets.
    throw new Error(RANGE_NOT_FOUND);
  }
  const wholeColumns = start.row === null && end.row === null;
  const wholeRows = start.column === null && end.column === null;
  if (wholeColumns && wholeRows) throw new Error(RANGE_NOT_FOUND);

  const r1 = start.row ?? 1;
  const c1 = start.column ?? 1;
  const r2 = end.row ?? maxRows;
  const c2 = end.column ?? maxColumns;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return {
    row,
    column,
    numRows: Math.max(r1, r2) - row + 1,
    numColumns: Math.max(c1, c2) - column + 1,
    wholeColumns,
    wholeRows,
  };
}

/** 'A1' for one cell, 'A1:C3' otherwise; 'A:C' and '2:5' shapes are kept when asked. */
export function formatA1(
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  shape: { wholeColumns?: boolean; wholeRows?: boolean } = {},
): string {
  const lastRow = row + numRows - 1;
  const lastColumn = column + numColumns - 1;
  if (shape.wholeColumns) return `${columnToLetters(column)}:${columnToLetters(lastColumn)}`;
  if (shape.wholeRows) return `${row}:${lastRow}`;
  const first = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnToLetters(lastColumn)}${lastRow}`;
}

/** How Sheets writes a sheet name in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

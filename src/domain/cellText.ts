/**
 * Sheets parse strings written by setValue(s)/appendRow like typed input: '=…' becomes a formula,
 * '0123' a number, '2026/4/1' a date. A leading apostrophe makes Sheets keep the rest as plain
 * text (and the apostrophe is not part of the value), so every free-text answer is written through
 * `asCellText`. This also defuses CSV/formula injection (OWASP, CWE-1236: = + - @ tab CR).
 */
export const CELL_CHARACTER_LIMIT = 50_000;

export function asCellText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** What a cell holds after `value` was written: a leading apostrophe is not part of the value. */
export function valueAfterWrite<T>(value: T): T | string {
  return typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
}

/** Whether the text fits in one cell once written with its leading apostrophe. */
export function fitsInCell(text: string): boolean {
  return text.length + 1 <= CELL_CHARACTER_LIMIT;
}

/** Splits a long text into cell-sized chunks (by UTF-16 units, never splitting a surrogate pair). */
export function splitForCells(text: string, size = CELL_CHARACTER_LIMIT - 1): string[] {
  if (size < 2) throw new Error('splitForCells: size must be at least 2 (a surrogate pair)');
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/**
 * Where each register field sits, found by its header (issue 11, docs/architecture.md). Staff may
 * insert, move or add columns; a new version adds its columns after the last one. Code never
 * assumes a position: it asks the layout, built from the header row and kept in the document
 * properties (one header read per execution at most).
 *
 * Rows given to the domain stay in "register order" (REGISTER_COLUMNS, see register.ts): the
 * adapters convert a sheet row to that order when reading (toRegisterOrder) and place values
 * back at their columns when writing (placeInSheetRow), leaving staff columns untouched.
 */
import { REGISTER_HEADERS } from '../strings';
import { REGISTER_LAYOUT_TEXT } from '../strings/registerLayout';
import { REGISTER_COLUMNS, RegisterKey } from './register';

export interface RegisterLayout {
  /** 1-based column of each field; 0 when the sheet has no such header. */
  readonly columns: Readonly<Record<RegisterKey, number>>;
  /** The last column holding one of our fields (a read of A..width sees every field). */
  readonly width: number;
}

export interface LayoutReading {
  layout: RegisterLayout;
  /** Fields without a column that may simply be added (a desk made by an older version). */
  missing: RegisterKey[];
  /** Fields whose header is gone while an unknown header sits where they were: not added. */
  renamed: RegisterKey[];
}

function layoutOf(columns: Record<RegisterKey, number>): RegisterLayout {
  return { columns, width: Math.max(0, ...Object.values(columns)) };
}

/** The layout of a register written by this version from scratch: fields in REGISTER_COLUMNS order. */
export function positionalLayout(): RegisterLayout {
  const columns = {} as Record<RegisterKey, number>;
  REGISTER_COLUMNS.forEach((key, i) => (columns[key] = i + 1));
  return layoutOf(columns);
}

const HEADER_TO_KEY = new Map<string, RegisterKey>(
  REGISTER_COLUMNS.map((key) => [REGISTER_HEADERS[key], key]),
);

/**
 * The layout a header row describes. A header of ours found twice keeps its first column. A
 * field without a header is "renamed" when an unknown header sits between the fields that
 * surround it in register order (staff changed its title: adding a new column would split its
 * data), else "missing" (a newer field: the upgrade appends it).
 */
export function layoutFromHeader(header: readonly unknown[]): LayoutReading {
  const columns = {} as Record<RegisterKey, number>;
  REGISTER_COLUMNS.forEach((key) => (columns[key] = 0));
  const unknown: number[] = [];
  header.forEach((cell, i) => {
    const text = String(cell ?? '').trim();
    if (!text) return;
    const key = HEADER_TO_KEY.get(text);
    if (key && columns[key] === 0) columns[key] = i + 1;
    else if (!key) unknown.push(i + 1);
  });
  const missing: RegisterKey[] = [];
  const renamed: RegisterKey[] = [];
  REGISTER_COLUMNS.forEach((key, i) => {
    if (columns[key]) return;
    const before = REGISTER_COLUMNS.slice(0, i)
      .map((k) => columns[k])
      .filter((c) => c > 0);
    const after = REGISTER_COLUMNS.slice(i + 1)
      .map((k) => columns[k])
      .filter((c) => c > 0);
    const from = before.length ? before[before.length - 1] : 0;
    const to = after.length ? after[0] : 0;
    const sitsThere = to > 0 && unknown.some((c) => c > from && c < to);
    (sitsThere ? renamed : missing).push(key);
  });
  return { layout: layoutOf(columns), missing, renamed };
}

/** The layout with the given fields placed after the last non-empty header (the upgrade). */
export function withAppended(
  layout: RegisterLayout,
  keys: readonly RegisterKey[],
  lastHeaderColumn: number,
): RegisterLayout {
  const columns = { ...layout.columns };
  keys.forEach((key, i) => (columns[key] = lastHeaderColumn + i + 1));
  return layoutOf(columns);
}

/** The message naming each renamed field, as the desk reads it (setup, 設定を反映, notices). */
export function renamedMessage(reading: Pick<LayoutReading, 'renamed'>): string {
  return reading.renamed
    .map((key) => REGISTER_LAYOUT_TEXT.renamed(REGISTER_HEADERS[key]))
    .join('\n');
}

/** Column of a field, or 0 when the register has none. */
export function columnOf(layout: RegisterLayout, key: RegisterKey): number {
  return layout.columns[key] ?? 0;
}

/** The field at each column of a sheet row (index 0 = column 1); staff columns are undefined. */
export function keysBySheetIndex(layout: RegisterLayout): Array<RegisterKey | undefined> {
  const keys: Array<RegisterKey | undefined> = new Array<RegisterKey | undefined>(layout.width);
  REGISTER_COLUMNS.forEach((key) => {
    const c = layout.columns[key];
    if (c > 0) keys[c - 1] = key;
  });
  return keys;
}

/**
 * A row in register order from cells read off the sheet starting at `firstColumn`; fields the
 * read did not reach (or the sheet lacks) are ''.
 */
export function toRegisterOrder(
  layout: RegisterLayout,
  sheetRow: readonly unknown[],
  firstColumn = 1,
): unknown[] {
  return REGISTER_COLUMNS.map((key) => {
    const c = layout.columns[key];
    const i = c - firstColumn;
    return c > 0 && i >= 0 && i < sheetRow.length ? sheetRow[i] : '';
  });
}

/**
 * The sheet row to write: `base` (the cells as read, staff columns included) with each field of
 * `registerRow` (register order) at its column. Fields the sheet lacks are not written anywhere.
 */
export function placeInSheetRow<T>(
  layout: RegisterLayout,
  registerRow: readonly T[],
  base: readonly T[],
  fill: T,
): T[] {
  const width = Math.max(base.length, layout.width);
  const out: T[] = Array.from({ length: width }, (_, i) => (i < base.length ? base[i] : fill));
  REGISTER_COLUMNS.forEach((key, i) => {
    const c = layout.columns[key];
    if (c > 0 && i < registerRow.length) out[c - 1] = registerRow[i];
  });
  return out;
}

/** The smallest column span covering the given fields (for a read that needs only those). */
export function spanOf(
  layout: RegisterLayout,
  keys: readonly RegisterKey[],
): { first: number; last: number } {
  const cols = keys.map((k) => layout.columns[k]).filter((c) => c > 0);
  if (!cols.length) return { first: 1, last: 1 };
  return { first: Math.min(...cols), last: Math.max(...cols) };
}

/** Stored form (document property): the header of each column, so a changed version still reads. */
export function serializeLayout(layout: RegisterLayout): string {
  const columns: Record<string, number> = {};
  REGISTER_COLUMNS.forEach((key) => {
    if (layout.columns[key] > 0) columns[key] = layout.columns[key];
  });
  return JSON.stringify({ v: 1, columns });
}

/** The stored layout, or null when absent or unreadable (the caller reads the header instead). */
export function parseLayout(text: string | null | undefined): RegisterLayout | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as { v?: number; columns?: Record<string, unknown> };
    if (parsed.v !== 1 || !parsed.columns || typeof parsed.columns !== 'object') return null;
    const columns = {} as Record<RegisterKey, number>;
    for (const key of REGISTER_COLUMNS) {
      const c = parsed.columns[key];
      columns[key] = typeof c === 'number' && Number.isInteger(c) && c > 0 ? c : 0;
    }
    return layoutOf(columns);
  } catch {
    return null;
  }
}

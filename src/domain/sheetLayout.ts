/**
 * Where each field of a sheet sits, found by its header (issue 11, docs/architecture.md), for any
 * sheet the add-on reads and writes by header: the register (src/domain/registerLayout.ts) and
 * the logs (src/domain/logSheets.ts). Staff may insert, move or add columns; a new version adds
 * its columns after the last one. Code never assumes a position: it asks the layout.
 *
 * Rows given to the domain stay in the sheet's canonical order (its fields' order): adapters
 * convert a sheet row to it when reading (toFieldOrder) and place values back at their columns
 * when writing (placeFields), leaving staff columns untouched. Pure.
 */

/** A sheet's fields: their keys in canonical order and the header each one carries. */
export interface SheetFields<K extends string = string> {
  readonly keys: readonly K[];
  readonly headerOf: (key: K) => string;
}

export interface SheetLayout<K extends string = string> {
  /** 1-based column of each field; 0 when the sheet has no such header. */
  readonly columns: Readonly<Record<K, number>>;
  /** The last column holding one of our fields (a read of A..width sees every field). */
  readonly width: number;
}

export interface SheetLayoutReading<K extends string = string> {
  layout: SheetLayout<K>;
  /** Fields without a column that may simply be added (a sheet made by an older version). */
  missing: K[];
  /** Fields whose header is gone while an unknown header sits where they were: not added. */
  renamed: K[];
}

/** Fields that are their headers (a log sheet: rows in the order of its header constant). */
export function headerFields(headers: readonly string[]): SheetFields<string> {
  return { keys: headers, headerOf: (key) => key };
}

function layoutOf<K extends string>(columns: Record<K, number>): SheetLayout<K> {
  return { columns, width: Math.max(0, ...(Object.values(columns) as number[])) };
}

/** The layout of a sheet written by this version from scratch: fields in canonical order. */
export function positionalLayoutOf<K extends string>(fields: SheetFields<K>): SheetLayout<K> {
  const columns = {} as Record<K, number>;
  fields.keys.forEach((key, i) => (columns[key] = i + 1));
  return layoutOf(columns);
}

/**
 * The layout a header row describes. A header of ours found twice keeps its first column. A
 * field without a header is "renamed" when an unknown header sits between the fields that
 * surround it in canonical order (staff changed its title: adding a new column would split its
 * data), else "missing" (a newer field: the upgrade appends it).
 */
export function layoutOfHeader<K extends string>(
  fields: SheetFields<K>,
  header: readonly unknown[],
): SheetLayoutReading<K> {
  const byHeader = new Map<string, K>(fields.keys.map((key) => [fields.headerOf(key), key]));
  const columns = {} as Record<K, number>;
  fields.keys.forEach((key) => (columns[key] = 0));
  const unknown: number[] = [];
  header.forEach((cell, i) => {
    const text = String(cell ?? '').trim();
    if (!text) return;
    const key = byHeader.get(text);
    if (key !== undefined && columns[key] === 0) columns[key] = i + 1;
    else if (key === undefined) unknown.push(i + 1);
  });
  const missing: K[] = [];
  const renamed: K[] = [];
  fields.keys.forEach((key, i) => {
    if (columns[key]) return;
    const before = fields.keys
      .slice(0, i)
      .map((k) => columns[k])
      .filter((c) => c > 0);
    const after = fields.keys
      .slice(i + 1)
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
export function withAppendedFields<K extends string>(
  layout: SheetLayout<K>,
  keys: readonly K[],
  lastHeaderColumn: number,
): SheetLayout<K> {
  const columns = { ...layout.columns } as Record<K, number>;
  keys.forEach((key, i) => (columns[key] = lastHeaderColumn + i + 1));
  return layoutOf(columns);
}

/** The field at each column of a sheet row (index 0 = column 1); staff columns are undefined. */
export function fieldsBySheetIndex<K extends string>(
  fields: SheetFields<K>,
  layout: SheetLayout<K>,
): Array<K | undefined> {
  const keys: Array<K | undefined> = new Array<K | undefined>(layout.width);
  fields.keys.forEach((key) => {
    const c = layout.columns[key];
    if (c > 0) keys[c - 1] = key;
  });
  return keys;
}

/**
 * A row in canonical order from cells read off the sheet starting at `firstColumn`; fields the
 * read did not reach (or the sheet lacks) are ''.
 */
export function toFieldOrder<K extends string>(
  fields: SheetFields<K>,
  layout: SheetLayout<K>,
  sheetRow: readonly unknown[],
  firstColumn = 1,
): unknown[] {
  return fields.keys.map((key) => {
    const c = layout.columns[key];
    const i = c - firstColumn;
    return c > 0 && i >= 0 && i < sheetRow.length ? sheetRow[i] : '';
  });
}

/**
 * The sheet row to write: `base` (the cells as read, staff columns included; [] for a new row)
 * with each field of `row` (canonical order) at its column, `fill` elsewhere. Fields the sheet
 * lacks are not written anywhere.
 */
export function placeFields<K extends string, T>(
  fields: SheetFields<K>,
  layout: SheetLayout<K>,
  row: readonly T[],
  base: readonly T[],
  fill: T,
): T[] {
  const width = Math.max(base.length, layout.width);
  const out: T[] = Array.from({ length: width }, (_, i) => (i < base.length ? base[i] : fill));
  fields.keys.forEach((key, i) => {
    const c = layout.columns[key];
    if (c > 0 && i < row.length) out[c - 1] = row[i];
  });
  return out;
}

/** The smallest column span covering the given fields (for a read that needs only those). */
export function spanOfFields<K extends string>(
  layout: SheetLayout<K>,
  keys: readonly K[],
): { first: number; last: number } {
  const cols = keys.map((k) => layout.columns[k]).filter((c) => c > 0);
  if (!cols.length) return { first: 1, last: 1 };
  return { first: Math.min(...cols), last: Math.max(...cols) };
}

/** Stored form (a document property): each field's column, so a changed version still reads. */
export function serializeSheetLayout<K extends string>(
  fields: SheetFields<K>,
  layout: SheetLayout<K>,
): string {
  const columns: Record<string, number> = {};
  fields.keys.forEach((key) => {
    if (layout.columns[key] > 0) columns[key] = layout.columns[key];
  });
  return JSON.stringify({ v: 1, columns });
}

/** The stored layout, or null when absent or unreadable (the caller falls back). */
export function parseSheetLayout<K extends string>(
  fields: SheetFields<K>,
  text: string | null | undefined,
): SheetLayout<K> | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as { v?: number; columns?: Record<string, unknown> };
    if (parsed.v !== 1 || !parsed.columns || typeof parsed.columns !== 'object') return null;
    const columns = {} as Record<K, number>;
    for (const key of fields.keys) {
      const c = parsed.columns[key];
      columns[key] = typeof c === 'number' && Number.isInteger(c) && c > 0 ? c : 0;
    }
    return layoutOf(columns);
  } catch {
    return null;
  }
}

/**
 * The property's text: the layout (serializeSheetLayout) and, only when some field's header was
 * renamed, their keys beside it — parseSheetLayout reads the columns and ignores the rest, so a
 * sheet without renamed headers stores exactly the layout.
 */
export function layoutPropertyText<K extends string>(
  fields: SheetFields<K>,
  layout: SheetLayout<K>,
  renamed: readonly K[],
): string {
  const text = serializeSheetLayout(fields, layout);
  if (!renamed.length) return text;
  return JSON.stringify({ ...(JSON.parse(text) as object), renamed });
}

/** The renamed fields a stored property records (canonical order); null when none is stored. */
export function renamedInProperty<K extends string>(
  fields: SheetFields<K>,
  text: string | null | undefined,
): K[] | null {
  if (!text || !parseSheetLayout(fields, text)) return null;
  const stored = (JSON.parse(text) as { renamed?: unknown }).renamed;
  const keys: unknown[] = Array.isArray(stored) ? stored : [];
  return fields.keys.filter((key) => keys.includes(key));
}

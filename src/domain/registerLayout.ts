/**
 * Where each register field sits, found by its header (issue 11, docs/architecture.md): the
 * register's fields (REGISTER_COLUMNS, see register.ts) given to the generic sheet layout
 * (src/domain/sheetLayout.ts). The layout is built from the header row and kept in the document
 * properties (one header read per execution at most).
 *
 * Rows given to the domain stay in "register order": the adapters convert a sheet row to that
 * order when reading (toRegisterOrder) and place values back at their columns when writing
 * (placeInSheetRow), leaving staff columns untouched.
 */
import { REGISTER_HEADERS } from '../strings';
import { REGISTER_LAYOUT_TEXT } from '../strings/registerLayout';
import { REGISTER_COLUMNS, RegisterKey } from './register';
import {
  fieldsBySheetIndex,
  layoutOfHeader,
  parseSheetLayout,
  placeFields,
  positionalLayoutOf,
  serializeSheetLayout,
  SheetFields,
  SheetLayout,
  SheetLayoutReading,
  spanOfFields,
  toFieldOrder,
  withAppendedFields,
} from './sheetLayout';

export type RegisterLayout = SheetLayout<RegisterKey>;
export type LayoutReading = SheetLayoutReading<RegisterKey>;

/** The register's fields in register order, each with its header. */
export const REGISTER_FIELDS: SheetFields<RegisterKey> = {
  keys: REGISTER_COLUMNS,
  headerOf: (key) => REGISTER_HEADERS[key],
};

/** The layout of a register written by this version from scratch: fields in REGISTER_COLUMNS order. */
export function positionalLayout(): RegisterLayout {
  return positionalLayoutOf(REGISTER_FIELDS);
}

/** The layout a header row describes (src/domain/sheetLayout.ts layoutOfHeader). */
export function layoutFromHeader(header: readonly unknown[]): LayoutReading {
  return layoutOfHeader(REGISTER_FIELDS, header);
}

/** The layout with the given fields placed after the last non-empty header (the upgrade). */
export function withAppended(
  layout: RegisterLayout,
  keys: readonly RegisterKey[],
  lastHeaderColumn: number,
): RegisterLayout {
  return withAppendedFields(layout, keys, lastHeaderColumn);
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
  return fieldsBySheetIndex(REGISTER_FIELDS, layout);
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
  return toFieldOrder(REGISTER_FIELDS, layout, sheetRow, firstColumn);
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
  return placeFields(REGISTER_FIELDS, layout, registerRow, base, fill);
}

/** The smallest column span covering the given fields (for a read that needs only those). */
export function spanOf(
  layout: RegisterLayout,
  keys: readonly RegisterKey[],
): { first: number; last: number } {
  return spanOfFields(layout, keys);
}

/** Stored form (document property): the column of each field, so a changed version still reads. */
export function serializeLayout(layout: RegisterLayout): string {
  return serializeSheetLayout(REGISTER_FIELDS, layout);
}

/** The stored layout, or null when absent or unreadable (the caller reads the header instead). */
export function parseLayout(text: string | null | undefined): RegisterLayout | null {
  return parseSheetLayout(REGISTER_FIELDS, text);
}

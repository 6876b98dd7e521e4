/**
 * Columns found by header in the desk's small sheets (担当課 and the like), as the register's are
 * (src/domain/registerLayout.ts): a column staff inserted or moved is respected.
 */

/**
 * Where each of `headers` sits in `headerRow` (0-based). A header the row lacks is -1 (read as
 * ''), unless the row holds none of them — a sheet without its header row, as an older desk
 * might have — where each keeps its default position.
 */
export function headerPositions(headerRow: unknown[], headers: readonly string[]): number[] {
  const names = headerRow.map((cell) => String(cell ?? '').trim());
  const found = headers.map((header) => names.indexOf(header));
  return found.every((at) => at < 0) ? headers.map((_, i) => i) : found;
}

/** The cell of `row` under the header at `position` (-1: absent), as trimmed text. */
export function cellAt(row: unknown[], position: number): string {
  return position < 0 ? '' : String(row[position] ?? '').trim();
}

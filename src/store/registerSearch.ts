/**
 * The register read by columns, as 案件を検索 and the partner list use it: open-ended reads of the
 * spans of the fields asked for, from row 2 to the sheet's last row, columns found by header
 * (src/store/registerLayout.ts).
 */
import { SHEET } from '../strings';
import { columnLetter, DATE_KEYS, type RegisterKey } from '../domain/register';
import { fromSheetSerial } from '../domain/calendar';
import { RegisterLayout, spanOf } from '../domain/registerLayout';
import { batchGetValues, sheetsApiAvailable } from '../adapters/sheetsApi';
import { registerLayout } from './registerLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The data rows of some register fields, one array per field (same length for each). */
export type RegisterColumns = Partial<Record<RegisterKey, unknown[]>>;

/**
 * Reads the span of columns holding `keys` (2 calls; a column staff inserted among them is read
 * and ignored) and returns each field's cells by key; a field without a column is left out.
 * Null when the register is missing: the caller refuses with its own message.
 */
export function readRegisterColumns(
  ss: Spreadsheet,
  keys: readonly RegisterKey[],
): RegisterColumns | null {
  return readRegisterSpans({ spreadsheet: () => ss, spreadsheetId: '' }, [keys]);
}

/** Where the register is: the spreadsheet (opened on demand), and its id when the API may read it. */
export interface RegisterSource {
  spreadsheet: () => Spreadsheet;
  /** The desk's spreadsheet id, known to be the active one; '' reads through SpreadsheetApp. */
  spreadsheetId: string;
}

/**
 * Reads the spans of `spans` (each a list of keys) and returns every field's cells by key. With a
 * spreadsheet id and the Sheets API enabled, every span in one values.batchGet (1 call, no
 * spreadsheet opened); else 1 call for the spreadsheet and 2 per span. Null when the register
 * is missing; a read that fails while the register is there (a service error) propagates.
 */
export function readRegisterSpans(
  source: RegisterSource,
  spans: ReadonlyArray<readonly RegisterKey[]>,
): RegisterColumns | null {
  const layout = registerLayout(source.spreadsheet);
  if (source.spreadsheetId) {
    const read = readRegisterViaApi(source.spreadsheetId, layout, spans.flat());
    if (read) return read.columns;
  }
  const reads = spans.map((keys) => rangeOf(layout, keys));
  const blocks = readThroughSpreadsheetApp(
    source.spreadsheet(),
    reads.map((r) => r.a1),
  );
  return blocks && columnsOf(layout, reads, blocks);
}

/** What one values.batchGet gave: the register's fields by key, and the other ranges' rows. */
export interface RegisterApiRead {
  columns: RegisterColumns;
  /** The rows of each of `others`, in order (serials left as numbers). */
  others: unknown[][][];
}

/**
 * The register's `keys` (each run of adjacent columns as its own range, so no column between them
 * is moved) and `others` (A1 ranges of other sheets) in one Sheets API values.batchGet: 1 call.
 * Null when the service is not enabled or the request fails (a missing sheet and a failing
 * service look alike here): the caller reads through SpreadsheetApp, which tells them apart.
 * Only for an execution that has written nothing yet: the API does not see SpreadsheetApp's
 * pending writes (src/adapters/sheetsApi.ts).
 */
export function readRegisterViaApi(
  spreadsheetId: string,
  layout: RegisterLayout,
  keys: readonly RegisterKey[],
  others: readonly string[] = [],
): RegisterApiRead | null {
  if (!sheetsApiAvailable()) return null;
  const reads = adjacentRuns(layout, keys).map((run) => rangeOf(layout, run));
  let blocks: unknown[][][];
  try {
    blocks = batchGetValues(spreadsheetId, [...reads.map((r) => r.a1), ...others]);
  } catch {
    return null;
  }
  return {
    columns: columnsOf(layout, reads, blocks.slice(0, reads.length)),
    others: blocks.slice(reads.length),
  };
}

interface RangeRead {
  keys: readonly RegisterKey[];
  first: number;
  a1: string;
}

/** The open-ended range (row 2 down) of the span of columns holding `keys`. */
function rangeOf(layout: RegisterLayout, keys: readonly RegisterKey[]): RangeRead {
  const { first, last } = spanOf(layout, keys);
  return { keys, first, a1: `'${SHEET.register}'!${columnLetter(first)}2:${columnLetter(last)}` };
}

/** Each field's cells, as many as the longest block has rows (the API leaves out empty ends). */
function columnsOf(
  layout: RegisterLayout,
  reads: readonly RangeRead[],
  blocks: unknown[][][],
): RegisterColumns {
  const rows = Math.max(0, ...blocks.map((b) => b.length));
  const columns: RegisterColumns = {};
  reads.forEach(({ keys, first }, i) => {
    for (const key of keys) {
      const column = layout.columns[key];
      if (column < 1) continue;
      const block = blocks[i];
      columns[key] = Array.from({ length: rows }, (_, r) =>
        cellOf(key, block[r]?.[column - first]),
      );
    }
  });
  return columns;
}

/** The keys (those with a column) grouped into runs of adjacent columns, left to right. */
function adjacentRuns(layout: RegisterLayout, keys: readonly RegisterKey[]): RegisterKey[][] {
  const placed = [...new Set(keys)]
    .filter((k) => layout.columns[k] > 0)
    .sort((a, b) => layout.columns[a] - layout.columns[b]);
  const runs: RegisterKey[][] = [];
  for (const key of placed) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (previous && layout.columns[key] === layout.columns[previous] + 1) run.push(key);
    else runs.push([key]);
  }
  return runs;
}

/** The rows of each range (2 calls each); null when the register is missing. */
function readThroughSpreadsheetApp(ss: Spreadsheet, ranges: string[]): unknown[][][] | null {
  try {
    return ranges.map((a1) => ss.getRange(a1).getValues());
  } catch (error) {
    if (ss.getSheetByName(SHEET.register)) throw error;
    return null;
  }
}

/** A cell as getValues gives it: '' for an empty one, a Date for a serial in a date column. */
function cellOf(key: RegisterKey, value: unknown): unknown {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && DATE_KEYS.has(key)) return fromSheetSerial(value);
  return value;
}

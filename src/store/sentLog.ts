/**
 * The 送信記録 sheet: one row per reminder sent (date, recipient, case, status, due, kind, key),
 * for people to read. Append-only: a run writes only below every row already there, and rows an
 * interrupted run may already have written (the "carried" rows, rebuilt from the send journal,
 * see sweepState.ts) are found, never written twice. The deduplication copy lives in document
 * properties (sentLog.ts). Columns are found by header (src/store/logLayouts.ts): rows are built
 * in SENT_LOG_HEADERS order, each value written under its header, and a row is compared by its
 * fields only (a column staff added is neither written nor compared).
 */
import { SHEET, SWEEP_UI } from '../strings';
import { rowText, SentLogRow } from '../domain/deadlines/sentLog';
import { columnLetter } from '../domain/register';
import { asCellText } from '../domain/cellText';
import type { SheetLayout, SheetLayoutReading } from '../domain/sheetLayout';
import { logLayout, placeLogRow, toLogOrder, upgradeLogSheet } from './logLayouts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the next rows go, and how many rows the sheet has (0: unknown). */
export interface SentLogCursor {
  nextRow: number;
  maxRows: number;
}

/**
 * Rows the sheet starts with and grows by: a run that must grow the sheet pays two more calls,
 * so it grows in large steps (35,000 empty cells; the file's limit is 10 million).
 */
const GROWTH_ROWS = 5_000;

/**
 * How far above the sheet's last row carried rows are looked for, besides their own number (a
 * person may have typed a few rows below them since).
 */
const TAIL_SLACK = 50;

/**
 * Creates the sheet when missing (setup, or a person deleted it), or adds the headers a newer
 * version has; the reading of its header is this execution's layout (setup stores it).
 */
export function ensureSentLogSheet(ss: Spreadsheet): {
  sheet: Sheet;
  created: boolean;
  reading: SheetLayoutReading;
} {
  const upgraded = upgradeLogSheet(ss, 'sentLog', [130, 260, 100, 120, 100, 110, 420]);
  const { sheet, created } = upgraded;
  if (created) {
    sheet.protect().setDescription(SWEEP_UI.sentLogProtection(SHEET.sentLog)).setWarningOnly(true);
    const rows = sheet.getMaxRows();
    if (rows < GROWTH_ROWS) sheet.insertRowsAfter(rows, GROWTH_ROWS - rows);
  }
  return upgraded;
}

/** The cursor after appending `count` rows (the sheet grows when they do not fit). */
export function cursorAfter(cursor: SentLogCursor, count: number): SentLogCursor {
  const lastRow = cursor.nextRow + count - 1;
  const maxRows = lastRow > cursor.maxRows ? lastRow + GROWTH_ROWS : cursor.maxRows;
  return { nextRow: cursor.nextRow + count, maxRows };
}

const isBlank = (row: readonly unknown[]) => row.every((v) => v === '' || v === null);

/** Columns A.. up to the last of ours: a read or write of them sees every field. */
const widthOf = (layout: SheetLayout) => Math.max(layout.width, 1);

/** A sheet row's fields as rowText compares them (its columns found by header). */
const fieldsText = (layout: SheetLayout, row: readonly unknown[]) =>
  rowText(toLogOrder('sentLog', row, 1, layout));

/**
 * The same for a row to write, as the sheet will hold it: a field without a column (its header
 * renamed) is not written, so it is not compared either.
 */
const writtenText = (layout: SheetLayout, row: SentLogRow) =>
  fieldsText(layout, placeLogRow<unknown>('sentLog', row, '', [], layout));

/** A sheet row to write: our fields under their headers, other cells as read (text as text). */
const sheetRowOf = (layout: SheetLayout, row: SentLogRow, base: readonly unknown[] = []) =>
  placeLogRow<unknown>(
    'sentLog',
    row,
    '',
    base.map((v) => (typeof v === 'string' ? asCellText(v) : (v ?? ''))),
    layout,
  );

/**
 * Appends `carried` (rows an interrupted run may have written already) then `fresh` rows.
 *
 * Usually at the cursor kept in the sweep state: the target rows are read first (getRange,
 * getValues, setValues: three calls; two more when the sheet must grow) and written only if they
 * are blank, or begin with exactly the carried rows (the interrupted run wrote them there: they
 * are written again, unchanged). Anything else there (a person typed, the sheet was shortened or
 * replaced, a call failed) and the real end of the sheet is found instead: rows already near it
 * are not written again, and the cursor is saved (`saveCursor`) before the write, so the rows of
 * a run stopped after it are found at the cursor next time. Errors there propagate: nothing here
 * reads a failure as "empty".
 */
export function appendSentLog(
  ss: Spreadsheet,
  cursor: SentLogCursor,
  carried: SentLogRow[],
  fresh: SentLogRow[],
  saveCursor: (cursor: SentLogCursor) => void,
): SentLogCursor {
  const rows = [...carried, ...fresh];
  if (!rows.length) return cursor;
  if (cursor.nextRow >= 2 && cursor.maxRows >= cursor.nextRow - 1) {
    let written: SentLogCursor | null = null;
    try {
      written = appendAtCursor(ss, cursor, carried, rows);
    } catch {
      // The sheet is not as the cursor says (or a call failed): its real end is found below.
    }
    if (written) return written;
  }
  return appendAtEnd(ss, rows, saveCursor);
}

function appendAtCursor(
  ss: Spreadsheet,
  cursor: SentLogCursor,
  carried: SentLogRow[],
  rows: SentLogRow[],
): SentLogCursor | null {
  const after = cursorAfter(cursor, rows.length);
  if (after.maxRows > cursor.maxRows) {
    const sheet = ss.getSheetByName(SHEET.sentLog);
    if (!sheet) return null;
    sheet.insertRowsAfter(cursor.maxRows, after.maxRows - cursor.maxRows);
  }
  const layout = logLayout('sentLog');
  const last = columnLetter(widthOf(layout));
  const range = ss.getRange(
    `'${SHEET.sentLog}'!A${cursor.nextRow}:${last}${cursor.nextRow + rows.length - 1}`,
  );
  const there = range.getValues();
  const allBlank = there.every(isBlank);
  const carriedThere = there.every((row, i) =>
    i < carried.length ? fieldsText(layout, row) === writtenText(layout, carried[i]) : isBlank(row),
  );
  if (!allBlank && !carriedThere) return null;
  range.setValues(rows.map((row, i) => sheetRowOf(layout, row, there[i])));
  return after;
}

/**
 * Finds the sheet's last row, leaves out rows already near it (written by an interrupted run, or
 * by a write that failed after taking effect), saves the cursor, and writes below the last row.
 */
function appendAtEnd(
  ss: Spreadsheet,
  rows: SentLogRow[],
  saveCursor: (cursor: SentLogCursor) => void,
): SentLogCursor {
  // A sheet made again here has the header it was just given: ensureSentLogSheet's layout.
  const sheet = ss.getSheetByName(SHEET.sentLog) ?? ensureSentLogSheet(ss).sheet;
  const layout = logLayout('sentLog');
  const width = widthOf(layout);
  const lastRow = Math.max(sheet.getLastRow(), 1);
  let missing = rows;
  if (lastRow >= 2) {
    const first = Math.max(2, lastRow - rows.length - TAIL_SLACK + 1);
    const tail = sheet.getRange(first, 1, lastRow - first + 1, width).getValues();
    const present = new Map<string, number>();
    for (const cells of tail) {
      const text = fieldsText(layout, cells);
      present.set(text, (present.get(text) ?? 0) + 1);
    }
    missing = rows.filter((row) => {
      const text = writtenText(layout, row);
      const n = present.get(text) ?? 0;
      if (n) present.set(text, n - 1);
      return n === 0;
    });
  }
  const maxRows = sheet.getMaxRows();
  const at: SentLogCursor = { nextRow: lastRow + 1, maxRows };
  if (!missing.length) return at;
  const after = cursorAfter(at, missing.length);
  saveCursor(at);
  if (after.maxRows > maxRows) sheet.insertRowsAfter(maxRows, after.maxRows - maxRows);
  sheet
    .getRange(lastRow + 1, 1, missing.length, width)
    .setValues(missing.map((row) => sheetRowOf(layout, row)));
  return after;
}

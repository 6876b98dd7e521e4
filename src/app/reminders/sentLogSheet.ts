/**
 * The 送信記録 sheet: one row per reminder sent (date, recipient, case, status, due, kind, key),
 * for people to read. The sweep appends in one batch at a row it keeps in its state, so it never
 * reads the sheet (the deduplication copy lives in document properties, see sentLog.ts).
 */
import { SENT_LOG_HEADERS, SHEET, SWEEP_UI } from '../../strings';
import { ensureSheet } from '../../adapters/sheets';
import { SENT_LOG_WIDTH, SentLogRow } from '../../domain/deadlines/sentLog';
import { columnLetter } from '../../domain/register';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where the next rows go, and how many rows the sheet has. */
export interface SentLogCursor {
  nextRow: number;
  maxRows: number;
}

/**
 * Rows the sheet starts with and grows by: a run that must grow the sheet pays two more calls,
 * so it grows in large steps (35,000 empty cells; the file's limit is 10 million).
 */
const GROWTH_ROWS = 5_000;

/** Creates the sheet when missing (setup, or a person deleted it); returns its cursor. */
export function ensureSentLogSheet(ss: Spreadsheet): SentLogCursor {
  const { sheet, created } = ensureSheet(ss, {
    name: SHEET.sentLog,
    headers: SENT_LOG_HEADERS,
    widths: [130, 260, 100, 120, 100, 110, 420],
  });
  if (created) {
    sheet.protect().setDescription(SWEEP_UI.sentLogProtection(SHEET.sentLog)).setWarningOnly(true);
    const rows = sheet.getMaxRows();
    if (rows < GROWTH_ROWS) sheet.insertRowsAfter(rows, GROWTH_ROWS - rows);
  }
  return { nextRow: Math.max(sheet.getLastRow(), 1) + 1, maxRows: sheet.getMaxRows() };
}

/** The cursor after appending `count` rows (the sheet grows when they do not fit). */
export function cursorAfter(cursor: SentLogCursor, count: number): SentLogCursor {
  const lastRow = cursor.nextRow + count - 1;
  const maxRows = lastRow > cursor.maxRows ? lastRow + GROWTH_ROWS : cursor.maxRows;
  return { nextRow: cursor.nextRow + count, maxRows };
}

/**
 * Appends rows at the cursor: one getRange and one setValues; two more calls when the sheet
 * must grow (every GROWTH_ROWS rows). If the sheet was deleted, it is recreated.
 */
export function appendSentLog(
  ss: Spreadsheet,
  cursor: SentLogCursor,
  rows: SentLogRow[],
): SentLogCursor {
  if (!rows.length) return cursor;
  const write = (c: SentLogCursor): SentLogCursor => {
    const after = cursorAfter(c, rows.length);
    if (after.maxRows > c.maxRows) {
      const sheet = ss.getSheetByName(SHEET.sentLog);
      if (!sheet) throw new Error(SWEEP_UI.noSentLogSheet(SHEET.sentLog));
      sheet.insertRowsAfter(c.maxRows, after.maxRows - c.maxRows);
    }
    const last = columnLetter(SENT_LOG_WIDTH);
    ss.getRange(`'${SHEET.sentLog}'!A${c.nextRow}:${last}${c.nextRow + rows.length - 1}`).setValues(
      rows,
    );
    return after;
  };
  if (cursor.nextRow >= 2 && cursor.maxRows >= 1) {
    try {
      return write(cursor);
    } catch {
      // the sheet was deleted or shortened by hand: find its real end and write there
    }
  }
  return write(ensureSentLogSheet(ss));
}

/**
 * The 案件台帳 sheet as the intake, recovery and 事前相談 use it: finding it, reading it whole or a
 * span of rows, appending a case's row, finding a row by case number and writing the receipt
 * cells. Columns are found by header (src/store/registerLayout.ts); rows go in and out in
 * register order (REGISTER_COLUMNS), as the domain builds and reads them.
 */
import { SHEET } from '../strings';
import { WORKFLOW_UI } from '../strings/workflow';
import type { RegisterKey } from '../domain/register';
import { placeInSheetRow, RegisterLayout, spanOf, toRegisterOrder } from '../domain/registerLayout';
import { registerLayout } from './registerLayout';
import { WorkflowError } from './context';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type RegisterSheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The register sheet, or null before setup made it (1 call). */
export function findRegisterSheet(ss: Spreadsheet): RegisterSheet | null {
  return ss.getSheetByName(SHEET.register);
}

/** Every cell of the register, header row included, in sheet order (1 read, 2 calls). */
export function readWholeRegister(register: RegisterSheet): unknown[][] {
  return register.getDataRange().getValues();
}

/**
 * Rows `first` to `last` in register order, read in one call (Sheet.getSheetValues) from column
 * A up to the last column of `keys`; other fields read as ''.
 */
export function readRegisterRowsBetween(
  register: RegisterSheet,
  first: number,
  last: number,
  keys: readonly RegisterKey[],
): unknown[][] {
  const layout = registerLayout(register);
  const width = spanOf(layout, keys).last;
  return register
    .getSheetValues(first, 1, last - first + 1, width)
    .map((row) => toRegisterOrder(layout, row, 1));
}

/** Appends a case's row (register order), each value at its column found by header (1 call). */
export function appendCaseRow(register: RegisterSheet, row: readonly unknown[]): void {
  register.appendRow(placeInSheetRow(registerLayout(register), row, [], ''));
}

/**
 * The last row whose 案件番号 cell holds the case number (4 calls: the sheet, its last row, one
 * read of that column, found by header); 0 when none does. Refused when the register is missing.
 */
export function lastRowOfCase(ss: Spreadsheet, caseNumber: string): number {
  const register = findRegisterSheet(ss);
  if (!register) throw new WorkflowError(WORKFLOW_UI.noRegister);
  const last = register.getLastRow();
  // 案件番号 where the header puts it (column A unless staff moved it).
  const column = Math.max(registerLayout(register).columns.caseNumber, 1);
  const numbers = register.getRange(1, column, Math.max(last, 1), 1).getValues();
  for (let i = numbers.length - 1; i >= 0; i--) {
    if (String(numbers[i][0]).replace(/^'/, '') === caseNumber) return i + 1;
  }
  return 0;
}

/**
 * Settles the receipts still pending, one row at a time: the data rows (header excluded, sheet
 * order, `layout.width` wide) are read in one call; for each row `isPending` accepts, `settle`
 * (which may send the receipt) returns the receipt cell's new text, or null to leave it, and the
 * cell is written right after — so a stop repeats at most the one send in flight
 * (docs/reliability.md, "Intake and recovery").
 */
export function settleReceiptCells(
  register: RegisterSheet,
  layout: RegisterLayout,
  isPending: (row: unknown[]) => boolean,
  settle: (row: unknown[]) => string | null,
): void {
  const lastRow = register.getLastRow();
  if (lastRow < 2) return;
  const rows = register.getRange(2, 1, lastRow - 1, layout.width).getValues();
  rows.forEach((r, i) => {
    if (!isPending(r)) return;
    // Taken before the send, as before: the cell write right after it is one call.
    const cell = register.getRange(i + 2, layout.columns.receipt);
    const text = settle(r);
    if (text !== null) cell.setValue(text);
  });
}

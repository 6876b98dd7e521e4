/**
 * What a department answer (src/app/departmentAnswer.ts) reads and writes of the case: its
 * register row — found at the row the hand-off was made from, else by its case number — written
 * back with the answer's cells, and its 対話記録 row, found by 操作ID when completing.
 */
import { SHEET } from '../strings';
import type { CellOut } from '../domain/register';
import { columnLetter } from '../domain/register';
import { placeInSheetRow, RegisterLayout, toRegisterOrder } from '../domain/registerLayout';
import { caseRecordFromRow, CaseRecord, rowWithChanges, RowChanges } from '../domain/workflow';
import { registerLayout } from './registerLayout';
import { dialogueHasOp, findCaseRow } from './journal';
import { placeLogRow } from './logLayouts';
import { requireOpColumn } from './history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The case's register row as read, A up to the last field of ours. */
export interface AnsweredCaseRow {
  record: CaseRecord;
  /** The cells in sheet order (staff columns included), written back as read. */
  values: unknown[];
  /** The same row in register order, as the domain reads it. */
  registerValues: unknown[];
  layout: RegisterLayout;
  /** Where the row is written back (writeAnsweredCase). */
  range: GoogleAppsScript.Spreadsheet.Range;
}

/**
 * The case's register row: the row the hand-off was made from (the link's 照会番号), read in one
 * range (2 calls); if rows moved since, the case number is looked up in its column (one search)
 * and that row read. Null when no row holds the case.
 */
export function findAnsweredCase(
  ss: Spreadsheet,
  caseNumber: string,
  rowHint: number,
): AnsweredCaseRow | null {
  const read = (row: number): AnsweredCaseRow | null => {
    // Columns found by header through the layout the properties read brought
    // (src/domain/registerLayout.ts): no call more.
    const layout = registerLayout(ss);
    const last = columnLetter(Math.max(layout.width, 1));
    const range = ss.getRange(`'${SHEET.register}'!A${row}:${last}${row}`);
    const values = range.getValues()[0];
    const registerValues = toRegisterOrder(layout, values);
    const record = caseRecordFromRow(registerValues);
    return record.caseNumber.replace(/^'/, '') === caseNumber
      ? { record, range, values, registerValues, layout }
      : null;
  };
  const hinted = rowHint ? read(rowHint) : null;
  if (hinted) return hinted;
  const register = ss.getSheetByName(SHEET.register);
  if (!register) return null;
  const numberColumn = registerLayout(ss).columns.caseNumber;
  if (numberColumn < 1) return null;
  const row = findCaseRow(register, caseNumber, numberColumn);
  return row >= 2 ? read(row) : null;
}

/** Writes the changed fields at their columns, the other cells back as read (1 call). */
export function writeAnsweredCase(found: AnsweredCaseRow, changes: RowChanges): void {
  found.range.setValues([
    placeInSheetRow(
      found.layout,
      rowWithChanges(found.registerValues, changes),
      rowWithChanges(found.values, {}),
      '' as CellOut,
    ),
  ]);
}

/**
 * Appends the answer's 対話記録 row (DIALOGUE_HEADERS order, its 操作ID last), unless `checking` (completing an earlier
 * delivery) finds it there already. Nothing without the sheet.
 */
export function appendAnswerDialogue(
  ss: Spreadsheet,
  row: unknown[],
  opId: string,
  checking: boolean,
): void {
  const dialogues = ss.getSheetByName(SHEET.dialogues);
  if (dialogues) requireOpColumn('dialogues');
  if (dialogues && !(checking && dialogueHasOp(dialogues, opId))) {
    dialogues.appendRow(placeLogRow('dialogues', row, '' as unknown)); // each value under its header
  }
}

/**
 * One register row, read and written as a typed record. A case is found by its row number and
 * checked by its case number: rows may be sorted or deleted while a sidebar is open, and reading
 * one row costs the same with 10 or 10,000 cases (no scan).
 */
import { SHEET } from '../strings';
import { WORKFLOW_UI } from '../strings/workflow';
import { columnLetter } from '../domain/register';
import { RegisterLayout, toRegisterOrder } from '../domain/registerLayout';
import { registerLayout } from './registerLayout';
import { CaseRecord, caseRecordFromRow, checkCaseIdentity } from '../domain/workflow';
import type { CaseRef } from '../app/sidebarContract';
import { WorkflowError } from './context';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface CaseRow {
  ref: CaseRef;
  /** Columns A up to the last field of ours (staff columns in between included). */
  range: Range;
  /** The cells of `range` as read, in sheet order (written back with the changes placed). */
  values: unknown[];
  /** The same row in register order (REGISTER_COLUMNS), as the domain reads it. */
  registerValues: unknown[];
  record: CaseRecord;
  /** Where each field sits (src/domain/registerLayout.ts). */
  layout: RegisterLayout;
}

export function checkRef(ref: unknown): CaseRef {
  const r = ref as CaseRef | null;
  if (
    !r ||
    typeof r !== 'object' ||
    !Number.isInteger(r.row) ||
    r.row < 2 ||
    typeof r.caseNumber !== 'string' ||
    r.caseNumber === ''
  ) {
    throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  }
  return { row: r.row, caseNumber: r.caseNumber };
}

/**
 * Reads one row (2 calls: columns are found by header through the layout the properties read
 * brought, src/store/registerLayout.ts) and checks it still holds the case.
 */
export function readCaseRow(ss: Spreadsheet, ref: CaseRef): CaseRow {
  const layout = registerLayout(ss);
  const a1 = `'${SHEET.register}'!A${ref.row}:${columnLetter(Math.max(layout.width, 1))}${ref.row}`;
  let range: Range;
  try {
    range = ss.getRange(a1);
  } catch {
    throw new WorkflowError(WORKFLOW_UI.noSuchRow(ref.row));
  }
  const values = range.getValues()[0];
  const registerValues = toRegisterOrder(layout, values);
  const record = caseRecordFromRow(registerValues);
  const mismatch = checkCaseIdentity(record, ref);
  if (mismatch) throw new WorkflowError(mismatch);
  return { ref, range, values, registerValues, record, layout };
}

/** The case in the row the person selected in 案件台帳. */
export function selectedCase(ss: Spreadsheet): CaseRef {
  const sheet = ss.getActiveSheet();
  if (sheet.getName() !== SHEET.register) throw new WorkflowError(WORKFLOW_UI.selectCaseRow);
  const row = sheet.getActiveRange()?.getRow() ?? 0;
  if (row < 2) throw new WorkflowError(WORKFLOW_UI.selectCaseRow);
  const caseNumber = String(
    sheet.getRange(row, Math.max(registerLayout(ss).columns.caseNumber, 1)).getValue(),
  ).trim();
  if (!caseNumber) throw new WorkflowError(WORKFLOW_UI.selectCaseRow);
  return { row, caseNumber };
}

/**
 * One register row, read and written as a typed record. A case is found by its row number and
 * checked by its case number: rows may be sorted or deleted while a sidebar is open, and reading
 * one row costs the same with 10 or 10,000 cases (no scan).
 */
import { SHEET } from '../../strings';
import { WORKFLOW_UI } from '../../strings/workflow';
import { columnLetter, REGISTER_COLUMNS, registerColumn, RegisterKey } from '../../domain/register';
import { CaseRecord, caseRecordFromRow, checkCaseIdentity } from '../../domain/workflow';
import type { CaseRef } from '../sidebarContract';
import { WorkflowError } from './context';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * The workflow reads and writes columns A up to the last one it changes or checks (報告書URL).
 * Columns in between that others write (協定, documents) are written back as read, under the
 * document lock that every writer of the register takes (docs/reliability.md).
 */
const WORKFLOW_KEYS: RegisterKey[] = [
  'status',
  'statusChangedAt',
  'dueDate',
  'department',
  'departmentDue',
  'owner',
  'lastDialogueAt',
  'goal',
  'roleSplit',
  'pocChecklist',
  'pocEnd',
  'reportDue',
  // Issue 12: the receipts of the applicant's files, written by the sidebar and read by every
  // move as the gates of the process table (src/domain/workflow/tracks.ts).
  'proposalReceivedOn',
  'proposalFileUrl',
  'reportReceivedOn',
  'reportFileUrl',
];
export const WORKFLOW_LAST_COLUMN = Math.max(...WORKFLOW_KEYS.map(registerColumn));
export const REGISTER_LAST_COLUMN = REGISTER_COLUMNS.length;

export interface CaseRow {
  ref: CaseRef;
  range: Range;
  values: unknown[];
  record: CaseRecord;
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

/** Reads one row (2 calls) and checks it still holds the case. */
export function readCaseRow(
  ss: Spreadsheet,
  ref: CaseRef,
  lastColumn = WORKFLOW_LAST_COLUMN,
): CaseRow {
  const a1 = `'${SHEET.register}'!A${ref.row}:${columnLetter(lastColumn)}${ref.row}`;
  let range: Range;
  try {
    range = ss.getRange(a1);
  } catch {
    throw new WorkflowError(WORKFLOW_UI.noSuchRow(ref.row));
  }
  const values = range.getValues()[0];
  const record = caseRecordFromRow(values);
  const mismatch = checkCaseIdentity(record, ref);
  if (mismatch) throw new WorkflowError(mismatch);
  return { ref, range, values, record };
}

/** A link that opens the register at the case's row. */
export function registerRowUrl(ss: Spreadsheet, row: number): string {
  const sheet = ss.getSheetByName(SHEET.register);
  const gid = sheet ? `#gid=${sheet.getSheetId()}&range=A${row}` : '';
  return `${ss.getUrl()}${gid}`;
}

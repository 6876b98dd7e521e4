/**
 * Department addresses for the sweep. The 担当課 sheet is the source of truth; the sweep reads a
 * snapshot of it from document properties (as the intake reads 設定) so its daily run stays
 * within its call budget. The snapshot is refreshed by setup, by the run-now menu, whenever the
 * register names a department the snapshot lacks, and on edits of 担当課 (refreshDepartmentsOnEdit).
 */
import { SHEET } from '../../strings';
import { parseJson } from '../../adapters/properties';
import { REMINDER_PROP } from './stateStore';

export type DepartmentEmails = Record<string, string>;

export function departmentsFromSnapshot(all: Record<string, string>): DepartmentEmails | null {
  return parseJson<DepartmentEmails>(all[REMINDER_PROP.departments]);
}

/** 担当課 name → email (one read of columns A:B). */
export function readDepartmentEmails(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): DepartmentEmails {
  const emails: DepartmentEmails = {};
  let rows: unknown[][];
  try {
    rows = ss.getRange(`'${SHEET.departments}'!A2:B`).getValues();
  } catch (error) {
    // No 担当課 sheet: every department item goes to the desk, marked. A failed read is not
    // "no sheet" (it would turn every department's address into none): it propagates.
    if (!ss.getSheetByName(SHEET.departments)) return emails;
    throw error;
  }
  for (const [name, email] of rows) {
    const key = String(name ?? '').trim();
    if (key && !(key in emails)) emails[key] = String(email ?? '').trim();
  }
  return emails;
}

/** Reads 担当課 and stores the snapshot; returns it. */
export function snapshotDepartments(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
): DepartmentEmails {
  const emails = readDepartmentEmails(ss);
  props.setProperty(REMINDER_PROP.departments, JSON.stringify(emails));
  return emails;
}

/** onEdit: an edit of 担当課 refreshes the snapshot at once (call from the onEdit handler). */
export function refreshDepartmentsOnEdit(
  _e: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): void {
  const props = PropertiesService.getDocumentProperties();
  if (props) snapshotDepartments(sheet.getParent(), props);
}

/**
 * Department addresses for the sweep. The 担当課 sheet is the source of truth; the sweep reads a
 * snapshot of it from document properties (as the intake reads 設定) so its daily run stays
 * within its call budget. The snapshot is refreshed by setup, by the run-now menu, whenever the
 * register names a department the snapshot lacks, and on edits of 担当課 (refreshDepartmentsOnEdit).
 */
import { parseJson, documentPropertiesIfAny } from '../adapters/properties';
import { REMINDER_PROP } from './sweepState';
import { readDepartments } from './departments';

export type DepartmentEmails = Record<string, string>;

export function departmentsFromSnapshot(all: Record<string, string>): DepartmentEmails | null {
  return parseJson<DepartmentEmails>(all[REMINDER_PROP.departments]);
}

/** 担当課 name → email, the first row of a name winning (readDepartments: one read). */
export function readDepartmentEmails(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): DepartmentEmails {
  const emails: DepartmentEmails = {};
  for (const { name, email } of readDepartments(ss)) if (!(name in emails)) emails[name] = email;
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
  const props = documentPropertiesIfAny();
  if (props) snapshotDepartments(sheet.getParent(), props);
}

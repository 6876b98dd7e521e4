/**
 * The 担当課 sheet: [担当課, メールアドレス, 担当者, 備考], one department per row. Read here only:
 * the sidebar's list, the hand-off's address and the sweep's snapshot (src/app/reminders/
 * departments.ts) all come from readDepartments.
 */
import { SHEET } from '../strings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Department {
  name: string;
  email: string;
  contactName: string;
}

/**
 * Every named department, in sheet order (one read of A2:C, 2 calls). No 担当課 sheet reads as no
 * departments; a failed read is not "no sheet" (it would turn every department's address into
 * none): it propagates.
 */
export function readDepartments(ss: Spreadsheet): Department[] {
  let rows: unknown[][];
  try {
    rows = ss.getRange(`'${SHEET.departments}'!A2:C`).getValues();
  } catch (error) {
    if (!ss.getSheetByName(SHEET.departments)) return [];
    throw error;
  }
  return rows
    .map((r) => ({
      name: String(r[0] ?? '').trim(),
      email: String(r[1] ?? '').trim(),
      contactName: String(r[2] ?? '').trim(),
    }))
    .filter((d) => d.name !== '');
}

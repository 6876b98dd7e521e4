/** The 担当課 sheet: [担当課, メールアドレス, 担当者, 備考], one department per row. */
import { SHEET } from '../../strings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Department {
  name: string;
  email: string;
  contactName: string;
}

/** Every named department (one read). */
export function readDepartments(ss: Spreadsheet): Department[] {
  const sheet = ss.getSheetByName(SHEET.departments);
  if (!sheet) return [];
  return sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .map((r) => ({
      name: String(r[0] ?? '').trim(),
      email: String(r[1] ?? '').trim(),
      contactName: String(r[2] ?? '').trim(),
    }))
    .filter((d) => d.name !== '');
}

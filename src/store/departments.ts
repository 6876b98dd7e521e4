/**
 * The 担当課 sheet: [担当課, メールアドレス, 担当者, 備考], one department per row. Read here only:
 * the sidebar's list, the hand-off's address and the sweep's snapshot
 * (src/store/departmentSnapshot.ts) all come from readDepartments. Columns are found by header.
 */
import { DEPARTMENT_HEADERS, SHEET } from '../strings';
import { cellAt, headerPositions } from '../domain/sheetHeader';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Department {
  name: string;
  email: string;
  contactName: string;
}

/** The columns read: enough for the sheet's columns and any staff inserted among them. */
const DEPARTMENT_SPAN = 'A1:Z';

/**
 * Every named department, in sheet order (one read of the span with its header row, 2 calls),
 * its columns found by header (担当課, メールアドレス, 担当者). No 担当課 sheet reads as no
 * departments; a failed read is not "no sheet" (it would turn every department's address into
 * none): it propagates. A sheet narrower than the span is read whole instead.
 */
export function readDepartments(ss: Spreadsheet): Department[] {
  let rows: unknown[][];
  try {
    rows = ss.getRange(`'${SHEET.departments}'!${DEPARTMENT_SPAN}`).getValues();
  } catch (error) {
    const sheet = ss.getSheetByName(SHEET.departments);
    if (!sheet) return [];
    if (sheet.getMaxColumns() >= 26) throw error;
    rows = sheet.getDataRange().getValues();
  }
  const [name, email, contactName] = headerPositions(rows[0] ?? [], DEPARTMENT_HEADERS.slice(0, 3));
  return rows
    .slice(1)
    .map((r) => ({
      name: cellAt(r, name),
      email: cellAt(r, email),
      contactName: cellAt(r, contactName),
    }))
    .filter((d) => d.name !== '');
}

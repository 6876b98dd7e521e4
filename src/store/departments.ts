/**
 * The 担当課 sheet: [担当課, メールアドレス, 担当者, 備考], one department per row. Read here only:
 * the sidebar's list, the wizard's answers, the hand-off's address and the sweep's snapshot
 * (src/store/departmentSnapshot.ts) all come from readDepartments; the wizard's save goes through
 * rewriteDepartmentRows. Columns are found by header, so a column staff inserted or moved stays
 * where it is and keeps its values.
 */
import { DEPARTMENT_HEADERS, SHEET } from '../strings';
import { WIZARD_TEXT } from '../strings/wizard';
import { cellAt, headerPositions } from '../domain/sheetHeader';
import type { DepartmentColumns } from '../domain/wizard';
import { ensureSheet } from '../adapters/sheets';
import { DEPARTMENT_WIDTHS } from './deskSheets';

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

/**
 * Reads 担当課 whole (made when missing; one read) and, when `merge` returns rows, writes them
 * from row 2 (one write), as wide as the header row. `merge` gets the rows below the header and
 * where 担当課, メールアドレス and 担当者 are in them; blank rows are passed too, so the write
 * puts every row back where it was. Returns the rows read, for counting what changed.
 */
export function rewriteDepartmentRows(
  ss: Spreadsheet,
  merge: (rows: unknown[][], columns: DepartmentColumns, width: number) => unknown[][] | null,
): { read: unknown[][]; written: unknown[][] | null } {
  const { sheet } = ensureSheet(ss, {
    name: SHEET.departments,
    headers: DEPARTMENT_HEADERS,
    widths: DEPARTMENT_WIDTHS,
    // A renamed or deleted 担当課/メールアドレス/担当者 is refused below, not added again at the
    // end: an added メールアドレス would leave every address the desk typed in the renamed one.
    notAdded: () => DEPARTMENT_HEADERS.slice(0, 3),
  });
  const [header = [], ...read] = sheet.getDataRange().getValues();
  const [name, email, person] = headerPositions(header, DEPARTMENT_HEADERS.slice(0, 3));
  if (name < 0 || email < 0 || person < 0) throw new Error(missingDepartmentHeader(header));
  const width = Math.max(header.length, DEPARTMENT_HEADERS.length);
  const written = merge(read, { name, email, person }, width);
  if (written?.length) sheet.getRange(2, 1, written.length, width).setValues(written);
  return { read, written };
}

function missingDepartmentHeader(header: unknown[]): string {
  const present = new Set(header.map((h) => String(h ?? '').trim()));
  const missing = DEPARTMENT_HEADERS.slice(0, 3).filter((h) => !present.has(h));
  return WIZARD_TEXT.departmentHeaderMissing(SHEET.departments, missing);
}

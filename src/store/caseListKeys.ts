/**
 * The register's 事業者キー column, for the list of an organisation's cases (the sidebar's
 * other proposals of the same organisation, src/app/workflow/caseView.ts).
 */
import { SHEET } from '../strings';
import { columnLetter } from '../domain/register';
import { registerLayout } from './registerLayout';

/**
 * Every case row's 事業者キー, trimmed, from row 2 down: index i is row i + 2. One read of the
 * column found by header (2 calls, 10,000 short cells at most).
 */
export function readOrganisationKeys(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const column = columnLetter(registerLayout(ss).columns.organisationKey);
  const cells = ss.getRange(`'${SHEET.register}'!${column}2:${column}`).getValues();
  return cells.map((cell) => String(cell[0]).trim());
}

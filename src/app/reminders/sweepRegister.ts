/** The register as the sweep sees it: every case row, in one batch read. */
import { SHEET } from '../../strings';
import { columnLetter, REGISTER_COLUMNS } from '../../domain/register';
import type { SweepCase } from '../../domain/deadlines/reminders';
import { caseRecordFromRow } from '../../domain/workflow/caseRecord';

const FIRST_DATA_ROW = 2;

/**
 * Reads columns A to the register's last column from row 2 down to the sheet's last row (an
 * open-ended A1 range: one getRange, one getValues, whatever the size). Blank rows are skipped.
 */
export function readRegisterCases(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  grid?: { rows: number; columns: number },
): SweepCase[] {
  const last = columnLetter(REGISTER_COLUMNS.length);
  const values = ss.getRange(`'${SHEET.register}'!A${FIRST_DATA_ROW}:${last}`).getValues();
  // The read reaches the sheet's last row: its size, for ヘルスチェック (src/app/health.ts).
  if (grid) {
    grid.rows = values.length + FIRST_DATA_ROW - 1;
    grid.columns = REGISTER_COLUMNS.length;
  }
  const cases: SweepCase[] = [];
  values.forEach((row, i) => {
    const record = caseRecordFromRow(row);
    if (record.caseNumber.trim()) cases.push({ row: i + FIRST_DATA_ROW, record });
  });
  return cases;
}

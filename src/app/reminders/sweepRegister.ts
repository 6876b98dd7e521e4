/** The register as the sweep sees it: every case row, in one batch read. */
import type { SweepCase } from '../../domain/deadlines/reminders';
import { caseRecordFromRow } from '../../domain/workflow/caseRecord';
import { FIRST_DATA_ROW, readRegisterDataRows } from '../../store/reminderSheets';

/**
 * The register's cases, from one read of its rows (src/store/reminderSheets.ts); blank rows are
 * skipped.
 */
export function readRegisterCases(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  grid?: { rows: number; columns: number },
): SweepCase[] {
  const { rows, width } = readRegisterDataRows(ss);
  // The read reaches the sheet's last row: its size, for ヘルスチェック (src/app/health.ts).
  if (grid) {
    grid.rows = rows.length + FIRST_DATA_ROW - 1;
    grid.columns = width;
  }
  const cases: SweepCase[] = [];
  rows.forEach((row, i) => {
    const record = caseRecordFromRow(row);
    if (record.caseNumber.trim()) cases.push({ row: i + FIRST_DATA_ROW, record });
  });
  return cases;
}

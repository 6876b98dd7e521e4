/** The register as the sweep sees it: every case row, in one batch read. */
import { SHEET } from '../../strings';
import { columnLetter } from '../../domain/register';
import { toRegisterOrder } from '../../domain/registerLayout';
import { registerLayout } from '../../store/registerLayout';
import type { SweepCase } from '../../domain/deadlines/reminders';
import { caseRecordFromRow } from '../../domain/workflow/caseRecord';

const FIRST_DATA_ROW = 2;

/**
 * Reads columns A to the last field of ours from row 2 down to the sheet's last row (an
 * open-ended A1 range: one getRange, one getValues, whatever the size). Columns are found by
 * header through the layout the properties read brought (src/domain/registerLayout.ts): a
 * column staff inserted is read and ignored. Blank rows are skipped.
 */
export function readRegisterCases(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  grid?: { rows: number; columns: number },
): SweepCase[] {
  const layout = registerLayout(ss);
  const width = Math.max(layout.width, 1);
  const last = columnLetter(width);
  const values = ss.getRange(`'${SHEET.register}'!A${FIRST_DATA_ROW}:${last}`).getValues();
  // The read reaches the sheet's last row: its size, for ヘルスチェック (src/app/health.ts).
  if (grid) {
    grid.rows = values.length + FIRST_DATA_ROW - 1;
    grid.columns = width;
  }
  const cases: SweepCase[] = [];
  values.forEach((row, i) => {
    const record = caseRecordFromRow(toRegisterOrder(layout, row));
    if (record.caseNumber.trim()) cases.push({ row: i + FIRST_DATA_ROW, record });
  });
  return cases;
}

/**
 * What the annual report is computed from (src/app/documents/annualReport.ts): the register,
 * every field in register order (columns found by header, src/store/registerLayout.ts), and the
 * history rows — one read each.
 */
import { SHEET } from '../strings';
import { STATISTICS_UI } from '../strings/statistics';
import { STATISTICS_HISTORY_COLUMNS } from '../domain/statistics';
import { readRegisterRows } from './registerLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AnnualReportSources {
  /** Data rows of the register (header excluded), register order. */
  register: unknown[][];
  /** Data rows of 履歴 (header excluded), its first STATISTICS_HISTORY_COLUMNS columns. */
  history: unknown[][];
}

/** Both sheets (4 calls); a missing one is refused by name. */
export function readAnnualReportSources(ss: Spreadsheet): AnnualReportSources {
  const register = ss.getSheetByName(SHEET.register);
  const history = ss.getSheetByName(SHEET.history);
  if (!register) throw new Error(STATISTICS_UI.noSheet(SHEET.register));
  if (!history) throw new Error(STATISTICS_UI.noSheet(SHEET.history));
  return {
    register: readRegisterRows(register),
    history: history.getSheetValues(1, 1, -1, STATISTICS_HISTORY_COLUMNS).slice(1),
  };
}

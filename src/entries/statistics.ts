/** Entry points of the statistics feature (re-exported by src/index.ts; see the note there). */
import { withAlert } from '../app/menu';
import { refreshStatisticsFromMenu } from '../app/statistics';
import { createAnnualReportFromMenu } from '../app/documents/annualReport';

/** Menu: 統計を更新 (the 統計 sheet). */
export function menuRefreshStatistics(): void {
  withAlert(refreshStatisticsFromMenu);
}

/** Menu: 年次報告を作成 (a Google Doc and its PDF of one fiscal year). */
export function menuCreateAnnualReport(): void {
  withAlert(createAnnualReportFromMenu);
}

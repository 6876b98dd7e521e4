/** Entry points of the reminders feature (re-exported by src/index.ts; see the note there). */
import { UI } from '../strings';
import { withAlert } from '../app/menu';
import { onHourlyTrigger, recordSweepFailure, TimeEvent } from '../app/reminders/dailyTrigger';
import { previewSweepFromMenu, runSweepFromMenu } from '../app/reminders/menuActions';

/** Menu: 期限確認を今すぐ実行. */
export function menuRunSweepNow(): void {
  withAlert(runSweepFromMenu, UI.working.sweep);
}

/** Menu: 期限確認の送信予定を表示 (sends nothing). */
export function menuPreviewSweep(): void {
  withAlert(previewSweepFromMenu);
}

/**
 * Installable time-driven trigger, every hour: the daily sweep (and once a day, recovery of
 * missed form responses). A failure is kept for トリガーの状態, then rethrown for the log.
 */
export function onDailySweep(e?: TimeEvent): void {
  try {
    onHourlyTrigger(e);
  } catch (error) {
    recordSweepFailure(error as Error);
    throw error;
  }
}

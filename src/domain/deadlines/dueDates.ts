/**
 * When a case is due in its current status (docs/domain.md "Deadlines and reminders"): business days
 * from entering the status (or from the last logged dialogue, for 対話・調整), or calendar days
 * after the PoC end date for the applicant's report. A due date counted in calendar days that
 * lands on a closed day (weekend, holiday, 年末年始, 設定's closures) moves to the next business
 * day: nobody can hand a report to a closed office (issue 12). Pure; recomputed on every status
 * change.
 */
import { addBusinessDays, addCalendarDays, IsoDate, nextBusinessDayOnOrAfter } from '../calendar';
import type { DueSettingKey, Settings } from '../settings';
import type { Status } from '../workflow';

export interface DueInput {
  status: Status;
  /** The day the case entered its current status (Tokyo date). */
  enteredOn: IsoDate;
  /** The last logged dialogue, if any (対話の原則: silence is what is due). */
  lastDialogueOn?: IsoDate;
  /** End of the PoC, once known: the report is due a number of calendar days after it. */
  pocEnd?: IsoDate;
}

/** Statuses with a due time of their own, and the setting that holds it (business days unless
 * 設定 says 暦日). */
export const STATUS_DUE_SETTING: Partial<Record<Status, DueSettingKey>> = {
  '受付・内容確認': 'dueReceiptCheck',
  '対話・調整': 'dueDialogueIdle',
  提案書確認: 'dueProposalReview',
  実施可否判断: 'dueDecision',
  連携協定締結: 'dueAgreement',
};

/** The due date, or '' when the status has none (or its start is not known yet). */
export function dueDateFor(input: DueInput, settings: Settings): IsoDate | '' {
  if (input.status === '報告書作成') {
    if (!input.pocEnd) return '';
    return nextBusinessDayOnOrAfter(
      addCalendarDays(input.pocEnd, settings.pocReportDays),
      settings.extraClosures,
    );
  }
  const setting = STATUS_DUE_SETTING[input.status];
  if (!setting) return '';
  const from =
    input.status === '対話・調整' && input.lastDialogueOn && input.lastDialogueOn > input.enteredOn
      ? input.lastDialogueOn
      : input.enteredOn;
  const days = Math.max(0, Math.round(settings[setting]));
  if (settings.dueUnits?.[setting] === 'calendar') {
    return nextBusinessDayOnOrAfter(addCalendarDays(from, days), settings.extraClosures);
  }
  return addBusinessDays(from, days, settings.extraClosures);
}

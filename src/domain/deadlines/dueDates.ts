/**
 * When a case is due in its current status (docs/domain.md "Deadlines and reminders"), by the
 * status's due rule in the process table (src/domain/workflow/processTable.ts): business days from
 * entering the status (or from the last logged dialogue, when the rule says so), or calendar
 * days after the PoC end date for the applicant's report. A due date counted in calendar days
 * that lands on a closed day (weekend, holiday, 年末年始, 設定's closures) moves to the next
 * business day: nobody can hand a report to a closed office (issue 12). Pure; recomputed on
 * every status change.
 */
import { addBusinessDays, addCalendarDays, IsoDate, nextBusinessDayOnOrAfter } from '../calendar';
import type { DueSettingKey, Settings } from '../settings';
import { PROCESS, ProcessTable, statusDefinition } from '../workflow/tracks';
import type { DueRule, Status } from '../workflow/statuses';

export interface DueInput {
  /** A status of the table (Status for the real one). */
  status: Status | string;
  /** The day the case entered its current status (Tokyo date). */
  enteredOn: IsoDate;
  /** The last logged dialogue, if any (対話の原則: silence is what is due). */
  lastDialogueOn?: IsoDate;
  /** End of the PoC, once known: the report is due a number of calendar days after it. */
  pocEnd?: IsoDate;
}

/** The due rule of a status in the table, or undefined when it has none. */
export function dueRuleOf(status: string, table: ProcessTable = PROCESS): DueRule | undefined {
  return statusDefinition(status, table)?.due;
}

/** Statuses counting business (or 設定's calendar) days from a setting, and that setting. */
export const STATUS_DUE_SETTING: Partial<Record<Status, DueSettingKey>> = Object.fromEntries(
  Object.entries(PROCESS.statuses).flatMap(([status, def]) =>
    def.due && def.due.from !== 'pocEnd' ? [[status, def.due.setting]] : [],
  ),
);

/** The due date, or '' when the status has none (or its start is not known yet). */
export function dueDateFor(
  input: DueInput,
  settings: Settings,
  table: ProcessTable = PROCESS,
): IsoDate | '' {
  const rule = dueRuleOf(input.status, table);
  if (!rule) return '';
  if (rule.from === 'pocEnd') {
    if (!input.pocEnd) return '';
    return nextBusinessDayOnOrAfter(
      addCalendarDays(input.pocEnd, settings[rule.setting]),
      settings.extraClosures,
    );
  }
  const from =
    rule.from === 'lastDialogue' && input.lastDialogueOn && input.lastDialogueOn > input.enteredOn
      ? input.lastDialogueOn
      : input.enteredOn;
  const days = Math.max(0, Math.round(settings[rule.setting]));
  if (settings.dueUnits?.[rule.setting] === 'calendar') {
    return nextBusinessDayOnOrAfter(addCalendarDays(from, days), settings.extraClosures);
  }
  return addBusinessDays(from, days, settings.extraClosures);
}

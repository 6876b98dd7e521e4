/**
 * Marks due-soon and overdue rows of the register with conditional-format rules (one
 * setConditionalFormatRules call). Idempotent: the add-on's own rules are replaced, the rules a
 * city added are kept. Run by setup and by 設定を反映 (closure days from 設定 are part of the rules).
 */
import { toTokyoDate } from '../../domain/calendar';
import type { Settings } from '../../domain/settings';
import { columnLetter } from '../../domain/register';
import { closedWeekdays, dueFormatRules } from '../../domain/deadlines/registerFormats';
import { replaceDueFormatRules } from '../../store/reminderSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function applyDueFormats(ss: Spreadsheet, settings: Settings): void {
  replaceDueFormatRules(ss, (layout) => {
    const year = Number(toTokyoDate(new Date()).slice(0, 4));
    // Columns found by header (src/domain/registerLayout.ts); a register without 期限 or 状況 (a
    // renamed header) gets no rule until the header is put back.
    const due = layout.columns.dueDate;
    const status = layout.columns.status;
    if (due < 1 || status < 1) return null;
    return dueFormatRules({
      dueColumn: columnLetter(due),
      statusColumn: columnLetter(status),
      soonDays: settings.dueSoonBusinessDays,
      closedDays: closedWeekdays(year, settings.extraClosures),
    });
  });
}

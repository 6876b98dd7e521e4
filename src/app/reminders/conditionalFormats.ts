/**
 * Marks due-soon and overdue rows of the register with conditional-format rules (one
 * setConditionalFormatRules call). Idempotent: the add-on's own rules are replaced, the rules a
 * city added are kept. Run by setup and by 設定を反映 (closure days from 設定 are part of the rules).
 */
import { SHEET } from '../../strings';
import { toTokyoDate } from '../../domain/calendar';
import type { Settings } from '../../domain/settings';
import { columnLetter } from '../../domain/register';
import { registerLayout } from '../../store/registerLayout';
import {
  closedWeekdays,
  dueFormatRules,
  isOwnFormula,
} from '../../domain/deadlines/registerFormats';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function applyDueFormats(ss: Spreadsheet, settings: Settings): void {
  const sheet = ss.getSheetByName(SHEET.register);
  if (!sheet) return;
  const year = Number(toTokyoDate(new Date()).slice(0, 4));
  // Columns found by header (src/domain/registerLayout.ts); a register without 期限 or 状況 (a
  // renamed header) gets no rule until the header is put back.
  const layout = registerLayout(sheet);
  const due = layout.columns.dueDate;
  const status = layout.columns.status;
  if (due < 1 || status < 1) return;
  const rules = dueFormatRules({
    dueColumn: columnLetter(due),
    statusColumn: columnLetter(status),
    soonDays: settings.dueSoonBusinessDays,
    closedDays: closedWeekdays(year, settings.extraClosures),
  });
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  const range = sheet.getRange(2, 1, rows, Math.max(layout.width, 1));
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule));
  const ours = rules.map((r) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(r.formula)
      .setBackground(r.background)
      .setFontColor(r.fontColor)
      .setRanges([range])
      .build(),
  );
  // Ours first: overdue, then due soon, win over a city's own colouring of the same rows.
  sheet.setConditionalFormatRules([...ours, ...kept]);
}

function isOwnRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA') return false;
  return isOwnFormula(String(condition.getCriteriaValues()[0] ?? ''));
}

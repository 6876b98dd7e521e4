/**
 * The reminders' part of setup: the 送信記録 sheet, the register's due-date colours, what the
 * sweep keeps in properties (the 送信記録 cursor, the 担当課 snapshot, the register's sheet id)
 * and the hourly trigger. Idempotent, like the rest of setup.
 */
import { SHEET } from '../../strings';
import type { Settings } from '../../domain/settings';
import { ensureTrigger } from '../../adapters/triggers';
import { applyDueFormats } from './conditionalFormats';
import { readDepartmentEmails } from '../../store/departmentSnapshot';
import { ensureSentLogSheet } from '../../store/sentLog';
import { REMINDER_PROP } from '../../store/sweepState';
import { parseSweepState } from '../../domain/deadlines/sweepState';

export function setUpReminders(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  user: string,
  settings: Settings,
): void {
  const { sheet, created } = ensureSentLogSheet(ss);
  applyDueFormats(ss, settings);
  const register = ss.getSheetByName(SHEET.register);
  // The 送信記録 cursor is set for a new sheet only: on an existing one it may point at rows a
  // stopped sweep wrote and will look for there (sentLogSheet.ts); the state is not rewritten
  // either, so setup cannot undo what a sweep saved meanwhile.
  const cursor = created ? newSheetCursor(props, sheet) : {};
  props.setProperties({
    ...cursor,
    [REMINDER_PROP.departments]: JSON.stringify(readDepartmentEmails(ss)),
    ...(register ? { [REMINDER_PROP.registerSheetId]: String(register.getSheetId()) } : {}),
  });
  ensureTrigger(ss, props, 'daily', user);
}

function newSheetCursor(
  props: GoogleAppsScript.Properties.Properties,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): Record<string, string> {
  const state = parseSweepState(props.getProperty(REMINDER_PROP.state));
  const logNextRow = Math.max(sheet.getLastRow(), 1) + 1;
  return {
    [REMINDER_PROP.state]: JSON.stringify({ ...state, logNextRow, logMaxRows: sheet.getMaxRows() }),
  };
}

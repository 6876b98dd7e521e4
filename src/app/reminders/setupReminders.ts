/**
 * The reminders' part of setup: the 送信記録 sheet, the register's due-date colours, what the
 * sweep keeps in properties (the 送信記録 cursor and layout, the 担当課 snapshot, the register's
 * sheet id) and the hourly trigger. Idempotent, like the rest of setup.
 */
import type { Settings } from '../../domain/settings';
import { ensureTrigger } from '../../adapters/triggers';
import { applyDueFormats } from './conditionalFormats';
import { readDepartmentEmails } from '../../store/departmentSnapshot';
import { ensureSentLogSheet } from '../../store/sentLog';
import { REMINDER_PROP } from '../../store/sweepState';
import { reminderSetupSheets, ReminderSetupSheets } from '../../store/reminderSheets';
import { parseSweepState } from '../../domain/deadlines/sweepState';
import type { RenamedLogHeader } from '../../domain/logSheets';
import { logLayoutChanges, renamedOfReadings } from '../../store/logLayouts';

/**
 * Returns the 送信記録 headers staff renamed (reported by setup); its layout is stored with the
 * sweep's properties, in the same write (src/store/logLayouts.ts).
 */
export function setUpReminders(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  user: string,
  settings: Settings,
): RenamedLogHeader[] {
  const { sheet, created, reading } = ensureSentLogSheet(ss);
  applyDueFormats(ss, settings);
  const sheets = reminderSetupSheets(ss, sheet);
  // The 送信記録 cursor is set for a new sheet only: on an existing one it may point at rows a
  // stopped sweep wrote and will look for there (sentLogSheet.ts); the state is not rewritten
  // either, so setup cannot undo what a sweep saved meanwhile.
  const cursor = created ? newSheetCursor(props, sheets) : {};
  const departments = JSON.stringify(readDepartmentEmails(ss));
  const registerSheetId = sheets.registerSheetId();
  props.setProperties({
    ...cursor,
    [REMINDER_PROP.departments]: departments,
    ...(registerSheetId !== null ? { [REMINDER_PROP.registerSheetId]: registerSheetId } : {}),
    ...logLayoutChanges(null, { sentLog: reading }).set,
  });
  ensureTrigger(ss, props, 'daily', user);
  return renamedOfReadings({ sentLog: reading });
}

function newSheetCursor(
  props: GoogleAppsScript.Properties.Properties,
  sheets: ReminderSetupSheets,
): Record<string, string> {
  const state = parseSweepState(props.getProperty(REMINDER_PROP.state));
  const end = sheets.sentLogEnd();
  return {
    [REMINDER_PROP.state]: JSON.stringify({
      ...state,
      logNextRow: end.nextRow,
      logMaxRows: end.maxRows,
    }),
  };
}

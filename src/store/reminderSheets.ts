/**
 * What the reminders read and write in the register beyond 送信記録 (src/store/sentLog.ts): its
 * case rows in one batch read (the sweep and its preview), its due-date colours (conditional-format
 * rules) and its sheet id and URL for links in the digests. Columns are found by header through the
 * layout the properties read brought (src/store/registerLayout.ts).
 */
import { SHEET } from '../strings';
import { columnLetter } from '../domain/register';
import { RegisterLayout, toRegisterOrder } from '../domain/registerLayout';
import { DueFormatRule, isOwnFormula } from '../domain/deadlines/registerFormats';
import { registerLayout } from './registerLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The first data row of the register (row 1 is the header). */
export const FIRST_DATA_ROW = 2;

export interface RegisterDataRows {
  /** Every row from FIRST_DATA_ROW to the sheet's last row, in register order (blank ones too). */
  rows: unknown[][];
  /** How many columns were read: A to the last field of ours. */
  width: number;
}

/**
 * Reads columns A to the last field of ours from row 2 down to the sheet's last row (an
 * open-ended A1 range: one getRange, one getValues, whatever the size). A column staff inserted
 * is read and ignored.
 */
export function readRegisterDataRows(ss: Spreadsheet): RegisterDataRows {
  const layout = registerLayout(ss);
  const width = Math.max(layout.width, 1);
  const values = ss
    .getRange(`'${SHEET.register}'!A${FIRST_DATA_ROW}:${columnLetter(width)}`)
    .getValues();
  return { rows: values.map((row) => toRegisterOrder(layout, row)), width };
}

/**
 * Replaces the add-on's own conditional-format rules of the register's data rows with `rulesFor`
 * (given the layout; null leaves the rules as they are), in one setConditionalFormatRules call.
 * Rules a city added are kept, after ours (ours win over a city's colouring of the same rows).
 * Nothing happens without a register.
 */
export function replaceDueFormatRules(
  ss: Spreadsheet,
  rulesFor: (layout: RegisterLayout) => DueFormatRule[] | null,
): void {
  const sheet = ss.getSheetByName(SHEET.register);
  if (!sheet) return;
  const layout = registerLayout(sheet);
  const rules = rulesFor(layout);
  if (!rules) return;
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
  sheet.setConditionalFormatRules([...ours, ...kept]);
}

function isOwnRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition || String(condition.getCriteriaType()) !== 'CUSTOM_FORMULA') return false;
  return isOwnFormula(String(condition.getCriteriaValues()[0] ?? ''));
}

/** The register's sheet id, '' without a register (2 calls). */
export function readRegisterSheetId(ss: Spreadsheet): string {
  const sheet = ss.getSheetByName(SHEET.register);
  return sheet ? String(sheet.getSheetId()) : '';
}

/** The spreadsheet's URL (1 call), for links when setup has not stored it. */
export function spreadsheetUrl(ss: Spreadsheet): string {
  return ss.getUrl();
}

/**
 * What setup stores for the sweep, read in the order setup needs them: the register is found now
 * (1 call); its id is read when asked (1 call), as is the end of 送信記録 (2 calls).
 */
export interface ReminderSetupSheets {
  /** The register's sheet id, or null without a register. */
  registerSheetId(): string | null;
  /** The row after 送信記録's last one, and its size. */
  sentLogEnd(): { nextRow: number; maxRows: number };
}

export function reminderSetupSheets(ss: Spreadsheet, sentLog: Sheet): ReminderSetupSheets {
  const register = ss.getSheetByName(SHEET.register);
  return {
    registerSheetId: () => (register ? String(register.getSheetId()) : null),
    sentLogEnd: () => ({
      nextRow: Math.max(sentLog.getLastRow(), 1) + 1,
      maxRows: sentLog.getMaxRows(),
    }),
  };
}

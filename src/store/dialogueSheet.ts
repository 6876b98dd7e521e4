/**
 * The 対話記録 sheet, created by setup beside 履歴 and protected the same way: desk staff append
 * to it through the add-on (running as themselves); nobody is meant to edit it by hand. Every
 * setup run also adds staff listed in 設定 since to both logs' protections: otherwise a newly
 * listed staff member could not append and every action of theirs would be refused.
 */
import { SHEET } from '../strings';
import { appendOnlyProtection } from '../strings/workflow';
import type { SheetLayoutReading } from '../domain/sheetLayout';
import { upgradeLogSheet } from './logLayouts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Returns the reading of 対話記録's header (made or upgraded in place; the caller stores it). */
export function ensureDialogueSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  staff: string[],
): SheetLayoutReading {
  const { sheet, reading } = upgradeLogSheet(ss, 'dialogues', [100, 90, 200, 360, 200, 140]);
  if (!sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length) {
    const protection = sheet.protect().setDescription(appendOnlyProtection(SHEET.dialogues));
    const others = protection.getEditors().filter((e) => !staff.includes(e.getEmail()));
    if (others.length) protection.removeEditors(others.map((e) => e.getEmail()));
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }
  const history = ss.getSheetByName(SHEET.history);
  for (const log of history ? [sheet, history] : [sheet]) addStaffEditors(log, staff);
  return reading;
}

/** Adds the staff missing from the sheet's protection; never removes anyone. */
function addStaffEditors(sheet: Sheet, staff: string[]): void {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    const editors = new Set(protection.getEditors().map((e) => e.getEmail().toLowerCase()));
    const missing = staff.filter((email) => !editors.has(email.toLowerCase()));
    if (missing.length) protection.addEditors(missing);
  }
}

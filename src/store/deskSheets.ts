/**
 * The desk's sheets as setup makes and repairs them (src/app/setup.ts decides which and when):
 * 設定 with its default rows, 案件台帳 with its coded columns' validation, 担当課, 課題一覧, 履歴
 * (protected, append-only), the spreadsheet's zone and its empty first sheet. Every function is
 * idempotent: it finds what exists and adds only what is missing, so a run stopped anywhere is
 * completed by running it again (docs/reliability.md, "Setup").
 */
import {
  appendOnlyProtection,
  CHALLENGE_HEADERS,
  CHOICES,
  DEPARTMENT_HEADERS,
  SETTINGS_HEADERS,
  SHEET,
} from '../strings';
import { defaultSettings, SETTING_DEFINITIONS, settingRow } from '../domain/settings';
import type { RegisterKey } from '../domain/register';
import { cellAt, headerPositions } from '../domain/sheetHeader';
import { ensureSheet } from '../adapters/sheets';
import { RegisterUpgrade, upgradeRegister } from './registerUpgrade';
import { upgradeLogSheet } from './logLayouts';
import type { SheetLayoutReading } from '../domain/sheetLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Widths of a new 担当課 (setup and the wizard make it alike). */
export const DEPARTMENT_WIDTHS = [160, 240, 120, 200];

/** 設定 made or repaired: the rows of settings it lacks are appended with the city's defaults. */
export function ensureSettingsSheet(ss: Spreadsheet, user: string): void {
  const { sheet } = ensureSheet(ss, {
    name: SHEET.settings,
    headers: SETTINGS_HEADERS,
    widths: [260, 320, 420],
  });
  const rows = sheet.getDataRange().getValues();
  const present = new Set(rows.map((r) => String(r[0]).trim()));
  const defaults = defaultSettings(user);
  const missing = SETTING_DEFINITIONS.filter((d) => !present.has(d.label)).map((d) =>
    settingRow(d, defaults),
  );
  if (missing.length) {
    // Settings values are typed by the city; keep them as text unless they are numbers.
    sheet
      .getRange(rows.length + 1, 1, missing.length, 3)
      .setValues(
        missing.map(([label, value, description]) => [
          label,
          typeof value === 'number' ? value : `'${value}`,
          description,
        ]),
      );
  }
}

/**
 * 案件台帳 made or upgraded in place (src/store/registerUpgrade.ts); a new one gets the list
 * validation of its coded columns (an existing one keeps what the city set).
 */
export function ensureRegisterSheet(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  widths: number[],
  codedColumns: ReadonlyArray<readonly [RegisterKey, readonly string[]]>,
): RegisterUpgrade {
  const register = upgradeRegister(ss, props, widths);
  if (register.created) {
    for (const [key, values] of codedColumns)
      applyListValidation(register.sheet, register.reading.layout.columns[key], values);
  }
  return register;
}

/**
 * 担当課, 課題一覧 (its 状態 column validated when new) and 履歴 (protected for `staff`, upgraded
 * in place); returns the reading of 履歴's header.
 */
export function ensureReferenceSheets(ss: Spreadsheet, staff: string[]): SheetLayoutReading {
  ensureSheet(ss, {
    name: SHEET.departments,
    headers: DEPARTMENT_HEADERS,
    widths: DEPARTMENT_WIDTHS,
  });
  const challenges = ensureSheet(ss, {
    name: SHEET.challenges,
    headers: CHALLENGE_HEADERS,
    widths: [80, 240, 140, 360, 80],
  });
  if (challenges.created)
    applyListValidation(challenges.sheet, 5, [CHOICES.challengeOpen, CHOICES.challengeClosed]);
  // Found by header like the register (src/store/logLayouts.ts): the caller stores the layout.
  const history = upgradeLogSheet(ss, 'history', [140, 200, 90, 120, 120, 320, 120]);
  protectHistory(history.sheet, staff);
  return history.reading;
}

function applyListValidation(sheet: Sheet, column: number, values: readonly string[]): void {
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...values], true)
    .setAllowInvalid(false)
    .build();
  sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setDataValidation(rule);
}

/**
 * The history is append-only: protected so that only the owner and desk staff (whose actions
 * append to it, running as themselves) can write; nobody is meant to edit it by hand.
 */
function protectHistory(sheet: Sheet, staff: string[]): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length) return;
  const protection = sheet.protect().setDescription(appendOnlyProtection(SHEET.history));
  const others = protection.getEditors().filter((e) => !staff.includes(e.getEmail()));
  if (others.length) protection.removeEditors(others.map((e) => e.getEmail()));
  if (staff.length) protection.addEditors(staff);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * A new spreadsheet comes with an empty シート1 (Sheet1): once the desk's own sheets exist, it is
 * removed — only while nobody has typed anything into it (a sheet people use is never deleted).
 */
export function removeUntouchedDefaultSheet(ss: Spreadsheet): void {
  const sheets = ss.getSheets();
  if (sheets.length < 2) return;
  for (const sheet of sheets) {
    if (!DEFAULT_SHEET_NAME.test(sheet.getName())) continue;
    if (sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) ss.deleteSheet(sheet);
  }
}

/** The names Sheets gives a new spreadsheet's first sheet, by locale. */
const DEFAULT_SHEET_NAME = /^(シート|Sheet|Feuille|Hoja|Blatt|工作表)\s?1$/;

/** Sets the spreadsheet's zone when it differs (one read, a write only when needed). */
export function ensureSpreadsheetTimeZone(ss: Spreadsheet, zone: string): void {
  if (ss.getSpreadsheetTimeZone() !== zone) ss.setSpreadsheetTimeZone(zone);
}

/**
 * Runs `link` (a form given this spreadsheet as its destination) and returns the id of the sheet
 * it added — the form's response sheet — or null when none appeared.
 */
export function sheetAddedBy(ss: Spreadsheet, link: () => void): number | null {
  const before = new Set(ss.getSheets().map((sheet) => sheet.getSheetId()));
  link();
  const added = ss.getSheets().find((sheet) => !before.has(sheet.getSheetId()));
  return added ? added.getSheetId() : null;
}

/** 'K-001 タイトル' for every open row of 課題一覧 (one read; columns found by header). */
export function readOpenChallenges(ss: Spreadsheet): string[] {
  const sheet = ss.getSheetByName(SHEET.challenges);
  if (!sheet) return [];
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  // Found by header: a column staff inserted or moved in 課題一覧 keeps the form's list right.
  const [id, title, , , state] = headerPositions(header, CHALLENGE_HEADERS);
  return rows
    .filter((r) => cellAt(r, id) !== '' && cellAt(r, state) !== CHOICES.challengeClosed)
    .map((r) => `${cellAt(r, id)} ${cellAt(r, title)}`.trim());
}

/** Whether the spreadsheet has a sheet of this name (one call). */
export function hasSheet(ss: Spreadsheet, name: string): boolean {
  return !!ss.getSheetByName(name);
}

/** Every sheet's name and id, in tab order (the wizard's links). */
export function sheetList(ss: Spreadsheet): Array<{ name: string; id: number }> {
  return ss.getSheets().map((sheet) => ({ name: sheet.getName(), id: sheet.getSheetId() }));
}

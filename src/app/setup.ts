import {
  appendOnlyProtection,
  CHALLENGE_HEADERS,
  CHOICES,
  DEPARTMENT_HEADERS,
  HISTORY_HEADERS,
  SETTINGS_HEADERS,
  SHEET,
  VALUES,
} from '../strings';
import { ALL_STATUSES } from '../domain/workflow';
import { defaultSettings, SETTING_DEFINITIONS, settingRow, Settings } from '../domain/settings';
import { REGISTER_HEADER_ROW, RegisterKey, registerColumn } from '../domain/register';
import { activeSpreadsheet, ensureSheet } from '../adapters/sheets';
import { documentProperties, PROP } from '../adapters/properties';
import { buildOrRepairForm, openForm, refreshChallengeChoices } from '../adapters/proposalForm';
import { ensureTrigger } from '../adapters/triggers';
import { contactOf } from '../adapters/mailer';
import { snapshotSettings } from './settingsSync';
import { setUpDocuments } from './documents/documentsSetup';
import { setUpReminders } from './reminders/setupReminders';
import { ensureDialogueSheet } from './workflow/dialogueSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const REGISTER_WIDTHS = [90, 140, 110, 110, 100, 150, 90, 160, 220, 320];

/** Coded register columns and the values their data validation allows. */
const CODED_COLUMNS: Array<[RegisterKey, readonly string[]]> = [
  ['status', ALL_STATUSES],
  ['track', CHOICES.method],
  ['applicantType', CHOICES.applicantType],
  ['review', [VALUES.review]],
  ['receipt', [VALUES.receiptPending, VALUES.receiptSent, VALUES.receiptNoAddress]],
];

export interface SetupResult {
  formUrl: string;
  formCreated: boolean;
  settings: Settings;
  /** Default templates left for the next setup because the time ran short (onInstall). */
  templatesPending: number;
}

export interface SetupOptions {
  /**
   * Stop starting new default templates this long after setup began. onInstall runs as a simple
   * trigger (30 s limit): 25 s leaves room for the last template and the 設定 write.
   */
  timeWindowMs?: number;
}

export const ON_INSTALL_SETUP_WINDOW_MS = 25_000;

/**
 * Creates or repairs everything the desk needs: the five sheets, the form linked to this file,
 * the form-submit trigger, and the documents folder with a default template of each kind whose
 * 設定 id is blank. Idempotent: a second run changes nothing, and a file people have
 * edited keeps its data, extra columns and column widths.
 */
export function runSetup(user: string, options: SetupOptions = {}): SetupResult {
  const deadlineMs = options.timeWindowMs ? Date.now() + options.timeWindowMs : undefined;
  const ss = activeSpreadsheet();
  const props = documentProperties();
  setUpSettingsSheet(ss, user);
  ensureSheet(ss, {
    name: SHEET.departments,
    headers: DEPARTMENT_HEADERS,
    widths: [160, 240, 120, 200],
  });
  const challenges = ensureSheet(ss, {
    name: SHEET.challenges,
    headers: CHALLENGE_HEADERS,
    widths: [80, 240, 140, 360, 80],
  });
  if (challenges.created)
    applyListValidation(challenges.sheet, 5, [CHOICES.challengeOpen, CHOICES.challengeClosed]);
  const register = ensureSheet(ss, {
    name: SHEET.register,
    headers: REGISTER_HEADER_ROW,
    widths: REGISTER_WIDTHS,
  });
  if (register.created) {
    for (const [key, values] of CODED_COLUMNS)
      applyListValidation(register.sheet, registerColumn(key), values);
  }
  const settings = snapshotSettings(ss, props);
  props.setProperty(PROP.spreadsheetUrl, ss.getUrl());
  const history = ensureSheet(ss, {
    name: SHEET.history,
    headers: HISTORY_HEADERS,
    widths: [140, 200, 90, 120, 120, 320, 120],
  });
  protectHistory(history.sheet, settings.staffEmails);
  ensureDialogueSheet(ss, settings.staffEmails);
  const openChallenges = readOpenChallenges(ss);
  const existing = openForm(props.getProperty(PROP.formId));
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  const { form, created } = buildOrRepairForm(
    existing,
    ss.getId(),
    contactOf(settings),
    openChallenges,
  );
  if (created) {
    props.setProperty(PROP.formId, form.getId());
    const responseSheet = ss.getSheets().find((s) => !before.has(s.getSheetId()));
    if (responseSheet) props.setProperty(PROP.responseSheetId, String(responseSheet.getSheetId()));
  }
  ensureTrigger(ss, props, 'formSubmit', user);
  setUpReminders(ss, props, user, settings);
  const documents = setUpDocuments(ss, props, settings, deadlineMs);
  return {
    formUrl: form.getPublishedUrl(),
    formCreated: created,
    settings: documents.settings,
    templatesPending: documents.pending,
  };
}

function setUpSettingsSheet(ss: Spreadsheet, user: string): void {
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

/** 'K-001 タイトル' for every open row of 課題一覧. */
export function readOpenChallenges(ss: Spreadsheet): string[] {
  const sheet = ss.getSheetByName(SHEET.challenges);
  if (!sheet) return [];
  return sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => String(r[0]).trim() !== '' && String(r[4]).trim() !== CHOICES.challengeClosed)
    .map((r) => `${String(r[0]).trim()} ${String(r[1]).trim()}`.trim());
}

/** Menu: 課題一覧をフォームに反映. */
export function refreshChallenges(): number {
  const ss = activeSpreadsheet();
  const form = openForm(documentProperties().getProperty(PROP.formId));
  if (!form) throw new Error('提案フォームがまだありません。先に「初期設定」を実行してください。');
  const open = readOpenChallenges(ss);
  refreshChallengeChoices(form, open);
  return open.length;
}

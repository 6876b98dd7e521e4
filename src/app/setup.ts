import {
  appendOnlyProtection,
  CHALLENGE_HEADERS,
  CHOICES,
  DEPARTMENT_HEADERS,
  FORM,
  HISTORY_HEADERS,
  PUBLICATION_CHOICES,
  SETTINGS_HEADERS,
  SHEET,
  VALUES,
  UI,
} from '../strings';
import { ALL_STATUSES } from '../domain/workflow';
import {
  defaultSettings,
  DESK_TIME_ZONE,
  SETTING_DEFINITIONS,
  settingRow,
  Settings,
} from '../domain/settings';
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
  ['publication', PUBLICATION_CHOICES],
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
  /** Tells the person which step runs (the menu shows toasts; onInstall has no time for them). */
  progress?: (message: string) => void;
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
  const progress = options.progress ?? (() => undefined);
  progress(UI.working.setupSheets);
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
  ensureTimeZone(ss, settings);
  removeUntouchedDefaultSheet(ss);
  const history = ensureSheet(ss, {
    name: SHEET.history,
    headers: HISTORY_HEADERS,
    widths: [140, 200, 90, 120, 120, 320, 120],
  });
  protectHistory(history.sheet, settings.staffEmails);
  ensureDialogueSheet(ss, settings.staffEmails);
  const openChallenges = readOpenChallenges(ss);
  progress(UI.working.setupForm);
  const { form, created } = ensureForm(ss, props, settings, openChallenges);
  progress(UI.working.setupTriggers);
  ensureTrigger(ss, props, 'formSubmit', user);
  setUpReminders(ss, props, user, settings);
  progress(UI.working.setupTemplates);
  const documents = setUpDocuments(ss, props, settings, deadlineMs);
  return {
    formUrl: form.getPublishedUrl(),
    formCreated: created,
    settings: documents.settings,
    templatesPending: documents.pending,
  };
}

/**
 * A new spreadsheet comes with an empty シート1 (Sheet1): once the desk's own sheets exist, it is
 * removed — only while nobody has typed anything into it (a sheet people use is never deleted).
 */
function removeUntouchedDefaultSheet(ss: Spreadsheet): void {
  const sheets = ss.getSheets();
  if (sheets.length < 2) return;
  for (const sheet of sheets) {
    if (!DEFAULT_SHEET_NAME.test(sheet.getName())) continue;
    if (sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) ss.deleteSheet(sheet);
  }
}

/** The names Sheets gives a new spreadsheet's first sheet, by locale. */
const DEFAULT_SHEET_NAME = /^(シート|Sheet|Feuille|Hoja|Blatt|工作表)\s?1$/;

/**
 * The spreadsheet works in the desk's zone (設定「タイムゾーン」, Asia/Tokyo by default): the
 * response sheet's timestamps and the register's dates then show Japan time. The intake does not
 * depend on it: it reads the timestamp as an instant (src/app/intake.ts).
 */
function ensureTimeZone(ss: Spreadsheet, settings: Settings): void {
  const zone = settings.timeZone.trim() || DESK_TIME_ZONE;
  if (ss.getSpreadsheetTimeZone() !== zone) ss.setSpreadsheetTimeZone(zone);
}

/**
 * The desk's form, linked to this spreadsheet — exactly one, however often setup runs or
 * wherever a run stopped (docs/reliability.md, "Setup"):
 * - the recorded form is opened; an error opening it is "absent" only when the spreadsheet links
 *   no such form (otherwise the service failed, and setup stops to be run again);
 * - a form linked to the spreadsheet but not recorded (a run stopped after linking) is adopted;
 * - a new form's id is recorded right after FormApp.create, before anything else, and linked after
 *   its questions are built; a recorded form that is not linked yet is linked.
 * The one window left: a stop between FormApp.create and recording its id leaves an unlinked,
 * empty form in the creator's Drive (it receives nothing).
 */
function ensureForm(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  settings: Settings,
  openChallenges: string[],
): { form: GoogleAppsScript.Forms.Form; created: boolean } {
  const linkedUrl = ss.getFormUrl() ?? '';
  const recordedId = props.getProperty(PROP.formId) ?? '';
  let form: GoogleAppsScript.Forms.Form | null = null;
  if (recordedId) {
    try {
      form = FormApp.openById(recordedId);
    } catch (error) {
      if (linkedUrl.includes(recordedId)) throw error; // the linked form exists: a service error
    }
  }
  if (!form && linkedUrl) form = FormApp.openByUrl(linkedUrl);
  let created = false;
  if (!form) {
    form = FormApp.create(FORM.title(settings.deskName));
    props.setProperty(PROP.formId, form.getId());
    created = true;
  } else if (form.getId() !== recordedId) {
    props.setProperty(PROP.formId, form.getId());
  }
  const linked = linkedUrl.includes(form.getId());
  // A form recorded but never linked was being built when a run stopped: an item may be half
  // made (a title without its choices). It has no responses yet, so it is rebuilt from scratch.
  if (!created && !linked) for (const item of form.getItems()) form.deleteItem(item);
  buildOrRepairForm(
    form,
    ss.getId(),
    contactOf(settings),
    openChallenges,
    settings.publicationConsentHelp,
  );
  if (!linked) {
    const before = new Set(ss.getSheets().map((sheet) => sheet.getSheetId()));
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const responseSheet = ss.getSheets().find((sheet) => !before.has(sheet.getSheetId()));
    if (responseSheet) props.setProperty(PROP.responseSheetId, String(responseSheet.getSheetId()));
  }
  return { form, created };
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

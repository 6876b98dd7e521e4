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
import { RegisterKey } from '../domain/register';
import { upgradeRegister } from '../store/registerUpgrade';
import { activeSpreadsheet, ensureSheet } from '../adapters/sheets';
import { documentProperties, PROP } from '../adapters/properties';
import { buildOrRepairForm, openForm, refreshChallengeChoices } from '../adapters/proposalForm';
import { ensureDepartmentAnswerForm, proposalFormUrl } from '../adapters/departmentAnswerForm';
import { ensureTrigger } from '../adapters/triggers';
import { contactOf } from '../adapters/mailer';
import { readSettingsSheet, snapshotSettings } from '../store/settings';
import { setUpDocuments } from './documents/documentsSetup';
import { ADDON_VERSION } from './health';
import { setUpReminders } from './reminders/setupReminders';
import { ensureDialogueSheet } from '../store/dialogueSheet';

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
  /** Default templates left for the next setup because the time ran short. */
  templatesPending: number;
}

export interface SetupOptions {
  /** Stop starting new default templates this long after setup began. */
  timeWindowMs?: number;
  /** Tells the person which step runs (the menu shows toasts; onInstall has no time for them). */
  progress?: (message: string) => void;
}

/**
 * The parts of setup, in order. onInstall runs only 'core' (a simple trigger has 30 s, and the
 * budget is 10 s: issue 15); 初期設定 runs them all in one execution (6 minutes), and the setup
 * wizard (src/app/wizard.ts) runs one per call so that it can show each one done — a step that
 * could run long ('form', 'templates') stops starting new items after `windowMs` and says it is
 * not done, and the wizard calls it again (each call then stays well under 10 s modeled).
 */
export type SetupStep = 'core' | 'sheets' | 'form' | 'departmentForm' | 'triggers' | 'templates';
export const SETUP_STEPS: readonly SetupStep[] = [
  'core',
  'sheets',
  'form',
  'departmentForm',
  'triggers',
  'templates',
];

export interface StepOutcome {
  /** False when the step stopped at its time window: call it again to continue. */
  done: boolean;
  settings: Settings;
}

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * What the first minutes need, within onInstall's budget: the 設定 sheet (the city's defaults,
 * the installer as staff), 案件台帳, the settings snapshot, the spreadsheet's zone and the intake
 * trigger. Everything else is made by 初期設定 or the wizard.
 */
export function setUpCore(user: string): StepOutcome {
  const ss = activeSpreadsheet();
  const props = documentProperties();
  setUpSettingsSheet(ss, user);
  // Columns found by header, the layout stored (src/store/registerUpgrade.ts).
  const register = upgradeRegister(ss, props, REGISTER_WIDTHS);
  if (register.created) {
    for (const [key, values] of CODED_COLUMNS)
      applyListValidation(register.sheet, register.reading.layout.columns[key], values);
  }
  const settings = snapshotSettings(ss, props);
  // With the version that made or upgraded these sheets, in the same write (ヘルスチェック).
  props.setProperties({ [PROP.spreadsheetUrl]: ss.getUrl(), [PROP.addonVersion]: ADDON_VERSION });
  ensureTimeZone(ss, settings);
  removeUntouchedDefaultSheet(ss);
  ensureTrigger(ss, props, 'formSubmit', user);
  return { done: true, settings };
}

/** The other sheets: 担当課, 課題一覧, 履歴 (protected) and 対話記録. */
export function setUpSheets(): StepOutcome {
  const ss = activeSpreadsheet();
  const settings = readSettingsSheet(ss);
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
  const history = ensureSheet(ss, {
    name: SHEET.history,
    headers: HISTORY_HEADERS,
    widths: [140, 200, 90, 120, 120, 320, 120],
  });
  protectHistory(history.sheet, settings.staffEmails);
  ensureDialogueSheet(ss, settings.staffEmails);
  return { done: true, settings };
}

/** The proposal form, linked to the spreadsheet; `windowMs` bounds one call (see SetupStep). */
export function setUpForm(
  windowMs?: number,
): StepOutcome & { form: GoogleAppsScript.Forms.Form; created: boolean } {
  const ss = activeSpreadsheet();
  const props = documentProperties();
  const settings = readSettingsSheet(ss);
  const deadline = windowMs === undefined ? undefined : Date.now() + windowMs;
  const built = ensureForm(ss, props, settings, readOpenChallenges(ss), deadline);
  return { ...built, settings };
}

/** The 庁内回答フォーム (issue 12): a step of its own, so each wizard call stays short. */
export function setUpDepartmentForm(): StepOutcome {
  const ss = activeSpreadsheet();
  const props = documentProperties();
  const settings = readSettingsSheet(ss);
  ensureDepartmentAnswerForm(ss, props, settings);
  return { done: true, settings };
}

/** The intake trigger, and the reminders' sheet, colours and hourly trigger. */
export function setUpTriggers(user: string): StepOutcome {
  const ss = activeSpreadsheet();
  const props = documentProperties();
  const settings = readSettingsSheet(ss);
  ensureTrigger(ss, props, 'formSubmit', user);
  setUpReminders(ss, props, user, settings);
  return { done: true, settings };
}

/** The documents folder and the default templates; `windowMs` bounds one call. */
export function setUpTemplates(windowMs?: number): StepOutcome & { pending: number } {
  const ss = activeSpreadsheet();
  const props = documentProperties();
  const settings = readSettingsSheet(ss);
  const deadline = windowMs === undefined ? undefined : Date.now() + windowMs;
  const documents = setUpDocuments(ss, props, settings, deadline);
  return {
    done: documents.pending === 0,
    settings: documents.settings,
    pending: documents.pending,
  };
}

/**
 * Creates or repairs everything the desk needs (初期設定): the sheets, the form linked to this
 * file, the triggers, and the documents folder with a default template of each kind whose 設定
 * id is blank. Idempotent: a second run changes nothing, and a file people have edited keeps its
 * data, extra columns and column widths.
 */
export function runSetup(user: string, options: SetupOptions = {}): SetupResult {
  const windowMs = options.timeWindowMs;
  const progress = options.progress ?? (() => undefined);
  progress(UI.working.setupSheets);
  setUpCore(user);
  setUpSheets();
  progress(UI.working.setupForm);
  const { form, created } = setUpForm(); // without a window it always finishes
  setUpDepartmentForm();
  progress(UI.working.setupTriggers);
  setUpTriggers(user);
  progress(UI.working.setupTemplates);
  const documents = setUpTemplates(windowMs);
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
 *
 * With a `deadline` (the wizard), no new question is started after it: the number of complete
 * questions is recorded (FORM_PARTIAL) and the next call continues from there. A call that
 * finds another number of questions than recorded was killed inside one, and rebuilds.
 */
function ensureForm(
  ss: Spreadsheet,
  props: Properties,
  settings: Settings,
  openChallenges: string[],
  deadline?: number,
): { form: GoogleAppsScript.Forms.Form; created: boolean; done: boolean } {
  const linkedUrl = proposalFormUrl(ss, props); // not the 庁内回答フォーム (issue 12)
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
  // made (a title without its choices). It has no responses yet, so it is rebuilt from scratch —
  // unless a windowed call stopped cleanly between questions and recorded how many it made.
  if (!created && !linked) {
    const items = form.getItems();
    const partial = props.getProperty(FORM_PARTIAL);
    if (partial !== `${form.getId()}:${items.length}`) {
      for (const item of items) form.deleteItem(item);
    }
  }
  const built = buildOrRepairForm(
    form,
    ss.getId(),
    contactOf(settings),
    openChallenges,
    settings.publicationConsentHelp,
    deadline,
  );
  if (!built.complete) {
    props.setProperty(FORM_PARTIAL, `${form.getId()}:${form.getItems().length}`);
    return { form, created, done: false };
  }
  if (!linked) {
    const before = new Set(ss.getSheets().map((sheet) => sheet.getSheetId()));
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    const responseSheet = ss.getSheets().find((sheet) => !before.has(sheet.getSheetId()));
    if (responseSheet) props.setProperty(PROP.responseSheetId, String(responseSheet.getSheetId()));
    props.deleteProperty(FORM_PARTIAL);
  }
  return { form, created, done: true };
}

/** '<form id>:<questions>' while a windowed build stopped cleanly between questions. */
const FORM_PARTIAL = 'setup.formPartial';

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

import { CHOICES, FORM, PUBLICATION_CHOICES, VALUES, UI } from '../strings';
import { ALL_STATUSES } from '../domain/workflow';
import { DESK_TIME_ZONE, Settings } from '../domain/settings';
import { RegisterKey } from '../domain/register';
import { activeSpreadsheet } from '../adapters/sheets';
import {
  documentProperties,
  documentPropertiesIfAny,
  LastRun,
  parseJson,
  PROP,
  TriggerRecord,
} from '../adapters/properties';
import { tokyoDateTimeText } from '../domain/tokyoTime';
import { refreshSheetLayouts } from '../store/sheetLayouts';
import {
  LogReadings,
  refreshLogLayout,
  renamedOfReadings,
  storeLogLayouts,
} from '../store/logLayouts';
import { LogSheet, logRenamedMessage, RenamedLogHeader } from '../domain/logSheets';
import { buildOrRepairForm, openForm, refreshChallengeChoices } from '../adapters/proposalForm';
import { ensureDepartmentAnswerForm, proposalFormUrl } from '../adapters/departmentAnswerForm';
import { ensureTrigger } from '../adapters/triggers';
import { contactOf } from '../adapters/mailer';
import {
  createForm,
  openFormById,
  openFormByUrl,
  sendResponsesToSpreadsheet,
} from '../adapters/forms';
import { readSettingsSheet, snapshotSettings } from '../store/settings';
import { setUpDocuments } from './documents/documentsSetup';
import { ADDON_VERSION } from './health';
import { setUpReminders } from './reminders/setupReminders';
import { ensureDialogueSheet } from '../store/dialogueSheet';
import {
  ensureReferenceSheets,
  ensureRegisterSheet,
  ensureSettingsSheet,
  ensureSpreadsheetTimeZone,
  readOpenChallenges,
  removeUntouchedDefaultSheet,
  sheetAddedBy,
} from '../store/deskSheets';
import { clearIntent, readIntentTextNow, writeIntent } from '../store/intents';

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
  /** The register's renamed headers by name (REGISTER_LAYOUT_TEXT), '' when none. */
  registerMessage: string;
  /** The log sheets' renamed headers by sheet and name (LOG_LAYOUT_TEXT), '' when none. */
  logMessage: string;
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
  /** 'core' only: the register's renamed headers by name, '' when none. */
  registerMessage?: string;
  /** 'sheets' and 'triggers': the log sheets' renamed headers (src/domain/logSheets.ts). */
  logRenamed?: RenamedLogHeader[];
}

type Properties = GoogleAppsScript.Properties.Properties;

/**
 * What the first minutes need, within onInstall's budget: the 設定 sheet (the city's defaults,
 * the installer as staff), 案件台帳, the settings snapshot, the spreadsheet's zone, the intake
 * trigger and the change trigger (the register's layout follows columns people insert, remove or
 * move from the start). Everything else is made by 初期設定 or the wizard.
 */
export function setUpCore(user: string): StepOutcome {
  const ss = activeSpreadsheet();
  const props = documentProperties();
  ensureSettingsSheet(ss, user);
  // Columns found by header, the layout stored (src/store/registerUpgrade.ts).
  const register = ensureRegisterSheet(ss, props, REGISTER_WIDTHS, CODED_COLUMNS);
  const settings = snapshotSettings(ss, props);
  // With the version that made or upgraded these sheets, in the same write (ヘルスチェック).
  props.setProperties({ [PROP.spreadsheetUrl]: ss.getUrl(), [PROP.addonVersion]: ADDON_VERSION });
  ensureTimeZone(ss, settings);
  removeUntouchedDefaultSheet(ss);
  ensureTrigger(ss, props, 'formSubmit', user);
  ensureTrigger(ss, props, 'change', user); // the layout follows columns people move
  return { done: true, settings, registerMessage: register.message };
}

/**
 * The other sheets: 担当課, 課題一覧, 履歴 (protected) and 対話記録; the logs' layouts found by
 * header are stored in one write (src/store/logLayouts.ts).
 */
export function setUpSheets(): StepOutcome {
  const ss = activeSpreadsheet();
  const settings = readSettingsSheet(ss);
  const readings: LogReadings = {
    history: ensureReferenceSheets(ss, settings.staffEmails),
    dialogues: ensureDialogueSheet(ss, settings.staffEmails),
  };
  storeLogLayouts(documentProperties(), null, readings);
  return { done: true, settings, logRenamed: renamedOfReadings(readings) };
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

/** The intake and change triggers, and the reminders' sheet, colours and hourly trigger. */
export function setUpTriggers(user: string): StepOutcome {
  const ss = activeSpreadsheet();
  const props = documentProperties();
  const settings = readSettingsSheet(ss);
  ensureTrigger(ss, props, 'formSubmit', user);
  ensureTrigger(ss, props, 'change', user);
  const logRenamed = setUpReminders(ss, props, user, settings);
  return { done: true, settings, logRenamed };
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
  const core = setUpCore(user);
  const sheets = setUpSheets();
  progress(UI.working.setupForm);
  const { form, created } = setUpForm(); // without a window it always finishes
  setUpDepartmentForm();
  progress(UI.working.setupTriggers);
  const triggers = setUpTriggers(user);
  progress(UI.working.setupTemplates);
  const documents = setUpTemplates(windowMs);
  return {
    formUrl: form.getPublishedUrl(),
    formCreated: created,
    settings: documents.settings,
    templatesPending: documents.pending,
    registerMessage: core.registerMessage ?? '',
    logMessage: logRenamedMessage([...(sheets.logRenamed ?? []), ...(triggers.logRenamed ?? [])]),
  };
}

/**
 * The spreadsheet works in the desk's zone (設定「タイムゾーン」, Asia/Tokyo by default): the
 * response sheet's timestamps and the register's dates then show Japan time. The intake does not
 * depend on it: it reads the timestamp as an instant (src/app/intake.ts).
 */
function ensureTimeZone(ss: Spreadsheet, settings: Settings): void {
  ensureSpreadsheetTimeZone(ss, settings.timeZone.trim() || DESK_TIME_ZONE);
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
      form = openFormById(recordedId);
    } catch (error) {
      if (linkedUrl.includes(recordedId)) throw error; // the linked form exists: a service error
    }
  }
  if (!form && linkedUrl) form = openFormByUrl(linkedUrl);
  let created = false;
  if (!form) {
    form = createForm(FORM.title(settings.deskName));
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
    const partial = readIntentTextNow(props, FORM_PARTIAL);
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
    writeIntent(props, null, FORM_PARTIAL, `${form.getId()}:${form.getItems().length}`);
    return { form, created, done: false };
  }
  if (!linked) {
    const linkedForm = form;
    const responseSheetId = sheetAddedBy(ss, () =>
      sendResponsesToSpreadsheet(linkedForm, ss.getId()),
    );
    if (responseSheetId !== null) props.setProperty(PROP.responseSheetId, String(responseSheetId));
    clearIntent(props, null, FORM_PARTIAL);
  }
  return { form, created, done: true };
}

/** '<form id>:<questions>' while a windowed build stopped cleanly between questions. */
const FORM_PARTIAL = 'setup.formPartial';

/** The change event's fields the add-on reads (guides/triggers/events, "Change"). */
export interface StructureChangeEvent {
  changeType?: string;
  triggerUid?: string | number;
  source?: Spreadsheet;
}

/**
 * Changes that may move the register's or a log sheet's columns: a column inserted or removed, a
 * move (Sheets reports OTHER), a sheet added or removed. Edits, formats and rows leave the header
 * where it is.
 */
const LAYOUT_CHANGES = new Set([
  'INSERT_COLUMN',
  'REMOVE_COLUMN',
  'OTHER',
  'INSERT_GRID',
  'REMOVE_GRID',
]);

/**
 * The change trigger: re-reads the header rows of the register and the log sheets and stores
 * their layouts, so the next write by layout lands in the right column (issue 11). Other changes
 * cost no call; a layout change costs the properties (2), the headers (2: one Sheets API read,
 * src/store/sheetLayouts.ts) and a write only when a layout moved. An event from a superseded
 * trigger is ignored; a failure is recorded for the trigger status and rethrown, and a later
 * success clears it.
 */
export function followSheetLayouts(e: StructureChangeEvent): void {
  if (!e || !LAYOUT_CHANGES.has(String(e.changeType))) return;
  const props = documentProperties();
  const all = props.getProperties();
  const record = parseJson<TriggerRecord>(all[PROP.changeTrigger]);
  if (e.triggerUid && record && record.uid !== String(e.triggerUid)) return; // superseded
  const lastRunProp = PROP.lastRun('change');
  try {
    refreshSheetLayouts(e.source ?? activeSpreadsheet(), props, all);
  } catch (error) {
    const at = tokyoDateTimeText(new Date());
    props.setProperty(lastRunProp, JSON.stringify({ at, error: (error as Error).message }));
    throw error;
  }
  if (parseJson<LastRun>(all[lastRunProp])?.error) {
    props.setProperty(
      lastRunProp,
      JSON.stringify({ at: tokyoDateTimeText(new Date()), error: '' }),
    );
  }
}

/**
 * onEdit of a log sheet (履歴, 対話記録, 送信記録, 長文保管): an edit of its header row stores the
 * layout it now describes (src/store/logLayouts.ts), as an edit of the register's does; an edit
 * below costs one call.
 */
export function followLogHeaderEdit(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  log: LogSheet,
): void {
  if (e.range.getRow() !== 1) return;
  const props = documentPropertiesIfAny();
  if (!props) return;
  refreshLogLayout(sheet, log, props, props.getProperties());
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

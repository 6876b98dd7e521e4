/**
 * The add-on's entry points — the only exports of the bundle. esbuild.config.ts turns each into a
 * top-level function declaration in dist/Code.js, which is how Apps Script finds triggers, menu
 * items and google.script.run handlers. Logic lives in the modules imported here.
 */
import { documentProperties, PROP } from './adapters/properties';

// Each feature keeps its entry points in src/entries/<feature>.ts; esbuild's metafile lists
// re-exported names too, so they become top-level functions like the ones below.
export * from './entries/workflow';
export * from './entries/reminders';
export * from './entries/documents';
export * from './entries/publication';
export * from './entries/disclosure';
export * from './entries/publicPage';
export * from './entries/statistics';
export * from './entries/search';
export * from './entries/partners';
export * from './entries/health';
export * from './entries/wizard';
import { MAIL, SHEET, UI } from './strings';
import { tokyoDateTimeText } from './domain/tokyoTime';
import { FormSubmitEvent, registerSubmission } from './app/intake';
import { readSettingsSheet } from './store/settings';
import { sendDeskMail } from './adapters/mailer';
import { activeSpreadsheetIfAny } from './adapters/sheets';
import {
  applySettingsFromMenu,
  buildMenu,
  onSettingsEdited,
  recoverFromMenu,
  refreshChallengesFromMenu,
  setupFromMenu,
  setupOpensWizard,
  showProgress,
  takeOverFromMenu,
  triggerStatusText,
  withAlert,
} from './app/menu';
import {
  followLogHeaderEdit,
  followSheetLayouts,
  setUpCore,
  StructureChangeEvent,
} from './app/setup';
import { LOG_SHEETS, LOG_SPECS } from './domain/logSheets';
import { openWizardDialog } from './app/wizard';
import { withRefusalAlert } from './app/workflow/sidebarOpen';
import { WIZARD_TEXT } from './strings/wizard';
import { DEPT_MAILS } from './strings/departmentAnswer';
import { refreshDepartmentsOnEdit } from './store/departmentSnapshot';
import { currentUserEmail } from './store/access';
import { guardStatusEdit } from './app/workflow/statusEditGuard';
import { isDepartmentAnswerEvent, receiveDepartmentAnswer } from './app/departmentAnswer';

type SheetsFormSubmit = GoogleAppsScript.Events.SheetsOnFormSubmit;

/** Simple trigger: the add-on menu (works in AuthMode.NONE). */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

/**
 * Runs when the add-on is installed (FULL authorisation, a simple trigger's 30 s): the menu, then
 * only what the first minutes need (setUpCore, ≤ 10 s modeled: issue 15). The form, the other
 * sheets, the templates and the hourly trigger are made by the setup wizard or 初期設定, which
 * the toast points to.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
  setUpCore(currentUserEmail());
  showProgress(WIZARD_TEXT.installed);
}

/** What an edit of each sheet sets off; edits elsewhere do nothing. */
const EDIT_HANDLERS: Record<
  string,
  (e: GoogleAppsScript.Events.SheetsOnEdit, sheet: GoogleAppsScript.Spreadsheet.Sheet) => void
> = {
  [SHEET.register]: guardStatusEdit, // direct status edits are checked
  [SHEET.settings]: onSettingsEdited, // 設定 applies at once
  [SHEET.departments]: refreshDepartmentsOnEdit, // the sweep's department addresses follow
  // A log's header row edited: its columns are found by header again (src/store/logLayouts.ts).
  ...Object.fromEntries(
    LOG_SHEETS.map((log) => [
      LOG_SPECS[log].name,
      (e: GoogleAppsScript.Events.SheetsOnEdit, sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
        followLogHeaderEdit(e, sheet, log),
    ]),
  ),
};

/** Simple trigger: the sheet is looked up once and the edit goes to that sheet's handler. */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  const sheet = e.range.getSheet();
  const handler = EDIT_HANDLERS[sheet.getName()];
  if (!handler) return;
  try {
    handler(e, sheet);
  } catch (error) {
    console.error(`onEdit: ${(error as Error).message}`);
  }
}

/**
 * Installable trigger, on form submit: the spreadsheet's (e.values, e.namedValues, e.range), or
 * the form's own if a desk installed it there (e.response). A failure is recorded for the trigger
 * status and reported to the desk (add-on triggers send no failure emails), then rethrown so the
 * execution log shows it; the response itself stays in the response sheet, and its journal in
 * document properties, for a second delivery or recovery to finish (docs/reliability.md).
 */
export function onProposalSubmitted(e: FormSubmitEvent): void {
  try {
    // The 庁内回答フォーム posts to the same spreadsheet and trigger (issue 12): its answers are
    // told apart by their questions, which costs no service call (src/app/departmentAnswer.ts).
    if (isDepartmentAnswerEvent(e)) receiveDepartmentAnswer(e as SheetsFormSubmit);
    else registerSubmission(e);
  } catch (error) {
    reportIntakeFailure(error as Error, isDepartmentAnswerEvent(e));
    throw error;
  }
}

function reportIntakeFailure(error: Error, departmentAnswer: boolean): void {
  try {
    const ss = activeSpreadsheetIfAny();
    const props = documentProperties();
    const at = tokyoDateTimeText(new Date());
    props.setProperty(PROP.lastRun('formSubmit'), JSON.stringify({ at, error: error.message }));
    if (!ss) return; // a form's own trigger outside the spreadsheet: nobody to tell
    const settings = readSettingsSheet(ss);
    if (settings.staffEmails.length) {
      sendDeskMail(
        settings,
        settings.staffEmails.join(','),
        departmentAnswer ? DEPT_MAILS.failureSubject : MAIL.failureSubject,
        (departmentAnswer ? DEPT_MAILS.failureBody : MAIL.failureBody)(error.message, ss.getUrl()),
      );
    }
  } catch (reportError) {
    console.error(`受付エラーの記録に失敗しました: ${(reportError as Error).message}`);
  }
}

/**
 * Installable trigger, on change (setup installs it): a column a person inserted, removed or
 * moved in 案件台帳 or a log sheet (履歴, 対話記録, 送信記録, 長文保管) is followed at once — the
 * layouts are read again and stored (src/store/sheetLayouts.ts); every other change returns
 * without a call.
 */
export function onSheetStructureChanged(e: StructureChangeEvent): void {
  followSheetLayouts(e);
}

export function menuSetup(): void {
  if (setupOpensWizard()) withRefusalAlert(openWizardDialog);
  else withAlert(setupFromMenu, UI.working.setup);
}

export function menuRefreshChallenges(): void {
  withAlert(refreshChallengesFromMenu);
}

export function menuRecoverResponses(): void {
  withAlert(recoverFromMenu, UI.working.recover);
}

export function menuApplySettings(): void {
  withAlert(applySettingsFromMenu);
}

export function menuShowTriggerStatus(): void {
  withAlert(triggerStatusText);
}

export function menuTakeOverTriggers(): void {
  withAlert(takeOverFromMenu);
}

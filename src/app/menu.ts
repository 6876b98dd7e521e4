import { APP_NAME, MENU, SHEET, TRIGGER_STATUS, UI } from '../strings';
import { upgradeRegister } from '../store/registerUpgrade';
import { HEALTH_MENU } from '../strings/health';
import { activeSpreadsheet, activeSpreadsheetIfAny } from '../adapters/sheets';
import { documentProperties, documentPropertiesIfAny } from '../adapters/properties';
import { ensureTrigger, triggerStates } from '../adapters/triggers';
import { readSettingsSheet, SettingsRefused, snapshotSettings } from '../store/settings';
import { currentUserEmail, requireDeskStaff } from '../store/access';
import { refreshChallenges, runSetup } from './setup';
import { recoverResponses } from './recovery';
import { snapshotDepartments } from '../store/departmentSnapshot';
import { applyDueFormats } from './reminders/conditionalFormats';
import { ensureDialogueSheet } from '../store/dialogueSheet';
import {
  LogReadings,
  renamedOfReadings,
  storeLogLayouts,
  upgradeExistingLogSheets,
} from '../store/logLayouts';
import { logRenamedMessage } from '../domain/logSheets';
import { recordAddonVersion } from './health';
import { addonMenu, alert } from '../adapters/ui';
import { hasSheet } from '../store/deskSheets';

/**
 * The add-on menu. Item function names are the bundle's top-level entry points (src/index.ts).
 * Built the same in every auth mode: createAddonMenu() works in AuthMode.NONE, and nothing
 * here reads the document.
 */
export function buildMenu(): void {
  addonMenu()
    .addItem(MENU.changeStatus, 'menuChangeStatus')
    .addItem(MENU.assignDepartment, 'menuAssignDepartment')
    .addItem(MENU.addDialogue, 'menuAddDialogue')
    .addItem(MENU.registerPreConsultation, 'menuRegisterPreConsultation')
    .addItem(MENU.generateDocument, 'menuGenerateDocument')
    .addItem(MENU.createDisclosureRecord, 'menuCreateDisclosureRecord')
    .addItem(MENU.searchCases, 'menuSearchCases')
    .addItem(MENU.refreshPartners, 'menuRefreshPartners')
    .addSeparator()
    .addItem(MENU.runSweepNow, 'menuRunSweepNow')
    .addItem(MENU.previewSweep, 'menuPreviewSweep')
    .addItem(MENU.refreshPublication, 'menuRefreshPublication')
    .addItem(MENU.refreshStatistics, 'menuRefreshStatistics')
    .addItem(MENU.createAnnualReport, 'menuCreateAnnualReport')
    .addSeparator()
    .addItem(MENU.setup, 'menuSetup')
    .addItem(MENU.wizard, 'menuOpenWizard')
    .addItem(MENU.refreshChallenges, 'menuRefreshChallenges')
    .addItem(MENU.recover, 'menuRecoverResponses')
    .addItem(MENU.applySettings, 'menuApplySettings')
    .addSeparator()
    .addItem(HEALTH_MENU, 'menuHealthCheck')
    .addItem(MENU.triggerStatus, 'menuShowTriggerStatus')
    .addItem(MENU.takeOverTriggers, 'menuTakeOverTriggers')
    .addToUi();
}

/**
 * Runs a menu operation and shows its result in an alert, or its error in Japanese (never a raw
 * stack). A long one first says it has started (`working`, a toast), so the person knows
 * something is happening (docs/operations.md).
 */
export function withAlert(action: () => string, working = ''): void {
  if (working) showProgress(working);
  let message: string;
  try {
    message = action();
  } catch (error) {
    message = UI.error((error as Error).message);
  }
  alert(message);
}

/** A toast in the desk's spreadsheet; progress is a courtesy, never a reason to fail. */
export function showProgress(message: string): void {
  try {
    activeSpreadsheetIfAny()?.toast(message, APP_NAME, PROGRESS_TOAST_SECONDS);
  } catch {
    // The operation itself reports what matters.
  }
}

const PROGRESS_TOAST_SECONDS = 10;

/**
 * 初期設定 on a blank spreadsheet (no 設定: the add-on is used in a new file, where onInstall did
 * not run) opens the setup wizard, which asks the city's answers first; elsewhere it makes or
 * repairs everything in one run (setupFromMenu).
 */
export function setupOpensWizard(): boolean {
  return !hasSheet(activeSpreadsheet(), SHEET.settings);
}

export function setupFromMenu(): string {
  const ss = activeSpreadsheet();
  const firstTime = !hasSheet(ss, SHEET.settings);
  const settings = firstTime ? null : readSettingsSheet(ss);
  // A first setup that stopped before 設定 listed any staff is finished by whoever runs it again.
  const user =
    settings && settings.staffEmails.length ? requireDeskStaff(settings) : currentUserEmail();
  const result = runSetup(user, { progress: showProgress });
  const done = UI.setupDone(result.formUrl);
  return [done, result.registerMessage, result.logMessage].filter((m) => m).join('\n');
}

export function refreshChallengesFromMenu(): string {
  requireDeskStaff(readSettingsSheet(activeSpreadsheet()));
  return UI.challengesRefreshed(refreshChallenges());
}

export function recoverFromMenu(): string {
  requireDeskStaff(readSettingsSheet(activeSpreadsheet()));
  return UI.recovered(recoverResponses().registered.length);
}

export function applySettingsFromMenu(): string {
  const ss = activeSpreadsheet();
  const settings = readSettingsSheet(ss);
  requireDeskStaff(settings);
  const props = documentProperties();
  snapshotSettings(ss, props);
  // 案件台帳 upgraded in place, its columns found by header (src/store/registerUpgrade.ts).
  const register = upgradeRegister(ss, props);
  // What else depends on 設定 and 担当課: department addresses for the sweep, the due-date
  // colours (closure days), and who may write the protected logs.
  snapshotDepartments(ss, props);
  applyDueFormats(ss, settings);
  // The log sheets upgraded in place and their layouts stored where they moved
  // (src/store/logLayouts.ts); 対話記録 is made when missing, the others are left to setup.
  const logs: LogReadings = {
    ...upgradeExistingLogSheets(ss, ['history', 'sentLog', 'longText']),
    dialogues: ensureDialogueSheet(ss, settings.staffEmails),
  };
  storeLogLayouts(props, props.getProperties(), logs);
  recordAddonVersion(props); // ヘルスチェック shows which version last upgraded the sheets
  const logMessage = logRenamedMessage(renamedOfReadings(logs));
  return [UI.settingsApplied, register.message, logMessage].filter((m) => m).join('\n');
}

export function triggerStatusText(): string {
  const ss = activeSpreadsheet();
  const lines = [TRIGGER_STATUS.header];
  for (const s of triggerStates(ss, documentProperties())) {
    const label = TRIGGER_STATUS.labels[s.kind] ?? s.kind;
    if (!s.record) {
      lines.push(TRIGGER_STATUS.missing(label));
      continue;
    }
    lines.push(
      TRIGGER_STATUS.line({
        label,
        owner: s.record.owner,
        installedAt: s.record.installedAt,
        mine: s.ownedByCurrentUser,
      }),
    );
    if (s.lastRun) lines.push(TRIGGER_STATUS.lastRun(label, s.lastRun.at, s.lastRun.error));
    if (!s.ownedByCurrentUser) lines.push(TRIGGER_STATUS.ownerGone(s.record.owner));
  }
  return lines.join('\n');
}

export function takeOverFromMenu(): string {
  const ss = activeSpreadsheet();
  const user = requireDeskStaff(readSettingsSheet(ss));
  const props = documentProperties();
  ensureTrigger(ss, props, 'formSubmit', user, true);
  ensureTrigger(ss, props, 'daily', user, true);
  ensureTrigger(ss, props, 'change', user, true);
  return UI.triggersTakenOver(user);
}

/** onEdit: a change in 設定 takes effect for the intake at once. */
export function onSettingsEdited(
  _e: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): void {
  const props = documentPropertiesIfAny();
  if (!props) return;
  try {
    snapshotSettings(sheet.getParent(), props);
  } catch (error) {
    if (!(error instanceof SettingsRefused)) throw error;
    sheet.getParent().toast(error.message, APP_NAME, SETTINGS_TOAST_SECONDS);
  }
}

/** Long enough to read a refusal of 設定 (a simple trigger cannot wait for a click). */
const SETTINGS_TOAST_SECONDS = 20;

/**
 * The setup wizard (issue 16 part 2): a dialog that asks the city's answers, saves them into 設定
 * and 担当課, then builds the desk one step per server call (src/app/setup.ts, SetupStep) so the
 * page can show each step done and no call comes near Apps Script's 6 minutes; it ends on the
 * list of what exists, with links.
 *
 * Exactly once (docs/reliability.md): every step is idempotent (setup finds what exists by its
 * recorded id or name and makes only what is missing), so a call killed anywhere is completed by
 * calling it again — the page's 「もう一度実行」 does. Saving writes absolute values (the 設定
 * cells, the merged 担当課 rows), so a repeated save writes the same cells again at most. Each
 * call holds the document lock, so two people running the wizard never make two forms.
 */
import { SHEET } from '../strings';
import { WIZARD_TEXT as T } from '../strings/wizard';
import {
  changedSettingKeys,
  mergeDepartmentRows,
  normalizeWizardInput,
  validateWizardInput,
  wizardInputFrom,
  wizardSettings,
  WizardInput,
} from '../domain/wizard';
import { DOCUMENT_KINDS } from '../domain/documents';
import {
  defaultSettings,
  SETTING_DEFINITIONS,
  settingRow,
  Settings,
  settingsFromRows,
} from '../domain/settings';
import { activeSpreadsheet } from '../adapters/sheets';
import { documentProperties, PROP } from '../adapters/properties';
import type {
  WizardLink,
  WizardSaved,
  WizardStepRequest,
  WizardStepResult,
  WizardSummary,
  WizardView,
} from './sidebarContract';
import { readSettingsIfAny, readSettingsSheet, snapshotSettings } from '../store/settings';
import { currentUserEmail, NotAllowedError } from '../store/access';
import { snapshotDepartments } from '../store/departmentSnapshot';
import { WorkflowError } from '../store/context';
import {
  SETUP_STEPS,
  SetupStep,
  setUpCore,
  setUpDepartmentForm,
  setUpForm,
  setUpSheets,
  setUpTemplates,
  setUpTriggers,
} from './setup';
import { withDeskLock } from '../store/deskLock';
import { hasSheet, sheetList } from '../store/deskSheets';
import { rewriteSettingsRows, SettingsRowsWrite } from '../store/wizardAnswers';
import { readDepartments, rewriteDepartmentRows } from '../store/departments';
import { showModalDialog } from '../adapters/ui';
import { templateFromFile } from '../adapters/html';
import { openFormById } from '../adapters/forms';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const WIZARD_PAGE = 'wizard';
const DIALOG_WIDTH = 720;
const DIALOG_HEIGHT = 720;
/** A windowed step stops starting new items after this long (each call stays under 10 s). */
export const WIZARD_STEP_WINDOW_MS = 6_000;

/** The steps the page runs after saving, in order, with their captions. */
export const WIZARD_STEPS: readonly SetupStep[] = SETUP_STEPS;

/**
 * Who may use the wizard: desk staff, or anyone while 設定 lists nobody (a first setup). Returns
 * the person's address and the settings as they are now.
 */
function checkPerson(ss: Spreadsheet): { user: string; settings: Settings; firstRun: boolean } {
  const found = readSettingsIfAny(ss);
  const user = currentUserEmail();
  if (!found) return { user, settings: defaultSettings(user), firstRun: true };
  const settings = found;
  const staff = settings.staffEmails.map((s) => s.toLowerCase());
  if (staff.length && !staff.includes(user.toLowerCase())) throw new NotAllowedError(T.notAllowed);
  return { user, settings, firstRun: false };
}

/** Menu: the wizard's dialog. */
export function openWizardDialog(): void {
  checkPerson(activeSpreadsheet());
  const template = templateFromFile(WIZARD_PAGE);
  template.caseRefJson = '';
  template.section = '';
  const output = template.evaluate().setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  showModalDialog(output, T.pageTitle);
}

/** What the page shows first: the current answers (設定 and 担当課) and the steps. */
export function loadWizard(): WizardView {
  const ss = activeSpreadsheet();
  const { settings, firstRun } = checkPerson(ss);
  const departments = readDepartments(ss).map((d) => ({
    name: d.name,
    email: d.email,
    person: d.contactName,
  }));
  return {
    input: wizardInputFrom(settings, departments),
    steps: WIZARD_STEPS.map((id) => ({ id, label: T.steps[id] })),
    firstRun,
  };
}

/**
 * Saves the answers: refused whole with every problem when one is wrong; otherwise only the 設定
 * rows whose value changes are written (one write of the rows between the first and the last
 * changed one, the others rewritten as read), the departments merged into 担当課 (one write), and
 * both snapshots refreshed.
 */
export function saveWizard(raw: unknown): WizardSaved {
  const input = normalizeWizardInput(raw);
  const ss = activeSpreadsheet();
  return withDeskLock('wizard', () => {
    const { user } = checkPerson(ss);
    const problems = validateWizardInput(input, user);
    if (problems.length) return { ok: false, problems, changed: [], added: 0, updated: 0 };
    if (!hasSheet(ss, SHEET.settings)) setUpCore(user);
    const changed = writeSettings(ss, input);
    const { added, updated } = mergeDepartments(ss, input);
    return { ok: true, problems: [], changed, added, updated };
  });
}

/** Writes the changed 設定 rows; returns their labels. */
function writeSettings(ss: Spreadsheet, input: WizardInput): string[] {
  const props = documentProperties();
  let labels: string[] = [];
  const written = rewriteSettingsRows(ss, (rows) => {
    const plan = settingsWrite(rows, input);
    labels = plan?.labels ?? [];
    return plan?.write ?? null;
  });
  if (written) snapshotSettings(ss, props);
  return labels;
}

/**
 * What a save writes into 設定, given its rows: the value cells of the changed settings (one
 * block from the first to the last changed row, the others rewritten as read) and the rows of
 * settings 設定 lacks; null when nothing changes.
 */
function settingsWrite(
  rows: unknown[][],
  input: WizardInput,
): { write: SettingsRowsWrite; labels: string[] } | null {
  const current = settingsFromRows(rows);
  const keys = changedSettingKeys(current, input);
  if (!keys.length) return null;
  const wanted: Settings = { ...current, ...wizardSettings(input) };
  const rowOf = (label: string) => rows.findIndex((r) => String(r[0]).trim() === label);
  const defs = SETTING_DEFINITIONS.filter((d) => (keys as string[]).includes(d.key));
  const updates = new Map<number, unknown>();
  const appended: unknown[][] = [];
  for (const def of defs) {
    const [label, value, description] = settingRow(def, wanted);
    const cell = typeof value === 'number' ? value : `'${value}`; // text stays text
    const at = rowOf(label);
    if (at < 0) appended.push([label, cell, description]);
    else updates.set(at, cell);
  }
  let valuesFrom = 0;
  let values: unknown[][] = [];
  if (updates.size) {
    valuesFrom = Math.min(...updates.keys());
    const last = Math.max(...updates.keys());
    values = rows.slice(valuesFrom, last + 1).map((r, i) => {
      const at = valuesFrom + i;
      if (updates.has(at)) return [updates.get(at)];
      return [typeof r[1] === 'string' && r[1] !== '' ? `'${r[1]}` : r[1]];
    });
  }
  return { write: { valuesFrom, values, appended }, labels: defs.map((d) => d.label) };
}

/** Merges the wizard's departments into 担当課 (by name); returns how many rows changed. */
function mergeDepartments(ss: Spreadsheet, input: WizardInput): { added: number; updated: number } {
  if (!input.departments.length) return { added: 0, updated: 0 };
  let width = 0;
  const { read: rows, written } = rewriteDepartmentRows(ss, (read, columns, sheetWidth) => {
    width = sheetWidth;
    const merged = mergeDepartmentRows(read, input.departments, sheetWidth, columns);
    return merged.changed ? merged.rows : null;
  });
  if (!written) return { added: 0, updated: 0 };
  const added = written.length - rows.length;
  const updated = written
    .slice(0, rows.length)
    .filter((r, i) => JSON.stringify(r) !== JSON.stringify(widen(rows[i], width))).length;
  snapshotDepartments(ss, documentProperties());
  return { added, updated };
}

/** One step of the build; `done: false` asks the page to call it again (the time window). */
export function runWizardStep(raw: unknown): WizardStepResult {
  const request = (raw && typeof raw === 'object' ? raw : {}) as Partial<WizardStepRequest>;
  const step = String(request.step ?? '') as SetupStep;
  if (!WIZARD_STEPS.includes(step)) throw new WorkflowError(T.unknownStep(step));
  const ss = activeSpreadsheet();
  return withDeskLock('wizard', () => {
    const { user } = checkPerson(ss);
    switch (step) {
      case 'core':
        return { step, done: setUpCore(user).done };
      case 'sheets':
        return { step, done: setUpSheets().done };
      case 'form':
        return { step, done: setUpForm(WIZARD_STEP_WINDOW_MS).done };
      case 'departmentForm':
        return { step, done: setUpDepartmentForm().done };
      case 'triggers':
        return { step, done: setUpTriggers(user).done };
      case 'templates':
        return { step, done: setUpTemplates(WIZARD_STEP_WINDOW_MS).done };
    }
    throw new WorkflowError(T.unknownStep(step));
  });
}

const documentUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
const folderUrl = (id: string) => `https://drive.google.com/drive/folders/${id}`;

/** What the desk now has, with links: the sheets, the form, the folder and the templates. */
export function wizardSummary(): WizardSummary {
  const ss = activeSpreadsheet();
  checkPerson(ss);
  const settings = readSettingsSheet(ss);
  const url = ss.getUrl();
  const links: WizardLink[] = [{ label: T.links.spreadsheet, url }];
  for (const sheet of sheetList(ss)) {
    links.push({ label: T.links.sheet(sheet.name), url: `${url}#gid=${sheet.id}` });
  }
  const formId = documentProperties().getProperty(PROP.formId);
  if (formId) {
    const form = openFormById(formId);
    links.push({ label: T.links.formEdit, url: form.getEditUrl() });
    links.push({ label: T.links.formView, url: form.getPublishedUrl() });
  }
  if (settings.documentsFolderId) {
    links.push({ label: T.links.folder, url: folderUrl(settings.documentsFolderId) });
  }
  for (const kind of DOCUMENT_KINDS) {
    const id = String(settings[kind.templateSetting] ?? '').trim();
    if (id) {
      links.push({
        label: T.links.template(kind.label),
        url: documentUrl(id),
      });
    }
  }
  return { deskName: settings.deskName, links };
}

/** `row` cut or padded with '' to `width` cells, as the merge writes it. */
function widen(row: unknown[], width: number): unknown[] {
  return Array.from({ length: width }, (_, i) => row[i] ?? '');
}

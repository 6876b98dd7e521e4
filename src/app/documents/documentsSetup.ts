/**
 * Setup of the documents feature (part of 初期設定 and onInstall; idempotent): the root folder
 * while 設定「文書フォルダID」 is blank, and the default template of every kind whose 設定 id is
 * blank, in a テンプレート folder under the root. A city's own ids are kept, so a second run makes
 * nothing, and blanking one id then running 初期設定 makes that default again. The five
 * templates cost about 6 s modeled (most of it the Drive round trips: DocumentApp edits are
 * applied at save), which keeps onInstall within its 30 s.
 */
import { DOCUMENT_NAMES } from '../../strings/documents';
import { SHEET } from '../../strings';
import { DOCUMENT_KINDS } from '../../domain/documents';
import { SETTING_DEFINITIONS, Settings } from '../../domain/settings';
import { snapshotSettings } from '../settingsSync';
import { createDefaultTemplate } from './defaultTemplates';
import { openRootFolder } from './caseFolder';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;
type Folder = GoogleAppsScript.Drive.Folder;

type SettingChanges = Partial<Record<keyof Settings, string>>;

/** Returns the settings as they are afterwards (re-snapshotted when anything was made). */
export interface DocumentsSetup {
  settings: Settings;
  /** Kinds whose default template was left for a later setup (the time ran short). */
  pending: number;
}

/**
 * Creates the root folder and the default template of every kind whose 設定 id is blank. A
 * template is not started after `deadlineMs` (Date.now() time): onInstall must finish within a
 * simple trigger's 30 s, and the next 初期設定 makes what is left.
 */
export function setUpDocuments(
  ss: Spreadsheet,
  props: Properties,
  settings: Settings,
  deadlineMs = Number.POSITIVE_INFINITY,
): DocumentsSetup {
  const changes: SettingChanges = {};
  let pending = 0;
  let root: Folder | null = null;
  if (!settings.documentsFolderId.trim()) {
    root = DriveApp.createFolder(DOCUMENT_NAMES.rootFolder(settings.deskName));
    changes.documentsFolderId = root.getId();
  }
  const missing = DOCUMENT_KINDS.filter((kind) => !String(settings[kind.templateSetting]).trim());
  if (missing.length) {
    const folder = root
      ? root.createFolder(DOCUMENT_NAMES.templatesFolder)
      : templatesFolder(openRootFolder(settings));
    for (const kind of missing) {
      if (Date.now() > deadlineMs) {
        pending += 1;
        continue;
      }
      changes[kind.templateSetting] = createDefaultTemplate(kind, folder);
    }
  }
  if (!Object.keys(changes).length) return { settings, pending };
  writeSettingValues(ss, changes);
  return { settings: snapshotSettings(ss, props), pending };
}

function templatesFolder(root: Folder): Folder {
  const found = root.getFoldersByName(DOCUMENT_NAMES.templatesFolder);
  return found.hasNext() ? found.next() : root.createFolder(DOCUMENT_NAMES.templatesFolder);
}

/**
 * Writes values into 設定 by label: one setValues per run of adjacent rows (the five template
 * rows are one), and only those cells — the rest of the sheet is the city's.
 */
function writeSettingValues(ss: Spreadsheet, changes: SettingChanges): void {
  const sheet = ss.getSheetByName(SHEET.settings);
  if (!sheet) return;
  const labels = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((row) => String(row[0]).trim());
  const byRow = new Map<number, string>();
  for (const [key, value] of Object.entries(changes)) {
    const label = SETTING_DEFINITIONS.find((d) => d.key === key)?.label;
    const index = label ? labels.indexOf(label) : -1;
    if (index >= 0) byRow.set(index + 1, `'${value}`);
  }
  for (const run of adjacentRuns([...byRow.keys()])) {
    sheet.getRange(run[0], 2, run.length, 1).setValues(run.map((row) => [byRow.get(row)]));
  }
}

/** [3, 9, 10, 11] → [[3], [9, 10, 11]]. */
function adjacentRuns(rows: number[]): number[][] {
  const runs: number[][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === row - 1) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

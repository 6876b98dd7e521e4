/**
 * Setup of the documents feature (part of 初期設定 and onInstall; idempotent): the root folder
 * while 設定「文書フォルダID」 is blank, and the default template of every kind whose 設定 id is
 * blank, in a テンプレート folder under the root. A city's own ids are kept, so a second run makes
 * nothing, and blanking one id then running 初期設定 makes that default again. The five
 * templates cost about 6 s modeled (most of it the Drive round trips: DocumentApp edits are
 * applied at save), which keeps onInstall within its 30 s.
 */
import { DOCUMENT_NAMES } from '../../strings/documents';
import { DOCUMENT_KINDS } from '../../domain/documents';
import type { Settings } from '../../domain/settings';
import { snapshotSettings } from '../../store/settings';
import { SettingChanges, writeSettingValues } from '../../store/documentTemplateSettings';
import { clearIntent, readIntentNow, writeIntent } from '../../store/intents';
import { createFolder, fileById, folderById } from '../../adapters/drive';
import { createDefaultTemplate } from './defaultTemplates';
import { openRootFolder } from './caseFolder';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;
type Folder = GoogleAppsScript.Drive.Folder;

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
  const journal = readIntentNow<SetupJournal>(props, JOURNAL) ?? { templates: {} };
  const save = () => writeIntent(props, null, JOURNAL, journal);
  if (!settings.documentsFolderId.trim()) {
    if (journal.root) root = folderById(journal.root);
    else {
      root = createFolder(DOCUMENT_NAMES.rootFolder(settings.deskName));
      journal.root = root.getId();
      save(); // recorded before anything else: a re-run reuses it
    }
    changes.documentsFolderId = journal.root;
  }
  const missing = DOCUMENT_KINDS.filter((kind) => !String(settings[kind.templateSetting]).trim());
  if (missing.length) {
    const folder = templatesFolder(root ?? openRootFolder(settings));
    for (const kind of missing) {
      const done = journal.templates[kind.id];
      if (done) {
        changes[kind.templateSetting] = done;
        continue;
      }
      if (Date.now() > deadlineMs) {
        pending += 1;
        continue;
      }
      const partial = journal.partial?.[kind.id];
      // A template a stopped run began: never left live half-written.
      if (partial) fileById(partial).setTrashed(true);
      const id = createDefaultTemplate(kind, folder, (created) => {
        journal.partial = { ...journal.partial, [kind.id]: created };
        save();
      });
      journal.templates[kind.id] = id;
      delete journal.partial?.[kind.id];
      save();
      changes[kind.templateSetting] = id;
    }
  }
  if (!Object.keys(changes).length) {
    if (journal.root || Object.keys(journal.templates).length) clearIntent(props, null, JOURNAL);
    return { settings, pending };
  }
  writeSettingValues(ss, changes);
  const after = snapshotSettings(ss, props);
  clearIntent(props, null, JOURNAL); // 設定 holds every id now
  return { settings: after, pending };
}

/**
 * What a setup run made before 設定 holds it (document property `setup.documents`): the root
 * folder, finished templates, and a template being written (trashed and remade by the next run).
 */
interface SetupJournal {
  root?: string;
  templates: Record<string, string>;
  partial?: Record<string, string>;
}

const JOURNAL = 'setup.documents';

function templatesFolder(root: Folder): Folder {
  const found = root.getFoldersByName(DOCUMENT_NAMES.templatesFolder);
  return found.hasNext() ? found.next() : root.createFolder(DOCUMENT_NAMES.templatesFolder);
}

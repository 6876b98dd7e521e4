/**
 * Regenerates the public list (issue 13) from one read of the register: the web page's cache in
 * script properties, the public spreadsheet 公開一覧, and 公開一覧.csv / .json in the Drive folder
 * of 設定. Run by the menu (公開一覧を更新, always rewrites) and by the hourly trigger once a day
 * after the sweep (only when the public content or its settings changed: a hash of them is kept).
 *
 * Exactly once (docs/reliability.md): the caller holds the document lock. Every output is
 * rewritten in place, found by the id kept in document properties; an id is recorded right after
 * its file is created, and a run stopped before that adopts the file on retry (the CSV and JSON by
 * name in their folder; the spreadsheet by the unique name it is created under, recorded before
 * SpreadsheetApp.create) — never a twin. Drive's "not found" (or a trashed file) means the output
 * is gone and is made again; any other error stops the run, which the next run repeats. The hash
 * is written last, so a stopped run is redone.
 *
 * Calls at any register size (scripts/bench-publication.ts): the register 2 (getSheetByName,
 * getSheetValues) and the final properties write 1, besides the caller's (lock, properties,
 * spreadsheet; the menu's access check and alert) — 8 from the hourly trigger, 12 from the menu;
 * on the outputs: the cache 2, the public spreadsheet 5, each Drive file 3 (open, trashed?,
 * write); sharing and creation only when they are needed.
 */
import { PUBLICATION_FILES, PUBLICATION_UI } from '../strings';
import type { Settings } from '../domain/settings';
import {
  cachedList,
  cacheWrites,
  publicationHash,
  PublicList,
  publicList,
  publicListCsv,
  publicListJson,
} from '../domain/publication';
import { toTokyoDate } from '../domain/calendar';
import { documentProperties, parseJson, scriptProperties } from '../adapters/properties';
import { activeSpreadsheet } from '../adapters/sheets';
import { readRegisterRows } from '../store/registerLayout';
import { findRegisterSheet } from '../store/register';
import {
  addPublicEditors,
  createPublicSpreadsheet,
  finishPublicSpreadsheet,
  openPublicSpreadsheet,
  PublicSpreadsheet,
  publicSpreadsheetId,
  writePublicRows,
} from '../store/publicSpreadsheet';
import { requireDeskStaff } from '../store/access';
import { deskSettings } from '../store/settings';
import { takeDeskLock } from '../store/deskLock';
import { effectiveUserEmail } from '../adapters/session';
import { fileById, filesByName, folderById, isNotFound, setLinkSharing } from '../adapters/drive';
import { readIntentText, writeIntent } from '../store/intents';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;
type File = GoogleAppsScript.Drive.File;

/** Document-property keys of the publication state. */
export const PUBLICATION_PROP = {
  hash: 'publication.hash',
  checkedOn: 'publication.checkedOn',
  csvId: 'publication.csvId',
  jsonId: 'publication.jsonId',
  /** The folder the recorded CSV and JSON were made in (a new folder in 設定 gets new files). */
  folderId: 'publication.folderId',
  sheetId: 'publication.sheetId',
  /** The unique name a public spreadsheet is being created under, until it is set up. */
  sheetCreating: 'publication.sheetCreating',
  /** Ids of the outputs shared by link ({ id: true }). */
  shared: 'publication.shared',
  cacheChunks: 'publication.cacheChunks',
} as const;

const PERMISSION_DENIED = /permission/i;

export interface PublicationRun {
  spreadsheet: () => Spreadsheet;
  props: Properties;
  /** Every document property, as the caller's one getProperties() under the lock read them. */
  all: Record<string, string>;
  settings: Settings;
  now: Date;
  /** Tokyo day of the run (the daily check is recorded for it). */
  today: string;
  /** Rewrite even when nothing changed (the menu). */
  force: boolean;
}

export interface PublicationOutcome {
  changed: boolean;
  published: number;
  /** Cases the web page's cache holds (fewer than published only past its size budget). */
  cached: number;
  sheetUrl: string;
  csvUrl: string;
  jsonUrl: string;
  shared: boolean;
}

export function regeneratePublication(run: PublicationRun): PublicationOutcome {
  const { all, settings } = run;
  const register = findRegisterSheet(run.spreadsheet());
  if (!register) throw new Error(PUBLICATION_UI.noRegister);
  // Every field in register order, its column found by header (src/domain/registerLayout.ts).
  const rows = readRegisterRows(register);
  const list = publicList(rows, settings.deskName, run.now);
  const folderId = settings.publicationFolderId.trim();
  const share = settings.publicationShareByLink;
  const hash = publicationHash(list, [folderId, String(share)]);
  const outcome: PublicationOutcome = {
    changed: hash !== all[PUBLICATION_PROP.hash],
    published: list.cases.length,
    cached: list.cases.length,
    sheetUrl: sheetUrl(all[PUBLICATION_PROP.sheetId] ?? ''),
    csvUrl: '',
    jsonUrl: '',
    shared: share,
  };
  if (!run.force && !outcome.changed) {
    if (all[PUBLICATION_PROP.checkedOn] !== run.today) {
      run.props.setProperty(PUBLICATION_PROP.checkedOn, run.today);
    }
    return outcome;
  }
  const wasShared = parseJson<Record<string, boolean>>(all[PUBLICATION_PROP.shared]) ?? {};
  const shared: Record<string, boolean> = {};
  const sharing = (id: string, file: () => File) => {
    if (Boolean(wasShared[id]) !== share) setLinkSharing(file(), share);
    if (share) shared[id] = true;
  };
  const chunks = writeCache(run, list, outcome);
  const sheetId = writePublicSheet(run, list);
  sharing(sheetId, () => fileById(sheetId));
  outcome.sheetUrl = sheetUrl(sheetId);
  const final: Record<string, string> = {};
  if (folderId) {
    const csv = writeDriveFile(run, 'csv', folderId, publicListCsv(list), final);
    sharing(csv.id, () => csv.file);
    const json = writeDriveFile(run, 'json', folderId, publicListJson(list), final);
    sharing(json.id, () => json.file);
    outcome.csvUrl = fileUrl(csv.id);
    outcome.jsonUrl = fileUrl(json.id);
  }
  run.props.setProperties({
    ...final,
    [PUBLICATION_PROP.sheetCreating]: '',
    [PUBLICATION_PROP.shared]: JSON.stringify(shared),
    [PUBLICATION_PROP.cacheChunks]: String(chunks),
    [PUBLICATION_PROP.checkedOn]: run.today,
    [PUBLICATION_PROP.hash]: hash,
  });
  return outcome;
}

/** The web page's cache: one setProperties (count and chunks together), then stale chunks go. */
function writeCache(run: PublicationRun, list: PublicList, outcome: PublicationOutcome): number {
  const cache = cachedList(list);
  outcome.cached = cache.cases.length;
  const previous = Number(run.all[PUBLICATION_PROP.cacheChunks] ?? 0) || 0;
  const { writes, stale, chunks } = cacheWrites(publicListJson(cache), previous);
  const script = scriptProperties();
  script.setProperties(writes);
  for (const key of stale) script.deleteProperty(key);
  return chunks;
}

/** The public spreadsheet, rewritten in place (src/store/publicSpreadsheet.ts). */
function writePublicSheet(run: PublicationRun, list: PublicList): string {
  const recorded = run.all[PUBLICATION_PROP.sheetId] ?? '';
  let ss = openPublicSheet(recorded);
  let id = recorded;
  if (!ss) ({ ss, id } = createPublicSheet(run, list.cases.length + 1));
  else if (run.all[PUBLICATION_PROP.sheetCreating]) finishPublicSpreadsheet(ss);
  writePublicRows(ss, list);
  return id;
}

/**
 * The recorded spreadsheet, or null when it is gone. openById's error does not say why it
 * failed, so Drive is asked: "not found" or trashed is gone; anything else is a service error.
 */
function openPublicSheet(id: string): PublicSpreadsheet | null {
  if (!id) return null;
  try {
    return openPublicSpreadsheet(id);
  } catch (error) {
    // Refused for this person: it exists (made by a colleague who has not shared it).
    if (PERMISSION_DENIED.test((error as Error).message)) throw error;
    if (driveFile(id) === null) return null;
    throw error;
  }
}

/**
 * Creates the spreadsheet under a unique name recorded first (the intent), records its id right
 * after, then names it 公開一覧. A run stopped between create and record finds it by that name.
 */
function createPublicSheet(
  run: PublicationRun,
  rows: number,
): { ss: PublicSpreadsheet; id: string } {
  let creating = readIntentText(run.all, PUBLICATION_PROP.sheetCreating);
  let ss: PublicSpreadsheet | null = null;
  if (creating) {
    const found = filesByName(creating);
    while (found.hasNext()) {
      const file = found.next();
      if (file.isTrashed()) continue;
      ss = openPublicSpreadsheet(file.getId());
      break;
    }
  } else {
    creating = `${PUBLICATION_FILES.spreadsheet} ${run.now.getTime().toString(36)}`;
    writeIntent(run.props, run.all, PUBLICATION_PROP.sheetCreating, creating);
  }
  ss ??= createPublicSpreadsheet(creating, rows);
  const id = publicSpreadsheetId(ss);
  run.props.setProperty(PUBLICATION_PROP.sheetId, id);
  // The other desk staff regenerate it too (the public reads it by link, when shared).
  const me = effectiveUserEmail().toLowerCase();
  const staff = run.settings.staffEmails.filter((e) => e.toLowerCase() !== me);
  if (staff.length) addPublicEditors(ss, staff);
  finishPublicSpreadsheet(ss);
  return { ss, id };
}

/** A live Drive file by id; null when Drive says it is not there or it is in the trash. */
function driveFile(id: string): File | null {
  try {
    const file = fileById(id);
    return file.isTrashed() ? null : file;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

const FILE_KINDS = {
  csv: { name: PUBLICATION_FILES.csv, mime: 'text/csv', key: PUBLICATION_PROP.csvId },
  json: { name: PUBLICATION_FILES.json, mime: 'application/json', key: PUBLICATION_PROP.jsonId },
} as const;

/**
 * Writes the CSV or JSON in place: by its recorded id (when made in the same folder), else the
 * file of that name in the folder (a run stopped before recording it made it), else a new file,
 * whose id is recorded at once.
 */
function writeDriveFile(
  run: PublicationRun,
  kind: keyof typeof FILE_KINDS,
  folderId: string,
  content: string,
  final: Record<string, string>,
): { file: File; id: string } {
  const { name, mime, key } = FILE_KINDS[kind];
  const sameFolder = run.all[PUBLICATION_PROP.folderId] === folderId;
  const recorded = sameFolder ? (run.all[key] ?? '') : '';
  let file = recorded ? driveFile(recorded) : null;
  if (file) {
    file.setContent(content);
    return { file, id: recorded };
  }
  const folder = publicationFolder(folderId);
  const named = folder.getFilesByName(name);
  file = named.hasNext() ? named.next() : null;
  if (file) file.setContent(content);
  else file = folder.createFile(name, content, mime);
  const id = file.getId();
  run.props.setProperties({ [key]: id, [PUBLICATION_PROP.folderId]: folderId });
  final[key] = id;
  final[PUBLICATION_PROP.folderId] = folderId;
  return { file, id };
}

function publicationFolder(id: string): GoogleAppsScript.Drive.Folder {
  try {
    return folderById(id);
  } catch (error) {
    if (isNotFound(error)) {
      throw new Error(PUBLICATION_UI.folderMissing(id));
    }
    throw error;
  }
}

function fileUrl(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

function sheetUrl(id: string): string {
  return id ? `https://docs.google.com/spreadsheets/d/${id}/edit` : '';
}

/** Menu: 公開一覧を更新 — always rewrites every output. */
export function refreshPublicationFromMenu(): string {
  if (!takeDeskLock('deskMenu')) throw new Error(PUBLICATION_UI.busy);
  const props = documentProperties();
  const all = props.getProperties();
  const ss = activeSpreadsheet();
  const settings = deskSettings(all, ss);
  requireDeskStaff(settings);
  const now = new Date();
  const outcome = regeneratePublication({
    spreadsheet: () => ss,
    props,
    all,
    settings,
    now,
    today: toTokyoDate(now),
    force: true,
  });
  return PUBLICATION_UI.done(outcome);
}

/**
 * The hourly trigger, once a day after the sweep hour (the caller holds the lock and has read
 * every document property): regenerates when the public content changed.
 */
export function publishIfChanged(
  run: Omit<PublicationRun, 'force' | 'today'>,
  today: string,
): PublicationOutcome | null {
  if (run.all[PUBLICATION_PROP.checkedOn] === today) return null;
  return regeneratePublication({ ...run, today, force: false });
}

/**
 * One Drive folder per case, named '<案件番号> <事業者名>', under the root folder of 設定
 * 「文書フォルダID」. The register's 案件フォルダ column keeps its link, so the folder is created on
 * first use and found again by id afterwards (renaming the organisation never splits a case).
 *
 * Exactly once (docs/reliability.md): under the document lock, the folder's name is recorded in
 * document properties before createFolder and the register links the folder right after it; an
 * attempt killed in between leaves the record, and the next one adopts the folder it made (found
 * by that name) instead of making a twin. Drive's "no such item" is told from a service failure:
 * only the first means the linked folder is gone.
 */
import { writeRegisterText } from '../../store/documentCells';
import { folderById, isNotFound } from '../../adapters/drive';
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { caseFolderName } from '../../domain/documents';
import type { Settings } from '../../domain/settings';
import type { CaseRef } from '../sidebarContract';
import type { LockedDesk } from '../../store/journal';
import { DocumentError } from './errors';
import { DOCUMENT_PROP } from './intent';
import { clearIntent, readIntentText, writeIntent } from '../../store/intents';

type Folder = GoogleAppsScript.Drive.Folder;

export interface CaseFolder {
  folder: Folder;
  /** The link the register keeps. */
  url: string;
}

/** A Drive id from a link (…/folders/<id>, …/d/<id>/…, ?id=<id>) or the id itself. */
export function driveIdOf(cell: string): string {
  const text = cell.trim();
  const fromUrl = /\/(?:folders|d)\/([-\w]+)/.exec(text) ?? /[?&]id=([-\w]+)/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^[-\w]+$/.test(text) ? text : '';
}

/** Any other Drive failure is transient for the person: nothing is concluded from it. */
export function driveUnavailable(): DocumentError {
  return new DocumentError(DOCUMENT_MESSAGES.driveUnavailable);
}

/**
 * The case's folder, created and linked in the register when there is none (or the linked one
 * no longer exists). The caller holds the document lock (openLockedDesk).
 */
export function ensureCaseFolder(
  desk: LockedDesk,
  ref: CaseRef,
  folderCell: string,
  organisation: string,
): CaseFolder {
  const key = DOCUMENT_PROP.folder(ref.caseNumber);
  const existingId = driveIdOf(folderCell);
  if (existingId) {
    const folder = openFolder(existingId);
    if (folder) {
      // Linked by an attempt killed before it cleared its intent.
      if (desk.all[key] !== undefined) clearIntent(desk.props, desk.all, key);
      return { folder, url: folderCell.trim() };
    }
  }
  const root = openRootFolder(desk.settings);
  const pendingName = readIntentText(desk.all, key);
  const name = caseFolderName(ref.caseNumber, organisation);
  let folder = pendingName ? adoptFolder(root, pendingName) : null;
  if (!folder) {
    if (pendingName !== name) writeIntent(desk.props, desk.all, key, name);
    folder = root.createFolder(name);
  }
  const url = folder.getUrl();
  writeRegisterText(desk.ss, 'folder', ref.row, url);
  clearIntent(desk.props, desk.all, key);
  return { folder, url };
}

/**
 * The folder a killed attempt made (its recorded name, live, under the root): the first is kept,
 * any twin of earlier attempts goes to the trash (it holds nothing: documents wait for the link).
 */
function adoptFolder(root: Folder, name: string): Folder | null {
  const found = root.getFoldersByName(name);
  let kept: Folder | null = null;
  while (found.hasNext()) {
    const folder = found.next();
    if (folder.isTrashed()) continue;
    if (!kept) kept = folder;
    else folder.setTrashed(true);
  }
  return kept;
}

export function openRootFolder(settings: Settings): Folder {
  const id = settings.documentsFolderId.trim();
  if (!id) throw new DocumentError(DOCUMENT_MESSAGES.folderNotSet);
  const folder = openFolder(driveIdOf(id) || id);
  if (!folder) throw new DocumentError(DOCUMENT_MESSAGES.folderNotFound(id));
  return folder;
}

/** A folder deleted or no longer shared reads as absent; any other failure is thrown. */
function openFolder(id: string): Folder | null {
  try {
    return folderById(id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw driveUnavailable();
  }
}

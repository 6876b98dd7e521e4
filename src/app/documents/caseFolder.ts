/**
 * One Drive folder per case, named '<案件番号> <事業者名>', under the root folder of 設定
 * 「文書フォルダID」. The register's 案件フォルダ column keeps its link, so the folder is created on
 * first use and found again by id afterwards (renaming the organisation never splits a case).
 */
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { caseFolderName } from '../../domain/documents';
import type { Settings } from '../../domain/settings';
import { DocumentError } from './errors';

type Folder = GoogleAppsScript.Drive.Folder;

export interface CaseFolder {
  folder: Folder;
  /** The link to keep in the register (new when the folder was created now). */
  url: string;
  /** Made by this generation: trashed again if the generation stops, so no empty twin is left. */
  created: boolean;
}

/** A Drive id from a link (…/folders/<id>, …/d/<id>/…, ?id=<id>) or the id itself. */
export function driveIdOf(cell: string): string {
  const text = cell.trim();
  const fromUrl = /\/(?:folders|d)\/([-\w]+)/.exec(text) ?? /[?&]id=([-\w]+)/.exec(text);
  if (fromUrl) return fromUrl[1];
  return /^[-\w]+$/.test(text) ? text : '';
}

export function openCaseFolder(
  settings: Settings,
  folderCell: string,
  caseNumber: string,
  organisation: string,
): CaseFolder {
  const existingId = driveIdOf(folderCell);
  if (existingId) {
    const folder = tryFolder(existingId);
    if (folder) return { folder, url: folderCell.trim(), created: false };
  }
  const root = openRootFolder(settings);
  const folder = root.createFolder(caseFolderName(caseNumber, organisation));
  return { folder, url: folder.getUrl(), created: true };
}

export function openRootFolder(settings: Settings): Folder {
  const id = settings.documentsFolderId.trim();
  if (!id) throw new DocumentError(DOCUMENT_MESSAGES.folderNotSet);
  const folder = tryFolder(driveIdOf(id) || id);
  if (!folder) throw new DocumentError(DOCUMENT_MESSAGES.folderNotFound(id));
  return folder;
}

/** A folder deleted or no longer shared with the person reads as absent. */
function tryFolder(id: string): Folder | null {
  try {
    return DriveApp.getFolderById(id);
  } catch {
    return null;
  }
}

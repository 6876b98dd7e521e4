/**
 * DriveApp: developers.google.com/apps-script/reference/drive/drive-app
 *
 * "Allows scripts to create, find, and modify files and folders in Google Drive." Everything
 * without a folder works on the root folder ("My Drive"). Items the effective user cannot see
 * are not found, and listings leave out what is in the trash (getTrashedFiles lists it).
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { currentUser, listIds, openRecord } from './access';
import { Access, Permission } from './enums';
import { DRIVE_ERRORS } from './errors';
import { makeFile } from './file';
import { fileIterator, folderIterator, makeFolder } from './folder';
import { decodeToken } from './iterators';
import {
  addParent,
  createFileIn,
  createFolderIn,
  createShortcutIn,
  removeParent,
  searchIds,
} from './operations';

/** A consumer account's 15 GB ("Google Drive storage", Google One help). */
export const STORAGE_LIMIT_BYTES = 15 * 1024 * 1024 * 1024;

class FakeDriveApp {
  readonly Access = Access as unknown as typeof GoogleAppsScript.Drive.Access;
  readonly Permission = Permission as unknown as typeof GoogleAppsScript.Drive.Permission;

  constructor(private readonly ws: Workspace) {}

  private charge(method: string, kind: 'drive' | 'local' = 'drive'): void {
    this.ws.charge('DriveApp', `DriveApp.${method}`, kind);
  }

  private get rootId(): string {
    return this.ws.drive.rootId;
  }

  /** "Adds the given file to the root of the user's Drive" without removing other parents. */
  addFile(child: GoogleAppsScript.Drive.File): GoogleAppsScript.Drive.Folder {
    this.charge('addFile');
    addParent(this.ws, this.rootId, child, 'child');
    return makeFolder(this.ws, this.rootId);
  }

  addFolder(child: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.Folder {
    this.charge('addFolder');
    addParent(this.ws, this.rootId, child, 'child');
    return makeFolder(this.ws, this.rootId);
  }

  /** "Resumes a file iteration using a continuation token from a previous iterator." */
  continueFileIterator(continuationToken: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('continueFileIterator');
    const { ids, position } = decodeToken(continuationToken, 'file');
    return fileIterator(this.ws, ids, position);
  }

  continueFolderIterator(continuationToken: string): GoogleAppsScript.Drive.FolderIterator {
    this.charge('continueFolderIterator');
    const { ids, position } = decodeToken(continuationToken, 'folder');
    return folderIterator(this.ws, ids, position);
  }

  createFile(
    nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
    content?: string,
    mimeType?: string,
  ): GoogleAppsScript.Drive.File {
    this.charge('createFile');
    return makeFile(this.ws, createFileIn(this.ws, this.rootId, nameOrBlob, content, mimeType).id);
  }

  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    this.charge('createFolder');
    return makeFolder(this.ws, createFolderIn(this.ws, this.rootId, name).id);
  }

  createShortcut(targetId: string): GoogleAppsScript.Drive.File {
    this.charge('createShortcut');
    return makeFile(this.ws, createShortcutIn(this.ws, this.rootId, targetId).id);
  }

  createShortcutForTargetIdAndResourceKey(
    targetId: string,
    _targetResourceKey: string,
  ): GoogleAppsScript.Drive.File {
    this.charge('createShortcutForTargetIdAndResourceKey');
    return makeFile(this.ws, createShortcutIn(this.ws, this.rootId, targetId).id);
  }

  /** Trashed files still open by id, as in Drive. Folders are files too. */
  getFileById(id: string): GoogleAppsScript.Drive.File {
    this.charge('getFileById');
    return makeFile(this.ws, openRecord(this.ws, id).id);
  }

  getFileByIdAndResourceKey(id: string, _resourceKey: string): GoogleAppsScript.Drive.File {
    this.charge('getFileByIdAndResourceKey');
    return makeFile(this.ws, openRecord(this.ws, id).id);
  }

  /** "Gets a collection of all files in the user's Drive." */
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.charge('getFiles');
    return fileIterator(this.ws, listIds(this.ws, { folders: false }));
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('getFilesByName');
    return fileIterator(this.ws, listIds(this.ws, { folders: false, name: String(name) }));
  }

  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('getFilesByType');
    const ids = listIds(this.ws, { folders: false, mimeType: String(mimeType) });
    return fileIterator(this.ws, ids);
  }

  /** An id that is not a folder's is not found as a folder. */
  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    this.charge('getFolderById');
    return this.openFolder(id);
  }

  getFolderByIdAndResourceKey(id: string, _resourceKey: string): GoogleAppsScript.Drive.Folder {
    this.charge('getFolderByIdAndResourceKey');
    return this.openFolder(id);
  }

  private openFolder(id: string): GoogleAppsScript.Drive.Folder {
    const record = openRecord(this.ws, id);
    if (!this.ws.drive.isFolder(record)) throw new Error(DRIVE_ERRORS.notFound);
    return makeFolder(this.ws, record.id);
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.charge('getFolders');
    return folderIterator(this.ws, listIds(this.ws, { folders: true }));
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.charge('getFoldersByName');
    return folderIterator(this.ws, listIds(this.ws, { folders: true, name: String(name) }));
  }

  getRootFolder(): GoogleAppsScript.Drive.Folder {
    this.charge('getRootFolder');
    return makeFolder(this.ws, this.rootId);
  }

  /** "Gets the number of bytes the user is allowed to store in Drive." */
  getStorageLimit(): GoogleAppsScript.Integer {
    this.charge('getStorageLimit');
    return STORAGE_LIMIT_BYTES;
  }

  /** "Gets the number of bytes the user is currently storing in Drive" (Google files count 0). */
  getStorageUsed(): GoogleAppsScript.Integer {
    this.charge('getStorageUsed');
    const user = currentUser(this.ws);
    return this.ws.drive
      .all()
      .filter((r) => !user || r.owner === user)
      .reduce((sum, r) => sum + (r.bytes?.length ?? 0), 0);
  }

  /** "Gets a collection of all the files in the trash of the user's Drive." */
  getTrashedFiles(): GoogleAppsScript.Drive.FileIterator {
    this.charge('getTrashedFiles');
    return fileIterator(
      this.ws,
      listIds(this.ws, { folders: false, trashed: 'only', ownedOnly: true }),
    );
  }

  getTrashedFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.charge('getTrashedFolders');
    return folderIterator(
      this.ws,
      listIds(this.ws, { folders: true, trashed: 'only', ownedOnly: true }),
    );
  }

  /** Takes the file out of the root folder; it stays in Drive (and in its other folders). */
  removeFile(child: GoogleAppsScript.Drive.File): GoogleAppsScript.Drive.Folder {
    this.charge('removeFile');
    removeParent(this.ws, this.rootId, child, 'child');
    return makeFolder(this.ws, this.rootId);
  }

  removeFolder(child: GoogleAppsScript.Drive.Folder): GoogleAppsScript.Drive.Folder {
    this.charge('removeFolder');
    removeParent(this.ws, this.rootId, child, 'child');
    return makeFolder(this.ws, this.rootId);
  }

  /**
   * "Gets a collection of all files in the user's Drive that match the given search criteria"
   * (Drive API v2 query syntax, see query.ts).
   */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('searchFiles');
    return fileIterator(this.ws, searchIds(this.ws, params, false));
  }

  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    this.charge('searchFolders');
    return folderIterator(this.ws, searchIds(this.ws, params, true));
  }
}
assertGoogleShape<FakeDriveApp, GoogleAppsScript.Drive.DriveApp>(true);

export function createDriveApp(ws: Workspace): GoogleAppsScript.Drive.DriveApp {
  return new FakeDriveApp(ws) as unknown as GoogleAppsScript.Drive.DriveApp;
}

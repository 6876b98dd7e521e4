/**
 * Folder: developers.google.com/apps-script/reference/drive/folder
 */
import type { Workspace } from '../../core/workspace';
import { assertGoogleShape } from '../../core/typing';
import {
  accessOf,
  addEditor,
  addViewer,
  currentUser,
  isTrashed,
  listIds,
  openRecord,
  registerHandle,
  removeEditor,
  removeViewer,
  requireEdit,
  requireEmail,
  requireOwner,
  revokeAll,
  setSharing,
  transferOwnership,
} from './access';
import { DRIVE_ERRORS } from './errors';
import { makeFileIterator, makeFolderIterator } from './iterators';
import { makeFile } from './file';
import {
  addParent,
  createFileIn,
  createFolderIn,
  createShortcutIn,
  moveFolder,
  removeParent,
  searchIds,
} from './operations';
import { makeDriveUser } from './user';
import type { DriveFileRecord } from './store';

type UserArg = string | GoogleAppsScript.Base.User;
type Self = GoogleAppsScript.Drive.Folder;

export function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

/** Iterators over ids; items deleted meanwhile are skipped. */
export function fileIterator(ws: Workspace, ids: string[], position = 0) {
  return makeFileIterator(ws, ids, (id) => (ws.drive.get(id) ? makeFile(ws, id) : null), position);
}

export function folderIterator(ws: Workspace, ids: string[], position = 0) {
  return makeFolderIterator(
    ws,
    ids,
    (id) => (ws.drive.get(id) ? makeFolder(ws, id) : null),
    position,
  );
}

class FakeFolder {
  constructor(
    private readonly ws: Workspace,
    private readonly id: string,
  ) {
    registerHandle(this, id);
  }

  private charge(method: string, kind: 'drive' | 'local' = 'drive'): void {
    this.ws.charge('DriveApp', `Folder.${method}`, kind);
  }

  private self(): Self {
    return this as unknown as Self;
  }

  private record(): DriveFileRecord {
    return openRecord(this.ws, this.id);
  }

  private edit(change: (record: DriveFileRecord) => void): Self {
    const record = this.record();
    requireEdit(this.ws, record);
    change(record);
    this.ws.drive.touch(record);
    return this.self();
  }

  private canEdit(): boolean {
    return this.ws.drive.canEdit(this.record(), currentUser(this.ws));
  }

  addEditor(user: UserArg): Self {
    this.charge('addEditor');
    const email = requireEmail(user);
    return this.edit((r) => addEditor(r, email));
  }

  addEditors(emailAddresses: string[]): Self {
    this.charge('addEditors');
    const emails = emailAddresses.map((e) => requireEmail(e));
    return this.edit((r) => emails.forEach((e) => addEditor(r, e)));
  }

  /** "Adds the given file to the current folder… a file can have more than one parent." */
  addFile(child: GoogleAppsScript.Drive.File): Self {
    this.charge('addFile');
    addParent(this.ws, this.id, child, 'child');
    return this.self();
  }

  addFolder(child: GoogleAppsScript.Drive.Folder): Self {
    this.charge('addFolder');
    addParent(this.ws, this.id, child, 'child');
    return this.self();
  }

  addViewer(user: UserArg): Self {
    this.charge('addViewer');
    const email = requireEmail(user);
    return this.edit((r) => addViewer(r, email));
  }

  addViewers(emailAddresses: string[]): Self {
    this.charge('addViewers');
    const emails = emailAddresses.map((e) => requireEmail(e));
    return this.edit((r) => emails.forEach((e) => addViewer(r, e)));
  }

  createFile(
    nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
    content?: string,
    mimeType?: string,
  ): GoogleAppsScript.Drive.File {
    this.charge('createFile');
    const record = createFileIn(this.ws, this.id, nameOrBlob, content, mimeType);
    return makeFile(this.ws, record.id);
  }

  createFolder(name: string): Self {
    this.charge('createFolder');
    return makeFolder(this.ws, createFolderIn(this.ws, this.id, name).id);
  }

  createShortcut(targetId: string): GoogleAppsScript.Drive.File {
    this.charge('createShortcut');
    return makeFile(this.ws, createShortcutIn(this.ws, this.id, targetId).id);
  }

  createShortcutForTargetIdAndResourceKey(
    targetId: string,
    _targetResourceKey: string,
  ): GoogleAppsScript.Drive.File {
    this.charge('createShortcutForTargetIdAndResourceKey');
    return makeFile(this.ws, createShortcutIn(this.ws, this.id, targetId).id);
  }

  getAccess(user: UserArg): GoogleAppsScript.Drive.Permission {
    this.charge('getAccess');
    return accessOf(
      this.record(),
      requireEmail(user),
    ) as unknown as GoogleAppsScript.Drive.Permission;
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    this.charge('getDateCreated');
    return new Date(this.record().dateCreated.getTime());
  }

  getDescription(): string | null {
    this.charge('getDescription');
    return this.record().description;
  }

  getEditors(): GoogleAppsScript.Drive.User[] {
    this.charge('getEditors');
    if (!this.canEdit()) return [];
    return this.record().editors.map((e) => makeDriveUser(this.ws, e));
  }

  /** "Gets a collection of all files that are children of the current folder." */
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.charge('getFiles');
    return fileIterator(this.ws, listIds(this.ws, { folders: false, parentId: this.record().id }));
  }

  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('getFilesByName');
    const ids = listIds(this.ws, {
      folders: false,
      parentId: this.record().id,
      filter: (r) => r.name === String(name),
    });
    return fileIterator(this.ws, ids);
  }

  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('getFilesByType');
    const ids = listIds(this.ws, {
      folders: false,
      parentId: this.record().id,
      filter: (r) => r.mimeType === String(mimeType),
    });
    return fileIterator(this.ws, ids);
  }

  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.charge('getFolders');
    return folderIterator(this.ws, listIds(this.ws, { folders: true, parentId: this.record().id }));
  }

  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.charge('getFoldersByName');
    const ids = listIds(this.ws, {
      folders: true,
      parentId: this.record().id,
      filter: (r) => r.name === String(name),
    });
    return folderIterator(this.ws, ids);
  }

  getId(): string {
    this.charge('getId', 'local');
    return this.id;
  }

  getLastUpdated(): GoogleAppsScript.Base.Date {
    this.charge('getLastUpdated');
    return new Date(this.record().lastUpdated.getTime());
  }

  getName(): string {
    this.charge('getName');
    return this.record().name;
  }

  getOwner(): GoogleAppsScript.Drive.User {
    this.charge('getOwner');
    return makeDriveUser(this.ws, this.record().owner);
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.charge('getParents');
    const user = currentUser(this.ws);
    const ids = this.record().parents.filter((p) => {
      const parent = this.ws.drive.get(p);
      return !!parent && this.ws.drive.canView(parent, user);
    });
    return folderIterator(this.ws, ids);
  }

  getResourceKey(): string | null {
    this.charge('getResourceKey', 'local');
    return null;
  }

  getSecurityUpdateEligible(): boolean {
    this.charge('getSecurityUpdateEligible');
    return false;
  }

  getSecurityUpdateEnabled(): boolean {
    this.charge('getSecurityUpdateEnabled');
    return false;
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    this.charge('getSharingAccess');
    return this.record().sharing.access as unknown as GoogleAppsScript.Drive.Access;
  }

  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    this.charge('getSharingPermission');
    return this.record().sharing.permission as unknown as GoogleAppsScript.Drive.Permission;
  }

  /** "Folders do not take up storage space, and thus return 0 bytes." */
  getSize(): GoogleAppsScript.Integer {
    this.charge('getSize');
    this.record();
    return 0;
  }

  getUrl(): string {
    this.charge('getUrl', 'local');
    return folderUrl(this.id);
  }

  getViewers(): GoogleAppsScript.Drive.User[] {
    this.charge('getViewers');
    if (!this.canEdit()) return [];
    const record = this.record();
    return [...record.viewers, ...record.commenters].map((e) => makeDriveUser(this.ws, e));
  }

  isShareableByEditors(): boolean {
    this.charge('isShareableByEditors');
    return this.record().shareableByEditors;
  }

  isStarred(): boolean {
    this.charge('isStarred');
    return this.record().starred;
  }

  isTrashed(): boolean {
    this.charge('isTrashed');
    return isTrashed(this.ws, this.record());
  }

  moveTo(destination: GoogleAppsScript.Drive.Folder): Self {
    this.charge('moveTo');
    moveFolder(this.ws, this.id, destination);
    return this.self();
  }

  removeEditor(user: UserArg): Self {
    this.charge('removeEditor');
    const email = requireEmail(user);
    return this.edit((r) => removeEditor(r, email));
  }

  /**
   * "Removes the given file from the current folder. This method does not delete the file, but
   * if a file is removed from all of its parents, it cannot be seen in Drive except by searching."
   */
  removeFile(child: GoogleAppsScript.Drive.File): Self {
    this.charge('removeFile');
    removeParent(this.ws, this.id, child, 'child');
    return this.self();
  }

  removeFolder(child: GoogleAppsScript.Drive.Folder): Self {
    this.charge('removeFolder');
    removeParent(this.ws, this.id, child, 'child');
    return this.self();
  }

  removeViewer(user: UserArg): Self {
    this.charge('removeViewer');
    const email = requireEmail(user);
    return this.edit((r) => removeViewer(r, email));
  }

  revokePermissions(user: UserArg): Self {
    this.charge('revokePermissions');
    const email = requireEmail(user);
    return this.edit((r) => revokeAll(r, email));
  }

  /** "Gets a collection of all files that are children of the current folder and match…" */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('searchFiles');
    return fileIterator(this.ws, searchIds(this.ws, params, false, this.record().id));
  }

  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    this.charge('searchFolders');
    return folderIterator(this.ws, searchIds(this.ws, params, true, this.record().id));
  }

  setDescription(description: string): Self {
    this.charge('setDescription');
    return this.edit((r) => {
      r.description = String(description);
    });
  }

  setName(name: string): Self {
    this.charge('setName');
    if (name === null || name === undefined || String(name) === '') {
      throw new Error(DRIVE_ERRORS.invalidArgument('name'));
    }
    return this.edit((r) => this.ws.drive.rename(r, String(name)));
  }

  setOwner(user: UserArg): Self {
    this.charge('setOwner');
    const email = requireEmail(user);
    const record = this.record();
    requireOwner(this.ws, record);
    transferOwnership(record, email);
    this.ws.drive.touch(record);
    return this.self();
  }

  setSecurityUpdateEnabled(_enabled: boolean): Self {
    this.charge('setSecurityUpdateEnabled');
    return this.edit(() => undefined);
  }

  setShareableByEditors(shareable: boolean): Self {
    this.charge('setShareableByEditors');
    return this.edit((r) => {
      r.shareableByEditors = Boolean(shareable);
    });
  }

  setSharing(
    accessType: GoogleAppsScript.Drive.Access,
    permissionType: GoogleAppsScript.Drive.Permission,
  ): Self {
    this.charge('setSharing');
    return this.edit((r) => setSharing(r, accessType, permissionType));
  }

  setStarred(starred: boolean): Self {
    this.charge('setStarred');
    this.record().starred = Boolean(starred);
    return this.self();
  }

  /** "Only the owner may trash the Folder." Its content goes to the trash with it. */
  setTrashed(trashed: boolean): Self {
    this.charge('setTrashed');
    const record = this.record();
    if (record.id === this.ws.drive.rootId) throw new Error(DRIVE_ERRORS.accessDenied);
    requireOwner(this.ws, record);
    record.trashed = Boolean(trashed);
    this.ws.drive.touch(record);
    return this.self();
  }
}
assertGoogleShape<FakeFolder, GoogleAppsScript.Drive.Folder>(true);

export function makeFolder(ws: Workspace, id: string): GoogleAppsScript.Drive.Folder {
  return new FakeFolder(ws, id) as unknown as GoogleAppsScript.Drive.Folder;
}

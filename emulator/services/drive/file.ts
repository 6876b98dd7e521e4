/**
 * File: developers.google.com/apps-script/reference/drive/file
 */
import type { Workspace } from '../../core/workspace';
import { assertGoogleShape } from '../../core/typing';
import { encodeString } from '../blob';
import {
  accessOf,
  addCommenter,
  addEditor,
  addViewer,
  currentUser,
  idOfHandle,
  isTrashed,
  openRecord,
  registerHandle,
  removeCommenter,
  removeEditor,
  removeViewer,
  requireEdit,
  requireEmail,
  requireOwner,
  revokeAll,
  setSharing,
  transferOwnership,
} from './access';
import { blobOfFile, cloneGoogleDoc, convertFile, isConversion } from './content';
import { DRIVE_ERRORS } from './errors';
import { makeFolderIterator } from './iterators';
import { makeFolder } from './folder';
import { makeDriveUser } from './user';
import {
  GOOGLE_DOCS_MIME,
  GOOGLE_FORMS_MIME,
  GOOGLE_SHEETS_MIME,
  type DriveFileRecord,
} from './store';

type UserArg = string | GoogleAppsScript.Base.User;
type Self = GoogleAppsScript.Drive.File;

/** "Throws an exception if content is larger than 10MB" (setContent). */
export const SET_CONTENT_LIMIT_BYTES = 10 * 1024 * 1024;

/** "Copy of <name>": the name Drive gives a copy made without one. */
export function copyName(name: string): string {
  return `Copy of ${name}`;
}

/** The URL Drive gives for opening a file: the editor for Google files, the viewer otherwise. */
export function fileUrl(record: DriveFileRecord): string {
  switch (record.mimeType) {
    case GOOGLE_DOCS_MIME:
      return `https://docs.google.com/document/d/${record.id}/edit?usp=drivesdk`;
    case GOOGLE_SHEETS_MIME:
      return `https://docs.google.com/spreadsheets/d/${record.id}/edit?usp=drivesdk`;
    case GOOGLE_FORMS_MIME:
      return `https://docs.google.com/forms/d/${record.id}/edit?usp=drivesdk`;
    default:
      return `https://drive.google.com/file/d/${record.id}/view?usp=drivesdk`;
  }
}

class FakeFile {
  constructor(
    private readonly ws: Workspace,
    private readonly id: string,
  ) {
    registerHandle(this, id);
  }

  private charge(method: string, kind: 'drive' | 'local' | 'convert' = 'drive'): void {
    this.ws.charge('DriveApp', `File.${method}`, kind);
  }

  private self(): Self {
    return this as unknown as Self;
  }

  /** The record, re-read on every call: another execution may have changed or unshared it. */
  private record(): DriveFileRecord {
    return openRecord(this.ws, this.id);
  }

  /** A change by an editor; Drive's "last updated" moves. */
  private edit(change: (record: DriveFileRecord) => void): Self {
    const record = this.record();
    requireEdit(this.ws, record);
    change(record);
    this.ws.drive.touch(record);
    return this.self();
  }

  private editors(): string[] {
    const record = this.record();
    // "If the user who executes the script doesn't have edit access … returns an empty array."
    return this.ws.drive.canEdit(record, currentUser(this.ws)) ? record.editors : [];
  }

  addCommenter(user: UserArg): Self {
    this.charge('addCommenter');
    const email = requireEmail(user);
    return this.edit((r) => addCommenter(r, email));
  }

  addCommenters(emailAddresses: string[]): Self {
    this.charge('addCommenters');
    const emails = emailAddresses.map((e) => requireEmail(e));
    return this.edit((r) => emails.forEach((e) => addCommenter(r, e)));
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

  getAccess(user: UserArg): GoogleAppsScript.Drive.Permission {
    this.charge('getAccess');
    const email = requireEmail(user);
    return accessOf(this.record(), email) as unknown as GoogleAppsScript.Drive.Permission;
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const record = this.record();
    this.charge('getAs', isConversion(record, contentType) ? 'convert' : 'drive');
    return convertFile(this.ws, record, contentType);
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    const record = this.record();
    const google = record.mimeType === GOOGLE_DOCS_MIME || record.mimeType === GOOGLE_SHEETS_MIME;
    this.charge('getBlob', google ? 'convert' : 'drive');
    return blobOfFile(this.ws, record);
  }

  getDateCreated(): GoogleAppsScript.Base.Date {
    this.charge('getDateCreated');
    return new Date(this.record().dateCreated.getTime());
  }

  getDescription(): string | null {
    this.charge('getDescription');
    return this.record().description;
  }

  /** "Gets the URL that can be used to download the file." */
  getDownloadUrl(): string {
    this.charge('getDownloadUrl', 'local');
    return `https://drive.google.com/uc?id=${this.record().id}&export=download`;
  }

  getEditors(): GoogleAppsScript.Drive.User[] {
    this.charge('getEditors');
    return this.editors().map((e) => makeDriveUser(this.ws, e));
  }

  getId(): string {
    this.charge('getId', 'local');
    return this.id;
  }

  getLastUpdated(): GoogleAppsScript.Base.Date {
    this.charge('getLastUpdated');
    return new Date(this.record().lastUpdated.getTime());
  }

  getMimeType(): string {
    this.charge('getMimeType');
    return this.record().mimeType;
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
    return makeFolderIterator(this.ws, ids, (id) =>
      this.ws.drive.get(id) ? makeFolder(this.ws, id) : null,
    );
  }

  /** Resource keys belong to link-shared files of before 2021; none here. */
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

  /**
   * "Gets the number of bytes used to store the File in Drive. Note that Google Workspace
   * application files do not count toward Drive storage limits and thus return 0 bytes."
   */
  getSize(): GoogleAppsScript.Integer {
    this.charge('getSize');
    return this.record().bytes?.length ?? 0;
  }

  /** "If it's a shortcut, returns the ID of the item it points to. Otherwise it returns null." */
  getTargetId(): string | null {
    this.charge('getTargetId');
    return this.record().targetId ?? null;
  }

  getTargetMimeType(): string | null {
    this.charge('getTargetMimeType');
    const targetId = this.record().targetId;
    if (!targetId) return null;
    return this.ws.drive.get(targetId)?.mimeType ?? null;
  }

  getTargetResourceKey(): string | null {
    this.charge('getTargetResourceKey');
    return null;
  }

  /** "Gets a thumbnail image for the file, or null if no thumbnail exists." None are rendered. */
  getThumbnail(): GoogleAppsScript.Base.Blob {
    this.charge('getThumbnail');
    this.record();
    return null as unknown as GoogleAppsScript.Base.Blob;
  }

  getUrl(): string {
    this.charge('getUrl', 'local');
    return fileUrl(this.record());
  }

  /** "Gets the list of viewers and commenters for this File." (empty without edit access) */
  getViewers(): GoogleAppsScript.Drive.User[] {
    this.charge('getViewers');
    const record = this.record();
    if (!this.ws.drive.canEdit(record, currentUser(this.ws))) return [];
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

  /**
   * makeCopy(), makeCopy(name), makeCopy(destination), makeCopy(name, destination). Without a
   * destination the copy goes where the original is; the copier owns it and it is not shared.
   */
  makeCopy(
    nameOrDestination?: string | GoogleAppsScript.Drive.Folder,
    destination?: GoogleAppsScript.Drive.Folder,
  ): Self {
    this.charge('makeCopy');
    const record = this.record();
    let name = copyName(record.name);
    let parentId = record.parents[0];
    if (typeof nameOrDestination === 'string') {
      name = nameOrDestination;
      if (destination !== undefined) parentId = idOfHandle(destination, 'destination');
    } else if (nameOrDestination !== undefined && nameOrDestination !== null) {
      parentId = idOfHandle(nameOrDestination, 'destination');
    }
    const parent = openRecord(this.ws, parentId ?? this.ws.drive.rootId);
    if (!this.ws.drive.isFolder(parent))
      throw new Error(DRIVE_ERRORS.invalidArgument('destination'));
    requireEdit(this.ws, parent);
    const copy = this.ws.drive.createFile({
      name,
      mimeType: record.mimeType,
      owner: currentUser(this.ws) || record.owner,
      parentId: parent.id,
      bytes: record.bytes ? new Uint8Array(record.bytes) : undefined,
    });
    copy.description = record.description;
    copy.targetId = record.targetId;
    if (record.mimeType === GOOGLE_DOCS_MIME) cloneGoogleDoc(this.ws, record.id, copy.id);
    return makeFile(this.ws, copy.id);
  }

  /**
   * "Moves this item to the provided destination folder. The current user must be the owner of
   * the file or have at least edit access to the item's current parent folder."
   */
  moveTo(destination: GoogleAppsScript.Drive.Folder): Self {
    this.charge('moveTo');
    const target = openRecord(this.ws, idOfHandle(destination, 'destination'));
    if (!this.ws.drive.isFolder(target))
      throw new Error(DRIVE_ERRORS.invalidArgument('destination'));
    requireEdit(this.ws, target);
    return this.edit((r) => {
      r.parents = [target.id];
    });
  }

  removeCommenter(user: UserArg): Self {
    this.charge('removeCommenter');
    const email = requireEmail(user);
    return this.edit((r) => removeCommenter(r, email));
  }

  removeEditor(user: UserArg): Self {
    this.charge('removeEditor');
    const email = requireEmail(user);
    return this.edit((r) => removeEditor(r, email));
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

  /** "Overwrites the content of the file … Throws an exception if content is larger than 10MB." */
  setContent(content: string): Self {
    this.charge('setContent');
    const bytes = encodeString(String(content));
    if (bytes.length > SET_CONTENT_LIMIT_BYTES)
      throw new Error(DRIVE_ERRORS.contentTooLarge('10MB'));
    const record = this.record();
    if (!record.bytes && record.mimeType.startsWith('application/vnd.google-apps.')) {
      throw new Error(DRIVE_ERRORS.notBinaryFile);
    }
    return this.edit((r) => {
      r.bytes = bytes;
    });
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

  /** Only the owner can hand a file over; the previous owner stays as an editor. */
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

  /** Starring is per user and not an edit: viewers may star. */
  setStarred(starred: boolean): Self {
    this.charge('setStarred');
    this.record().starred = Boolean(starred);
    return this.self();
  }

  /** "Only the owner may trash the File." */
  setTrashed(trashed: boolean): Self {
    this.charge('setTrashed');
    const record = this.record();
    requireOwner(this.ws, record);
    record.trashed = Boolean(trashed);
    this.ws.drive.touch(record);
    return this.self();
  }
}
assertGoogleShape<FakeFile, GoogleAppsScript.Drive.File>(true);

/** A File handle for a record that exists (no access check: callers opened it already). */
export function makeFile(ws: Workspace, id: string): GoogleAppsScript.Drive.File {
  return new FakeFile(ws, id) as unknown as GoogleAppsScript.Drive.File;
}

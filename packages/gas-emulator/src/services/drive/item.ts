/**
 * What File and Folder have in common: Drive keeps both as the same record, so their dates,
 * names, owner, sharing, editors and viewers behave alike. Each facade extends this and adds its
 * own members (File: content, copies, commenters; Folder: children, search).
 */
import type { Workspace } from '../../workspace';
import {
  accessOf,
  addEditor,
  addViewer,
  currentUser,
  isTrashed,
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
import { makeDriveUser } from './user';
import type { DriveFileRecord } from './store';

export type UserArg = string | GoogleAppsScript.Base.User;
export type ChargeKind = 'drive' | 'local' | 'convert';

export abstract class DriveItem<Self> {
  constructor(
    protected readonly ws: Workspace,
    protected readonly id: string,
    /** "File" or "Folder": the class the ledger names a call by. */
    private readonly className: 'File' | 'Folder',
  ) {
    registerHandle(this, id);
  }

  protected charge(method: string, kind: ChargeKind = 'drive'): void {
    this.ws.charge('DriveApp', `${this.className}.${method}`, kind);
  }

  protected self(): Self {
    return this as unknown as Self;
  }

  /** The record, re-read on every call: another execution may have changed or unshared it. */
  protected record(): DriveFileRecord {
    return openRecord(this.ws, this.id);
  }

  /** A change by an editor; Drive's "last updated" moves. */
  protected edit(change: (record: DriveFileRecord) => void): Self {
    const record = this.record();
    requireEdit(this.ws, record);
    change(record);
    this.ws.drive.touch(record);
    return this.self();
  }

  /** The parents the effective user can see (getParents lists only those). */
  protected visibleParentIds(): string[] {
    const user = currentUser(this.ws);
    return this.record().parents.filter((p) => {
      const parent = this.ws.drive.get(p);
      return !!parent && this.ws.drive.canView(parent, user);
    });
  }

  /** "Only the owner may trash" a file or folder. */
  protected trash(record: DriveFileRecord, trashed: boolean): Self {
    requireOwner(this.ws, record);
    record.trashed = Boolean(trashed);
    this.ws.drive.touch(record);
    return this.self();
  }

  /** The record if the effective user may edit it; editors and viewers are hidden otherwise. */
  private editableRecord(): DriveFileRecord | null {
    const record = this.record();
    return this.ws.drive.canEdit(record, currentUser(this.ws)) ? record : null;
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

  getDateCreated(): GoogleAppsScript.Base.Date {
    this.charge('getDateCreated');
    return new Date(this.record().dateCreated.getTime());
  }

  getDescription(): string | null {
    this.charge('getDescription');
    return this.record().description;
  }

  /** "If the user who executes the script doesn't have edit access … returns an empty array." */
  getEditors(): GoogleAppsScript.Drive.User[] {
    this.charge('getEditors');
    const record = this.editableRecord();
    return record ? record.editors.map((e) => makeDriveUser(this.ws, e)) : [];
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

  /** "Gets the list of viewers and commenters" (empty without edit access). */
  getViewers(): GoogleAppsScript.Drive.User[] {
    this.charge('getViewers');
    const record = this.editableRecord();
    if (!record) return [];
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

  /** Only the owner can hand an item over; the previous owner stays as an editor. */
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
}

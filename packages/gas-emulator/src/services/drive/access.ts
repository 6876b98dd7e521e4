/**
 * What File and Folder share: who is asking, opening records with Drive's access rules, trash,
 * listings, sharing lists, and the registry that maps facades back to their ids.
 */
import type { Workspace } from '../../workspace';
import { DRIVE_ERRORS } from './errors';
import { isAccess, isPermission } from './enums';
import { emailOf } from './user';
import type { DriveFileRecord, PermissionName } from './store';

// ---------------------------------------------------------------------------------------------
// Facade registry: File / Folder arguments (addFile(child), moveTo(destination)…) to ids
// ---------------------------------------------------------------------------------------------

const handleIds = new WeakMap<object, string>();

export function registerHandle(handle: object, id: string): void {
  handleIds.set(handle, id);
}

/** The id behind a File or Folder argument (any object with getId() is accepted). */
export function idOfHandle(handle: unknown, argumentName: string): string {
  if (handle && typeof handle === 'object') {
    const id = handleIds.get(handle);
    if (id) return id;
    const getId = (handle as { getId?: () => string }).getId;
    if (typeof getId === 'function') return String(getId.call(handle));
  }
  throw new Error(DRIVE_ERRORS.invalidArgument(argumentName));
}

// ---------------------------------------------------------------------------------------------
// Who asks, and what they may do
// ---------------------------------------------------------------------------------------------

/** Drive calls run with the effective user's authority (the trigger owner for triggers). */
export function currentUser(ws: Workspace): string {
  return ws.current ? ws.current.effectiveUser : ws.defaultUser;
}

/** The record for `id` if the current user may see it, else Google's not-found error. */
export function openRecord(ws: Workspace, id: string): DriveFileRecord {
  if (id === null || id === undefined || String(id) === '') {
    throw new Error(DRIVE_ERRORS.invalidArgument('id'));
  }
  const record = ws.drive.get(String(id));
  if (!record || !ws.drive.canView(record, currentUser(ws))) throw new Error(DRIVE_ERRORS.notFound);
  return record;
}

/** Renaming, moving, sharing: editors and owners only. */
export function requireEdit(ws: Workspace, record: DriveFileRecord): void {
  if (!ws.drive.canEdit(record, currentUser(ws))) throw new Error(DRIVE_ERRORS.accessDenied);
}

/** "Only the owner may trash the File" (File.setTrashed / Folder.setTrashed, owner-only). */
export function requireOwner(ws: Workspace, record: DriveFileRecord): void {
  const user = currentUser(ws);
  if (user && record.owner !== user) throw new Error(DRIVE_ERRORS.accessDenied);
}

/** In the trash itself or inside a trashed folder (Drive trashes a folder's content with it). */
export function isTrashed(
  ws: Workspace,
  record: DriveFileRecord,
  seen = new Set<string>(),
): boolean {
  if (record.trashed) return true;
  if (seen.has(record.id)) return false;
  seen.add(record.id);
  return (
    record.parents.length > 0 &&
    record.parents.every((parentId) => {
      const parent = ws.drive.get(parentId);
      return !!parent && isTrashed(ws, parent, seen);
    })
  );
}

// ---------------------------------------------------------------------------------------------
// Listings
// ---------------------------------------------------------------------------------------------

export interface ListOptions {
  folders: boolean;
  /** Only direct children of this folder; everywhere in the user's Drive when absent. */
  parentId?: string;
  /** 'exclude' (default), 'only' (getTrashedFiles), or 'include' (a query that names trashed). */
  trashed?: 'exclude' | 'only' | 'include';
  /** getTrashedFiles: "files in the trash of the user's Drive", i.e. the user's own. */
  ownedOnly?: boolean;
  /** getFilesByName / getFoldersByName. */
  name?: string;
  /** getFilesByType. */
  mimeType?: string;
  filter?: (record: DriveFileRecord) => boolean;
}

/** Ids of the records a listing returns, in creation order (the root folder never appears). */
export function listIds(ws: Workspace, options: ListOptions): string[] {
  const user = currentUser(ws);
  const trash = options.trashed ?? 'exclude';
  return ws.drive
    .all()
    .filter((r) => r.id !== ws.drive.rootId)
    .filter((r) => ws.drive.isFolder(r) === options.folders)
    .filter((r) => options.parentId === undefined || r.parents.includes(options.parentId))
    .filter((r) => ws.drive.canView(r, user))
    .filter((r) => !options.ownedOnly || !user || r.owner === user)
    .filter((r) => {
      if (trash === 'include') return true;
      const trashed = isTrashed(ws, r);
      return trash === 'only' ? trashed : !trashed;
    })
    .filter((r) => options.name === undefined || r.name === options.name)
    .filter((r) => options.mimeType === undefined || r.mimeType === options.mimeType)
    .filter((r) => !options.filter || options.filter(r))
    .map((r) => r.id);
}

// ---------------------------------------------------------------------------------------------
// Sharing
// ---------------------------------------------------------------------------------------------

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A valid address from a string or User argument, or Drive's refusal. */
export function requireEmail(user: string | { getEmail(): string }): string {
  const email = emailOf(user);
  if (!EMAIL.test(String(email))) throw new Error(DRIVE_ERRORS.invalidEmail(String(email)));
  return String(email);
}

function without(list: string[], email: string): string[] {
  return list.filter((e) => e !== email);
}

/** addEditor: "promotes the user out of the list of viewers" (and commenters). */
export function addEditor(record: DriveFileRecord, email: string): void {
  if (record.owner === email) return;
  record.viewers = without(record.viewers, email);
  record.commenters = without(record.commenters, email);
  if (!record.editors.includes(email)) record.editors.push(email);
}

/** addViewer: "If the user was already on the list of editors, this method has no effect." */
export function addViewer(record: DriveFileRecord, email: string): void {
  if (record.owner === email || record.editors.includes(email)) return;
  if (record.commenters.includes(email) || record.viewers.includes(email)) return;
  record.viewers.push(email);
}

/** addCommenter: promotes a viewer; no effect on editors. */
export function addCommenter(record: DriveFileRecord, email: string): void {
  if (record.owner === email || record.editors.includes(email)) return;
  record.viewers = without(record.viewers, email);
  if (!record.commenters.includes(email)) record.commenters.push(email);
}

/** removeEditor: "For Drive files, this also removes the user from the list of viewers." */
export function removeEditor(record: DriveFileRecord, email: string): void {
  record.editors = without(record.editors, email);
  record.viewers = without(record.viewers, email);
}

/** removeViewer: viewers and commenters; "no effect if the user is an editor". */
export function removeViewer(record: DriveFileRecord, email: string): void {
  if (record.editors.includes(email)) return;
  record.viewers = without(record.viewers, email);
  record.commenters = without(record.commenters, email);
}

export function removeCommenter(record: DriveFileRecord, email: string): void {
  record.commenters = without(record.commenters, email);
}

/** revokePermissions: "Revokes the access to the File granted to the given user." */
export function revokeAll(record: DriveFileRecord, email: string): void {
  record.editors = without(record.editors, email);
  record.viewers = without(record.viewers, email);
  record.commenters = without(record.commenters, email);
}

/** setOwner: "also gives the previous owner explicit edit access". */
export function transferOwnership(record: DriveFileRecord, email: string): void {
  const previous = record.owner;
  revokeAll(record, email);
  record.owner = email;
  if (previous && previous !== email && !record.editors.includes(previous)) {
    record.editors.push(previous);
  }
}

export function setSharing(record: DriveFileRecord, access: unknown, permission: unknown): void {
  if (!isAccess(access)) throw new Error(DRIVE_ERRORS.invalidArgument('accessType'));
  if (!isPermission(permission) || permission === 'OWNER' || permission === 'ORGANIZER') {
    throw new Error(DRIVE_ERRORS.invalidArgument('permissionType'));
  }
  // A private item has no general permission: Drive reports NONE whatever was passed.
  record.sharing = { access, permission: access === 'PRIVATE' ? 'NONE' : permission };
}

const RANK: PermissionName[] = ['NONE', 'VIEW', 'COMMENT', 'EDIT', 'OWNER'];

function domainOf(email: string): string {
  return email.slice(email.indexOf('@') + 1).toLowerCase();
}

/** getAccess(user): explicit permission, or what general (link / domain) access grants. */
export function accessOf(record: DriveFileRecord, email: string): PermissionName {
  let explicit: PermissionName = 'NONE';
  if (record.owner === email) explicit = 'OWNER';
  else if (record.editors.includes(email)) explicit = 'EDIT';
  else if (record.commenters.includes(email)) explicit = 'COMMENT';
  else if (record.viewers.includes(email)) explicit = 'VIEW';
  const { access, permission } = record.sharing;
  const general =
    access === 'ANYONE' ||
    access === 'ANYONE_WITH_LINK' ||
    ((access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') &&
      domainOf(email) === domainOf(record.owner))
      ? permission
      : 'NONE';
  return RANK.indexOf(general) > RANK.indexOf(explicit) ? general : explicit;
}

/**
 * Creating and finding items, shared by DriveApp (which works on the root folder, "My Drive")
 * and Folder. Callers charge the ledger; these functions only change state.
 */
import type { Workspace } from '../../workspace';
import { encodeString, readBlob } from '../blob';
import { currentUser, idOfHandle, listIds, openRecord, requireEdit } from './access';
import { searchableText } from './content';
import { DRIVE_ERRORS } from './errors';
import { parseQuery } from './query';
import { FOLDER_MIME, SHORTCUT_MIME, type DriveFileRecord } from './store';

/** "Throws an exception if content is larger than 50 MB." (createFile(name, content)) */
export const CREATE_TEXT_LIMIT_BYTES = 50 * 1024 * 1024;
/** "Throws an exception if content is larger than 10MB." (createFile(name, content, mimeType)) */
export const CREATE_TYPED_LIMIT_BYTES = 10 * 1024 * 1024;

/** The folder a new item goes into, checked for edit access. */
function targetFolder(ws: Workspace, parentId: string): DriveFileRecord {
  const parent = openRecord(ws, parentId);
  requireEdit(ws, parent);
  return parent;
}

function owner(ws: Workspace, parent: DriveFileRecord): string {
  return currentUser(ws) || parent.owner;
}

/** Google Workspace types cannot be uploaded as bytes (Drive answers "Invalid argument"). */
function requireUploadableType(mimeType: string): void {
  if (mimeType.startsWith('application/vnd.google-apps.')) {
    throw new Error(DRIVE_ERRORS.invalidContentType);
  }
}

/**
 * createFile(blob) / createFile(name, content) / createFile(name, content, mimeType), in the
 * folder `parentId`.
 */
export function createFileIn(
  ws: Workspace,
  parentId: string,
  nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
  content?: string,
  mimeType?: string,
): DriveFileRecord {
  let name: string;
  let bytes: Uint8Array;
  let type: string;
  if (typeof nameOrBlob === 'string') {
    if (content === undefined || content === null) {
      throw new Error(DRIVE_ERRORS.invalidArgument('content'));
    }
    name = nameOrBlob;
    bytes = encodeString(String(content));
    type = mimeType === undefined || mimeType === null ? 'text/plain' : String(mimeType);
    const limit = mimeType === undefined ? CREATE_TEXT_LIMIT_BYTES : CREATE_TYPED_LIMIT_BYTES;
    if (bytes.length > limit) {
      throw new Error(DRIVE_ERRORS.contentTooLarge(mimeType === undefined ? '50 MB' : '10MB'));
    }
  } else if (nameOrBlob && typeof nameOrBlob === 'object') {
    const blob = readBlob(nameOrBlob);
    // Drive names an upload without a name "Untitled" (Drive API files.create).
    name = blob.name ?? 'Untitled';
    bytes = new Uint8Array(blob.bytes);
    type = blob.contentType ?? 'application/octet-stream';
  } else {
    throw new Error(DRIVE_ERRORS.invalidArgument('blob'));
  }
  requireUploadableType(type);
  const parent = targetFolder(ws, parentId);
  return ws.drive.createFile({ name, mimeType: type, owner: owner(ws, parent), parentId, bytes });
}

export function createFolderIn(ws: Workspace, parentId: string, name: string): DriveFileRecord {
  if (name === null || name === undefined) throw new Error(DRIVE_ERRORS.invalidArgument('name'));
  const parent = targetFolder(ws, parentId);
  return ws.drive.createFolder(String(name), owner(ws, parent), parentId);
}

/** "Creates a shortcut to the provided Drive item ID" (named after its target, as Drive does). */
export function createShortcutIn(
  ws: Workspace,
  parentId: string,
  targetId: string,
): DriveFileRecord {
  const target = openRecord(ws, targetId);
  const parent = targetFolder(ws, parentId);
  const record = ws.drive.createFile({
    name: target.name,
    mimeType: SHORTCUT_MIME,
    owner: owner(ws, parent),
    parentId,
  });
  record.targetId = target.id;
  return record;
}

/**
 * searchFiles / searchFolders. Trashed items are left out unless the query itself says
 * something about `trashed` ("trashed = true" finds what is in the trash).
 */
export function searchIds(
  ws: Workspace,
  query: string,
  folders: boolean,
  parentId?: string,
): string[] {
  if (query === null || query === undefined)
    throw new Error(DRIVE_ERRORS.invalidArgument('params'));
  const parsed = parseQuery(String(query), (r) => searchableText(ws, r));
  return listIds(ws, {
    folders,
    parentId,
    trashed: parsed.mentionsTrashed ? 'include' : 'exclude',
    filter: parsed.matches,
  });
}

/** Folder.moveTo: refuses to put a folder inside itself or its own subfolders. */
export function moveFolder(ws: Workspace, folderId: string, destination: unknown): void {
  const target = openRecord(ws, idOfHandle(destination, 'destination'));
  if (target.mimeType !== FOLDER_MIME) throw new Error(DRIVE_ERRORS.invalidArgument('destination'));
  const folder = openRecord(ws, folderId);
  requireEdit(ws, folder);
  requireEdit(ws, target);
  const seen = new Set<string>();
  const stack = [target.id];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === folder.id) throw new Error(DRIVE_ERRORS.cyclicMove);
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(ws.drive.get(id)?.parents ?? []));
  }
  folder.parents = [target.id];
  ws.drive.touch(folder);
}

/** Folder.addFile / addFolder: "a file can have more than one parent simultaneously". */
export function addParent(ws: Workspace, folderId: string, child: unknown, argument: string): void {
  const folder = openRecord(ws, folderId);
  const record = openRecord(ws, idOfHandle(child, argument));
  requireEdit(ws, folder);
  if (!record.parents.includes(folder.id)) record.parents.push(folder.id);
  ws.drive.touch(folder);
}

/** Folder.removeFile / removeFolder: the item stays in Drive, only this parent link goes. */
export function removeParent(
  ws: Workspace,
  folderId: string,
  child: unknown,
  argument: string,
): void {
  const folder = openRecord(ws, folderId);
  const record = openRecord(ws, idOfHandle(child, argument));
  requireEdit(ws, folder);
  record.parents = record.parents.filter((p) => p !== folder.id);
  ws.drive.touch(folder);
}

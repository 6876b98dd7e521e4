/**
 * File: developers.google.com/apps-script/reference/drive/file
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { encodeString } from '../blob';
import {
  addCommenter,
  currentUser,
  idOfHandle,
  openRecord,
  removeCommenter,
  requireEdit,
  requireEmail,
} from './access';
import { blobOfFile, cloneGoogleDoc, convertFile, isConversion } from './content';
import { DRIVE_ERRORS } from './errors';
import { folderIterator } from './folder';
import { DriveItem, type UserArg } from './item';
import {
  GOOGLE_DOCS_MIME,
  GOOGLE_FORMS_MIME,
  GOOGLE_SHEETS_MIME,
  type DriveFileRecord,
} from './store';

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

class FakeFile extends DriveItem<Self> {
  constructor(ws: Workspace, id: string) {
    super(ws, id, 'File');
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

  /** "Gets the URL that can be used to download the file." */
  getDownloadUrl(): string {
    this.charge('getDownloadUrl', 'local');
    return `https://drive.google.com/uc?id=${this.record().id}&export=download`;
  }

  getMimeType(): string {
    this.charge('getMimeType');
    return this.record().mimeType;
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.charge('getParents');
    return folderIterator(this.ws, this.visibleParentIds());
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

  /** "Only the owner may trash the File." */
  setTrashed(trashed: boolean): Self {
    this.charge('setTrashed');
    return this.trash(this.record(), trashed);
  }
}
assertGoogleShape<FakeFile, GoogleAppsScript.Drive.File>(true);

/** A File handle for a record that exists (no access check: callers opened it already). */
export function makeFile(ws: Workspace, id: string): GoogleAppsScript.Drive.File {
  return new FakeFile(ws, id) as unknown as GoogleAppsScript.Drive.File;
}

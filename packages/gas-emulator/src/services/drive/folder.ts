/**
 * Folder: developers.google.com/apps-script/reference/drive/folder
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { listIds } from './access';
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
import { DriveItem } from './item';

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

class FakeFolder extends DriveItem<Self> {
  constructor(ws: Workspace, id: string) {
    super(ws, id, 'Folder');
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
      name: String(name),
    });
    return fileIterator(this.ws, ids);
  }

  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('getFilesByType');
    const ids = listIds(this.ws, {
      folders: false,
      parentId: this.record().id,
      mimeType: String(mimeType),
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
      name: String(name),
    });
    return folderIterator(this.ws, ids);
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.charge('getParents');
    return folderIterator(this.ws, this.visibleParentIds());
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

  moveTo(destination: GoogleAppsScript.Drive.Folder): Self {
    this.charge('moveTo');
    moveFolder(this.ws, this.id, destination);
    return this.self();
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

  /** "Gets a collection of all files that are children of the current folder and match…" */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    this.charge('searchFiles');
    return fileIterator(this.ws, searchIds(this.ws, params, false, this.record().id));
  }

  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    this.charge('searchFolders');
    return folderIterator(this.ws, searchIds(this.ws, params, true, this.record().id));
  }

  /** "Only the owner may trash the Folder." Its content goes to the trash with it. */
  setTrashed(trashed: boolean): Self {
    this.charge('setTrashed');
    const record = this.record();
    if (record.id === this.ws.drive.rootId) throw new Error(DRIVE_ERRORS.accessDenied);
    return this.trash(record, trashed);
  }
}
assertGoogleShape<FakeFolder, GoogleAppsScript.Drive.Folder>(true);

export function makeFolder(ws: Workspace, id: string): GoogleAppsScript.Drive.Folder {
  return new FakeFolder(ws, id) as unknown as GoogleAppsScript.Drive.Folder;
}

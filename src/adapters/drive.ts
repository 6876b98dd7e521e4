/**
 * Drive: every DriveApp call of the use cases, one call each. Errors propagate as Drive throws
 * them: each caller tells "not found" from a failing service itself (isNotFound in
 * src/app/documents/caseFolder.ts).
 */
type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

export function folderById(id: string): Folder {
  return DriveApp.getFolderById(id);
}

export function fileById(id: string): File {
  return DriveApp.getFileById(id);
}

/** The files of that name anywhere in My Drive, trashed ones included. */
export function filesByName(name: string): GoogleAppsScript.Drive.FileIterator {
  return DriveApp.getFilesByName(name);
}

/** A new folder at the root of My Drive. */
export function createFolder(name: string): Folder {
  return DriveApp.createFolder(name);
}

export function rootFolder(): Folder {
  return DriveApp.getRootFolder();
}

/** Anyone with the link may view (`shared`), or only the people it is shared with. One call. */
export function setLinkSharing(file: File, shared: boolean): void {
  if (shared) file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
  else file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
}

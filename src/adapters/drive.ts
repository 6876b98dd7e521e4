/**
 * Drive: every DriveApp call of the use cases, one call each. Errors propagate as Drive throws
 * them; Drive's "not found" is told from a failing service here, once (isNotFound), and each
 * caller decides what either means (docs/reliability.md, "Not found is not failed").
 */
type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

/** Drive's answer for an id that does not exist or is not shared with the person. */
export const DRIVE_NOT_FOUND = /No item with the given ID could be found/i;

/** Whether an error is Drive's "not found" (anything else is a service that failed). */
export function isNotFound(error: unknown): boolean {
  return DRIVE_NOT_FOUND.test(String((error as Error)?.message ?? ''));
}

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

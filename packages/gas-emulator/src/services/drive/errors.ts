/**
 * DriveApp error messages. "observed" messages are Apps Script's own text as scripts meet it
 * (public bug reports, Stack Overflow); "assumed" ones are the emulator's wording where Google
 * documents that an exception is thrown but not its text.
 */
export const DRIVE_ERRORS = {
  /** observed: getFileById / getFolderById with an unknown id or one the user cannot open. */
  notFound:
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
  /** observed: getFileById('') and other empty required arguments. */
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  /** observed: FileIterator.next() / FolderIterator.next() after the last item. */
  iteratorEnd: 'Cannot retrieve the next object: iterator has reached the end.',
  /** observed: createFile with a Google Apps mime type (Docs, Sheets, folders…). */
  invalidContentType: 'Invalid argument: file.contentType',
  /** observed wording of Apps Script's Blob conversion refusal (File.getAs). */
  unsupportedConversion: (from: string, to: string) =>
    `Converting from ${from} to ${to} is not supported.`,
  /** assumed: documented "Throws an exception if content is larger than 50 MB / 10MB". */
  contentTooLarge: (limit: string) => `File content exceeds the maximum size of ${limit}.`,
  /** observed: Drive refuses a change (trash, rename, share…) by someone without the right. */
  accessDenied: 'Access denied: DriveApp.',
  /** observed: addEditor / addViewer… with something that is not an email address. */
  invalidEmail: (email: string) => `Invalid email: ${email}`,
  /** assumed: setContent on a Google Docs / Sheets / Forms file, whose content is not bytes. */
  notBinaryFile: 'Invalid argument: content cannot be set on a Google Workspace file.',
  /** assumed: a continuation token that this emulator did not hand out. */
  invalidContinuationToken: 'Invalid argument: continuationToken',
  /** assumed: a search query this emulator cannot parse (Drive answers "Invalid argument: q"). */
  invalidQuery: 'Invalid argument: q',
  /** assumed: moving a folder into itself or one of its descendants. */
  cyclicMove: 'Invalid argument: a folder cannot be moved into itself or its subfolders.',
  /** assumed: setOwner / removeEditor on the owner, as Drive refuses either. */
  ownerCannotBeRemoved: 'The owner of an item cannot be removed from it.',
} as const;

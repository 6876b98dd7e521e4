/**
 * FileIterator and FolderIterator:
 * developers.google.com/apps-script/reference/drive/file-iterator
 * developers.google.com/apps-script/reference/drive/folder-iterator
 *
 * An iterator holds the ids that matched when it was made; getContinuationToken() encodes those
 * and the position, so DriveApp.continueFileIterator(token) resumes in a later execution.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { DRIVE_ERRORS } from './errors';

type Kind = 'file' | 'folder';

interface TokenBody {
  k: Kind;
  ids: string[];
  i: number;
}

const TOKEN_PREFIX = 'emuDriveIter_';

export function encodeToken(body: TokenBody): string {
  return TOKEN_PREFIX + Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The ids and position a token carries, or Google's refusal for a token of the wrong kind. */
export function decodeToken(token: string, kind: Kind): { ids: string[]; position: number } {
  const text = String(token ?? '');
  if (!text.startsWith(TOKEN_PREFIX)) throw new Error(DRIVE_ERRORS.invalidContinuationToken);
  try {
    const body = JSON.parse(
      Buffer.from(text.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'),
    ) as TokenBody;
    if (body.k !== kind || !Array.isArray(body.ids) || typeof body.i !== 'number') throw 0;
    return { ids: body.ids.map(String), position: body.i };
  } catch {
    throw new Error(DRIVE_ERRORS.invalidContinuationToken);
  }
}

/** FileIterator and FolderIterator have the same three members; only the items differ. */
class FakeDriveIterator<T> {
  private position: number;

  constructor(
    private readonly ws: Workspace,
    private readonly ids: string[],
    private readonly kind: Kind,
    private readonly open: (id: string) => T | null,
    position = 0,
  ) {
    this.position = position;
  }

  private charge(method: string): void {
    const className = this.kind === 'file' ? 'FileIterator' : 'FolderIterator';
    this.ws.charge('DriveApp', `${className}.${method}`, 'local');
  }

  /** Skips items deleted from Drive since the iterator was made (they cannot be returned). */
  private skipGone(): void {
    while (this.position < this.ids.length && this.open(this.ids[this.position]) === null) {
      this.position += 1;
    }
  }

  /** "Gets a token that can be used to resume this iteration at a later time." */
  getContinuationToken(): string {
    this.charge('getContinuationToken');
    return encodeToken({ k: this.kind, ids: this.ids, i: this.position });
  }

  /** "Determines whether calling next() will return an item." */
  hasNext(): boolean {
    this.charge('hasNext');
    this.skipGone();
    return this.position < this.ids.length;
  }

  /** "Gets the next item in the collection of files or folders. Throws an exception if no items remain." */
  next(): T {
    this.charge('next');
    this.skipGone();
    if (this.position >= this.ids.length) throw new Error(DRIVE_ERRORS.iteratorEnd);
    const item = this.open(this.ids[this.position]) as T;
    this.position += 1;
    return item;
  }
}
assertGoogleShape<
  FakeDriveIterator<GoogleAppsScript.Drive.File>,
  GoogleAppsScript.Drive.FileIterator
>(true);
assertGoogleShape<
  FakeDriveIterator<GoogleAppsScript.Drive.Folder>,
  GoogleAppsScript.Drive.FolderIterator
>(true);

export function makeFileIterator(
  ws: Workspace,
  ids: string[],
  open: (id: string) => GoogleAppsScript.Drive.File | null,
  position = 0,
): GoogleAppsScript.Drive.FileIterator {
  return new FakeDriveIterator(
    ws,
    ids,
    'file',
    open,
    position,
  ) as unknown as GoogleAppsScript.Drive.FileIterator;
}

export function makeFolderIterator(
  ws: Workspace,
  ids: string[],
  open: (id: string) => GoogleAppsScript.Drive.Folder | null,
  position = 0,
): GoogleAppsScript.Drive.FolderIterator {
  return new FakeDriveIterator(
    ws,
    ids,
    'folder',
    open,
    position,
  ) as unknown as GoogleAppsScript.Drive.FolderIterator;
}

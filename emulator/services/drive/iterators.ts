/**
 * FileIterator and FolderIterator:
 * developers.google.com/apps-script/reference/drive/file-iterator
 * developers.google.com/apps-script/reference/drive/folder-iterator
 *
 * An iterator holds the ids that matched when it was made; getContinuationToken() encodes those
 * and the position, so DriveApp.continueFileIterator(token) resumes in a later execution.
 */
import type { Workspace } from '../../core/workspace';
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

abstract class BaseIterator<T> {
  protected position: number;

  constructor(
    protected readonly ws: Workspace,
    protected readonly ids: string[],
    private readonly kind: Kind,
    private readonly className: string,
    private readonly open: (id: string) => T | null,
    position = 0,
  ) {
    this.position = position;
  }

  protected charge(method: string): void {
    this.ws.charge('DriveApp', `${this.className}.${method}`, 'local');
  }

  /** Skips items deleted from Drive since the iterator was made (they cannot be returned). */
  private skipGone(): void {
    while (this.position < this.ids.length && this.open(this.ids[this.position]) === null) {
      this.position += 1;
    }
  }

  protected hasNextItem(): boolean {
    this.skipGone();
    return this.position < this.ids.length;
  }

  protected nextItem(): T {
    this.skipGone();
    if (this.position >= this.ids.length) throw new Error(DRIVE_ERRORS.iteratorEnd);
    const item = this.open(this.ids[this.position]) as T;
    this.position += 1;
    return item;
  }

  protected token(): string {
    return encodeToken({ k: this.kind, ids: this.ids, i: this.position });
  }
}

class FakeFileIterator extends BaseIterator<GoogleAppsScript.Drive.File> {
  /** "Gets a token that can be used to resume this iteration at a later time." */
  getContinuationToken(): string {
    this.charge('getContinuationToken');
    return this.token();
  }

  /** "Determines whether calling next() will return an item." */
  hasNext(): boolean {
    this.charge('hasNext');
    return this.hasNextItem();
  }

  /** "Gets the next item in the collection of files or folders. Throws an exception if no items remain." */
  next(): GoogleAppsScript.Drive.File {
    this.charge('next');
    return this.nextItem();
  }
}
assertGoogleShape<FakeFileIterator, GoogleAppsScript.Drive.FileIterator>(true);

class FakeFolderIterator extends BaseIterator<GoogleAppsScript.Drive.Folder> {
  getContinuationToken(): string {
    this.charge('getContinuationToken');
    return this.token();
  }

  hasNext(): boolean {
    this.charge('hasNext');
    return this.hasNextItem();
  }

  next(): GoogleAppsScript.Drive.Folder {
    this.charge('next');
    return this.nextItem();
  }
}
assertGoogleShape<FakeFolderIterator, GoogleAppsScript.Drive.FolderIterator>(true);

export function makeFileIterator(
  ws: Workspace,
  ids: string[],
  open: (id: string) => GoogleAppsScript.Drive.File | null,
  position = 0,
): GoogleAppsScript.Drive.FileIterator {
  return new FakeFileIterator(
    ws,
    ids,
    'file',
    'FileIterator',
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
  return new FakeFolderIterator(
    ws,
    ids,
    'folder',
    'FolderIterator',
    open,
    position,
  ) as unknown as GoogleAppsScript.Drive.FolderIterator;
}

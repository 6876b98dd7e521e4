/**
 * DriveApp: https://developers.google.com/apps-script/reference/drive/drive-app
 */
import { Workspace } from '../src/workspace';
import { createMimeType } from '../src/services/drive/mimeType';
import { DRIVE_ERRORS } from '../src/services/drive/errors';
import { makeBlob } from '../src/services/blob';
import { createSpreadsheetApp } from '../src/services/spreadsheet/app';
import { newDrive, names } from './support/drive';

const REF = 'https://developers.google.com/apps-script/reference/drive/drive-app';

describe('DriveApp basics', () => {
  test(`getRootFolder returns the user's My Drive, which has no parents (${REF}#getRootFolder())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const root = DriveApp.getRootFolder();
      expect(root.getParents().hasNext()).toBe(false);
      expect(root.getId()).toBe(DriveApp.getRootFolder().getId());
    });
  });

  test(`createFolder creates a folder in the root (${REF}#createFolder(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('協定書');
      expect(folder.getName()).toBe('協定書');
      expect(folder.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
    });
  });

  test(`createFile(name, content) creates a text/plain file in the root (${REF}#createFile(String,String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('memo.txt', 'こんにちは');
      expect(file.getMimeType()).toBe('text/plain');
      expect(file.getBlob().getDataAsString()).toBe('こんにちは');
      expect(file.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
    });
  });

  test(`createFile(name, content, mimeType) keeps the given MIME type (${REF}#createFile(String,String,String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.html', '<b>hi</b>', createMimeType().HTML);
      expect(file.getMimeType()).toBe('text/html');
    });
  });

  test(`createFile(blob) takes name, type and bytes from the blob (${REF}#createFile(BlobSource))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const blob = makeBlob(Uint8Array.from([1, 2, 3]), 'image/png', 'logo.png');
      const file = DriveApp.createFile(blob);
      expect([file.getName(), file.getMimeType(), file.getSize()]).toEqual([
        'logo.png',
        'image/png',
        3,
      ]);
    });
  });

  test(`createFile refuses Google Workspace MIME types (observed "Invalid argument: file.contentType")`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      expect(() => DriveApp.createFile('x', '', createMimeType().GOOGLE_DOCS)).toThrow(
        DRIVE_ERRORS.invalidContentType,
      );
    });
  });

  test(`createFile(name, content) throws above 50 MB (${REF}#createFile(String,String))`, () => {
    const { DriveApp, run } = newDrive();
    const big = 'a'.repeat(50 * 1024 * 1024 + 1);
    run(() => {
      expect(() => DriveApp.createFile('big.txt', big)).toThrow(
        DRIVE_ERRORS.contentTooLarge('50 MB'),
      );
    });
  });

  test(`createFile(name, content, mimeType) throws above 10MB (${REF}#createFile(String,String,String))`, () => {
    const { DriveApp, run } = newDrive();
    const big = 'a'.repeat(10 * 1024 * 1024 + 1);
    run(() => {
      expect(() => DriveApp.createFile('big.csv', big, 'text/csv')).toThrow(
        DRIVE_ERRORS.contentTooLarge('10MB'),
      );
    });
  });
});

describe('DriveApp.getFileById / getFolderById', () => {
  test(`getFileById opens a file by its id (${REF}#getFileById(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const id = DriveApp.createFile('a.txt', 'x').getId();
      expect(DriveApp.getFileById(id).getName()).toBe('a.txt');
    });
  });

  test(`getFileById with an unknown id throws Google's not-found message (${REF}#getFileById(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      expect(() => DriveApp.getFileById('1nope')).toThrow(
        'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    });
  });

  test('getFileById with an empty id throws "Invalid argument: id" (observed)', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      expect(() => DriveApp.getFileById('')).toThrow('Invalid argument: id');
    });
  });

  test(`getFileById of a file the user has no access to is not found (${REF}#getFileById(String))`, () => {
    const { DriveApp, run } = newDrive();
    const id = run(() => DriveApp.createFile('secret.txt', 'x').getId());
    expect(() => run(() => DriveApp.getFileById(id), 'someone@other.example.com')).toThrow(
      DRIVE_ERRORS.notFound,
    );
  });

  test('getFileById of a file shared with the user opens it', () => {
    const { DriveApp, run } = newDrive();
    const id = run(() =>
      DriveApp.createFile('shared.txt', 'x').addViewer('guest@example.com').getId(),
    );
    expect(run(() => DriveApp.getFileById(id).getName(), 'guest@example.com')).toBe('shared.txt');
  });

  test('getFileById of a link-shared file opens it for anyone', () => {
    const { DriveApp, run } = newDrive();
    const id = run(() =>
      DriveApp.createFile('public.txt', 'x')
        .setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW)
        .getId(),
    );
    expect(run(() => DriveApp.getFileById(id).getName(), 'guest@example.com')).toBe('public.txt');
  });

  test(`getFolderById opens a folder (${REF}#getFolderById(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const id = DriveApp.createFolder('案件').getId();
      expect(DriveApp.getFolderById(id).getName()).toBe('案件');
    });
  });

  test(`getFolderById with an unknown id throws the not-found message (${REF}#getFolderById(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      expect(() => DriveApp.getFolderById('1nope')).toThrow(DRIVE_ERRORS.notFound);
    });
  });

  test('trashed files still open by id (Drive keeps them until the trash is emptied)', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('old.txt', 'x').setTrashed(true);
      expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
    });
  });

  test('getFileById resolves spreadsheets created by SpreadsheetApp, with their MIME type', () => {
    const { ws, DriveApp, run } = newDrive();
    const SpreadsheetApp = createSpreadsheetApp(ws);
    run(() => {
      const ss = SpreadsheetApp.create('台帳');
      const file = DriveApp.getFileById(ss.getId());
      expect([file.getName(), file.getMimeType()]).toEqual([
        '台帳',
        'application/vnd.google-apps.spreadsheet',
      ]);
    });
  });

  test('renaming a spreadsheet through Drive renames it in SpreadsheetApp', () => {
    const { ws, DriveApp, run } = newDrive();
    const SpreadsheetApp = createSpreadsheetApp(ws);
    run(() => {
      const ss = SpreadsheetApp.create('台帳');
      DriveApp.getFileById(ss.getId()).setName('台帳2026');
      expect(SpreadsheetApp.openById(ss.getId()).getName()).toBe('台帳2026');
    });
  });
});

describe('DriveApp listings', () => {
  test(`getFiles lists every file in the user's Drive, in subfolders too (${REF}#getFiles())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFile('a.txt', 'x');
      DriveApp.createFolder('f').createFile('b.txt', 'y');
      expect(names(DriveApp.getFiles())).toEqual(['a.txt', 'b.txt']);
    });
  });

  test('getFiles leaves out folders', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFolder('f');
      expect(DriveApp.getFiles().hasNext()).toBe(false);
    });
  });

  test('getFiles leaves out trashed files', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFile('a.txt', 'x').setTrashed(true);
      DriveApp.createFile('b.txt', 'x');
      expect(names(DriveApp.getFiles())).toEqual(['b.txt']);
    });
  });

  test('getFiles leaves out files inside a trashed folder', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      folder.createFile('inner.txt', 'x');
      folder.setTrashed(true);
      expect(DriveApp.getFiles().hasNext()).toBe(false);
    });
  });

  test(`getFilesByName matches the exact name (${REF}#getFilesByName(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFile('報告書', 'x');
      DriveApp.createFile('報告書 (1)', 'x');
      expect(names(DriveApp.getFilesByName('報告書'))).toEqual(['報告書']);
    });
  });

  test(`getFilesByType filters by MIME type (${REF}#getFilesByType(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFile('a.csv', 'x', 'text/csv');
      DriveApp.createFile('b.txt', 'x');
      expect(names(DriveApp.getFilesByType(createMimeType().CSV))).toEqual(['a.csv']);
    });
  });

  test(`getFolders lists folders but not the root (${REF}#getFolders())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFolder('a').createFolder('b');
      expect(names(DriveApp.getFolders())).toEqual(['a', 'b']);
    });
  });

  test(`getFoldersByName matches the exact name (${REF}#getFoldersByName(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFolder('2026');
      DriveApp.createFolder('2025');
      expect(names(DriveApp.getFoldersByName('2026'))).toEqual(['2026']);
    });
  });

  test(`getTrashedFiles lists only files in the trash (${REF}#getTrashedFiles())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFile('a.txt', 'x').setTrashed(true);
      DriveApp.createFile('b.txt', 'x');
      expect(names(DriveApp.getTrashedFiles())).toEqual(['a.txt']);
    });
  });

  test(`getTrashedFolders lists only folders in the trash (${REF}#getTrashedFolders())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFolder('a').setTrashed(true);
      DriveApp.createFolder('b');
      expect(names(DriveApp.getTrashedFolders())).toEqual(['a']);
    });
  });

  test('listings leave out files other users have not shared with the user', () => {
    const { DriveApp, run } = newDrive();
    run(() => DriveApp.createFile('mine.txt', 'x'));
    expect(run(() => DriveApp.getFiles().hasNext(), 'guest@example.com')).toBe(false);
  });

  test(`getStorageUsed counts the bytes of the user's uploaded files (${REF}#getStorageUsed())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      DriveApp.createFile('a.txt', 'abcd');
      expect(DriveApp.getStorageUsed()).toBe(4);
    });
  });

  test(`getStorageLimit returns a byte count (${REF}#getStorageLimit())`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.getStorageLimit())).toBe(15 * 1024 ** 3);
  });
});

describe('DriveApp root membership', () => {
  test(`removeFile takes a file out of the root without deleting it (${REF}#removeFile(File))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      DriveApp.removeFile(file);
      expect(file.getParents().hasNext()).toBe(false);
      expect(DriveApp.getFileById(file.getId()).getName()).toBe('a.txt');
    });
  });

  test(`addFile adds the root as another parent (${REF}#addFile(File))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFolder('f').createFile('a.txt', 'x');
      DriveApp.addFile(file);
      expect(names(file.getParents()).sort()).toEqual(['My Drive', 'f'].sort());
    });
  });

  test(`createShortcut makes a shortcut file pointing at the target (${REF}#createShortcut(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const target = DriveApp.createFile('a.txt', 'x');
      const shortcut = DriveApp.createShortcut(target.getId());
      expect(shortcut.getMimeType()).toBe('application/vnd.google-apps.shortcut');
      expect(shortcut.getTargetId()).toBe(target.getId());
      expect(shortcut.getTargetMimeType()).toBe('text/plain');
    });
  });
});

describe('DriveApp enums and ledger', () => {
  test('DriveApp.Access values are their names (https://developers.google.com/apps-script/reference/drive/access)', () => {
    const { DriveApp } = newDrive();
    expect(String(DriveApp.Access.ANYONE_WITH_LINK)).toBe('ANYONE_WITH_LINK');
    expect(Object.keys(DriveApp.Access)).toEqual([
      'ANYONE',
      'ANYONE_WITH_LINK',
      'DOMAIN',
      'DOMAIN_WITH_LINK',
      'PRIVATE',
    ]);
  });

  test('DriveApp.Permission values are their names (https://developers.google.com/apps-script/reference/drive/permission)', () => {
    const { DriveApp } = newDrive();
    expect(Object.keys(DriveApp.Permission)).toEqual([
      'VIEW',
      'EDIT',
      'COMMENT',
      'OWNER',
      'ORGANIZER',
      'NONE',
    ]);
  });

  test('MimeType.GOOGLE_DOCS is the Docs MIME type (https://developers.google.com/apps-script/reference/base/mime-type)', () => {
    expect(createMimeType().GOOGLE_DOCS).toBe('application/vnd.google-apps.document');
    expect(createMimeType().FOLDER).toBe('application/vnd.google-apps.folder');
  });

  test('every DriveApp call is recorded on the ledger with kind drive', () => {
    const { ws, DriveApp, run } = newDrive();
    run(() => DriveApp.createFolder('f'));
    const record = ws.ledger.records.find((r) => r.method === 'DriveApp.createFolder');
    expect(record).toMatchObject({ service: 'DriveApp', kind: 'drive' });
  });

  test('id getters are recorded as local calls', () => {
    const { ws, DriveApp, run } = newDrive();
    run(() => DriveApp.createFolder('f').getId());
    expect(ws.ledger.records.find((r) => r.method === 'Folder.getId')?.kind).toBe('local');
  });
});

describe('DriveApp in the sandbox', () => {
  test('DriveApp and MimeType are globals (https://developers.google.com/apps-script/reference/drive)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createGlobals } = require('../src/globals');
    const globals = createGlobals(new Workspace());
    expect(typeof globals.DriveApp.getRootFolder).toBe('function');
    expect(globals.MimeType.GOOGLE_SHEETS).toBe('application/vnd.google-apps.spreadsheet');
  });
});

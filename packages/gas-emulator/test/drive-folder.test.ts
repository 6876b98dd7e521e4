/**
 * Folder: https://developers.google.com/apps-script/reference/drive/folder
 * FileIterator: https://developers.google.com/apps-script/reference/drive/file-iterator
 */
import { DRIVE_ERRORS } from '../src/services/drive/errors';
import { makeBlob } from '../src/services/blob';
import { newDrive, names } from './support/drive';

const REF = 'https://developers.google.com/apps-script/reference/drive/folder';
const ITER = 'https://developers.google.com/apps-script/reference/drive/file-iterator';

describe('Folder contents', () => {
  test(`getUrl is the Drive folder URL (${REF}#getUrl())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
    });
  });

  test(`createFile creates the file in this folder (${REF}#createFile(String,String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      const file = folder.createFile('a.txt', 'x');
      expect(file.getParents().next().getId()).toBe(folder.getId());
    });
  });

  test(`createFile(blob) creates the file in this folder (${REF}#createFile(BlobSource))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      folder.createFile(makeBlob(Uint8Array.from([65]), 'text/plain', 'b.txt'));
      expect(names(folder.getFiles())).toEqual(['b.txt']);
    });
  });

  test(`createFolder creates a subfolder (${REF}#createFolder(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      folder.createFolder('sub');
      expect(names(folder.getFolders())).toEqual(['sub']);
    });
  });

  test(`getFiles lists only direct children (${REF}#getFiles())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      folder.createFile('a.txt', 'x');
      folder.createFolder('sub').createFile('deep.txt', 'x');
      expect(names(folder.getFiles())).toEqual(['a.txt']);
    });
  });

  test('getFiles leaves out trashed children', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      folder.createFile('a.txt', 'x').setTrashed(true);
      expect(folder.getFiles().hasNext()).toBe(false);
    });
  });

  test(`getFilesByName looks among the children only (${REF}#getFilesByName(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      folder.createFile('a.txt', 'x');
      DriveApp.createFile('a.txt', 'elsewhere');
      expect(names(folder.getFilesByName('a.txt'))).toEqual(['a.txt']);
    });
  });

  test(`getFilesByType filters children by MIME type (${REF}#getFilesByType(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      folder.createFile('a.csv', 'x', 'text/csv');
      folder.createFile('b.txt', 'x');
      expect(names(folder.getFilesByType('text/csv'))).toEqual(['a.csv']);
    });
  });

  test(`getFoldersByName looks among the subfolders (${REF}#getFoldersByName(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      folder.createFolder('2026');
      folder.createFolder('2025');
      expect(names(folder.getFoldersByName('2026'))).toEqual(['2026']);
    });
  });

  test(`getSize of a folder is 0 (${REF}#getSize())`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFolder('f').getSize())).toBe(0);
  });

  test(`setName / getName (${REF}#setName(String))`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFolder('f').setName('g').getName())).toBe('g');
  });

  test(`setDescription / getDescription (${REF}#setDescription(String))`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFolder('f').setDescription('d').getDescription())).toBe('d');
  });

  test(`getParents of a subfolder is its folder (${REF}#getParents())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const sub = DriveApp.createFolder('f').createFolder('sub');
      expect(names(sub.getParents())).toEqual(['f']);
    });
  });

  test(`addFile gives a file a second parent (${REF}#addFile(File))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const a = DriveApp.createFolder('a');
      const b = DriveApp.createFolder('b');
      const file = a.createFile('x.txt', 'x');
      b.addFile(file);
      expect(names(file.getParents())).toEqual(['a', 'b']);
    });
  });

  test(`removeFile takes the file out of the folder without deleting it (${REF}#removeFile(File))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      const file = folder.createFile('x.txt', 'x');
      folder.removeFile(file);
      expect(folder.getFiles().hasNext()).toBe(false);
      expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(false);
    });
  });

  test(`moveTo moves the folder (${REF}#moveTo(Folder))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const a = DriveApp.createFolder('a');
      const b = DriveApp.createFolder('b');
      a.moveTo(b);
      expect(names(b.getFolders())).toEqual(['a']);
    });
  });

  test('moveTo into its own subfolder is refused', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const a = DriveApp.createFolder('a');
      const sub = a.createFolder('sub');
      expect(() => a.moveTo(sub)).toThrow(DRIVE_ERRORS.cyclicMove);
    });
  });

  test(`setTrashed on a folder trashes it (${REF}#setTrashed(Boolean))`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFolder('f').setTrashed(true).isTrashed())).toBe(true);
  });

  test('the root folder cannot be trashed', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      expect(() => DriveApp.getRootFolder().setTrashed(true)).toThrow(DRIVE_ERRORS.accessDenied);
    });
  });

  test(`setSharing on a folder (${REF}#setSharing(Access,Permission))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f').setSharing(
        DriveApp.Access.ANYONE,
        DriveApp.Permission.EDIT,
      );
      expect(folder.getSharingAccess()).toBe(DriveApp.Access.ANYONE);
      expect(folder.getSharingPermission()).toBe(DriveApp.Permission.EDIT);
    });
  });

  test(`addEditor / getEditors on a folder (${REF}#addEditor(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f').addEditor('e@example.com');
      expect(folder.getEditors().map((u) => u.getEmail())).toEqual(['e@example.com']);
    });
  });

  test(`addViewer / getViewers on a folder (${REF}#addViewer(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f').addViewer('v@example.com');
      expect(folder.getViewers().map((u) => u.getEmail())).toEqual(['v@example.com']);
    });
  });

  test('a folder editor can add files to it and sees its files', () => {
    const { DriveApp, run } = newDrive();
    const id = run(() => {
      const folder = DriveApp.createFolder('f').addEditor('e@example.com');
      folder.createFile('a.txt', 'x');
      return folder.getId();
    });
    const seen = run(() => {
      const folder = DriveApp.getFolderById(id);
      folder.createFile('b.txt', 'y');
      return names(folder.getFiles());
    }, 'e@example.com');
    expect(seen).toEqual(['a.txt', 'b.txt']);
  });

  test('a viewer of a folder cannot create files in it', () => {
    const { DriveApp, run } = newDrive();
    const id = run(() => DriveApp.createFolder('f').addViewer('v@example.com').getId());
    expect(() =>
      run(() => DriveApp.getFolderById(id).createFile('a.txt', 'x'), 'v@example.com'),
    ).toThrow(DRIVE_ERRORS.accessDenied);
  });
});

describe('FileIterator / FolderIterator', () => {
  test(`hasNext is false on an empty collection (${ITER}#hasNext())`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFolder('f').getFiles().hasNext())).toBe(false);
  });

  test(`next past the end throws (${ITER}#next())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const it = DriveApp.createFolder('f').getFiles();
      expect(() => it.next()).toThrow(
        'Cannot retrieve the next object: iterator has reached the end.',
      );
    });
  });

  test(`getContinuationToken resumes in a later execution (${ITER}#getContinuationToken())`, () => {
    const { DriveApp, run } = newDrive();
    const token = run(() => {
      const folder = DriveApp.createFolder('f');
      ['a', 'b', 'c'].forEach((n) => folder.createFile(n, 'x'));
      const it = folder.getFiles();
      it.next();
      return it.getContinuationToken();
    });
    expect(run(() => names(DriveApp.continueFileIterator(token)))).toEqual(['b', 'c']);
  });

  test('continueFolderIterator resumes a folder iteration (https://developers.google.com/apps-script/reference/drive/drive-app#continueFolderIterator(String))', () => {
    const { DriveApp, run } = newDrive();
    const token = run(() => {
      DriveApp.createFolder('a');
      DriveApp.createFolder('b');
      const it = DriveApp.getFolders();
      it.next();
      return it.getContinuationToken();
    });
    expect(run(() => names(DriveApp.continueFolderIterator(token)))).toEqual(['b']);
  });

  test('a file-iterator token is refused by continueFolderIterator', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const token = DriveApp.getFiles().getContinuationToken();
      expect(() => DriveApp.continueFolderIterator(token)).toThrow(
        DRIVE_ERRORS.invalidContinuationToken,
      );
    });
  });

  test('an invented token is refused', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      expect(() => DriveApp.continueFileIterator('garbage')).toThrow(
        DRIVE_ERRORS.invalidContinuationToken,
      );
    });
  });
});

/**
 * DriveApp.searchFiles / searchFolders:
 * https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String)
 * Query terms (v2 names, as the reference says Apps Script uses Drive API v2):
 * https://developers.google.com/drive/api/guides/ref-search-terms
 */
import { DRIVE_ERRORS } from '../src/services/drive/errors';
import { DESK, newDrive, names } from './support/drive';

test("title = '…' matches the exact name", () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFile('報告書', 'x');
    DriveApp.createFile('報告書2', 'x');
    expect(names(DriveApp.searchFiles("title = '報告書'"))).toEqual(['報告書']);
  });
});

test('title contains matches a fragment, double quotes accepted', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFile('2026年度 報告書', 'x');
    DriveApp.createFile('議事録', 'x');
    expect(names(DriveApp.searchFiles('title contains "報告"'))).toEqual(['2026年度 報告書']);
  });
});

test('escaped quotes inside a string ("Gulliver\\\'s Travels" in the reference)', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFile("Gulliver's Travels", 'x');
    expect(names(DriveApp.searchFiles("title contains 'Gulliver\\'s Travels'"))).toEqual([
      "Gulliver's Travels",
    ]);
  });
});

test("'<folder id>' in parents finds the folder's children", () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    const folder = DriveApp.createFolder('f');
    folder.createFile('in.txt', 'x');
    DriveApp.createFile('out.txt', 'x');
    expect(names(DriveApp.searchFiles(`'${folder.getId()}' in parents`))).toEqual(['in.txt']);
  });
});

test("mimeType = '…' and combination with and", () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFile('a.csv', 'x', 'text/csv');
    DriveApp.createFile('b.csv', 'x', 'text/plain');
    expect(names(DriveApp.searchFiles("mimeType = 'text/csv' and title contains '.csv'"))).toEqual([
      'a.csv',
    ]);
  });
});

test('or and parentheses', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    ['a', 'b', 'c'].forEach((n) => DriveApp.createFile(n, 'x'));
    expect(names(DriveApp.searchFiles("(title = 'a' or title = 'c') and not title = 'b'"))).toEqual(
      ['a', 'c'],
    );
  });
});

test('trashed files are left out unless the query mentions trashed', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFile('a', 'x').setTrashed(true);
    expect(DriveApp.searchFiles("title = 'a'").hasNext()).toBe(false);
    expect(names(DriveApp.searchFiles("title = 'a' and trashed = true"))).toEqual(['a']);
  });
});

test('trashed = false keeps only files outside the trash', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFile('a', 'x').setTrashed(true);
    DriveApp.createFile('b', 'x');
    expect(names(DriveApp.searchFiles('trashed = false'))).toEqual(['b']);
  });
});

test('modifiedDate > date (the reference example form)', () => {
  const { ws, DriveApp, run } = newDrive();
  run(() => DriveApp.createFile('old', 'x'));
  ws.clock.advance(3 * 24 * 3600_000);
  run(() => DriveApp.createFile('new', 'x'));
  expect(run(() => names(DriveApp.searchFiles('modifiedDate > "2026-04-02"')))).toEqual(['new']);
});

test('fullText contains searches the content of text files', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFile('a.txt', '公民連携の提案');
    DriveApp.createFile('b.txt', '別件');
    expect(names(DriveApp.searchFiles("fullText contains '提案'"))).toEqual(['a.txt']);
  });
});

test("'<email>' in owners", () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFile('a', 'x');
    expect(names(DriveApp.searchFiles(`'${DESK}' in owners`))).toEqual(['a']);
    expect(DriveApp.searchFiles("'x@example.com' in owners").hasNext()).toBe(false);
  });
});

test('searchFolders finds folders only', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    DriveApp.createFolder('案件A');
    DriveApp.createFile('案件A', 'x');
    const it = DriveApp.searchFolders("title = '案件A'");
    expect(it.next().getUrl()).toContain('/drive/folders/');
    expect(it.hasNext()).toBe(false);
  });
});

test('Folder.searchFiles looks among the folder children only (https://developers.google.com/apps-script/reference/drive/folder#searchFiles(String))', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    const folder = DriveApp.createFolder('f');
    folder.createFile('a', 'x');
    DriveApp.createFile('a', 'x');
    expect(names(folder.searchFiles("title = 'a'"))).toHaveLength(1);
  });
});

test('v3 field names are not v2 and are refused', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    expect(() => DriveApp.searchFiles("name = 'a'")).toThrow(DRIVE_ERRORS.invalidQuery);
  });
});

test('an unterminated string is refused', () => {
  const { DriveApp, run } = newDrive();
  run(() => {
    expect(() => DriveApp.searchFiles("title = 'a")).toThrow(DRIVE_ERRORS.invalidQuery);
  });
});

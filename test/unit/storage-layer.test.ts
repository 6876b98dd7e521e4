/**
 * One desk-storage layer (issue 11, docs/architecture.md "The desk store"): every sheet is read
 * and written in src/store, in batches, with the locking and idempotency rules there once. The use
 * cases (src/app), the entry points and the pages never touch a spreadsheet themselves: no
 * SpreadsheetApp global and no Spreadsheet, Sheet or Range call. Nor do they name any other
 * Google service global: Drive, Docs, Forms, mail, HTML and the rest are reached through
 * src/adapters (docs/architecture.md "The layers"). dependency-cruiser checks the imports
 * (.dependency-cruiser.cjs); this test checks the calls, which imports cannot show.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { codeLines, sourcesUnder } from '../support/sourceFiles';

const ROOT = path.join(__dirname, '..', '..');

/** Spreadsheet service members (Spreadsheet, Sheet, Range, builders) a use case must not call. */
const SHEET_CALLS = [
  'appendRow',
  'clear',
  'clearContent',
  'clearFormat',
  'createTextFinder',
  'deleteColumn',
  'deleteColumns',
  'deleteRow',
  'deleteRows',
  'deleteSheet',
  'getActiveRange',
  'getActiveSheet',
  'getCharts',
  'getDataRange',
  'getDisplayValues',
  'getFrozenRows',
  'getLastColumn',
  'getLastRow',
  'getMaxColumns',
  'getMaxRows',
  'getProtections',
  'getRange',
  'getRangeList',
  'getSheetByName',
  'getSheetValues',
  'getSheets',
  'getValue',
  'getValues',
  'hideSheet',
  'insertChart',
  'insertColumnsAfter',
  'insertRowsAfter',
  'insertSheet',
  'newChart',
  'protect',
  'removeChart',
  'setColumnWidth',
  'setConditionalFormatRules',
  'setDataValidation',
  'setFontWeight',
  'setFrozenRows',
  'setNumberFormat',
  'setNumberFormats',
  'setValue',
  'setValues',
  'sort',
  'updateChart',
];

const CALL = new RegExp(`\\.(${SHEET_CALLS.join('|')})\\(`);
const GLOBAL = /\bSpreadsheetApp\./;

/** The Apps Script service globals, built-in and advanced (Drive, Docs, Forms, Sheets APIs). */
const SERVICE_GLOBALS = [
  'CacheService',
  'Charts',
  'ContentService',
  'DocumentApp',
  'DriveApp',
  'FormApp',
  'GmailApp',
  'HtmlService',
  'LockService',
  'MailApp',
  'MimeType',
  'PropertiesService',
  'ScriptApp',
  'Session',
  'SpreadsheetApp',
  'UrlFetchApp',
  'Utilities',
  'Drive',
  'Docs',
  'Forms',
  'Sheets',
];

/**
 * A global's member (also through `!.` or `?.`), not a namespace's: GoogleAppsScript.Drive.File
 * is a type, and allowed.
 */
const SERVICE_GLOBAL = new RegExp(`(?<![.\\w])(${SERVICE_GLOBALS.join('|')})[!?]?\\.`);

/** The use cases, the entry points and the index: the code that must reach Google through others. */
const USE_CASE_FILES = [
  ...sourcesUnder(path.join(ROOT, 'src', 'app')),
  ...sourcesUnder(path.join(ROOT, 'src', 'entries')),
  path.join(ROOT, 'src', 'index.ts'),
];

describe('the desk store is the only code that touches a spreadsheet', () => {
  const files = USE_CASE_FILES;

  it('finds the use cases to check', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('no use case, entry point or index calls SpreadsheetApp or a sheet, range or builder', () => {
    const found = files.flatMap((file) =>
      codeLines(file)
        .filter(([, code]) => CALL.test(code) || GLOBAL.test(code))
        .map(([line, code]) => `${path.relative(ROOT, file)}:${line}: ${code.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('recognises a sheet call and SpreadsheetApp in code, and ignores them in comments', () => {
    expect(CALL.test("ss.getRange('A1').getValues()")).toBe(true);
    expect(GLOBAL.test('SpreadsheetApp.getActiveSpreadsheet()')).toBe(true);
    const sample = path.join(os.tmpdir(), `storage-layer-sample-${process.pid}.ts`);
    fs.writeFileSync(sample, '// sheet.getRange(1, 1)\n/* ss.getValues()\n */\nconst x = 1;\n');
    try {
      expect(codeLines(sample).filter(([, code]) => CALL.test(code))).toEqual([]);
    } finally {
      fs.unlinkSync(sample);
    }
  });
});

describe('the adapters are the only code that calls a Google service', () => {
  const files = USE_CASE_FILES;

  it('no use case, entry point or index names a service global (DriveApp, FormApp, Drive…)', () => {
    const found = files.flatMap((file) =>
      codeLines(file)
        .filter(([, code]) => SERVICE_GLOBAL.test(code))
        .map(([line, code]) => `${path.relative(ROOT, file)}:${line}: ${code.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('recognises a service global, and not a type namespace or a member of the same name', () => {
    expect(SERVICE_GLOBAL.test('const f = DriveApp.getFileById(id);')).toBe(true);
    expect(SERVICE_GLOBAL.test('(HtmlService.createHtmlOutput(html))')).toBe(true);
    expect(SERVICE_GLOBAL.test('Drive.Files.get(id)')).toBe(true);
    expect(SERVICE_GLOBAL.test('return Sheets!.Spreadsheets!.Values!.batchGet(id, q);')).toBe(true);
    expect(SERVICE_GLOBAL.test('Sheets.Spreadsheets.get(id)')).toBe(true);
    expect(SERVICE_GLOBAL.test('type File = GoogleAppsScript.Drive.File;')).toBe(false);
    expect(SERVICE_GLOBAL.test('let form: GoogleAppsScript.Forms.Form;')).toBe(false);
    expect(SERVICE_GLOBAL.test('ctx.Session.value; mySheets.length')).toBe(false);
  });
});

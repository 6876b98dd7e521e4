/**
 * SpreadsheetApp and Spreadsheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { createSpreadsheetApp } from '../src/services/spreadsheet/app';

const DESK = 'desk@city.example.lg.jp';

function setup() {
  const ws = new Workspace({ timeZone: 'Asia/Tokyo' });
  const app = createSpreadsheetApp(ws);
  const run = <T>(body: () => T, options: Partial<ExecutionOptions> = {}): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK, ...options }, body);
  return { ws, app, run };
}

describe('SpreadsheetApp', () => {
  test('create makes a spreadsheet owned by the effective user with one sheet', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('公民連携案件'));
    expect(run(() => [ss.getName(), ss.getNumSheets(), ss.getOwner()?.getEmail()])).toEqual([
      '公民連携案件',
      1,
      DESK,
    ]);
  });

  test('create(name, rows, columns) sizes the first sheet', () => {
    const { app, run } = setup();
    const sheet = run(() => app.create('小', 50, 5).getSheets()[0]);
    expect(run(() => [sheet.getMaxRows(), sheet.getMaxColumns()])).toEqual([50, 5]);
  });

  test('openById returns the same file', () => {
    const { app, run } = setup();
    const id = run(() => app.create('x').getId());
    expect(run(() => app.openById(id).getName())).toBe('x');
  });

  test('openById of an unknown id fails', () => {
    const { app, run } = setup();
    expect(() => run(() => app.openById('nope'))).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  test('openByUrl accepts the file URL', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    expect(run(() => app.openByUrl(ss.getUrl()).getId())).toBe(run(() => ss.getId()));
  });

  test('openByUrl of an unknown spreadsheet fails', () => {
    const { app, run } = setup();
    expect(() =>
      run(() => app.openByUrl('https://docs.google.com/spreadsheets/d/unknown123/edit')),
    ).toThrow(
      'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
    );
  });

  test('getUrl has the docs.google.com spreadsheet form', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    expect(run(() => ss.getUrl())).toBe(
      `https://docs.google.com/spreadsheets/d/${run(() => ss.getId())}/edit`,
    );
  });

  test('getActiveSpreadsheet is the execution container', () => {
    const { app, run } = setup();
    const id = run(() => app.create('bound').getId());
    expect(run(() => app.getActiveSpreadsheet().getId(), { containerId: id })).toBe(id);
  });

  test('getActiveSpreadsheet is null without a container', () => {
    const { app, run } = setup();
    expect(run(() => app.getActiveSpreadsheet())).toBeNull();
  });

  test('getActive is the same as getActiveSpreadsheet', () => {
    const { app, run } = setup();
    const id = run(() => app.create('bound').getId());
    expect(run(() => app.getActive().getId(), { containerId: id })).toBe(id);
  });

  test('getActiveSheet is the container spreadsheet active sheet', () => {
    const { app, run } = setup();
    const id = run(() => app.create('bound').getId());
    expect(run(() => app.getActiveSheet().getName(), { containerId: id })).toBe('シート1');
  });

  test('getUi fails where no editor is attached', () => {
    const { app, run } = setup();
    expect(() => run(() => app.getUi(), { source: 'installable', hasUi: false })).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
  });

  test('flush records a flush on the ledger', () => {
    const { ws, app, run } = setup();
    run(() => app.flush());
    expect(ws.ledger.records.some((r) => r.method === 'flush')).toBe(true);
  });

  test('enums are plain objects whose values are the names', () => {
    const { app } = setup();
    expect(String(app.Dimension.ROWS)).toBe('ROWS');
    expect(String(app.WrapStrategy.WRAP)).toBe('WRAP');
    expect(String(app.ProtectionType.RANGE)).toBe('RANGE');
    expect(String(app.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
    expect(String(app.BooleanCriteria.CUSTOM_FORMULA)).toBe('CUSTOM_FORMULA');
  });
});

describe('Spreadsheet', () => {
  test('insertSheet(name) adds a sheet and makes it active', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.insertSheet('案件台帳'));
    expect(run(() => [ss.getNumSheets(), ss.getActiveSheet().getName()])).toEqual([2, '案件台帳']);
  });

  test('insertSheet() names the new sheet シートN in ja_JP', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    expect(run(() => ss.insertSheet().getName())).toBe('シート2');
  });

  test('insertSheet(name, index) puts it at the 0-based index', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.insertSheet('先頭', 0));
    expect(run(() => ss.getSheets().map((s) => s.getName()))).toEqual(['先頭', 'シート1']);
  });

  test('insertSheet(index) uses a default name at that index', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.insertSheet(0));
    expect(run(() => ss.getSheets()[0].getName())).toBe('シート2');
  });

  test("a duplicate sheet name fails with Google's message", () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.insertSheet('X'));
    expect(() => run(() => ss.insertSheet('X'))).toThrow(
      'A sheet with the name "X" already exists. Please enter another name.',
    );
  });

  test('getSheetByName returns null for a missing name', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    expect(run(() => ss.getSheetByName('ない'))).toBeNull();
  });

  test('getSheetById finds a sheet by its id', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    const id = run(() => ss.insertSheet('二').getSheetId());
    expect(run(() => ss.getSheetById(id)?.getName())).toBe('二');
  });

  test('deleteSheet removes a sheet', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    const extra = run(() => ss.insertSheet('消す'));
    run(() => ss.deleteSheet(extra));
    expect(run(() => ss.getSheetByName('消す'))).toBeNull();
  });

  test('the only sheet cannot be deleted', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    expect(() => run(() => ss.deleteSheet(ss.getSheets()[0]))).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  test('setActiveSheet / getActiveSheet', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    const first = run(() => ss.getSheets()[0]);
    run(() => ss.insertSheet('二'));
    run(() => ss.setActiveSheet(first));
    expect(run(() => ss.getActiveSheet().getName())).toBe('シート1');
  });

  test('setActiveRange / getActiveRange', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.setActiveRange(ss.getSheets()[0].getRange('B2:C3')));
    expect(run(() => ss.getActiveRange()?.getA1Notation())).toBe('B2:C3');
  });

  test('rename changes the file name', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.rename('y'));
    expect(run(() => ss.getName())).toBe('y');
  });

  test('time zone defaults to the workspace zone and can be changed', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    expect(run(() => ss.getSpreadsheetTimeZone())).toBe('Asia/Tokyo');
    run(() => ss.setSpreadsheetTimeZone('UTC'));
    expect(run(() => ss.getSpreadsheetTimeZone())).toBe('UTC');
  });

  test('the display of a date follows the spreadsheet time zone', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    const cell = run(() =>
      ss.getSheets()[0].getRange('A1').setValue(new Date('2026-04-01T00:30:00+09:00')),
    );
    run(() => ss.setSpreadsheetTimeZone('UTC'));
    expect(run(() => cell.getDisplayValue())).toBe('2026/03/31 15:30:00');
  });

  test('locale defaults to ja_JP and can be changed', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    expect(run(() => ss.getSpreadsheetLocale())).toBe('ja_JP');
    run(() => ss.setSpreadsheetLocale('en_US'));
    expect(run(() => ss.getSpreadsheetLocale())).toBe('en_US');
  });

  test('addEditor adds to getEditors, which includes the owner', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.addEditor('partner@company.example.com'));
    expect(run(() => ss.getEditors().map((u) => u.getEmail()))).toEqual([
      DESK,
      'partner@company.example.com',
    ]);
  });

  test('getFormUrl is null without a linked form', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    expect(run(() => ss.getFormUrl())).toBeNull();
  });

  test('toast is recorded for the spreadsheet', () => {
    const { ws, app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.toast('保存しました', '公民連携デスク', 3));
    expect(ws.ui.toasts).toContainEqual(
      expect.objectContaining({
        message: '保存しました',
        title: '公民連携デスク',
        timeoutSeconds: 3,
      }),
    );
  });

  test('appendRow on the spreadsheet appends to the active sheet', () => {
    const { app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.insertSheet('台帳'));
    run(() => ss.appendRow(['a']));
    expect(run(() => ss.getSheetByName('台帳')?.getLastRow())).toBe(1);
  });

  test('handle calls charge local', () => {
    const { ws, app, run } = setup();
    const ss = run(() => app.create('x'));
    run(() => ss.getSheets());
    expect(ws.ledger.records.find((r) => r.method === 'Spreadsheet.getSheets')).toMatchObject({
      kind: 'local',
    });
  });
});

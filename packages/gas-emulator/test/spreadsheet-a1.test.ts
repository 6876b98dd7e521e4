/**
 * A1 notation and the Range facade's wiring to protection, validation and text search.
 * https://developers.google.com/sheets/api/guides/concepts#cell (A1 notation)
 * https://developers.google.com/apps-script/reference/spreadsheet/range#geta1notation
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { createSpreadsheetApp } from '../src/services/spreadsheet/app';
import {
  columnToLetters,
  formatA1,
  lettersToColumn,
  parseA1Ref,
  splitSheetName,
} from '../src/services/spreadsheet/a1';

const DESK = 'desk@city.example.lg.jp';
const PARTNER = 'partner@city.example.lg.jp';

describe('a1 helpers', () => {
  test('column letters round-trip (Z, AA, AZ, ZZ)', () => {
    for (const n of [1, 26, 27, 52, 702, 703]) expect(lettersToColumn(columnToLetters(n))).toBe(n);
    expect(columnToLetters(27)).toBe('AA');
  });

  test("splitSheetName handles quoted names with doubled quotes ('It''s'!A1)", () => {
    expect(splitSheetName("'It''s'!A1")).toEqual({ sheetName: "It's", ref: 'A1' });
  });

  test('splitSheetName handles unquoted names', () => {
    expect(splitSheetName('Sheet1!B2:C3')).toEqual({ sheetName: 'Sheet1', ref: 'B2:C3' });
  });

  test('reversed corners are normalised (C3:A1 → A1:C3)', () => {
    const b = parseA1Ref('C3:A1', 1000, 26);
    expect(formatA1(b.row, b.column, b.numRows, b.numColumns)).toBe('A1:C3');
  });

  test("open-ended 'A2:B' runs to the last row", () => {
    expect(parseA1Ref('A2:B', 1000, 26)).toMatchObject({ row: 2, numRows: 999, numColumns: 2 });
  });

  test('a column or row alone without a colon is not a range', () => {
    expect(() => parseA1Ref('A', 1000, 26)).toThrow('Range not found');
    expect(() => parseA1Ref('5', 1000, 26)).toThrow('Range not found');
  });

  test('lower-case references are accepted', () => {
    expect(parseA1Ref('b2', 1000, 26)).toMatchObject({ row: 2, column: 2 });
  });
});

describe('Range wiring to other features', () => {
  function setup() {
    const ws = new Workspace({ timeZone: 'Asia/Tokyo' });
    const app = createSpreadsheetApp(ws);
    const run = <T>(body: () => T, options: Partial<ExecutionOptions> = {}): T =>
      ws.run({ functionName: 'test', source: 'manual', activeUser: DESK, ...options }, body);
    const ss = run(() => app.create('案件管理'));
    const id = run(() => ss.getId());
    run(() => ss.addEditor(PARTNER));
    return { ws, app, run, ss, id };
  }

  // protection#removeeditoremailaddress; writes by a non-editor fail
  test('a write into a range protected against the user fails', () => {
    const { app, run, ss, id } = setup();
    run(() => {
      const p = ss.getSheets()[0].getRange('A1:B2').protect();
      p.removeEditor(PARTNER);
    });
    expect(() =>
      run(() => app.openById(id).getSheets()[0].getRange('B2').setValue('x'), {
        activeUser: PARTNER,
      }),
    ).toThrow('You are trying to edit a protected cell or object.');
  });

  test('writes outside the protected range succeed', () => {
    const { app, run, ss, id } = setup();
    run(() => ss.getSheets()[0].getRange('A1').protect().removeEditor(PARTNER));
    run(() => app.openById(id).getSheets()[0].getRange('C3').setValue('x'), {
      activeUser: PARTNER,
    });
    expect(run(() => ss.getSheets()[0].getRange('C3').getValue())).toBe('x');
  });

  test('Range.canEdit reflects protection', () => {
    const { app, run, ss, id } = setup();
    run(() => ss.getSheets()[0].getRange('A1').protect().removeEditor(PARTNER));
    expect(
      run(() => app.openById(id).getSheets()[0].getRange('A1').canEdit(), { activeUser: PARTNER }),
    ).toBe(false);
  });

  test('Sheet.getProtections lists range protections', () => {
    const { app, run, ss } = setup();
    run(() => ss.getSheets()[0].getRange('A1:B2').protect());
    expect(
      run(() =>
        ss
          .getSheets()[0]
          .getProtections(app.ProtectionType.RANGE)
          .map((p) => p.getRange().getA1Notation()),
      ),
    ).toEqual(['A1:B2']);
  });

  test('a data validation rule set on a range is read back', () => {
    const { app, run, ss } = setup();
    const criteria = run(() => {
      const rule = app.newDataValidation().requireValueInList(['受付', '対応中', '完了']).build();
      const range = ss.getSheets()[0].getRange('C2:C10');
      range.setDataValidation(rule);
      return String(range.getCell(3, 1).getDataValidation()?.getCriteriaType());
    });
    expect(criteria).toBe('VALUE_IN_LIST');
  });

  test('clearDataValidations removes rules', () => {
    const { app, run, ss } = setup();
    run(() => {
      const rule = app.newDataValidation().requireCheckbox().build();
      ss.getSheets()[0].getRange('A1:A3').setDataValidation(rule).clearDataValidations();
    });
    expect(run(() => ss.getSheets()[0].getRange('A2').getDataValidation())).toBeNull();
  });

  test('Range.createTextFinder finds values inside the range', () => {
    const { run, ss } = setup();
    run(() =>
      ss
        .getSheets()[0]
        .getRange('A1:A3')
        .setValues([['港'], ['山'], ['港']]),
    );
    expect(
      run(() =>
        ss
          .getSheets()[0]
          .getRange('A2:A3')
          .createTextFinder('港')
          .findAll()
          .map((r) => r.getA1Notation()),
      ),
    ).toEqual(['A3']);
  });

  test('conditional format rules set on a sheet are read back', () => {
    const { app, run, ss } = setup();
    const count = run(() => {
      const sheet = ss.getSheets()[0];
      const rule = app
        .newConditionalFormatRule()
        .whenTextEqualTo('完了')
        .setBackground('#cccccc')
        .setRanges([sheet.getRange('A1:A10')])
        .build();
      sheet.setConditionalFormatRules([rule]);
      return sheet.getConditionalFormatRules().length;
    });
    expect(count).toBe(1);
  });

  test('inserting rows above a protected range moves the protection down', () => {
    const { app, run, ss } = setup();
    run(() => {
      const sheet = ss.getSheets()[0];
      sheet.getRange('A2').protect();
      sheet.insertRowsBefore(1, 2);
    });
    expect(
      run(() =>
        ss.getSheets()[0].getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation(),
      ),
    ).toBe('A4');
  });
});

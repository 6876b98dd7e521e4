/**
 * Range. https://developers.google.com/apps-script/reference/spreadsheet/range
 * and Sheet.getRange: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column
 */
import { Workspace } from '../src/workspace';
import { createSpreadsheetApp } from '../src/services/spreadsheet/app';

const DESK = 'desk@city.example.lg.jp';

function setup() {
  const ws = new Workspace({ timeZone: 'Asia/Tokyo' });
  const app = createSpreadsheetApp(ws);
  const run = <T>(body: () => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK }, body);
  const ss = run(() => app.create('案件管理'));
  const sheet = run(() => ss.getSheets()[0]);
  return { ws, app, run, ss, sheet };
}

describe('getRange forms and A1 notation', () => {
  test("getRange('A1') is one cell", () => {
    const { run, sheet } = setup();
    const r = run(() => sheet.getRange('A1'));
    expect(run(() => [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()])).toEqual([
      1, 1, 1, 1,
    ]);
  });

  test("getRange('A1:C3') spans three rows and columns", () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange('A1:C3').getA1Notation())).toBe('A1:C3');
  });

  test("getRange('A:A') is the whole column and keeps its notation", () => {
    const { run, sheet } = setup();
    const r = run(() => sheet.getRange('A:A'));
    expect(run(() => [r.getA1Notation(), r.getNumRows()])).toEqual(['A:A', 1000]);
  });

  test("getRange('2:2') is the whole row", () => {
    const { run, sheet } = setup();
    const r = run(() => sheet.getRange('2:2'));
    expect(run(() => [r.getA1Notation(), r.getRow(), r.getNumColumns()])).toEqual(['2:2', 2, 26]);
  });

  test('absolute references ($A$1) resolve', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange('$B$2:$C$3').getA1Notation())).toBe('B2:C3');
  });

  test("Spreadsheet.getRange with a quoted sheet name ('案件台帳'!A1:B2)", () => {
    const { run, ss } = setup();
    run(() => ss.insertSheet('案件台帳'));
    run(() => ss.getSheets()[0].activate());
    const r = run(() => ss.getRange("'案件台帳'!A1:B2"));
    expect(run(() => [r.getSheet().getName(), r.getA1Notation()])).toEqual(['案件台帳', 'A1:B2']);
  });

  test('Spreadsheet.getRange without a sheet name uses the active sheet', () => {
    const { run, ss } = setup();
    run(() => ss.insertSheet('集計'));
    expect(run(() => ss.getRange('B2').getSheet().getName())).toBe('集計');
  });

  test('an unknown sheet name is "Range not found"', () => {
    const { run, ss } = setup();
    expect(() => run(() => ss.getRange("'ない'!A1"))).toThrow('Range not found');
  });

  test('bad A1 notation is "Range not found"', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange('1A'))).toThrow('Range not found');
  });

  test('getRange(row, column, numRows, numColumns)', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange(2, 3, 4, 5).getA1Notation())).toBe('C2:G5');
  });

  test('getRange(row, column, numRows) is one column wide', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange(2, 2, 3).getA1Notation())).toBe('B2:B4');
  });

  test('row 0 fails: "The starting row of the range is too small."', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange(0, 1))).toThrow(
      'The starting row of the range is too small.',
    );
  });

  test('column 0 fails: "The starting column of the range is too small."', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange(1, 0))).toThrow(
      'The starting column of the range is too small.',
    );
  });

  test('numRows 0 fails: "The number of rows in the range must be at least 1."', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange(1, 1, 0, 1))).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });

  test('numColumns 0 fails: "The number of columns in the range must be at least 1."', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange(1, 1, 1, 0))).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  test('past the last row fails: "The coordinates of the range are outside the dimensions of the sheet."', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange(1001, 1))).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test('past the last column fails too', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange(1, 26, 1, 2))).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });
});

describe('values', () => {
  test('setValues then getValues round-trips typed values', () => {
    const { run, sheet } = setup();
    run(() =>
      sheet.getRange(1, 1, 2, 3).setValues([
        ['件名', 100, true],
        ['', -2.5, false],
      ]),
    );
    expect(run(() => sheet.getRange(1, 1, 2, 3).getValues())).toEqual([
      ['件名', 100, true],
      ['', -2.5, false],
    ]);
  });

  test("setValues with the wrong number of rows uses Google's message", () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]))).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  test("setValues with the wrong number of columns uses Google's message", () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]]))).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  test('a value over 50,000 characters is refused and nothing is written', () => {
    const { run, sheet } = setup();
    expect(() =>
      run(() => sheet.getRange('A1:B1').setValues([['ok', 'x'.repeat(50_001)]])),
    ).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(run(() => sheet.getRange('A1').getValue())).toBe('');
  });

  test('setValue on a multi-cell range fills every cell', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:B2').setValue('済'));
    expect(run(() => sheet.getRange('A1:B2').getValues())).toEqual([
      ['済', '済'],
      ['済', '済'],
    ]);
  });

  test('getValue reads the top-left cell', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:B1').setValues([['左', '右']]));
    expect(run(() => sheet.getRange('A1:B1').getValue())).toBe('左');
  });

  test('getDisplayValues shows formatted text', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:B1').setValues([[1234567, '2026/04/01']]));
    run(() => sheet.getRange('A1').setNumberFormat('#,##0'));
    expect(run(() => sheet.getRange('A1:B1').getDisplayValues())).toEqual([
      ['1,234,567', '2026/04/01'],
    ]);
  });

  test('setFormula / getFormulas', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('C1').setFormula('=A1*2'));
    expect(run(() => sheet.getRange('B1:C1').getFormulas())).toEqual([['', '=A1*2']]);
  });

  test('setNumberFormats / getNumberFormats', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:B1').setNumberFormats([['0.00', 'yyyy/MM/dd']]));
    expect(run(() => sheet.getRange('A1:B1').getNumberFormats())).toEqual([['0.00', 'yyyy/MM/dd']]);
  });

  test('isBlank is true for an untouched range and false after a write', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange('A1:C3').isBlank())).toBe(true);
    run(() => sheet.getRange('B2').setValue(0));
    expect(run(() => sheet.getRange('A1:C3').isBlank())).toBe(false);
  });

  test('clearContent keeps formats', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setValue(5).setNumberFormat('0.00').clearContent());
    expect(
      run(() => [sheet.getRange('A1').getValue(), sheet.getRange('A1').getNumberFormat()]),
    ).toEqual(['', '0.00']);
  });

  test('clear removes contents and formats', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setValue(5).setBackground('#ff0000').clear());
    expect(
      run(() => [sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]),
    ).toEqual(['', '#ffffff']);
  });

  test('clearFormat keeps the value', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setValue(5).setFontWeight('bold').clearFormat());
    expect(
      run(() => [sheet.getRange('A1').getValue(), sheet.getRange('A1').getFontWeight()]),
    ).toEqual([5, 'normal']);
  });
});

describe('geometry', () => {
  test('offset(rowOffset, columnOffset) keeps the size', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange('A1:B2').offset(1, 2).getA1Notation())).toBe('C2:D3');
  });

  test('offset with numRows and numColumns', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange('A1').offset(0, 1, 3, 2).getA1Notation())).toBe('B1:C3');
  });

  test('offset before row 1 fails', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.getRange('A1').offset(-1, 0))).toThrow(
      'The starting row of the range is too small.',
    );
  });

  test('getCell is relative to the range', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange('B2:D4').getCell(2, 3).getA1Notation())).toBe('D3');
  });

  test('getLastRow/getLastColumn of a range are its own end', () => {
    const { run, sheet } = setup();
    const r = run(() => sheet.getRange('B2:D5'));
    expect(run(() => [r.getLastRow(), r.getLastColumn(), r.getHeight(), r.getWidth()])).toEqual([
      5, 4, 4, 3,
    ]);
  });
});

describe('formatting', () => {
  test('backgrounds default to white and are set per cell', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:B1').setBackgrounds([['#FFEEEE', null]]));
    expect(run(() => sheet.getRange('A1:B1').getBackgrounds())).toEqual([['#ffeeee', '#ffffff']]);
  });

  test('setFontWeight bold / getFontWeights', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:B1').setFontWeight('bold'));
    expect(run(() => sheet.getRange('A1:C1').getFontWeights())).toEqual([
      ['bold', 'bold', 'normal'],
    ]);
  });

  test('setWrap(true) records the WRAP strategy', () => {
    const { run, sheet, app } = setup();
    run(() => sheet.getRange('A1').setWrap(true));
    expect(run(() => sheet.getRange('A1').getWrapStrategy())).toBe(app.WrapStrategy.WRAP);
  });

  test('setWrapStrategy(CLIP) is reported back', () => {
    const { run, sheet, app } = setup();
    run(() => sheet.getRange('A1').setWrapStrategy(app.WrapStrategy.CLIP));
    expect(
      run(() => [sheet.getRange('A1').getWrapStrategy(), sheet.getRange('A1').getWrap()]),
    ).toEqual(['CLIP', false]);
  });
});

describe('ledger charges', () => {
  test('getValues charges one read with the cell count', () => {
    const { ws, run, sheet } = setup();
    run(() => sheet.getRange(1, 1, 10, 3).getValues());
    const call = ws.ledger.records.find((r) => r.method === 'Range.getValues');
    expect(call).toMatchObject({ service: 'SpreadsheetApp', kind: 'read', cells: 30 });
  });

  test('setValues charges one write with the cell count', () => {
    const { ws, run, sheet } = setup();
    run(() =>
      sheet.getRange(1, 1, 2, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    );
    const call = ws.ledger.records.find((r) => r.method === 'Range.setValues');
    expect(call).toMatchObject({ kind: 'write', cells: 4 });
  });

  test('getRange is a local handle call', () => {
    const { ws, run, sheet } = setup();
    run(() => sheet.getRange('A1'));
    expect(ws.ledger.records.find((r) => r.method === 'Sheet.getRange')).toMatchObject({
      kind: 'local',
    });
  });
});

describe('performance', () => {
  test('a 10,000 × 30 register writes and reads quickly', () => {
    const { run, sheet } = setup();
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      Array.from({ length: 30 }, (_, j) => (j === 0 ? `R-${i}` : j === 1 ? '2026/04/01' : i * j)),
    );
    const started = Date.now();
    run(() => {
      sheet.insertRowsAfter(1000, 9_000);
      sheet.getRange(1, 1, 10_000, 26).setValues(rows.map((r) => r.slice(0, 26)));
      sheet.appendRow(['last']);
      expect(sheet.getLastRow()).toBe(10_001);
      expect(sheet.getDataRange().getValues()).toHaveLength(10_001);
      sheet.getDataRange().getDisplayValues();
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('checkboxes (range#insertcheckboxes, range#check, range#ischecked)', () => {
  test('insertCheckboxes starts unchecked (FALSE)', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:A2').insertCheckboxes());
    expect(
      run(() => [sheet.getRange('A1:A2').getValues(), sheet.getRange('A1:A2').isChecked()]),
    ).toEqual([[[false], [false]], false]);
  });

  test('check sets every checkbox to checked', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:A2').insertCheckboxes().check());
    expect(run(() => sheet.getRange('A1:A2').isChecked())).toBe(true);
  });

  test('isChecked is null when checked and unchecked are mixed', () => {
    const { run, sheet } = setup();
    run(() => {
      sheet.getRange('A1:A2').insertCheckboxes();
      sheet.getRange('A1').check();
    });
    expect(run(() => sheet.getRange('A1:A2').isChecked())).toBeNull();
  });

  test('isChecked is null when a cell is not a checkbox', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').insertCheckboxes().check());
    expect(run(() => sheet.getRange('A1:B1').isChecked())).toBeNull();
  });

  test('custom checked values are written by check()', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').insertCheckboxes('済', '未').check());
    expect(run(() => sheet.getRange('A1').getValue())).toBe('済');
  });

  test('removeCheckboxes clears the validation and the value', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').insertCheckboxes().check().removeCheckboxes());
    expect(
      run(() => [sheet.getRange('A1').getValue(), sheet.getRange('A1').getDataValidation()]),
    ).toEqual(['', null]);
  });
});

test('trimWhitespace trims text cells (range#trimwhitespace)', () => {
  const { run, sheet } = setup();
  run(() =>
    sheet
      .getRange('A1:B1')
      .setValues([['  港湾   緑地 ', 5]])
      .trimWhitespace(),
  );
  expect(run(() => sheet.getRange('A1:B1').getValues())).toEqual([['港湾 緑地', 5]]);
});

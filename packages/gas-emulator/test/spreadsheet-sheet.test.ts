/**
 * Sheet. https://developers.google.com/apps-script/reference/spreadsheet/sheet
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

describe('appendRow (sheet#appendrowrowcontents)', () => {
  test('the first appendRow writes row 1 of an empty sheet', () => {
    const { run, sheet } = setup();
    run(() => sheet.appendRow(['受付番号', '件名']));
    expect(run(() => sheet.getRange('A1:B1').getValues())).toEqual([['受付番号', '件名']]);
  });

  test('appendRow writes after the last row with content, skipping nothing', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A5').setValue('x'));
    run(() => sheet.appendRow(['next']));
    expect(run(() => sheet.getRange('A6').getValue())).toBe('next');
  });

  test('appendRow counts content in any column as the last row', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('D3').setValue('x'));
    run(() => sheet.appendRow(['next']));
    expect(run(() => sheet.getLastRow())).toBe(4);
  });

  test('appendRow grows the sheet when it is full', () => {
    const { run, app } = setup();
    const small = run(() => app.create('小', 2, 3).getSheets()[0]);
    run(() => {
      small.appendRow([1]);
      small.appendRow([2]);
      small.appendRow([3]);
    });
    expect(run(() => [small.getMaxRows(), small.getRange('A3').getValue()])).toEqual([3, 3]);
  });

  test('appendRow parses strings like typed input', () => {
    const { run, sheet } = setup();
    run(() => sheet.appendRow(['0123', "'0123", '=A1']));
    expect(run(() => sheet.getRange('A1:B1').getValues())).toEqual([[123, '0123']]);
    expect(run(() => sheet.getRange('C1').getFormula())).toBe('=A1');
  });

  test('appendRow returns the sheet for chaining', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.appendRow(['a']).getName())).toBe('シート1');
  });

  test('appendRow charges one write', () => {
    const { ws, run, sheet } = setup();
    run(() => sheet.appendRow(['a', 'b', 'c']));
    expect(ws.ledger.records.filter((r) => r.method === 'Sheet.appendRow')).toEqual([
      expect.objectContaining({ kind: 'write', cells: 3 }),
    ]);
  });
});

describe('data extent', () => {
  test('getLastRow and getLastColumn are 0 on an empty sheet', () => {
    const { run, sheet } = setup();
    expect(run(() => [sheet.getLastRow(), sheet.getLastColumn()])).toEqual([0, 0]);
  });

  test('getDataRange covers A1 to the last row and column with data', () => {
    const { run, sheet } = setup();
    run(() => {
      sheet.getRange('C2').setValue(1);
      sheet.getRange('A4').setValue(2);
    });
    expect(run(() => sheet.getDataRange().getA1Notation())).toBe('A1:C4');
  });

  test('getDataRange of an empty sheet is A1', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getDataRange().getA1Notation())).toBe('A1');
  });

  test('a new sheet has 1000 rows and 26 columns', () => {
    const { run, sheet } = setup();
    expect(run(() => [sheet.getMaxRows(), sheet.getMaxColumns()])).toEqual([1000, 26]);
  });

  test('getSheetValues reads a rectangle', () => {
    const { run, sheet } = setup();
    run(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
      ]),
    );
    expect(run(() => sheet.getSheetValues(1, 2, 2, 1))).toEqual([[2], [4]]);
  });

  test('getSheetValues with -1 reads through the last row and column with data', () => {
    const { run, sheet } = setup();
    run(() =>
      sheet.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
      ]),
    );
    expect(run(() => sheet.getSheetValues(2, 1, -1, -1))).toEqual([[3, 4]]);
  });
});

describe('rows and columns', () => {
  test('insertRowsBefore moves content down and grows the sheet', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A2').setValue('x'));
    run(() => sheet.insertRowsBefore(2, 3));
    expect(run(() => [sheet.getRange('A5').getValue(), sheet.getMaxRows()])).toEqual(['x', 1003]);
  });

  test('insertRowsAfter inserts below the given row', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:A2').setValues([['a'], ['b']]));
    run(() => sheet.insertRowsAfter(1, 1));
    expect(run(() => sheet.getRange('A1:A3').getValues())).toEqual([['a'], [''], ['b']]);
  });

  test('insertRows(rowIndex) inserts one row before rowIndex', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setValue('a'));
    run(() => sheet.insertRows(1));
    expect(run(() => sheet.getRange('A2').getValue())).toBe('a');
  });

  test('deleteRow moves content up and shrinks the sheet', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]));
    run(() => sheet.deleteRow(2));
    expect(run(() => [sheet.getRange('A2').getValue(), sheet.getMaxRows()])).toEqual(['c', 999]);
  });

  test('deleteRows removes several rows', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]));
    run(() => sheet.deleteRows(2, 2));
    expect(run(() => sheet.getRange('A1:A2').getValues())).toEqual([['a'], ['d']]);
  });

  test('deleting every row is refused', () => {
    const { run, app } = setup();
    const small = run(() => app.create('小', 3, 3).getSheets()[0]);
    expect(() => run(() => small.deleteRows(1, 3))).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  test('deleting rows past the end is out of bounds', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.deleteRows(999, 5))).toThrow('Those rows are out of bounds.');
  });

  test('insertColumnsAfter and deleteColumn shift cells sideways', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:B1').setValues([['a', 'b']]));
    run(() => sheet.insertColumnsAfter(1, 2));
    expect(run(() => [sheet.getRange('D1').getValue(), sheet.getMaxColumns()])).toEqual(['b', 28]);
    run(() => sheet.deleteColumn(2));
    expect(run(() => sheet.getRange('C1').getValue())).toBe('b');
  });

  test('inserted rows carry formatting of the moved cells along', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A2').setBackground('#ff0000'));
    run(() => sheet.insertRowBefore(1));
    expect(run(() => sheet.getRange('A3').getBackground())).toBe('#ff0000');
  });
});

describe('moveColumns and moveRows (sheet#movecolumnscolumnspec,-destinationindex)', () => {
  function lettered() {
    const env = setup();
    env.run(() =>
      env.sheet.getRange('A1:F2').setValues([
        ['a', 'b', 'c', 'd', 'e', 'f'],
        [1, 2, 3, 4, 5, 6],
      ]),
    );
    return env;
  }
  const row1 = (env: ReturnType<typeof setup>) =>
    env.run(() => env.sheet.getRange('A1:F1').getValues()[0]);

  test("the reference's example: columns A–B moved to index 5 become C–D", () => {
    const env = lettered();
    env.run(() => env.sheet.moveColumns(env.sheet.getRange('A1:B1'), 5));
    expect(row1(env)).toEqual(['c', 'd', 'a', 'b', 'e', 'f']);
    expect(env.run(() => env.sheet.getRange('A2:F2').getValues()[0])).toEqual([3, 4, 1, 2, 5, 6]);
  });

  test('a column moves left before the destination; the ones it passes shift right', () => {
    const env = lettered();
    env.run(() => env.sheet.moveColumns(env.sheet.getRange('E5'), 2));
    expect(row1(env)).toEqual(['a', 'e', 'b', 'c', 'd', 'f']);
  });

  test('the spec selects whole columns whatever its rows', () => {
    const env = lettered();
    env.run(() => env.sheet.moveColumns(env.sheet.getRange('F2:F2'), 1));
    expect(row1(env)).toEqual(['f', 'a', 'b', 'c', 'd', 'e']);
  });

  test('a destination at the block itself or just after it changes nothing', () => {
    const env = lettered();
    env.run(() => env.sheet.moveColumns(env.sheet.getRange('B1:C1'), 2));
    env.run(() => env.sheet.moveColumns(env.sheet.getRange('B1:C1'), 4));
    expect(row1(env)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('formats, notes, validation, formulas and widths go with the column', () => {
    const env = lettered();
    const { run, sheet, app } = env;
    run(() => {
      sheet.getRange('B2').setBackground('#ff0000').setNote('memo').setNumberFormat('0.00');
      sheet.getRange('B3').setFormula('=A2');
      sheet
        .getRange('B4')
        .setDataValidation(app.newDataValidation().requireValueInList(['x']).build());
      sheet.setColumnWidth(2, 250);
      sheet.moveColumns(sheet.getRange('B1'), 6);
    });
    // B moved before F: it is now E.
    expect(
      run(() => [
        sheet.getRange('E1').getValue(),
        sheet.getRange('E2').getBackground(),
        sheet.getRange('E2').getNote(),
        sheet.getRange('E2').getNumberFormat(),
        sheet.getRange('E3').getFormula(),
        sheet.getRange('E4').getDataValidation() !== null,
        sheet.getColumnWidth(5),
        sheet.getColumnWidth(2),
        sheet.getRange('B2').getBackground(),
      ]),
    ).toEqual(['b', '#ff0000', 'memo', '0.00', '=A2', true, 250, 100, '#ffffff']);
  });

  test('moveRows moves rows the same way', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:A5').setValues([['1'], ['2'], ['3'], ['4'], ['5']]));
    run(() => sheet.getRange('A2').setBackground('#00ff00'));
    run(() => sheet.moveRows(sheet.getRange('A1:C2'), 5));
    expect(
      run(() =>
        sheet
          .getRange('A1:A5')
          .getValues()
          .map((r) => r[0]),
      ),
    ).toEqual([3, 4, 1, 2, 5]);
    expect(run(() => sheet.getRange('A4').getBackground())).toBe('#00ff00');
    run(() => sheet.moveRows(sheet.getRange('A5'), 1));
    expect(
      run(() =>
        sheet
          .getRange('A1:A5')
          .getValues()
          .map((r) => r[0]),
      ),
    ).toEqual([5, 3, 4, 1, 2]);
  });

  test('a protected range follows its cells', () => {
    const { run, sheet, app } = setup();
    run(() => sheet.getRange('B1:B3').protect());
    run(() => sheet.moveColumns(sheet.getRange('B1'), 5));
    expect(
      run(() => sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()),
    ).toBe('D1:D3');
  });

  test('bad arguments are refused and nothing moves', () => {
    const env = lettered();
    const { run, sheet, ss } = env;
    expect(() => run(() => sheet.moveColumns(sheet.getRange('B1:D1'), 3))).toThrow(
      /destinationIndex/,
    );
    expect(() => run(() => sheet.moveColumns(sheet.getRange('B1'), 0))).toThrow(
      'Those columns are out of bounds.',
    );
    expect(() => run(() => sheet.moveColumns(sheet.getRange('B1'), 28))).toThrow(
      'Those columns are out of bounds.',
    );
    expect(() => run(() => sheet.moveRows(sheet.getRange('A2'), 1002))).toThrow(
      'Those rows are out of bounds.',
    );
    const other = run(() => ss.insertSheet('別'));
    expect(() => run(() => sheet.moveColumns(other.getRange('A1'), 3))).toThrow(/another sheet/);
    expect(row1(env)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('a move is one write call', () => {
    const { ws, run, sheet } = lettered();
    const before = ws.ledger.executions.length;
    run(() => sheet.moveColumns(sheet.getRange('A1'), 3));
    const calls = ws.ledger.executions[before].calls.map((c: { method: string }) => c.method);
    expect(calls).toEqual(['Sheet.getRange', 'Sheet.moveColumns']);
  });
});

describe('layout', () => {
  test('frozen rows default to 0 and can be set', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getFrozenRows())).toBe(0);
    run(() => sheet.setFrozenRows(1));
    expect(run(() => sheet.getFrozenRows())).toBe(1);
  });

  test('frozen columns can be set', () => {
    const { run, sheet } = setup();
    run(() => sheet.setFrozenColumns(2));
    expect(run(() => sheet.getFrozenColumns())).toBe(2);
  });

  test('column width defaults to 100 pixels', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getColumnWidth(3))).toBe(100);
  });

  test('setColumnWidth is read back by getColumnWidth', () => {
    const { run, sheet } = setup();
    run(() => sheet.setColumnWidth(2, 240));
    expect(run(() => [sheet.getColumnWidth(2), sheet.getColumnWidth(1)])).toEqual([240, 100]);
  });

  test('setColumnWidths sets a run of columns', () => {
    const { run, sheet } = setup();
    run(() => sheet.setColumnWidths(1, 3, 50));
    expect(run(() => sheet.getColumnWidth(3))).toBe(50);
  });

  test('hideSheet / isSheetHidden / showSheet', () => {
    const { run, ss, sheet } = setup();
    run(() => ss.insertSheet('設定'));
    run(() => sheet.hideSheet());
    expect(run(() => sheet.isSheetHidden())).toBe(true);
    run(() => sheet.showSheet());
    expect(run(() => sheet.isSheetHidden())).toBe(false);
  });

  test('the only visible sheet cannot be hidden', () => {
    const { run, sheet } = setup();
    expect(() => run(() => sheet.hideSheet())).toThrow(
      "You can't hide all the sheets in a document.",
    );
  });

  test('tab colour is null until set', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getTabColor())).toBeNull();
    run(() => sheet.setTabColor('#00ff00'));
    expect(run(() => sheet.getTabColor())).toBe('#00ff00');
  });
});

describe('identity', () => {
  test('setName renames; getName reads it', () => {
    const { run, sheet } = setup();
    run(() => sheet.setName('案件台帳'));
    expect(run(() => sheet.getName())).toBe('案件台帳');
  });

  test("setName to a taken name fails with Google's message", () => {
    const { run, ss, sheet } = setup();
    run(() => ss.insertSheet('集計'));
    expect(() => run(() => sheet.setName('集計'))).toThrow(
      'A sheet with the name "集計" already exists. Please enter another name.',
    );
  });

  test('getIndex is 1-based position', () => {
    const { run, ss } = setup();
    const second = run(() => ss.insertSheet('二', 1));
    expect(run(() => second.getIndex())).toBe(2);
  });

  test('getParent returns the spreadsheet', () => {
    const { run, ss, sheet } = setup();
    expect(run(() => sheet.getParent().getId())).toBe(run(() => ss.getId()));
  });

  test('clear empties values and formats; clearContents keeps formats', () => {
    const { run, sheet } = setup();
    run(() =>
      sheet
        .getRange('A1:A2')
        .setValues([[1], [2]])
        .setNumberFormat('0.00'),
    );
    run(() => sheet.clearContents());
    expect(run(() => [sheet.getLastRow(), sheet.getRange('A1').getNumberFormat()])).toEqual([
      0,
      '0.00',
    ]);
    run(() => sheet.clear());
    expect(run(() => sheet.getRange('A1').getNumberFormat())).toBe('0.###############');
  });

  test('activate makes the sheet the active sheet', () => {
    const { run, ss, sheet } = setup();
    run(() => ss.insertSheet('二'));
    run(() => sheet.activate());
    expect(run(() => ss.getActiveSheet().getName())).toBe('シート1');
  });

  test('sort orders rows below the frozen header', () => {
    const { run, sheet } = setup();
    run(() => {
      sheet.getRange('A1:A4').setValues([['件数'], [3], [1], [2]]);
      sheet.setFrozenRows(1);
      sheet.sort(1);
    });
    expect(run(() => sheet.getRange('A1:A4').getValues())).toEqual([['件数'], [1], [2], [3]]);
  });
});

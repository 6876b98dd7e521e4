/**
 * TextFinder: find and replace.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { TEXT_FINDER_MESSAGES, createTextFinder } from '../src/services/spreadsheet/textFinder';
import { makeRange } from '../src/services/spreadsheet/range';
import { protectRange } from '../src/services/spreadsheet/protection';
import type { SheetModel, SpreadsheetModel } from '../src/services/spreadsheet/model';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/text-finder';
const OWNER = 'desk@city.example.lg.jp';
const run: ExecutionOptions = { functionName: 'test', source: 'manual', activeUser: OWNER };

function put(sheet: SheetModel, rows: Array<Array<string | number>>): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== '') sheet.cellForWrite(r + 1, c + 1).value = value;
    }),
  );
}

function setup(rows: Array<Array<string | number>>) {
  const ws = new Workspace();
  const ss: SpreadsheetModel = ws.spreadsheets.create('台帳', OWNER);
  const sheet = ss.sheets[0];
  put(sheet, rows);
  const finder = (text: string) => createTextFinder(ws, ss.id, [sheet.sheetId], null, text);
  return { ws, ss, sheet, finder };
}

const a1 = (r: GoogleAppsScript.Spreadsheet.Range | null) => (r ? r.getA1Notation() : null);

test(`findAll() returns every matching cell, row by row, left to right (${REF}#findAll())`, () => {
  const { ws, finder } = setup([
    ['公園', 'x', '公園整備'],
    ['道路', '公園'],
  ]);
  ws.run(run, () => expect(finder('公園').findAll().map(a1)).toEqual(['A1', 'C1', 'B2']));
});

test(`matching is case-insensitive by default (${REF}#matchCase(Boolean))`, () => {
  const { ws, finder } = setup([['PPP'], ['ppp']]);
  ws.run(run, () => expect(finder('ppp').findAll().map(a1)).toEqual(['A1', 'A2']));
});

test(`matchCase(true) matches the exact case (${REF}#matchCase(Boolean))`, () => {
  const { ws, finder } = setup([['PPP'], ['ppp']]);
  ws.run(run, () => expect(finder('ppp').matchCase(true).findAll().map(a1)).toEqual(['A2']));
});

test(`matchEntireCell(true) needs the whole cell to match (${REF}#matchEntireCell(Boolean))`, () => {
  const { ws, finder } = setup([['公園'], ['公園整備']]);
  ws.run(run, () => expect(finder('公園').matchEntireCell(true).findAll().map(a1)).toEqual(['A1']));
});

test(`useRegularExpression(true) treats the text as a pattern (${REF}#useRegularExpression(Boolean))`, () => {
  const { ws, finder } = setup([['R7-001'], ['R7-ABC'], ['R6-002']]);
  ws.run(run, () =>
    expect(finder('^R7-\\d+$').useRegularExpression(true).findAll().map(a1)).toEqual(['A1']),
  );
});

test(`without regular expressions, pattern characters are plain text (${REF}#useRegularExpression(Boolean))`, () => {
  const { ws, finder } = setup([['a.c'], ['abc']]);
  ws.run(run, () => expect(finder('a.c').findAll().map(a1)).toEqual(['A1']));
});

test(`ignoreDiacritics(true) matches letters regardless of accents (${REF}#ignoreDiacritics(Boolean))`, () => {
  const { ws, finder } = setup([['café'], ['cafe']]);
  ws.run(run, () => {
    expect(finder('cafe').findAll().map(a1)).toEqual(['A2']);
    expect(finder('cafe').ignoreDiacritics(true).findAll().map(a1)).toEqual(['A1', 'A2']);
  });
});

test(`numbers are searched by their displayed value (${REF})`, () => {
  const { ws, sheet, finder } = setup([]);
  sheet.cellForWrite(1, 1).value = 1234.5;
  sheet.cellForWrite(1, 1).numberFormat = '#,##0.00';
  ws.run(run, () => expect(finder('1,234.50').findAll().map(a1)).toEqual(['A1']));
});

test(`formula cells match on formula text only with matchFormulaText(true) (${REF}#matchFormulaText(Boolean))`, () => {
  const { ws, sheet, finder } = setup([]);
  const cell = sheet.cellForWrite(1, 1);
  cell.formula = '=SUM(B1:B3)';
  ws.run(run, () => {
    expect(finder('SUM').findAll()).toHaveLength(0);
    expect(finder('SUM').matchFormulaText(true).findAll().map(a1)).toEqual(['A1']);
  });
});

test(`findNext() walks the matches in order, then returns null (${REF}#findNext())`, () => {
  const { ws, finder } = setup([['a', 'a'], ['a']]);
  ws.run(run, () => {
    const f = finder('a');
    expect([f.findNext(), f.findNext(), f.findNext(), f.findNext()].map(a1)).toEqual([
      'A1',
      'B1',
      'A2',
      null,
    ]);
  });
});

test(`findPrevious() goes back from the current match (${REF}#findPrevious())`, () => {
  const { ws, finder } = setup([['a', 'a'], ['a']]);
  ws.run(run, () => {
    const f = finder('a');
    f.findNext();
    f.findNext();
    f.findNext();
    expect(a1(f.findPrevious())).toBe('B1');
    expect(a1(f.findPrevious())).toBe('A1');
    expect(f.findPrevious()).toBeNull();
  });
});

test(`getCurrentMatch() is null before a search, then the last match (${REF}#getCurrentMatch())`, () => {
  const { ws, finder } = setup([['x', 'a']]);
  ws.run(run, () => {
    const f = finder('a');
    expect(f.getCurrentMatch()).toBeNull();
    f.findNext();
    expect(a1(f.getCurrentMatch())).toBe('B1');
  });
});

test(`startFrom(range) starts searching immediately after that cell (${REF}#startFrom(Range))`, () => {
  const { ws, ss, sheet, finder } = setup([['a', 'a', 'a']]);
  ws.run(run, () => {
    const f = finder('a').startFrom(makeRange(ws, ss.id, sheet.sheetId, 1, 2, 1, 1));
    expect(a1(f.findNext())).toBe('C1');
  });
});

test(`a Range's text finder searches only that range (https://developers.google.com/apps-script/reference/spreadsheet/range#createTextFinder(String))`, () => {
  const { ws, ss, sheet } = setup([
    ['a', 'a'],
    ['a', 'a'],
  ]);
  ws.run(run, () => {
    const f = createTextFinder(
      ws,
      ss.id,
      [sheet.sheetId],
      { row: 1, column: 2, numRows: 2, numColumns: 1 },
      'a',
    );
    expect(f.findAll().map(a1)).toEqual(['B1', 'B2']);
  });
});

test(`a Spreadsheet's text finder searches every sheet in order (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createTextFinder(String))`, () => {
  const { ws, ss, sheet } = setup([['a']]);
  const second = ss.insertSheet('二');
  put(second, [['', 'a']]);
  ws.run(run, () => {
    const found = createTextFinder(ws, ss.id, [sheet.sheetId, second.sheetId], null, 'a').findAll();
    expect(found.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual([
      `${sheet.name}!A1`,
      '二!B1',
    ]);
  });
});

test(`an empty search text is refused (${REF})`, () => {
  const { ws, finder } = setup([['a']]);
  ws.run(run, () => expect(() => finder('')).toThrow(TEXT_FINDER_MESSAGES.emptyText));
});

test(`replaceAllWith(text) replaces every occurrence and returns the number of cells changed (${REF}#replaceAllWith(String))`, () => {
  const { ws, sheet, finder } = setup([['R6年度', 'R6'], ['R6 R6']]);
  ws.run(run, () => expect(finder('R6').replaceAllWith('R7')).toBe(3));
  expect(sheet.cell(1, 1)?.value).toBe('R7年度');
  expect(sheet.cell(2, 1)?.value).toBe('R7 R7');
});

test(`replacing digits in a number gives a number again, as typing would (${REF}#replaceAllWith(String))`, () => {
  const { ws, sheet, finder } = setup([[12]]);
  ws.run(run, () => finder('1').replaceAllWith('2'));
  expect(sheet.cell(1, 1)?.value).toBe(22);
});

test(`regular-expression replacements can use capture groups (${REF}#replaceAllWith(String))`, () => {
  const { ws, sheet, finder } = setup([['2025-04']]);
  ws.run(run, () => finder('(\\d{4})-(\\d{2})').useRegularExpression(true).replaceAllWith('$2/$1'));
  expect(sheet.cell(1, 1)?.value).toBe('04/2025');
});

test(`replaceWith(text) changes only the current match (${REF}#replaceWith(String))`, () => {
  const { ws, sheet, finder } = setup([['a', 'a']]);
  ws.run(run, () => {
    const f = finder('a');
    f.findNext();
    expect(f.replaceWith('b')).toBe(1);
  });
  expect(sheet.cell(1, 1)?.value).toBe('b');
  expect(sheet.cell(1, 2)?.value).toBe('a');
});

test(`replaceWith without a current match changes nothing (${REF}#replaceWith(String))`, () => {
  const { ws, finder } = setup([['a']]);
  ws.run(run, () => expect(finder('a').replaceWith('b')).toBe(0));
});

test(`replacing inside a protected range the user may not edit throws the protection error (https://developers.google.com/apps-script/reference/spreadsheet/protection)`, () => {
  const { ws, ss, sheet, finder } = setup([['a']]);
  ss.editors.add('partner@company.example.co.jp');
  ws.run(run, () =>
    protectRange(ws, ss.id, sheet.sheetId, 1, 1, 1, 1).removeEditor(
      'partner@company.example.co.jp',
    ),
  );
  ws.run({ ...run, activeUser: 'partner@company.example.co.jp' }, () =>
    expect(() => finder('a').replaceAllWith('b')).toThrow(/protected cell/),
  );
});

test('searching charges a read with the number of cells scanned (emulator latency model)', () => {
  const { ws, finder } = setup([['x', 'x', 'a']]);
  ws.run(run, () => finder('a').findNext());
  const record = ws.ledger.records.find((r) => r.method === 'TextFinder.findNext');
  expect(record).toMatchObject({ kind: 'read', cells: 3 });
});

test('walking all matches of a 10,000 x 30 sheet with findNext() is fast (one pass)', () => {
  const ws = new Workspace();
  const ss = ws.spreadsheets.create('big', OWNER);
  const sheet = ss.sheets[0];
  sheet.maxRows = 10_000;
  sheet.maxColumns = 30;
  for (let r = 1; r <= 10_000; r++) {
    for (let c = 1; c <= 30; c++)
      sheet.cellForWrite(r, c).value = c === 30 && r % 100 === 0 ? 'needle' : `v${r}-${c}`;
  }
  const started = Date.now();
  let count = 0;
  ws.run({ ...run, source: 'test' }, () => {
    const f = createTextFinder(ws, ss.id, [sheet.sheetId], null, 'needle');
    while (f.findNext()) count += 1;
  });
  expect(count).toBe(100);
  expect(Date.now() - started).toBeLessThan(3000);
});

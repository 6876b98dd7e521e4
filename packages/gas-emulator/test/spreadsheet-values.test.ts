/**
 * What values written to cells become, and how cells are shown.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalue
 * https://developers.google.com/sheets/api/guides/formats
 */
import { Workspace } from '../src/workspace';
import { createSpreadsheetApp } from '../src/services/spreadsheet/app';
import { displayValue, parseUserInput } from '../src/services/spreadsheet/values';
import type { Cell } from '../src/services/spreadsheet/model';

const DESK = 'desk@city.example.lg.jp';
const TOKYO = 'Asia/Tokyo';

function setup() {
  const ws = new Workspace({ timeZone: TOKYO });
  const app = createSpreadsheetApp(ws);
  const run = <T>(body: () => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK }, body);
  const sheet = run(() => app.create('台帳').getSheets()[0]);
  return { ws, app, run, sheet };
}

const cell = (value: Cell['value'], numberFormat = ''): Cell => ({
  value,
  formula: '',
  numberFormat,
});

describe('parseUserInput (typed input, range#setvaluevalue)', () => {
  // "If a value begins with =, it's interpreted as a formula"
  test('a string starting with = is a formula', () => {
    expect(parseUserInput('=SUM(A1:A2)', 'ja_JP', TOKYO)).toEqual({
      value: '',
      formula: '=SUM(A1:A2)',
    });
  });

  test('a leading apostrophe forces text and is not stored', () => {
    expect(parseUserInput("'0123", 'ja_JP', TOKYO)).toEqual({ value: '0123', formula: '' });
  });

  test('an apostrophe also keeps a leading = as text', () => {
    expect(parseUserInput("'=1+1", 'ja_JP', TOKYO)).toEqual({ value: '=1+1', formula: '' });
  });

  test('numeric strings become numbers, leading zeros dropped', () => {
    expect(parseUserInput('0123', 'ja_JP', TOKYO).value).toBe(123);
  });

  test('grouped numbers become numbers', () => {
    expect(parseUserInput('1,234', 'ja_JP', TOKYO).value).toBe(1234);
  });

  test('decimals and negatives become numbers', () => {
    expect(parseUserInput('-12.5', 'ja_JP', TOKYO).value).toBe(-12.5);
  });

  test('percentages become fractions', () => {
    expect(parseUserInput('50%', 'ja_JP', TOKYO).value).toBe(0.5);
  });

  test('TRUE and FALSE in any case become booleans', () => {
    expect(parseUserInput('true', 'ja_JP', TOKYO).value).toBe(true);
    expect(parseUserInput('False', 'ja_JP', TOKYO).value).toBe(false);
  });

  test('ja_JP yyyy/MM/dd becomes a date at midnight Tokyo', () => {
    const value = parseUserInput('2026/11/26', 'ja_JP', TOKYO).value as Date;
    expect(value.toISOString()).toBe('2026-11-25T15:00:00.000Z');
  });

  test('ISO yyyy-MM-dd with H:mm becomes a date and time', () => {
    const value = parseUserInput('2026-11-26 9:05', 'ja_JP', TOKYO).value as Date;
    expect(value.toISOString()).toBe('2026-11-26T00:05:00.000Z');
  });

  test('yyyy/MM/dd H:mm:ss keeps seconds', () => {
    const value = parseUserInput('2026/11/26 18:30:15', 'ja_JP', TOKYO).value as Date;
    expect(value.toISOString()).toBe('2026-11-26T09:30:15.000Z');
  });

  test('an impossible date stays text', () => {
    expect(parseUserInput('2026/02/30', 'ja_JP', TOKYO).value).toBe('2026/02/30');
  });

  test('en_US reads M/d/yyyy', () => {
    const value = parseUserInput('11/26/2026', 'en_US', 'America/New_York').value as Date;
    expect(value.toISOString()).toBe('2026-11-26T05:00:00.000Z');
  });

  test('ordinary text stays text', () => {
    expect(parseUserInput('港湾緑地の活用提案', 'ja_JP', TOKYO).value).toBe('港湾緑地の活用提案');
  });

  test('phone-number-like text with hyphens stays text', () => {
    expect(parseUserInput('03-1234-5678', 'ja_JP', TOKYO).value).toBe('03-1234-5678');
  });

  test('more than 50,000 characters is refused', () => {
    expect(() => parseUserInput('x'.repeat(50_001), 'ja_JP', TOKYO)).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  test('exactly 50,000 characters is accepted', () => {
    expect(parseUserInput('x'.repeat(50_000), 'ja_JP', TOKYO).value).toHaveLength(50_000);
  });
});

describe('displayValue (range#getdisplayvalue)', () => {
  test('empty cells show nothing', () => {
    expect(displayValue(cell(''), 'ja_JP', TOKYO)).toBe('');
  });

  test('booleans show TRUE/FALSE', () => {
    expect(displayValue(cell(true), 'ja_JP', TOKYO)).toBe('TRUE');
    expect(displayValue(cell(false), 'ja_JP', TOKYO)).toBe('FALSE');
  });

  test('numbers show without grouping by default', () => {
    expect(displayValue(cell(1234.5), 'ja_JP', TOKYO)).toBe('1234.5');
  });

  test('integers show without decimals', () => {
    expect(displayValue(cell(42), 'ja_JP', TOKYO)).toBe('42');
  });

  test('a date at midnight shows yyyy/MM/dd in ja_JP', () => {
    expect(displayValue(cell(new Date('2026-11-26T00:00:00+09:00')), 'ja_JP', TOKYO)).toBe(
      '2026/11/26',
    );
  });

  test('a date with a time shows yyyy/MM/dd H:mm:ss in ja_JP', () => {
    expect(displayValue(cell(new Date('2026-11-26T09:05:07+09:00')), 'ja_JP', TOKYO)).toBe(
      '2026/11/26 9:05:07',
    );
  });

  test('dates are shown in the spreadsheet time zone, not UTC', () => {
    // 2026-11-26 15:00 UTC is already midnight of the 27th in Tokyo.
    expect(displayValue(cell(new Date('2026-11-26T15:00:00Z')), 'ja_JP', TOKYO)).toBe('2026/11/27');
  });

  test("format '0' rounds to an integer", () => {
    expect(displayValue(cell(2.5, '0'), 'ja_JP', TOKYO)).toBe('3');
  });

  test("format '0.00' shows two decimals", () => {
    expect(displayValue(cell(3.14159, '0.00'), 'ja_JP', TOKYO)).toBe('3.14');
  });

  test("format '#,##0' groups thousands", () => {
    expect(displayValue(cell(1234567, '#,##0'), 'ja_JP', TOKYO)).toBe('1,234,567');
  });

  test("format '#,##0.00' groups and keeps two decimals", () => {
    expect(displayValue(cell(-1234.5, '#,##0.00'), 'ja_JP', TOKYO)).toBe('-1,234.50');
  });

  test("format '0%' multiplies by 100", () => {
    expect(displayValue(cell(0.256, '0%'), 'ja_JP', TOKYO)).toBe('26%');
  });

  test('quoted literal suffixes are shown', () => {
    expect(displayValue(cell(1500000, '#,##0"円"'), 'ja_JP', TOKYO)).toBe('1,500,000円');
  });

  test("format 'yyyy-MM-dd'", () => {
    expect(
      displayValue(cell(new Date('2026-04-01T00:00:00+09:00'), 'yyyy-MM-dd'), 'ja_JP', TOKYO),
    ).toBe('2026-04-01');
  });

  test('format yyyy"年"M"月"d"日"', () => {
    expect(
      displayValue(
        cell(new Date('2026-04-01T00:00:00+09:00'), 'yyyy"年"M"月"d"日"'),
        'ja_JP',
        TOKYO,
      ),
    ).toBe('2026年4月1日');
  });

  test("format 'H:mm' shows minutes, not months", () => {
    expect(displayValue(cell(new Date('2026-04-01T09:05:00+09:00'), 'H:mm'), 'ja_JP', TOKYO)).toBe(
      '9:05',
    );
  });

  test("format 'yyyy/MM/dd HH:mm:ss'", () => {
    expect(
      displayValue(
        cell(new Date('2026-04-01T09:05:03+09:00'), 'yyyy/MM/dd HH:mm:ss'),
        'ja_JP',
        TOKYO,
      ),
    ).toBe('2026/04/01 09:05:03');
  });

  test('a number under a date format is read as a serial date', () => {
    expect(displayValue(cell(46023, 'yyyy/MM/dd'), 'ja_JP', TOKYO)).toBe('2026/01/01');
  });

  test("'@' shows numbers as they are", () => {
    expect(displayValue(cell(12, '@'), 'ja_JP', TOKYO)).toBe('12');
  });
});

describe('writing through Range (range#setvaluevalue)', () => {
  test('JS numbers, booleans and Dates are stored as such', () => {
    const { run, sheet } = setup();
    const date = new Date('2026-04-01T10:00:00+09:00');
    run(() => sheet.getRange('A1:C1').setValues([[1.5, false, date]]));
    const values = run(() => sheet.getRange('A1:C1').getValues()[0]);
    expect(values[0]).toBe(1.5);
    expect(values[1]).toBe(false);
    expect((values[2] as Date).getTime()).toBe(date.getTime());
  });

  test('getValues returns Date objects for typed date strings', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setValue('2026/11/26'));
    expect(run(() => sheet.getRange('A1').getValue())).toBeInstanceOf(Date);
  });

  test('null and undefined store empty cells', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1:B1').setValues([[null, undefined]]));
    expect(run(() => sheet.getRange('A1:B1').getValues())).toEqual([['', '']]);
  });

  test('a cell formatted @ keeps a numeric string as text', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setNumberFormat('@').setValue('0123'));
    expect(run(() => sheet.getRange('A1').getValue())).toBe('0123');
  });

  test('a cell formatted @ keeps a leading = as text, not a formula', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setNumberFormat('@').setValue('=1+1'));
    expect(run(() => sheet.getRange('A1').getFormula())).toBe('');
    expect(run(() => sheet.getRange('A1').getValue())).toBe('=1+1');
  });

  test('a formula is stored; getValue returns "" because the emulator does not calculate', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setValue('=TODAY()'));
    expect(run(() => sheet.getRange('A1').getFormula())).toBe('=TODAY()');
    expect(run(() => sheet.getRange('A1').getValue())).toBe('');
  });

  test('the returned Date is a copy: mutating it leaves the cell alone', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setValue(new Date('2026-04-01T00:00:00+09:00')));
    const first = run(() => sheet.getRange('A1').getValue()) as Date;
    first.setFullYear(1999);
    expect((run(() => sheet.getRange('A1').getValue()) as Date).getFullYear()).not.toBe(1999);
  });

  test('typing 50% sets a percent format', () => {
    const { run, sheet } = setup();
    run(() => sheet.getRange('A1').setValue('50%'));
    expect(run(() => sheet.getRange('A1').getDisplayValue())).toBe('50%');
  });

  test('getNumberFormat of an unformatted cell is the automatic format', () => {
    const { run, sheet } = setup();
    expect(run(() => sheet.getRange('A1').getNumberFormat())).toBe('0.###############');
  });
});

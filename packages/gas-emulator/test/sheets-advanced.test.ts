/**
 * The advanced Sheets service: Sheets.Spreadsheets.Values.get and batchGet.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values#ValueRange
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption
 * https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption
 * https://developers.google.com/sheets/api/reference/rest/v4/Dimension
 * https://developers.google.com/workspace/sheets/api/guides/concepts#cell (A1 notation)
 * https://developers.google.com/apps-script/guides/services/advanced (enabling, signatures)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as vm from 'vm';
import { Workspace } from '../src/workspace';
import { createGlobals, type AdvancedServiceEntry } from '../src/globals';
import { AddonHost, enabledAdvancedServices } from '../src/host';
import { writeCellValue } from '../src/services/spreadsheet/values';
import type { SheetModel, SpreadsheetModel } from '../src/services/spreadsheet/model';
import { CALL_LATENCY, FLUSH_MS, PER_CELL_MS } from '../src/core/latency';
import { FAULT_MESSAGES, type ExecutionSource } from '../src/core/execution';

const OWNER = 'renkei@city.example.lg.jp';
const STRANGER = 'someone@other.example.com';
const START = '2026-04-01T09:00:00+09:00';
const SHEETS: AdvancedServiceEntry = { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' };
const REGISTER = '案件台帳';

type SheetsService = GoogleAppsScript.Sheets;
type AppsScriptError = Error & { details?: { code: number; message: string; errors: unknown[] } };

interface Desk {
  ws: Workspace;
  model: SpreadsheetModel;
  register: SheetModel;
  first: SheetModel;
  Sheets: SheetsService;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  run: <T>(body: () => T, source?: ExecutionSource, user?: string) => T;
}

/** Stores rows from (row, column) as committed content (no execution runs). */
function put(model: SpreadsheetModel, sheet: SheetModel, row: number, rows: unknown[][]): void {
  rows.forEach((values, i) =>
    values.forEach((value, j) => {
      if (value === undefined) return;
      writeCellValue(sheet.cellForWrite(row + i, 1 + j), value, model.locale, model.timeZone);
    }),
  );
}

/** A spreadsheet with シート1 (1000 x 26) and 案件台帳 (10001 x 11), the service enabled. */
function desk(): Desk {
  const ws = new Workspace({ now: START, user: OWNER });
  const model = ws.spreadsheets.create('公民連携デスク', OWNER);
  const register = model.insertSheet(REGISTER, 1, 10001, 11);
  const globals = createGlobals(ws, { advancedServices: [SHEETS] });
  const run = <T>(body: () => T, source: ExecutionSource = 'manual', user = OWNER): T =>
    ws.run({ functionName: 'test', source, activeUser: user, containerId: model.id }, body);
  return {
    ws,
    model,
    register,
    first: model.sheets[0],
    Sheets: globals.Sheets as SheetsService,
    SpreadsheetApp: globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    run,
  };
}

/** What the call throws (it must throw). */
function thrown(body: () => unknown): AppsScriptError {
  try {
    body();
  } catch (error) {
    return error as AppsScriptError;
  }
  throw new Error('expected the call to throw');
}

const jst = (text: string) => new Date(`${text}+09:00`);

describe("the add-on's call: batchGet with ranges, UNFORMATTED_VALUE, SERIAL_NUMBER, ROWS", () => {
  test('returns the rows of each range in request order, typed and trimmed', () => {
    const d = desk();
    put(d.model, d.register, 1, [
      ['案件番号', '受付日', '件名', '金額', '完了'],
      ['R8-001', jst('2026-04-01T00:00:00'), '公園の活用', 1200000, false],
      ['R8-002', jst('2026-04-02T00:00:00'), '空き家', '', true],
    ]);
    put(d.model, d.first, 1, [['設定', '値']]);
    const response = d.run(() =>
      d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, {
        ranges: [`'${REGISTER}'!A2:K`, 'シート1!A:B'],
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
        majorDimension: 'ROWS',
      }),
    );
    expect(response).toEqual({
      spreadsheetId: d.model.id,
      valueRanges: [
        {
          range: `'${REGISTER}'!A2:K10001`,
          majorDimension: 'ROWS',
          values: [
            ['R8-001', 46113, '公園の活用', 1200000, false],
            ['R8-002', 46114, '空き家', '', true],
          ],
        },
        { range: "'シート1'!A1:B1000", majorDimension: 'ROWS', values: [['設定', '値']] },
      ],
    });
  });

  test('is one service call in the ledger, charged as an API request plus its cells', () => {
    const d = desk();
    put(d.model, d.register, 2, [['a', 'b', 'c']]);
    const execution = d.run(() => {
      d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, {
        ranges: [`'${REGISTER}'!A2:K`, `'${REGISTER}'!A2:A`],
        valueRenderOption: 'UNFORMATTED_VALUE',
      });
      return d.ws.current!;
    });
    expect(execution.calls).toEqual([
      {
        executionId: execution.id,
        service: 'Sheets',
        method: 'Spreadsheets.Values.batchGet',
        kind: 'api',
        cells: 4,
        ms: CALL_LATENCY.api.ms + 4 * PER_CELL_MS.ms,
      },
    ]);
  });
});

describe('shapes (ValueRange, BatchGetValuesResponse)', () => {
  test('get returns a ValueRange; majorDimension defaults to ROWS, values to FORMATTED_VALUE', () => {
    const d = desk();
    put(d.model, d.first, 1, [[1234.5, true]]);
    const valueRange = d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:B2'));
    expect(valueRange).toEqual({
      range: "'シート1'!A1:B2",
      majorDimension: 'ROWS',
      values: [['1234.5', 'TRUE']],
    });
  });

  test('values is left out when the range holds nothing', () => {
    const d = desk();
    const valueRange = d.run(() =>
      d.Sheets.Spreadsheets!.Values!.get(d.model.id, `'${REGISTER}'!A2:K`),
    );
    expect(valueRange).toEqual({ range: `'${REGISTER}'!A2:K10001`, majorDimension: 'ROWS' });
    expect('values' in valueRange).toBe(false);
  });

  test('batchGet keeps the order of the requested ranges, the same range twice included', () => {
    const d = desk();
    put(d.model, d.first, 1, [['x'], ['y']]);
    const response = d.run(() =>
      d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, { ranges: ['A2', 'A1', 'A2'] }),
    );
    expect(response.valueRanges!.map((vr) => vr.values)).toEqual([[['y']], [['x']], [['y']]]);
  });

  test('batchGet takes a single range as a string', () => {
    const d = desk();
    put(d.model, d.first, 1, [['x']]);
    const response = d.run(() =>
      d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, { ranges: 'A1' }),
    );
    expect(response.valueRanges).toEqual([
      { range: "'シート1'!A1", majorDimension: 'ROWS', values: [['x']] },
    ]);
  });

  test('batchGet without ranges returns the spreadsheet id only', () => {
    const d = desk();
    const response = d.run(() => d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id));
    expect(response).toEqual({ spreadsheetId: d.model.id });
  });

  test('the result crosses into the script as plain data (JSON)', () => {
    const ws = new Workspace({ now: START, user: OWNER });
    const model = ws.spreadsheets.create('Desk', OWNER, 'en_US');
    put(model, model.sheets[0], 1, [['a', 1]]);
    const context = vm.createContext(createGlobals(ws, { advancedServices: [SHEETS] }));
    const json = ws.run({ functionName: 'test', source: 'manual', activeUser: OWNER }, () =>
      vm.runInContext(
        `JSON.stringify(Sheets.Spreadsheets.Values.get(${JSON.stringify(model.id)}, 'Sheet1!A1:B1', { valueRenderOption: 'UNFORMATTED_VALUE' }))`,
        context,
      ),
    );
    expect(JSON.parse(json as string)).toEqual({
      range: 'Sheet1!A1:B1',
      majorDimension: 'ROWS',
      values: [['a', 1]],
    });
  });
});

describe('ranges (A1 notation) and the range reported back', () => {
  const get = (d: Desk, range: string) =>
    d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, range).range);

  test('an open-ended range runs to the last row of the grid ("Sheet1!A5:A")', () => {
    expect(get(desk(), `'${REGISTER}'!A2:K`)).toBe(`'${REGISTER}'!A2:K10001`);
  });

  test('whole columns cover every row of the grid ("Sheet1!A:A")', () => {
    expect(get(desk(), `'${REGISTER}'!A:C`)).toBe(`'${REGISTER}'!A1:C10001`);
  });

  test('whole rows cover every column of the grid ("Sheet1!1:2")', () => {
    expect(get(desk(), `'${REGISTER}'!2:3`)).toBe(`'${REGISTER}'!A2:K3`);
  });

  test('a sheet name alone is every cell of the sheet ("Sheet1")', () => {
    expect(get(desk(), REGISTER)).toBe(`'${REGISTER}'!A1:K10001`);
    expect(get(desk(), `'${REGISTER}'`)).toBe(`'${REGISTER}'!A1:K10001`);
  });

  test('without a sheet name the range is on the first visible sheet ("A1:B2")', () => {
    const d = desk();
    d.first.hidden = true;
    expect(get(d, 'A1:B2')).toBe(`'${REGISTER}'!A1:B2`);
  });

  test("'A1' names a sheet, A1 unquoted is the cell", () => {
    const d = desk();
    d.model.insertSheet('A1', 2, 10, 3);
    expect(get(d, "'A1'")).toBe("'A1'!A1:C10");
    expect(get(d, 'A1')).toBe("'シート1'!A1");
  });

  test('plain ASCII names are not quoted; names with spaces, quotes or non-ASCII are', () => {
    const d = desk();
    d.model.insertSheet('Sheet1', 2);
    d.model.insertSheet("Jon's Data", 3);
    expect(get(d, 'Sheet1!A1:B2')).toBe('Sheet1!A1:B2');
    expect(get(d, "'Jon''s Data'!A1:D5")).toBe("'Jon''s Data'!A1:D5");
  });

  test('an unquoted name with a space is accepted (the quickstart reads "Class Data!A2:E")', () => {
    const d = desk();
    d.model.insertSheet('Class Data', 2);
    expect(get(d, 'Class Data!A2:E')).toBe("'Class Data'!A2:E1000");
  });

  test('one cell is reported as a cell, corners in any order, $ anchors allowed', () => {
    const d = desk();
    expect(get(d, 'シート1!A1:A1')).toBe("'シート1'!A1");
    expect(get(d, 'シート1!B2:A1')).toBe("'シート1'!A1:B2");
    expect(get(d, 'シート1!$A$1:$B$2')).toBe("'シート1'!A1:B2");
  });

  test('an end past the grid is clamped to it', () => {
    expect(get(desk(), 'シート1!A1:AB5')).toBe("'シート1'!A1:Z5");
    expect(get(desk(), 'シート1!A999:B2000')).toBe("'シート1'!A999:B1000");
  });

  test('a start past the grid is refused with the grid limits', () => {
    const d = desk();
    const error = thrown(() => get(d, 'シート1!A1001:B1002'));
    expect(error.message).toBe(
      "API call to sheets.spreadsheets.values.get failed with error: Range ('シート1'!A1001:B1002) exceeds grid limits. Max rows: 1000, max columns: 26",
    );
    expect(error.details?.code).toBe(400);
  });
});

describe('trimming ("empty trailing rows and columns will not be included")', () => {
  test('trailing empty cells and rows go; empty cells before a value are ""; an empty row is []', () => {
    const d = desk();
    put(d.model, d.first, 1, [
      ['a', undefined, 'c', undefined],
      [],
      [undefined, 'b'],
      [undefined, undefined, undefined],
    ]);
    d.first.cellForWrite(4, 3); // an empty cell object (formats only) counts as empty
    d.first.cellForWrite(6, 6);
    const valueRange = d.run(() =>
      d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'シート1!A1:F10'),
    );
    expect(valueRange.values).toEqual([['a', '', 'c'], [], ['', 'b']]);
  });

  test('cells outside the requested range are not read', () => {
    const d = desk();
    put(d.model, d.first, 1, [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    const valueRange = d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'B2:B9'));
    expect(valueRange.values).toEqual([['e']]);
  });

  test('a value of "" counts as empty', () => {
    const d = desk();
    put(d.model, d.first, 1, [['a', '']]);
    const valueRange = d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:B1'));
    expect(valueRange.values).toEqual([['a']]);
  });
});

describe('majorDimension (Dimension)', () => {
  // "if the spreadsheet data is: A1=1,B1=2,A2=3,B2=4, then requesting range=A1:B2,
  // majorDimension=ROWS will return [[1,2],[3,4]], whereas requesting range=A1:B2,
  // majorDimension=COLUMNS will return [[1,3],[2,4]]"
  test('the reference example', () => {
    const d = desk();
    put(d.model, d.first, 1, [
      [1, 2],
      [3, 4],
    ]);
    const read = (majorDimension: string) =>
      d.run(() =>
        d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:B2', {
          majorDimension,
          valueRenderOption: 'UNFORMATTED_VALUE',
        }),
      );
    expect(read('ROWS')).toEqual({
      range: "'シート1'!A1:B2",
      majorDimension: 'ROWS',
      values: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(read('COLUMNS')).toEqual({
      range: "'シート1'!A1:B2",
      majorDimension: 'COLUMNS',
      values: [
        [1, 3],
        [2, 4],
      ],
    });
  });

  test('COLUMNS trims each column and the trailing empty columns', () => {
    const d = desk();
    put(d.model, d.first, 1, [['a', undefined, 'c'], [undefined, undefined, 'd'], ['e']]);
    const valueRange = d.run(() =>
      d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:E9', { majorDimension: 'COLUMNS' }),
    );
    expect(valueRange.values).toEqual([['a', '', 'e'], [], ['c', 'd']]);
  });

  test('batchGet applies it to every range', () => {
    const d = desk();
    put(d.model, d.first, 1, [['a', 'b']]);
    const response = d.run(() =>
      d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, {
        ranges: ['A1:B1', 'A1:A1'],
        majorDimension: 'COLUMNS',
      }),
    );
    expect(response.valueRanges!.map((vr) => [vr.majorDimension, vr.values])).toEqual([
      ['COLUMNS', [['a'], ['b']]],
      ['COLUMNS', [['a']]],
    ]);
  });
});

describe('valueRenderOption (ValueRenderOption)', () => {
  function formatted(): Desk {
    const d = desk();
    put(d.model, d.first, 1, [[1234567.891, 0.25, true, 'text', jst('2026-04-01T09:30:00')]]);
    d.first.cell(1, 1)!.numberFormat = '#,##0.00';
    d.first.cell(1, 2)!.numberFormat = '0%';
    d.first.cellForWrite(2, 1).formula = '=SUM(A1:B1)';
    d.first.cellForWrite(2, 2).formula = '=TODAY()';
    d.first.cell(2, 2)!.value = 12;
    return d;
  }
  const read = (d: Desk, valueRenderOption?: string) =>
    d.run(() =>
      valueRenderOption
        ? d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:E2', { valueRenderOption })
        : d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:E2'),
    ).values;

  test('FORMATTED_VALUE (the default) is what Range.getDisplayValues() shows', () => {
    const d = formatted();
    const display = d.run(() =>
      d.SpreadsheetApp.openById(d.model.id).getSheets()[0].getRange('A1:E2').getDisplayValues(),
    );
    expect(display[0]).toEqual(['1,234,567.89', '25%', 'TRUE', 'text', '2026/04/01 9:30:00']);
    expect(read(d)).toEqual([display[0], ['', '12']]);
    expect(read(d, 'FORMATTED_VALUE')).toEqual([display[0], ['', '12']]);
  });

  test('UNFORMATTED_VALUE gives numbers, booleans and strings as they are', () => {
    expect(read(formatted(), 'UNFORMATTED_VALUE')).toEqual([
      [1234567.891, 0.25, true, 'text', 46113 + 9.5 / 24],
      ['', 12],
    ]);
  });

  test('FORMULA gives the formula where there is one, else the unformatted value', () => {
    expect(read(formatted(), 'FORMULA')).toEqual([
      [1234567.891, 0.25, true, 'text', 46113 + 9.5 / 24],
      ['=SUM(A1:B1)', '=TODAY()'],
    ]);
  });
});

describe('dateTimeRenderOption (DateTimeRenderOption), the spreadsheet in Asia/Tokyo', () => {
  function dates(): Desk {
    const d = desk();
    put(d.model, d.first, 1, [
      [jst('2026-04-01T00:00:00'), jst('2026-04-01T18:00:00'), '9:00', 46113],
    ]);
    d.first.cell(1, 2)!.numberFormat = 'yyyy年M月d日 H時';
    d.first.cell(1, 4)!.numberFormat = 'yyyy-MM-dd';
    return d;
  }
  const read = (d: Desk, options: object) =>
    d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:D1', options)).values![0];

  // "The whole number portion of the value (left of the decimal) counts the days since December
  // 30th 1899. The fractional portion (right of the decimal) counts the time as a fraction of the day."
  test('SERIAL_NUMBER (the default): days since 1899-12-30 on the Tokyo wall clock', () => {
    const d = dates();
    expect(read(d, { valueRenderOption: 'UNFORMATTED_VALUE' })).toEqual([
      46113, // 2026-04-01 00:00 JST (in UTC still 31 March)
      46113.75, // 18:00 JST
      0.375, // a time alone is a time of 1899-12-30
      46113, // a number formatted as a date stays the number
    ]);
    expect(
      read(d, { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' }),
    ).toEqual([46113, 46113.75, 0.375, 46113]);
  });

  test('the serial follows the spreadsheet time zone', () => {
    const d = dates();
    d.model.timeZone = 'UTC';
    expect(read(d, { valueRenderOption: 'UNFORMATTED_VALUE' })[0]).toBe(46112.625);
  });

  // "Instructs date, time, datetime, and duration fields to be output as strings in their given
  // number format (which depends on the spreadsheet locale)."
  test('FORMATTED_STRING: dates and times in their number format, numbers untouched', () => {
    const d = dates();
    put(d.model, d.first, 1, [[undefined, undefined, undefined, undefined, 7]]);
    expect(
      d.run(() =>
        d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:E1', {
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption: 'FORMATTED_STRING',
        }),
      ).values![0],
    ).toEqual(['2026/04/01', '2026年4月1日 18時', '9:00:00', '2026-04-01', 7]);
  });

  // "This is ignored if valueRenderOption is FORMATTED_VALUE."
  test('ignored with FORMATTED_VALUE', () => {
    const d = dates();
    const options = { valueRenderOption: 'FORMATTED_VALUE' };
    expect(read(d, { ...options, dateTimeRenderOption: 'SERIAL_NUMBER' })).toEqual(
      read(d, { ...options, dateTimeRenderOption: 'FORMATTED_STRING' }),
    );
    expect(read(d, options)[0]).toBe('2026/04/01');
  });

  test('with FORMULA, a date without a formula is a serial number', () => {
    expect(read(dates(), { valueRenderOption: 'FORMULA' })[0]).toBe(46113);
  });
});

describe('errors (GoogleJsonResponseException)', () => {
  test('an unknown spreadsheet id: "Requested entity was not found." (404)', () => {
    const d = desk();
    const error = thrown(() =>
      d.run(() => d.Sheets.Spreadsheets!.Values!.batchGet('nope', { ranges: ['A1'] })),
    );
    expect(error.name).toBe('GoogleJsonResponseException');
    expect(error.message).toBe(
      'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
    );
    expect(error.details).toEqual({
      code: 404,
      message: 'Requested entity was not found.',
      errors: [
        { message: 'Requested entity was not found.', domain: 'global', reason: 'notFound' },
      ],
    });
  });

  test('a range on a sheet that does not exist: "Unable to parse range" with the request text', () => {
    const d = desk();
    const error = thrown(() =>
      d.run(() =>
        d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, { ranges: ['A1', "'Nope'!A1"] }),
      ),
    );
    expect(error.message).toBe(
      "API call to sheets.spreadsheets.values.batchGet failed with error: Unable to parse range: 'Nope'!A1",
    );
    expect(error.details?.code).toBe(400);
  });

  test.each(['Sheet1!', 'シート1!A1:B2:C3', 'シート1!1A', 'シート1!A', 'シート1!A0', 'R1C1:R2C2'])(
    '%s cannot be parsed',
    (range) => {
      const d = desk();
      const error = thrown(() =>
        d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, range)),
      );
      expect(error.message).toBe(
        `API call to sheets.spreadsheets.values.get failed with error: Unable to parse range: ${range}`,
      );
    },
  );

  test('an enum value the API does not define', () => {
    const d = desk();
    const error = thrown(() =>
      d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1', { majorDimension: 'ROW' })),
    );
    expect(error.message).toBe(
      `API call to sheets.spreadsheets.values.get failed with error: Invalid value at 'major_dimension' (type.googleapis.com/google.apps.sheets.v4.Dimension), "ROW"`,
    );
    const render = thrown(() =>
      d.run(() =>
        d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1', { valueRenderOption: 'RAW' }),
      ),
    );
    expect(render.message).toContain(
      `Invalid value at 'value_render_option' (type.googleapis.com/google.apps.sheets.v4.ValueRenderOption), "RAW"`,
    );
    const dates = thrown(() =>
      d.run(() =>
        d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1', { dateTimeRenderOption: 'ISO' }),
      ),
    );
    expect(dates.message).toContain(`'date_time_render_option'`);
  });

  test('an optional argument the method does not have (a misspelt name) is refused', () => {
    const d = desk();
    const error = thrown(() =>
      d.run(() => d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, { range: ['A1'] })),
    );
    expect(error.message).toBe(
      `API call to sheets.spreadsheets.values.batchGet failed with error: Invalid JSON payload received. Unknown name "range": Cannot bind query parameter. Field 'range' could not be found in request message.`,
    );
  });

  test('standard parameters the emulator does not model fail loudly', () => {
    const d = desk();
    expect(() =>
      d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1', { fields: 'values' })),
    ).toThrow('Emulator: the optional argument "fields" is not emulated');
  });

  test('the wrong number of arguments is refused before any request', () => {
    const d = desk();
    const values = d.Sheets.Spreadsheets!.Values! as unknown as {
      get(...args: unknown[]): unknown;
      batchGet(...args: unknown[]): unknown;
    };
    expect(() => d.run(() => values.get(d.model.id))).toThrow(
      'Invalid number of arguments provided. Expected 2-3 only',
    );
    expect(() => d.run(() => values.batchGet())).toThrow(
      'Invalid number of arguments provided. Expected 1-2 only',
    );
  });
});

describe('access: the request runs as the effective user', () => {
  test('a user the spreadsheet is not shared with: "The caller does not have permission" (403)', () => {
    const d = desk();
    const error = thrown(() =>
      d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1'), 'manual', STRANGER),
    );
    expect(error.message).toBe(
      'API call to sheets.spreadsheets.values.get failed with error: The caller does not have permission',
    );
    expect(error.details?.code).toBe(403);
  });

  test('editors and viewers may read, as SpreadsheetApp.openById lets them', () => {
    const d = desk();
    put(d.model, d.first, 1, [['x']]);
    d.model.viewers.add(STRANGER);
    expect(
      d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1').values, 'manual', STRANGER),
    ).toEqual([['x']]);
  });

  test('an installable trigger reads with its owner', () => {
    const d = desk();
    const read = () =>
      d.ws.run(
        {
          functionName: 'daily',
          source: 'installable',
          activeUser: OWNER,
          effectiveUser: STRANGER,
        },
        () => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1'),
      );
    expect(() => read()).toThrow('The caller does not have permission');
  });

  // Simple triggers "cannot access services that require authorization" (guides/triggers).
  test('a simple trigger (LIMITED) may not call the service', () => {
    const d = desk();
    expect(() =>
      d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1'), 'simple'),
    ).toThrow(
      'You do not have permission to call Sheets.Spreadsheets.Values.get. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });
});

describe('accounting: one call per request', () => {
  test('get is one Sheets call with the cells it returns', () => {
    const d = desk();
    put(d.model, d.first, 1, [['a', 'b'], ['c']]);
    const execution = d.run(() => {
      d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:Z1000');
      return d.ws.current!;
    });
    expect(execution.calls.map((c) => [c.service, c.method, c.kind, c.cells])).toEqual([
      ['Sheets', 'Spreadsheets.Values.get', 'api', 3],
    ]);
    expect(execution.modeledMs).toBeCloseTo(CALL_LATENCY.api.ms + 3 * PER_CELL_MS.ms);
  });

  test('a refused request is still one call, with no cells', () => {
    const d = desk();
    const execution = d.run(() => {
      try {
        d.Sheets.Spreadsheets!.Values!.get('nope', 'A1');
      } catch {
        // expected
      }
      return d.ws.current!;
    });
    expect(execution.calls.map((c) => [c.method, c.cells, c.ms])).toEqual([
      ['Spreadsheets.Values.get', 0, CALL_LATENCY.api.ms],
    ]);
  });
});

describe('fault tools apply as to any call', () => {
  test("'fail' at the request makes it throw and have no effect; later calls work", () => {
    const d = desk();
    put(d.model, d.first, 1, [['x']]);
    d.ws.ledger.arm({ kind: 'fail', at: 1 });
    const outcome = d.run(() => {
      const first = thrown(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1'));
      const second = d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1').values;
      return { first: first.message, second };
    });
    expect(outcome).toEqual({ first: FAULT_MESSAGES.serviceError, second: [['x']] });
  });

  test("'kill' at the request stops the execution there", () => {
    const d = desk();
    const fault = d.ws.ledger.arm({ kind: 'kill', at: 2 });
    expect(() =>
      d.run(() => {
        d.SpreadsheetApp.getActiveSpreadsheet();
        try {
          d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, { ranges: ['A1'] });
        } catch {
          // a catch block still runs, but reaches no service
        }
        d.SpreadsheetApp.getActiveSpreadsheet();
      }),
    ).toThrow(FAULT_MESSAGES.kill);
    expect(fault.fired).toBe(true);
  });

  test('injectFailure by method name', () => {
    const d = desk();
    d.ws.ledger.injectFailure('Spreadsheets.Values.batchGet', 'Service error: Sheets');
    expect(() =>
      d.run(() => d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, { ranges: ['A1'] })),
    ).toThrow('Service error: Sheets');
  });

  test("'pause' before the request: it reads what the other execution committed", () => {
    const d = desk();
    put(d.model, d.first, 1, [['before']]);
    d.ws.ledger.arm({
      kind: 'pause',
      at: 1,
      functionName: 'reader',
      during: () =>
        d.ws.run({ functionName: 'writer', source: 'manual', activeUser: OWNER }, () =>
          d.SpreadsheetApp.openById(d.model.id).getSheets()[0].getRange('A1').setValue('after'),
        ),
    });
    const values = d.ws.run({ functionName: 'reader', source: 'manual', activeUser: OWNER }, () =>
      d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1'),
    ).values;
    expect(values).toEqual([['after']]);
  });
});

describe("pending writes: the API does not see (or commit) SpreadsheetApp's write cache", () => {
  test('a write not yet flushed is not seen; after SpreadsheetApp.flush() it is', () => {
    const d = desk();
    put(d.model, d.first, 1, [['old']]);
    const seen = d.run(() => {
      const range = d.SpreadsheetApp.openById(d.model.id).getSheets()[0].getRange('A1:B1');
      range.setValues([['new', 'added']]);
      const before = d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:B1').values;
      d.SpreadsheetApp.flush();
      const after = d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1:B1').values;
      return { before, after };
    });
    expect(seen).toEqual({ before: [['old']], after: [['new', 'added']] });
  });

  test('a SpreadsheetApp read commits the cache, so the API sees the writes after it', () => {
    const d = desk();
    const seen = d.run(() => {
      const range = d.SpreadsheetApp.openById(d.model.id).getSheets()[0].getRange('A1');
      range.setValue('new');
      range.getValue();
      return d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1').values;
    });
    expect(seen).toEqual([['new']]);
  });

  test('the API read commits nothing: the next SpreadsheetApp read still pays the flush', () => {
    const d = desk();
    const calls = d.run(() => {
      const range = d.SpreadsheetApp.openById(d.model.id).getSheets()[0].getRange('A1');
      range.setValue('new');
      d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1');
      range.getValue();
      return d.ws.current!.calls;
    });
    const api = calls.find((c) => c.service === 'Sheets')!;
    const read = calls.find((c) => c.method === 'Range.getValue')!;
    expect(api.ms).toBe(CALL_LATENCY.api.ms);
    expect(read.ms).toBeCloseTo(CALL_LATENCY.read.ms + PER_CELL_MS.ms + FLUSH_MS.ms);
  });

  test('a sheet inserted and not flushed does not exist for the API yet', () => {
    const d = desk();
    const error = d.run(() => {
      d.SpreadsheetApp.openById(d.model.id).insertSheet('新規');
      return thrown(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, '新規!A1'));
    });
    expect(error.message).toContain('Unable to parse range: 新規!A1');
  });

  test('writes left pending by an execution are committed when it ends', () => {
    const d = desk();
    d.run(() => d.SpreadsheetApp.openById(d.model.id).getSheets()[0].getRange('A1').setValue('x'));
    expect(d.run(() => d.Sheets.Spreadsheets!.Values!.get(d.model.id, 'A1').values)).toEqual([
      ['x'],
    ]);
  });

  test('content stored outside the execution (a person typing) is committed; its own write is not', () => {
    const d = desk();
    d.register.cellForWrite(2, 1).value = 'typed';
    const values = d.run(() => {
      d.SpreadsheetApp.openById(d.model.id).getSheets()[0].getRange('A1').setValue('pending');
      return d.Sheets.Spreadsheets!.Values!.batchGet(d.model.id, {
        ranges: [`'${REGISTER}'!A2`, 'A1'],
      }).valueRanges!.map((vr) => vr.values);
    });
    expect(values).toEqual([[['typed']], undefined]);
  });
});

describe('the Sheets global exists only when the manifest enables the service', () => {
  let distDir: string;
  const CODE = `
function kind() { return typeof Sheets; }
function read(id) {
  return Sheets.Spreadsheets.Values.batchGet(id, { ranges: ["'案件台帳'!A2:K"], valueRenderOption: 'UNFORMATTED_VALUE' })
    .valueRanges[0].values;
}
function readAs(id) { return SheetsApi.Spreadsheets.Values.get(id, 'A1').range; }
`;
  const manifest = (dependencies?: object) =>
    JSON.stringify({ timeZone: 'Asia/Tokyo', runtimeVersion: 'V8', dependencies });

  beforeEach(() => {
    distDir = mkdtempSync(join(tmpdir(), 'sheets-advanced-'));
    writeFileSync(join(distDir, 'Code.js'), CODE);
  });
  afterEach(() => rmSync(distDir, { recursive: true, force: true }));

  function host(): { host: AddonHost; ws: Workspace; id: string } {
    const ws = new Workspace({ now: START, user: OWNER });
    const model = ws.spreadsheets.create('Desk', OWNER);
    const register = model.insertSheet(REGISTER, 1, 100, 11);
    put(model, register, 2, [['R8-001', 3]]);
    return { host: new AddonHost(ws, distDir), ws, id: model.id };
  }

  test('enabled in appsscript.json: the script calls Sheets', () => {
    writeFileSync(
      join(distDir, 'appsscript.json'),
      manifest({ enabledAdvancedServices: [SHEETS] }),
    );
    const { host: h, id } = host();
    expect(h.invoke('kind', [])).toBe('object');
    expect(h.invoke('read', [id])).toEqual([['R8-001', 3]]);
  });

  test('under the userSymbol the manifest gives', () => {
    writeFileSync(
      join(distDir, 'appsscript.json'),
      manifest({ enabledAdvancedServices: [{ ...SHEETS, userSymbol: 'SheetsApi' }] }),
    );
    const { host: h, id } = host();
    expect(h.invoke('kind', [])).toBe('undefined');
    expect(h.invoke('readAs', [id])).toBe("'シート1'!A1");
  });

  test('not enabled: Sheets is not defined (a ReferenceError in the script)', () => {
    writeFileSync(join(distDir, 'appsscript.json'), manifest());
    const { host: h, id } = host();
    expect(h.invoke('kind', [])).toBe('undefined');
    const error = thrown(() => h.invoke('read', [id]));
    expect(error.name).toBe('ReferenceError');
    expect(error.message).toBe('Sheets is not defined');
  });

  test('no manifest at all: not enabled either', () => {
    const { host: h } = host();
    expect(h.invoke('kind', [])).toBe('undefined');
    expect(enabledAdvancedServices(distDir)).toEqual([]);
  });

  test('an advanced service the emulator does not have fails loudly', () => {
    writeFileSync(
      join(distDir, 'appsscript.json'),
      manifest({
        enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }],
      }),
    );
    expect(() => host()).toThrow('Emulator: the advanced service drive v3 (Drive) is not emulated');
  });

  test('createGlobals without the option has no Sheets', () => {
    const ws = new Workspace({ now: START });
    expect('Sheets' in createGlobals(ws)).toBe(false);
    expect(ws.sheetsApi.enabled).toBe(false);
  });
});

/**
 * The advanced Sheets service (developers.google.com/apps-script/advanced/sheets): the Sheets API
 * v4 as an Apps Script global, present only when the project's manifest enables it
 * (developers.google.com/apps-script/guides/services/advanced: "Enable an advanced service before
 * using it in a script"; globals.ts). Emulated: Sheets.Spreadsheets.Values.get and batchGet
 * (developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get and /batchGet).
 *
 * Method signatures follow the advanced-services guide: "Path or required parameters, as
 * individual arguments", then the optional query parameters "as a JavaScript object" — get(
 * spreadsheetId, range, optionalArgs?) and batchGet(spreadsheetId, optionalArgs?). Each call is
 * one request, so one service call in the ledger ('api', core/latency.ts), plus the per-cell cost
 * of the cells it returns. The request runs with the effective user's authority; a refusal
 * throws GoogleJsonResponseException (errors.ts).
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { SpreadsheetModel } from '../spreadsheet/model';
import { googleJsonResponseException, SHEETS_API_ERRORS, SheetsApiFailure } from './errors';
import {
  cellCount,
  readValueRange,
  type DateTimeRenderOption,
  type MajorDimension,
  type RenderOptions,
  type ValueRange,
  type ValueRenderOption,
} from './values';

type GValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;
type GBatchGetValuesResponse = GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;

/** The query parameters each method has besides the standard ones. */
const RENDER_PARAMETERS = ['majorDimension', 'valueRenderOption', 'dateTimeRenderOption'];

/**
 * Standard query parameters every Google API takes (fields, prettyPrint…): valid, but not
 * emulated — refused loudly rather than ignored.
 */
const SYSTEM_PARAMETERS = [
  'fields',
  'prettyPrint',
  'quotaUser',
  'key',
  'alt',
  'callback',
  'access_token',
  'oauth_token',
  'upload_protocol',
  'uploadType',
  '$.xgafv',
];

/** Dimension: ROWS or COLUMNS; "DIMENSION_UNSPECIFIED: The default value" (read as ROWS, assumed). */
const DIMENSIONS: Record<string, MajorDimension> = {
  ROWS: 'ROWS',
  COLUMNS: 'COLUMNS',
  DIMENSION_UNSPECIFIED: 'ROWS',
};
const VALUE_RENDER_OPTIONS: readonly ValueRenderOption[] = [
  'FORMATTED_VALUE',
  'UNFORMATTED_VALUE',
  'FORMULA',
];
const DATE_TIME_RENDER_OPTIONS: readonly DateTimeRenderOption[] = [
  'SERIAL_NUMBER',
  'FORMATTED_STRING',
];

function enumValue<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  field: string,
  enumType: string,
): T {
  if (value === undefined || value === null) return fallback;
  const text = String(value);
  if (!(allowed as readonly string[]).includes(text)) {
    throw new SheetsApiFailure(400, SHEETS_API_ERRORS.invalidEnum(field, enumType, text));
  }
  return text as T;
}

/**
 * The optional arguments as the API reads the query: the defaults the reference gives
 * (majorDimension ROWS, valueRenderOption "The default render option is FORMATTED_VALUE",
 * dateTimeRenderOption "The default dateTime render option is SERIAL_NUMBER"), an undefined enum
 * value or an unknown parameter refused with the API's 400.
 */
function readOptions(
  optionalArgs: unknown,
  parameters: readonly string[],
): RenderOptions & { args: Record<string, unknown> } {
  if (optionalArgs !== undefined && optionalArgs !== null && typeof optionalArgs !== 'object') {
    throw new Error(SHEETS_API_ERRORS.invalidOptionalArgs);
  }
  const args = (optionalArgs ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(args)) {
    if (SYSTEM_PARAMETERS.includes(name)) {
      throw new Error(`Emulator: the optional argument "${name}" is not emulated`);
    }
    if (!parameters.includes(name)) {
      throw new SheetsApiFailure(400, SHEETS_API_ERRORS.unknownParameter(name));
    }
  }
  const dimension = args.majorDimension;
  let majorDimension: MajorDimension = 'ROWS';
  if (dimension !== undefined && dimension !== null) {
    majorDimension = DIMENSIONS[String(dimension)];
    if (!majorDimension) {
      throw new SheetsApiFailure(
        400,
        SHEETS_API_ERRORS.invalidEnum('major_dimension', 'Dimension', String(dimension)),
      );
    }
  }
  return {
    args,
    majorDimension,
    valueRenderOption: enumValue(
      args.valueRenderOption,
      VALUE_RENDER_OPTIONS,
      'FORMATTED_VALUE',
      'value_render_option',
      'ValueRenderOption',
    ),
    dateTimeRenderOption: enumValue(
      args.dateTimeRenderOption,
      DATE_TIME_RENDER_OPTIONS,
      'SERIAL_NUMBER',
      'date_time_render_option',
      'DateTimeRenderOption',
    ),
  };
}

/** batchGet's `ranges`: one string or several, "The A1 notation … of the range to retrieve". */
function rangesOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map((r) => String(r)) : [String(value)];
}

class FakeValuesCollection {
  constructor(private readonly ws: Workspace) {}

  /**
   * The work of one request: simple triggers and AuthMode.NONE "cannot access services that
   * require authorization" (guides/triggers#restrictions), so they are refused before it; a
   * refusal of the API becomes GoogleJsonResponseException. The caller charges it once ('api',
   * through ws.chargeFor: the fault tools act before it, its cells are counted after it).
   */
  private request<T>(name: 'get' | 'batchGet', work: () => T): () => T {
    return () => {
      const mode = this.ws.current?.authMode;
      if (mode === 'NONE' || mode === 'LIMITED' || mode === 'CUSTOM_FUNCTION') {
        throw new Error(SHEETS_API_ERRORS.noAuthorization(`Sheets.Spreadsheets.Values.${name}`));
      }
      try {
        return work();
      } catch (error) {
        if (!(error instanceof SheetsApiFailure)) throw error;
        throw googleJsonResponseException(`sheets.spreadsheets.values.${name}`, error);
      }
    };
  }

  /**
   * The spreadsheet the request names, as the effective user may read it: an id naming no file
   * is NOT_FOUND, a file the user was not given (owner, editor or viewer, as
   * SpreadsheetApp.openById allows) is PERMISSION_DENIED.
   */
  private open(spreadsheetId: unknown): SpreadsheetModel {
    const model = this.ws.spreadsheets.get(String(spreadsheetId));
    if (!model) throw new SheetsApiFailure(404, SHEETS_API_ERRORS.notFound);
    const user = this.ws.current?.effectiveUser ?? this.ws.defaultUser;
    const allowed =
      !user || model.owner === user || model.editors.has(user) || model.viewers.has(user);
    if (!allowed) throw new SheetsApiFailure(403, SHEETS_API_ERRORS.noPermission);
    return model;
  }

  /**
   * "Returns a range of values from a spreadsheet. The caller must specify the spreadsheet ID and
   * a range." (spreadsheets.values/get): a ValueRange { range, majorDimension, values? }.
   */
  get(spreadsheetId: string, range: string, optionalArgs?: object): GValueRange {
    const count = arguments.length;
    return this.ws.chargeFor(
      'Sheets',
      'Spreadsheets.Values.get',
      'api',
      this.request('get', (): ValueRange => {
        if (count < 2 || count > 3) throw new Error(SHEETS_API_ERRORS.argumentCount('2-3'));
        const options = readOptions(optionalArgs, RENDER_PARAMETERS);
        const model = this.open(spreadsheetId);
        return readValueRange(this.ws.sheetsApi.view(model), String(range), options);
      }),
      cellCount,
    ) as GValueRange;
  }

  /**
   * "Returns one or more ranges of values from a spreadsheet. The caller must specify the
   * spreadsheet ID and one or more ranges." (spreadsheets.values/batchGet): { spreadsheetId,
   * valueRanges }, "The order of the ValueRanges is the same as the order of the requested
   * ranges"; one range the API refuses fails the whole request. Without ranges the response has
   * no valueRanges (assumed).
   */
  batchGet(spreadsheetId: string, optionalArgs?: object): GBatchGetValuesResponse {
    const count = arguments.length;
    return this.ws.chargeFor(
      'Sheets',
      'Spreadsheets.Values.batchGet',
      'api',
      this.request('batchGet', () => {
        if (count < 1 || count > 2) throw new Error(SHEETS_API_ERRORS.argumentCount('1-2'));
        const options = readOptions(optionalArgs, ['ranges', ...RENDER_PARAMETERS]);
        const model = this.open(spreadsheetId);
        const view = this.ws.sheetsApi.view(model);
        const ranges = rangesOf(options.args.ranges);
        const response: { spreadsheetId: string; valueRanges?: ValueRange[] } = {
          spreadsheetId: model.id,
        };
        if (ranges.length > 0) {
          response.valueRanges = ranges.map((range) => readValueRange(view, range, options));
        }
        return response;
      }),
      (response) => (response.valueRanges ?? []).reduce((n, vr) => n + cellCount(vr), 0),
    ) as GBatchGetValuesResponse;
  }
}
assertGoogleShape<
  FakeValuesCollection,
  GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection
>(true);

/** Sheets.Spreadsheets: only its Values collection is emulated. */
class FakeSpreadsheetsCollection {
  readonly Values: FakeValuesCollection;

  constructor(ws: Workspace) {
    this.Values = new FakeValuesCollection(ws);
  }
}
assertGoogleShape<
  FakeSpreadsheetsCollection,
  GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection
>(true);

/** The `Sheets` global (its userSymbol in the manifest): only Spreadsheets is emulated. */
class FakeSheets {
  readonly Spreadsheets: FakeSpreadsheetsCollection;

  constructor(ws: Workspace) {
    this.Spreadsheets = new FakeSpreadsheetsCollection(ws);
  }
}
assertGoogleShape<FakeSheets, GoogleAppsScript.Sheets>(true);

/** The advanced Sheets service for one workspace; globals.ts installs it when enabled. */
export function createSheetsService(ws: Workspace): GoogleAppsScript.Sheets {
  ws.sheetsApi.enabled = true;
  return new FakeSheets(ws) as unknown as GoogleAppsScript.Sheets;
}

/**
 * How the advanced Sheets service fails. Apps Script turns an error response of the API into an
 * exception named GoogleJsonResponseException whose message is "API call to <method> failed with
 * error: <the API's message>" (observed: e.g. "API call to sheets.spreadsheets.values.batchGet
 * failed with error: Unable to parse range: Master Sheet fail"), and whose `details` carry the
 * HTTP status and the error's reason (observed in scripts that test `e.details.code === 404`).
 * The messages below are the API's own: "observed" ones are the texts clients meet; "assumed"
 * ones are the emulator's wording where Google documents the refusal but not its text.
 */

export const SHEETS_API_ERRORS = {
  /** observed: a spreadsheet id that names no file (HTTP 404, NOT_FOUND). */
  notFound: 'Requested entity was not found.',
  /** observed: a spreadsheet the caller may not open (HTTP 403, PERMISSION_DENIED). */
  noPermission: 'The caller does not have permission',
  /** observed: a range that is not A1 notation or names no sheet; the request's text is echoed. */
  unparsableRange: (range: string) => `Unable to parse range: ${range}`,
  /**
   * observed text: a range that starts outside the sheet's grid (its end is clamped to it); which
   * form of the range the API echoes is assumed (the request's, the sheet name quoted as needed).
   */
  exceedsGrid: (range: string, maxRows: number, maxColumns: number) =>
    `Range (${range}) exceeds grid limits. Max rows: ${maxRows}, max columns: ${maxColumns}`,
  /** observed [report: a mock measured against the API]: an enum value the API does not define. */
  invalidEnum: (field: string, enumType: string, value: string) =>
    `Invalid value at '${field}' (type.googleapis.com/google.apps.sheets.v4.${enumType}), "${value}"`,
  /** observed: a query parameter the method does not have (a misspelt optional argument). */
  unknownParameter: (name: string) =>
    `Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`,
  /**
   * assumed wording (the pattern of Apps Script's other permission errors): simple triggers and
   * AuthMode.NONE "cannot access services that require authorization" (guides/triggers), and an
   * advanced service does.
   */
  noAuthorization: (method: string) =>
    `You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
  /**
   * observed pattern (the text other Apps Script emulators copy for advanced services), assumed for
   * these two methods: a call with too few or too many arguments, refused before any request.
   */
  argumentCount: (expected: string) =>
    `Invalid number of arguments provided. Expected ${expected} only`,
  /** assumed: optional arguments that are not an object (the guide passes "a JavaScript object"). */
  invalidOptionalArgs: 'Invalid argument: optionalArgs',
} as const;

/** HTTP status and google.rpc reason of each kind of refusal. */
const STATUS = {
  400: 'badRequest',
  403: 'forbidden',
  404: 'notFound',
} as const;

export type ApiStatus = keyof typeof STATUS;

/** An API refusal before Apps Script wraps it: the status and the API's message. */
export class SheetsApiFailure {
  constructor(
    readonly status: ApiStatus,
    readonly message: string,
  ) {}
}

/**
 * The exception a script catches when the request to `apiMethod` ("sheets.spreadsheets.values.get")
 * fails: GoogleJsonResponseException, with the API's status in `details`.
 */
export function googleJsonResponseException(apiMethod: string, failure: SheetsApiFailure): Error {
  const error = new Error(`API call to ${apiMethod} failed with error: ${failure.message}`);
  error.name = 'GoogleJsonResponseException';
  Object.defineProperty(error, 'details', {
    value: {
      code: failure.status,
      message: failure.message,
      errors: [{ message: failure.message, domain: 'global', reason: STATUS[failure.status] }],
    },
    enumerable: true,
  });
  return error;
}

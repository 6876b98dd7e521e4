/**
 * The sheet the desk's form writes its responses to: finding it, reading its responses, and the
 * timestamp cell a form-submit event points at.
 */
import { PROP } from '../adapters/properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type ResponseSheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The response sheet: recorded by setup, found by name otherwise; null when there is none. */
export function findResponseSheet(
  ss: Spreadsheet,
  all: Record<string, string>,
): ResponseSheet | null {
  const sheets = ss.getSheets();
  const id = all[PROP.responseSheetId];
  const byId = id ? sheets.find((s) => String(s.getSheetId()) === id) : undefined;
  return byId ?? sheets.find((s) => /^(フォームの回答|Form Responses)/.test(s.getName())) ?? null;
}

/**
 * Every response row, header included (3 calls): `answers` as displayed (what the form's own
 * event gives), `stamps` as values, so the timestamp is an instant whatever the sheet's zone.
 */
export function readResponses(sheet: ResponseSheet): { answers: string[][]; stamps: unknown[][] } {
  const range = sheet.getDataRange();
  const answers = range.getDisplayValues();
  const stamps = range.getValues();
  return { answers, stamps };
}

/** The value of the first cell of a form-submit event's range: the response's timestamp (1 call). */
export function submittedStampOf(range: GoogleAppsScript.Spreadsheet.Range): unknown {
  return range.getValues()[0][0];
}

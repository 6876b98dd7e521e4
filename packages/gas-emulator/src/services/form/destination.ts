/**
 * The linked response sheet: what Google Forms writes into a destination spreadsheet.
 * support.google.com/docs/answer/2917686 (choose where to save form responses) and
 * developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 */
import type { Workspace } from '../../workspace';
import type { SheetModel, SpreadsheetModel } from '../spreadsheet/model';
import { FORM_ERRORS } from './errors';
import {
  AnswerValue,
  DestinationModel,
  FormModel,
  ItemModel,
  ResponseModel,
  isQuestion,
} from './model';
import { formatIn, midnightIn } from './zonedTime';

/** A cell holds at most 50,000 characters (Sheets limits). */
export const CELL_CHARACTER_LIMIT = 50_000;

const isJapanese = (locale: string): boolean => locale.toLowerCase().startsWith('ja');

export function responseSheetBaseName(locale: string): string {
  return isJapanese(locale) ? 'フォームの回答' : 'Form Responses';
}

function timestampHeader(locale: string): string {
  return isJapanese(locale) ? 'タイムスタンプ' : 'Timestamp';
}

function emailHeader(locale: string): string {
  return isJapanese(locale) ? 'メールアドレス' : 'Email Address';
}

/** Sheets' default date-time pattern for the locale, as Forms formats the Timestamp column. */
export function timestampFormat(locale: string): string {
  return isJapanese(locale) ? 'yyyy/MM/dd H:mm:ss' : 'M/d/yyyy H:mm:ss';
}

function dateFormat(locale: string): string {
  return isJapanese(locale) ? 'yyyy/MM/dd' : 'M/d/yyyy';
}

export interface LinkedSheet {
  spreadsheet: SpreadsheetModel;
  sheet: SheetModel;
  destination: DestinationModel;
}

export function linkedSheet(ws: Workspace, form: FormModel): LinkedSheet | null {
  const destination = form.destination;
  if (!destination) return null;
  const spreadsheet = ws.spreadsheets.get(destination.spreadsheetId);
  const sheet = spreadsheet?.sheets.find((s) => s.sheetId === destination.sheetId);
  // The city may have deleted the sheet or the file: Google then stops writing rows.
  if (!spreadsheet || !sheet) return null;
  return { spreadsheet, sheet, destination };
}

function setText(sheet: SheetModel, row: number, column: number, text: string): void {
  growTo(sheet, row, column);
  const cell = sheet.cellForWrite(row, column);
  cell.value = text;
  cell.formula = '';
}

function growTo(sheet: SheetModel, row: number, column: number): void {
  if (row > sheet.maxRows) sheet.maxRows = row;
  if (column > sheet.maxColumns) sheet.maxColumns = column;
}

/**
 * Links the form to a spreadsheet as Google does: a new sheet inserted first, named
 * 'フォームの回答 N' / 'Form Responses N' (N the first free number), with the header row, and
 * every response already stored copied into it.
 */
export function linkDestination(ws: Workspace, form: FormModel, spreadsheetId: string): void {
  const spreadsheet = ws.spreadsheets.get(spreadsheetId);
  if (!spreadsheet) throw new Error(FORM_ERRORS.notFound);
  unlinkDestination(ws, form);
  const base = responseSheetBaseName(spreadsheet.locale);
  let n = 1;
  while (spreadsheet.sheetByName(`${base} ${n}`)) n += 1;
  const sheet = spreadsheet.insertSheet(`${base} ${n}`, 0);
  // Spreadsheet.getFormUrl: "If multiple forms send responses to this spreadsheet, the form URL
  // returned is indeterminate." The emulator keeps the first form still linked (deterministic);
  // Sheet.getFormUrl tells each response sheet's form apart.
  const current = spreadsheet.formId ? ws.forms.get(spreadsheet.formId) : undefined;
  if (!current || current.destination?.spreadsheetId !== spreadsheetId) {
    spreadsheet.formId = form.id;
  }
  const destination: DestinationModel = {
    spreadsheetId,
    sheetId: sheet.sheetId,
    columnsByItemId: new Map(),
    emailColumn: null,
    rowsByResponseId: new Map(),
  };
  form.destination = destination;
  setText(sheet, 1, 1, timestampHeader(spreadsheet.locale));
  if (form.collectEmail) addEmailColumn(ws, form);
  for (const item of form.items) addItemColumn(ws, form, item);
  for (const response of form.responses) writeResponseRow(ws, form, response);
}

export function unlinkDestination(ws: Workspace, form: FormModel): void {
  const linked = linkedSheet(ws, form);
  form.destination = null;
  if (linked && linked.spreadsheet.formId === form.id) {
    const other = ws.forms
      .all()
      .find((f) => f.destination?.spreadsheetId === linked.spreadsheet.id);
    linked.spreadsheet.formId = other ? other.id : null;
  }
}

function nextFreeColumn(linked: LinkedSheet): number {
  const used = [
    1,
    linked.destination.emailColumn ?? 0,
    ...linked.destination.columnsByItemId.values(),
  ];
  return Math.max(linked.sheet.lastColumn(), ...used) + 1;
}

/**
 * Turning on email collection on a linked form adds the column. Assumption: it is added after
 * the existing columns (no cells shift), which keeps earlier rows where they were.
 */
export function addEmailColumn(ws: Workspace, form: FormModel): void {
  const linked = linkedSheet(ws, form);
  if (!linked || linked.destination.emailColumn !== null) return;
  const column = linked.destination.columnsByItemId.size === 0 ? 2 : nextFreeColumn(linked);
  linked.destination.emailColumn = column;
  setText(linked.sheet, 1, column, emailHeader(linked.spreadsheet.locale));
}

/** A question added to a linked form gets the next free column, headed by its title. */
export function addItemColumn(ws: Workspace, form: FormModel, item: ItemModel): void {
  const linked = linkedSheet(ws, form);
  if (!linked || !isQuestion(item) || linked.destination.columnsByItemId.has(item.id)) return;
  const column = nextFreeColumn(linked);
  linked.destination.columnsByItemId.set(item.id, column);
  setText(linked.sheet, 1, column, item.title);
}

/** Renaming a question renames its column header (deleted questions keep their column). */
export function renameItemColumn(ws: Workspace, form: FormModel, item: ItemModel): void {
  const linked = linkedSheet(ws, form);
  const column = linked?.destination.columnsByItemId.get(item.id);
  if (linked && column) setText(linked.sheet, 1, column, item.title);
}

/** The text an answer shows as: checkbox answers joined by ', '. */
export function answerText(answer: AnswerValue): string {
  return Array.isArray(answer) ? answer.join(', ') : answer;
}

export interface WrittenRow {
  spreadsheetId: string;
  sheetId: number;
  row: number;
  numColumns: number;
  /** e.values: display strings in sheet order. */
  values: string[];
  /** e.namedValues: header → [display string]. */
  namedValues: Record<string, string[]>;
}

/**
 * Writes (or, for an edited response, rewrites) the response's row. Timestamp is a Date with the
 * locale's date-time format; date answers are Dates; other answers are text.
 *
 * Assumption: an answer longer than a cell's 50,000 characters is truncated in the sheet, while
 * the form response and the e.values / e.namedValues handed to triggers keep it whole.
 */
export function writeResponseRow(
  ws: Workspace,
  form: FormModel,
  response: ResponseModel,
): WrittenRow | null {
  const linked = linkedSheet(ws, form);
  if (!linked) return null;
  const { sheet, spreadsheet, destination } = linked;
  const locale = spreadsheet.locale;
  const zone = spreadsheet.timeZone;
  const row = destination.rowsByResponseId.get(response.id) ?? sheet.lastRow() + 1;
  destination.rowsByResponseId.set(response.id, row);
  growTo(sheet, row, 1);

  const display = new Map<number, string>();
  const stamp = sheet.cellForWrite(row, 1);
  stamp.value = new Date(response.timestamp.getTime());
  stamp.formula = '';
  stamp.numberFormat = timestampFormat(locale);
  display.set(1, formatIn(response.timestamp, zone, timestampFormat(locale)));

  if (destination.emailColumn !== null) {
    setText(sheet, row, destination.emailColumn, response.respondentEmail);
    display.set(destination.emailColumn, response.respondentEmail);
  }
  for (const item of form.items) {
    const column = destination.columnsByItemId.get(item.id);
    if (!column) continue;
    const answer = response.answers.get(item.id);
    if (answer === undefined) {
      setText(sheet, row, column, '');
      display.set(column, '');
      continue;
    }
    if (item.type === 'DATE' && typeof answer === 'string' && answer !== '') {
      const [y, m, d] = answer.split('-').map(Number);
      const cell = sheet.cellForWrite(row, column);
      growTo(sheet, row, column);
      cell.value = midnightIn(y, m, d, zone);
      cell.formula = '';
      cell.numberFormat = dateFormat(locale);
      display.set(column, formatIn(cell.value, zone, dateFormat(locale)));
      continue;
    }
    const text = answerText(answer);
    setText(sheet, row, column, text.slice(0, CELL_CHARACTER_LIMIT));
    display.set(column, text);
  }

  const numColumns = Math.max(...display.keys());
  const values: string[] = [];
  const namedValues: Record<string, string[]> = {};
  for (let column = 1; column <= numColumns; column++) {
    const text = display.get(column) ?? '';
    values.push(text);
    const header = sheet.cell(1, column)?.value;
    if (header !== undefined && header !== '') {
      (namedValues[String(header)] ??= []).push(text);
    }
  }
  return {
    spreadsheetId: spreadsheet.id,
    sheetId: sheet.sheetId,
    row,
    numColumns,
    values,
    namedValues,
  };
}

/**
 * Spreadsheet (developers.google.com/apps-script/reference/spreadsheet/spreadsheet): the file.
 * Methods that Google documents as acting on the active sheet (appendRow, getLastRow, …) are
 * forwarded to it and charged as Spreadsheet.* calls.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { CostKind } from '../../core/latency';
import type { SheetModel, SpreadsheetModel } from './model';
import { MESSAGES, requireSpreadsheet } from './internals';
import { makeRange } from './range';
import { makeSheet, makeSheetForSpreadsheetShortcut, rangeFromA1 } from './sheet';
import { getProtections } from './protection';
import { createTextFinder } from './textFinder';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** A person with access to the file, as Spreadsheet.getEditors() returns them. */
class SpreadsheetUser {
  constructor(
    private readonly ws: Workspace,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.ws.charge('SpreadsheetApp', 'User.getEmail', 'local');
    return this.email;
  }
}
assertGoogleShape<SpreadsheetUser, GoogleAppsScript.Base.User>(true);

function emailOf(user: string | GoogleAppsScript.Base.User): string {
  return typeof user === 'string' ? user : user.getEmail();
}

/** The default name of a new tab: 'シートN' / 'SheetN', the first number not taken. */
function defaultSheetName(model: SpreadsheetModel): string {
  const base = model.locale.startsWith('ja') ? 'シート' : 'Sheet';
  let n = model.sheets.length + 1;
  while (model.sheets.some((s) => s.name.toLowerCase() === `${base}${n}`.toLowerCase())) n += 1;
  return `${base}${n}`;
}

type InsertOptions = { template?: GSheet | undefined };

export class FakeSpreadsheet {
  constructor(
    private readonly ws: Workspace,
    private readonly spreadsheetId: string,
  ) {}

  private charge(method: string, kind: CostKind, cells = 0): void {
    this.ws.charge('SpreadsheetApp', `Spreadsheet.${method}`, kind, cells);
  }

  private model(): SpreadsheetModel {
    return requireSpreadsheet(this.ws, this.spreadsheetId);
  }

  private self(): GSpreadsheet {
    return this as unknown as GSpreadsheet;
  }

  /** The active tab: the one last activated, else the first visible one. */
  private activeSheetModel(): SheetModel {
    const model = this.model();
    const active = model.sheets.find((s) => s.sheetId === model.activeSheetId);
    return active ?? model.sheets.find((s) => !s.hidden) ?? model.sheets[0];
  }

  private activeSheetShortcut(): GSheet {
    return makeSheetForSpreadsheetShortcut(
      this.ws,
      this.spreadsheetId,
      this.activeSheetModel().sheetId,
    );
  }

  // ---- identity --------------------------------------------------------------------------

  getId(): string {
    this.charge('getId', 'local');
    return this.model().id;
  }

  getName(): string {
    this.charge('getName', 'local');
    return this.model().name;
  }

  rename(newName: string): void {
    this.charge('rename', 'write');
    this.model().name = String(newName);
  }

  getUrl(): string {
    this.charge('getUrl', 'local');
    return this.model().url;
  }

  getFormUrl(): string | null {
    this.charge('getFormUrl', 'read');
    const formId = this.model().formId;
    return formId ? `https://docs.google.com/forms/d/${formId}/viewform` : null;
  }

  getSpreadsheetTimeZone(): string {
    this.charge('getSpreadsheetTimeZone', 'local');
    return this.model().timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.charge('setSpreadsheetTimeZone', 'write');
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw new Error(MESSAGES.invalidArgument('timezone'));
    }
    this.model().timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    this.charge('getSpreadsheetLocale', 'local');
    return this.model().locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.charge('setSpreadsheetLocale', 'write');
    this.model().locale = String(locale);
  }

  // ---- people ------------------------------------------------------------------------------

  getOwner(): GoogleAppsScript.Base.User | null {
    this.charge('getOwner', 'read');
    const owner = this.model().owner;
    return owner
      ? (new SpreadsheetUser(this.ws, owner) as unknown as GoogleAppsScript.Base.User)
      : null;
  }

  /** The owner and everyone added as an editor. */
  getEditors(): GoogleAppsScript.Base.User[] {
    this.charge('getEditors', 'read');
    const model = this.model();
    const emails = [model.owner, ...[...model.editors].filter((e) => e !== model.owner)].filter(
      Boolean,
    );
    return emails.map(
      (e) => new SpreadsheetUser(this.ws, e) as unknown as GoogleAppsScript.Base.User,
    );
  }

  addEditor(user: string | GoogleAppsScript.Base.User): GSpreadsheet {
    this.charge('addEditor', 'write');
    const model = this.model();
    const email = emailOf(user);
    model.editors.add(email);
    model.viewers.delete(email);
    return this.self();
  }

  addEditors(emailAddresses: string[]): GSpreadsheet {
    this.charge('addEditors', 'write', emailAddresses.length);
    const model = this.model();
    for (const email of emailAddresses) {
      model.editors.add(email);
      model.viewers.delete(email);
    }
    return this.self();
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): GSpreadsheet {
    this.charge('removeEditor', 'write');
    this.model().editors.delete(emailOf(user));
    return this.self();
  }

  /** Viewers and commenters; editors are not listed (spreadsheet#getviewers). */
  getViewers(): GoogleAppsScript.Base.User[] {
    this.charge('getViewers', 'read');
    return [...this.model().viewers].map(
      (e) => new SpreadsheetUser(this.ws, e) as unknown as GoogleAppsScript.Base.User,
    );
  }

  /** Has no effect on someone who is already an editor (spreadsheet#addvieweremailaddress). */
  addViewer(user: string | GoogleAppsScript.Base.User): GSpreadsheet {
    this.charge('addViewer', 'write');
    const model = this.model();
    const email = emailOf(user);
    if (!model.editors.has(email) && email !== model.owner) model.viewers.add(email);
    return this.self();
  }

  addViewers(emailAddresses: string[]): GSpreadsheet {
    this.charge('addViewers', 'write', emailAddresses.length);
    const model = this.model();
    for (const email of emailAddresses) {
      if (!model.editors.has(email) && email !== model.owner) model.viewers.add(email);
    }
    return this.self();
  }

  removeViewer(user: string | GoogleAppsScript.Base.User): GSpreadsheet {
    this.charge('removeViewer', 'write');
    this.model().viewers.delete(emailOf(user));
    return this.self();
  }

  // ---- sheets ------------------------------------------------------------------------------

  getSheets(): GSheet[] {
    this.charge('getSheets', 'local');
    return this.model().sheets.map((s) => makeSheet(this.ws, this.spreadsheetId, s.sheetId));
  }

  getNumSheets(): number {
    this.charge('getNumSheets', 'local');
    return this.model().sheets.length;
  }

  getSheetByName(name: string): GSheet | null {
    this.charge('getSheetByName', 'local');
    const sheet = this.model().sheetByName(name);
    return sheet ? makeSheet(this.ws, this.spreadsheetId, sheet.sheetId) : null;
  }

  getSheetById(id: number): GSheet | null {
    this.charge('getSheetById', 'local');
    const sheet = this.model().sheets.find((s) => s.sheetId === id);
    return sheet ? makeSheet(this.ws, this.spreadsheetId, sheet.sheetId) : null;
  }

  /**
   * insertSheet(), (name), (index), (name, index), with optional {template}. Without an index the
   * new tab goes right after the active one; either way it becomes the active sheet.
   */
  insertSheet(
    nameOrIndexOrOptions?: string | number | InsertOptions,
    indexOrOptions?: number | InsertOptions,
    maybeOptions?: InsertOptions,
  ): GSheet {
    this.charge('insertSheet', 'write');
    const model = this.model();
    let name: string | null = null;
    let index: number | null = null;
    let options: InsertOptions | undefined;
    const args = [nameOrIndexOrOptions, indexOrOptions, maybeOptions];
    for (const arg of args) {
      if (typeof arg === 'string' && name === null && index === null) name = arg;
      else if (typeof arg === 'number' && index === null) index = arg;
      else if (arg && typeof arg === 'object') options = arg;
    }
    const sheetName = name ?? defaultSheetName(model);
    if (sheetName.trim() === '') throw new Error(MESSAGES.emptySheetName);
    if (model.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(MESSAGES.sheetNameExists(sheetName));
    }
    if (index !== null && (index < 0 || index > model.sheets.length)) {
      throw new Error(MESSAGES.invalidArgument('sheetIndex'));
    }
    const position = index ?? model.sheets.indexOf(this.activeSheetModel()) + 1;
    const template = options?.template;
    const templateModel = template
      ? model.sheets.find((s) => s.sheetId === template.getSheetId())
      : undefined;
    const sheet = model.insertSheet(
      sheetName,
      position,
      templateModel?.maxRows ?? 1000,
      templateModel?.maxColumns ?? 26,
    );
    if (templateModel) copySheetContents(templateModel, sheet);
    model.activeSheetId = sheet.sheetId;
    model.activeRange = { row: 1, column: 1, numRows: 1, numColumns: 1 };
    model.currentCell = { row: 1, column: 1 };
    return makeSheet(this.ws, this.spreadsheetId, sheet.sheetId);
  }

  deleteSheet(sheet: GSheet): void {
    this.charge('deleteSheet', 'write');
    const model = this.model();
    const id = sheet.getSheetId();
    const index = model.sheets.findIndex((s) => s.sheetId === id);
    if (index < 0) throw new Error(MESSAGES.sheetDeleted);
    if (model.sheets.length <= 1) throw new Error(MESSAGES.deleteOnlySheet);
    model.sheets.splice(index, 1);
    for (let i = model.protections.length - 1; i >= 0; i--) {
      if (model.protections[i].sheetId === id) model.protections.splice(i, 1);
    }
    if (model.activeSheetId === id) {
      model.activeSheetId = model.sheets[Math.max(0, index - 1)].sheetId;
      model.activeRange = null;
      model.currentCell = null;
    }
  }

  deleteActiveSheet(): GSheet {
    this.charge('deleteActiveSheet', 'write');
    const model = this.model();
    if (model.sheets.length <= 1) throw new Error(MESSAGES.deleteOnlySheet);
    const active = this.activeSheetModel();
    const index = model.sheets.indexOf(active);
    model.sheets.splice(index, 1);
    const next = model.sheets[Math.max(0, index - 1)];
    model.activeSheetId = next.sheetId;
    model.activeRange = null;
    return makeSheet(this.ws, this.spreadsheetId, next.sheetId);
  }

  duplicateActiveSheet(): GSheet {
    this.charge('duplicateActiveSheet', 'write');
    const model = this.model();
    const active = this.activeSheetModel();
    let n = 1;
    const base = model.locale.startsWith('ja')
      ? `${active.name} のコピー`
      : `Copy of ${active.name}`;
    let name = base;
    while (model.sheetByName(name)) name = `${base} ${++n}`;
    const copy = model.insertSheet(
      name,
      model.sheets.indexOf(active) + 1,
      active.maxRows,
      active.maxColumns,
    );
    copySheetContents(active, copy);
    model.activeSheetId = copy.sheetId;
    return makeSheet(this.ws, this.spreadsheetId, copy.sheetId);
  }

  /** Moves the active sheet to 1-based position `pos`. */
  moveActiveSheet(pos: number): void {
    this.charge('moveActiveSheet', 'write');
    const model = this.model();
    const active = this.activeSheetModel();
    if (pos < 1 || pos > model.sheets.length) throw new Error(MESSAGES.invalidArgument('pos'));
    model.sheets.splice(model.sheets.indexOf(active), 1);
    model.sheets.splice(pos - 1, 0, active);
  }

  renameActiveSheet(newName: string): void {
    this.charge('renameActiveSheet', 'write');
    const model = this.model();
    const active = this.activeSheetModel();
    const clash = model.sheets.find(
      (s) => s !== active && s.name.toLowerCase() === newName.toLowerCase(),
    );
    if (clash) throw new Error(MESSAGES.sheetNameExists(newName));
    active.name = newName;
  }

  // ---- selection -----------------------------------------------------------------------------

  getActiveSheet(): GSheet {
    this.charge('getActiveSheet', 'local');
    return makeSheet(this.ws, this.spreadsheetId, this.activeSheetModel().sheetId);
  }

  setActiveSheet(sheet: GSheet, restoreSelection?: boolean): GSheet {
    this.charge('setActiveSheet', 'local');
    void restoreSelection;
    const model = this.model();
    const id = sheet.getSheetId();
    const target = model.sheets.find((s) => s.sheetId === id);
    if (!target) throw new Error(MESSAGES.sheetDeleted);
    model.activeSheetId = id;
    model.activeRange = { row: 1, column: 1, numRows: 1, numColumns: 1 };
    model.currentCell = { row: 1, column: 1 };
    target.hidden = false;
    return makeSheet(this.ws, this.spreadsheetId, id);
  }

  getActiveRange(): GRange | null {
    this.charge('getActiveRange', 'local');
    const model = this.model();
    const sheet = this.activeSheetModel();
    const active = model.activeRange ?? { row: 1, column: 1, numRows: 1, numColumns: 1 };
    return makeRange(
      this.ws,
      this.spreadsheetId,
      sheet.sheetId,
      active.row,
      active.column,
      active.numRows,
      active.numColumns,
    );
  }

  setActiveRange(range: GRange): GRange {
    this.charge('setActiveRange', 'local');
    return range.activate();
  }

  setActiveSelection(rangeOrA1: GRange | string): GRange {
    this.charge('setActiveSelection', 'local');
    const range =
      typeof rangeOrA1 === 'string'
        ? rangeFromA1(this.ws, this.model(), this.activeSheetModel(), rangeOrA1)
        : rangeOrA1;
    return range.activate();
  }

  getActiveCell(): GRange {
    this.charge('getActiveCell', 'local');
    const cell = this.model().currentCell ?? { row: 1, column: 1 };
    return makeRange(
      this.ws,
      this.spreadsheetId,
      this.activeSheetModel().sheetId,
      cell.row,
      cell.column,
      1,
      1,
    );
  }

  getCurrentCell(): GRange | null {
    this.charge('getCurrentCell', 'local');
    const cell = this.model().currentCell ?? { row: 1, column: 1 };
    return makeRange(
      this.ws,
      this.spreadsheetId,
      this.activeSheetModel().sheetId,
      cell.row,
      cell.column,
      1,
      1,
    );
  }

  setCurrentCell(cell: GRange): GRange {
    this.charge('setCurrentCell', 'local');
    return cell.activateAsCurrentCell();
  }

  /** A1 notation, optionally with a sheet name ('案件台帳'!A1:B2); otherwise the active sheet. */
  getRange(a1Notation: string): GRange {
    this.charge('getRange', 'local');
    return rangeFromA1(this.ws, this.model(), this.activeSheetModel(), a1Notation);
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.charge('getRangeList', 'local');
    const ranges = a1Notations.map((n) =>
      rangeFromA1(this.ws, this.model(), this.activeSheetModel(), n),
    );
    return { getRanges: () => ranges.slice() } as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }

  /** Named ranges are not modelled: no name resolves. */
  getRangeByName(name: string): GRange | null {
    this.charge('getRangeByName', 'local');
    void name;
    return null;
  }

  // ---- features implemented elsewhere --------------------------------------------------------

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.charge('toast', 'ui');
    this.ws.ui.recordToast(
      this.spreadsheetId,
      String(msg),
      title === undefined ? '' : String(title),
      timeoutSeconds === undefined || timeoutSeconds === null ? 5 : timeoutSeconds,
    );
  }

  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this.charge('createTextFinder', 'local');
    const ids = this.model().sheets.map((s) => s.sheetId);
    return createTextFinder(this.ws, this.spreadsheetId, ids, null, findText);
  }

  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.charge('getProtections', 'read');
    return getProtections(
      this.ws,
      this.spreadsheetId,
      null,
      String(type) === 'SHEET' ? 'SHEET' : 'RANGE',
    );
  }

  // ---- shortcuts to the active sheet (documented on Spreadsheet) ------------------------------

  appendRow(rowContents: unknown[]): GSheet {
    return this.activeSheetShortcut().appendRow(rowContents);
  }

  getDataRange(): GRange {
    return this.activeSheetShortcut().getDataRange();
  }

  getLastRow(): number {
    return this.activeSheetShortcut().getLastRow();
  }

  getLastColumn(): number {
    return this.activeSheetShortcut().getLastColumn();
  }

  getSheetId(): number {
    return this.activeSheetShortcut().getSheetId();
  }

  getSheetName(): string {
    return this.activeSheetShortcut().getSheetName();
  }

  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][] {
    return this.activeSheetShortcut().getSheetValues(startRow, startColumn, numRows, numColumns);
  }

  getFrozenRows(): number {
    return this.activeSheetShortcut().getFrozenRows();
  }

  getFrozenColumns(): number {
    return this.activeSheetShortcut().getFrozenColumns();
  }

  setFrozenRows(rows: number): void {
    this.activeSheetShortcut().setFrozenRows(rows);
  }

  setFrozenColumns(columns: number): void {
    this.activeSheetShortcut().setFrozenColumns(columns);
  }

  getColumnWidth(columnPosition: number): number {
    return this.activeSheetShortcut().getColumnWidth(columnPosition);
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    return this.activeSheetShortcut().setColumnWidth(columnPosition, width);
  }

  getRowHeight(rowPosition: number): number {
    return this.activeSheetShortcut().getRowHeight(rowPosition);
  }

  setRowHeight(rowPosition: number, height: number): GSheet {
    return this.activeSheetShortcut().setRowHeight(rowPosition, height);
  }

  insertRowAfter(afterPosition: number): GSheet {
    return this.activeSheetShortcut().insertRowAfter(afterPosition);
  }

  insertRowBefore(beforePosition: number): GSheet {
    return this.activeSheetShortcut().insertRowBefore(beforePosition);
  }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    return this.activeSheetShortcut().insertRowsAfter(afterPosition, howMany);
  }

  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    return this.activeSheetShortcut().insertRowsBefore(beforePosition, howMany);
  }

  insertColumnAfter(afterPosition: number): GSheet {
    return this.activeSheetShortcut().insertColumnAfter(afterPosition);
  }

  insertColumnBefore(beforePosition: number): GSheet {
    return this.activeSheetShortcut().insertColumnBefore(beforePosition);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    return this.activeSheetShortcut().insertColumnsAfter(afterPosition, howMany);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    return this.activeSheetShortcut().insertColumnsBefore(beforePosition, howMany);
  }

  deleteRow(rowPosition: number): GSheet {
    return this.activeSheetShortcut().deleteRow(rowPosition);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.activeSheetShortcut().deleteRows(rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): GSheet {
    return this.activeSheetShortcut().deleteColumn(columnPosition);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.activeSheetShortcut().deleteColumns(columnPosition, howMany);
  }

  sort(columnPosition: number, ascending?: boolean): GSheet {
    return this.activeSheetShortcut().sort(columnPosition, ascending ?? true);
  }
}

/** Copies cells and per-cell formatting (insertSheet with a template, duplicateActiveSheet). */
function copySheetContents(from: SheetModel, to: SheetModel): void {
  from.grid.forEach((cells, r) => {
    if (!cells) return;
    to.grid[r] = cells.map((cell) =>
      cell
        ? {
            ...cell,
            value: cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value,
          }
        : cell,
    );
  });
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
  for (const [k, v] of from.columnWidths) to.columnWidths.set(k, v);
  for (const [k, v] of from.rowHeights) to.rowHeights.set(k, v);
  for (const [k, v] of from.validations) to.validations.set(k, v);
  for (const [k, v] of from.backgrounds) to.backgrounds.set(k, v);
  for (const [k, v] of from.fontColors) to.fontColors.set(k, v);
  for (const [k, v] of from.horizontalAlignments) to.horizontalAlignments.set(k, v);
  for (const [k, v] of from.wrapStrategies) to.wrapStrategies.set(k, v);
  for (const [k, v] of from.notes) to.notes.set(k, v);
  for (const k of from.bold) to.bold.add(k);
  to.conditionalFormatRules = from.conditionalFormatRules.map((rule) => ({ ...rule }));
}

assertGoogleShape<FakeSpreadsheet, GSpreadsheet>(true);

export function makeSpreadsheet(ws: Workspace, spreadsheetId: string): GSpreadsheet {
  requireSpreadsheet(ws, spreadsheetId);
  return new FakeSpreadsheet(ws, spreadsheetId) as unknown as GSpreadsheet;
}

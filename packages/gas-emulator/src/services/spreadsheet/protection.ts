/**
 * Protected ranges and sheets: Range.protect(), Sheet.protect(), getProtections() and the
 * Protection class, plus the check every write goes through (assertCanEdit).
 *
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/protection
 *   - protect(): "Until the script actually changes the list of editors …, the permissions mirror
 *     those of the spreadsheet itself" — a new protection lists the owner, the spreadsheet's
 *     editors and the user creating it.
 *   - Range.protect() always adds a protection (they may overlap); Sheet.protect() returns the
 *     sheet's existing protection if there is one.
 *   - canEdit(): "The spreadsheet owner is always able to edit protected ranges and sheets."
 *   - removeEditor(): "Neither the owner of the spreadsheet nor the current user can be removed."
 *   - setWarningOnly(true): every user can edit; editing only shows a warning.
 *   - getUnprotectedRanges() is empty for a protected range; setUnprotectedRanges() is for sheets.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { ProtectionModel } from './featuresModel';
import type { SpreadsheetModel } from './model';
import { makeRange } from './range';

/** SpreadsheetApp.ProtectionType. */
export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' });

export const PROTECTION_MESSAGES = {
  /** What Apps Script throws when a script edits cells its user may not edit. */
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  /** Reading or changing a protection's settings without being one of its editors. */
  noPermission: 'You do not have permission to perform that action.',
  changeKind: 'Cannot change sheet protection to range protection (or vice versa).',
  unprotectedOnRange: 'Unprotected ranges can only be set on a protected sheet.',
  unprotectedOtherSheet: 'Unprotected ranges must be on the protected sheet.',
  domainEditOutsideDomain: 'Domain edit is only supported on documents within a domain.',
  spreadsheetNotFound: (id: string) => `Emulator: no spreadsheet with id ${id}`,
} as const;

/** Consumer accounts have no domain: domain edit needs a Google Workspace owner. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

const normalise = (email: string) => email.trim().toLowerCase();
const domainOf = (email: string) => normalise(email).split('@')[1] ?? '';

interface Bounds {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function contains(outer: Bounds, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.numRows &&
    column >= outer.column &&
    column < outer.column + outer.numColumns
  );
}

function intersection(a: Bounds, b: Bounds): Bounds | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const lastRow = Math.min(a.row + a.numRows, b.row + b.numRows);
  const lastColumn = Math.min(a.column + a.numColumns, b.column + b.numColumns);
  if (lastRow <= row || lastColumn <= column) return null;
  return { row, column, numRows: lastRow - row, numColumns: lastColumn - column };
}

function spreadsheetOf(ws: Workspace, ssId: string): SpreadsheetModel {
  const ss = ws.spreadsheets.get(ssId);
  if (!ss) throw new Error(PROTECTION_MESSAGES.spreadsheetNotFound(ssId));
  return ss;
}

/** The user whose rights count: the execution's effective user (the script runs as them). */
function actingUser(ws: Workspace): string {
  return ws.requireExecution().effectiveUser;
}

/** Whether `user` may edit what `protection` covers. */
export function userCanEdit(
  ss: SpreadsheetModel,
  protection: ProtectionModel,
  user: string,
): boolean {
  const who = normalise(user);
  if (who !== '' && who === normalise(ss.owner)) return true;
  if (protection.warningOnly) return true;
  if (protection.editors.some((e) => normalise(e) === who)) return true;
  return (
    protection.domainEdit &&
    who !== '' &&
    domainOf(who) !== '' &&
    domainOf(who) === domainOf(ss.owner)
  );
}

/** Whether a protection covers cell (row, column) of its sheet. */
function covers(protection: ProtectionModel, row: number, column: number): boolean {
  if (!contains(protection, row, column)) return false;
  return !protection.unprotected.some((u) => contains(u, row, column));
}

class FakeUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  getUserLoginId(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}
assertGoogleShape<FakeUser, GoogleAppsScript.Base.User & { toString(): string }>(true);

type Protection = GoogleAppsScript.Spreadsheet.Protection;

function emailOf(value: unknown, method: string): string {
  if (typeof value === 'string') return value;
  if (value && typeof (value as GoogleAppsScript.Base.User).getEmail === 'function') {
    return (value as GoogleAppsScript.Base.User).getEmail();
  }
  throw new Error(
    `The parameters (${typeof value}) don't match the method signature for SpreadsheetApp.Protection.${method}.`,
  );
}

function rangeBounds(range: GoogleAppsScript.Spreadsheet.Range): Bounds & { sheetId: number } {
  return {
    sheetId: range.getSheet().getSheetId(),
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
}

class FakeProtection {
  constructor(
    private readonly ws: Workspace,
    private readonly ssId: string,
    private readonly model: ProtectionModel,
  ) {}

  addEditor(emailAddressOrUser: string | GoogleAppsScript.Base.User): Protection {
    this.begin('addEditor', 'write');
    this.add([emailOf(emailAddressOrUser, 'addEditor')]);
    return this.self();
  }

  addEditors(emailAddresses: string[]): Protection {
    this.begin('addEditors', 'write');
    this.add(emailAddresses.map((e) => emailOf(e, 'addEditors')));
    return this.self();
  }

  canDomainEdit(): boolean {
    this.begin('canDomainEdit', 'read');
    return this.model.domainEdit;
  }

  canEdit(): boolean {
    this.ws.charge('SpreadsheetApp', 'Protection.canEdit', 'read');
    return userCanEdit(this.ss(), this.model, actingUser(this.ws));
  }

  getDescription(): string {
    this.ws.charge('SpreadsheetApp', 'Protection.getDescription', 'read');
    return this.model.description;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.begin('getEditors', 'read');
    return this.model.editors.map((e) => new FakeUser(e) as unknown as GoogleAppsScript.Base.User);
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.ws.charge('SpreadsheetApp', 'Protection.getProtectionType', 'local');
    return ProtectionType[
      this.model.type
    ] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    this.ws.charge('SpreadsheetApp', 'Protection.getRange', 'local');
    const m = this.model;
    if (m.type === 'SHEET') {
      const sheet = this.ss().sheets.find((s) => s.sheetId === m.sheetId);
      return makeRange(
        this.ws,
        this.ssId,
        m.sheetId,
        1,
        1,
        sheet?.maxRows ?? m.numRows,
        sheet?.maxColumns ?? m.numColumns,
      );
    }
    return makeRange(this.ws, this.ssId, m.sheetId, m.row, m.column, m.numRows, m.numColumns);
  }

  /** Protections made by this emulator are never backed by a named range. */
  getRangeName(): string | null {
    this.ws.charge('SpreadsheetApp', 'Protection.getRangeName', 'read');
    return null;
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.ws.charge('SpreadsheetApp', 'Protection.getUnprotectedRanges', 'read');
    if (this.model.type !== 'SHEET') return [];
    return this.model.unprotected.map((u) =>
      makeRange(this.ws, this.ssId, this.model.sheetId, u.row, u.column, u.numRows, u.numColumns),
    );
  }

  isWarningOnly(): boolean {
    this.ws.charge('SpreadsheetApp', 'Protection.isWarningOnly', 'read');
    return this.model.warningOnly;
  }

  remove(): void {
    this.begin('remove', 'write');
    const list = this.ss().protections;
    const index = list.indexOf(this.model);
    if (index >= 0) list.splice(index, 1);
  }

  removeEditor(emailAddressOrUser: string | GoogleAppsScript.Base.User): Protection {
    this.begin('removeEditor', 'write');
    this.dropEditors([emailOf(emailAddressOrUser, 'removeEditor')]);
    return this.self();
  }

  removeEditors(emailAddressesOrUsers: Array<string | GoogleAppsScript.Base.User>): Protection {
    this.begin('removeEditors', 'write');
    this.dropEditors(emailAddressesOrUsers.map((e) => emailOf(e, 'removeEditors')));
    return this.self();
  }

  setDescription(description: string): Protection {
    this.begin('setDescription', 'write');
    this.model.description = String(description);
    return this.self();
  }

  setDomainEdit(editable: boolean): Protection {
    this.begin('setDomainEdit', 'write');
    if (CONSUMER_DOMAINS.has(domainOf(this.ss().owner))) {
      throw new Error(PROTECTION_MESSAGES.domainEditOutsideDomain);
    }
    this.model.domainEdit = Boolean(editable);
    return this.self();
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): Protection {
    this.begin('setRange', 'write');
    if (this.model.type !== 'RANGE') throw new Error(PROTECTION_MESSAGES.changeKind);
    const b = rangeBounds(range);
    Object.assign(this.model, b);
    return this.self();
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    this.begin('setUnprotectedRanges', 'write');
    if (this.model.type !== 'SHEET') throw new Error(PROTECTION_MESSAGES.unprotectedOnRange);
    const bounds = ranges.map(rangeBounds);
    if (bounds.some((b) => b.sheetId !== this.model.sheetId)) {
      throw new Error(PROTECTION_MESSAGES.unprotectedOtherSheet);
    }
    this.model.unprotected = bounds.map(({ row, column, numRows, numColumns }) => ({
      row,
      column,
      numRows,
      numColumns,
    }));
    return this.self();
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.begin('setWarningOnly', 'write');
    this.model.warningOnly = Boolean(warningOnly);
    return this.self();
  }

  toString(): string {
    return 'Protection';
  }

  /** Charges the call, then refuses it unless the acting user may edit this protection. */
  private begin(method: string, kind: 'read' | 'write'): void {
    this.ws.charge('SpreadsheetApp', `Protection.${method}`, kind);
    if (!userCanEdit(this.ss(), this.model, actingUser(this.ws))) {
      throw new Error(PROTECTION_MESSAGES.noPermission);
    }
  }

  private add(emails: string[]): void {
    for (const email of emails) {
      if (!this.model.editors.some((e) => normalise(e) === normalise(email))) {
        this.model.editors.push(email);
      }
    }
  }

  /** The owner and the current user stay editors whatever the script asks. */
  private dropEditors(emails: string[]): void {
    const keep = new Set([normalise(this.ss().owner), normalise(actingUser(this.ws))]);
    const drop = new Set(emails.map(normalise).filter((e) => !keep.has(e)));
    this.model.editors = this.model.editors.filter((e) => !drop.has(normalise(e)));
  }

  private ss(): SpreadsheetModel {
    return spreadsheetOf(this.ws, this.ssId);
  }

  private self(): Protection {
    return this as unknown as Protection;
  }
}
assertGoogleShape<FakeProtection, Protection & { toString(): string }>(true);

function facade(ws: Workspace, ssId: string, model: ProtectionModel): Protection {
  return new FakeProtection(ws, ssId, model) as unknown as Protection;
}

/** The editors a new protection starts with: the spreadsheet's, plus whoever protects it. */
function initialEditors(ss: SpreadsheetModel, creator: string): string[] {
  const editors: string[] = [];
  for (const email of [ss.owner, ...ss.editors, creator]) {
    if (email && !editors.some((e) => normalise(e) === normalise(email))) editors.push(email);
  }
  return editors;
}

/** Range.protect(): always a new protection, even over an already protected range. */
export function protectRange(
  ws: Workspace,
  ssId: string,
  sheetId: number,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): Protection {
  const ss = spreadsheetOf(ws, ssId);
  const model: ProtectionModel = {
    type: 'RANGE',
    sheetId,
    row,
    column,
    numRows,
    numColumns,
    description: '',
    warningOnly: false,
    editors: initialEditors(ss, actingUser(ws)),
    domainEdit: false,
    unprotected: [],
  };
  ss.protections.push(model);
  return facade(ws, ssId, model);
}

/** Sheet.protect(): the sheet's existing protection, or a new one. */
export function protectSheet(ws: Workspace, ssId: string, sheetId: number): Protection {
  const ss = spreadsheetOf(ws, ssId);
  const existing = ss.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheetId);
  if (existing) return facade(ws, ssId, existing);
  const sheet = ss.sheets.find((s) => s.sheetId === sheetId);
  const model: ProtectionModel = {
    type: 'SHEET',
    sheetId,
    row: 1,
    column: 1,
    numRows: sheet?.maxRows ?? 1000,
    numColumns: sheet?.maxColumns ?? 26,
    description: '',
    warningOnly: false,
    editors: initialEditors(ss, actingUser(ws)),
    domainEdit: false,
    unprotected: [],
  };
  ss.protections.push(model);
  return facade(ws, ssId, model);
}

/** Spreadsheet.getProtections(type) (sheetId null) or Sheet.getProtections(type). */
export function getProtections(
  ws: Workspace,
  ssId: string,
  sheetId: number | null,
  type: 'RANGE' | 'SHEET',
): Protection[] {
  const ss = spreadsheetOf(ws, ssId);
  return ss.protections
    .filter((p) => String(p.type) === String(type) && (sheetId === null || p.sheetId === sheetId))
    .map((p) => facade(ws, ssId, p));
}

/**
 * Throws Apps Script's protected-cell error when the execution's effective user may not edit
 * some cell of the given block. Warning-only protections never block a script (there is no one
 * to confirm the warning, and Apps Script writes through them).
 */
export function assertCanEdit(
  ws: Workspace,
  ssId: string,
  sheetId: number,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): void {
  const ss = spreadsheetOf(ws, ssId);
  if (ss.protections.length === 0) return;
  const user = actingUser(ws);
  const block = { row, column, numRows, numColumns };
  for (const protection of ss.protections) {
    if (protection.sheetId !== sheetId) continue;
    let area: Bounds | null = protection;
    if (protection.type === 'SHEET') {
      // A sheet protection covers the whole sheet, however it has grown since.
      area = {
        row: 1,
        column: 1,
        numRows: Number.MAX_SAFE_INTEGER,
        numColumns: Number.MAX_SAFE_INTEGER,
      };
    }
    const overlap = intersection(area, block);
    if (!overlap || userCanEdit(ss, protection, user)) continue;
    if (anyCovered({ ...protection, ...area }, overlap)) {
      throw new Error(PROTECTION_MESSAGES.protectedCell);
    }
  }
}

/** Whether some cell of `overlap` lies outside the protection's unprotected ranges. */
function anyCovered(protection: ProtectionModel, overlap: Bounds): boolean {
  if (protection.unprotected.length === 0) return true;
  for (let r = overlap.row; r < overlap.row + overlap.numRows; r++) {
    for (let c = overlap.column; c < overlap.column + overlap.numColumns; c++) {
      if (covers(protection, r, c)) return true;
    }
  }
  return false;
}

/**
 * Workflow helpers on a desk: register cases through the form, select a register row as a
 * person does, call the sidebar's google.script.run handlers, read the history and dialogues.
 */
import type {
  CaseRef,
  CaseView,
  MoveRequest,
  MoveResult,
  ServerResult,
} from '../../src/app/sidebarContract';
import { fromTokyoDate, toTokyoDate } from '../../src/domain/calendar';
import { registerColumn } from '../../src/domain/register';
import { gatesCrossed, isStatus, statusFromText, trackFromMethod } from '../../src/domain/workflow';
import { CHOICES, MENU, Q, SHEET } from '../../src/strings';
import { Answers, Desk, proposal, STAFF } from './desk';

export const DEPARTMENTS: string[][] = [
  ['道路維持課', 'douro@city.aomori.example.lg.jp', '雪谷', ''],
  ['観光課', 'kanko@city.aomori.example.lg.jp', '浜田', ''],
  ['資産経営課', 'shisan@city.aomori.example.lg.jp', '柳川', 'ネーミングライツ担当'],
];

export function model(desk: Desk) {
  return desk.ws.spreadsheets.get(desk.spreadsheetId)!;
}

export function sheetOf(desk: Desk, name: string) {
  return model(desk).sheetByName(name)!;
}

/** Fills 担当課 straight into the model (as staff would type it). */
export function seedDepartments(desk: Desk, rows = DEPARTMENTS): void {
  const sheet = sheetOf(desk, SHEET.departments);
  rows.forEach((row, r) => row.forEach((v, c) => (sheet.cellForWrite(r + 2, c + 1).value = v)));
}

/**
 * Lists a second desk staff member in 設定 (デスク職員, row 7) and applies it (設定を反映), so
 * they may act and are editors of the logs' protections.
 */
export function addStaff(desk: Desk, email: string): void {
  desk.host.editCell(desk.spreadsheetId, SHEET.settings, 7, 2, `${STAFF}, ${email}`);
  desk.host.clickMenu(desk.spreadsheetId, MENU.applySettings, STAFF);
}

/** Submits a proposal through the form; returns its register row and case number. */
export function submitCase(desk: Desk, overrides: Answers = {}): CaseRef {
  const outcomes = desk.host.submitForm(desk.formId, proposal(overrides));
  for (const o of outcomes) if (o.error) throw o.error;
  const sheet = sheetOf(desk, SHEET.register);
  const row = sheet.lastRow();
  return { row, caseNumber: String(sheet.cell(row, 1)!.value) };
}

export const POC: Answers = {
  [Q.organisation]: '国立大学法人 北の大学',
  [Q.applicantType]: CHOICES.applicantType[1],
  [Q.email]: 'hanako@kita-univ.example.ac.jp',
  [Q.title]: 'AIカメラによる観光客の周遊分析の実証実験',
  [Q.method]: CHOICES.method[1],
};

export const NAMING_RIGHTS: Answers = {
  [Q.organisation]: '青森りんご飲料株式会社',
  [Q.title]: '市民体育館のネーミングライツ',
  [Q.method]: 'ネーミングライツ',
};

/** The person selects a cell of the row in 案件台帳 (the spreadsheet model's selection). */
export function selectRow(desk: Desk, row: number, sheetName: string = SHEET.register): void {
  const m = model(desk);
  m.activeSheetId = m.sheetByName(sheetName)!.sheetId;
  m.activeRange = { row, column: 1, numRows: 1, numColumns: 1 };
  m.currentCell = { row, column: 1 };
}

/** google.script.run from the sidebar, as `user`. */
export function run<T = CaseView>(
  desk: Desk,
  name: string,
  arg: unknown,
  user = STAFF,
): ServerResult<T> {
  return desk.host.scriptRun<ServerResult<T>>(desk.spreadsheetId, name, [arg], user);
}

export function expectOk<T>(result: ServerResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

export function expectRefused<T>(result: ServerResult<T>): string {
  if (result.ok) throw new Error('expected a refusal, got ok');
  return result.message;
}

/**
 * Moves a case from its current status (read from the register) to `to`. A move through a gate
 * of the process table (提案書受領日, 報告書受領日) finds the date typed in, as staff would have
 * recorded it, unless `gates: false` (tests of the gates themselves).
 */
export function move(
  desk: Desk,
  ref: CaseRef,
  to: string,
  comment = '',
  user = STAFF,
  options: { gates?: boolean } = {},
): ServerResult<MoveResult> {
  const expectedStatus = statusOf(desk, ref.row);
  if (options.gates !== false) recordGates(desk, ref.row, expectedStatus, to);
  const request: MoveRequest = { ...ref, expectedStatus, to, comment };
  return run(desk, 'sidebarMoveCase', request, user);
}

/** Types today's date into each receipt a move from `from` to `to` needs and lacks. */
export function recordGates(desk: Desk, row: number, from: string, to: string): void {
  const track = trackFromMethod(String(cellOf(desk, row, 'track')));
  const [f, t] = [statusFromText(from), statusFromText(to)];
  if (!isStatus(f) || !isStatus(t)) return;
  for (const field of gatesCrossed(track, f, t)) {
    if (cellOf(desk, row, field) !== '') continue;
    const today = fromTokyoDate(toTokyoDate(new Date(desk.ws.clock.now())));
    sheetOf(desk, SHEET.register).cellForWrite(row, registerColumn(field)).value = today;
  }
}

export function statusOf(desk: Desk, row: number): string {
  return String(sheetOf(desk, SHEET.register).cell(row, registerColumn('status'))?.value ?? '');
}

export function cellOf(desk: Desk, row: number, key: Parameters<typeof registerColumn>[0]) {
  return sheetOf(desk, SHEET.register).cell(row, registerColumn(key))?.value ?? '';
}

/** Rows of a sheet below its header, as plain values. */
export function rowsOf(desk: Desk, name: string): unknown[][] {
  const sheet = sheetOf(desk, name);
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

/** History rows without the 操作ID column (see historyOpIds). */
export function historyRows(desk: Desk): unknown[][] {
  return rowsOf(desk, SHEET.history).map((r) => r.slice(0, 6));
}

/** The 操作ID of each history row. */
export function historyOpIds(desk: Desk): string[] {
  return rowsOf(desk, SHEET.history).map((r) => String(r[6] ?? ''));
}

/** Service calls of the last execution, by method name. */
export function lastCalls(desk: Desk): string[] {
  return desk.host.lastExecution().calls.map((c) => c.method);
}

/** Fills the register with `count` cases straight into the model (setup cost only). */
export function preloadCases(desk: Desk, count: number): void {
  const sheet = sheetOf(desk, SHEET.register);
  if (sheet.maxRows < count + 1) sheet.maxRows = count + 1;
  for (let i = 0; i < count; i++) {
    const row = i + 2;
    const set = (key: Parameters<typeof registerColumn>[0], value: string) =>
      (sheet.cellForWrite(row, registerColumn(key)).value = value);
    set('caseNumber', `R8-${String(i + 1).padStart(5, '0')}`);
    set('status', '対話・調整');
    set('track', 'パートナーシップ事業');
    set('title', `案件${i}`);
    set('organisation', `事業者${i}`);
    set('responseKey', `F-preloaded-${i}`);
  }
}

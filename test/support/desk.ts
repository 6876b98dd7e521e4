/**
 * A desk on the emulator, for integration tests, the demo and the bench: a workspace, the city's
 * spreadsheet, the built add-on loaded as Apps Script loads it, and helpers for what people do.
 */
import { Workspace, WorkspaceOptions } from 'gas-emulator/workspace';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../../esbuild.config';
import { CHOICES, MENU, PUBLICATION_CONSENT_CHOICES, Q } from '../../src/strings';

export const STAFF = 'renkei@city.aomori.example.lg.jp';
export const STAFF_2 = 'kikaku@city.aomori.example.lg.jp';

export interface Desk {
  ws: Workspace;
  host: AddonHost;
  spreadsheetId: string;
  formId: string;
}

/**
 * A spreadsheet with the add-on installed by desk staff and set up: onInstall makes what the
 * first minutes need (src/app/setup.ts setUpCore), then 初期設定 makes the rest (the form, the
 * other sheets, the triggers, the templates), as the person is asked to.
 */
export function newDesk(options: WorkspaceOptions = {}): Desk {
  const ws = new Workspace({ now: '2026-05-11T09:00:00+09:00', user: STAFF, ...options });
  const spreadsheet = ws.spreadsheets.create('公民連携デスク 案件管理', STAFF);
  ws.ui.addonName = '公民連携デスク';
  const host = new AddonHost(ws, OUT_DIR);
  const installed = host.install(spreadsheet.id, STAFF);
  if (installed.error) throw installed.error;
  const setUp = host.clickMenu(spreadsheet.id, MENU.setup, STAFF);
  if (setUp.error) throw setUp.error;
  const formId = spreadsheet.formId;
  if (!formId) throw new Error('setup did not link a form');
  return { ws, host, spreadsheetId: spreadsheet.id, formId };
}

export type Answers = Record<string, string | string[]>;

/** A complete, valid partnership proposal; override any answer by question title. */
export function proposal(overrides: Answers = {}): Answers {
  return {
    [Q.organisation]: '株式会社あおもりテック',
    [Q.address]: '青森県青森市新町一丁目3番7号',
    [Q.representative]: '代表取締役 青森 一郎',
    [Q.applicantType]: CHOICES.applicantType[0],
    [Q.name]: '青森 太郎',
    [Q.email]: 'taro@aomori-tech.example.co.jp',
    [Q.phone]: '017-000-1234',
    [Q.title]: '除雪車両の位置情報を活用した除雪状況の見える化',
    [Q.proposalKind]: CHOICES.proposalKind[0],
    [Q.method]: CHOICES.method[0],
    [Q.content]: '除雪車両にGPS端末を搭載し、除雪の進捗を市民に公開します。',
    [Q.roles]: [CHOICES.roles[1], CHOICES.roles[2]],
    [Q.personalData]: CHOICES.personalData[1],
    [Q.preConsultation]: CHOICES.preConsultation[1],
    [Q.consent]: [CHOICES.consent],
    [Q.publicationConsent]: PUBLICATION_CONSENT_CHOICES[0],
    ...overrides,
  };
}

/** The register's rows as getValues() returns them (header first). */
export function registerValues(desk: Desk): unknown[][] {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

/** The register as objects keyed by header. */
export function registerRecords(desk: Desk): Array<Record<string, unknown>> {
  const [header, ...rows] = registerValues(desk);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

export function clickMenu(desk: Desk, caption: string, user = STAFF) {
  return desk.host.clickMenu(desk.spreadsheetId, caption, user);
}

export { MENU };

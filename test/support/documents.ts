/**
 * The documents feature on the emulator: a desk whose templates exist, cases brought to a
 * status with the data staff type into the register, and the generated files read back.
 */
import { REGISTER_HEADERS } from '../../src/strings';
import { registerColumn, RegisterKey } from '../../src/domain/register';
import type {
  GeneratedDocument,
  GenerateDocumentRequest,
  ServerResult,
} from '../../src/app/sidebarContract';
import { clickMenu, Desk, MENU, newDesk, proposal, registerRecords, STAFF } from './desk';
import { CHOICES, Q } from '../../src/strings';
import type { WorkspaceOptions } from 'gas-emulator/workspace';

/** The mayor's name (設定「市長名」); 「市長の職名」 keeps its default 青森市長. */
export const MAYOR = '西 秀記';
/** How documents print the mayor: title and name. */
export const MAYOR_LINE = '青森市長\u3000西 秀記';

/** A desk as installed (onInstall made the default templates), the mayor's name set. */
export function documentsDesk(options: WorkspaceOptions = {}): Desk {
  const desk = newDesk(options);
  setSetting(desk, '市長名', MAYOR);
  return desk;
}

export function setSetting(desk: Desk, label: string, value: string): void {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('設定')!;
  for (let r = 1; r <= sheet.lastRow(); r++) {
    if (sheet.cell(r, 1)?.value === label) {
      sheet.cellForWrite(r, 2).value = value;
      // As 設定を反映 or onEdit would: the snapshot follows the sheet.
      const outcome = clickMenu(desk, MENU.applySettings);
      if (outcome.error) throw outcome.error;
      return;
    }
  }
  throw new Error(`no setting ${label}`);
}

export function settingValue(desk: Desk, label: string): string {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('設定')!;
  for (let r = 1; r <= sheet.lastRow(); r++) {
    if (sheet.cell(r, 1)?.value === label) return String(sheet.cell(r, 2)?.value ?? '');
  }
  return '';
}

/** What staff type into the register before generating (dates as text, as people type them). */
export const AGREEMENT_DATA: Partial<Record<RegisterKey, unknown>> = {
  representative: '代表取締役 青森 一郎',
  goal: '除雪の進捗を市民に分かりやすく届け、問合せを減らす。',
  roleSplit: '甲: 除雪計画と路線情報の提供\n乙: GPS端末の設置と公開サイトの運用',
  partnershipItems: '除雪車両の位置情報の可視化\n市民への除雪情報の発信\nデータの分析と改善提案',
  agreementDate: '2026-07-01',
  agreementEnd: '令和9年3月31日',
};

/** Submits a proposal and sets its register row (status and fields) as the desk would have. */
export function caseAt(
  desk: Desk,
  status: string,
  fields: Partial<Record<RegisterKey, unknown>> = {},
  answers: Record<string, string | string[]> = {},
): { row: number; caseNumber: string } {
  const outcomes = desk.host.submitForm(desk.formId, proposal(answers));
  for (const o of outcomes) if (o.error) throw o.error;
  const row = registerRecords(desk).length + 1;
  setCells(desk, row, { status, ...fields });
  const caseNumber = String(cell(desk, row, 'caseNumber'));
  return { row, caseNumber };
}

export const POC_ANSWERS = { [Q.method]: CHOICES.method[1] };

export function setCells(desk: Desk, row: number, fields: Partial<Record<RegisterKey, unknown>>) {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
  for (const [key, value] of Object.entries(fields)) {
    sheet.cellForWrite(row, registerColumn(key as RegisterKey)).value = value as never;
  }
}

export function cell(desk: Desk, row: number, key: RegisterKey): unknown {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
  return sheet.cell(row, registerColumn(key))?.value ?? '';
}

export function generate(
  desk: Desk,
  ref: { row: number; caseNumber: string },
  kind: string,
  confirmed = false,
  user = STAFF,
): ServerResult<GeneratedDocument> {
  const request: GenerateDocumentRequest = { ...ref, kind, confirmed };
  return desk.host.scriptRun(desk.spreadsheetId, 'sidebarGenerateDocument', [request], user);
}

export function generated(result: ServerResult<GeneratedDocument>): GeneratedDocument {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** A Drive id from a Drive or Docs link. */
export function idOf(url: string): string {
  const match = /\/(?:d|folders)\/([-\w]+)/.exec(url) ?? /[?&]id=([-\w]+)/.exec(url);
  if (!match) throw new Error(`no id in ${url}`);
  return match[1];
}

/** The document's text: header, body, footer, one line per paragraph. */
export function documentText(desk: Desk, url: string): string {
  return desk.ws.documents.renderText(idOf(url));
}

export function driveFile(desk: Desk, url: string) {
  const file = desk.ws.drive.get(idOf(url));
  if (!file) throw new Error(`no file ${url}`);
  return file;
}

export { REGISTER_HEADERS };

/**
 * The publication feature on the emulator (issue 13): a desk whose public folder is set, cases
 * brought to a status with the publication fields, and the outputs read back (the CSV and JSON
 * files, the public spreadsheet, the web page's cache in script properties).
 */
import { MENU, PUBLICATION_CONSENT_CHOICES, PUBLICATION_FILES } from '../../src/strings';
import type { RegisterKey } from '../../src/domain/register';
import { CACHE_KEYS } from '../../src/domain/publication';
import { PUBLICATION_PROP } from '../../src/app/publication';
import { clickMenu, Desk, STAFF } from './desk';
import { caseAt, setCells, setSetting } from './documents';

export const PUBLIC_FOLDER = '公開データ';

/** Makes a Drive folder for the public files and names it in 設定. Returns its id. */
export function setPublicFolder(desk: Desk, share = false): string {
  const folder = desk.ws.drive.createFolder(PUBLIC_FOLDER, STAFF);
  setSetting(desk, '公開ファイルのフォルダID', folder.id);
  if (share) setSetting(desk, '公開ファイルをリンクで共有', 'はい');
  return folder.id;
}

/** What staff fill in to publish a realised case. */
export function publishable(summary = '除雪の見える化を市と共同で実施しています。') {
  return {
    publicationConsent: PUBLICATION_CONSENT_CHOICES[0],
    publication: '公開',
    publicSummary: summary,
  } satisfies Partial<Record<RegisterKey, unknown>>;
}

/** A case at `status` with `fields` written into its register row. */
export function publicCase(
  desk: Desk,
  status: string,
  fields: Partial<Record<RegisterKey, unknown>> = {},
  answers: Record<string, string | string[]> = {},
) {
  return caseAt(desk, status, fields, answers);
}

export { setCells };

export function refreshPublication(desk: Desk) {
  return clickMenu(desk, MENU.refreshPublication);
}

function docProps(desk: Desk): Map<string, string> {
  return desk.ws.properties.documents.get(desk.spreadsheetId) ?? new Map();
}

export function publicationProp(desk: Desk, key: keyof typeof PUBLICATION_PROP): string {
  return docProps(desk).get(PUBLICATION_PROP[key]) ?? '';
}

/** The web page's cache, joined as the web page reads it. */
export function cachedJson(desk: Desk): string {
  const script = desk.ws.properties.script;
  const count = Number(script.get(CACHE_KEYS.chunks) ?? 0);
  let text = '';
  for (let i = 0; i < count; i++) text += script.get(CACHE_KEYS.chunk(i)) ?? '';
  return text;
}

/** Live (untrashed) Drive files named `name`, anywhere. */
export function liveFiles(desk: Desk, name: string) {
  return desk.ws.drive.all().filter((r) => r.name === name && !r.trashed);
}

export function fileText(desk: Desk, id: string): string {
  const bytes = desk.ws.drive.get(id)?.bytes;
  return bytes ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : '';
}

/** Untrashed spreadsheets named 公開一覧 (or still under their creation name). */
export function publicSpreadsheets(desk: Desk) {
  return desk.ws.spreadsheets
    .all()
    .filter((s) => s.name.startsWith(PUBLICATION_FILES.spreadsheet))
    .filter((s) => !desk.ws.drive.get(s.id)?.trashed);
}

/** Every value of the public spreadsheet's first sheet, rows of strings (blank rows dropped). */
export function publicSheetRows(desk: Desk, id = publicationProp(desk, 'sheetId')): string[][] {
  const model = desk.ws.spreadsheets.get(id);
  if (!model) return [];
  const sheet = model.sheets[0];
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: string[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(String(sheet.cell(r, c)?.value ?? ''));
    if (row.some((v) => v !== '')) rows.push(row);
  }
  return rows;
}

/** Every output as text: CSV, JSON, the public spreadsheet, the cache. */
export function allOutputs(desk: Desk): {
  csv: string;
  json: string;
  sheet: string;
  cache: string;
} {
  return {
    csv: fileText(desk, publicationProp(desk, 'csvId')),
    json: fileText(desk, publicationProp(desk, 'jsonId')),
    sheet: publicSheetRows(desk)
      .map((r) => r.join('\t'))
      .join('\n'),
    cache: cachedJson(desk),
  };
}

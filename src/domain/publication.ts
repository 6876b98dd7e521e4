/**
 * The public list of realised partnerships (issue 13, docs/domain.md "The other parties and the
 * public"): which cases are published, the public record of each, and its three renderings (CSV,
 * JSON, the public spreadsheet's rows) plus the web page's cache. Pure: one query over the
 * register's rows, no Google service.
 *
 * A case is published only when all four hold: it is realised (its status is marked `realised`
 * in the process table, or 完了 — src/domain/workflow/processTable.ts), the applicant consented on the
 * form (公開への同意), staff chose 公開 (公開可否), and 公開概要 is not empty.
 *
 * The public record holds ONLY these fields, copied one by one (never a whole row): case number,
 * fiscal year, method, challenge, title, organisation, 公開概要, agreement and PoC dates,
 * department, 公開日. Never an email, phone, person's name, 提案内容 or internal comment.
 *
 * JSON schema "kouminrenkei-public-list/1" (the file 公開一覧.json, and the web page's cache):
 *
 *   {
 *     "schema": "kouminrenkei-public-list/1",
 *     "generatedAt": "2026-05-11T00:00:00.000Z",   // ISO instant (UTC) of the regeneration
 *     "desk": "青森市公民連携デスク",                 // 設定「デスク名」
 *     "cases": [                                     // newest case number first
 *       {
 *         "caseNumber": "R8-0001",
 *         "fiscalYear": 2026,                        // number: the fiscal year of receipt
 *         "method": "パートナーシップ事業",           // 連携手法
 *         "challenge": "",                           // 課題 ('' when none)
 *         "title": "…",                              // 件名
 *         "organisation": "…",                       // 事業者名
 *         "summary": "…",                            // 公開概要 (written by staff)
 *         "agreementDate": "2026-07-01",             // 協定締結日, "YYYY-MM-DD" or ""
 *         "pocDate": "",                             // 実証終了日, "YYYY-MM-DD" or ""
 *         "department": "道路維持課",                 // 担当課
 *         "publishedAt": "2026-07-10"                // 公開日, "YYYY-MM-DD" or ""
 *       }
 *     ]
 *   }
 */
import {
  PUBLIC_COLUMNS,
  PUBLICATION_CHOICES,
  PUBLICATION_CONSENT_CHOICES,
} from '../strings/publication';
import { asCellText, splitForCells } from './cellText';
import { registerColumn } from './register';
import { CaseRecord, caseRecordFromRow, isoDateOfCell, knownDate } from './workflow/caseRecord';
import { trackFromMethod } from './workflow/methods';
import { isRealised } from './workflow/tracks';
import { hashHex } from './hash';

export const PUBLIC_LIST_SCHEMA = 'kouminrenkei-public-list/1';

export interface PublicCase {
  caseNumber: string;
  fiscalYear: number;
  method: string;
  challenge: string;
  title: string;
  organisation: string;
  summary: string;
  agreementDate: string;
  pocDate: string;
  department: string;
  publishedAt: string;
}

export interface PublicList {
  schema: typeof PUBLIC_LIST_SCHEMA;
  generatedAt: string;
  desk: string;
  cases: PublicCase[];
}

export type PublicationChoice = (typeof PUBLICATION_CHOICES)[number];

/** Spaces and full-/half-width forms do not tell two answers apart. */
function norm(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKC')
    .replace(/\s/g, '');
}

/** 公開可否 as typed: 公開 / 非公開, anything else (blank included) 未判断. */
export function publicationChoiceOf(cell: unknown): PublicationChoice {
  const text = norm(cell);
  return PUBLICATION_CHOICES.find((c) => norm(c) === text) ?? PUBLICATION_CHOICES[2];
}

/** Whether the 公開への同意 answer is consent (only the form's first choice is). */
export function hasPublicationConsent(cell: unknown): boolean {
  return norm(cell) === norm(PUBLICATION_CONSENT_CHOICES[0]);
}

/** The fiscal year (April–March) of a 受付日時 cell: a Date or text starting with a date. */
export function fiscalYearOfCell(value: unknown): number | null {
  const text = typeof value === 'string' ? value.trim().split(/[\sT]/)[0] : value;
  const iso = isoDateOfCell(text);
  if (!iso) return null;
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
}

/** The fiscal year a case number carries ('R8-0001' → 2026), for a row whose 受付日時 is unreadable. */
function fiscalYearOfCaseNumber(caseNumber: string): number {
  const m = /^([RHS])(\d{1,2})\D/.exec(norm(caseNumber));
  if (!m) return 0;
  const base = { R: 2018, H: 1988, S: 1925 }[m[1] as 'R' | 'H' | 'S'];
  return base + Number(m[2]);
}

/**
 * The public record of one register row (as getValues returns it), or null when the case is not
 * published. Each public field is copied by name; nothing else of the row is read into it.
 */
export function publicCaseOf(row: readonly unknown[]): PublicCase | null {
  const record = caseRecordFromRow(row);
  if (!record.caseNumber.trim()) return null;
  if (!isRealised(trackFromMethod(record.track), record.status)) return null;
  if (!hasPublicationConsent(record.publicationConsent)) return null;
  if (publicationChoiceOf(record.publication) !== '公開') return null;
  const summary = record.publicSummary.trim();
  if (!summary) return null;
  const caseNumber = record.caseNumber.trim();
  return {
    caseNumber,
    fiscalYear:
      fiscalYearOfCell(row[registerColumn('receivedAt') - 1]) ?? fiscalYearOfCaseNumber(caseNumber),
    method: record.track.trim(),
    challenge: record.challenge.trim(),
    title: record.title.trim(),
    organisation: record.organisation.trim(),
    summary,
    agreementDate: knownDate(record.agreementDate),
    pocDate: knownDate(record.pocEnd),
    department: record.department.trim(),
    publishedAt: isoDateOfCell(row[registerColumn('publishedOn') - 1]),
  };
}

/** What the sidebar shows of a case's publication: the four conditions, one by one. */
export function publicationStateOf(record: CaseRecord): {
  consent: string;
  decision: PublicationChoice;
  summary: string;
  publishedOn: string;
  realised: boolean;
  listed: boolean;
} {
  const realised = isRealised(trackFromMethod(record.track), record.status);
  const decision = publicationChoiceOf(record.publication);
  const summary = record.publicSummary.trim();
  return {
    consent: record.publicationConsent.trim(),
    decision,
    summary,
    publishedOn: knownDate(record.publishedOn),
    realised,
    listed:
      realised &&
      hasPublicationConsent(record.publicationConsent) &&
      decision === '公開' &&
      summary !== '',
  };
}

const byCaseNumberDesc = (a: PublicCase, b: PublicCase) =>
  b.caseNumber.localeCompare(a.caseNumber, 'ja', { numeric: true });

/** The one query: the public list of the register's data rows (the header row excluded). */
export function publicList(
  rows: readonly (readonly unknown[])[],
  desk: string,
  generatedAt: Date,
): PublicList {
  const cases = rows
    .map((row) => publicCaseOf(row))
    .filter((c): c is PublicCase => c !== null)
    .sort(byCaseNumberDesc);
  return { schema: PUBLIC_LIST_SCHEMA, generatedAt: generatedAt.toISOString(), desk, cases };
}

export function publicListJson(list: PublicList): string {
  return JSON.stringify(list);
}

const COLUMN_KEYS = Object.keys(PUBLIC_COLUMNS) as Array<keyof typeof PUBLIC_COLUMNS>;

/** Header and one row per case, as plain strings (the CSV and the public sheet share them). */
export function publicTable(list: PublicList): string[][] {
  return [
    COLUMN_KEYS.map((k) => PUBLIC_COLUMNS[k]),
    ...list.cases.map((c) => COLUMN_KEYS.map((k) => String(c[k]))),
  ];
}

/**
 * OWASP "CSV Injection": a cell starting with = + - @ tab or CR is prefixed with a single quote,
 * so a spreadsheet opening the file shows it as text (the full-width ＝＋－＠ too, which Japanese
 * spreadsheet software may also read as a formula).
 */
export function neutraliseCsvCell(text: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a quote, comma, CR or LF is quoted, its quotes doubled. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 byte order mark: Excel opens the file as UTF-8 only with it. */
export const BOM = '\uFEFF';

/** The CSV file's text: BOM, CRLF line ends (RFC 4180), every cell neutralised then quoted. */
export function publicListCsv(list: PublicList): string {
  const lines = publicTable(list).map((row) =>
    row.map((cell) => quoteCsvField(neutraliseCsvCell(cell))).join(','),
  );
  return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * The public spreadsheet's values: the table written as text (a leading apostrophe, so Sheets
 * neither runs '=…' nor turns dates into numbers), padded with blank rows to `minRows` so one
 * setValues also clears what a longer previous list left.
 */
export function publicSheetValues(list: PublicList, minRows: number): string[][] {
  const rows = publicTable(list).map((row) => row.map((cell) => asCellText(cell)));
  const blank = rows[0].map(() => '');
  while (rows.length < minRows) rows.push(blank);
  return rows;
}

/** Number of columns of the public table. */
export const PUBLIC_COLUMN_COUNT = COLUMN_KEYS.length;

/**
 * What "changed" means for the daily regeneration: the public content (not its time stamp) and
 * the settings that decide where and how it is shared. cyrb53, a small non-cryptographic hash.
 */
export function publicationHash(list: PublicList, extra: readonly string[] = []): string {
  const text = JSON.stringify([list.desk, list.cases, ...extra]);
  return hashHex(text);
}

/**
 * The web page's cache in SCRIPT properties (the web app has no document): the JSON text in
 * chunks of at most CACHE_CHUNK_CHARS characters under `publication.cache.<i>`, their count under
 * `publication.cache.chunks`. The reader joins chunks 0 … count−1.
 */
export const CACHE_KEYS = {
  chunks: 'publication.cache.chunks',
  chunk: (i: number) => `publication.cache.${i}`,
} as const;

/** 2,800 characters of Japanese text stay under the 9 KB a property value may hold. */
export const CACHE_CHUNK_CHARS = 2_800;

/** What the cache's JSON may take of the script store's 500 KB, leaving room for its keys. */
export const CACHE_BUDGET_BYTES = 420_000;

export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The list the web page gets: the whole list when its JSON fits the cache budget, else the newest
 * cases that fit (the files and the public spreadsheet always hold every case).
 */
export function cachedList(list: PublicList, budgetBytes = CACHE_BUDGET_BYTES): PublicList {
  if (utf8Bytes(publicListJson(list)) <= budgetBytes) return list;
  let used = utf8Bytes(publicListJson({ ...list, cases: [] }));
  let n = 0;
  for (; n < list.cases.length; n++) {
    used += utf8Bytes(JSON.stringify(list.cases[n])) + 1; // and its comma
    if (used > budgetBytes) break;
  }
  return { ...list, cases: list.cases.slice(0, n) };
}

/**
 * The script-property writes of the cache (one setProperties), and the keys a longer previous
 * cache left behind (deleted after the write).
 */
export function cacheWrites(
  json: string,
  previousChunks: number,
): { writes: Record<string, string>; stale: string[]; chunks: number } {
  const parts = json === '' ? [] : splitForCells(json, CACHE_CHUNK_CHARS);
  const writes: Record<string, string> = { [CACHE_KEYS.chunks]: String(parts.length) };
  parts.forEach((part, i) => (writes[CACHE_KEYS.chunk(i)] = part));
  const stale: string[] = [];
  for (let i = parts.length; i < previousChunks; i++) stale.push(CACHE_KEYS.chunk(i));
  return { writes, stale, chunks: parts.length };
}

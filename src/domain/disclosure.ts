/**
 * The disclosure case file (情報公開請求, issue 13 item 4), pure: what is masked and what the
 * document says. The use case (src/app/documents/disclosure.ts) reads the register row, the case's
 * 履歴 and 対話記録 rows and 設定, and writes the blocks returned here into a Google Doc.
 *
 * Masking rules (each span becomes ■■■; the desk reviews the file before release):
 * 1. email addresses (ASCII or full-width ＠), wherever they appear;
 * 2. phone numbers: 10 or 11 digits starting with 0 (or +81 and 9–10 digits), half- or
 *    full-width, with hyphens, spaces or brackets between — never inside a URL;
 * 3. the case's own personal values, wherever they appear: 氏名, メールアドレス, 電話番号 (as
 *    typed), 代表者（職・氏名） (the whole value and the name after the title), and the staff
 *    addresses in the case's 履歴 (実行者) and 対話記録 (記録者) rows; a name matches with or
 *    without spaces between its characters (青森太郎, 青森 太郎, or a full-width space between), so the names in
 *    相手方・出席者 that are the case's own are masked too;
 * 4. the words listed in 設定「情報公開でマスクする語句」 (comma-separated);
 * 5. when the applicant is a person — 個人事業主 or 個人 (事業者区分) — 所在地 is their home
 *    address: masked whole in the record table and wherever it appears; a company's 所在地 is
 *    the company's and stays.
 * Terms match case-insensitively, longest first. The fields 氏名, メールアドレス and 電話番号 are
 * masked whole in the record table, whatever they hold, and so is 所在地 under rule 5; 代表者
 * keeps its title (代表取締役 ■■■: the office is the organisation's, the name is masked by rule 3).
 */
import { DISCLOSURE_MASK, DISCLOSURE_LABEL, DISCLOSURE_TEXT } from '../strings/disclosure';
import { CHOICES, DOCUMENT_KIND_LABELS, REGISTER_HEADERS, SHEET } from '../strings';
import type { RegisterKey } from './register';
import { personalColumns } from './proposalFields';
import type { TemplateBlock } from './documents/templates';
import { readVersions, versionedName } from './documents/versions';
import { IsoDate } from './calendar/isoDate';
import { toTokyoDate } from './calendar/tokyoTime';
import { isDateValue, isoDateOfCell } from './workflow/caseRecord';
import { tokyoParts, pad } from './tokyoTime';
import { formatWareki } from './wareki';

export { DISCLOSURE_MASK, DISCLOSURE_LABEL };

type RawRecord = Partial<Record<RegisterKey, unknown>>;

/** Fields masked whole in the record table, whatever they hold: the field table's personal ones. */
export const PRIVATE_FIELDS = personalColumns() as readonly RegisterKey[];

/** 事業者区分 of a person (a sole proprietor, an individual): their 所在地 is a home address. */
const PERSON_APPLICANT_TYPES: readonly string[] = [
  CHOICES.applicantType[3],
  CHOICES.applicantType[4],
];

/** Whether the case's 所在地 is a person's (rule 5). */
export function addressIsPersonal(record: RawRecord): boolean {
  return PERSON_APPLICANT_TYPES.includes(cellText(record.applicantType));
}

/** The fields masked whole in this case's record table (see the header). */
export function privateFieldsOf(record: RawRecord): RegisterKey[] {
  return addressIsPersonal(record) ? [...PRIVATE_FIELDS, 'address'] : [...PRIVATE_FIELDS];
}

/** Fields left out of the record table: internal keys, and the links section 4 lists. */
const NOT_IN_RECORD: readonly RegisterKey[] = [
  'responseKey',
  'folder',
  'latestDocument',
  'latestPdf',
  'documentVersions',
];

// ---------------------------------------------------------------------------------- masking

const EMAIL = /[A-Za-z0-9._%+-]+[@＠][A-Za-z0-9-]+(?:[.．][A-Za-z0-9-]+)+/g;
const DIGIT = '[0-9０-９]';
const SEPARATOR = '[-‐‑–—―−ー－ \u3000()（）.．]';
const PHONE = new RegExp(
  `(?<![0-9０-９])(?:[+＋](?:81|８１)${SEPARATOR}{0,2})?${DIGIT}(?:${SEPARATOR}{0,2}${DIGIT}){8,10}(?![0-9０-９])`,
  'g',
);
const URL = /https?:\/\/[^\s\u3000]+/g;
const SPACES = /[\s\u3000]+/g;

/** The desk's words from 設定 (comma-separated; 、，; and line breaks also separate). */
export function maskWordsOf(setting: unknown): string[] {
  return String(setting ?? '')
    .split(/[,、，;；\n]+/)
    .map((w) => w.trim())
    .filter(Boolean);
}

/** What the case's own rows say about the people in it (see the header, rule 3). */
export interface PersonalSources {
  record: RawRecord;
  /** 実行者 of the case's 履歴 rows and 記録者 of its 対話記録 rows. */
  staff: readonly string[];
}

export interface MaskTerms {
  /** Matched with optional spaces between any two characters. */
  names: string[];
  /** Matched as written (runs of spaces match any spaces). */
  words: string[];
}

/** The terms of rule 3 and 4, longest first. */
export function maskTermsOf(sources: PersonalSources, deskWords: readonly string[]): MaskTerms {
  const text = (key: RegisterKey) => cellText(sources.record[key]);
  const names = new Set<string>();
  const words = new Set<string>();
  const name = text('name');
  if (name) names.add(name);
  const representative = text('representative');
  if (representative) {
    words.add(representative);
    // 「代表取締役 青森 一郎」: the name after the title.
    const parts = representative.split(SPACES).filter(Boolean);
    if (parts.length >= 2) names.add(parts.slice(1).join(' '));
  }
  for (const key of ['email', 'phone'] as const) if (text(key)) words.add(text(key));
  if (addressIsPersonal(sources.record) && text('address')) words.add(text('address'));
  for (const s of sources.staff) if (s.trim()) words.add(s.trim());
  for (const w of deskWords) words.add(w);
  const usable = (t: string) => t.replace(SPACES, '').length >= 2 || /[^\x20-\x7e]/.test(t);
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    names: [...names].filter(usable).sort(byLength),
    words: [...words].filter((w) => w.trim() !== '').sort(byLength),
  };
}

/** Masks one text; `count` is how many spans were replaced. */
export function maskText(text: string, terms: MaskTerms): { text: string; count: number } {
  let count = 0;
  const mark = () => {
    count += 1;
    return DISCLOSURE_MASK;
  };
  let out = text.replace(EMAIL, mark);
  // Phone numbers outside URLs (a Drive id may hold ten digits in a row).
  out = splitKeeping(out, URL, (plain) => plain.replace(PHONE, (m) => (isPhone(m) ? mark() : m)));
  for (const pattern of termPatterns(terms)) out = out.replace(pattern, mark);
  return { text: out, count };
}

/** Applies `f` to the parts of `text` outside the matches of `keep`. */
function splitKeeping(text: string, keep: RegExp, f: (plain: string) => string): string {
  let out = '';
  let last = 0;
  const pattern = new RegExp(keep.source, 'g');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out += f(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + f(text.slice(last));
}

function isPhone(candidate: string): boolean {
  const digits = candidate.normalize('NFKC').replace(/\D/g, '');
  if (/^[+＋]/.test(candidate.trim())) return digits.length >= 11 && digits.length <= 12;
  return digits.startsWith('0') && digits.length >= 10 && digits.length <= 11;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every variant a term may be typed in: as is, NFKC (half-width), full-width ASCII. */
function variants(term: string): string[] {
  const half = term.normalize('NFKC');
  const full = half.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return [...new Set([term, half, full])];
}

function termPatterns(terms: MaskTerms): RegExp[] {
  const flexible = (t: string) =>
    [...t.replace(SPACES, '')].map(escapeRegExp).join('[\\s\\u3000]*');
  const spaced = (t: string) => t.trim().split(SPACES).map(escapeRegExp).join('[\\s\\u3000]+');
  const sources = [
    ...terms.names.flatMap(variants).map(flexible),
    ...terms.words.flatMap(variants).map(spaced),
  ].sort((a, b) => b.length - a.length);
  return sources.map((s) => new RegExp(s, 'gi'));
}

// ---------------------------------------------------------------------------------- document

export interface DisclosureInput {
  caseNumber: string;
  /** The register row as getValues() gave it, by column key (dates as Date values). */
  record: RawRecord;
  /** The case's 履歴 rows: 日時, 実行者, 案件番号, 変更前, 変更後, コメント[, 操作ID]. */
  history: readonly unknown[][];
  /** The case's 対話記録 rows: 対話日, 案件番号, 相手方・出席者, 概要, 記録者, 記録日時[, 操作ID]. */
  dialogues: readonly unknown[][];
  /** 設定「情報公開でマスクする語句」 as typed. */
  maskWords: string;
  deskName: string;
  today: IsoDate;
  /** The file's name (`R8-0001_情報公開用案件記録_v1`), printed under the title. */
  name: string;
}

export interface DisclosureDocument {
  /** The document header (every page): the desk must review before release. */
  header: string;
  blocks: TemplateBlock[];
  /** Spans replaced by ■■■. */
  masked: number;
}

/** The disclosure case file of one case, every text masked. */
export function disclosureDocument(input: DisclosureInput): DisclosureDocument {
  const staff = [
    ...input.history.map((r) => cellText(r[1])),
    ...input.dialogues.map((r) => cellText(r[4])),
  ];
  const deskWords = maskWordsOf(input.maskWords);
  const terms = maskTermsOf({ record: input.record, staff }, deskWords);
  let masked = 0;
  const m = (value: unknown): string => {
    const out = maskText(displayText(value), terms);
    masked += out.count;
    return out.text;
  };
  const T = DISCLOSURE_TEXT;

  const privateFields = privateFieldsOf(input.record);
  const recordRows = (Object.keys(REGISTER_HEADERS) as RegisterKey[])
    .filter((key) => !NOT_IN_RECORD.includes(key))
    .map((key) => {
      const value = input.record[key];
      if (privateFields.includes(key) && cellText(value) !== '') {
        masked += 1;
        return [REGISTER_HEADERS[key], DISCLOSURE_MASK];
      }
      return [REGISTER_HEADERS[key], m(value)];
    });
  const historyRows = input.history.map((r) => [
    displayText(r[0]),
    m(r[1]),
    m(r[3]),
    m(r[4]),
    m(r[5]),
  ]);
  const dialogueRows = input.dialogues.map((r) => [
    displayText(r[0]),
    m(r[2]),
    m(r[3]),
    m(r[4]),
    displayText(r[5]),
  ]);
  const documentRows: string[][] = [];
  const spelled = new Map(
    [...Object.values(DOCUMENT_KIND_LABELS), DISCLOSURE_LABEL].map((l) => [l.normalize('NFKC'), l]),
  );
  for (const [read, latest] of readVersions(input.record.documentVersions)) {
    const label = spelled.get(read) ?? read;
    for (let v = 1; v <= latest; v++) {
      documentRows.push([versionedName(input.caseNumber, label, v), label, `第${v}版`]);
    }
  }
  const latestRows = (
    [
      [T.latestDocument, input.record.latestDocument],
      [T.latestPdf, input.record.latestPdf],
    ] as const
  )
    .filter(([, link]) => cellText(link) !== '')
    .map(([label, link]) => [label, m(link)]);

  const section = (heading: string, header: readonly string[], rows: string[][]) =>
    [
      { type: 'heading', text: heading },
      rows.length
        ? { type: 'table', rows: [[...header], ...rows] }
        : { type: 'paragraph', text: T.none },
    ] as TemplateBlock[];

  const title = m(input.record.title);
  const blocks: TemplateBlock[] = [
    { type: 'paragraph', text: T.reviewNotice },
    { type: 'title', text: T.title },
    { type: 'paragraph', text: T.subtitle(input.caseNumber, title), align: 'center' },
    {
      type: 'paragraph',
      text: T.madeOn(formatWareki(input.today), input.deskName, input.name),
      align: 'right',
    },
    ...section(T.sections.record, T.recordHeader, recordRows),
    // An answer kept whole in 長文保管 shows only its start in the register (review reasons say so).
    ...(cellText(input.record.reviewReasons).includes(SHEET.longText)
      ? [{ type: 'paragraph', text: T.longTextNote }]
      : []),
    ...section(T.sections.history, T.historyHeader, historyRows),
    ...section(T.sections.dialogues, T.dialogueHeader, dialogueRows),
    ...section(T.sections.documents, T.documentsHeader, documentRows),
    ...(latestRows.length ? [{ type: 'table', rows: [[...T.latestHeader], ...latestRows] }] : []),
    { type: 'paragraph', text: '' },
  ] as TemplateBlock[];
  // The summary counts every mask, so it is written last and put in place.
  blocks.splice(4, 0, { type: 'paragraph', text: T.maskRules(masked, deskWords.length) });
  blocks.push({ type: 'paragraph', text: T.end, align: 'right' });
  return { header: T.reviewNotice, blocks, masked };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/^'/, '').trim();
}

/** A cell as people read it in the file: dates in 和暦 (with the time when it has one). */
export function displayText(value: unknown): string {
  if (isDateValue(value)) {
    if (Number.isNaN(value.getTime())) return '';
    const p = tokyoParts(value);
    const day = formatWareki(toTokyoDate(value));
    return p.hour === 0 && p.minute === 0 ? day : `${day} ${p.hour}:${pad(p.minute)}`;
  }
  const text = cellText(value);
  const iso = /\d/.test(text) && text.length <= 20 ? isoDateOfCell(text) : '';
  if (iso) {
    try {
      return formatWareki(iso);
    } catch {
      return text;
    }
  }
  return text;
}

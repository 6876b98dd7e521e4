/**
 * The placeholders a template may use ({{名前}}), where each value comes from, and which kinds
 * cannot be generated without it (each kind's `requires`, kindTable.ts). docs/placeholders.md is
 * this list.
 */
import {
  DOCUMENT_MESSAGES,
  PLACEHOLDER_PLACES,
  PLACEHOLDER_TEXT,
  PLACEHOLDER_VALUES,
} from '../../strings/documents';
import { REGISTER_HEADERS } from '../../strings';
import type { IsoDate } from '../calendar/isoDate';
import type { RegisterKey } from '../register';
import { SETTING_DEFINITIONS, Settings } from '../settings';
import { formatWareki } from '../wareki';
import { readCaseDate } from './caseDates';
import type { DocumentKindId } from './kinds';
import { DOCUMENT_KIND_IDS, kindRow } from './kindTable';

export type PlaceholderKey = keyof typeof PLACEHOLDER_TEXT;
export type PlaceholderValue = string | string[];

type Source =
  | { from: 'register'; column: RegisterKey; fallback?: RegisterKey }
  | { from: 'settings'; key: keyof Settings }
  | { from: 'today' }
  | { from: 'version' }
  /** 市長職名 and 市長名 together (a 市長名 that already starts with the title is kept as is). */
  | { from: 'mayor' }
  /** The letter's 文書番号, reserved when a reply letter is generated (replyNumber.ts). */
  | { from: 'replyNumber' }
  /** （公印省略） when 設定「公印省略」 says so, else nothing. */
  | { from: 'seal' };

export interface PlaceholderDefinition {
  readonly key: PlaceholderKey;
  /** As typed in a template, between {{ and }}. */
  readonly name: string;
  /**
   * text: one line (line breaks joined); lines: text whose line breaks stay line breaks; date:
   * printed in 和暦; list: one entry per line, printed (1), (2)… (docs/placeholders.md).
   */
  readonly type: 'text' | 'lines' | 'date' | 'list';
  readonly source: Source;
  readonly requiredFor: readonly DocumentKindId[];
  /** A blank value fills as nothing instead of stopping the generation (公印省略 off). */
  readonly mayBeBlank?: boolean;
}

/** The kinds that cannot be made without this placeholder (their `requires`, kindTable.ts). */
function kindsRequiring(key: PlaceholderKey): DocumentKindId[] {
  return DOCUMENT_KIND_IDS.filter((id) => kindRow(id).requires.includes(key));
}

const register = (column: RegisterKey, fallback?: RegisterKey): Source => ({
  from: 'register',
  column,
  fallback,
});
const setting = (key: keyof Settings): Source => ({ from: 'settings', key });

function define(
  key: PlaceholderKey,
  type: PlaceholderDefinition['type'],
  source: Source,
  mayBeBlank = false,
): PlaceholderDefinition {
  const requiredFor = kindsRequiring(key);
  return { key, name: PLACEHOLDER_TEXT[key].name, type, source, requiredFor, mayBeBlank };
}

export const PLACEHOLDERS: readonly PlaceholderDefinition[] = [
  define('caseNumber', 'text', register('caseNumber')),
  define('title', 'text', register('title')),
  define('organisation', 'text', register('organisation')),
  define('applicantAddress', 'text', register('address')),
  define('representative', 'text', register('representative')),
  define('applicantName', 'text', register('name')),
  // The letter goes to the representative; a sole proprietor without one, to the contact person.
  define('addressee', 'text', register('representative', 'name')),
  define('replyNumber', 'text', { from: 'replyNumber' }),
  define('replyReason', 'lines', register('replyReason')),
  define('receivedDate', 'date', register('receivedAt')),
  define('goal', 'text', register('goal')),
  define('roleSplit', 'lines', register('roleSplit')),
  define('partnershipItems', 'list', register('partnershipItems')),
  define('agreementDate', 'date', register('agreementDate')),
  define('agreementEnd', 'date', register('agreementEnd')),
  define('pocStart', 'date', register('periodStart')),
  define('pocEnd', 'date', register('pocEnd', 'periodEnd')),
  define('reportDays', 'text', setting('pocReportDays')),
  define('today', 'date', { from: 'today' }),
  define('version', 'text', { from: 'version' }),
  define('cityName', 'text', setting('cityName')),
  define('cityAddress', 'text', setting('cityAddress')),
  define('mayor', 'text', { from: 'mayor' }),
  define('mayorTitle', 'text', setting('mayorTitle')),
  define('mayorName', 'text', setting('mayorName')),
  define('sealOmitted', 'text', { from: 'seal' }, true),
  define('deskName', 'text', setting('deskName')),
  define('department', 'text', setting('department')),
  define('address', 'text', setting('address')),
  define('phone', 'text', setting('phone')),
];

export function placeholderByName(name: string): PlaceholderDefinition | undefined {
  return PLACEHOLDERS.find((p) => p.name === name);
}

/** Everything a case offers to its documents. */
export interface CaseData {
  record: Partial<Record<RegisterKey, unknown>>;
  settings: Settings;
  /** The Tokyo date of generation. */
  today: IsoDate;
  version: number;
  /** The reply letter's 文書番号 (absent for agreements). */
  replyNumber?: string;
}

export interface PlaceholderValues {
  /** By placeholder name; blank values are absent. */
  values: Map<string, PlaceholderValue>;
  /** By placeholder name: why a value present in the register cannot be used (bad date…). */
  problems: Map<string, string>;
}

export function collectValues(data: CaseData): PlaceholderValues {
  const values = new Map<string, PlaceholderValue>();
  const problems = new Map<string, string>();
  for (const def of PLACEHOLDERS) {
    const raw = rawValue(def.source, data);
    const read = readValue(def.type, raw);
    if ('problem' in read) problems.set(def.name, read.problem);
    else if (read.value.length || def.mayBeBlank) values.set(def.name, read.value);
  }
  return { values, problems };
}

/** Lines of a list cell, without the bullets or numbers people type ('・', '-', '(1)', '1.'). */
export function listEntries(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line.replace(/^\s*(?:[・\-*•●◦]|[(（]\s*\d+\s*[)）]|\d+\s*[.．、)）])\s*/, '').trim(),
    )
    .filter(Boolean);
}

/** '(1)\u3000…\n(2)\u3000…': a list printed as a municipal agreement numbers its items (各号). */
export function numberedLines(entries: readonly string[]): string {
  return entries.map((entry, i) => `${PLACEHOLDER_VALUES.itemNumber(i + 1)}${entry}`).join('\n');
}

export interface MissingItem {
  /** 案件台帳 / 設定 */
  place: string;
  /** The column or setting a person fills. */
  field: string;
  reason: string;
}

/** What must be filled before this kind can be generated (empty: ready). */
export function missingFor(kind: DocumentKindId, collected: PlaceholderValues): MissingItem[] {
  const missing: MissingItem[] = [];
  const minimum = kindRow(kind).minimumEntries ?? {};
  for (const def of PLACEHOLDERS.filter((p) => p.requiredFor.includes(kind))) {
    const problem = collected.problems.get(def.name);
    const value = collected.values.get(def.name);
    if (problem) missing.push({ ...whereToFill(def), reason: problem });
    else if (value === undefined)
      missing.push({ ...whereToFill(def), reason: DOCUMENT_MESSAGES.reasonBlank });
    else if (value.length < (minimum[def.key] ?? 0)) {
      missing.push({
        ...whereToFill(def),
        reason: DOCUMENT_MESSAGES.reasonTooFewItems(minimum[def.key] ?? 0),
      });
    }
  }
  return missing;
}

export function missingMessage(label: string, missing: MissingItem[]): string {
  return [
    DOCUMENT_MESSAGES.missingHeader(label),
    ...missing.map((m) => DOCUMENT_MESSAGES.missingItem(m.field, m.place, m.reason)),
    DOCUMENT_MESSAGES.nothingCreated,
  ].join('\n');
}

function whereToFill(def: PlaceholderDefinition): { place: string; field: string } {
  const source = def.source;
  if (source.from === 'register') {
    return { place: PLACEHOLDER_PLACES.register, field: REGISTER_HEADERS[source.column] };
  }
  const key =
    source.from === 'mayor' ? 'mayorName' : source.from === 'settings' ? source.key : null;
  if (key) {
    const label = SETTING_DEFINITIONS.find((d) => d.key === key)?.label ?? key;
    return { place: PLACEHOLDER_PLACES.settings, field: label };
  }
  return { place: PLACEHOLDER_PLACES.computed, field: def.name };
}

function rawValue(source: Source, data: CaseData): unknown {
  switch (source.from) {
    case 'register': {
      const value = data.record[source.column];
      const blank = value === undefined || value === null || String(value).trim() === '';
      return blank && source.fallback ? data.record[source.fallback] : value;
    }
    case 'settings':
      return data.settings[source.key];
    case 'today':
      return data.today;
    case 'version':
      return data.version;
    case 'mayor':
      return mayorLine(data.settings);
    case 'replyNumber':
      return data.replyNumber ?? '';
    case 'seal':
      return data.settings.sealOmitted ? PLACEHOLDER_VALUES.sealOmitted : '';
  }
}

/**
 * 「青森市長 西 秀記」 (a full-width space between): the title and the name. Before issue 12 市長名 held both, so a name that
 * already starts with the title is printed as it is; a blank name leaves the value blank (the
 * missing-data message then names 設定「市長名」).
 */
export function mayorLine(settings: Pick<Settings, 'mayorTitle' | 'mayorName'>): string {
  const name = String(settings.mayorName ?? '').trim();
  const title = String(settings.mayorTitle ?? '').trim();
  if (!name) return '';
  if (!title || name.startsWith(title)) return name;
  return `${title}${PLACEHOLDER_VALUES.titleNameSeparator}${name}`;
}

function readValue(
  type: PlaceholderDefinition['type'],
  raw: unknown,
): { value: PlaceholderValue } | { problem: string } {
  if (type === 'list') return { value: listEntries(String(raw ?? '')) };
  if (type === 'date') {
    const date = readCaseDate(raw);
    if (date.kind === 'blank') return { value: '' };
    if (date.kind === 'unreadable')
      return { problem: DOCUMENT_MESSAGES.reasonBadDate(String(raw)) };
    try {
      return { value: formatWareki(date.iso) };
    } catch {
      return { problem: DOCUMENT_MESSAGES.reasonEraDate(date.iso) };
    }
  }
  const text = Array.isArray(raw) ? raw.join(', ') : String(raw ?? '');
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  // A line break has no place inside a sentence of a letter: plain text joins its lines.
  return { value: lines.join(type === 'lines' ? '\n' : '').trim() };
}

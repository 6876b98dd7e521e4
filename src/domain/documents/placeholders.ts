/**
 * The placeholders a template may use ({{名前}}), where each value comes from, and which kinds
 * cannot be generated without it. docs/placeholders.md is this list.
 */
import { DOCUMENT_MESSAGES, PLACEHOLDER_PLACES, PLACEHOLDER_TEXT } from '../../strings/documents';
import { REGISTER_HEADERS } from '../../strings';
import type { IsoDate } from '../calendar/isoDate';
import type { RegisterKey } from '../register';
import { SETTING_DEFINITIONS, Settings } from '../settings';
import { formatWareki } from '../wareki';
import { readCaseDate } from './caseDates';
import type { DocumentKindId } from './kinds';

export type PlaceholderKey = keyof typeof PLACEHOLDER_TEXT;
export type PlaceholderValue = string | string[];

type Source =
  | { from: 'register'; column: RegisterKey; fallback?: RegisterKey }
  | { from: 'settings'; key: keyof Settings }
  | { from: 'today' }
  | { from: 'version' };

export interface PlaceholderDefinition {
  readonly key: PlaceholderKey;
  /** As typed in a template, between {{ and }}. */
  readonly name: string;
  /**
   * text: one line (line breaks joined); lines: text whose line breaks stay line breaks; date:
   * printed in 和暦; list: one entry per line, printed as list items.
   */
  readonly type: 'text' | 'lines' | 'date' | 'list';
  readonly source: Source;
  readonly requiredFor: readonly DocumentKindId[];
}

const REPLIES: DocumentKindId[] = ['replyAccepted', 'replyDeclined'];
const AGREEMENTS: DocumentKindId[] = [
  'partnershipAgreement',
  'comprehensiveAgreement',
  'pocAgreement',
];
const ALL: DocumentKindId[] = [...REPLIES, ...AGREEMENTS];
const POC: DocumentKindId[] = ['pocAgreement'];

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
  requiredFor: DocumentKindId[],
): PlaceholderDefinition {
  return { key, name: PLACEHOLDER_TEXT[key].name, type, source, requiredFor };
}

export const PLACEHOLDERS: readonly PlaceholderDefinition[] = [
  define('caseNumber', 'text', register('caseNumber'), REPLIES),
  define('title', 'text', register('title'), ALL),
  define('organisation', 'text', register('organisation'), ALL),
  define('representative', 'text', register('representative'), AGREEMENTS),
  define('applicantName', 'text', register('name'), REPLIES),
  define('receivedDate', 'date', register('receivedAt'), REPLIES),
  define('goal', 'text', register('goal'), AGREEMENTS),
  define('roleSplit', 'lines', register('roleSplit'), AGREEMENTS),
  define('partnershipItems', 'list', register('partnershipItems'), AGREEMENTS),
  define('agreementDate', 'date', register('agreementDate'), AGREEMENTS),
  define('agreementEnd', 'date', register('agreementEnd'), AGREEMENTS),
  define('pocStart', 'date', register('periodStart'), POC),
  define('pocEnd', 'date', register('pocEnd', 'periodEnd'), POC),
  define('reportDays', 'text', setting('pocReportDays'), POC),
  define('today', 'date', { from: 'today' }, REPLIES),
  define('version', 'text', { from: 'version' }, []),
  define('cityName', 'text', setting('cityName'), ALL),
  define('mayorName', 'text', setting('mayorName'), ALL),
  define('deskName', 'text', setting('deskName'), REPLIES),
  define('department', 'text', setting('department'), REPLIES),
  define('address', 'text', setting('address'), REPLIES),
  define('phone', 'text', setting('phone'), REPLIES),
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
    else if (read.value.length) values.set(def.name, read.value);
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

export interface MissingItem {
  /** 案件台帳 / 設定 */
  place: string;
  /** The column or setting a person fills. */
  field: string;
  reason: string;
}

const COMPREHENSIVE_MIN_ITEMS = 2;

/** What must be filled before this kind can be generated (empty: ready). */
export function missingFor(kind: DocumentKindId, collected: PlaceholderValues): MissingItem[] {
  const missing: MissingItem[] = [];
  for (const def of PLACEHOLDERS.filter((p) => p.requiredFor.includes(kind))) {
    const problem = collected.problems.get(def.name);
    const value = collected.values.get(def.name);
    if (problem) missing.push({ ...whereToFill(def), reason: problem });
    else if (value === undefined)
      missing.push({ ...whereToFill(def), reason: DOCUMENT_MESSAGES.reasonBlank });
    else if (
      kind === 'comprehensiveAgreement' &&
      def.key === 'partnershipItems' &&
      value.length < COMPREHENSIVE_MIN_ITEMS
    ) {
      missing.push({
        ...whereToFill(def),
        reason: DOCUMENT_MESSAGES.reasonTooFewItems(COMPREHENSIVE_MIN_ITEMS),
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
  if (source.from === 'settings') {
    const label = SETTING_DEFINITIONS.find((d) => d.key === source.key)?.label ?? source.key;
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
  }
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

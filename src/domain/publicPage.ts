/**
 * The public web page's data (docs/public-page.md), pure so that the server (src/app/publicPage.ts)
 * and the page (src/ui/public.ts) share it: reading the cached public list defensively, keeping
 * only its public fields, the page's filters and search, and the JSON that carries it all into
 * the page without a character HTML could act on.
 *
 * The cache is written by the publication feature (src/app/publication.ts) in script properties:
 * one JSON text of schema `kouminrenkei-public-list/1`, split into chunks — the count under
 * `publication.cache.chunks`, chunk i under `publication.cache.<i>` (i from 0).
 */
/** Script-property keys of the cached public list (written by the publication feature). */
export const PUBLIC_LIST_CACHE = {
  chunks: 'publication.cache.chunks',
  chunk: (i: number) => `publication.cache.${i}`,
} as const;

/** The schema id the cache carries; another schema is not read. */
export const PUBLIC_LIST_SCHEMA = 'kouminrenkei-public-list/1';

/**
 * One published case as the page shows it: exactly the public fields of schema
 * `kouminrenkei-public-list/1` (case number, fiscal year, method, 課題, title, organisation,
 * 公開概要, dates of agreement and PoC, department, 公開日). Nothing else reaches the page.
 */
export interface PublicCase {
  caseNumber: string;
  /** null when the cache held no usable year. */
  fiscalYear: number | null;
  method: string;
  /** '' when the case answers no 課題. */
  challenge: string;
  title: string;
  organisation: string;
  summary: string;
  /** 'YYYY-MM-DD' or ''. */
  agreementDate: string;
  pocDate: string;
  department: string;
  publishedAt: string;
}

/** The filters a visitor sets; '' means "all". */
export interface PublicFilters {
  q: string;
  year: string;
  method: string;
  challenge: string;
}

export const NO_FILTERS: PublicFilters = { q: '', year: '', method: '', challenge: '' };

/**
 * Everything the page receives. `state`: 'ok' (a list, possibly with no case), 'missing' (never
 * published: no cache) or 'unreadable' (a cache that could not be read — partly written, another
 * schema, broken JSON). The page shows a polite message for the last two.
 */
export interface PublicPageData {
  state: 'ok' | 'missing' | 'unreadable';
  desk: string;
  /** ISO instant the list was generated, or ''. */
  generatedAt: string;
  cases: PublicCase[];
  initial: PublicFilters;
}

/** Longest text kept from one cached field or one query parameter (a page, not a dump). */
const MAX_FIELD_CHARS = 4000;
const MAX_QUERY_CHARS = 200;
/** Most chunks a cache can have (500 KB store / 9 KB values); more means it is broken. */
const MAX_CHUNKS = 1000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown, max = MAX_FIELD_CHARS): string {
  if (typeof value === 'string') return value.trim().slice(0, max);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function isoDate(value: unknown): string {
  const t = text(value);
  return ISO_DATE.test(t) ? t : '';
}

function year(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1900 && n <= 9999 ? n : null;
}

/** A cached case reduced to its public fields; null when it is not an object or has no title. */
export function publicCase(raw: unknown): PublicCase | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const c: PublicCase = {
    caseNumber: text(r.caseNumber),
    fiscalYear: year(r.fiscalYear),
    method: text(r.method),
    challenge: text(r.challenge),
    title: text(r.title),
    organisation: text(r.organisation),
    summary: text(r.summary),
    agreementDate: isoDate(r.agreementDate),
    pocDate: isoDate(r.pocDate),
    department: text(r.department),
    publishedAt: isoDate(r.publishedAt),
  };
  return c.title || c.caseNumber ? c : null;
}

export interface CachedPublicList {
  state: PublicPageData['state'];
  desk: string;
  generatedAt: string;
  cases: PublicCase[];
}

/**
 * The cached list from the script properties one getProperties() returned. Never throws: a
 * missing cache is 'missing', anything not of the schema (a chunk missing, broken JSON, another
 * schema) is 'unreadable'. Only the public fields of each case are kept.
 */
export function readPublicListCache(props: Record<string, string> | null): CachedPublicList {
  const none = (state: CachedPublicList['state']): CachedPublicList => ({
    state,
    desk: '',
    generatedAt: '',
    cases: [],
  });
  const countText = props?.[PUBLIC_LIST_CACHE.chunks];
  if (!props || countText === undefined || countText === null || countText === '') {
    return none('missing');
  }
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1 || count > MAX_CHUNKS) return none('unreadable');
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const part = props[PUBLIC_LIST_CACHE.chunk(i)];
    if (typeof part !== 'string') return none('unreadable');
    parts.push(part);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(parts.join(''));
  } catch {
    return none('unreadable');
  }
  if (!parsed || typeof parsed !== 'object') return none('unreadable');
  const list = parsed as Record<string, unknown>;
  if (list.schema !== PUBLIC_LIST_SCHEMA || !Array.isArray(list.cases)) return none('unreadable');
  const cases = list.cases.map(publicCase).filter((c): c is PublicCase => c !== null);
  return {
    state: 'ok',
    desk: text(list.desk, MAX_QUERY_CHARS),
    generatedAt: text(list.generatedAt, MAX_QUERY_CHARS),
    cases,
  };
}

/** The initial filters from the request's parameters (e.parameter): `q`, `year`, `method`, `challenge`. */
export function filtersFromParameters(parameter: unknown): PublicFilters {
  const p = (parameter && typeof parameter === 'object' ? parameter : {}) as Record<
    string,
    unknown
  >;
  return {
    q: text(p.q, MAX_QUERY_CHARS),
    year: text(p.year, MAX_QUERY_CHARS),
    method: text(p.method, MAX_QUERY_CHARS),
    challenge: text(p.challenge, MAX_QUERY_CHARS),
  };
}

/**
 * The page data as JSON with every `<`, `>`, `&`, `'` (and U+2028/2029) written as a \u escape:
 * JSON.parse gives the same value back, and the text holds no character that could end an
 * attribute, a tag or a script block — even before HtmlService's own escaping of `<?= ?>`.
 */
export function pageDataJson(data: PublicPageData): string {
  return JSON.stringify(data).replace(
    /[<>&'\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

// ------------------------------------------------------------------ the page's filters

/** Text as searched: NFKC (全角 and 半角 alike), lower case. */
export function searchKey(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

/** The search words of a query, split at spaces (half- or full-width). */
export function searchTerms(query: string): string[] {
  return searchKey(query)
    .split(/\s+/)
    .filter((t) => t !== '');
}

/** Everything a search looks in, as one key. */
export function caseSearchText(c: PublicCase): string {
  return searchKey(
    [
      c.caseNumber,
      c.title,
      c.organisation,
      c.summary,
      c.department,
      c.method,
      c.challenge,
      c.fiscalYear === null ? '' : String(c.fiscalYear),
    ].join('\n'),
  );
}

/** Whether a case passes the filters: each set filter matches exactly, every search word is found. */
export function matchesFilters(
  c: PublicCase,
  filters: PublicFilters,
  searchText = caseSearchText(c),
): boolean {
  if (filters.year && String(c.fiscalYear ?? '') !== filters.year) return false;
  if (filters.method && c.method !== filters.method) return false;
  if (filters.challenge && c.challenge !== filters.challenge) return false;
  return searchTerms(filters.q).every((t) => searchText.includes(t));
}

/** The choices of each filter, from the cases: years newest first, the rest in Japanese order. */
export function filterChoices(cases: PublicCase[]): {
  years: number[];
  methods: string[];
  challenges: string[];
} {
  const distinct = (values: string[]) =>
    [...new Set(values.filter((v) => v !== ''))].sort((a, b) => a.localeCompare(b, 'ja'));
  const years = [...new Set(cases.map((c) => c.fiscalYear).filter((y): y is number => y !== null))];
  return {
    years: years.sort((a, b) => b - a),
    methods: distinct(cases.map((c) => c.method)),
    challenges: distinct(cases.map((c) => c.challenge)),
  };
}

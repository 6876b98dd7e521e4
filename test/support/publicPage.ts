/**
 * The public web page on the emulator, for tests, the demo and the bench: the cached public list
 * written straight into script properties (as the publication feature leaves it), and the page a
 * visitor gets from doGet — `renderPublicPage(desk)` is what the demo writes to
 * out/public/index.html.
 */
import type { Workspace } from 'gas-emulator/workspace';
import type { AddonHost, WebAppResponse } from 'gas-emulator/host';
import type { Desk } from './desk';

/** Schema `kouminrenkei-public-list/1` (src/domain/publicPage.ts; written by src/app/publication.ts). */
export interface CachedCase {
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
  /** Anything else a broken writer might leave in: never shown. */
  [extra: string]: unknown;
}

export interface CachedList {
  schema: string;
  generatedAt: string;
  desk: string;
  cases: CachedCase[];
}

/** Characters per chunk: at most 3 UTF-8 bytes each, so a chunk stays under 9 KB per value. */
const CHUNK_CHARS = 3000;

export function cachedList(cases: CachedCase[], desk = '青森市 公民連携デスク'): CachedList {
  return {
    schema: 'kouminrenkei-public-list/1',
    generatedAt: '2026-05-11T00:30:00.000Z',
    desk,
    cases,
  };
}

/**
 * Writes the list as the publication feature caches it: chunk count under
 * `publication.cache.chunks`, chunk i under `publication.cache.<i>`. Straight into the store (no
 * execution, nothing charged); a 10,000-case list is bigger than Google's 500 KB store allows,
 * which only the call-budget test needs.
 */
export function writePublicListCache(ws: Workspace, list: CachedList | string): void {
  const text = typeof list === 'string' ? list : JSON.stringify(list);
  const chars = Array.from(text); // whole code points: no chunk ends inside a surrogate pair
  const chunks: string[] = [];
  for (let i = 0; i < chars.length; i += CHUNK_CHARS) {
    chunks.push(chars.slice(i, i + CHUNK_CHARS).join(''));
  }
  const store = ws.properties.script;
  for (const key of [...store.keys()]) if (key.startsWith('publication.cache.')) store.delete(key);
  store.set('publication.cache.chunks', String(chunks.length));
  chunks.forEach((chunk, i) => store.set(`publication.cache.${i}`, chunk));
}

/** A visitor's GET of the web app (doGet through the host), failing loudly if it errored. */
export function publicPageResponse(host: AddonHost, query = ''): WebAppResponse {
  const response = host.webAppGet(query);
  if (response.error) throw response.error;
  return response;
}

/**
 * The public page as a standalone HTML file: doGet run through the host as a web-app request,
 * its title and viewport tag in <head>. Open it in a browser as it is.
 */
export function renderPublicPage(desk: Pick<Desk, 'host'>, query = ''): string {
  return publicPageResponse(desk.host, query).page;
}

/** The JSON the page reads, decoded from its data-list attribute as a browser would. */
export function pageData(content: string): Record<string, unknown> & { cases: CachedCase[] } {
  const match = /<div id="public-data" hidden data-list="([^"]*)"><\/div>/.exec(content);
  if (!match) throw new Error('the page has no #public-data element');
  const decoded = match[1].replace(/&(quot|amp|lt|gt|#39);/g, (_, name: string) =>
    name === 'quot' ? '"' : name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : "'",
  );
  return JSON.parse(decoded) as Record<string, unknown> & { cases: CachedCase[] };
}

/** Values meant to break out of an attribute, a script block, or into a spreadsheet formula. */
export const HOSTILE_TEXT = {
  script: '</script><script>alert(1)</script>',
  attribute: '"onmouseover=alert(1) x="',
  formula: "=cmd|' /C calc'!A0",
  tag: '<img src=x onerror=alert(1)>',
  scriptlet: '<?!= ScriptApp.getOAuthToken() ?>',
  comment: '<!-- -->--!><svg onload=alert(1)>',
  separators: 'a\u2028b\u2029c',
} as const;

/** Strings that must never appear in a public output: each stands for a private field. */
export const PRIVATE_MARKERS = {
  email: 'MARKER-EMAIL-7f3a@example.invalid',
  phone: 'MARKER-PHONE-0120-999-4821',
  applicantName: 'MARKER-NAME-山田花子',
  proposalContent: 'MARKER-CONTENT-提案内容',
  internalComment: 'MARKER-COMMENT-内部メモ',
} as const;

/** A published case; the private-field markers ride along as extra fields a page must drop. */
export function sampleCase(i: number, overrides: Partial<CachedCase> = {}): CachedCase {
  const methods = ['包括連携協定', '実証実験', '事業提案'];
  const challenges = ['除雪の効率化', '', '子育て支援', '観光振興'];
  return {
    caseNumber: `R${(i % 3) + 6}-${String(i + 1).padStart(4, '0')}`,
    fiscalYear: 2024 + (i % 3),
    method: methods[i % methods.length],
    challenge: challenges[i % challenges.length],
    title: `事例${i + 1}\u3000地域課題の解決に向けた取組`,
    organisation: `株式会社サンプル${i + 1}`,
    summary: `市と事業者${i + 1}が連携し、地域の課題解決に取り組みました。`,
    agreementDate: `${2024 + (i % 3)}-06-${String((i % 28) + 1).padStart(2, '0')}`,
    pocDate: i % 2 ? `${2024 + (i % 3)}-09-01` : '',
    department: ['都市整備部 道路維持課', 'こども未来部 子育て支援課', '経済部 観光課'][i % 3],
    publishedAt: '2026-05-01',
    ...overrides,
  };
}

/** The markers as extra fields of a cached case (a writer that forgot to strip them). */
export function withPrivateFields(c: CachedCase): CachedCase {
  return { ...c, ...PRIVATE_MARKERS };
}

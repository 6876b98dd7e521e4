/**
 * The public page's pure rules (src/domain/publicPage.ts): reading the cache the publication
 * feature writes, the JSON that carries it into the page, and the page's filters and search.
 */
import {
  filterChoices,
  matchesFilters,
  NO_FILTERS,
  pageDataJson,
  PUBLIC_LIST_CACHE,
  PUBLIC_LIST_SCHEMA,
  PublicCase,
  readPublicListCache,
} from '../../src/domain/publicPage';
import {
  CACHE_KEYS,
  cacheWrites,
  PUBLIC_LIST_SCHEMA as WRITER_SCHEMA,
  PublicList,
  publicListJson,
} from '../../src/domain/publication';
import { fiscalYearLabel, japaneseDate, japaneseDateTime } from '../../src/strings/publicPage';
import { fiscalEra } from '../../src/domain/fiscalYear';

function aCase(overrides: Partial<PublicCase> = {}): PublicCase {
  return {
    caseNumber: 'R7-0001',
    fiscalYear: 2025,
    method: '実証実験',
    challenge: '除雪の効率化',
    title: '除雪状況の見える化',
    organisation: '株式会社あおもりテック',
    summary: '除雪車両の位置を地図で公開しました。',
    agreementDate: '2025-06-01',
    pocDate: '2025-12-01',
    department: '都市整備部 道路維持課',
    publishedAt: '2026-05-01',
    ...overrides,
  };
}

describe('reading the cache the publication feature writes', () => {
  it('uses the same keys and schema as the writer', () => {
    expect(PUBLIC_LIST_SCHEMA).toBe(WRITER_SCHEMA);
    expect(PUBLIC_LIST_CACHE.chunks).toBe(CACHE_KEYS.chunks);
    expect(PUBLIC_LIST_CACHE.chunk(7)).toBe(CACHE_KEYS.chunk(7));
  });

  it("reads back, case for case, what the writer's cacheWrites stores (many chunks, 𠮷 kept whole)", () => {
    const cases = Array.from({ length: 40 }, (_, i) =>
      aCase({ caseNumber: `R7-${i}`, summary: `𠮷野家の${'長い概要'.repeat(60)}${i}` }),
    );
    const list: PublicList = {
      schema: WRITER_SCHEMA,
      generatedAt: '2026-05-11T00:30:00.000Z',
      desk: '公民連携デスク',
      cases: cases as PublicList['cases'],
    };
    const { writes, chunks } = cacheWrites(publicListJson(list), 0);
    expect(chunks).toBeGreaterThan(3);
    expect(readPublicListCache(writes)).toEqual({
      state: 'ok',
      desk: '公民連携デスク',
      generatedAt: '2026-05-11T00:30:00.000Z',
      cases,
    });
  });

  it('an empty list is ok with no case; no cache is missing; a short count is unreadable', () => {
    const empty = cacheWrites(
      publicListJson({ schema: WRITER_SCHEMA, generatedAt: '', desk: '', cases: [] }),
      0,
    ).writes;
    expect(readPublicListCache(empty)).toMatchObject({ state: 'ok', cases: [] });
    expect(readPublicListCache({}).state).toBe('missing');
    expect(readPublicListCache(null).state).toBe('missing');
    expect(readPublicListCache({ [PUBLIC_LIST_CACHE.chunks]: '0' }).state).toBe('unreadable');
    expect(readPublicListCache({ [PUBLIC_LIST_CACHE.chunks]: '1.5' }).state).toBe('unreadable');
  });
});

describe('pageDataJson', () => {
  it('holds no character HTML acts on, and parses back to the same data', () => {
    const data = {
      state: 'ok' as const,
      desk: `</script><!-- '"&`,
      generatedAt: '',
      cases: [aCase({ title: '<b>\u2028</b>' })],
      initial: { ...NO_FILTERS, q: "'><svg onload=alert(1)>" },
    };
    const json = pageDataJson(data);
    expect(json).not.toMatch(/[<>&'\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('filters and search', () => {
  const cases = [
    aCase(),
    aCase({ caseNumber: 'R6-0002', fiscalYear: 2024, method: '包括連携協定', challenge: '' }),
    aCase({
      caseNumber: 'R7-0003',
      organisation: 'ＡＢＣ商事',
      challenge: '子育て支援',
      department: 'こども未来部',
    }),
  ];

  it('each set filter must match exactly', () => {
    const pick = (f: Partial<typeof NO_FILTERS>) =>
      cases.filter((c) => matchesFilters(c, { ...NO_FILTERS, ...f })).map((c) => c.caseNumber);
    expect(pick({})).toEqual(['R7-0001', 'R6-0002', 'R7-0003']);
    expect(pick({ year: '2024' })).toEqual(['R6-0002']);
    expect(pick({ method: '実証実験', challenge: '子育て支援' })).toEqual(['R7-0003']);
    expect(pick({ challenge: '除雪' })).toEqual([]);
  });

  it('search: every word, anywhere public, full- and half-width alike, any case', () => {
    const pick = (q: string) =>
      cases.filter((c) => matchesFilters(c, { ...NO_FILTERS, q })).map((c) => c.caseNumber);
    expect(pick('abc')).toEqual(['R7-0003']);
    expect(pick('r6-0002')).toEqual(['R6-0002']);
    expect(pick('除雪　道路')).toEqual(['R7-0001', 'R6-0002']);
    expect(pick('除雪 こども')).toEqual(['R7-0003']);
    expect(pick('   ')).toHaveLength(3);
  });

  it('choices: years newest first, no blank 課題', () => {
    expect(filterChoices(cases)).toEqual({
      years: [2025, 2024],
      methods: ['包括連携協定', '実証実験'].sort((a, b) => a.localeCompare(b, 'ja')),
      challenges: ['子育て支援', '除雪の効率化'].sort((a, b) => a.localeCompare(b, 'ja')),
    });
  });
});

describe('the page’s Japanese dates', () => {
  it('formats fiscal years with their era, dates and the generation time in Tokyo', () => {
    expect(fiscalYearLabel(2019, fiscalEra(2019))).toBe('2019年度（令和元年度）');
    expect(fiscalYearLabel(2025, fiscalEra(2025))).toBe('2025年度（令和7年度）');
    expect(japaneseDate('2025-04-01')).toBe('2025年4月1日');
    expect(japaneseDate('')).toBe('');
    expect(japaneseDateTime('2026-05-11T00:30:00.000Z')).toBe('2026年5月11日 9:30');
    expect(japaneseDateTime('soon')).toBe('');
  });
});

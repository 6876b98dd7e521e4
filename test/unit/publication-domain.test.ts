/** The public list's pure rules (src/domain/publication.ts; issue 13). */
import {
  BOM,
  cachedList,
  CACHE_CHUNK_CHARS,
  CACHE_KEYS,
  cacheWrites,
  fiscalYearOfCell,
  hasPublicationConsent,
  neutraliseCsvCell,
  PUBLIC_LIST_SCHEMA,
  publicationChoiceOf,
  publicationHash,
  publicList,
  publicListCsv,
  publicSheetValues,
  quoteCsvField,
  utf8Bytes,
} from '../../src/domain/publication';
import { REGISTER_COLUMNS, RegisterKey } from '../../src/domain/register';
import { isRealised, TRACKS } from '../../src/domain/workflow/tracks';
import { PUBLICATION_CONSENT_CHOICES } from '../../src/strings';

function row(fields: Partial<Record<RegisterKey, unknown>>): unknown[] {
  return REGISTER_COLUMNS.map((k) => fields[k] ?? '');
}

const PUBLISHED: Partial<Record<RegisterKey, unknown>> = {
  caseNumber: 'R8-0002',
  receivedAt: new Date('2026-05-11T00:00:00Z'),
  status: '事業実施',
  track: 'パートナーシップ事業',
  title: '件名',
  organisation: '株式会社テスト',
  publicationConsent: PUBLICATION_CONSENT_CHOICES[0],
  publication: '公開',
  publicSummary: '概要',
  agreementDate: new Date('2026-06-30T15:00:00Z'),
  name: '秘密 太郎',
  email: 'secret@example.jp',
};

describe('realised, from the process table', () => {
  test.each([
    ['partnership', '連携協定締結', true],
    ['partnership', '事業実施', true],
    ['partnership', '回答（可）', false],
    ['poc', '連携協定締結', false],
    ['poc', '実施準備', false],
    ['poc', '実証実験の実施・立ち合い', true],
    ['poc', '報告書受領', true],
    ['other', '担当課へ引継ぎ', false],
    ['other', '完了', true],
    ['partnership', '不採択', false],
  ] as const)('%s %s → %s', (track, status, realised) => {
    expect(isRealised(track, status)).toBe(realised);
  });
  test('the flag is on steps of the table, not a list elsewhere', () => {
    expect(TRACKS.poc.steps.filter((s) => s.realised).map((s) => s.status)).toEqual([
      '実証実験の実施・立ち合い',
      '報告書作成',
      '報告書受領',
    ]);
  });
});

describe('selection and the record', () => {
  test('four conditions; the record holds public fields only', () => {
    const list = publicList(
      [
        row(PUBLISHED),
        row({ ...PUBLISHED, caseNumber: 'R8-0003', publication: '未判断' }),
        row({
          ...PUBLISHED,
          caseNumber: 'R8-0004',
          publicationConsent: PUBLICATION_CONSENT_CHOICES[1],
        }),
        row({ ...PUBLISHED, caseNumber: 'R8-0005', publicSummary: ' ' }),
        row({ ...PUBLISHED, caseNumber: 'R8-0006', status: '対話・調整' }),
        row({ ...PUBLISHED, caseNumber: 'R8-0010', publication: ' 公開 ' }),
      ],
      '青森市公民連携デスク',
      new Date('2026-07-01T00:00:00Z'),
    );
    expect(list.schema).toBe(PUBLIC_LIST_SCHEMA);
    expect(list.generatedAt).toBe('2026-07-01T00:00:00.000Z');
    expect(list.cases.map((c) => c.caseNumber)).toEqual(['R8-0010', 'R8-0002']);
    expect(list.cases[1]).toEqual({
      caseNumber: 'R8-0002',
      fiscalYear: 2026,
      method: 'パートナーシップ事業',
      challenge: '',
      title: '件名',
      organisation: '株式会社テスト',
      summary: '概要',
      agreementDate: '2026-07-01',
      pocDate: '',
      department: '',
      publishedAt: '',
    });
    expect(JSON.stringify(list)).not.toMatch(/秘密|secret/);
  });
  test('choices and consent are read leniently, fiscal years from April', () => {
    expect(publicationChoiceOf('')).toBe('未判断');
    expect(publicationChoiceOf('非公開')).toBe('非公開');
    expect(hasPublicationConsent(`${PUBLICATION_CONSENT_CHOICES[0]} `)).toBe(true);
    expect(hasPublicationConsent(PUBLICATION_CONSENT_CHOICES[1])).toBe(false);
    expect(hasPublicationConsent('')).toBe(false);
    expect(fiscalYearOfCell(new Date('2027-03-31T14:00:00Z'))).toBe(2026);
    expect(fiscalYearOfCell('2027-04-01 09:00')).toBe(2027);
    expect(fiscalYearOfCell('x')).toBeNull();
  });
});

describe('CSV (OWASP, RFC 4180)', () => {
  test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1'])('%j is prefixed', (text) => {
    expect(neutraliseCsvCell(text)).toBe(`'${text}`);
  });
  test('plain text is kept; quotes, commas and newlines are quoted', () => {
    expect(neutraliseCsvCell('青森')).toBe('青森');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('a\nb')).toBe('"a\nb"');
    expect(quoteCsvField('plain')).toBe('plain');
  });
  test('BOM, Japanese header, CRLF', () => {
    const list = publicList([row({ ...PUBLISHED, title: '=cmd|x,"y"' })], 'd', new Date(0));
    const csv = publicListCsv(list);
    expect(
      csv.startsWith(
        `${BOM}案件番号,年度,連携手法,課題,件名,事業者名,概要,協定締結日,実証実験日,担当課,公開日\r\n`,
      ),
    ).toBe(true);
    expect(csv).toContain(`R8-0002,2026,パートナーシップ事業,,"'=cmd|x,""y""",`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  test('the public sheet gets text cells, padded to clear old rows', () => {
    const list = publicList([row(PUBLISHED)], 'd', new Date(0));
    const values = publicSheetValues(list, 4);
    expect(values).toHaveLength(4);
    expect(values[1][0]).toBe("'R8-0002");
    expect(values[3].every((v) => v === '')).toBe(true);
  });
});

describe('hash and cache', () => {
  test('the hash ignores the time stamp and follows the content and settings', () => {
    const a = publicList([row(PUBLISHED)], 'd', new Date(0));
    const b = publicList([row(PUBLISHED)], 'd', new Date(1e12));
    expect(publicationHash(a)).toBe(publicationHash(b));
    expect(publicationHash(a, ['x'])).not.toBe(publicationHash(a, ['y']));
    const c = publicList([row({ ...PUBLISHED, publicSummary: '別' })], 'd', new Date(0));
    expect(publicationHash(c)).not.toBe(publicationHash(a));
  });
  test('chunks of at most 2,800 characters, the count with them, stale chunks listed', () => {
    const json = 'あ'.repeat(CACHE_CHUNK_CHARS * 2 + 5);
    const { writes, stale, chunks } = cacheWrites(json, 5);
    expect(chunks).toBe(3);
    expect(writes[CACHE_KEYS.chunks]).toBe('3');
    expect([0, 1, 2].map((i) => writes[CACHE_KEYS.chunk(i)]).join('')).toBe(json);
    expect(writes[CACHE_KEYS.chunk(0)].length).toBe(2800);
    expect(utf8Bytes(writes[CACHE_KEYS.chunk(0)])).toBeLessThan(9 * 1024);
    expect(stale).toEqual(['publication.cache.3', 'publication.cache.4']);
  });
  test('past its budget the cache keeps the newest cases that fit', () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      row({
        ...PUBLISHED,
        caseNumber: `R8-${String(i + 1).padStart(4, '0')}`,
        publicSummary: '長'.repeat(200),
      }),
    );
    const list = publicList(rows, 'd', new Date(0));
    const cached = cachedList(list, 10_000);
    expect(cached.cases.length).toBeGreaterThan(0);
    expect(cached.cases.length).toBeLessThan(50);
    expect(cached.cases[0].caseNumber).toBe('R8-0050');
    expect(utf8Bytes(JSON.stringify(cached))).toBeLessThanOrEqual(10_000);
    expect(cachedList(list)).toBe(list);
  });
});

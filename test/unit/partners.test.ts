/** The partner master rows (src/domain/partners.ts): grouping by key, years, and merges. */
import {
  canonicalKeyOf,
  mergesToJson,
  mergeTarget,
  partnerMatch,
  partnerRows,
  resolveMerges,
  titleSimilarity,
} from '../../src/domain/partners';

const CASES = [
  { caseNumber: 'R6-0003', organisation: '株式会社アオモリテック', fiscalYear: 2024 },
  { caseNumber: 'R7-0001', organisation: '八甲田物産有限会社', fiscalYear: 2025 },
  { caseNumber: 'R7-0008', organisation: '(株)アオモリ・テック', fiscalYear: 2025 },
  { caseNumber: 'R8-0002', organisation: 'ｱｵﾓﾘﾃｯｸ㈱', fiscalYear: 2026 },
  { caseNumber: 'R8-0005', organisation: 'アオモリ技研', fiscalYear: 2026 },
  { caseNumber: 'R8-0006', organisation: '', fiscalYear: 2026 },
];

describe('partnerRows', () => {
  test('one row per organisation key, with its cases across fiscal years', () => {
    expect(partnerRows(CASES)).toEqual([
      {
        key: 'アオモリテック',
        name: 'ｱｵﾓﾘﾃｯｸ㈱',
        count: 3,
        caseNumbers: 'R6-0003、R7-0008、R8-0002',
        firstFiscalYear: 2024,
        lastFiscalYear: 2026,
        mergeInto: '',
      },
      {
        key: '八甲田物産',
        name: '八甲田物産有限会社',
        count: 1,
        caseNumbers: 'R7-0001',
        firstFiscalYear: 2025,
        lastFiscalYear: 2025,
        mergeInto: '',
      },
      {
        key: 'アオモリ技研',
        name: 'アオモリ技研',
        count: 1,
        caseNumbers: 'R8-0005',
        firstFiscalYear: 2026,
        lastFiscalYear: 2026,
        mergeInto: '',
      },
    ]);
  });

  test('a merged key counts under its target and keeps its own row with 統合先', () => {
    const rows = partnerRows(CASES, new Map([['アオモリ技研', 'アオモリテック']]));
    expect(rows[0]).toMatchObject({
      key: 'アオモリテック',
      count: 4,
      caseNumbers: 'R6-0003、R7-0008、R8-0002、R8-0005',
      lastFiscalYear: 2026,
    });
    expect(rows.find((r) => r.key === 'アオモリ技研')).toEqual({
      key: 'アオモリ技研',
      name: 'アオモリ技研',
      count: '',
      caseNumbers: '',
      firstFiscalYear: '',
      lastFiscalYear: '',
      mergeInto: 'アオモリテック',
    });
    expect(rows).toHaveLength(3);
  });

  test('a case without a readable date leaves the years to the others', () => {
    const rows = partnerRows([
      { caseNumber: 'A', organisation: 'X社', fiscalYear: null },
      { caseNumber: 'B', organisation: 'X社', fiscalYear: 2026 },
    ]);
    expect(rows[0]).toMatchObject({ count: 2, firstFiscalYear: 2026, lastFiscalYear: 2026 });
  });
});

describe('merges', () => {
  test('chains resolve to their end; loops and self-merges are ignored', () => {
    const resolved = resolveMerges(
      new Map([
        ['a', 'b'],
        ['b', 'c'],
        ['x', 'y'],
        ['y', 'x'],
        ['s', 's'],
      ]),
    );
    expect([...resolved]).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  test('統合先 may be typed as a key or as a name', () => {
    expect(mergeTarget('株式会社 アオモリ・テック')).toBe('アオモリテック');
    expect(mergeTarget('アオモリテック')).toBe('アオモリテック');
  });
});

describe('partnerMatch', () => {
  const open = (s: string) => !['完了', '不採択', '取下げ', '対象外'].includes(s);
  const earlier = [
    { caseNumber: 'R7-0003', title: '除雪車の位置情報の公開', status: '完了' },
    { caseNumber: 'R8-0002', title: '除雪車両の位置情報の公開について', status: '対話・調整' },
    { caseNumber: 'R8-0004', title: '市民体育館のネーミングライツ', status: '受付・内容確認' },
  ];

  test('a first proposal: nothing to note', () => {
    expect(partnerMatch('除雪車の位置情報の公開', 0, [], open)).toBeNull();
  });

  test('a repeat proposer: the earlier cases, and the open ones with a similar title', () => {
    expect(partnerMatch('除雪車の位置情報の公開（再提案）', 3, earlier, open)).toEqual({
      earlier: 3,
      caseNumbers: ['R7-0003', 'R8-0002', 'R8-0004'],
      similarOpen: [earlier[1]],
    });
  });

  test('titleSimilarity: same, contained, close, unrelated', () => {
    expect(titleSimilarity('ＡＩカメラ実証', 'AIカメラ実証')).toBe(1);
    expect(titleSimilarity('AIカメラ', 'AIカメラによる周遊分析')).toBe(1);
    expect(
      titleSimilarity('除雪車の位置情報の公開', '除雪車両の位置情報の公開について'),
    ).toBeGreaterThan(0.5);
    expect(titleSimilarity('除雪車の位置情報の公開', '市民体育館のネーミングライツ')).toBeLessThan(
      0.2,
    );
  });
});

describe('merges kept for intake', () => {
  test('a chain resolves to its end; a loop leaves its keys as they are', () => {
    const json = mergesToJson(
      new Map([
        ['a', 'b'],
        ['b', 'c'],
        ['x', 'y'],
        ['y', 'x'],
      ]),
    );
    const canonical = canonicalKeyOf(json);
    expect(['a', 'b', 'c', 'x', 'y', 'z'].map(canonical)).toEqual(['c', 'c', 'c', 'x', 'y', 'z']);
  });

  test('a missing or damaged value merges nothing', () => {
    expect(canonicalKeyOf(undefined)('a')).toBe('a');
    expect(canonicalKeyOf('{broken')('a')).toBe('a');
    expect(canonicalKeyOf('{"a": 3}')('a')).toBe('a');
  });
});

/**
 * The desk's figures (src/domain/statistics.ts; issue 14) on a hand-checked register of 30 cases:
 * 12 received in FY2025 (令和7年度), 18 in FY2026 (令和8年度); today is 2026-06-30. Every expected
 * figure below was worked out by hand from the fixture (June 2025 and June 2026 have no holiday:
 * Monday to the next Monday is 5 business days).
 */
import { REGISTER_COLUMNS, RegisterKey } from '../../src/domain/register';
import { defaultSettings } from '../../src/domain/settings';
import {
  caseFactsOf,
  computeStatistics,
  percentile,
  statisticsHash,
  statisticsSheet,
} from '../../src/domain/statistics';
import { STATISTICS_LABELS as L } from '../../src/strings';
import { annualReport, fiscalYearOfAnswer } from '../../src/domain/annualReport';

const P = 'パートナーシップ事業';
const S = '実証実験サポート';
const N = 'ネーミングライツ';
const F = '企業版ふるさと納税';
const C1 = '除雪の効率化';
const C2 = '観光客の回遊';
const FREE = '自由提案';
const TASK = '課題提案';

const at = (day: string) => new Date(`${day}T14:00:00+09:00`);

interface Fixture {
  no: string;
  received: string;
  method: string;
  kind: string;
  challenge?: string;
  status: string;
  due?: string;
  /** History moves: [day, to]. */
  moves?: Array<[string, string]>;
}

const CASES: Fixture[] = [
  // FY2025
  {
    no: 'R7-0001',
    received: '2025-06-02',
    method: P,
    kind: FREE,
    status: '事業実施',
    moves: [
      ['2025-06-09', '回答（可）'],
      ['2025-06-16', '連携協定締結'],
      ['2025-06-23', '事業実施'],
    ],
  },
  {
    no: 'R7-0002',
    received: '2025-06-02',
    method: P,
    kind: TASK,
    challenge: C1,
    status: '完了',
    moves: [
      ['2025-06-16', '回答（可）'],
      ['2025-06-30', '連携協定締結'],
      ['2025-06-30', '完了'],
    ],
  },
  {
    no: 'R7-0003',
    received: '2025-06-02',
    method: S,
    kind: TASK,
    challenge: C1,
    status: '報告書受領',
    moves: [
      ['2025-06-06', '回答（可）'],
      ['2025-06-13', '連携協定締結'],
      ['2025-06-20', '実施準備'],
    ],
  },
  {
    no: 'R7-0004',
    received: '2025-06-02',
    method: P,
    kind: FREE,
    status: '不採択',
    moves: [['2025-06-23', '不採択']],
  },
  {
    no: 'R7-0005',
    received: '2025-06-03',
    method: N,
    kind: FREE,
    status: '担当課へ引継ぎ',
    moves: [['2025-06-05', '担当課へ引継ぎ']],
  },
  {
    no: 'R7-0006',
    received: '2025-06-03',
    method: F,
    kind: FREE,
    status: '完了',
    moves: [
      ['2025-06-10', '担当課へ引継ぎ'],
      ['2025-06-20', '完了'],
    ],
  },
  {
    no: 'R7-0007',
    received: '2025-06-04',
    method: P,
    kind: FREE,
    status: '取下げ',
    moves: [['2025-06-11', '取下げ']],
  },
  { no: 'R7-0008', received: '2025-06-04', method: '', kind: FREE, status: '対象外' },
  {
    no: 'R7-0009',
    received: '2025-06-05',
    method: P,
    kind: TASK,
    challenge: C2,
    status: '提案書確認',
    due: '2025-07-31',
  },
  {
    no: 'R7-0010',
    received: '2025-06-05',
    method: S,
    kind: FREE,
    status: '回答（可）',
    moves: [['2025-06-12', '回答（可）']],
  },
  // 事前相談 first: 受付 is the move to 受付・内容確認, not the consultation's 受付日時.
  {
    no: 'R7-0011',
    received: '2025-05-30',
    method: P,
    kind: FREE,
    status: '連携協定締結',
    moves: [
      ['2025-06-02', '受付・内容確認'],
      ['2025-06-09', '回答（可）'],
      ['2025-06-16', '連携協定締結'],
    ],
  },
  {
    no: 'R7-0012',
    received: '2026-03-30',
    method: S,
    kind: TASK,
    challenge: C2,
    status: '不採択',
    moves: [['2026-03-31', '不採択']],
  },
  // FY2026
  {
    no: 'R8-0001',
    received: '2026-06-01',
    method: P,
    kind: FREE,
    status: '事業実施',
    moves: [
      ['2026-06-08', '回答（可）'],
      ['2026-06-15', '連携協定締結'],
      ['2026-06-22', '事業実施'],
    ],
  },
  {
    no: 'R8-0002',
    received: '2026-06-01',
    method: P,
    kind: FREE,
    status: '連携協定締結',
    moves: [
      ['2026-06-15', '回答（可）'],
      ['2026-06-29', '連携協定締結'],
    ],
  },
  {
    no: 'R8-0003',
    received: '2026-06-01',
    method: P,
    kind: TASK,
    challenge: C1,
    status: '回答（可）',
    moves: [['2026-06-22', '回答（可）']],
  },
  {
    no: 'R8-0004',
    received: '2026-06-01',
    method: S,
    kind: TASK,
    challenge: C1,
    status: '実証実験の実施・立ち合い',
    moves: [
      ['2026-06-03', '回答（可）'],
      ['2026-06-05', '連携協定締結'],
      ['2026-06-10', '実施準備'],
    ],
  },
  {
    no: 'R8-0005',
    received: '2026-06-02',
    method: S,
    kind: FREE,
    status: '実施準備',
    moves: [
      ['2026-06-09', '回答（可）'],
      ['2026-06-16', '連携協定締結'],
      ['2026-06-17', '実施準備'],
    ],
  },
  {
    no: 'R8-0006',
    received: '2026-06-02',
    method: N,
    kind: FREE,
    status: '担当課へ引継ぎ',
    moves: [['2026-06-04', '担当課へ引継ぎ']],
  },
  {
    no: 'R8-0007',
    received: '2026-06-02',
    method: N,
    kind: FREE,
    status: '完了',
    moves: [
      ['2026-06-03', '担当課へ引継ぎ'],
      ['2026-06-25', '完了'],
    ],
  },
  { no: 'R8-0008', received: '2026-06-03', method: '', kind: FREE, status: '対象外' },
  { no: 'R8-0009', received: '2026-06-03', method: '', kind: FREE, status: '対象外' },
  {
    no: 'R8-0010',
    received: '2026-06-03',
    method: P,
    kind: FREE,
    status: '取下げ',
    moves: [['2026-06-10', '取下げ']],
  },
  {
    no: 'R8-0011',
    received: '2026-06-04',
    method: P,
    kind: TASK,
    challenge: C2,
    status: '受付・内容確認',
    due: '2026-06-11',
  },
  // Due today is not overdue.
  {
    no: 'R8-0012',
    received: '2026-06-04',
    method: P,
    kind: FREE,
    status: '実施可否判断',
    due: '2026-06-30',
  },
  {
    no: 'R8-0013',
    received: '2026-06-05',
    method: P,
    kind: FREE,
    status: '提案書確認',
    due: '2026-06-29',
  },
  {
    no: 'R8-0014',
    received: '2026-06-05',
    method: S,
    kind: TASK,
    challenge: C2,
    status: '不採択',
    moves: [['2026-06-12', '不採択']],
  },
  {
    no: 'R8-0015',
    received: '2026-06-08',
    method: P,
    kind: FREE,
    status: '不採択',
    moves: [['2026-06-29', '不採択']],
  },
  {
    no: 'R8-0016',
    received: '2026-06-08',
    method: F,
    kind: TASK,
    challenge: C1,
    status: '受付・内容確認',
  },
  { no: 'R8-0017', received: '2026-05-20', method: P, kind: FREE, status: '事前相談' },
  // No readable 受付日時: the fiscal year comes from the case number.
  {
    no: 'R8-0018',
    received: '',
    method: S,
    kind: FREE,
    status: '報告書作成',
    moves: [
      ['2026-06-10', '受付・内容確認'],
      ['2026/06/17 10:00', '回答（可）'],
      ['2026-06-24', '連携協定締結'],
    ],
  },
];

function registerRow(c: Fixture): unknown[] {
  const fields: Partial<Record<RegisterKey, unknown>> = {
    caseNumber: c.no,
    receivedAt: c.received ? at(c.received) : '受付日不明',
    status: c.status,
    dueDate: c.due ? at(c.due) : '',
    track: c.method,
    proposalKind: c.kind,
    challenge: c.challenge ?? '',
  };
  return REGISTER_COLUMNS.map((k) => fields[k] ?? '');
}

function historyRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (const c of CASES) {
    let from = '受付・内容確認';
    for (const [day, to] of c.moves ?? []) {
      rows.push([/^\d{4}-\d\d-\d\d$/.test(day) ? at(day) : day, 'staff', c.no, from, to, '', '']);
      from = to;
    }
  }
  // Rows that are not moves of interest: a document note, a dialogue, a blank row.
  rows.push([at('2026-06-20'), 'staff', 'R8-0001', '事業実施', '事業実施', '協定書を作成', 'x']);
  rows.push([at('2026-06-21'), 'staff', 'R8-0003', '対話・調整', '対話・調整', '', '']);
  rows.push(['', '', '', '', '', '', '']);
  return rows;
}

const TODAY = '2026-06-30';

function stats(settings = defaultSettings()) {
  return computeStatistics({
    register: CASES.map(registerRow),
    history: historyRows(),
    today: TODAY,
    settings,
  });
}

describe('statistics: the 30-case register', () => {
  test('fiscal years', () => {
    expect(CASES).toHaveLength(30);
    expect(stats().years).toEqual([2025, 2026]);
  });

  test('FY2025 (12 cases)', () => {
    const f = stats().byYear[2025];
    expect(f.cases).toBe(12);
    expect(f.byTrack).toEqual({ partnership: 6, poc: 3, other: 3 });
    expect(f.byMethod).toEqual({ [P]: 6, [S]: 3, [N]: 1, [F]: 1, '': 1 });
    expect(f.byKind).toEqual({ [FREE]: 8, [TASK]: 4 });
    expect(f.byChallenge).toEqual({ [C1]: 2, [C2]: 2 });
    expect(f.byGroup).toEqual({ open: 3, realised: 5, declined: 2, withdrawn: 1, ineligible: 1 });
    expect(f.realisationRate).toBe(45.5); // 5 / 11
    // 受付→回答: 1, 2, 4, 5, 5, 5, 5, 10, 15
    expect(f.toAnswer).toEqual({ count: 9, median: 5, p90: 11 });
    // 回答→協定締結: 5, 5, 5, 10
    expect(f.toAgreement).toEqual({ count: 4, median: 5, p90: 8.5 });
    expect(f.overdue).toBe(1);
  });

  test('FY2026 (18 cases)', () => {
    const f = stats().byYear[2026];
    expect(f.cases).toBe(18);
    expect(f.byTrack).toEqual({ partnership: 9, poc: 4, other: 5 });
    expect(f.byMethod).toEqual({ [P]: 9, [S]: 4, [N]: 2, [F]: 1, '': 2 });
    expect(f.byKind).toEqual({ [FREE]: 13, [TASK]: 5 });
    expect(f.byChallenge).toEqual({ [C1]: 3, [C2]: 2 });
    expect(f.byGroup).toEqual({ open: 8, realised: 5, declined: 2, withdrawn: 1, ineligible: 2 });
    expect(f.realisationRate).toBe(31.3); // 5 / 16 = 31.25
    // 受付→回答: 1, 2, 2, 5, 5, 5, 5, 10, 15, 15
    expect(f.toAnswer).toEqual({ count: 10, median: 5, p90: 15 });
    // 回答→協定締結: 2, 5, 5, 5, 10
    expect(f.toAgreement).toEqual({ count: 5, median: 5, p90: 8 });
    expect(f.overdue).toBe(2);
  });

  test('in total (30 cases)', () => {
    const f = stats().total;
    expect(f.cases).toBe(30);
    expect(f.byTrack).toEqual({ partnership: 15, poc: 7, other: 8 });
    expect(f.byMethod).toEqual({ [P]: 15, [S]: 7, [N]: 3, [F]: 2, '': 3 });
    expect(f.byKind).toEqual({ [FREE]: 21, [TASK]: 9 });
    expect(f.byChallenge).toEqual({ [C1]: 5, [C2]: 4 });
    expect(f.byGroup).toEqual({ open: 11, realised: 10, declined: 4, withdrawn: 2, ineligible: 3 });
    expect(f.realisationRate).toBe(37); // 10 / 27
    expect(f.toAnswer).toEqual({ count: 19, median: 5, p90: 15 });
    expect(f.toAgreement).toEqual({ count: 9, median: 5, p90: 10 });
    expect(f.overdue).toBe(3);
  });

  test('per case: 受付 from the history when the case began as 事前相談; text dates read', () => {
    const facts = caseFactsOf(CASES.map(registerRow), historyRows(), TODAY, defaultSettings());
    const of = (no: string) => facts.find((f) => f.caseNumber === no)!;
    expect(of('R7-0011')).toMatchObject({ toAnswer: 5, toAgreement: 5, group: 'realised' });
    expect(of('R8-0018')).toMatchObject({ fiscalYear: 2026, toAnswer: 5, toAgreement: 5 });
    expect(of('R7-0012')).toMatchObject({ fiscalYear: 2025, toAnswer: 1, group: 'declined' });
    expect(of('R7-0005')).toMatchObject({ group: 'open', toAnswer: 2, overdue: false });
    expect(of('R8-0012').overdue).toBe(false);
    expect(of('R8-0013').overdue).toBe(true);
  });

  test('closure days from 設定 are not business days', () => {
    const settings = { ...defaultSettings(), extraClosures: ['2025-06-04'] };
    const facts = caseFactsOf(CASES.map(registerRow), historyRows(), TODAY, settings);
    expect(facts.find((f) => f.caseNumber === 'R7-0003')!.toAnswer).toBe(3);
  });
});

describe('statistics: the sheet', () => {
  test('figures per row, total then each fiscal year', () => {
    const sheet = statisticsSheet(stats());
    const find = (a: string, b: string) => sheet.values.find((r) => r[0] === a && r[1] === b);
    expect(sheet.values[3]).toEqual([...L.header, '令和7年度', '令和8年度']);
    expect(find(L.cases, '')).toEqual([L.cases, '', 30, 12, 18]);
    expect(find(L.method, P)).toEqual([L.method, P, 15, 6, 9]);
    expect(find(L.method, L.blank)).toEqual([L.method, L.blank, 3, 1, 2]);
    expect(find(L.status, L.groups.realised)).toEqual([L.status, L.groups.realised, 10, 5, 5]);
    expect(find(L.rate, '')).toEqual([L.rate, '', 37, 45.5, 31.3]);
    expect(find(L.toAnswer, L.p90)).toEqual([L.toAnswer, L.p90, 15, 11, 15]);
    expect(find(L.overdue, '')).toEqual([L.overdue, '', 3, 1, 2]);
    // Methods by count, the blank last.
    const figures = sheet.values.slice(
      0,
      sheet.values.findIndex((r) => r[0] === L.chartData),
    );
    expect(figures.filter((r) => r[0] === L.method).map((r) => r[1])).toEqual([
      P,
      S,
      N,
      F,
      L.blank,
    ]);
    expect(sheet.values.every((r) => r.length === sheet.width)).toBe(true);
  });

  test("the charts' tables", () => {
    const sheet = statisticsSheet(stats());
    const block = (b: { row: number; column: number; numRows: number; numColumns: number }) =>
      sheet.values.slice(b.row - 1, b.row - 1 + b.numRows).map((r) => r.slice(0, b.numColumns));
    expect(block(sheet.charts.perYear)).toEqual([
      [L.yearColumn, 'パートナーシップ事業', '実証実験サポート', 'その他の連携手法'],
      ['令和7年度', 6, 3, 3],
      ['令和8年度', 9, 4, 5],
    ]);
    expect(block(sheet.charts.methods)).toEqual([
      [L.method, L.countColumn],
      [P, 15],
      [S, 7],
      [N, 3],
      [F, 2],
      [L.blank, 3],
    ]);
    expect(block(sheet.charts.leadTimes)).toEqual([
      [L.yearColumn, L.toAnswerMedian, L.toAgreementMedian],
      ['令和7年度', 5, 5],
      ['令和8年度', 5, 5],
    ]);
  });

  test('the hash ignores the date line only', () => {
    const a = statisticsSheet(stats());
    const b = statisticsSheet({ ...stats(), today: '2026-07-01' });
    expect(statisticsHash(a)).toBe(statisticsHash(b));
    const fewer = computeStatistics({
      register: CASES.slice(1).map(registerRow),
      history: historyRows(),
      today: TODAY,
      settings: defaultSettings(),
    });
    expect(statisticsHash(statisticsSheet(fewer))).not.toBe(statisticsHash(a));
  });

  test('an empty register', () => {
    const empty = computeStatistics({
      register: [],
      history: [],
      today: TODAY,
      settings: defaultSettings(),
    });
    expect(empty.years).toEqual([]);
    expect(empty.total.realisationRate).toBeNull();
    expect(empty.total.toAnswer).toEqual({ count: 0, median: null, p90: null });
    expect(statisticsSheet(empty).charts.perYear.numRows).toBe(1);
  });
});

describe('annual report', () => {
  test('the fiscal year typed in the prompt', () => {
    expect(fiscalYearOfAnswer('', 2026)).toBe(2026);
    expect(fiscalYearOfAnswer('２０２５', 2026)).toBe(2025);
    expect(fiscalYearOfAnswer('令和7年度', 2026)).toBe(2025);
    expect(fiscalYearOfAnswer('R元', 2026)).toBe(2019);
    expect(fiscalYearOfAnswer('来年', 2026)).toBeNull();
  });

  test('FY2025 of the fixture: values in 和暦 and the breakdown table', () => {
    const report = annualReport({
      fiscalYear: 2025,
      stats: stats(),
      published: [],
      deskName: '青森市公民連携デスク',
      today: TODAY,
    });
    expect(report.values).toMatchObject({
      年度: '令和7年度',
      作成日: '令和8年6月30日',
      提案件数: '12',
      実現件数: '5',
      実現率: '45.5%',
      回答中央値: '5営業日',
      回答90: '11営業日',
      協定90: '8.5営業日',
      期限超過: '1',
    });
    expect(report.values['非公開注記']).toContain('5件');
    expect(report.tables.breakdown).toContainEqual([L.status, L.groups.declined, '2']);
    expect(report.tables.realised).toHaveLength(2); // header and （該当なし）
  });
});

describe('percentile (PERCENTILE.INC)', () => {
  test.each([
    [[5], 0.5, 5],
    [[1, 2], 0.5, 1.5],
    [[1, 2, 3, 4], 0.9, 3.7],
    [[], 0.5, null],
  ])('%j at %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

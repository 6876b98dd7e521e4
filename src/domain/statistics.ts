/**
 * The desk's figures (issue 14), per fiscal year and in total, from one read of the register and
 * one of the history (履歴: 日時, 実行者, 案件番号, 変更前, 変更後, コメント, 操作ID). Pure.
 *
 * - Fiscal year: of the case's 受付日時 (April–March), else of its case number ('R8-…').
 * - Status groups: realised when the process table says so (isRealised, src/domain/workflow/tracks.ts), else 不採択,
 *   取下げ, 対象外, else open. Realisation rate: realised ÷ cases other than 対象外.
 * - Lead times in business days (businessDaysBetween, with 設定's closures): 受付 is the first
 *   move to 受付・内容確認 in the history, else 受付日時; 回答 the first move to an answer step of
 *   the process (回答（可）, 担当課へ引継ぎ) or to 不採択; 協定締結 the first move to 連携協定締結.
 *   Median and 90th percentile are interpolated (as Sheets' PERCENTILE.INC), to 0.1 day.
 * - Overdue today: open cases whose due date (effectiveDueDate, deadlines/reminders.ts) < today.
 */
import { STATISTICS_CHARTS, STATISTICS_LABELS as L } from '../strings/statistics';
import { businessDaysBetween, IsoDate, isIsoDate } from './calendar';
import { fiscalEra } from './fiscalYear';
import type { RegisterKey } from './register';
import type { Settings } from './settings';
import { caseRecordFromRow, isoDateOfCell } from './workflow/caseRecord';
import { trackFromMethod } from './workflow/methods';
import { statusFromText } from './workflow/statuses';
import {
  ALL_TRACKS,
  isRealised,
  milestoneStatuses,
  PROCESS,
  statusDefinition,
  Track,
  TRACKS,
} from './workflow/tracks';
import { effectiveDueDate, readableDates } from './deadlines/reminders';
import { hashHex } from './hash';

/**
 * The register fields the figures read (the due date's among them). The caller reads the span
 * of their columns, found by header, and gives the rows in register order (registerLayout.ts).
 */
export const STATISTICS_REGISTER_KEYS: readonly RegisterKey[] = [
  'caseNumber',
  'receivedAt',
  'status',
  'track',
  'proposalKind',
  'challenge',
  'statusChangedAt',
  'dueDate',
  'departmentDue',
  'lastDialogueAt',
  'pocEnd',
  'reportDue',
];
/** The history fields the figures read, HISTORY_HEADERS' first: 日時, 実行者, 案件番号, 変更前, 変更後. */
export const STATISTICS_HISTORY_COLUMNS = 5;

export type StatusGroup = keyof typeof L.groups;
export const STATUS_GROUPS = Object.keys(L.groups) as StatusGroup[];

export interface LeadTimes {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface Figures {
  cases: number;
  byTrack: Record<Track, number>;
  /** 連携手法 as written in the register ('' when blank). */
  byMethod: Record<string, number>;
  /** 提案区分 (自由提案 / 課題提案; '' when blank). */
  byKind: Record<string, number>;
  /** 課題, for the cases that name one. */
  byChallenge: Record<string, number>;
  byGroup: Record<StatusGroup, number>;
  /** Percent, to 0.1; null when there is no case besides 対象外. */
  realisationRate: number | null;
  toAnswer: LeadTimes;
  toAgreement: LeadTimes;
  overdue: number;
}

export interface Statistics {
  today: IsoDate;
  /** Fiscal years with cases, ascending. */
  years: number[];
  total: Figures;
  byYear: Record<number, Figures>;
}

/** One case's facts, as counted. */
export interface CaseFacts {
  caseNumber: string;
  fiscalYear: number | null;
  track: Track;
  method: string;
  kind: string;
  challenge: string;
  group: StatusGroup;
  toAnswer: number | null;
  toAgreement: number | null;
  overdue: boolean;
}

// The milestones of the process table (processTable.ts): the screening step is 受付; the answer steps
// and the terminal answer (不採択) are 回答; the agreement step is 協定締結.
const RECEIVED = new Set<string>(milestoneStatuses('screening'));
const AGREED = new Set<string>(milestoneStatuses('agreement'));
const ANSWERS = new Set<string>([
  ...milestoneStatuses('answer'),
  ...Object.keys(PROCESS.statuses).filter((s) => PROCESS.statuses[s].answer === true),
]);

interface Milestones {
  received?: IsoDate;
  answered?: IsoDate;
  agreed?: IsoDate;
}

/** A history 日時 cell as a Tokyo day: a Date, or text starting with a date. */
function dayOf(value: unknown): IsoDate | '' {
  const direct = isoDateOfCell(value);
  if (direct) return direct;
  const text = String(value ?? '').trim();
  const head = /^(\d{4}[-/]\d{1,2}[-/]\d{1,2})/.exec(text);
  return head ? isoDateOfCell(head[1]) : '';
}

function earliest(current: IsoDate | undefined, day: IsoDate): IsoDate {
  return current && current <= day ? current : day;
}

/** The first 受付, 回答 and 協定締結 day of each case, from the history rows (header excluded). */
export function milestonesOf(history: readonly unknown[][]): Map<string, Milestones> {
  const byCase = new Map<string, Milestones>();
  for (const row of history) {
    const caseNumber = String(row[2] ?? '').trim();
    const to = statusFromText(String(row[4] ?? '').trim());
    if (!caseNumber || !(RECEIVED.has(to) || AGREED.has(to) || ANSWERS.has(to))) continue;
    const day = dayOf(row[0]);
    if (!day) continue;
    const m = byCase.get(caseNumber) ?? {};
    if (RECEIVED.has(to)) m.received = earliest(m.received, day);
    else if (AGREED.has(to)) m.agreed = earliest(m.agreed, day);
    else m.answered = earliest(m.answered, day);
    byCase.set(caseNumber, m);
  }
  return byCase;
}

function fiscalYearOfDay(day: IsoDate): number {
  const [y, m] = day.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

/** The fiscal year of a case number ('R8-0001' → 2026), or null. */
function fiscalYearOfNumber(caseNumber: string): number | null {
  const m = /^([RH])(\d{1,2})-/.exec(caseNumber.normalize('NFKC'));
  if (!m) return null;
  return Number(m[2]) + (m[1] === 'R' ? 2018 : 1988);
}

function groupOf(track: Track, status: string): StatusGroup {
  if (isRealised(track, status)) return 'realised';
  // 不採択, 取下げ, 対象外: their outcome in the process table.
  return statusDefinition(status)?.outcome ?? 'open';
}

function span(from: IsoDate | undefined, to: IsoDate | undefined, closures: string[]) {
  if (!from || !to || !isIsoDate(from) || !isIsoDate(to) || to < from) return null;
  try {
    return businessDaysBetween(from, to, closures);
  } catch {
    return null; // a day outside the holiday table: not measured
  }
}

/** The facts of each register row (header excluded); rows without a case number are skipped. */
export function caseFactsOf(
  register: readonly unknown[][],
  history: readonly unknown[][],
  today: IsoDate,
  settings: Settings,
): CaseFacts[] {
  const milestones = milestonesOf(history);
  const facts: CaseFacts[] = [];
  for (const row of register) {
    const record = caseRecordFromRow(row);
    const caseNumber = record.caseNumber.trim();
    if (!caseNumber) continue;
    const receivedOn = isoDateOfCell(row[1]) || dayOf(row[1]);
    const method = record.track.trim();
    const track = trackFromMethod(method);
    const status = record.status.trim();
    const group = groupOf(track, status);
    const m = milestones.get(caseNumber) ?? {};
    let overdue = false;
    if (group === 'open') {
      try {
        const due = effectiveDueDate(readableDates(record).record, settings);
        overdue = due !== '' && due < today;
      } catch {
        overdue = false;
      }
    }
    facts.push({
      caseNumber,
      fiscalYear: receivedOn ? fiscalYearOfDay(receivedOn) : fiscalYearOfNumber(caseNumber),
      track,
      method,
      kind: record.proposalKind.trim(),
      challenge: record.challenge.trim(),
      group,
      toAnswer: span(m.received ?? (receivedOn || undefined), m.answered, settings.extraClosures),
      toAgreement: span(m.answered, m.agreed, settings.extraClosures),
      overdue,
    });
  }
  return facts;
}

/** Interpolated percentile (PERCENTILE.INC) of sorted values, to 0.1; null when empty. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const value = sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  return Math.round(value * 10) / 10;
}

function leadTimes(values: Array<number | null>): LeadTimes {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return { count: sorted.length, median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
}

function add(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The figures of a set of cases. */
export function figuresOf(facts: readonly CaseFacts[]): Figures {
  const byTrack = Object.fromEntries(ALL_TRACKS.map((t) => [t, 0])) as Record<Track, number>;
  const byGroup = Object.fromEntries(STATUS_GROUPS.map((g) => [g, 0])) as Record<
    StatusGroup,
    number
  >;
  const byMethod: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const byChallenge: Record<string, number> = {};
  let overdue = 0;
  for (const f of facts) {
    byTrack[f.track]++;
    byGroup[f.group]++;
    add(byMethod, f.method);
    add(byKind, f.kind);
    if (f.challenge) add(byChallenge, f.challenge);
    if (f.overdue) overdue++;
  }
  const eligible = facts.length - byGroup.ineligible;
  return {
    cases: facts.length,
    byTrack,
    byMethod,
    byKind,
    byChallenge,
    byGroup,
    realisationRate: eligible ? Math.round((byGroup.realised / eligible) * 1000) / 10 : null,
    toAnswer: leadTimes(facts.map((f) => f.toAnswer)),
    toAgreement: leadTimes(facts.map((f) => f.toAgreement)),
    overdue,
  };
}

/** Every figure, per fiscal year and in total. */
export function computeStatistics(input: {
  register: readonly unknown[][];
  history: readonly unknown[][];
  today: IsoDate;
  settings: Settings;
}): Statistics {
  const facts = caseFactsOf(input.register, input.history, input.today, input.settings);
  const years = [...new Set(facts.map((f) => f.fiscalYear))]
    .filter((y): y is number => y !== null)
    .sort((a, b) => a - b);
  const byYear: Record<number, Figures> = {};
  for (const y of years) byYear[y] = figuresOf(facts.filter((f) => f.fiscalYear === y));
  return { today: input.today, years, total: figuresOf(facts), byYear };
}

// ---------------------------------------------------------------- the 統計 sheet

export type SheetCell = string | number;

/** A block of the sheet (1-based), for a chart's data range. */
export interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface StatisticsSheet {
  values: SheetCell[][];
  width: number;
  /** The charts' data tables: per fiscal year by track, methods, lead times per year. */
  charts: { perYear: Block; methods: Block; leadTimes: Block };
}

export function fiscalYearLabel(year: number): string {
  const era = fiscalEra(year);
  return L.fiscalYear(era.name, era.year);
}

/** Keys in a stable order: by count (descending), then as text; '' last. */
function keysByCount(counts: Record<string, number>): string[] {
  return Object.keys(counts).sort((a, b) => {
    if (!a !== !b) return a ? -1 : 1;
    return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0);
  });
}

const cell = (v: number | null): SheetCell => (v === null ? '' : v);

/** The 統計 sheet's values (one setValues) and where the charts' tables are. */
export function statisticsSheet(stats: Statistics): StatisticsSheet {
  const { years, total, byYear } = stats;
  const all = [total, ...years.map((y) => byYear[y])];
  const rows: SheetCell[][] = [];
  const line = (section: string, item: string, pick: (f: Figures) => SheetCell) =>
    rows.push([section, item, ...all.map(pick)]);
  const counted = (section: string, keys: string[], of: (f: Figures) => Record<string, number>) => {
    for (const k of keys) line(section, k || L.blank, (f) => of(f)[k] ?? 0);
  };
  rows.push([L.title(stats.today)], [L.note], []);
  rows.push([...L.header, ...years.map(fiscalYearLabel)]);
  line(L.cases, '', (f) => f.cases);
  for (const t of ALL_TRACKS) line(L.track, TRACKS[t].label, (f) => f.byTrack[t]);
  counted(L.method, keysByCount(total.byMethod), (f) => f.byMethod);
  counted(L.kind, keysByCount(total.byKind), (f) => f.byKind);
  counted(L.challenge, keysByCount(total.byChallenge), (f) => f.byChallenge);
  for (const g of STATUS_GROUPS) line(L.status, L.groups[g], (f) => f.byGroup[g]);
  line(L.rate, '', (f) => cell(f.realisationRate));
  for (const [section, pick] of [
    [L.toAnswer, (f: Figures) => f.toAnswer],
    [L.toAgreement, (f: Figures) => f.toAgreement],
  ] as const) {
    line(section, L.median, (f) => cell(pick(f).median));
    line(section, L.p90, (f) => cell(pick(f).p90));
    line(section, L.measured, (f) => pick(f).count);
  }
  line(L.overdue, '', (f) => f.overdue);

  // The charts' tables, below the figures.
  rows.push([], [L.chartData]);
  const perYear: Block = {
    row: rows.length + 1,
    column: 1,
    numRows: years.length + 1,
    numColumns: 4,
  };
  rows.push([L.yearColumn, ...ALL_TRACKS.map((t) => TRACKS[t].label)]);
  for (const y of years)
    rows.push([fiscalYearLabel(y), ...ALL_TRACKS.map((t) => byYear[y].byTrack[t])]);
  rows.push([]);
  const methodKeys = keysByCount(total.byMethod);
  const methods: Block = {
    row: rows.length + 1,
    column: 1,
    numRows: methodKeys.length + 1,
    numColumns: 2,
  };
  rows.push([L.method, L.countColumn]);
  for (const k of methodKeys) rows.push([k || L.blank, total.byMethod[k]]);
  rows.push([]);
  const leadTimesBlock: Block = {
    row: rows.length + 1,
    column: 1,
    numRows: years.length + 1,
    numColumns: 3,
  };
  rows.push([L.yearColumn, L.toAnswerMedian, L.toAgreementMedian]);
  for (const y of years) {
    rows.push([
      fiscalYearLabel(y),
      cell(byYear[y].toAnswer.median),
      cell(byYear[y].toAgreement.median),
    ]);
  }
  const width = Math.max(3 + years.length, 4);
  const values = rows.map((r) => [...r, ...Array<SheetCell>(width - r.length).fill('')]);
  return { values, width, charts: { perYear, methods, leadTimes: leadTimesBlock } };
}

export type ChartKey = keyof StatisticsSheet['charts'];

/** One embedded chart of the 統計 sheet: its type, data table and place (right of the figures). */
export interface ChartSpec {
  key: ChartKey;
  type: 'COLUMN' | 'BAR' | 'LINE';
  title: string;
  xTitle: string;
  yTitle: string;
  stacked: boolean;
  data: Block;
  anchorRow: number;
  anchorColumn: number;
}

/** Rows a chart of the default size (600 × 371 px) covers, and a blank row. */
const CHART_ROWS = 20;

export function chartSpecs(sheet: StatisticsSheet): ChartSpec[] {
  const types: Record<ChartKey, ChartSpec['type']> = {
    perYear: 'COLUMN',
    methods: 'BAR',
    leadTimes: 'LINE',
  };
  return (Object.keys(types) as ChartKey[]).map((key, i) => ({
    key,
    type: types[key],
    title: STATISTICS_CHARTS[key].title,
    xTitle: STATISTICS_CHARTS[key].x,
    yTitle: STATISTICS_CHARTS[key].y,
    stacked: key === 'perYear',
    data: sheet.charts[key],
    anchorRow: 1 + i * CHART_ROWS,
    anchorColumn: sheet.width + 2,
  }));
}

/** The values padded with blanks to at least `rows` × `columns` (clears what a longer run left). */
export function padded(values: SheetCell[][], rows: number, columns: number): SheetCell[][] {
  const width = Math.max(columns, values[0]?.length ?? 0);
  const out = values.map((r) => [...r, ...Array<SheetCell>(width - r.length).fill('')]);
  while (out.length < rows) out.push(Array<SheetCell>(width).fill(''));
  return out;
}

/**
 * A hash of where the charts are and what they show: while it stays the same, the charts already
 * in the sheet follow the rewritten values by themselves (their ranges do not move), so the daily
 * refresh leaves them alone.
 */
export function chartsHash(specs: ChartSpec[]): string {
  return hashHex(JSON.stringify(specs));
}

/** A hash of the sheet's content besides its date line: the daily refresh writes when it moved. */
export function statisticsHash(sheet: StatisticsSheet): string {
  const text = JSON.stringify(sheet.values.slice(1));
  return hashHex(text);
}

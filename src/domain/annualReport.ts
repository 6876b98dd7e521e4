/**
 * The annual report (年次報告, issue 14): its default template as text blocks with {{placeholders}},
 * and the values and tables of one fiscal year — the figures (src/domain/statistics.ts) and the
 * realised cases that meet the publication rules (src/domain/publication.ts: only their public
 * fields), dates in 和暦. Pure.
 */
import { ANNUAL_REPORT as R, STATISTICS_LABELS as L } from '../strings/statistics';
import type { IsoDate } from './calendar';
import { isIsoDate } from './calendar';
import type { PublicCase } from './publication';
import { Figures, fiscalYearLabel, LeadTimes, STATUS_GROUPS, Statistics } from './statistics';
import { formatWareki } from './wareki';
import { ALL_TRACKS, TRACKS } from './workflow/tracks';

export type ReportBlock =
  { type: 'title' | 'heading' | 'paragraph'; text: string; align?: 'right' } | { type: 'blank' };

/** The default template, written as the first report is made when 設定 names none. */
export const ANNUAL_REPORT_TEMPLATE: { blocks: ReportBlock[]; footer: string } = {
  blocks: [
    { type: 'title', text: R.title },
    { type: 'paragraph', text: R.dateLine, align: 'right' },
    { type: 'heading', text: R.summaryHeading },
    { type: 'paragraph', text: R.summary },
    { type: 'paragraph', text: R.leadTimes },
    { type: 'heading', text: R.tablesHeading },
    { type: 'paragraph', text: R.breakdownTable },
    { type: 'heading', text: R.realisedHeading },
    { type: 'paragraph', text: R.realisedTable },
    { type: 'paragraph', text: R.unlistedNote },
  ],
  footer: R.footer,
};

/** Placeholders replaced by a table (each alone in its paragraph). */
export const REPORT_TABLES = { breakdown: '内訳表', realised: '実現案件一覧' } as const;

export interface AnnualReport {
  /** Text placeholders by name. */
  values: Record<string, string>;
  tables: Record<keyof typeof REPORT_TABLES, string[][]>;
}

/** The fiscal year typed in the menu's prompt ('' → `current`; '令和7' / 'R7' accepted). */
export function fiscalYearOfAnswer(text: string, current: number): number | null {
  const t = text.normalize('NFKC').replace(/\s|年度?$/g, '');
  if (!t) return current;
  const western = /^(\d{4})$/.exec(t);
  if (western) return Number(western[1]);
  const era = /^(?:令和|R)(\d{1,2}|元)$/i.exec(t);
  if (era) return 2018 + (era[1] === '元' ? 1 : Number(era[1]));
  return null;
}

const days = (v: number | null) => (v === null ? R.noFigure : R.days(v));

function breakdown(f: Figures): string[][] {
  const rows: string[][] = [R.breakdownHeader.slice()];
  const row = (a: string, b: string, v: number | string) => rows.push([a, b, String(v)]);
  row(L.cases, '', f.cases);
  for (const t of ALL_TRACKS) row(L.track, TRACKS[t].label, f.byTrack[t]);
  for (const [k, v] of Object.entries(f.byMethod)) row(L.method, k || L.blank, v);
  for (const [k, v] of Object.entries(f.byKind)) row(L.kind, k || L.blank, v);
  for (const [k, v] of Object.entries(f.byChallenge)) row(L.challenge, k, v);
  for (const g of STATUS_GROUPS) row(L.status, L.groups[g], f.byGroup[g]);
  const lead = (section: string, t: LeadTimes) => {
    row(section, L.median, days(t.median));
    row(section, L.p90, days(t.p90));
    row(section, L.measured, t.count);
  };
  lead(L.toAnswer, f.toAnswer);
  lead(L.toAgreement, f.toAgreement);
  row(L.overdue, '', f.overdue);
  return rows;
}

const EMPTY: Figures = {
  cases: 0,
  byTrack: { partnership: 0, poc: 0, other: 0 },
  byMethod: {},
  byKind: {},
  byChallenge: {},
  byGroup: { open: 0, realised: 0, declined: 0, withdrawn: 0, ineligible: 0 },
  realisationRate: null,
  toAnswer: { count: 0, median: null, p90: null },
  toAgreement: { count: 0, median: null, p90: null },
  overdue: 0,
};

/** The report of `fiscalYear`: every placeholder's value and both tables. */
export function annualReport(input: {
  fiscalYear: number;
  stats: Statistics;
  /** The public list's cases (any year; those of the fiscal year are listed). */
  published: readonly PublicCase[];
  deskName: string;
  today: IsoDate;
}): AnnualReport {
  const f = input.stats.byYear[input.fiscalYear] ?? EMPTY;
  const listed = input.published.filter((c) => c.fiscalYear === input.fiscalYear);
  const wareki = (iso: string) => (isIsoDate(iso) ? formatWareki(iso) : '');
  const realised: string[][] = [R.realisedHeader.slice()];
  for (const c of listed) {
    realised.push([
      c.caseNumber,
      c.method,
      c.title,
      c.organisation,
      c.summary,
      wareki(c.agreementDate),
      c.department,
    ]);
  }
  if (!listed.length) realised.push([R.none, '', '', '', '', '', '']);
  return {
    values: {
      年度: fiscalYearLabel(input.fiscalYear),
      作成日: formatWareki(input.today),
      デスク名: input.deskName,
      提案件数: String(f.cases),
      実現件数: String(f.byGroup.realised),
      実現率: f.realisationRate === null ? R.noFigure : R.percent(f.realisationRate),
      回答中央値: days(f.toAnswer.median),
      回答90: days(f.toAnswer.p90),
      協定中央値: days(f.toAgreement.median),
      協定90: days(f.toAgreement.p90),
      期限超過: String(f.overdue),
      非公開注記: R.unlisted(Math.max(0, f.byGroup.realised - listed.length)),
    },
    tables: { breakdown: breakdown(f), realised },
  };
}

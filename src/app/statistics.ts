/**
 * Refreshes the 統計 sheet (issue 14) from one read of the register and one of the history, in
 * one batched write. Run by the menu (統計を更新, always writes) and by the hourly trigger once a
 * day after the publication check (src/app/reminders/dailyTrigger.ts), writing only when the
 * figures changed (a hash of the sheet's content besides its date line is kept).
 *
 * Exactly once (docs/reliability.md): the caller holds the document lock. The sheet is rewritten
 * in place (padded to what the previous run wrote, so nothing stale stays); its charts are found
 * by title and updated in place (a twin a stopped run may have left is removed); the hash is
 * written last, so a stopped run is simply redone by the next one.
 *
 * Calls at any register size (scripts/bench-statistics.ts): the register and the history 4 (only
 * the columns the figures need), the final properties write 1, besides the caller's — 10 from the
 * hourly trigger; from the menu, which has written nothing before it reads, the register and the
 * history come in one Sheets API call (with the spreadsheet's id, 2), so 12 with its access check
 * and alert; on the outputs: the 統計 sheet 2
 * (one getRange and its write) when the charts stay where they are, as they do from day to day;
 * when they move (a new fiscal year) and from the menu, the sheet 3 and the charts about 46 (one
 * read, then local builder calls and one write per chart).
 */
import { STATISTICS_UI } from '../strings';
import type { Settings } from '../domain/settings';
import { toTokyoDate } from '../domain/calendar';
import {
  chartSpecs,
  chartsHash,
  computeStatistics,
  padded,
  statisticsHash,
  statisticsSheet,
  Statistics,
} from '../domain/statistics';
import { documentProperties } from '../adapters/properties';
import {
  readStatisticsSources,
  readStatisticsSourcesAtOnce,
  writeStatisticsSheet,
} from '../store/statisticsSheet';
import { activeSpreadsheet } from '../adapters/sheets';
import { requireDeskStaff } from '../store/access';
import { deskSettings } from '../store/settings';
import { takeDeskLock } from '../store/deskLock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** Document-property keys of the statistics state. */
export const STATISTICS_PROP = {
  hash: 'statistics.hash',
  checkedOn: 'statistics.checkedOn',
  /** Rows × columns the last run wrote ('40x5'), so a shorter table clears the rest. */
  size: 'statistics.size',
  /** chartsHash of the charts the last complete run placed. */
  charts: 'statistics.charts',
} as const;

export interface StatisticsRun {
  spreadsheet: () => Spreadsheet;
  props: Properties;
  /** Every document property, as the caller's one getProperties() under the lock read them. */
  all: Record<string, string>;
  settings: Settings;
  now: Date;
  /** Write even when nothing changed (the menu). */
  force: boolean;
  /**
   * Nothing has been written in this execution yet (the menu), so the register and the history
   * may be read in one Sheets API call, which does not see SpreadsheetApp's pending writes. The
   * hourly run has written before it gets here: it reads through SpreadsheetApp.
   */
  nothingWrittenYet?: boolean;
}

export interface StatisticsOutcome {
  changed: boolean;
  stats: Statistics;
}

export function refreshStatistics(run: StatisticsRun): StatisticsOutcome {
  const ss = run.spreadsheet();
  const today = toTokyoDate(run.now);
  const sources = run.nothingWrittenYet
    ? readStatisticsSourcesAtOnce(ss)
    : readStatisticsSources(ss);
  const stats = computeStatistics({ ...sources, today, settings: run.settings });
  const sheetData = statisticsSheet(stats);
  const hash = statisticsHash(sheetData);
  const changed = hash !== run.all[STATISTICS_PROP.hash];
  if (!run.force && !changed) {
    run.props.setProperty(STATISTICS_PROP.checkedOn, today);
    return { changed, stats };
  }
  const [lastRows, lastColumns] = (run.all[STATISTICS_PROP.size] ?? '0x0').split('x').map(Number);
  const values = padded(sheetData.values, lastRows || 0, lastColumns || 0);
  const specs = chartSpecs(sheetData);
  const charts = chartsHash(specs);
  // The menu always places the charts (it repairs one staff deleted); the daily run when they move.
  const chartsInPlace = !run.force && charts === run.all[STATISTICS_PROP.charts];
  writeStatisticsSheet(ss, values, specs, chartsInPlace);
  run.props.setProperties({
    [STATISTICS_PROP.charts]: charts,
    [STATISTICS_PROP.size]: `${sheetData.values.length}x${sheetData.width}`,
    [STATISTICS_PROP.checkedOn]: today,
    [STATISTICS_PROP.hash]: hash,
  });
  return { changed, stats };
}

/** Menu: 統計を更新 — always rewrites the sheet. */
export function refreshStatisticsFromMenu(): string {
  if (!takeDeskLock('deskMenu')) throw new Error(STATISTICS_UI.busy);
  const props = documentProperties();
  const all = props.getProperties();
  const ss = activeSpreadsheet();
  const settings = deskSettings(all, ss);
  requireDeskStaff(settings);
  const { stats } = refreshStatistics({
    spreadsheet: () => ss,
    props,
    all,
    settings,
    now: new Date(),
    force: true,
    nothingWrittenYet: true,
  });
  return STATISTICS_UI.done(stats.total.cases);
}

/**
 * The hourly trigger, once a day (the caller holds the lock and has read every document
 * property): rewrites the sheet when the figures changed. Null when already checked today.
 */
export function refreshStatisticsIfChanged(
  run: Omit<StatisticsRun, 'force'>,
  today: string,
): StatisticsOutcome | null {
  if (run.all[STATISTICS_PROP.checkedOn] === today) return null;
  return refreshStatistics({ ...run, force: false });
}

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
 * hourly trigger, 14 from the menu (its access check and alert); on the outputs: the 統計 sheet 3,
 * the charts about 46 (one read, then local builder calls and one write per chart).
 */
import { SHEET, STATISTICS_SHEET, STATISTICS_UI } from '../strings';
import type { Settings } from '../domain/settings';
import { toTokyoDate } from '../domain/calendar';
import {
  ChartSpec,
  chartSpecs,
  computeStatistics,
  padded,
  statisticsHash,
  statisticsSheet,
  Statistics,
  STATISTICS_HISTORY_COLUMNS,
  STATISTICS_REGISTER_KEYS,
} from '../domain/statistics';
import { documentProperties } from '../adapters/properties';
import { readRegisterRows } from '../store/registerLayout';
import { activeSpreadsheet } from '../adapters/sheets';
import { requireDeskStaff } from '../store/access';
import { deskSettings } from '../store/settings';
import { documentLock } from '../adapters/lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Document-property keys of the statistics state. */
export const STATISTICS_PROP = {
  hash: 'statistics.hash',
  checkedOn: 'statistics.checkedOn',
  /** Rows × columns the last run wrote ('40x5'), so a shorter table clears the rest. */
  size: 'statistics.size',
} as const;

/** Apps Script's default size of a new sheet. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

export interface StatisticsRun {
  spreadsheet: () => Spreadsheet;
  props: Properties;
  /** Every document property, as the caller's one getProperties() under the lock read them. */
  all: Record<string, string>;
  settings: Settings;
  now: Date;
  /** Write even when nothing changed (the menu). */
  force: boolean;
}

export interface StatisticsOutcome {
  changed: boolean;
  stats: Statistics;
}

export function refreshStatistics(run: StatisticsRun): StatisticsOutcome {
  const ss = run.spreadsheet();
  const today = toTokyoDate(run.now);
  const register = ss.getSheetByName(SHEET.register);
  const history = ss.getSheetByName(SHEET.history);
  if (!register) throw new Error(STATISTICS_UI.noSheet(SHEET.register));
  if (!history) throw new Error(STATISTICS_UI.noSheet(SHEET.history));
  const stats = computeStatistics({
    // Only the columns the figures need, found by header (src/domain/registerLayout.ts).
    register: readRegisterRows(register, STATISTICS_REGISTER_KEYS),
    history: history.getSheetValues(1, 1, -1, STATISTICS_HISTORY_COLUMNS).slice(1),
    today,
    settings: run.settings,
  });
  const sheetData = statisticsSheet(stats);
  const hash = statisticsHash(sheetData);
  const changed = hash !== run.all[STATISTICS_PROP.hash];
  if (!run.force && !changed) {
    run.props.setProperty(STATISTICS_PROP.checkedOn, today);
    return { changed, stats };
  }
  const sheet = ss.getSheetByName(STATISTICS_SHEET) ?? ss.insertSheet(STATISTICS_SHEET);
  const [lastRows, lastColumns] = (run.all[STATISTICS_PROP.size] ?? '0x0').split('x').map(Number);
  const values = padded(sheetData.values, lastRows || 0, lastColumns || 0);
  const rows = values.length;
  const columns = values[0].length;
  if (rows > NEW_SHEET_ROWS) {
    const max = sheet.getMaxRows();
    if (max < rows) sheet.insertRowsAfter(max, rows - max);
  }
  if (columns > NEW_SHEET_COLUMNS) {
    const max = sheet.getMaxColumns();
    if (max < columns) sheet.insertColumnsAfter(max, columns - max);
  }
  // The charts are read before the write (a read after a write waits for it to be applied).
  const specs = chartSpecs(sheetData);
  const ours = ourCharts(sheet, specs);
  sheet.getRange(1, 1, rows, columns).setValues(values);
  placeCharts(sheet, specs, ours);
  run.props.setProperties({
    [STATISTICS_PROP.size]: `${sheetData.values.length}x${sheetData.width}`,
    [STATISTICS_PROP.checkedOn]: today,
    [STATISTICS_PROP.hash]: hash,
  });
  return { changed, stats };
}

/** The sheet's charts by title, ours only; a second chart of one of our titles is removed. */
function ourCharts(sheet: Sheet, specs: ChartSpec[]): Map<string, EmbeddedChart> {
  const ours = new Map<string, EmbeddedChart>();
  for (const chart of sheet.getCharts()) {
    const title = String(chart.getOptions().get('title') ?? '');
    if (!specs.some((s) => s.title === title)) continue;
    if (ours.has(title)) sheet.removeChart(chart);
    else ours.set(title, chart);
  }
  return ours;
}

/**
 * Inserts each chart, or updates the one of the same title in place (its data range may have
 * grown). Charts of other titles are left alone.
 */
function placeCharts(sheet: Sheet, specs: ChartSpec[], ours: Map<string, EmbeddedChart>): void {
  for (const spec of specs) {
    const existing = ours.get(spec.title);
    const builder = chartBuilder(
      sheet,
      existing ? existing.modify().clearRanges() : sheet.newChart(),
      spec,
    );
    if (existing) sheet.updateChart(builder.build());
    else sheet.insertChart(builder.build());
  }
}

function chartBuilder(sheet: Sheet, builder: ChartBuilder, spec: ChartSpec): ChartBuilder {
  const { row, column, numRows, numColumns } = spec.data;
  const [domain, range] = spec.type === 'BAR' ? ['vAxis', 'hAxis'] : ['hAxis', 'vAxis'];
  return builder
    .setChartType(Charts.ChartType[spec.type])
    .addRange(sheet.getRange(row, column, numRows, numColumns))
    .setNumHeaders(1)
    .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
    .setOption('title', spec.title)
    .setOption(`${domain}.title`, spec.xTitle)
    .setOption(`${range}.title`, spec.yTitle)
    .setOption('isStacked', spec.stacked);
}

/** How long the menu waits for the document lock (a sweep holds it up to 45 s). */
export const STATISTICS_LOCK_WAIT_MS = 50_000;

/** Menu: 統計を更新 — always rewrites the sheet. */
export function refreshStatisticsFromMenu(): string {
  const lock = documentLock();
  if (!lock.tryLock(STATISTICS_LOCK_WAIT_MS)) throw new Error(STATISTICS_UI.busy);
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

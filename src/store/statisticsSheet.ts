/**
 * What the statistics refresh reads (the register's columns the figures need and the history)
 * and the 統計 sheet it writes: its values in one batched write and its charts, found by title
 * and updated in place (src/app/statistics.ts decides what and when).
 */
import { SHEET, STATISTICS_SHEET, STATISTICS_UI } from '../strings';
import {
  ChartSpec,
  SheetCell,
  STATISTICS_HISTORY_COLUMNS,
  STATISTICS_REGISTER_KEYS,
} from '../domain/statistics';
import { columnLetter, REGISTER_COLUMNS, RegisterKey } from '../domain/register';
import { fromSheetSerial } from '../domain/calendar';
import { readRegisterViaApi } from './registerSearch';
import { readRegisterRows, registerLayout } from './registerLayout';
import { logSpan, toLogOrder } from './logLayouts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** Apps Script's default size of a new sheet. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

export interface StatisticsSources {
  /** The register's data rows in register order (only the columns the figures need). */
  register: unknown[][];
  /** The history's data rows, its first fields only (HISTORY_HEADERS order, found by header). */
  history: unknown[][];
}

/**
 * One read of the register (the span of the columns the figures need, found by header; every
 * field in register order when `keys` is null, as the annual report's list of cases needs)
 * and one of the history's first fields, found by header too (4 calls). Refused by name when either sheet is missing.
 */
export function readStatisticsSources(
  ss: Spreadsheet,
  keys: readonly RegisterKey[] | null = STATISTICS_REGISTER_KEYS,
): StatisticsSources {
  return readSources(ss, keys);
}

/**
 * The same sources in one Sheets API values.batchGet (2 calls: the spreadsheet's id and the read),
 * for an execution that has written nothing yet (the API does not see SpreadsheetApp's pending
 * writes). Falls back to readStatisticsSources when the API is unavailable or refuses (a missing
 * sheet is then refused by name).
 */
export function readStatisticsSourcesAtOnce(ss: Spreadsheet): StatisticsSources {
  const layout = registerLayout(ss);
  const span = logSpan('history', STATISTICS_HISTORY_COLUMNS);
  const history = `'${SHEET.history}'!${columnLetter(span.first)}2:${columnLetter(span.last)}`;
  const read = readRegisterViaApi(ss.getId(), layout, STATISTICS_REGISTER_KEYS, [history]);
  if (!read) return readSources(ss, STATISTICS_REGISTER_KEYS);
  const count = Math.max(0, ...Object.values(read.columns).map((c) => c?.length ?? 0));
  return {
    register: Array.from({ length: count }, (_, i) =>
      REGISTER_COLUMNS.map((key) => read.columns[key]?.[i] ?? ''),
    ),
    // 日時 is the history's date column; the API gives it as a serial.
    history: read.others[0].map((row) =>
      historyFields(row, span.first).map((cell, c) =>
        c === 0 && typeof cell === 'number' ? fromSheetSerial(cell) : cell,
      ),
    ),
  };
}

function readSources(ss: Spreadsheet, keys: readonly RegisterKey[] | null): StatisticsSources {
  const register = ss.getSheetByName(SHEET.register);
  const history = ss.getSheetByName(SHEET.history);
  if (!register) throw new Error(STATISTICS_UI.noSheet(SHEET.register));
  if (!history) throw new Error(STATISTICS_UI.noSheet(SHEET.history));
  const { first, last } = logSpan('history', STATISTICS_HISTORY_COLUMNS);
  return {
    register: readRegisterRows(register, keys ?? undefined),
    history: history
      .getSheetValues(1, first, -1, last - first + 1)
      .slice(1)
      .map((row) => historyFields(row, first)),
  };
}

/** The statistics' fields of a history row read from `firstColumn` (columns found by header). */
function historyFields(row: readonly unknown[], firstColumn: number): unknown[] {
  return toLogOrder('history', row, firstColumn).slice(0, STATISTICS_HISTORY_COLUMNS);
}

/**
 * Writes `values` (already padded to cover what the previous run wrote) from A1 of the 統計 sheet,
 * made on first use and grown when too small, then places the charts. When `chartsInPlace` (the
 * last complete run placed these same charts), the values are written through one A1 range (2
 * calls) and the charts, whose ranges did not move, follow them; a sheet that is missing or too
 * small for that range (staff deleted it or its rows) fails that write and takes the full path,
 * which makes the sheet and places the charts again.
 */
export function writeStatisticsSheet(
  ss: Spreadsheet,
  values: SheetCell[][],
  specs: ChartSpec[],
  chartsInPlace = false,
): void {
  const rows = values.length;
  const columns = values[0].length;
  if (chartsInPlace) {
    try {
      ss.getRange(`'${STATISTICS_SHEET}'!A1:${columnLetter(columns)}${rows}`).setValues(values);
      return;
    } catch {
      // The full path below finds out what is missing; a failing service fails it again.
    }
  }
  const found = ss.getSheetByName(STATISTICS_SHEET);
  const sheet = found ?? ss.insertSheet(STATISTICS_SHEET);
  // A new sheet has Apps Script's default size; one staff kept may have lost rows or columns.
  if (found || rows > NEW_SHEET_ROWS) {
    const max = sheet.getMaxRows();
    if (max < rows) sheet.insertRowsAfter(max, rows - max);
  }
  if (found || columns > NEW_SHEET_COLUMNS) {
    const max = sheet.getMaxColumns();
    if (max < columns) sheet.insertColumnsAfter(max, columns - max);
  }
  // The charts are read before the write (a read after a write waits for it to be applied).
  const ours = ourCharts(sheet, specs);
  sheet.getRange(1, 1, rows, columns).setValues(values);
  placeCharts(sheet, specs, ours);
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

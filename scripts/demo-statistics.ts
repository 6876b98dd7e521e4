/**
 * The statistics part of `npm run demo` (issue 14): 統計を更新 on the demo desk, then each
 * embedded chart of the 統計 sheet — its type, data range and titles as the add-on built them —
 * drawn as out/charts/<name>.svg with vega-lite, rendered headless by vega's View.toSVG() (no
 * canvas: text widths are estimated); then 年次報告を作成 for the current fiscal year, written to
 * out/documents/ as .docx (packages/gas-emulator/src/export/docx.ts, as scripts/demo.ts does) and its PDF.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentToDocx } from 'gas-emulator/export/docx';
import type { ChartModel } from 'gas-emulator/services/spreadsheet/featuresModel';
import { MENU, STATISTICS_CHARTS, STATISTICS_SHEET } from '../src/strings';
import { clickMenu, Desk } from '../test/support/desk';
import { idOf } from '../test/support/documents';
import { sheetOf } from '../test/support/workflow';

/** vega and vega-lite are ES modules (vega-canvas awaits at top level): a native import(). */
const importModule = new Function('name', 'return import(name)') as (name: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FILE_NAMES: Record<string, string> = {
  [STATISTICS_CHARTS.perYear.title]: 'proposals-per-year',
  [STATISTICS_CHARTS.methods.title]: 'methods',
  [STATISTICS_CHARTS.leadTimes.title]: 'lead-times',
};

/** The summary names chart types in Japanese (issue 15: no internal keys in out/summary.txt). */
const CHART_TYPES: Record<string, string> = { COLUMN: '縦棒', BAR: '横棒', LINE: '折れ線' };

interface Datum {
  category: string;
  series: string;
  value: number;
}

function option(chart: ChartModel, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], chart.options);
}

/** The chart's data range read from the sheet: first column categories, then one series each. */
function chartData(desk: Desk, chart: ChartModel): { data: Datum[]; order: string[] } {
  const sheet = sheetOf(desk, STATISTICS_SHEET);
  const data: Datum[] = [];
  const order: string[] = [];
  for (const r of chart.ranges) {
    const at = (row: number, col: number) => sheet.cell(row, col)?.value ?? '';
    for (let row = r.row + 1; row < r.row + r.numRows; row++) {
      const category = String(at(row, r.column));
      order.push(category);
      for (let col = r.column + 1; col < r.column + r.numColumns; col++) {
        const value = at(row, col);
        if (value === '' || value === null) continue;
        data.push({ category, series: String(at(r.row, col)), value: Number(value) });
      }
    }
  }
  return { data, order };
}

/** A vega-lite spec of the same chart: stacked or grouped columns, horizontal bars, lines. */
function vegaLiteSpec(desk: Desk, chart: ChartModel): object {
  const { data, order } = chartData(desk, chart);
  const bar = chart.type === 'BAR';
  const category = {
    field: 'category',
    type: 'nominal',
    sort: order,
    title: String(option(chart, bar ? 'vAxis.title' : 'hAxis.title') ?? ''),
    axis: { labelAngle: 0 },
  };
  const value = {
    field: 'value',
    type: 'quantitative',
    title: String(option(chart, bar ? 'hAxis.title' : 'vAxis.title') ?? ''),
    stack: option(chart, 'isStacked') === true ? 'zero' : null,
  };
  const color = { field: 'series', type: 'nominal', title: null };
  const encoding =
    chart.type === 'LINE'
      ? { x: category, y: value, color }
      : bar
        ? { y: category, x: value, color }
        : {
            x: category,
            y: value,
            color,
            ...(option(chart, 'isStacked') === true ? {} : { xOffset: { field: 'series' } }),
          };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: String(option(chart, 'title') ?? ''),
    width: 480,
    height: 280,
    data: { values: data },
    mark: chart.type === 'LINE' ? { type: 'line', point: true } : { type: 'bar' },
    encoding,
    config: { font: 'sans-serif' },
  };
}

/** Refreshes the statistics, writes out/charts/*.svg; returns one line per step. */
export async function runStatisticsDemo(
  desk: Desk,
  outDir: string,
  charts = true,
): Promise<string[]> {
  const lines = ['■ 統計（統計シートとグラフ）'];
  const outcome = clickMenu(desk, MENU.refreshStatistics);
  if (outcome.error) throw outcome.error;
  lines.push(`  統計を更新: ${desk.ws.ui.alerts.at(-1)?.prompt ?? ''}`);
  // vega is an ES module: the test run (CommonJS under jest) leaves the charts out.
  if (!charts) return [...lines, ...(await annualReportDemo(desk, outDir))];
  const vega = await importModule('vega');
  const vegaLite = await importModule('vega-lite');
  const dir = join(outDir, 'charts');
  mkdirSync(dir, { recursive: true });
  for (const chart of sheetOf(desk, STATISTICS_SHEET).charts) {
    const title = String(option(chart, 'title') ?? '');
    const name = FILE_NAMES[title];
    if (!name) continue;
    const spec = vegaLite.compile(vegaLiteSpec(desk, chart)).spec;
    const view = new vega.View(vega.parse(spec), { renderer: 'none' });
    writeFileSync(join(dir, `${name}.svg`), await view.toSVG());
    view.finalize();
    lines.push(
      `  グラフ「${title}」（${CHART_TYPES[String(chart.type)] ?? 'グラフ'}）→ out/charts/${name}.svg`,
    );
  }
  lines.push(...(await annualReportDemo(desk, outDir)));
  return lines;
}

/** 年次報告を作成 (the prompt left blank: the current fiscal year); the .docx and .pdf. */
async function annualReportDemo(desk: Desk, outDir: string): Promise<string[]> {
  desk.ws.ui.queuePromptResponse('');
  const outcome = clickMenu(desk, MENU.createAnnualReport);
  if (outcome.error) throw outcome.error;
  const message = desk.ws.ui.alerts.at(-1)?.prompt ?? '';
  const docUrl = /ドキュメント: (\S+)/.exec(message)?.[1];
  const pdfUrl = /PDF: (\S+)/.exec(message)?.[1];
  if (!docUrl || !pdfUrl) return [`  年次報告: ${message.split('\n').join(' ')}`];
  const dir = join(outDir, 'documents');
  mkdirSync(dir, { recursive: true });
  const pdf = desk.ws.drive.get(idOf(pdfUrl));
  const name = (pdf?.name ?? 'annual-report.pdf').replace(/\.pdf$/, '');
  const model = desk.ws.documents.get(idOf(docUrl));
  if (model) writeFileSync(join(dir, `${name}.docx`), await documentToDocx(model));
  if (pdf?.bytes) writeFileSync(join(dir, `${name}.pdf`), pdf.bytes);
  return [`  年次報告を作成: ${message.split('\n')[0]} → out/documents/${name}.docx, .pdf`];
}

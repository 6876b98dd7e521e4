/**
 * Embedded charts: Sheet.newChart / insertChart / getCharts / updateChart / removeChart,
 * EmbeddedChartBuilder and its typed builders, EmbeddedChart, ContainerInfo, ChartOptions, and
 * the Charts enums. Each test quotes the reference sentence it follows:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-column-chart-builder
 * (and the bar, line and pie chart builder pages)
 * https://developers.google.com/apps-script/reference/spreadsheet/container-info
 * https://developers.google.com/apps-script/reference/charts/chart-options
 * https://developers.google.com/apps-script/reference/charts/chart-type
 */
import * as vm from 'vm';
import { Workspace } from '../src/workspace';
import { createSpreadsheetApp } from '../src/services/spreadsheet/app';
import { createCharts } from '../src/services/charts';
import { createGlobals } from '../src/globals';
import { forkWorkspace } from '../src/core/fork';

const DESK = 'desk@city.example.lg.jp';

function setup() {
  const ws = new Workspace({ timeZone: 'Asia/Tokyo' });
  const app = createSpreadsheetApp(ws);
  const Charts = createCharts(ws);
  const run = <T>(body: () => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK }, body);
  const ss = run(() => app.create('統計'));
  const sheet = run(() => ss.getSheets()[0]);
  run(() =>
    sheet.getRange('A1:B4').setValues([
      ['分野', '件数'],
      ['福祉', 3],
      ['観光', 5],
      ['教育', 2],
    ]),
  );
  return { ws, app, Charts, run, ss, sheet };
}

/** A column chart of A1:B4 at row 5, column 4, inserted; returns the stored chart. */
function insertColumnChart(ctx: ReturnType<typeof setup>) {
  const { run, sheet, Charts } = ctx;
  run(() =>
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(sheet.getRange('A1:B4'))
        .setPosition(5, 4, 10, 20)
        .setOption('title', '分野別件数')
        .build(),
    ),
  );
  return run(() => sheet.getCharts()[0]);
}

describe('Sheet chart methods', () => {
  // sheet#insertChart: "Adds a new chart to this sheet." sheet#getCharts: "Returns an array of
  // charts on this sheet."
  test('insertChart adds the chart and getCharts returns it with its ranges and type', () => {
    const ctx = setup();
    const chart = insertColumnChart(ctx);
    ctx.run(() => {
      expect(ctx.sheet.getCharts()).toHaveLength(1);
      expect(chart.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
      expect(chart.modify().getChartType()).toBe(ctx.Charts.ChartType.COLUMN);
      expect(chart.getOptions().get('title')).toBe('分野別件数');
    });
  });

  // embedded-chart-builder#build: "This method does not automatically draw the chart on top of
  // the spreadsheet. A new chart must be inserted via sheet.insertChart(chart)…"
  test('build alone puts nothing on the sheet', () => {
    const { run, sheet, Charts } = setup();
    run(() => {
      sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B4')).build();
      expect(sheet.getCharts()).toEqual([]);
    });
  });

  // embedded-chart#getChartId: "Returns a stable identifier for the chart that is unique across
  // the spreadsheet containing the chart or null if the chart is not in a spreadsheet."
  test('chart ids: null before insertChart, unique and stable across the spreadsheet', () => {
    const ctx = setup();
    const { run, ss, sheet, Charts } = ctx;
    run(() => {
      const built = sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange('A1:B4'))
        .build();
      expect(built.getChartId()).toBeNull();
      sheet.insertChart(built);
      const other = ss.insertSheet('別シート');
      other.insertChart(
        other
          .newChart()
          .setChartType(Charts.ChartType.LINE)
          .addRange(sheet.getRange('A1:B4'))
          .build(),
      );
      const first = sheet.getCharts()[0].getChartId();
      const second = other.getCharts()[0].getChartId();
      expect(typeof first).toBe('number');
      expect(second).not.toBe(first);
      expect(sheet.getCharts()[0].getChartId()).toBe(first);
    });
  });

  // embedded-chart#modify: "Returns an EmbeddedChartBuilder that can be used to modify this
  // chart. Invoke sheet.updateChart(chart) to save any changes." embedded-chart-builder: "Changes
  // made to the chart are not saved until Sheet.updateChart(chart) is called on the rebuilt chart."
  test('modify changes nothing until updateChart, which keeps the chart id', () => {
    const ctx = setup();
    const chart = insertColumnChart(ctx);
    const { run, sheet } = ctx;
    run(() => {
      const rebuilt = chart.modify().setOption('title', '更新後').setPosition(2, 2, 0, 0).build();
      expect(sheet.getCharts()[0].getOptions().get('title')).toBe('分野別件数');
      sheet.updateChart(rebuilt);
      const stored = sheet.getCharts();
      expect(stored).toHaveLength(1);
      expect(stored[0].getOptions().get('title')).toBe('更新後');
      expect(stored[0].getContainerInfo().getAnchorRow()).toBe(2);
      expect(stored[0].getChartId()).toBe(chart.getChartId());
    });
  });

  // sheet#updateChart: "Updates the chart on this sheet." The reference's own example changes a
  // chart's type: chart.modify().setChartType(Charts.ChartType.COLUMN).build().
  test('updateChart can change the chart type', () => {
    const ctx = setup();
    const chart = insertColumnChart(ctx);
    ctx.run(() => {
      ctx.sheet.updateChart(chart.modify().setChartType(ctx.Charts.ChartType.LINE).build());
      expect(ctx.sheet.getCharts()[0].modify().getChartType()).toBe(ctx.Charts.ChartType.LINE);
    });
  });

  // sheet#removeChart: "Removes a chart from the parent sheet."
  test('removeChart removes the chart', () => {
    const ctx = setup();
    const chart = insertColumnChart(ctx);
    ctx.run(() => {
      ctx.sheet.removeChart(chart);
      expect(ctx.sheet.getCharts()).toEqual([]);
    });
  });

  // Assumed (the reference is silent): a chart that is not on this sheet cannot be updated or
  // removed, and a chart whose type was never set cannot be inserted.
  test('assumed errors: update/remove a chart not on the sheet, insert a chart without type', () => {
    const ctx = setup();
    const chart = insertColumnChart(ctx);
    const { run, ss, sheet } = ctx;
    run(() => {
      const other = ss.insertSheet('別シート');
      expect(() => other.updateChart(chart)).toThrow('Invalid argument: chart');
      expect(() => other.removeChart(chart)).toThrow('Invalid argument: chart');
      const detached = sheet.newChart().addRange(sheet.getRange('A1:B4')).build();
      expect(() => sheet.updateChart(detached)).toThrow('Invalid argument: chart');
      expect(() => sheet.insertChart(detached)).toThrow('Invalid argument: chart');
      expect(() => sheet.insertChart({} as never)).toThrow(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.insertChart.",
      );
    });
  });
});

describe('EmbeddedChartBuilder', () => {
  // embedded-chart-builder#addRange: "Adds a range to the chart this builder modifies. Does not
  // add the range if it has already been added to the chart."
  test('addRange ignores a range already added', () => {
    const { run, sheet } = setup();
    run(() => {
      const builder = sheet
        .newChart()
        .addRange(sheet.getRange('A1:A4'))
        .addRange(sheet.getRange('B1:B4'))
        .addRange(sheet.getRange('A1:A4'));
      expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A4', 'B1:B4']);
    });
  });

  // embedded-chart-builder#removeRange: "Removes the specified range from the chart this builder
  // modifies. Does not throw an error if the range is not in this chart. The range removed must
  // match up with a range added via addRange(range); otherwise no change is made to the chart.
  // This method cannot be used to partially remove values from a range."
  test('removeRange removes only an exactly matching range and never throws', () => {
    const { run, sheet } = setup();
    run(() => {
      const builder = sheet
        .newChart()
        .addRange(sheet.getRange('A1:B5'))
        .addRange(sheet.getRange('A6:B8'));
      builder.removeRange(sheet.getRange('A1:B2')); // part of a range: no change
      builder.removeRange(sheet.getRange('D1:D2')); // not in the chart: no error
      expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5', 'A6:B8']);
      builder.removeRange(sheet.getRange('A6:B8'));
      expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5']);
    });
  });

  // embedded-chart-builder#clearRanges: "Removes all ranges from the chart this builder
  // modifies." #getRanges: "Returns a copy of the list of ranges currently providing data for
  // this chart."
  test('clearRanges empties the list; getRanges returns a copy', () => {
    const { run, sheet } = setup();
    run(() => {
      const builder = sheet.newChart().addRange(sheet.getRange('A1:B4'));
      const copy = builder.getRanges();
      copy.pop();
      expect(builder.getRanges()).toHaveLength(1);
      expect(builder.clearRanges().getRanges()).toEqual([]);
    });
  });

  // embedded-chart-builder#setPosition: "Sets the position, changing where the chart appears on
  // the sheet. anchorRowPos and anchorColPos are 1-indexed." #getContainer: "Return the chart
  // ContainerInfo, which encapsulates where the chart appears on the sheet." container-info:
  // "The chart's left side is anchored in this column." / "The chart's top side is anchored in
  // this row."
  test('setPosition is read back through getContainer and getContainerInfo', () => {
    const ctx = setup();
    const chart = insertColumnChart(ctx);
    ctx.run(() => {
      const info = chart.getContainerInfo();
      expect([
        info.getAnchorRow(),
        info.getAnchorColumn(),
        info.getOffsetX(),
        info.getOffsetY(),
      ]).toEqual([5, 4, 10, 20]);
      const fromBuilder = chart.modify().getContainer();
      expect([fromBuilder.getAnchorRow(), fromBuilder.getAnchorColumn()]).toEqual([5, 4]);
      // Assumed: a 0 anchor (below the 1-indexed minimum) is refused.
      expect(() => ctx.sheet.newChart().setPosition(0, 1, 0, 0)).toThrow(
        'Invalid argument: anchorRowPos',
      );
    });
  });

  // embedded-chart-builder#setOption: "Sets advanced options for this chart. … This method
  // doesn't validate the option you specify is valid for this chart type nor if the value is of
  // the correct format/structure." chart-options#get: "the value currently set for the specified
  // option or null if the option was not set".
  test('setOption stores any option; getOptions().get reads it, null when not set', () => {
    const ctx = setup();
    const { run, sheet, Charts } = ctx;
    run(() => {
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(Charts.ChartType.COLUMN)
          .addRange(sheet.getRange('A1:B4'))
          .setOption('legend', { position: 'top', textStyle: { color: 'blue', fontSize: 16 } })
          .setOption('animation.duration', 500)
          .setOption('no.such.option', 'kept')
          .build(),
      );
      const options = sheet.getCharts()[0].getOptions();
      expect(options.get('legend')).toEqual({
        position: 'top',
        textStyle: { color: 'blue', fontSize: 16 },
      });
      expect(options.get('legend.position')).toBe('top'); // assumed: dotted paths read nested options
      expect(options.get('animation.duration')).toBe(500);
      expect(options.get('no.such.option')).toBe('kept');
      expect(options.get('title')).toBeNull();
    });
  });

  // embedded-chart#getOptions: "Returns the options for this chart, such as height, colors, and
  // axes. The returned options are immutable."
  test('the returned options are immutable', () => {
    const ctx = setup();
    const { run, sheet, Charts } = ctx;
    run(() => {
      const value = { position: 'top' };
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(Charts.ChartType.PIE)
          .addRange(sheet.getRange('A1:B4'))
          .setOption('legend', value)
          .build(),
      );
      value.position = 'bottom'; // the script's object is copied when set
      const legend = sheet.getCharts()[0].getOptions().get('legend') as { position: string };
      legend.position = 'none'; // and copied when read
      expect(sheet.getCharts()[0].getOptions().get('legend')).toEqual({ position: 'top' });
    });
  });

  // embedded-chart-builder#setMergeStrategy: "… Defaults to MERGE_COLUMNS."
  // #setHiddenDimensionStrategy: "… Defaults to IGNORE_ROWS." #setTransposeRowsAndColumns:
  // "… Defaults to false." #setNumHeaders: "Sets the number of rows or columns of the range that
  // should be treated as headers."
  test('strategy, transpose and header defaults and setters', () => {
    const { run, sheet, Charts } = setup();
    run(() => {
      const defaults = sheet.newChart().setChartType(Charts.ChartType.BAR).build();
      expect(defaults.getMergeStrategy()).toBe(Charts.ChartMergeStrategy.MERGE_COLUMNS);
      expect(defaults.getHiddenDimensionStrategy()).toBe(
        Charts.ChartHiddenDimensionStrategy.IGNORE_ROWS,
      );
      expect(defaults.getTransposeRowsAndColumns()).toBe(false);
      const set = sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_ROWS)
        .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
        .setTransposeRowsAndColumns(true)
        .setNumHeaders(1)
        .build();
      expect(set.getMergeStrategy()).toBe(Charts.ChartMergeStrategy.MERGE_ROWS);
      expect(set.getHiddenDimensionStrategy()).toBe(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH);
      expect(set.getTransposeRowsAndColumns()).toBe(true);
      expect(set.getNumHeaders()).toBe(1);
    });
  });

  // embedded-chart-builder#asColumnChart: "Sets the chart type to ColumnChart and returns an
  // EmbeddedColumnChartBuilder." (and asBarChart, asLineChart, asPieChart likewise)
  test.each([
    ['asColumnChart', 'COLUMN'],
    ['asBarChart', 'BAR'],
    ['asLineChart', 'LINE'],
    ['asPieChart', 'PIE'],
  ] as const)('%s sets the chart type to %s', (method, type) => {
    const { run, sheet, Charts } = setup();
    run(() => {
      const typed = sheet.newChart()[method]();
      expect(typed.getChartType()).toBe(Charts.ChartType[type]);
    });
  });
});

describe('typed builders (setters read back through getOptions; option names assumed)', () => {
  // embedded-column-chart-builder: setTitle "Sets the title of the chart. The title is displayed
  // centered above the chart."; setXAxisTitle "Adds a title to the horizontal axis."; setYAxisTitle
  // "Adds a title to the vertical axis."; setStacked "Uses stacked lines, meaning that line and bar
  // values are stacked (accumulated)."; setLegendPosition "Sets the position of the legend with
  // respect to the chart."; setColors "Sets the colors for the lines in the chart."
  test('column chart setters', () => {
    const { run, sheet, Charts } = setup();
    run(() => {
      const style = Charts.newTextStyle().setColor('#0000FF').setFontSize(26).build();
      const chart = sheet
        .newChart()
        .asColumnChart()
        .setTitle('分野別件数')
        .setXAxisTitle('分野')
        .setYAxisTitle('件数')
        .setStacked()
        .setLegendPosition(Charts.Position.BOTTOM)
        .setLegendTextStyle(style)
        .setColors(['#4285f4', 'red'])
        .setBackgroundColor('white')
        .setRange(0, 10)
        .useLogScale()
        .reverseCategories()
        .addRange(sheet.getRange('A1:B4'))
        .build();
      sheet.insertChart(chart);
      const o = sheet.getCharts()[0].getOptions();
      expect(o.get('title')).toBe('分野別件数');
      expect(o.get('hAxis.title')).toBe('分野');
      expect(o.get('vAxis.title')).toBe('件数');
      expect(o.get('isStacked')).toBe(true);
      expect(o.get('legend.position')).toBe('bottom');
      expect(o.get('legend.textStyle')).toEqual({ color: '#0000FF', fontName: '', fontSize: 26 });
      expect(o.get('colors')).toEqual(['#4285f4', 'red']);
      expect(o.get('backgroundColor')).toBe('white');
      expect(o.get('vAxis.viewWindow')).toEqual({ min: 0, max: 10 });
      expect(o.get('vAxis.logScale')).toBe(true);
      expect(o.get('hAxis.direction')).toBe(-1);
    });
  });

  // embedded-bar-chart-builder#reverseDirection: "Reverses the direction in which the bars grow
  // along the horizontal axis." #reverseCategories: "For horizontal-range charts (such as bar
  // charts), this means the vertical axis is drawn from top to bottom." Bar charts' range axis is
  // horizontal ("the horizontal axis for horizontal charts (such as bar)", useLogScale).
  test('bar chart setters act on the horizontal range axis', () => {
    const { run, sheet } = setup();
    run(() => {
      const chart = sheet
        .newChart()
        .asBarChart()
        .reverseCategories()
        .reverseDirection()
        .useLogScale()
        .setRange(1, 100)
        .addRange(sheet.getRange('A1:B4'))
        .build();
      const o = chart.getOptions();
      expect(o.get('vAxis.direction')).toBe(-1);
      expect(o.get('hAxis.direction')).toBe(-1);
      expect(o.get('hAxis.logScale')).toBe(true);
      expect(o.get('hAxis.viewWindow')).toEqual({ min: 1, max: 100 });
    });
  });

  // embedded-line-chart-builder#setCurveStyle: "Sets the style to use for curves in the chart."
  // #setPointStyle: "Sets the style for points in the line. By default, points have no particular
  // styles, and only the line is visible."
  test('line chart curve and point styles', () => {
    const { run, sheet, Charts } = setup();
    run(() => {
      const chart = sheet
        .newChart()
        .asLineChart()
        .setCurveStyle(Charts.CurveStyle.SMOOTH)
        .setPointStyle(Charts.PointStyle.NONE)
        .setTitle('推移')
        .addRange(sheet.getRange('A1:B4'))
        .build();
      const o = chart.getOptions();
      expect(o.get('curveType')).toBe('function');
      expect(o.get('pointSize')).toBe(0);
      expect(o.get('title')).toBe('推移');
    });
  });

  // embedded-pie-chart-builder#reverseCategories: "For pie charts, this means the slices are
  // drawn counterclockwise."
  test('pie chart setters', () => {
    const { run, sheet, Charts } = setup();
    run(() => {
      const chart = sheet
        .newChart()
        .asPieChart()
        .setTitle('割合')
        .setLegendPosition(Charts.Position.RIGHT)
        .reverseCategories()
        .addRange(sheet.getRange('A1:B4'))
        .build();
      const o = chart.getOptions();
      expect(o.get('title')).toBe('割合');
      expect(o.get('legend.position')).toBe('right');
      expect(o.get('reverseCategories')).toBe(true);
    });
  });
});

describe('EmbeddedChart images, Charts enums, ledger, globals, fork', () => {
  // embedded-chart#getBlob: "Return the data inside this object as a blob." The emulator's image
  // is a placeholder PNG (assumed: nothing is drawn); getAs('image/png') is the same image.
  test('getBlob and getAs give a PNG named after the title', () => {
    const ctx = setup();
    const chart = insertColumnChart(ctx);
    ctx.run(() => {
      const blob = chart.getBlob();
      expect(blob.getContentType()).toBe('image/png');
      expect(blob.getName()).toBe('分野別件数.png');
      expect(blob.getBytes().slice(1, 4)).toEqual([80, 78, 71]); // 'PNG'
      expect(chart.getAs('image/png').getContentType()).toBe('image/png');
    });
  });

  // chart-type: "Chart types supported by the Charts service." Enum values print as their names.
  test('Charts enums', () => {
    const { Charts } = setup();
    expect(String(Charts.ChartType.COLUMN)).toBe('COLUMN');
    expect(Object.keys(Charts.ChartType)).toEqual(
      expect.arrayContaining(['AREA', 'BAR', 'COLUMN', 'LINE', 'PIE', 'SCATTER', 'TABLE']),
    );
    expect(Object.keys(Charts.Position)).toEqual(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
    expect(Object.keys(Charts.ChartMergeStrategy)).toEqual(['MERGE_COLUMNS', 'MERGE_ROWS']);
  });

  // Each call is charged once: builder and chart calls as local, getCharts as a read,
  // insertChart / updateChart / removeChart as writes (latency model, core/latency.ts).
  test('every chart call is charged once to the ledger', () => {
    const { ws, run, sheet, Charts } = setup();
    const before = ws.ledger.records.length;
    run(() => {
      const builder = sheet.newChart();
      builder.setChartType(Charts.ChartType.COLUMN);
      sheet.insertChart(builder.build());
      sheet.getCharts()[0].getChartId();
    });
    const calls = ws.ledger.records.slice(before).map((r) => [r.method, r.kind]);
    expect(calls).toEqual([
      ['Sheet.newChart', 'local'],
      ['EmbeddedChartBuilder.setChartType', 'local'],
      ['EmbeddedChartBuilder.build', 'local'],
      ['Sheet.insertChart', 'write'],
      ['Sheet.getCharts', 'read'],
      ['EmbeddedChart.getChartId', 'local'],
    ]);
  });

  // The add-on sees Charts as a global, as in Apps Script (reference/charts/charts).
  test('Charts is a global of the add-on sandbox', () => {
    const ws = new Workspace();
    const ctx = vm.createContext(createGlobals(ws));
    expect(vm.runInContext('String(Charts.ChartType.PIE)', ctx)).toBe('PIE');
  });

  // Charts are plain data of the sheet: a forked workspace has its own copy.
  test('a forked workspace keeps its own charts', () => {
    const ctx = setup();
    insertColumnChart(ctx);
    const id = ctx.run(() => ctx.ss.getId());
    const copy = forkWorkspace(ctx.ws);
    const copied = copy.spreadsheets.get(id);
    expect(copied?.sheets[0].charts).toHaveLength(1);
    copied?.sheets[0].charts.splice(0);
    expect(ctx.run(() => ctx.sheet.getCharts())).toHaveLength(1);
  });
});

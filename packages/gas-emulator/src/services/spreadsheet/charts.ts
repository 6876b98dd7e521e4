/**
 * Embedded charts: Sheet.newChart() builders, EmbeddedChart, ContainerInfo and ChartOptions.
 * developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder,
 * .../embedded-chart, .../embedded-{column,bar,pie,line}-chart-builder, .../container-info,
 * developers.google.com/apps-script/reference/charts/chart-options.
 *
 * A builder edits a draft; build() gives a detached EmbeddedChart (a value); only
 * Sheet.insertChart / updateChart / removeChart change the sheet (SheetModel.charts). Every chart
 * object and builder is a handle over a copy, so a chart read with getCharts() does not change
 * when the sheet's chart is later updated (assumed: the reference calls the options immutable and
 * says changes are not saved until updateChart).
 *
 * What the typed builders' setters store is assumed (the reference documents the drawn effect,
 * not the option): each writes the Google Charts configuration option of the same meaning
 * ('title', 'hAxis.title', 'legend.position'…), so getOptions().get(name) reads it back.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { ChartModel, ChartRangeModel } from './featuresModel';
import { MESSAGES, requireSheet } from './internals';
import { FakeRange, makeRange } from './range';
import { signatureError } from './validation';
import {
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartType,
  CurveStyle,
  PointStyle,
  Position,
  enumMember,
  textStyleModelOf,
} from '../charts';
import { makeBlob } from '../blob';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

// ---------------------------------------------------------------- the model

/** A new chart as Sheet.newChart() starts it. Defaults marked (doc) are the reference's. */
function newChartModel(): ChartModel {
  return {
    chartId: null,
    type: null, // assumed: no type until setChartType / as…Chart
    ranges: [],
    options: {},
    anchorRow: 1, // assumed: the reference gives no default position
    anchorColumn: 1,
    offsetX: 0,
    offsetY: 0,
    numHeaders: -1, // assumed: "Negative values indicate the headers are auto-detected."
    mergeStrategy: ChartMergeStrategy.MERGE_COLUMNS, // (doc) "Defaults to MERGE_COLUMNS."
    hiddenDimensionStrategy: ChartHiddenDimensionStrategy.IGNORE_ROWS, // (doc) "Defaults to IGNORE_ROWS."
    transposeRowsAndColumns: false, // (doc) "Defaults to false."
  };
}

/** A deep copy of an option value: plain objects, arrays and dates are copied. */
function cloneOption(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneOption);
  if (value instanceof Date) return new Date(value.getTime());
  if (value !== null && typeof value === 'object') {
    const style = textStyleModelOf(value);
    if (style) return { ...style };
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneOption(v);
    return out;
  }
  return value;
}

function cloneModel(model: ChartModel): ChartModel {
  return {
    ...model,
    ranges: model.ranges.map((r) => ({ ...r })),
    options: cloneOption(model.options) as Record<string, unknown>,
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** setOption('a.b', v): options are nested as Google Charts nests them ({ a: { b: v } }). */
function setOptionPath(options: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = options;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = cloneOption(value);
}

/** The option at a dotted path, or undefined. */
function getOptionPath(options: Record<string, unknown>, path: string): unknown {
  let node: unknown = options;
  for (const key of path.split('.')) {
    if (!isPlainObject(node) || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

function sameRange(a: ChartRangeModel, b: ChartRangeModel): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row === b.row &&
    a.column === b.column &&
    a.numRows === b.numRows &&
    a.numColumns === b.numColumns
  );
}

/** The bounds of a Range handle of this spreadsheet, read without calling it (no charge). */
function chartRangeOf(
  range: unknown,
  spreadsheetId: string,
  className: string,
  method: string,
): ChartRangeModel {
  if (!(range instanceof FakeRange)) throw signatureError(className, method, [range]);
  const r = range as unknown as {
    spreadsheetId: string;
    sheetId: number;
    row: number;
    column: number;
    numRows: number;
    numColumns: number;
  };
  // Assumed: a chart draws from ranges of its own spreadsheet only.
  if (r.spreadsheetId !== spreadsheetId) throw new Error(MESSAGES.invalidArgument('range'));
  return {
    sheetId: r.sheetId,
    row: r.row,
    column: r.column,
    numRows: r.numRows,
    numColumns: r.numColumns,
  };
}

function requireInteger(value: unknown, className: string, method: string, args: unknown[]) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw signatureError(className, method, args);
  }
  return Math.trunc(value);
}

// ---------------------------------------------------------------- value objects

/** spreadsheet/container-info: "Access the chart's position within a sheet." */
class FakeContainerInfo {
  constructor(
    private readonly ws: Workspace,
    private readonly position: {
      anchorRow: number;
      anchorColumn: number;
      offsetX: number;
      offsetY: number;
    },
  ) {}

  private charge(method: string): void {
    this.ws.charge('SpreadsheetApp', `ContainerInfo.${method}`, 'local');
  }

  /** "The chart's left side is anchored in this column." (1-indexed) */
  getAnchorColumn(): number {
    this.charge('getAnchorColumn');
    return this.position.anchorColumn;
  }

  /** "The chart's top side is anchored in this row." (1-indexed) */
  getAnchorRow(): number {
    this.charge('getAnchorRow');
    return this.position.anchorRow;
  }

  getOffsetX(): number {
    this.charge('getOffsetX');
    return this.position.offsetX;
  }

  getOffsetY(): number {
    this.charge('getOffsetY');
    return this.position.offsetY;
  }
}
assertGoogleShape<FakeContainerInfo, GoogleAppsScript.Spreadsheet.ContainerInfo>(true);

function containerInfo(
  ws: Workspace,
  model: ChartModel,
): GoogleAppsScript.Spreadsheet.ContainerInfo {
  const { anchorRow, anchorColumn, offsetX, offsetY } = model;
  return new FakeContainerInfo(ws, {
    anchorRow,
    anchorColumn,
    offsetX,
    offsetY,
  }) as unknown as GoogleAppsScript.Spreadsheet.ContainerInfo;
}

/**
 * charts/chart-options: "Exposes options currently configured for a Chart, such as height, color,
 * etc. … These options are immutable." get(option) returns a copy, so changing it changes nothing.
 */
class FakeChartOptions {
  constructor(
    private readonly ws: Workspace,
    private readonly options: Record<string, unknown>,
  ) {}

  /** "the value currently set for the specified option or null if the option was not set" */
  get(option: string): unknown {
    this.ws.charge('SpreadsheetApp', 'ChartOptions.get', 'local');
    const value = getOptionPath(this.options, String(option));
    return value === undefined ? null : cloneOption(value);
  }
}
assertGoogleShape<FakeChartOptions, GoogleAppsScript.Charts.ChartOptions>(true);

// ---------------------------------------------------------------- EmbeddedChart

/** The model behind each EmbeddedChart handle, for insertChart / updateChart / removeChart. */
const chartModels = new WeakMap<
  object,
  { spreadsheetId: string; sheetId: number; model: ChartModel }
>();

/** A transparent 1×1 PNG: the emulator draws no charts (getBlob's image is a placeholder). */
const PLACEHOLDER_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);

export class FakeEmbeddedChart {
  constructor(
    private readonly ws: Workspace,
    spreadsheetId: string,
    sheetId: number,
    model: ChartModel,
  ) {
    chartModels.set(this, { spreadsheetId, sheetId, model: cloneModel(model) });
  }

  private held(method: string, kind: 'local' | 'convert' = 'local') {
    this.ws.charge('SpreadsheetApp', `EmbeddedChart.${method}`, kind);
    return chartModels.get(this) as { spreadsheetId: string; sheetId: number; model: ChartModel };
  }

  /**
   * "Returns a stable identifier for the chart that is unique across the spreadsheet containing
   * the chart or null if the chart is not in a spreadsheet."
   */
  getChartId(): number | null {
    return this.held('getChartId').model.chartId;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return containerInfo(this.ws, this.held('getContainerInfo').model);
  }

  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    return this.held('getHiddenDimensionStrategy').model
      .hiddenDimensionStrategy as unknown as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }

  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return this.held('getMergeStrategy').model
      .mergeStrategy as unknown as GoogleAppsScript.Charts.ChartMergeStrategy;
  }

  getNumHeaders(): number {
    return this.held('getNumHeaders').model.numHeaders;
  }

  /** "Returns the options for this chart … The returned options are immutable." */
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const { model } = this.held('getOptions');
    return new FakeChartOptions(
      this.ws,
      cloneOption(model.options) as Record<string, unknown>,
    ) as unknown as GoogleAppsScript.Charts.ChartOptions;
  }

  /** "Returns the ranges that this chart uses as a data source." */
  getRanges(): GRange[] {
    const { spreadsheetId, model } = this.held('getRanges');
    return model.ranges.map((r) =>
      makeRange(this.ws, spreadsheetId, r.sheetId, r.row, r.column, r.numRows, r.numColumns),
    );
  }

  getTransposeRowsAndColumns(): boolean {
    return this.held('getTransposeRowsAndColumns').model.transposeRowsAndColumns;
  }

  /**
   * "Returns an EmbeddedChartBuilder that can be used to modify this chart. Invoke
   * sheet.updateChart(chart) to save any changes."
   */
  modify(): GBuilder {
    const { spreadsheetId, sheetId, model } = this.held('modify');
    return new FakeEmbeddedChartBuilder(
      this.ws,
      spreadsheetId,
      sheetId,
      cloneModel(model),
    ) as unknown as GBuilder;
  }

  /**
   * "Return the data inside this object as a blob." The chart image is a placeholder PNG named
   * after the chart's title (assumed; the emulator draws nothing).
   */
  getBlob(): GoogleAppsScript.Base.Blob {
    const { model } = this.held('getBlob', 'convert');
    const title = getOptionPath(model.options, 'title');
    const name = `${typeof title === 'string' && title !== '' ? title : 'Chart'}.png`;
    return makeBlob(new Uint8Array(PLACEHOLDER_PNG), 'image/png', name, {
      ws: this.ws,
      service: 'SpreadsheetApp',
    });
  }

  /**
   * "Return the data inside this object as a blob converted to the specified content type."
   * Only 'image/png' (the image itself) is modelled; other types throw the Blob conversion error.
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const { model } = this.held('getAs', 'convert');
    const title = getOptionPath(model.options, 'title');
    const name = `${typeof title === 'string' && title !== '' ? title : 'Chart'}.png`;
    return makeBlob(new Uint8Array(PLACEHOLDER_PNG), 'image/png', name, {
      ws: this.ws,
      service: 'SpreadsheetApp',
    }).getAs(contentType);
  }
}
assertGoogleShape<FakeEmbeddedChart, GChart>(true);

// ---------------------------------------------------------------- builders

type BuilderClass =
  | 'EmbeddedChartBuilder'
  | 'EmbeddedColumnChartBuilder'
  | 'EmbeddedBarChartBuilder'
  | 'EmbeddedLineChartBuilder'
  | 'EmbeddedPieChartBuilder';

/**
 * spreadsheet/embedded-chart-builder: "Builder used to edit an EmbeddedChart. Changes made to the
 * chart are not saved until Sheet.updateChart(chart) is called on the rebuilt chart."
 * Every method returns this builder; the typed builders (as…Chart) share its draft.
 */
export class FakeEmbeddedChartBuilder {
  constructor(
    protected readonly ws: Workspace,
    protected readonly spreadsheetId: string,
    protected readonly sheetId: number,
    protected readonly draft: ChartModel,
    protected readonly className: BuilderClass = 'EmbeddedChartBuilder',
  ) {}

  protected charge(method: string): void {
    this.ws.charge('SpreadsheetApp', `${this.className}.${method}`, 'local');
  }

  protected option(path: string, value: unknown): this {
    setOptionPath(this.draft.options, path, value);
    return this;
  }

  /** "Adds a range to the chart this builder modifies. Does not add the range if it has already been added to the chart." */
  addRange(range: GRange): this {
    this.charge('addRange');
    const bounds = chartRangeOf(range, this.spreadsheetId, this.className, 'addRange');
    if (!this.draft.ranges.some((r) => sameRange(r, bounds))) this.draft.ranges.push(bounds);
    return this;
  }

  /**
   * "Removes the specified range from the chart this builder modifies. Does not throw an error if
   * the range is not in this chart. The range removed must match up with a range added via
   * addRange(range); otherwise no change is made to the chart."
   */
  removeRange(range: GRange): this {
    this.charge('removeRange');
    const bounds = chartRangeOf(range, this.spreadsheetId, this.className, 'removeRange');
    this.draft.ranges = this.draft.ranges.filter((r) => !sameRange(r, bounds));
    return this;
  }

  /** "Removes all ranges from the chart this builder modifies." */
  clearRanges(): this {
    this.charge('clearRanges');
    this.draft.ranges = [];
    return this;
  }

  /** "Returns a copy of the list of ranges currently providing data for this chart." */
  getRanges(): GRange[] {
    this.charge('getRanges');
    return this.draft.ranges.map((r) =>
      makeRange(this.ws, this.spreadsheetId, r.sheetId, r.row, r.column, r.numRows, r.numColumns),
    );
  }

  /** "Returns the current chart type." (null before one is set: assumed) */
  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.charge('getChartType');
    return this.draft.type as unknown as GoogleAppsScript.Charts.ChartType;
  }

  /** "Changes the type of chart. Not all embedded chart types are currently supported." */
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.charge('setChartType');
    const name = enumMember(ChartType, type);
    if (!name) throw signatureError(this.className, 'setChartType', [type]);
    this.draft.type = name;
    return this;
  }

  /** "Return the chart ContainerInfo, which encapsulates where the chart appears on the sheet." */
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.charge('getContainer');
    return containerInfo(this.ws, this.draft);
  }

  /**
   * "Sets the position, changing where the chart appears on the sheet. anchorRowPos and
   * anchorColPos are 1-indexed." Anchors below 1 throw (assumed message).
   */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.charge('setPosition');
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    const row = requireInteger(anchorRowPos, this.className, 'setPosition', args);
    const column = requireInteger(anchorColPos, this.className, 'setPosition', args);
    const x = requireInteger(offsetX, this.className, 'setPosition', args);
    const y = requireInteger(offsetY, this.className, 'setPosition', args);
    if (row < 1) throw new Error(MESSAGES.invalidArgument('anchorRowPos'));
    if (column < 1) throw new Error(MESSAGES.invalidArgument('anchorColPos'));
    Object.assign(this.draft, { anchorRow: row, anchorColumn: column, offsetX: x, offsetY: y });
    return this;
  }

  /**
   * "Sets advanced options for this chart. … This method doesn't validate the option you specify
   * is valid for this chart type nor if the value is of the correct format/structure."
   */
  setOption(option: string, value: unknown): this {
    this.charge('setOption');
    if (typeof option !== 'string')
      throw signatureError(this.className, 'setOption', [option, value]);
    return this.option(option, value);
  }

  /** "Sets the number of rows or columns of the range that should be treated as headers." */
  setNumHeaders(headers: number): this {
    this.charge('setNumHeaders');
    this.draft.numHeaders = requireInteger(headers, this.className, 'setNumHeaders', [headers]);
    return this;
  }

  /** "Sets the merge strategy to use when more than one range exists." */
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): this {
    this.charge('setMergeStrategy');
    const name = enumMember(ChartMergeStrategy, mergeStrategy);
    if (!name) throw signatureError(this.className, 'setMergeStrategy', [mergeStrategy]);
    this.draft.mergeStrategy = name;
    return this;
  }

  /** "Sets the strategy to use for hidden rows and columns. Defaults to IGNORE_ROWS." */
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): this {
    this.charge('setHiddenDimensionStrategy');
    const name = enumMember(ChartHiddenDimensionStrategy, strategy);
    if (!name) throw signatureError(this.className, 'setHiddenDimensionStrategy', [strategy]);
    this.draft.hiddenDimensionStrategy = name;
    return this;
  }

  /** "Sets whether the chart's rows and columns are transposed. … Defaults to false." */
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.charge('setTransposeRowsAndColumns');
    this.draft.transposeRowsAndColumns = Boolean(transpose);
    return this;
  }

  /**
   * "Builds the chart to reflect all changes made to it. This method does not automatically draw
   * the chart on top of the spreadsheet. A new chart must be inserted via
   * sheet.insertChart(chart), and an existing chart should be updated via
   * sheet.updateChart(chart)."
   */
  build(): GChart {
    this.charge('build');
    return new FakeEmbeddedChart(
      this.ws,
      this.spreadsheetId,
      this.sheetId,
      this.draft,
    ) as unknown as GChart;
  }

  /** "Sets the chart type to ColumnChart and returns an EmbeddedColumnChartBuilder." */
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.charge('asColumnChart');
    this.draft.type = ChartType.COLUMN;
    return this.typed(FakeEmbeddedColumnChartBuilder, 'EmbeddedColumnChartBuilder');
  }

  /** "Sets the chart type to BarChart and returns an EmbeddedBarChartBuilder." */
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    this.charge('asBarChart');
    this.draft.type = ChartType.BAR;
    return this.typed(FakeEmbeddedBarChartBuilder, 'EmbeddedBarChartBuilder');
  }

  /** "Sets the chart type to LineChart and returns an EmbeddedLineChartBuilder." */
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    this.charge('asLineChart');
    this.draft.type = ChartType.LINE;
    return this.typed(FakeEmbeddedLineChartBuilder, 'EmbeddedLineChartBuilder');
  }

  /** "Sets the chart type to PieChart and returns an EmbeddedPieChartBuilder." */
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    this.charge('asPieChart');
    this.draft.type = ChartType.PIE;
    return this.typed(FakeEmbeddedPieChartBuilder, 'EmbeddedPieChartBuilder');
  }

  private typed<T>(
    Builder: new (
      ws: Workspace,
      spreadsheetId: string,
      sheetId: number,
      draft: ChartModel,
      className: BuilderClass,
    ) => unknown,
    className: BuilderClass,
  ): T {
    return new Builder(this.ws, this.spreadsheetId, this.sheetId, this.draft, className) as T;
  }
}
assertGoogleShape<FakeEmbeddedChartBuilder, GBuilder>(true);

/** Legend positions as Google Charts names them (legend.position). */
const LEGEND_POSITIONS: Record<keyof typeof Position, string> = {
  TOP: 'top',
  RIGHT: 'right',
  BOTTOM: 'bottom',
  NONE: 'none',
};

/** Setters every typed builder has (title, colours, legend), per the typed builder pages. */
class FakeStyledChartBuilder extends FakeEmbeddedChartBuilder {
  /** The option value of a TextStyle argument ({ color, fontName, fontSize }). */
  protected textStyle(method: string, textStyle: unknown): unknown {
    const style = textStyleModelOf(textStyle);
    if (!style) throw signatureError(this.className, method, [textStyle]);
    return style;
  }

  /** "Sets the title of the chart. The title is displayed centered above the chart." */
  setTitle(chartTitle: string): this {
    this.charge('setTitle');
    return this.option('title', String(chartTitle));
  }

  /** "Sets the text style of the chart title." */
  setTitleTextStyle(textStyle: GoogleAppsScript.Charts.TextStyle): this {
    this.charge('setTitleTextStyle');
    return this.option('titleTextStyle', this.textStyle('setTitleTextStyle', textStyle));
  }

  /** "Sets the background color for the chart." */
  setBackgroundColor(cssValue: string): this {
    this.charge('setBackgroundColor');
    return this.option('backgroundColor', String(cssValue));
  }

  /** "Sets the colors for the lines in the chart." (one CSS colour per series) */
  setColors(cssValues: string[]): this {
    this.charge('setColors');
    if (!Array.isArray(cssValues)) throw signatureError(this.className, 'setColors', [cssValues]);
    return this.option('colors', cssValues.map(String));
  }

  /** "Sets the position of the legend with respect to the chart. By default, there is no legend." */
  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    this.charge('setLegendPosition');
    const name = enumMember(Position, position);
    if (!name) throw signatureError(this.className, 'setLegendPosition', [position]);
    return this.option('legend.position', LEGEND_POSITIONS[name]);
  }

  /** "Sets the text style of the chart legend." */
  setLegendTextStyle(textStyle: GoogleAppsScript.Charts.TextStyle): this {
    this.charge('setLegendTextStyle');
    return this.option('legend.textStyle', this.textStyle('setLegendTextStyle', textStyle));
  }

  /**
   * "Reverses the drawing of series in the domain axis. For vertical-range charts (such as line,
   * area or column charts), this means the horizontal axis is drawn from right to left. For
   * horizontal-range charts (such as bar charts), this means the vertical axis is drawn from top
   * to bottom. For pie charts, this means the slices are drawn counterclockwise."
   */
  reverseCategories(): this {
    this.charge('reverseCategories');
    if (this.draft.type === ChartType.PIE) return this.option('reverseCategories', true);
    return this.option(`${this.domainAxis()}.direction`, -1);
  }

  /** The axis of categories: vertical for bar charts, horizontal otherwise. */
  protected domainAxis(): 'hAxis' | 'vAxis' {
    return this.className === 'EmbeddedBarChartBuilder' ? 'vAxis' : 'hAxis';
  }

  /** The axis of values: horizontal for bar charts, vertical otherwise. */
  protected rangeAxis(): 'hAxis' | 'vAxis' {
    return this.className === 'EmbeddedBarChartBuilder' ? 'hAxis' : 'vAxis';
  }
}

/** Axis setters of the column, bar and line builders. */
class FakeAxisChartBuilder extends FakeStyledChartBuilder {
  /**
   * "Sets the range for the chart. If any data points fall outside the range, the range is
   * expanded to include those data points." (the range axis's view window)
   */
  setRange(start: number, end: number): this {
    this.charge('setRange');
    if (typeof start !== 'number' || typeof end !== 'number') {
      throw signatureError(this.className, 'setRange', [start, end]);
    }
    return this.option(`${this.rangeAxis()}.viewWindow`, { min: start, max: end });
  }

  /** "Makes the range axis into a logarithmic scale (requires all values to be positive)." */
  useLogScale(): this {
    this.charge('useLogScale');
    return this.option(`${this.rangeAxis()}.logScale`, true);
  }

  /** "Adds a title to the horizontal axis." */
  setXAxisTitle(title: string): this {
    this.charge('setXAxisTitle');
    return this.option('hAxis.title', String(title));
  }

  /** "Adds a title to the vertical axis." */
  setYAxisTitle(title: string): this {
    this.charge('setYAxisTitle');
    return this.option('vAxis.title', String(title));
  }

  /** "Sets the horizontal axis text style." */
  setXAxisTextStyle(textStyle: GoogleAppsScript.Charts.TextStyle): this {
    this.charge('setXAxisTextStyle');
    return this.option('hAxis.textStyle', this.textStyle('setXAxisTextStyle', textStyle));
  }

  /** "Sets the vertical axis text style." */
  setYAxisTextStyle(textStyle: GoogleAppsScript.Charts.TextStyle): this {
    this.charge('setYAxisTextStyle');
    return this.option('vAxis.textStyle', this.textStyle('setYAxisTextStyle', textStyle));
  }

  /** "Sets the horizontal axis title text style." */
  setXAxisTitleTextStyle(textStyle: GoogleAppsScript.Charts.TextStyle): this {
    this.charge('setXAxisTitleTextStyle');
    return this.option('hAxis.titleTextStyle', this.textStyle('setXAxisTitleTextStyle', textStyle));
  }

  /** "Sets the vertical axis title text style." */
  setYAxisTitleTextStyle(textStyle: GoogleAppsScript.Charts.TextStyle): this {
    this.charge('setYAxisTitleTextStyle');
    return this.option('vAxis.titleTextStyle', this.textStyle('setYAxisTitleTextStyle', textStyle));
  }
}

/** Column and bar charts stack; line charts do not (no setStacked on their builder). */
class FakeStackableChartBuilder extends FakeAxisChartBuilder {
  /**
   * "Uses stacked lines, meaning that line and bar values are stacked (accumulated). By default,
   * there is no stacking."
   */
  setStacked(): this {
    this.charge('setStacked');
    return this.option('isStacked', true);
  }
}

/** spreadsheet/embedded-column-chart-builder */
export class FakeEmbeddedColumnChartBuilder extends FakeStackableChartBuilder {}
assertGoogleShape<
  FakeEmbeddedColumnChartBuilder,
  GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder
>(true);

/** spreadsheet/embedded-bar-chart-builder */
export class FakeEmbeddedBarChartBuilder extends FakeStackableChartBuilder {
  /**
   * "Reverses the direction in which the bars grow along the horizontal axis. By default, values
   * grow from left to right. Calling this method causes them to grow from right to left."
   */
  reverseDirection(): this {
    this.charge('reverseDirection');
    return this.option('hAxis.direction', -1);
  }
}
assertGoogleShape<
  FakeEmbeddedBarChartBuilder,
  GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder
>(true);

/** Google Charts curveType for each Charts.CurveStyle (assumed mapping). */
const CURVE_TYPES: Record<keyof typeof CurveStyle, string> = { NORMAL: 'none', SMOOTH: 'function' };
/** Google Charts pointSize for each Charts.PointStyle (assumed sizes; NONE draws no points). */
const POINT_SIZES: Record<keyof typeof PointStyle, number> = {
  NONE: 0,
  TINY: 2,
  MEDIUM: 7,
  LARGE: 14,
  HUGE: 28,
};

/** spreadsheet/embedded-line-chart-builder */
export class FakeEmbeddedLineChartBuilder extends FakeAxisChartBuilder {
  /** "Sets the style to use for curves in the chart." */
  setCurveStyle(style: GoogleAppsScript.Charts.CurveStyle): this {
    this.charge('setCurveStyle');
    const name = enumMember(CurveStyle, style);
    if (!name) throw signatureError(this.className, 'setCurveStyle', [style]);
    return this.option('curveType', CURVE_TYPES[name]);
  }

  /**
   * "Sets the style for points in the line. By default, points have no particular styles, and
   * only the line is visible."
   */
  setPointStyle(style: GoogleAppsScript.Charts.PointStyle): this {
    this.charge('setPointStyle');
    const name = enumMember(PointStyle, style);
    if (!name) throw signatureError(this.className, 'setPointStyle', [style]);
    return this.option('pointSize', POINT_SIZES[name]);
  }
}
assertGoogleShape<
  FakeEmbeddedLineChartBuilder,
  GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder
>(true);

/** spreadsheet/embedded-pie-chart-builder (set3D is not in the typings the add-on uses). */
export class FakeEmbeddedPieChartBuilder extends FakeStyledChartBuilder {}
assertGoogleShape<
  FakeEmbeddedPieChartBuilder,
  GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder
>(true);

// ---------------------------------------------------------------- Sheet's chart methods

/** sheet#newChart(): "Returns a builder to create a new chart for this sheet." */
export function newChartBuilder(ws: Workspace, spreadsheetId: string, sheetId: number): GBuilder {
  return new FakeEmbeddedChartBuilder(
    ws,
    spreadsheetId,
    sheetId,
    newChartModel(),
  ) as unknown as GBuilder;
}

/** The model a chart handle holds, or Apps Script's signature error for anything else. */
function heldChart(chart: unknown, method: string): ChartModel {
  const held = chart !== null && typeof chart === 'object' ? chartModels.get(chart) : undefined;
  if (!held) throw signatureError('Sheet', method, [chart]);
  return held.model;
}

/**
 * sheet#insertChart(chart): "Adds a new chart to this sheet." The stored chart gets the next
 * chart id of the spreadsheet (the handle passed in stays a detached value). Assumed: a chart
 * whose type was never set is refused ('Invalid argument: chart').
 */
export function insertChart(
  ws: Workspace,
  spreadsheetId: string,
  sheetId: number,
  chart: GChart,
): void {
  const model = heldChart(chart, 'insertChart');
  const { spreadsheet, sheet } = requireSheet(ws, spreadsheetId, sheetId);
  if (model.type === null) throw new Error(MESSAGES.invalidArgument('chart'));
  const stored = cloneModel(model);
  stored.chartId = spreadsheet.nextChartId++;
  sheet.charts.push(stored);
}

/** sheet#getCharts(): "Returns an array of charts on this sheet." */
export function chartsOf(ws: Workspace, spreadsheetId: string, sheetId: number): GChart[] {
  const { sheet } = requireSheet(ws, spreadsheetId, sheetId);
  return sheet.charts.map(
    (model) => new FakeEmbeddedChart(ws, spreadsheetId, sheetId, model) as unknown as GChart,
  );
}

/** The index of the chart with `chartId` on the sheet; assumed error when it is not there. */
function indexOnSheet(charts: ChartModel[], chartId: number | null): number {
  const index = chartId === null ? -1 : charts.findIndex((c) => c.chartId === chartId);
  if (index < 0) throw new Error(MESSAGES.invalidArgument('chart'));
  return index;
}

/**
 * sheet#updateChart(chart): "Updates the chart on this sheet." The chart must come from this
 * sheet's getCharts() (through modify().build()); assumed error otherwise.
 */
export function updateChart(
  ws: Workspace,
  spreadsheetId: string,
  sheetId: number,
  chart: GChart,
): void {
  const model = heldChart(chart, 'updateChart');
  const { sheet } = requireSheet(ws, spreadsheetId, sheetId);
  const index = indexOnSheet(sheet.charts, model.chartId);
  if (model.type === null) throw new Error(MESSAGES.invalidArgument('chart'));
  sheet.charts[index] = cloneModel(model);
}

/** sheet#removeChart(chart): "Removes a chart from the parent sheet." */
export function removeChart(
  ws: Workspace,
  spreadsheetId: string,
  sheetId: number,
  chart: GChart,
): void {
  const model = heldChart(chart, 'removeChart');
  const { sheet } = requireSheet(ws, spreadsheetId, sheetId);
  sheet.charts.splice(indexOnSheet(sheet.charts, model.chartId), 1);
}

/**
 * Charts (developers.google.com/apps-script/reference/charts/charts): the enums that embedded
 * spreadsheet charts use, and text styles. The stand-alone chart builders (Charts.newBarChart()
 * and friends, drawn as images for HTML pages) and data tables are not modelled: the add-on
 * draws its charts on sheets (Sheet.newChart(), see spreadsheet/charts.ts).
 */
import type { Workspace } from '../workspace';
import { assertGoogleShape } from '../core/typing';

type GCharts = GoogleAppsScript.Charts.Charts;

/** An enum as Apps Script exposes it: each member's value is its name (String(x) gives it). */
function enumOf<T extends string>(...names: T[]): Readonly<Record<T, T>> {
  const out = {} as Record<T, T>;
  for (const name of names) out[name] = name;
  return Object.freeze(out);
}

/** charts/chart-type: "Chart types supported by the Charts service." */
export const ChartType = enumOf(
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
);
export type ChartTypeName = keyof typeof ChartType;

/** charts/chart-hidden-dimension-strategy */
export const ChartHiddenDimensionStrategy = enumOf(
  'IGNORE_BOTH',
  'IGNORE_ROWS',
  'IGNORE_COLUMNS',
  'SHOW_BOTH',
);
/** charts/chart-merge-strategy */
export const ChartMergeStrategy = enumOf('MERGE_COLUMNS', 'MERGE_ROWS');
/** charts/column-type */
export const ColumnType = enumOf('DATE', 'NUMBER', 'STRING');
/** charts/curve-style */
export const CurveStyle = enumOf('NORMAL', 'SMOOTH');
/** charts/point-style */
export const PointStyle = enumOf('NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE');
/** charts/position: legend positions. */
export const Position = enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE');

/** The member of `enumeration` named by `value` (an enum value or its name), or null. */
export function enumMember<T extends string>(
  enumeration: Readonly<Record<T, T>>,
  value: unknown,
): T | null {
  const name = String(value) as T;
  return Object.prototype.hasOwnProperty.call(enumeration, name) ? enumeration[name] : null;
}

// ---------------------------------------------------------------- text styles

/** What a TextStyle carries; embedded chart builders store it as a chart option object. */
export interface TextStyleModel {
  color: string;
  fontName: string;
  fontSize: number;
}

/** The style behind each TextStyle facade, for the builders' set…TextStyle(textStyle). */
const textStyles = new WeakMap<object, TextStyleModel>();

/** The style a TextStyle facade holds, or null when `value` is not one. */
export function textStyleModelOf(value: unknown): TextStyleModel | null {
  return value !== null && typeof value === 'object' ? (textStyles.get(value) ?? null) : null;
}

/**
 * charts/text-style: "A text style configuration object. Used in charts options to configure text
 * style for elements that accepts it, such as title, horizontal axis, vertical axis, legend and
 * tooltip." Defaults (black, empty font name, size 0) are assumed: the reference gives none.
 */
class FakeTextStyle {
  constructor(
    private readonly ws: Workspace,
    style: TextStyleModel,
  ) {
    textStyles.set(this, { ...style });
  }

  private style(method: string): TextStyleModel {
    this.ws.charge('Charts', `TextStyle.${method}`, 'local');
    return textStyles.get(this) as TextStyleModel;
  }

  getColor(): string {
    return this.style('getColor').color;
  }

  getFontName(): string {
    return this.style('getFontName').fontName;
  }

  getFontSize(): number {
    return this.style('getFontSize').fontSize;
  }
}
assertGoogleShape<FakeTextStyle, GoogleAppsScript.Charts.TextStyle>(true);

class FakeTextStyleBuilder {
  private readonly style: TextStyleModel = { color: '#000000', fontName: '', fontSize: 0 };

  constructor(private readonly ws: Workspace) {}

  private charge(method: string): GoogleAppsScript.Charts.TextStyleBuilder {
    this.ws.charge('Charts', `TextStyleBuilder.${method}`, 'local');
    return this as unknown as GoogleAppsScript.Charts.TextStyleBuilder;
  }

  build(): GoogleAppsScript.Charts.TextStyle {
    this.charge('build');
    return new FakeTextStyle(this.ws, this.style) as unknown as GoogleAppsScript.Charts.TextStyle;
  }

  setColor(cssValue: string): GoogleAppsScript.Charts.TextStyleBuilder {
    this.style.color = String(cssValue);
    return this.charge('setColor');
  }

  setFontName(fontName: string): GoogleAppsScript.Charts.TextStyleBuilder {
    this.style.fontName = String(fontName);
    return this.charge('setFontName');
  }

  setFontSize(fontSize: number): GoogleAppsScript.Charts.TextStyleBuilder {
    this.style.fontSize = Number(fontSize);
    return this.charge('setFontSize');
  }
}
assertGoogleShape<FakeTextStyleBuilder, GoogleAppsScript.Charts.TextStyleBuilder>(true);

// ---------------------------------------------------------------- the service

export class FakeCharts {
  readonly ChartHiddenDimensionStrategy =
    ChartHiddenDimensionStrategy as unknown as GCharts['ChartHiddenDimensionStrategy'];
  readonly ChartMergeStrategy = ChartMergeStrategy as unknown as GCharts['ChartMergeStrategy'];
  readonly ChartType = ChartType as unknown as GCharts['ChartType'];
  readonly ColumnType = ColumnType as unknown as GCharts['ColumnType'];
  readonly CurveStyle = CurveStyle as unknown as GCharts['CurveStyle'];
  readonly PointStyle = PointStyle as unknown as GCharts['PointStyle'];
  readonly Position = Position as unknown as GCharts['Position'];

  constructor(private readonly ws: Workspace) {}

  /** charts/charts#newTextStyle(): "Creates a new text style builder." */
  newTextStyle(): GoogleAppsScript.Charts.TextStyleBuilder {
    this.ws.charge('Charts', 'Charts.newTextStyle', 'local');
    return new FakeTextStyleBuilder(this.ws) as unknown as GoogleAppsScript.Charts.TextStyleBuilder;
  }
}
assertGoogleShape<FakeCharts, GCharts>(true);

export function createCharts(ws: Workspace): GCharts {
  return new FakeCharts(ws) as unknown as GCharts;
}

/**
 * Data behind data validation, protection and conditional formatting. Plain data; the builders
 * and facades live in validation.ts, protection.ts and conditionalFormat.ts.
 */

/** One data-validation rule, as DataValidationBuilder.build() produces it. */
export interface DataValidationModel {
  /** A SpreadsheetApp.DataValidationCriteria name, e.g. 'VALUE_IN_LIST'. */
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

/** A protected range or sheet. */
export interface ProtectionModel {
  /** 'RANGE' or 'SHEET' (SpreadsheetApp.ProtectionType). */
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** For RANGE: 1-based bounds; for SHEET: the whole sheet. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  /** Ranges left editable inside a protected sheet (Protection.setUnprotectedRanges). */
  unprotected: Array<{ row: number; column: number; numRows: number; numColumns: number }>;
}

/** A conditional format rule over one or more ranges of a sheet. */
export interface ConditionalFormatRuleModel {
  ranges: Array<{ row: number; column: number; numRows: number; numColumns: number }>;
  /** e.g. 'CUSTOM_FORMULA', 'DATE_BEFORE', 'TEXT_EQUAL_TO' (SpreadsheetApp.BooleanCriteria). */
  criteria: string;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** A cell rectangle a chart reads its data from (it may lie on another sheet). */
export interface ChartRangeModel {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** An embedded chart, as EmbeddedChartBuilder.build() produces it (see charts.ts). */
export interface ChartModel {
  /** Unique within the spreadsheet; null until Sheet.insertChart stores the chart. */
  chartId: number | null;
  /** A Charts.ChartType name, or null while no type was chosen. */
  type: string | null;
  ranges: ChartRangeModel[];
  /** Options as nested objects: setOption('hAxis.title', t) stores { hAxis: { title: t } }. */
  options: Record<string, unknown>;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  /** Rows or columns of the ranges treated as headers; negative means auto-detected. */
  numHeaders: number;
  /** A Charts.ChartMergeStrategy name. */
  mergeStrategy: string;
  /** A Charts.ChartHiddenDimensionStrategy name. */
  hiddenDimensionStrategy: string;
  transposeRowsAndColumns: boolean;
}

/**
 * Conditional formatting: SpreadsheetApp.newConditionalFormatRule() (ConditionalFormatRuleBuilder),
 * the built ConditionalFormatRule and its BooleanCondition.
 *
 * References:
 *   https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 *   https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule
 *   https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
 *   https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria
 *   https://developers.google.com/apps-script/reference/spreadsheet/relative-date
 *
 * Rules are stored, not applied: the emulator does not paint cells. Gradient rules are not
 * emulated (getGradientCondition() is always null).
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { ConditionalFormatRuleModel } from './featuresModel';
import { normaliseColor } from './internals';
import { makeRange } from './range';
import { signatureError } from './validation';

/** SpreadsheetApp.BooleanCriteria; values are their names, as String(enum) gives. */
export const BooleanCriteria = Object.freeze({
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_AFTER_RELATIVE: 'DATE_AFTER_RELATIVE',
  DATE_BEFORE_RELATIVE: 'DATE_BEFORE_RELATIVE',
  DATE_EQUAL_TO_RELATIVE: 'DATE_EQUAL_TO_RELATIVE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
});
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

/** SpreadsheetApp.RelativeDate. */
export const RelativeDate = Object.freeze({
  TODAY: 'TODAY',
  TOMORROW: 'TOMORROW',
  YESTERDAY: 'YESTERDAY',
  PAST_WEEK: 'PAST_WEEK',
  PAST_MONTH: 'PAST_MONTH',
  PAST_YEAR: 'PAST_YEAR',
});

interface Bounds {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * The stored rule plus what featuresModel does not (yet) carry: the other font styles, and
 * which sheet the ranges are on so getRanges() can hand out Range objects.
 */
export type StoredRule = ConditionalFormatRuleModel & {
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
  spreadsheetId?: string;
  sheetId?: number;
};

interface BuilderState {
  criteria: BooleanCriteriaName | null;
  args: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
  ranges: Bounds[];
  spreadsheetId?: string;
  sheetId?: number;
}

type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;

const isDate = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRelativeDate = (v: unknown) => typeof v === 'string' && v in RelativeDate;

function copyArgs(args: unknown[]): unknown[] {
  return args.map((a) => (a instanceof Date ? new Date(a.getTime()) : a));
}

/** Finds the sheet a stored rule belongs to when the rule did not record it. */
function locate(
  ws: Workspace,
  rule: StoredRule,
): { spreadsheetId: string; sheetId: number } | null {
  if (rule.spreadsheetId !== undefined && rule.sheetId !== undefined) {
    return { spreadsheetId: rule.spreadsheetId, sheetId: rule.sheetId };
  }
  for (const ss of ws.spreadsheets.all()) {
    for (const sheet of ss.sheets) {
      if (sheet.conditionalFormatRules.includes(rule)) {
        return { spreadsheetId: ss.id, sheetId: sheet.sheetId };
      }
    }
  }
  return null;
}

function rangesOf(
  ws: Workspace,
  place: { spreadsheetId: string; sheetId: number } | null,
  ranges: Bounds[],
): GoogleAppsScript.Spreadsheet.Range[] {
  if (!place) return [];
  return ranges.map((b) =>
    makeRange(ws, place.spreadsheetId, place.sheetId, b.row, b.column, b.numRows, b.numColumns),
  );
}

class FakeBooleanCondition {
  constructor(
    private readonly ws: Workspace,
    private readonly state: Omit<BuilderState, 'ranges'>,
  ) {}

  getBackground(): string | null {
    this.charge('getBackground');
    return this.state.background;
  }

  getBold(): boolean | null {
    this.charge('getBold');
    return this.state.bold;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    this.charge('getCriteriaType');
    return this.state.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }

  getCriteriaValues(): unknown[] {
    this.charge('getCriteriaValues');
    return copyArgs(this.state.args);
  }

  getFontColor(): string | null {
    this.charge('getFontColor');
    return this.state.fontColor;
  }

  getItalic(): boolean | null {
    this.charge('getItalic');
    return this.state.italic;
  }

  getStrikethrough(): boolean | null {
    this.charge('getStrikethrough');
    return this.state.strikethrough;
  }

  getUnderline(): boolean | null {
    this.charge('getUnderline');
    return this.state.underline;
  }

  toString(): string {
    return 'BooleanCondition';
  }

  private charge(method: string): void {
    this.ws.charge('SpreadsheetApp', `BooleanCondition.${method}`, 'local');
  }
}
assertGoogleShape<FakeBooleanCondition, GCondition & { toString(): string }>(true);

function condition(ws: Workspace, state: BuilderState): GCondition | null {
  if (!state.criteria) return null;
  return new FakeBooleanCondition(ws, {
    ...state,
    args: copyArgs(state.args),
  }) as unknown as GCondition;
}

class FakeConditionalFormatRuleBuilder {
  private state: BuilderState = {
    criteria: null,
    args: [],
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    underline: null,
    ranges: [],
  };

  constructor(private readonly ws: Workspace) {}

  /** @internal a builder holding a stored rule's settings (ConditionalFormatRule.copy()). */
  static from(ws: Workspace, rule: StoredRule): FakeConditionalFormatRuleBuilder {
    const builder = new FakeConditionalFormatRuleBuilder(ws);
    const place = locate(ws, rule);
    builder.state = {
      criteria: (rule.criteria || null) as BooleanCriteriaName | null,
      args: copyArgs(rule.args),
      background: rule.background,
      fontColor: rule.fontColor,
      bold: rule.bold,
      italic: rule.italic ?? null,
      strikethrough: rule.strikethrough ?? null,
      underline: rule.underline ?? null,
      ranges: rule.ranges.map((r) => ({ ...r })),
      spreadsheetId: place?.spreadsheetId,
      sheetId: place?.sheetId,
    };
    return builder;
  }

  build(): GRule {
    this.charge('build');
    const s = this.state;
    const model: StoredRule = {
      ranges: s.ranges.map((r) => ({ ...r })),
      criteria: s.criteria ?? '',
      args: copyArgs(s.args),
      background: s.background,
      fontColor: s.fontColor,
      bold: s.bold,
      italic: s.italic,
      strikethrough: s.strikethrough,
      underline: s.underline,
    };
    if (s.spreadsheetId !== undefined && s.sheetId !== undefined) {
      model.spreadsheetId = s.spreadsheetId;
      model.sheetId = s.sheetId;
    }
    return conditionalFormatRuleFacade(this.ws, model);
  }

  copy(): GBuilder {
    this.charge('copy');
    const copy = new FakeConditionalFormatRuleBuilder(this.ws);
    copy.state = { ...this.state, args: copyArgs(this.state.args), ranges: [...this.state.ranges] };
    return copy as unknown as GBuilder;
  }

  getBooleanCondition(): GCondition | null {
    this.charge('getBooleanCondition');
    return condition(this.ws, this.state);
  }

  getGradientCondition(): null {
    this.charge('getGradientCondition');
    return null;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.charge('getRanges');
    const s = this.state;
    const place =
      s.spreadsheetId !== undefined && s.sheetId !== undefined
        ? { spreadsheetId: s.spreadsheetId, sheetId: s.sheetId }
        : null;
    return rangesOf(this.ws, place, s.ranges);
  }

  setBackground(color: string | null): GBuilder {
    this.charge('setBackground');
    this.state.background = color === null ? null : normaliseColor(String(color));
    return this.self();
  }

  setBold(bold: boolean | null): GBuilder {
    this.charge('setBold');
    this.state.bold = bold;
    return this.self();
  }

  setFontColor(color: string | null): GBuilder {
    this.charge('setFontColor');
    this.state.fontColor = color === null ? null : normaliseColor(String(color));
    return this.self();
  }

  setItalic(italic: boolean | null): GBuilder {
    this.charge('setItalic');
    this.state.italic = italic;
    return this.self();
  }

  setStrikethrough(strikethrough: boolean | null): GBuilder {
    this.charge('setStrikethrough');
    this.state.strikethrough = strikethrough;
    return this.self();
  }

  setUnderline(underline: boolean | null): GBuilder {
    this.charge('setUnderline');
    this.state.underline = underline;
    return this.self();
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GBuilder {
    this.charge('setRanges');
    if (!Array.isArray(ranges))
      throw signatureError('ConditionalFormatRuleBuilder', 'setRanges', [ranges]);
    const bounds: Bounds[] = [];
    let place: { spreadsheetId: string; sheetId: number } | undefined;
    for (const range of ranges) {
      const sheet = range.getSheet();
      place ??= { spreadsheetId: sheet.getParent().getId(), sheetId: sheet.getSheetId() };
      bounds.push({
        row: range.getRow(),
        column: range.getColumn(),
        numRows: range.getNumRows(),
        numColumns: range.getNumColumns(),
      });
    }
    this.state.ranges = bounds;
    this.state.spreadsheetId = place?.spreadsheetId;
    this.state.sheetId = place?.sheetId;
    return this.self();
  }

  whenCellEmpty(): GBuilder {
    this.charge('whenCellEmpty');
    return this.set('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): GBuilder {
    this.charge('whenCellNotEmpty');
    return this.set('CELL_NOT_EMPTY', []);
  }

  whenDateAfter(date: Date | GoogleAppsScript.Spreadsheet.RelativeDate): GBuilder {
    return this.date('whenDateAfter', 'DATE_AFTER', date);
  }

  whenDateBefore(date: Date | GoogleAppsScript.Spreadsheet.RelativeDate): GBuilder {
    return this.date('whenDateBefore', 'DATE_BEFORE', date);
  }

  whenDateEqualTo(date: Date | GoogleAppsScript.Spreadsheet.RelativeDate): GBuilder {
    return this.date('whenDateEqualTo', 'DATE_EQUAL_TO', date);
  }

  whenFormulaSatisfied(formula: string): GBuilder {
    return this.text('whenFormulaSatisfied', 'CUSTOM_FORMULA', formula);
  }

  whenNumberBetween(start: number, end: number): GBuilder {
    return this.numbers('whenNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(number: number): GBuilder {
    return this.numbers('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }

  whenNumberGreaterThan(number: number): GBuilder {
    return this.numbers('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): GBuilder {
    return this.numbers('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      number,
    ]);
  }

  whenNumberLessThan(number: number): GBuilder {
    return this.numbers('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): GBuilder {
    return this.numbers('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberNotBetween(start: number, end: number): GBuilder {
    return this.numbers('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }

  whenNumberNotEqualTo(number: number): GBuilder {
    return this.numbers('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [number]);
  }

  whenTextContains(text: string): GBuilder {
    return this.text('whenTextContains', 'TEXT_CONTAINS', text);
  }

  whenTextDoesNotContain(text: string): GBuilder {
    return this.text('whenTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', text);
  }

  whenTextEndsWith(text: string): GBuilder {
    return this.text('whenTextEndsWith', 'TEXT_ENDS_WITH', text);
  }

  whenTextEqualTo(text: string): GBuilder {
    return this.text('whenTextEqualTo', 'TEXT_EQUAL_TO', text);
  }

  whenTextStartsWith(text: string): GBuilder {
    return this.text('whenTextStartsWith', 'TEXT_STARTS_WITH', text);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): GBuilder {
    this.charge('withCriteria');
    const name = String(criteria);
    if (!(name in BooleanCriteria) || !Array.isArray(args)) {
      throw signatureError('ConditionalFormatRuleBuilder', 'withCriteria', [criteria, args]);
    }
    return this.set(name as BooleanCriteriaName, copyArgs(args));
  }

  toString(): string {
    return 'ConditionalFormatRuleBuilder';
  }

  private set(criteria: BooleanCriteriaName, args: unknown[]): GBuilder {
    this.state.criteria = criteria;
    this.state.args = args;
    return this.self();
  }

  /** A Date gives the absolute criterion; a RelativeDate the *_RELATIVE one. */
  private date(
    method: string,
    criteria: 'DATE_AFTER' | 'DATE_BEFORE' | 'DATE_EQUAL_TO',
    date: unknown,
  ): GBuilder {
    this.charge(method);
    if (isDate(date)) return this.set(criteria, [new Date(date.getTime())]);
    if (isRelativeDate(date)) return this.set(`${criteria}_RELATIVE`, [date]);
    throw signatureError('ConditionalFormatRuleBuilder', method, [date]);
  }

  private numbers(method: string, criteria: BooleanCriteriaName, args: unknown[]): GBuilder {
    this.charge(method);
    if (!args.every(isNumber)) throw signatureError('ConditionalFormatRuleBuilder', method, args);
    return this.set(criteria, args);
  }

  private text(method: string, criteria: BooleanCriteriaName, text: unknown): GBuilder {
    this.charge(method);
    if (typeof text !== 'string')
      throw signatureError('ConditionalFormatRuleBuilder', method, [text]);
    return this.set(criteria, [text]);
  }

  private charge(method: string): void {
    this.ws.charge('SpreadsheetApp', `ConditionalFormatRuleBuilder.${method}`, 'local');
  }

  private self(): GBuilder {
    return this as unknown as GBuilder;
  }
}
assertGoogleShape<FakeConditionalFormatRuleBuilder, GBuilder & { toString(): string }>(true);

class FakeConditionalFormatRule {
  constructor(
    private readonly ws: Workspace,
    /** The rule as stored in SheetModel.conditionalFormatRules (Sheet reads it as `model`). */
    private readonly model: StoredRule,
  ) {}

  copy(): GBuilder {
    this.charge('copy');
    return FakeConditionalFormatRuleBuilder.from(this.ws, this.model) as unknown as GBuilder;
  }

  getBooleanCondition(): GCondition | null {
    this.charge('getBooleanCondition');
    const m = this.model;
    return condition(this.ws, {
      criteria: (m.criteria || null) as BooleanCriteriaName | null,
      args: m.args,
      background: m.background,
      fontColor: m.fontColor,
      bold: m.bold,
      italic: m.italic ?? null,
      strikethrough: m.strikethrough ?? null,
      underline: m.underline ?? null,
      ranges: [],
    });
  }

  getGradientCondition(): null {
    this.charge('getGradientCondition');
    return null;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    this.charge('getRanges');
    return rangesOf(this.ws, locate(this.ws, this.model), this.model.ranges);
  }

  toString(): string {
    return 'ConditionalFormatRule';
  }

  private charge(method: string): void {
    this.ws.charge('SpreadsheetApp', `ConditionalFormatRule.${method}`, 'local');
  }
}
assertGoogleShape<FakeConditionalFormatRule, GRule & { toString(): string }>(true);

/** SpreadsheetApp.newConditionalFormatRule(). */
export function newConditionalFormatRule(ws: Workspace): GBuilder {
  return new FakeConditionalFormatRuleBuilder(ws) as unknown as GBuilder;
}

/** A ConditionalFormatRule facade over a stored rule (Sheet.getConditionalFormatRules()). */
export function conditionalFormatRuleFacade(
  ws: Workspace,
  model: ConditionalFormatRuleModel,
): GRule {
  return new FakeConditionalFormatRule(ws, model) as unknown as GRule;
}

/**
 * Data validation: SpreadsheetApp.newDataValidation() (DataValidationBuilder), the built rule
 * (DataValidation), and the check the emulated user's typing goes through.
 *
 * References:
 *   https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 *   https://developers.google.com/apps-script/reference/spreadsheet/data-validation
 *   https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria
 *
 * Scripts are never refused by a rule (Range.setValue writes invalid data, as in Apps Script);
 * only people typing into a cell are (violatesValidation, used by the user-action emulation).
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { DataValidationModel } from './featuresModel';
import type { CellValue } from './model';
import { zonedParts } from './zonedTime';

/** SpreadsheetApp.DataValidationCriteria; values are their names, as String(enum) gives. */
export const DataValidationCriteria = Object.freeze({
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
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
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
});
export type CriteriaName = keyof typeof DataValidationCriteria;

export const VALIDATION_MESSAGES = {
  noCriteria: 'Emulator: build() needs criteria; call a require… method or withCriteria() first',
  unknownCriteria: (name: unknown) => `Invalid argument: criteria (${String(name)})`,
} as const;

/** Apps Script's text when arguments do not fit any overload of a method. */
export function signatureError(className: string, method: string, args: unknown[]): Error {
  return new Error(
    `The parameters (${args.map(parameterTypeName).join(',')}) don't match the method signature for SpreadsheetApp.${className}.${method}.`,
  );
}

function parameterTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'number';
  if (value instanceof Date) return 'Date';
  if (Array.isArray(value)) return 'Object[]';
  const toString = (value as { toString?: () => string }).toString;
  const name = typeof toString === 'function' ? String(toString.call(value)) : '';
  return /^[A-Z]\w*$/.test(name) ? `SpreadsheetApp.${name}` : 'Object';
}

const isDate = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRange = (v: unknown): v is GoogleAppsScript.Spreadsheet.Range =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { getA1Notation?: unknown }).getA1Notation === 'function';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

class FakeDataValidationBuilder {
  private criteria: CriteriaName | null = null;
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText: string | null = null;

  constructor(private readonly ws: Workspace) {}

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    this.charge('build');
    if (!this.criteria) throw new Error(VALIDATION_MESSAGES.noCriteria);
    return dataValidationFacade(this.ws, {
      criteria: this.criteria,
      args: [...this.args],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText ?? '',
    });
  }

  copy(): Builder {
    this.charge('copy');
    return this.clone();
  }

  getAllowInvalid(): boolean {
    this.charge('getAllowInvalid');
    return this.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.charge('getCriteriaType');
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    this.charge('getCriteriaValues');
    return [...this.args];
  }

  getHelpText(): string | null {
    this.charge('getHelpText');
    return this.helpText;
  }

  /** No arguments: TRUE/FALSE; one: that value is checked, blank unchecked; two: both custom. */
  requireCheckbox(...args: unknown[]): Builder {
    this.charge('requireCheckbox');
    if (args.length > 2) throw signatureError('DataValidationBuilder', 'requireCheckbox', args);
    return this.set('CHECKBOX', args);
  }

  requireDate(): Builder {
    this.charge('requireDate');
    return this.set('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): Builder {
    return this.dates('requireDateAfter', 'DATE_AFTER', [date]);
  }

  requireDateBefore(date: Date): Builder {
    return this.dates('requireDateBefore', 'DATE_BEFORE', [date]);
  }

  requireDateBetween(start: Date, end: Date): Builder {
    return this.dates('requireDateBetween', 'DATE_BETWEEN', [start, end]);
  }

  requireDateEqualTo(date: Date): Builder {
    return this.dates('requireDateEqualTo', 'DATE_EQUAL_TO', [date]);
  }

  requireDateNotBetween(start: Date, end: Date): Builder {
    return this.dates('requireDateNotBetween', 'DATE_NOT_BETWEEN', [start, end]);
  }

  requireDateOnOrAfter(date: Date): Builder {
    return this.dates('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [date]);
  }

  requireDateOnOrBefore(date: Date): Builder {
    return this.dates('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [date]);
  }

  requireFormulaSatisfied(formula: string): Builder {
    return this.texts('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }

  requireNumberBetween(start: number, end: number): Builder {
    return this.numbers('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(number: number): Builder {
    return this.numbers('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }

  requireNumberGreaterThan(number: number): Builder {
    return this.numbers('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.numbers('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      number,
    ]);
  }

  requireNumberLessThan(number: number): Builder {
    return this.numbers('requireNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): Builder {
    return this.numbers('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberNotBetween(start: number, end: number): Builder {
    return this.numbers('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberNotEqualTo(number: number): Builder {
    return this.numbers('requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [number]);
  }

  requireTextContains(text: string): Builder {
    return this.texts('requireTextContains', 'TEXT_CONTAINS', [text]);
  }

  requireTextDoesNotContain(text: string): Builder {
    return this.texts('requireTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [text]);
  }

  requireTextEqualTo(text: string): Builder {
    return this.texts('requireTextEqualTo', 'TEXT_EQUAL_TO', [text]);
  }

  requireTextIsEmail(): Builder {
    this.charge('requireTextIsEmail');
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): Builder {
    this.charge('requireTextIsUrl');
    return this.set('TEXT_IS_VALID_URL', []);
  }

  /** Criteria values are [values as strings, showDropdown]; the dropdown shows by default. */
  requireValueInList(values: string[], showDropdown?: boolean): Builder {
    this.charge('requireValueInList');
    const args = showDropdown === undefined ? [values] : [values, showDropdown];
    if (
      !Array.isArray(values) ||
      (showDropdown !== undefined && typeof showDropdown !== 'boolean')
    ) {
      throw signatureError('DataValidationBuilder', 'requireValueInList', args);
    }
    return this.set('VALUE_IN_LIST', [values.map((v) => String(v)), showDropdown ?? true]);
  }

  /** Criteria values are [range, showDropdown]; the dropdown shows by default. */
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): Builder {
    this.charge('requireValueInRange');
    const args = showDropdown === undefined ? [range] : [range, showDropdown];
    if (!isRange(range) || (showDropdown !== undefined && typeof showDropdown !== 'boolean')) {
      throw signatureError('DataValidationBuilder', 'requireValueInRange', args);
    }
    return this.set('VALUE_IN_RANGE', [range, showDropdown ?? true]);
  }

  setAllowInvalid(allowInvalidData: boolean): Builder {
    this.charge('setAllowInvalid');
    if (typeof allowInvalidData !== 'boolean') {
      throw signatureError('DataValidationBuilder', 'setAllowInvalid', [allowInvalidData]);
    }
    this.allowInvalid = allowInvalidData;
    return this as unknown as Builder;
  }

  setHelpText(helpText: string): Builder {
    this.charge('setHelpText');
    if (typeof helpText !== 'string') {
      throw signatureError('DataValidationBuilder', 'setHelpText', [helpText]);
    }
    this.helpText = helpText;
    return this as unknown as Builder;
  }

  withCriteria(
    criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    args: unknown[],
  ): Builder {
    this.charge('withCriteria');
    const name = String(criteria);
    if (!(name in DataValidationCriteria) || !Array.isArray(args)) {
      throw signatureError('DataValidationBuilder', 'withCriteria', [criteria, args]);
    }
    return this.set(name as CriteriaName, args);
  }

  toString(): string {
    return 'DataValidationBuilder';
  }

  /** @internal builder state from a built rule (DataValidation.copy()). */
  static from(ws: Workspace, model: DataValidationModel): FakeDataValidationBuilder {
    const builder = new FakeDataValidationBuilder(ws);
    builder.criteria = model.criteria as CriteriaName;
    builder.args = [...model.args];
    builder.allowInvalid = model.allowInvalid;
    builder.helpText = model.helpText;
    return builder;
  }

  private clone(): Builder {
    const copy = new FakeDataValidationBuilder(this.ws);
    copy.criteria = this.criteria;
    copy.args = [...this.args];
    copy.allowInvalid = this.allowInvalid;
    copy.helpText = this.helpText;
    return copy as unknown as Builder;
  }

  private set(criteria: CriteriaName, args: unknown[]): Builder {
    this.criteria = criteria;
    this.args = args;
    return this as unknown as Builder;
  }

  private dates(method: string, criteria: CriteriaName, args: unknown[]): Builder {
    this.charge(method);
    if (!args.every(isDate)) throw signatureError('DataValidationBuilder', method, args);
    return this.set(
      criteria,
      args.map((d) => new Date((d as Date).getTime())),
    );
  }

  private numbers(method: string, criteria: CriteriaName, args: unknown[]): Builder {
    this.charge(method);
    if (!args.every(isNumber)) throw signatureError('DataValidationBuilder', method, args);
    return this.set(criteria, args);
  }

  private texts(method: string, criteria: CriteriaName, args: unknown[]): Builder {
    this.charge(method);
    if (!args.every((a) => typeof a === 'string')) {
      throw signatureError('DataValidationBuilder', method, args);
    }
    return this.set(criteria, args);
  }

  private charge(method: string): void {
    this.ws.charge('SpreadsheetApp', `DataValidationBuilder.${method}`, 'local');
  }
}

class FakeDataValidation {
  constructor(
    private readonly ws: Workspace,
    /** The rule as stored in SheetModel.validations; Range.setDataValidation reads it. */
    private readonly model: DataValidationModel,
  ) {}

  /** @internal the stored rule behind a facade, or null for anything else. */
  static modelOf(value: unknown): DataValidationModel | null {
    return value instanceof FakeDataValidation ? value.model : null;
  }

  copy(): Builder {
    this.charge('copy');
    return FakeDataValidationBuilder.from(this.ws, this.model) as unknown as Builder;
  }

  getAllowInvalid(): boolean {
    this.charge('getAllowInvalid');
    return this.model.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.charge('getCriteriaType');
    const name = this.model.criteria as CriteriaName;
    return DataValidationCriteria[
      name
    ] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  getCriteriaValues(): unknown[] {
    this.charge('getCriteriaValues');
    return this.model.args.map((a) =>
      a instanceof Date ? new Date(a.getTime()) : Array.isArray(a) ? [...a] : a,
    );
  }

  getHelpText(): string {
    this.charge('getHelpText');
    return this.model.helpText;
  }

  toString(): string {
    return 'DataValidation';
  }

  private charge(method: string): void {
    this.ws.charge('SpreadsheetApp', `DataValidation.${method}`, 'local');
  }
}

// toString is not in Google's typings but every Apps Script object has it; the check below
// ignores it by comparing against the interface extended with toString.
type WithToString<T> = T & { toString(): string };
assertGoogleShape<FakeDataValidationBuilder, WithToString<Builder>>(true);
assertGoogleShape<FakeDataValidation, WithToString<GoogleAppsScript.Spreadsheet.DataValidation>>(
  true,
);

/** SpreadsheetApp.newDataValidation(). Rules allow invalid data (warn only) by default. */
export function createDataValidationBuilder(ws: Workspace): Builder {
  return new FakeDataValidationBuilder(ws) as unknown as Builder;
}

/** A DataValidation facade over a stored rule (Range.getDataValidation()). */
export function dataValidationFacade(
  ws: Workspace,
  model: DataValidationModel,
): GoogleAppsScript.Spreadsheet.DataValidation {
  return new FakeDataValidation(
    ws,
    model,
  ) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

/** The stored rule behind a built DataValidation (for Range.setDataValidation). */
export function dataValidationModelOf(
  rule: GoogleAppsScript.Spreadsheet.DataValidation,
): DataValidationModel {
  const model = FakeDataValidation.modelOf(rule);
  if (!model) throw signatureError('Range', 'setDataValidation', [rule]);
  return { ...model, args: [...model.args] };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^(?:(?:https?|ftp):\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/** Calendar day of a date in the spreadsheet's zone: the date criteria compare days. */
function dayNumber(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

/**
 * Whether `value` breaks the rule's criteria. Empty cells never do. The caller decides what a
 * violation means: with allowInvalid the cell is kept and flagged, otherwise the input is
 * rejected. CUSTOM_FORMULA cannot be evaluated (the emulator has no formula engine), so it
 * never reports a violation.
 */
export function violatesValidation(
  model: DataValidationModel,
  value: CellValue,
  timeZone = 'Asia/Tokyo',
): boolean {
  if (value === '') return false;
  const args = model.args;
  const text = value instanceof Date ? value.toISOString() : String(value);
  const day = (i: number) => dayNumber(args[i] as Date, timeZone);
  const dayNumberOf = (d: Date) => dayNumber(d, timeZone);
  switch (model.criteria as CriteriaName) {
    case 'VALUE_IN_LIST':
      return !(args[0] as string[]).includes(text);
    case 'VALUE_IN_RANGE': {
      const range = args[0] as GoogleAppsScript.Spreadsheet.Range;
      const allowed = range.getDisplayValues().flat();
      return !allowed.includes(text);
    }
    case 'CHECKBOX':
      if (args.length === 0) return typeof value !== 'boolean';
      return !args.some((a) => a === value || String(a) === text);
    case 'DATE_IS_VALID_DATE':
      return !isDate(value);
    case 'DATE_AFTER':
      return !isDate(value) || !(dayNumberOf(value) > day(0));
    case 'DATE_BEFORE':
      return !isDate(value) || !(dayNumberOf(value) < day(0));
    case 'DATE_EQUAL_TO':
      return !isDate(value) || dayNumberOf(value) !== day(0);
    case 'DATE_ON_OR_AFTER':
      return !isDate(value) || dayNumberOf(value) < day(0);
    case 'DATE_ON_OR_BEFORE':
      return !isDate(value) || dayNumberOf(value) > day(0);
    case 'DATE_BETWEEN':
      return !isDate(value) || dayNumberOf(value) < day(0) || dayNumberOf(value) > day(1);
    case 'DATE_NOT_BETWEEN':
      return !isDate(value) || (dayNumberOf(value) >= day(0) && dayNumberOf(value) <= day(1));
    case 'NUMBER_BETWEEN':
      return !isNumber(value) || value < (args[0] as number) || value > (args[1] as number);
    case 'NUMBER_NOT_BETWEEN':
      return !isNumber(value) || (value >= (args[0] as number) && value <= (args[1] as number));
    case 'NUMBER_EQUAL_TO':
      return !isNumber(value) || value !== args[0];
    case 'NUMBER_NOT_EQUAL_TO':
      return !isNumber(value) || value === args[0];
    case 'NUMBER_GREATER_THAN':
      return !isNumber(value) || !(value > (args[0] as number));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return !isNumber(value) || !(value >= (args[0] as number));
    case 'NUMBER_LESS_THAN':
      return !isNumber(value) || !(value < (args[0] as number));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return !isNumber(value) || !(value <= (args[0] as number));
    case 'TEXT_CONTAINS':
      return !text.toLowerCase().includes(String(args[0]).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN':
      return text.toLowerCase().includes(String(args[0]).toLowerCase());
    case 'TEXT_EQUAL_TO':
      return text !== String(args[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return !EMAIL.test(text);
    case 'TEXT_IS_VALID_URL':
      return !URL_PATTERN.test(text);
    case 'CUSTOM_FORMULA':
      return false;
    default:
      return false;
  }
}

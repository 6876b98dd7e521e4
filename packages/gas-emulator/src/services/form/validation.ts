/**
 * Validation builders (FormApp.createTextValidation() and friends) and the checks the live form
 * page applies to a respondent's answer.
 * developers.google.com/apps-script/reference/forms/text-validation-builder
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import type { ValidationModel } from './model';

/** The model behind a built validation object, which shows no members of its own to scripts. */
const builtValidations = new WeakMap<object, ValidationModel>();

export function validationModelOf(validation: unknown): ValidationModel {
  const model =
    validation && typeof validation === 'object' ? builtValidations.get(validation) : undefined;
  if (!model) throw new Error('Invalid argument: validation');
  return model;
}

class FakeBuiltValidation {}

function build(model: ValidationModel): FakeBuiltValidation {
  const built = new FakeBuiltValidation();
  builtValidations.set(built, { ...model, args: [...model.args] });
  return built;
}

type Rule = ValidationModel['rule'];

/** Shared state of the three builders: one rule (the last `require…` call wins) and help text. */
abstract class BuilderBase {
  private model: ValidationModel = { rule: 'none', args: [], helpText: '' };

  constructor(
    protected readonly ws: Workspace,
    private readonly className: string,
  ) {}

  protected require(method: string, rule: Rule, args: (number | string)[]): this {
    this.charge(method);
    this.model = { rule, args, helpText: this.model.helpText };
    return this;
  }

  protected charge(method: string): void {
    this.ws.charge('FormApp', `${this.className}.${method}`, 'local');
  }

  build(): GoogleAppsScript.Forms.TextValidation {
    this.charge('build');
    return build(this.model) as GoogleAppsScript.Forms.TextValidation;
  }

  setHelpText(text: string): this {
    this.charge('setHelpText');
    this.model = { ...this.model, helpText: String(text) };
    return this;
  }
}

/** Pattern and length rules: all a paragraph's validation has, shared with text validation. */
abstract class TextRulesBuilder extends BuilderBase {
  requireTextContainsPattern(pattern: string): this {
    return this.require('requireTextContainsPattern', 'textContainsPattern', [String(pattern)]);
  }
  requireTextDoesNotContainPattern(pattern: string): this {
    return this.require('requireTextDoesNotContainPattern', 'textDoesNotContainPattern', [
      String(pattern),
    ]);
  }
  requireTextMatchesPattern(pattern: string): this {
    return this.require('requireTextMatchesPattern', 'textMatchesPattern', [String(pattern)]);
  }
  requireTextDoesNotMatchPattern(pattern: string): this {
    return this.require('requireTextDoesNotMatchPattern', 'textDoesNotMatchPattern', [
      String(pattern),
    ]);
  }
  requireTextLengthGreaterThanOrEqualTo(n: number): this {
    return this.require('requireTextLengthGreaterThanOrEqualTo', 'textLengthGreaterThanOrEqualTo', [
      n,
    ]);
  }
  requireTextLengthLessThanOrEqualTo(n: number): this {
    return this.require('requireTextLengthLessThanOrEqualTo', 'textLengthLessThanOrEqualTo', [n]);
  }
}

export class FakeTextValidationBuilder extends TextRulesBuilder {
  constructor(ws: Workspace) {
    super(ws, 'TextValidationBuilder');
  }
  requireNumber(): this {
    return this.require('requireNumber', 'number', []);
  }
  requireWholeNumber(): this {
    return this.require('requireWholeNumber', 'wholeNumber', []);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.require('requireNumberBetween', 'numberBetween', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.require('requireNumberNotBetween', 'numberNotBetween', [start, end]);
  }
  requireNumberEqualTo(n: number): this {
    return this.require('requireNumberEqualTo', 'numberEqualTo', [n]);
  }
  requireNumberNotEqualTo(n: number): this {
    return this.require('requireNumberNotEqualTo', 'numberNotEqualTo', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this.require('requireNumberGreaterThan', 'numberGreaterThan', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this.require('requireNumberGreaterThanOrEqualTo', 'numberGreaterThanOrEqualTo', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this.require('requireNumberLessThan', 'numberLessThan', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this.require('requireNumberLessThanOrEqualTo', 'numberLessThanOrEqualTo', [n]);
  }
  requireTextIsEmail(): this {
    return this.require('requireTextIsEmail', 'textIsEmail', []);
  }
  requireTextIsUrl(): this {
    return this.require('requireTextIsUrl', 'textIsUrl', []);
  }
}
assertGoogleShape<FakeTextValidationBuilder, GoogleAppsScript.Forms.TextValidationBuilder>(true);

export class FakeParagraphTextValidationBuilder extends TextRulesBuilder {
  constructor(ws: Workspace) {
    super(ws, 'ParagraphTextValidationBuilder');
  }
}
assertGoogleShape<
  FakeParagraphTextValidationBuilder,
  GoogleAppsScript.Forms.ParagraphTextValidationBuilder
>(true);

export class FakeCheckboxValidationBuilder extends BuilderBase {
  constructor(ws: Workspace) {
    super(ws, 'CheckboxValidationBuilder');
  }
  requireSelectAtLeast(n: number): this {
    return this.require('requireSelectAtLeast', 'selectAtLeast', [n]);
  }
  requireSelectAtMost(n: number): this {
    return this.require('requireSelectAtMost', 'selectAtMost', [n]);
  }
  requireSelectExactly(n: number): this {
    return this.require('requireSelectExactly', 'selectExactly', [n]);
  }
}
assertGoogleShape<FakeCheckboxValidationBuilder, GoogleAppsScript.Forms.CheckboxValidationBuilder>(
  true,
);

// Close to what the Forms page accepts: something@domain.tld, and http(s) or www. URLs.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^(https?:\/\/|www\.)[^\s]+\.[^\s]+$/i;

/** The Forms page's own message for each rule, shown when the author set no help text. */
function defaultMessage(v: ValidationModel): string {
  const [a, b] = v.args;
  switch (v.rule) {
    case 'textIsEmail':
      return 'Must be an email';
    case 'textIsUrl':
      return 'Must be a URL';
    case 'textLengthGreaterThanOrEqualTo':
      return `Must be at least ${a} characters`;
    case 'textLengthLessThanOrEqualTo':
      return `Must be fewer than ${Number(a) + 1} characters`;
    case 'selectAtLeast':
      return `Select at least ${a} options`;
    case 'selectAtMost':
      return `Select at most ${a} options`;
    case 'selectExactly':
      return `Select exactly ${a} options`;
    case 'numberBetween':
      return `Must be a number between ${a} and ${b}`;
    default:
      return 'Invalid input';
  }
}

/** Whether `answer` passes the rule; returns the message to show when it does not. */
export function checkValidation(v: ValidationModel, answer: string | string[]): string | null {
  const ok = passes(v, answer);
  return ok ? null : v.helpText || defaultMessage(v);
}

function passes(v: ValidationModel, answer: string | string[]): boolean {
  if (Array.isArray(answer)) {
    const n = Number(v.args[0]);
    if (v.rule === 'selectAtLeast') return answer.length >= n;
    if (v.rule === 'selectAtMost') return answer.length <= n;
    if (v.rule === 'selectExactly') return answer.length === n;
    return true;
  }
  const text = answer;
  const num = text.trim() === '' ? NaN : Number(text);
  const [a, b] = v.args.map(Number);
  switch (v.rule) {
    case 'none':
      return true;
    case 'number':
      return Number.isFinite(num);
    case 'wholeNumber':
      return Number.isInteger(num);
    case 'numberBetween':
      return num >= a && num <= b;
    case 'numberNotBetween':
      return Number.isFinite(num) && (num < a || num > b);
    case 'numberEqualTo':
      return num === a;
    case 'numberNotEqualTo':
      return Number.isFinite(num) && num !== a;
    case 'numberGreaterThan':
      return num > a;
    case 'numberGreaterThanOrEqualTo':
      return num >= a;
    case 'numberLessThan':
      return num < a;
    case 'numberLessThanOrEqualTo':
      return num <= a;
    case 'textContainsPattern':
      return new RegExp(String(v.args[0])).test(text);
    case 'textDoesNotContainPattern':
      return !new RegExp(String(v.args[0])).test(text);
    case 'textMatchesPattern':
      return new RegExp(`^(?:${String(v.args[0])})$`).test(text);
    case 'textDoesNotMatchPattern':
      return !new RegExp(`^(?:${String(v.args[0])})$`).test(text);
    case 'textIsEmail':
      return EMAIL.test(text);
    case 'textIsUrl':
      return URL_PATTERN.test(text);
    case 'textLengthGreaterThanOrEqualTo':
      return text.length >= a;
    case 'textLengthLessThanOrEqualTo':
      return text.length <= a;
    default:
      return true;
  }
}

export { EMAIL as EMAIL_PATTERN };

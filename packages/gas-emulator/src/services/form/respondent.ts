/**
 * What the live Google Forms page checks before it accepts a respondent's submission.
 * support.google.com/docs/answer/3378864 (response validation) and the form settings pages.
 */
import { RESPONDENT_ERRORS } from './errors';
import { AnswerValue, FormModel, ItemModel, isQuestion } from './model';
import { EMAIL_PATTERN, checkValidation } from './validation';

/** Answers keyed by question title: text, a choice, checkbox values, or a date 'YYYY-MM-DD'. */
export type AnswersByTitle = Record<string, string | string[]>;

export interface RecordOptions {
  /** The signed-in respondent's address (recorded when the form collects emails). */
  respondentEmail?: string;
  /** Store the answers as given, without the page's checks. */
  skipValidation?: boolean;
}

const DATE_ANSWER = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** 'YYYY-MM-DD' for a valid calendar date, else null. */
export function normalizeDateAnswer(value: string): string | null {
  const match = DATE_ANSWER.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isBlank(value: string | string[] | undefined): boolean {
  if (value === undefined || value === null) return true;
  return Array.isArray(value) ? value.length === 0 : String(value) === '';
}

/** Answers by item id, validated unless options.skipValidation; throws naming the item. */
export function validateAndConvert(
  form: FormModel,
  answers: AnswersByTitle,
  options: RecordOptions,
): Map<number, AnswerValue> {
  const check = !options.skipValidation;
  if (check && !form.acceptingResponses) {
    throw new Error(RESPONDENT_ERRORS.closed(form.title, form.customClosedFormMessage));
  }
  const email = options.respondentEmail ?? '';
  if (check && form.collectEmail) {
    if (email === '') throw new Error(RESPONDENT_ERRORS.emailRequired);
    if (!EMAIL_PATTERN.test(email)) throw new Error(RESPONDENT_ERRORS.invalidEmail);
  }
  if (check && form.limitOneResponsePerUser && email !== '') {
    if (form.responses.some((r) => r.respondentEmail === email)) {
      throw new Error(RESPONDENT_ERRORS.alreadyResponded);
    }
  }

  const byTitle = new Map<string, ItemModel>();
  for (const item of form.items) if (!byTitle.has(item.title)) byTitle.set(item.title, item);
  for (const title of Object.keys(answers)) {
    const item = byTitle.get(title);
    if (!item) throw new Error(RESPONDENT_ERRORS.unknownQuestion(title));
    if (!isQuestion(item)) throw new Error(RESPONDENT_ERRORS.notAQuestion(title));
  }

  const result = new Map<number, AnswerValue>();
  for (const item of form.items) {
    if (!isQuestion(item) || byTitle.get(item.title) !== item) continue;
    const given = answers[item.title];
    if (isBlank(given)) {
      if (check && item.required) throw new Error(RESPONDENT_ERRORS.required(item.title));
      continue;
    }
    result.set(item.id, check ? checkedAnswer(item, given) : uncheckedAnswer(item, given));
  }
  return result;
}

/** Without checks the answer is only shaped: checkbox answers are lists, others text. */
function uncheckedAnswer(item: ItemModel, given: string | string[]): AnswerValue {
  if (item.type === 'CHECKBOX') return Array.isArray(given) ? given.map(String) : [String(given)];
  const text = Array.isArray(given) ? given.join(', ') : String(given);
  if (item.type === 'DATE') return normalizeDateAnswer(text) ?? text;
  return text;
}

function checkedAnswer(item: ItemModel, given: string | string[]): AnswerValue {
  const title = item.title;
  const choices = item.choices.map((c) => c.value);
  const fail = (message: string): never => {
    throw new Error(RESPONDENT_ERRORS.validation(title, message));
  };
  switch (item.type) {
    case 'CHECKBOX': {
      const values = (Array.isArray(given) ? given : [given]).map(String);
      for (const value of values) {
        if (!choices.includes(value) && !item.otherOption) {
          throw new Error(RESPONDENT_ERRORS.notAChoice(title, value));
        }
      }
      const message = item.validation ? checkValidation(item.validation, values) : null;
      if (message) fail(message);
      return values;
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      if (Array.isArray(given) && given.length !== 1) {
        throw new Error(RESPONDENT_ERRORS.oneChoiceOnly(title));
      }
      const value = String(Array.isArray(given) ? given[0] : given);
      // Lists (drop-downs) never offer "Other".
      const otherAllowed = item.type === 'MULTIPLE_CHOICE' && item.otherOption;
      if (!choices.includes(value) && !otherAllowed) {
        throw new Error(RESPONDENT_ERRORS.notAChoice(title, value));
      }
      return value;
    }
    case 'DATE': {
      const text = String(Array.isArray(given) ? given[0] : given);
      const date = normalizeDateAnswer(text);
      if (!date) throw new Error(RESPONDENT_ERRORS.invalidDate(title, text));
      return date;
    }
    default: {
      if (Array.isArray(given)) throw new Error(RESPONDENT_ERRORS.oneChoiceOnly(title));
      const text = String(given);
      const message = item.validation ? checkValidation(item.validation, text) : null;
      if (message) fail(message);
      return text;
    }
  }
}

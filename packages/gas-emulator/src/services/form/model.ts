/**
 * The form data model behind the FormApp facade. Plain data, no Apps Script API: the facades
 * (app.ts, form.ts, items.ts, response.ts) enforce Google's rules and charge the ledger; the user
 * path (store.ts recordResponse) and the linked-sheet writer (destination.ts) work on it directly.
 */

/** FormApp.ItemType names (developers.google.com/apps-script/reference/forms/item-type). */
export type ItemTypeName =
  | 'CHECKBOX'
  | 'CHECKBOX_GRID'
  | 'DATE'
  | 'DATETIME'
  | 'DURATION'
  | 'GRID'
  | 'IMAGE'
  | 'LIST'
  | 'MULTIPLE_CHOICE'
  | 'PAGE_BREAK'
  | 'PARAGRAPH_TEXT'
  | 'SCALE'
  | 'SECTION_HEADER'
  | 'TEXT'
  | 'TIME'
  | 'VIDEO'
  | 'FILE_UPLOAD';

/** Item types that are layout, not questions: they get no answer and no sheet column. */
export const LAYOUT_ITEM_TYPES: ReadonlySet<ItemTypeName> = new Set<ItemTypeName>([
  'SECTION_HEADER',
  'PAGE_BREAK',
  'IMAGE',
  'VIDEO',
]);

/** One validation rule: Google's builders keep a single rule, the last `require…` call wins. */
export interface ValidationModel {
  rule:
    | 'none'
    | 'number'
    | 'wholeNumber'
    | 'numberBetween'
    | 'numberNotBetween'
    | 'numberEqualTo'
    | 'numberNotEqualTo'
    | 'numberGreaterThan'
    | 'numberGreaterThanOrEqualTo'
    | 'numberLessThan'
    | 'numberLessThanOrEqualTo'
    | 'textContainsPattern'
    | 'textDoesNotContainPattern'
    | 'textMatchesPattern'
    | 'textDoesNotMatchPattern'
    | 'textIsEmail'
    | 'textIsUrl'
    | 'textLengthGreaterThanOrEqualTo'
    | 'textLengthLessThanOrEqualTo'
    | 'selectAtLeast'
    | 'selectAtMost'
    | 'selectExactly';
  /** Numbers for numeric/length/select rules; the pattern for pattern rules. */
  args: (number | string)[];
  helpText: string;
}

export interface ChoiceModel {
  value: string;
  isCorrect: boolean;
}

export interface ItemModel {
  /** Google item ids are integers. */
  readonly id: number;
  readonly type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: ChoiceModel[];
  /** MULTIPLE_CHOICE and CHECKBOX: whether an "Other" free-text answer is offered. */
  otherOption: boolean;
  validation: ValidationModel | null;
  /** DATE items: whether the year is asked (default true). */
  includesYear: boolean;
}

/** A stored answer: text, checkbox values, or a date item's 'YYYY-MM-DD'. */
export type AnswerValue = string | string[];

export interface ResponseModel {
  readonly id: string;
  timestamp: Date;
  respondentEmail: string;
  /** Answers by item id, in the order they were given. */
  answers: Map<number, AnswerValue>;
}

/** Where responses are written, and which column each item owns there. */
export interface DestinationModel {
  spreadsheetId: string;
  sheetId: number;
  /** 1-based column of each question item, by item id. */
  columnsByItemId: Map<number, number>;
  /** 1-based column of "Email Address", or null when the form did not collect emails. */
  emailColumn: number | null;
  /** 1-based sheet row of each response written here, by response id. */
  rowsByResponseId: Map<string, number>;
}

export interface FormModel {
  readonly id: string;
  /** The id in the published (viewform) URL, distinct from the edit id as in Google. */
  readonly publishedId: string;
  owner: string;
  title: string;
  description: string;
  confirmationMessage: string;
  customClosedFormMessage: string;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  requireLogin: boolean;
  acceptingResponses: boolean;
  progressBar: boolean;
  showLinkToRespondAgain: boolean;
  publishingSummary: boolean;
  shuffleQuestions: boolean;
  isQuiz: boolean;
  items: ItemModel[];
  responses: ResponseModel[];
  destination: DestinationModel | null;
}

export function isQuestion(item: ItemModel): boolean {
  return !LAYOUT_ITEM_TYPES.has(item.type);
}

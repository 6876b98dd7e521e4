/**
 * FormResponse and ItemResponse facades.
 * developers.google.com/apps-script/reference/forms/form-response and .../item-response
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { FORM_ERRORS } from './errors';
import { AnswerValue, FormModel, ItemModel, ResponseModel } from './model';
import { genericItem, itemIdOf } from './items';

type FormResponse = GoogleAppsScript.Forms.FormResponse;
type ItemResponse = GoogleAppsScript.Forms.ItemResponse;

interface ItemAnswer {
  formId: string;
  itemId: number;
  value: AnswerValue;
}

/** What an ItemResponse facade carries, read by FormResponse.withItemResponse. */
const itemAnswers = new WeakMap<object, ItemAnswer>();

const copy = (value: AnswerValue): AnswerValue => (Array.isArray(value) ? [...value] : value);

export class FakeItemResponse {
  constructor(
    private readonly ws: Workspace,
    private readonly form: FormModel,
    private readonly item: ItemModel,
    value: AnswerValue,
  ) {
    itemAnswers.set(this, { formId: form.id, itemId: item.id, value: copy(value) });
  }

  getItem(): GoogleAppsScript.Forms.Item {
    this.ws.charge('FormApp', 'ItemResponse.getItem', 'local');
    return genericItem(this.ws, this.form, this.item);
  }

  /** A string, or a string[] for checkbox items; a date item's answer is 'YYYY-MM-DD'. */
  getResponse(): string | string[] {
    this.ws.charge('FormApp', 'ItemResponse.getResponse', 'local');
    return copy((itemAnswers.get(this) as ItemAnswer).value);
  }
}
assertGoogleShape<FakeItemResponse, ItemResponse>(true);

export function makeItemResponse(
  ws: Workspace,
  form: FormModel,
  item: ItemModel,
  value: AnswerValue,
): ItemResponse {
  return new FakeItemResponse(ws, form, item, value) as unknown as ItemResponse;
}

/**
 * Items for which a form response always has an ItemResponse: form-response#getItemResponses,
 * "If the form response does not contain a response for a given TextItem, DateItem, TimeItem, or
 * ParagraphTextItem, the ItemResponse returned for that item will have an empty string as the
 * response. If the form response omits a response for any other item type, this method excludes
 * that item from its returned array."
 */
const BLANK_ANSWERED_TYPES: ReadonlySet<string> = new Set([
  'TEXT',
  'PARAGRAPH_TEXT',
  'DATE',
  'TIME',
]);

/**
 * A response: either a stored one (from getResponses / getResponse) or one the script is
 * building (Form.createResponse) until submit(). Answers of a response being built stay in this
 * object until submit(); a stored response cannot be changed or submitted again.
 */
export class FakeFormResponse {
  private readonly answers: Map<number, AnswerValue>;

  constructor(
    private readonly ws: Workspace,
    private readonly form: FormModel,
    private stored: ResponseModel | null,
  ) {
    this.answers = new Map(
      [...(stored?.answers ?? new Map<number, AnswerValue>())].map(([k, v]) => [k, copy(v)]),
    );
  }

  private charge(method: string, kind: 'form' | 'local' = 'local'): void {
    this.ws.charge('FormApp', `FormResponse.${method}`, kind);
  }

  /** Documented: null until the response has been submitted. */
  getId(): string {
    this.charge('getId');
    return (this.stored?.id ?? null) as string;
  }

  /** Documented: null until the response has been submitted. */
  getTimestamp(): GoogleAppsScript.Base.Date {
    this.charge('getTimestamp');
    return (this.stored ? new Date(this.stored.timestamp) : null) as GoogleAppsScript.Base.Date;
  }

  /**
   * The address collected with the response; '' when the form did not collect one. Documented:
   * "For a form response that the script has created but not yet submitted, this method returns
   * null."
   */
  getRespondentEmail(): string {
    this.charge('getRespondentEmail');
    return (this.stored ? this.stored.respondentEmail : null) as string;
  }

  /**
   * Documented: "For a form response that the script has created but not yet submitted, this
   * method returns null."
   */
  getEditResponseUrl(): string {
    this.charge('getEditResponseUrl');
    if (!this.stored) return null as unknown as string;
    return `https://docs.google.com/forms/d/e/${this.form.publishedId}/viewform?edit2=${this.stored.id}`;
  }

  /**
   * Answers in the order of the form's items; items since deleted are left out. Documented: a
   * text, paragraph, date or time question without an answer still yields an ItemResponse whose
   * answer is '' (see BLANK_ANSWERED_TYPES); other unanswered questions are left out.
   */
  getItemResponses(): ItemResponse[] {
    this.charge('getItemResponses', 'form');
    return this.form.items
      .filter((item) => this.answers.has(item.id) || BLANK_ANSWERED_TYPES.has(item.type))
      .map((item) => makeItemResponse(this.ws, this.form, item, this.answers.get(item.id) ?? ''));
  }

  /** Documented: null when the response has no answer for the item. */
  getResponseForItem(item: GoogleAppsScript.Forms.Item): ItemResponse {
    this.charge('getResponseForItem', 'form');
    const id = itemIdOf(item);
    const model = this.form.items.find((i) => i.id === id);
    const value = this.answers.get(id);
    if (!model || value === undefined) return null as unknown as ItemResponse;
    return makeItemResponse(this.ws, this.form, model, value);
  }

  /**
   * Documented: "This method applies only to form responses that the script has created but not
   * yet submitted; it cannot affect stored responses. If this method is called multiple times for
   * the same item, only the last item response is retained." On a stored response the call is
   * accepted and changes nothing (assumed: the reference names no exception).
   */
  withItemResponse(response: ItemResponse): FormResponse {
    this.charge('withItemResponse');
    const answer = response && typeof response === 'object' ? itemAnswers.get(response) : null;
    if (!answer) throw new Error(FORM_ERRORS.invalidArgument('response'));
    if (answer.formId !== this.form.id) throw new Error(FORM_ERRORS.foreignItem);
    if (!this.stored) this.answers.set(answer.itemId, copy(answer.value));
    return this as unknown as FormResponse;
  }

  /**
   * Documented: "Submits the response. Throws a scripting exception if the response has already
   * been submitted." Returns "A newly created response saved to the form's response store" and
   * writes the linked sheet row. Responses submitted by a script fire no onFormSubmit trigger
   * (documented on the Form triggers page), so nothing else happens here.
   */
  submit(): FormResponse {
    this.charge('submit', 'form');
    if (this.stored) throw new Error(FORM_ERRORS.alreadySubmitted);
    const response: ResponseModel = {
      id: this.ws.forms.newResponseId(),
      timestamp: this.ws.clock.date(),
      respondentEmail: '',
      answers: new Map([...this.answers].map(([k, v]) => [k, copy(v)])),
    };
    this.ws.forms.store(this.form, response);
    this.stored = response;
    return new FakeFormResponse(this.ws, this.form, response) as unknown as FormResponse;
  }

  toPrefilledUrl(): string {
    this.charge('toPrefilledUrl');
    const params = ['usp=pp_url'];
    for (const item of this.form.items) {
      const value = this.answers.get(item.id);
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        params.push(`entry.${item.id}=${encodeURIComponent(v)}`);
      }
    }
    return `https://docs.google.com/forms/d/e/${this.form.publishedId}/viewform?${params.join('&')}`;
  }
}
assertGoogleShape<FakeFormResponse, FormResponse>(true);

/** A facade over a stored response, for the lead's onFormSubmit event (e.response). */
export function makeFormResponse(ws: Workspace, formId: string, responseId: string): FormResponse {
  const form = ws.forms.require(formId);
  const stored = form.responses.find((r) => r.id === responseId);
  if (!stored) throw new Error(FORM_ERRORS.noResponse(responseId));
  return new FakeFormResponse(ws, form, stored) as unknown as FormResponse;
}

export function newFormResponse(ws: Workspace, form: FormModel): FormResponse {
  return new FakeFormResponse(ws, form, null) as unknown as FormResponse;
}

export function storedFormResponse(
  ws: Workspace,
  form: FormModel,
  stored: ResponseModel,
): FormResponse {
  return new FakeFormResponse(ws, form, stored) as unknown as FormResponse;
}

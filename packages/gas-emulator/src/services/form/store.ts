import type { Workspace } from '../../workspace';
import { FORM_ERRORS } from './errors';
import { FormModel, ResponseModel } from './model';
import { WrittenRow, writeResponseRow } from './destination';
import { AnswersByTitle, RecordOptions, validateAndConvert } from './respondent';
import { makeForm } from './form';
import { makeFormResponse } from './response';

export { makeForm, makeFormResponse };
export type { AnswersByTitle, RecordOptions };

export interface RecordedResponse {
  responseId: string;
  timestamp: Date;
  /** The row written in the linked sheet, or null when the form has no (live) destination. */
  destination: WrittenRow | null;
}

/** Every emulated form, by id, and the ids Google would mint for items and responses. */
export class FormStore {
  private readonly byId = new Map<string, FormModel>();
  /** Item ids are integers in Google; deterministic here so tests can rely on them. */
  private nextItemId = 1_000_000_001;
  private responseCounter = 0;

  constructor(private readonly ws: Workspace) {}

  /** A new form as FormApp.create(title) makes it: accepting responses, no items. */
  create(title: string, owner: string): FormModel {
    const id = this.ws.newId();
    const form: FormModel = {
      id,
      publishedId: `1FAIpQLS${id.slice(8)}`,
      owner,
      title,
      description: '',
      confirmationMessage: '',
      customClosedFormMessage: '',
      collectEmail: false,
      allowResponseEdits: false,
      limitOneResponsePerUser: false,
      requireLogin: false,
      acceptingResponses: true,
      progressBar: false,
      showLinkToRespondAgain: true,
      publishingSummary: false,
      shuffleQuestions: false,
      isQuiz: false,
      items: [],
      responses: [],
      destination: null,
    };
    this.byId.set(id, form);
    return form;
  }

  get(id: string): FormModel | undefined {
    return this.byId.get(id);
  }

  /** The form, or Google's not-found error. */
  require(id: string): FormModel {
    const form = this.byId.get(id);
    if (!form) throw new Error(FORM_ERRORS.notFound);
    return form;
  }

  byPublishedId(publishedId: string): FormModel | undefined {
    return [...this.byId.values()].find((f) => f.publishedId === publishedId);
  }

  all(): FormModel[] {
    return [...this.byId.values()];
  }

  newItemId(): number {
    return this.nextItemId++;
  }

  /** Response ids look like Google's ('2_ABaOnu…'): opaque strings, unique per workspace. */
  newResponseId(): string {
    this.responseCounter += 1;
    return `2_ABaOnu${this.responseCounter.toString(36).padStart(10, '0')}`;
  }

  /**
   * Stores a submitted response (fresh id, current virtual time) and writes its row in the
   * linked sheet; used by the USER path and by FormResponse.submit().
   */
  store(form: FormModel, response: ResponseModel): WrittenRow | null {
    const existing = form.responses.findIndex((r) => r.id === response.id);
    if (existing >= 0) form.responses[existing] = response;
    else form.responses.push(response);
    return writeResponseRow(this.ws, form, response);
  }

  /**
   * The USER path: a person submits the form on its web page. Validates like the live page
   * (closed form, required questions, validations, choices) unless `skipValidation` (a form the
   * city edited meanwhile, or answers that arrived by other means), stores the response and
   * writes the linked row. Firing onFormSubmit triggers is the caller's job.
   */
  recordResponse(
    formId: string,
    answers: AnswersByTitle,
    options: RecordOptions = {},
  ): RecordedResponse {
    const form = this.require(formId);
    const converted = validateAndConvert(form, answers, options);
    const response: ResponseModel = {
      id: this.newResponseId(),
      timestamp: this.ws.clock.date(),
      respondentEmail: options.respondentEmail ?? '',
      answers: converted,
    };
    const destination = this.store(form, response);
    return { responseId: response.id, timestamp: new Date(response.timestamp), destination };
  }
}

/** Standalone form of FormStore.recordResponse for scenarios that hold only the workspace. */
export function recordResponse(
  ws: Workspace,
  formId: string,
  answers: AnswersByTitle,
  options?: RecordOptions,
): RecordedResponse {
  return ws.forms.recordResponse(formId, answers, options);
}

/**
 * What a person sees when opening a pre-filled link (FormResponse.toPrefilledUrl):
 * `https://docs.google.com/forms/d/e/<published id>/viewform?usp=pp_url&entry.<item id>=<value>`.
 * The form is found by its published id and each `entry.<id>` answers the item of that id
 * (repeated for checkbox items); a link to no form, or naming no item of it, throws as the page
 * would not open. The answers, by question title, are what the person then submits.
 */
export function answersFromPrefilledUrl(
  ws: Workspace,
  url: string,
): { formId: string; answers: Record<string, string | string[]> } {
  const match = /^https:\/\/docs\.google\.com\/forms\/d\/e\/([A-Za-z0-9_-]+)\/viewform\?(.*)$/.exec(
    String(url),
  );
  const form = match ? ws.forms.byPublishedId(match[1]) : undefined;
  if (!match || !form) throw new Error(FORM_ERRORS.notFound);
  const answers: Record<string, string | string[]> = {};
  for (const pair of match[2].split('&')) {
    const [name, raw = ''] = pair.split('=');
    const entry = /^entry\.(\d+)$/.exec(name);
    if (!entry) continue;
    const item = form.items.find((i) => i.id === Number(entry[1]));
    if (!item) throw new Error(FORM_ERRORS.notFound);
    const value = decodeURIComponent(raw.replace(/\+/g, ' '));
    const previous = answers[item.title];
    if (item.type === 'CHECKBOX') {
      answers[item.title] = [...(Array.isArray(previous) ? previous : []), value];
    } else {
      answers[item.title] = value;
    }
  }
  return { formId: form.id, answers };
}

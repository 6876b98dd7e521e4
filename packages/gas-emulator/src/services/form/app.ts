/**
 * The FormApp global. developers.google.com/apps-script/reference/forms/form-app
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { FORM_ERRORS } from './errors';
import { DESTINATION_TYPE, FakeForm } from './form';
import { ITEM_TYPE } from './items';
import {
  FakeCheckboxValidationBuilder,
  FakeParagraphTextValidationBuilder,
  FakeTextValidationBuilder,
} from './validation';

type Forms = typeof GoogleAppsScript.Forms;
type G = GoogleAppsScript.Forms.FormApp;

const ALIGNMENT = Object.freeze({ LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT' });
const FEEDBACK_TYPE = Object.freeze({
  CORRECT: 'CORRECT',
  INCORRECT: 'INCORRECT',
  GENERAL: 'GENERAL',
});
const PAGE_NAVIGATION_TYPE = Object.freeze({
  CONTINUE: 'CONTINUE',
  GO_TO_PAGE: 'GO_TO_PAGE',
  RESTART: 'RESTART',
  SUBMIT: 'SUBMIT',
});

/** The edit id inside a form URL: /forms/d/<id>/…; published /forms/d/e/<id> URLs do not open. */
const EDIT_URL = /^https:\/\/docs\.google\.com\/forms\/d\/([A-Za-z0-9_-]+)(?:[/?#]|$)/;

export class FakeFormApp {
  readonly Alignment = ALIGNMENT as unknown as Forms['Alignment'];
  readonly DestinationType = DESTINATION_TYPE;
  readonly FeedbackType = FEEDBACK_TYPE as unknown as Forms['FeedbackType'];
  readonly ItemType = ITEM_TYPE;
  readonly PageNavigationType = PAGE_NAVIGATION_TYPE as unknown as Forms['PageNavigationType'];

  constructor(private readonly ws: Workspace) {}

  private charge(method: string, kind: 'form' | 'local' = 'form'): void {
    this.ws.charge('FormApp', `FormApp.${method}`, kind);
  }

  private facade(formId: string): GoogleAppsScript.Forms.Form {
    return new FakeForm(
      this.ws,
      this.ws.forms.require(formId),
    ) as unknown as GoogleAppsScript.Forms.Form;
  }

  /** A new form owned by the effective user, titled `title`. */
  create(title: string): GoogleAppsScript.Forms.Form {
    this.charge('create');
    const owner = this.ws.current?.effectiveUser || this.ws.defaultUser;
    return this.facade(this.ws.forms.create(String(title), owner).id);
  }

  openById(id: string): GoogleAppsScript.Forms.Form {
    this.charge('openById');
    return this.facade(String(id));
  }

  openByUrl(url: string): GoogleAppsScript.Forms.Form {
    this.charge('openByUrl');
    const match = EDIT_URL.exec(String(url));
    if (!match || match[1] === 'e') throw new Error(FORM_ERRORS.notFound);
    return this.facade(match[1]);
  }

  /** Documented: the form the script is bound to; null unless the container is a form. */
  getActiveForm(): GoogleAppsScript.Forms.Form {
    this.charge('getActiveForm', 'local');
    const containerId = this.ws.current?.containerId;
    if (!containerId || !this.ws.forms.get(containerId)) {
      return null as unknown as GoogleAppsScript.Forms.Form;
    }
    return this.facade(containerId);
  }

  createTextValidation(): GoogleAppsScript.Forms.TextValidationBuilder {
    this.charge('createTextValidation', 'local');
    return new FakeTextValidationBuilder(
      this.ws,
    ) as unknown as GoogleAppsScript.Forms.TextValidationBuilder;
  }

  createParagraphTextValidation(): GoogleAppsScript.Forms.ParagraphTextValidationBuilder {
    this.charge('createParagraphTextValidation', 'local');
    return new FakeParagraphTextValidationBuilder(
      this.ws,
    ) as unknown as GoogleAppsScript.Forms.ParagraphTextValidationBuilder;
  }

  createCheckboxValidation(): GoogleAppsScript.Forms.CheckboxValidationBuilder {
    this.charge('createCheckboxValidation', 'local');
    return new FakeCheckboxValidationBuilder(
      this.ws,
    ) as unknown as GoogleAppsScript.Forms.CheckboxValidationBuilder;
  }
}
assertGoogleShape<FakeFormApp, G>(true);

export function createFormApp(ws: Workspace): G {
  return new FakeFormApp(ws) as unknown as G;
}

export { makeForm } from './form';
export { makeFormResponse } from './response';

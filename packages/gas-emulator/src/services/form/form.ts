/**
 * The Form facade. developers.google.com/apps-script/reference/forms/form
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { FORM_ERRORS } from './errors';
import { FormModel, ItemTypeName } from './model';
import { addEmailColumn, linkDestination, unlinkDestination } from './destination';
import { appendItem, genericItem, itemIdOf, typedItem } from './items';
import { newFormResponse, storedFormResponse } from './response';

type Forms = typeof GoogleAppsScript.Forms;
type G = GoogleAppsScript.Forms.Form;

/** The DestinationType enum: SPREADSHEET is the only destination. */
export const DESTINATION_TYPE = Object.freeze({
  SPREADSHEET: 'SPREADSHEET',
}) as unknown as Forms['DestinationType'];

export class FakeForm {
  constructor(
    private readonly ws: Workspace,
    private readonly form: FormModel,
  ) {}

  private charge(method: string, kind: 'form' | 'local' = 'form'): void {
    this.ws.charge('FormApp', `Form.${method}`, kind);
  }

  private set<K extends keyof FormModel>(method: string, key: K, value: FormModel[K]): G {
    this.charge(method);
    this.form[key] = value;
    return this as unknown as G;
  }

  private add<T>(method: string, type: ItemTypeName): T {
    this.charge(method);
    return typedItem<T>(this.ws, this.form, appendItem(this.ws, this.form, type));
  }

  // ------------------------------------------------------------ identity and URLs

  getId(): string {
    this.charge('getId', 'local');
    return this.form.id;
  }

  getEditUrl(): string {
    this.charge('getEditUrl', 'local');
    return `https://docs.google.com/forms/d/${this.form.id}/edit`;
  }

  getPublishedUrl(): string {
    this.charge('getPublishedUrl', 'local');
    return `https://docs.google.com/forms/d/e/${this.form.publishedId}/viewform`;
  }

  getSummaryUrl(): string {
    this.charge('getSummaryUrl', 'local');
    return `https://docs.google.com/forms/d/${this.form.id}/viewanalytics`;
  }

  /** Documented: throws when the URL is not a Google Forms URL. */
  shortenFormUrl(url: string): string {
    this.charge('shortenFormUrl');
    if (!/^https:\/\/docs\.google\.com\/forms\//.test(String(url))) {
      throw new Error(FORM_ERRORS.notAFormUrl);
    }
    return `https://forms.gle/${this.form.publishedId.slice(-17)}`;
  }

  // ------------------------------------------------------------ properties

  getTitle(): string {
    this.charge('getTitle');
    return this.form.title;
  }
  setTitle(title: string): G {
    return this.set('setTitle', 'title', String(title));
  }
  getDescription(): string {
    this.charge('getDescription');
    return this.form.description;
  }
  setDescription(description: string): G {
    return this.set('setDescription', 'description', String(description));
  }
  getConfirmationMessage(): string {
    this.charge('getConfirmationMessage');
    return this.form.confirmationMessage;
  }
  setConfirmationMessage(message: string): G {
    return this.set('setConfirmationMessage', 'confirmationMessage', String(message));
  }
  getCustomClosedFormMessage(): string {
    this.charge('getCustomClosedFormMessage');
    return this.form.customClosedFormMessage;
  }
  setCustomClosedFormMessage(message: string): G {
    return this.set('setCustomClosedFormMessage', 'customClosedFormMessage', String(message));
  }
  collectsEmail(): boolean {
    this.charge('collectsEmail');
    return this.form.collectEmail;
  }
  /** Turning collection on for a linked form adds the email column to the sheet. */
  setCollectEmail(collect: boolean): G {
    this.set('setCollectEmail', 'collectEmail', Boolean(collect));
    if (this.form.collectEmail) addEmailColumn(this.ws, this.form);
    return this as unknown as G;
  }
  canEditResponse(): boolean {
    this.charge('canEditResponse');
    return this.form.allowResponseEdits;
  }
  setAllowResponseEdits(enabled: boolean): G {
    return this.set('setAllowResponseEdits', 'allowResponseEdits', Boolean(enabled));
  }
  hasLimitOneResponsePerUser(): boolean {
    this.charge('hasLimitOneResponsePerUser');
    return this.form.limitOneResponsePerUser;
  }
  setLimitOneResponsePerUser(enabled: boolean): G {
    return this.set('setLimitOneResponsePerUser', 'limitOneResponsePerUser', Boolean(enabled));
  }
  requiresLogin(): boolean {
    this.charge('requiresLogin');
    return this.form.requireLogin;
  }
  setRequireLogin(requireLogin: boolean): G {
    return this.set('setRequireLogin', 'requireLogin', Boolean(requireLogin));
  }
  isAcceptingResponses(): boolean {
    this.charge('isAcceptingResponses');
    return this.form.acceptingResponses;
  }
  setAcceptingResponses(enabled: boolean): G {
    return this.set('setAcceptingResponses', 'acceptingResponses', Boolean(enabled));
  }
  hasProgressBar(): boolean {
    this.charge('hasProgressBar');
    return this.form.progressBar;
  }
  setProgressBar(enabled: boolean): G {
    return this.set('setProgressBar', 'progressBar', Boolean(enabled));
  }
  hasRespondAgainLink(): boolean {
    this.charge('hasRespondAgainLink');
    return this.form.showLinkToRespondAgain;
  }
  setShowLinkToRespondAgain(enabled: boolean): G {
    return this.set('setShowLinkToRespondAgain', 'showLinkToRespondAgain', Boolean(enabled));
  }
  isPublishingSummary(): boolean {
    this.charge('isPublishingSummary');
    return this.form.publishingSummary;
  }
  setPublishingSummary(enabled: boolean): G {
    return this.set('setPublishingSummary', 'publishingSummary', Boolean(enabled));
  }
  getShuffleQuestions(): boolean {
    this.charge('getShuffleQuestions');
    return this.form.shuffleQuestions;
  }
  setShuffleQuestions(shuffle: boolean): G {
    return this.set('setShuffleQuestions', 'shuffleQuestions', Boolean(shuffle));
  }
  isQuiz(): boolean {
    this.charge('isQuiz');
    return this.form.isQuiz;
  }
  setIsQuiz(enabled: boolean): G {
    return this.set('setIsQuiz', 'isQuiz', Boolean(enabled));
  }

  // ------------------------------------------------------------ items

  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.add('addTextItem', 'TEXT');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.add('addParagraphTextItem', 'PARAGRAPH_TEXT');
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.add('addMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.add('addCheckboxItem', 'CHECKBOX');
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.add('addListItem', 'LIST');
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.add('addDateItem', 'DATE');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.add('addSectionHeaderItem', 'SECTION_HEADER');
  }
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.add('addPageBreakItem', 'PAGE_BREAK');
  }

  /** All items in order, or only those of one ItemType. */
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GoogleAppsScript.Forms.Item[] {
    this.charge('getItems');
    const wanted = itemType === undefined ? null : String(itemType);
    return this.form.items
      .filter((item) => wanted === null || item.type === wanted)
      .map((item) => genericItem(this.ws, this.form, item));
  }

  /** Documented: null when no item has that id. */
  getItemById(id: number): GoogleAppsScript.Forms.Item {
    this.charge('getItemById');
    const item = this.form.items.find((i) => i.id === Number(id));
    return (item ? genericItem(this.ws, this.form, item) : null) as GoogleAppsScript.Forms.Item;
  }

  private indexOf(target: number | GoogleAppsScript.Forms.Item): number {
    if (typeof target === 'number') return target;
    const id = itemIdOf(target);
    return this.form.items.findIndex((i) => i.id === id);
  }

  /** Documented: throws if no item exists at the index. The sheet column stays, as in Google. */
  deleteItem(target: number | GoogleAppsScript.Forms.Item): void {
    this.charge('deleteItem');
    const index = this.indexOf(target);
    if (!Number.isInteger(index) || index < 0 || index >= this.form.items.length) {
      throw new Error(FORM_ERRORS.noItemAtIndex(index));
    }
    this.form.items.splice(index, 1);
  }

  /** Documented: throws if either index is out of bounds. */
  moveItem(
    from: number | GoogleAppsScript.Forms.Item,
    toIndex: number,
  ): GoogleAppsScript.Forms.Item {
    this.charge('moveItem');
    const index = this.indexOf(from);
    const size = this.form.items.length;
    if (!Number.isInteger(index) || index < 0 || index >= size) {
      throw new Error(FORM_ERRORS.noItemAtIndex(index));
    }
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= size) {
      throw new Error(FORM_ERRORS.indexOutOfBounds(toIndex));
    }
    const [item] = this.form.items.splice(index, 1);
    this.form.items.splice(toIndex, 0, item);
    return genericItem(this.ws, this.form, item);
  }

  // ------------------------------------------------------------ destination

  /**
   * Links a spreadsheet: a new response sheet is inserted first in it with the header row and
   * every stored response (see destination.ts).
   */
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): G {
    this.charge('setDestination');
    if (String(type) !== 'SPREADSHEET') throw new Error(FORM_ERRORS.invalidArgument('type'));
    linkDestination(this.ws, this.form, String(id));
    return this as unknown as G;
  }

  getDestinationId(): string {
    this.charge('getDestinationId');
    if (!this.form.destination) throw new Error(FORM_ERRORS.noDestination);
    return this.form.destination.spreadsheetId;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    this.charge('getDestinationType');
    if (!this.form.destination) throw new Error(FORM_ERRORS.noDestination);
    return DESTINATION_TYPE.SPREADSHEET;
  }

  /** Unlinks; the response sheet and its rows stay in the spreadsheet. */
  removeDestination(): G {
    this.charge('removeDestination');
    unlinkDestination(this.ws, this.form);
    return this as unknown as G;
  }

  // ------------------------------------------------------------ responses

  /** All responses, or those submitted at or after `timestamp`, oldest first. */
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GoogleAppsScript.Forms.FormResponse[] {
    this.charge('getResponses');
    const since = timestamp === undefined ? null : (timestamp as unknown as Date).getTime();
    return this.form.responses
      .filter((r) => since === null || r.timestamp.getTime() >= since)
      .map((r) => storedFormResponse(this.ws, this.form, r));
  }

  /** Documented: throws if no response has that id. */
  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    this.charge('getResponse');
    const stored = this.form.responses.find((r) => r.id === String(responseId));
    if (!stored) throw new Error(FORM_ERRORS.noResponse(String(responseId)));
    return storedFormResponse(this.ws, this.form, stored);
  }

  createResponse(): GoogleAppsScript.Forms.FormResponse {
    this.charge('createResponse', 'local');
    return newFormResponse(this.ws, this.form);
  }

  /** Deletes the stored responses; rows already in the linked sheet stay, as in Google. */
  deleteAllResponses(): G {
    this.charge('deleteAllResponses');
    this.form.responses = [];
    return this as unknown as G;
  }

  /** Documented: throws if no response has that id. */
  deleteResponse(responseId: string): G {
    this.charge('deleteResponse');
    const index = this.form.responses.findIndex((r) => r.id === String(responseId));
    if (index < 0) throw new Error(FORM_ERRORS.noResponse(String(responseId)));
    this.form.responses.splice(index, 1);
    return this as unknown as G;
  }
}
assertGoogleShape<FakeForm, G>(true);

export function makeForm(ws: Workspace, formId: string): G {
  return new FakeForm(ws, ws.forms.require(formId)) as unknown as G;
}

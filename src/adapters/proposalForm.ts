import { DeskContact, FORM, Q } from '../strings';
import {
  FieldValidation,
  FormItemSpec,
  formItems,
  PROPOSAL_FIELDS,
  ProposalFieldTable,
} from '../domain/proposalFields';

/**
 * Builds the proposal form (the portal's 提案フォーム) and keeps it in step with the settings
 * and the open challenges. The items are the field table's (src/domain/proposalFields.ts), in
 * its order; they are found by title, so a second setup adds only what is missing.
 */
type Form = GoogleAppsScript.Forms.Form;

/** The setters every question item has (TextItem, ListItem, DateItem…). */
interface QuestionItem {
  setTitle(title: string): unknown;
  setRequired(required: boolean): unknown;
  setHelpText(text: string): unknown;
}

/** Adds one item to the form, each setter only when the table gives a value (fewer calls). */
function addItem(form: Form, spec: FormItemSpec): void {
  const ask = (item: QuestionItem, choices?: (values: string[]) => unknown): void => {
    item.setTitle(spec.title);
    // A new item is optional by default: setRequired only when it must be answered.
    if (spec.required) item.setRequired(true);
    if (choices && spec.choices) choices([...spec.choices]);
    if (spec.help) item.setHelpText(spec.help);
  };
  switch (spec.kind) {
    case 'section':
      form.addSectionHeaderItem().setTitle(spec.title).setHelpText(spec.help);
      return;
    case 'text': {
      const item = form.addTextItem();
      ask(item);
      if (spec.validation) item.setValidation(textValidation(spec.validation));
      return;
    }
    case 'paragraph':
      ask(form.addParagraphTextItem());
      return;
    case 'multipleChoice': {
      const item = form.addMultipleChoiceItem();
      ask(item, (values) => item.setChoiceValues(values));
      return;
    }
    case 'checkbox': {
      const item = form.addCheckboxItem();
      ask(item, (values) => item.setChoiceValues(values));
      return;
    }
    case 'list': {
      const item = form.addListItem();
      ask(item, (values) => item.setChoiceValues(values));
      return;
    }
    case 'date':
      ask(form.addDateItem());
      return;
  }
}

function textValidation(v: FieldValidation): GoogleAppsScript.Forms.TextValidation {
  const builder = FormApp.createTextValidation().setHelpText(v.message);
  return (
    v.kind === 'email' ? builder.requireTextIsEmail() : builder.requireTextMatchesPattern(v.pattern)
  ).build();
}

/** Opens the desk's form, or returns null when it was deleted or never made. */
export function openForm(formId: string | null | undefined): Form | null {
  if (!formId) return null;
  try {
    return FormApp.openById(formId);
  } catch {
    return null;
  }
}

/** Creates the form linked to the spreadsheet, or repairs an existing one in place. */
export function buildOrRepairForm(
  existing: Form | null,
  spreadsheetId: string,
  contact: DeskContact,
  challenges: string[],
  publicationHelp = '',
  /** Date.now() after which no new question is started (the setup wizard's steps). */
  deadline = Number.POSITIVE_INFINITY,
  fields: ProposalFieldTable = PROPOSAL_FIELDS,
): { form: Form; created: boolean; complete: boolean } {
  const form = existing ?? FormApp.create(FORM.title(contact.deskName));
  form.setTitle(FORM.title(contact.deskName));
  form.setDescription(FORM.description(contact));
  form.setConfirmationMessage(FORM.confirmation);
  const titles = form.getItems().map((i) => i.getTitle());
  const present = new Set(titles);
  const appended: string[] = [];
  const items = formItems({ challenges, publicationHelp }, fields);
  for (const spec of items) {
    if (present.has(spec.title)) continue;
    if (Date.now() > deadline) return { form, created: !existing, complete: false };
    addItem(form, spec);
    appended.push(spec.title);
  }
  if (existing && appended.length) placeAddedLater(form, items, titles, appended);
  if (present.has(Q.publicationConsent) && publicationHelp) {
    refreshPublicationHelp(form, publicationHelp);
  }
  // A challenge list made just now already holds the open challenges.
  if (!existing) form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  else if (present.has(Q.challenge)) refreshChallengeChoices(form, challenges);
  return { form, created: !existing, complete: true };
}

/**
 * A question added in a later version (所在地 and 代表者 since issue 12) was appended at the
 * form's end: it is moved to just after the question that precedes it in the table, where an
 * applicant expects it. Questions already on the form never move (staff may have ordered them).
 * New items were appended in `appended` order, so each index is known without reading the form.
 */
function placeAddedLater(
  form: Form,
  items: FormItemSpec[],
  titlesBefore: string[],
  appended: string[],
): void {
  const order = [...titlesBefore, ...appended];
  const tableTitles = items.map((i) => i.title);
  for (const [at, item] of items.entries()) {
    if (!item.addedLater || !appended.includes(item.title)) continue;
    let previous = -1;
    for (let j = at - 1; j >= 0 && previous < 0; j--) previous = order.indexOf(tableTitles[j]);
    if (previous < 0) continue;
    const from = order.indexOf(item.title);
    const to = previous + 1; // an appended item is always below its predecessor
    if (from === to) continue;
    form.moveItem(from, to);
    order.splice(from, 1);
    order.splice(to, 0, item.title);
  }
}

/** Replaces the challenge list's choices with the open challenges. */
export function refreshChallengeChoices(form: Form, challenges: string[]): void {
  const spec = formItems({ challenges, publicationHelp: '' }).find((i) => i.field === 'challenge');
  const item = form.getItems(FormApp.ItemType.LIST).find((i) => i.getTitle() === Q.challenge);
  if (item && spec?.choices) item.asListItem().setChoiceValues([...spec.choices]);
}

/** The 公開への同意 question follows the wording in 設定 (run by setup). */
function refreshPublicationHelp(form: Form, help: string): void {
  const item = form
    .getItems(FormApp.ItemType.MULTIPLE_CHOICE)
    .find((i) => i.getTitle() === Q.publicationConsent);
  if (item && item.getHelpText() !== help) item.setHelpText(help);
}

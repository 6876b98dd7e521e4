import { CHOICES, DeskContact, FORM, PUBLICATION_CONSENT_CHOICES, Q } from '../strings';

/**
 * Builds the proposal form (the portal's 提案フォーム) and keeps it in step with the settings
 * and the open challenges. Items are found by title, so a second setup adds only what is missing.
 */
type Form = GoogleAppsScript.Forms.Form;

const PHONE_PATTERN = '^\\+?[0-9０-９]+([-－‐ー（）() ]?[0-9０-９]+)*$';

interface ItemSpec {
  title: string;
  add: (form: Form) => void;
}

function textItem(
  title: string,
  required: boolean,
  help = '',
  validation?: () => GoogleAppsScript.Forms.TextValidation,
): ItemSpec {
  return {
    title,
    add: (form) => {
      // A new item is optional by default: setRequired only when it must be answered.
      const item = form.addTextItem().setTitle(title);
      if (required) item.setRequired(true);
      if (help) item.setHelpText(help);
      if (validation) item.setValidation(validation());
    },
  };
}

/** A multiple-choice (one answer) or checkbox (several answers) question. */
function choiceItem(
  title: string,
  choices: readonly string[],
  required: boolean,
  help = '',
  several = false,
): ItemSpec {
  return {
    title,
    add: (form) => {
      const item = several ? form.addCheckboxItem() : form.addMultipleChoiceItem();
      item.setTitle(title);
      if (required) item.setRequired(true);
      item.setChoiceValues([...choices]);
      if (help) item.setHelpText(help);
    },
  };
}

function checkboxItem(title: string, choices: readonly string[], required: boolean): ItemSpec {
  return choiceItem(title, choices, required, '', true);
}

function itemSpecs(challenges: string[], publicationHelp: string): ItemSpec[] {
  return [
    textItem(Q.organisation, true),
    // 所在地 is asked of everyone (an agreement names it); 代表者 may be blank for a sole
    // proprietor, and the reply letter then goes to the contact person (docs/placeholders.md).
    textItem(Q.address, true, FORM.addressHelp),
    textItem(Q.representative, false, FORM.representativeHelp),
    choiceItem(Q.applicantType, CHOICES.applicantType, true, FORM.applicantTypeHelp),
    textItem(Q.name, true),
    textItem(Q.email, true, FORM.emailHelp, () =>
      FormApp.createTextValidation().setHelpText(FORM.emailInvalid).requireTextIsEmail().build(),
    ),
    textItem(Q.phone, true, FORM.phoneHelp, () =>
      FormApp.createTextValidation()
        .setHelpText(FORM.phoneInvalid)
        .requireTextMatchesPattern(PHONE_PATTERN)
        .build(),
    ),
    textItem(Q.title, true),
    choiceItem(Q.proposalKind, CHOICES.proposalKind, true),
    {
      title: Q.challenge,
      add: (form) => {
        form
          .addListItem()
          .setTitle(Q.challenge)
          .setHelpText(FORM.challengeHelp)
          .setChoiceValues(challengeChoices(challenges));
      },
    },
    choiceItem(Q.method, CHOICES.method, true),
    {
      title: Q.content,
      add: (form) => {
        form
          .addParagraphTextItem()
          .setTitle(Q.content)
          .setHelpText(FORM.contentHelp)
          .setRequired(true);
      },
    },
    checkboxItem(Q.roles, CHOICES.roles, false),
    {
      title: Q.periodStart,
      add: (form) => {
        form.addDateItem().setTitle(Q.periodStart);
      },
    },
    {
      title: Q.periodEnd,
      add: (form) => {
        form.addDateItem().setTitle(Q.periodEnd);
      },
    },
    choiceItem(Q.personalData, CHOICES.personalData, true),
    choiceItem(Q.preConsultation, CHOICES.preConsultation, true),
    textItem(Q.attachments, false, FORM.attachmentsHelp),
    {
      title: FORM.notesHeader,
      add: (form) => {
        form.addSectionHeaderItem().setTitle(FORM.notesHeader).setHelpText(FORM.notesHelp());
      },
    },
    checkboxItem(Q.consent, [CHOICES.consent], true),
    // Issue 13: asked before submission, worded by 設定「公開への同意（フォームの説明）」.
    choiceItem(Q.publicationConsent, PUBLICATION_CONSENT_CHOICES, true, publicationHelp),
  ];
}

function challengeChoices(challenges: string[]): string[] {
  return challenges.length ? challenges : [FORM.noChallenges];
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
): { form: Form; created: boolean; complete: boolean } {
  const form = existing ?? FormApp.create(FORM.title(contact.deskName));
  form.setTitle(FORM.title(contact.deskName));
  form.setDescription(FORM.description(contact));
  form.setConfirmationMessage(FORM.confirmation);
  const titles = form.getItems().map((i) => i.getTitle());
  const present = new Set(titles);
  const appended: string[] = [];
  for (const spec of itemSpecs(challenges, publicationHelp)) {
    if (present.has(spec.title)) continue;
    if (Date.now() > deadline) return { form, created: !existing, complete: false };
    spec.add(form);
    appended.push(spec.title);
  }
  if (existing) placeAfterOrganisation(form, titles, appended);
  if (present.has(Q.publicationConsent) && publicationHelp) {
    refreshPublicationHelp(form, publicationHelp);
  }
  // A challenge list made just now already holds the open challenges.
  if (!existing) form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  else if (present.has(Q.challenge)) refreshChallengeChoices(form, challenges);
  return { form, created: !existing, complete: true };
}

/**
 * A form made before issue 12 gets 所在地 and 代表者 appended at its end (after the consent):
 * they are moved up under the organisation, where an applicant expects them. New items were
 * appended in `appended` order, so each one's index is known without reading the form again.
 */
function placeAfterOrganisation(form: Form, titlesBefore: string[], appended: string[]): void {
  const organisation = titlesBefore.indexOf(Q.organisation);
  if (organisation < 0) return;
  let to = organisation + 1;
  for (const title of [Q.address, Q.representative]) {
    const existing = titlesBefore.indexOf(title);
    const i = appended.indexOf(title);
    if (existing >= 0) to = existing + 1;
    if (i < 0) continue;
    // Moving an item up leaves the later appended ones where they were.
    form.moveItem(titlesBefore.length + i, to);
    to++;
  }
}

/** Replaces the challenge list's choices with the open challenges. */
export function refreshChallengeChoices(form: Form, challenges: string[]): void {
  const item = form.getItems(FormApp.ItemType.LIST).find((i) => i.getTitle() === Q.challenge);
  if (item) item.asListItem().setChoiceValues(challengeChoices(challenges));
}

/** The 公開への同意 question follows the wording in 設定 (run by setup). */
function refreshPublicationHelp(form: Form, help: string): void {
  const item = form
    .getItems(FormApp.ItemType.MULTIPLE_CHOICE)
    .find((i) => i.getTitle() === Q.publicationConsent);
  if (item && item.getHelpText() !== help) item.setHelpText(help);
}

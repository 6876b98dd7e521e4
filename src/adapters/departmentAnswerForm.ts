/**
 * The 庁内回答フォーム (issue 12): a second form linked to the desk's spreadsheet, answered by
 * departments from the pre-filled link of their hand-off email. Built like the proposal form
 * (src/adapters/proposalForm.ts): found by the id kept in document properties, its id recorded
 * right after FormApp.create, items found by title so a second setup adds only what is missing.
 * Its responses reach the same form-submit trigger as proposals (src/index.ts dispatches them).
 */
import { DEPT_ANSWERS, DEPT_FORM, DEPT_Q } from '../strings/departmentAnswer';
import { newSecret } from '../domain/departmentAnswer';
import type { Settings } from '../domain/settings';
import { PROP } from './properties';

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** Placeholders of the stored pre-filled link; plain letters, so toPrefilledUrl keeps them. */
const TOKEN = { caseNumber: 'XXCASEXX', code: 'XXCODEXX', reference: 'XXREFXX' } as const;

export interface PrefillTemplate {
  url: string;
}

/**
 * Creates or repairs the department form; records its id, response sheet, the pre-filled link
 * template and the code's secret. Returns the form's published URL.
 */
export function ensureDepartmentAnswerForm(
  ss: Spreadsheet,
  props: Properties,
  settings: Settings,
): string {
  const all = props.getProperties();
  const recordedId = all[PROP.departmentFormId] ?? '';
  let form: Form | null = null;
  if (recordedId) {
    try {
      form = FormApp.openById(recordedId);
    } catch (error) {
      // Absent only when no sheet still receives its answers; otherwise the service failed.
      if (linkedSheetOf(ss, recordedId)) throw error;
    }
  }
  if (!form) {
    form = FormApp.create(DEPT_FORM.title(settings.deskName));
    props.setProperty(PROP.departmentFormId, form.getId());
  }
  const formId = form.getId();
  form.setTitle(DEPT_FORM.title(settings.deskName));
  form.setDescription(DEPT_FORM.description(settings.deskName));
  form.setConfirmationMessage(DEPT_FORM.confirmation);
  buildItems(form);
  applySignIn(form, settings.cityDomain);

  const updates: Record<string, string> = {};
  let sheet = linkedSheetOf(ss, formId, all[PROP.departmentResponseSheetId]);
  if (!sheet) {
    const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    sheet = ss.getSheets().find((s) => !before.has(s.getSheetId())) ?? null;
    if (sheet) {
      sheet.getRange(1, sheet.getLastColumn() + 1).setValue(DEPT_FORM.flagHeader);
      updates[PROP.departmentResponseSheetId] = String(sheet.getSheetId());
    }
  }
  if (!all[PROP.departmentPrefill]) {
    updates[PROP.departmentPrefill] = JSON.stringify({ url: prefillTemplate(form) });
  }
  if (!all[PROP.departmentSecret]) updates[PROP.departmentSecret] = newSecret();
  if (Object.keys(updates).length) props.setProperties(updates);
  return form.getPublishedUrl();
}

/** The sheet receiving the form's answers: the recorded one, checked by its form URL. */
function linkedSheetOf(
  ss: Spreadsheet,
  formId: string,
  recordedSheetId?: string,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const sheets = ss.getSheets();
  const recorded = recordedSheetId
    ? sheets.find((s) => String(s.getSheetId()) === recordedSheetId)
    : undefined;
  for (const s of recorded ? [recorded] : sheets) {
    if ((s.getFormUrl() ?? '').includes(formId)) return s;
  }
  return null;
}

function buildItems(form: Form): void {
  const present = new Set(form.getItems().map((i) => i.getTitle()));
  const text = (title: string, required: boolean, help: string) => {
    if (present.has(title)) return;
    const item = form.addTextItem().setTitle(title).setHelpText(help);
    if (required) item.setRequired(true);
  };
  text(DEPT_Q.caseNumber, true, DEPT_FORM.prefilledHelp);
  text(DEPT_Q.code, true, DEPT_FORM.prefilledHelp);
  text(DEPT_Q.reference, false, DEPT_FORM.prefilledHelp);
  if (!present.has(DEPT_Q.answer)) {
    form
      .addMultipleChoiceItem()
      .setTitle(DEPT_Q.answer)
      .setChoiceValues([...DEPT_ANSWERS])
      .setRequired(true);
  }
  if (!present.has(DEPT_Q.comment)) {
    form.addParagraphTextItem().setTitle(DEPT_Q.comment).setHelpText(DEPT_FORM.commentHelp);
  }
  text(DEPT_Q.answerer, true, '');
}

/**
 * Sign-in within the city's domain and the respondent's email, when 設定「庁内のメールドメイン」
 * is set. Form.setRequireLogin limits answers to accounts of the form owner's Google Workspace
 * domain; outside Workspace it is refused, and the form then stays open with the email still
 * collected (the answer's domain is checked on arrival, src/domain/departmentAnswer.ts).
 */
function applySignIn(form: Form, cityDomain: string): void {
  const wanted = cityDomain.trim() !== '';
  if (form.collectsEmail() !== wanted) form.setCollectEmail(wanted);
  try {
    if (form.requiresLogin() !== wanted) form.setRequireLogin(wanted);
  } catch (error) {
    console.warn(`庁内回答フォーム: ログイン必須を設定できません: ${(error as Error).message}`);
  }
}

/** A pre-filled link made once with FormResponse.toPrefilledUrl, holding placeholders. */
function prefillTemplate(form: Form): string {
  const response = form.createResponse();
  for (const item of form.getItems(FormApp.ItemType.TEXT)) {
    const title = item.getTitle();
    const token =
      title === DEPT_Q.caseNumber
        ? TOKEN.caseNumber
        : title === DEPT_Q.code
          ? TOKEN.code
          : title === DEPT_Q.reference
            ? TOKEN.reference
            : '';
    if (token) response.withItemResponse(item.asTextItem().createResponse(token));
  }
  return response.toPrefilledUrl();
}

/** The hand-off's link: the template with the case number, code and row filled in (no call). */
export function prefilledLink(
  templateJson: string | undefined,
  caseNumber: string,
  code: string,
  row: number,
): string {
  if (!templateJson) return '';
  let url = '';
  try {
    url = String((JSON.parse(templateJson) as PrefillTemplate).url ?? '');
  } catch {
    return '';
  }
  return url
    .replace(TOKEN.caseNumber, encodeURIComponent(caseNumber))
    .replace(TOKEN.code, encodeURIComponent(code))
    .replace(TOKEN.reference, encodeURIComponent(String(row)));
}

/**
 * The proposal form's URL as the spreadsheet links it. Spreadsheet.getFormUrl is "indeterminate"
 * once two forms post to the spreadsheet (its reference page): when it names the department
 * form, the proposal form is the one linked to another response sheet (Sheet.getFormUrl).
 */
export function proposalFormUrl(ss: Spreadsheet, props: Properties): string {
  const url = ss.getFormUrl() ?? '';
  const departmentId = props.getProperty(PROP.departmentFormId) ?? '';
  if (!departmentId || !url.includes(departmentId)) return url;
  for (const sheet of ss.getSheets()) {
    const linked = sheet.getFormUrl() ?? '';
    if (linked && !linked.includes(departmentId)) return linked;
  }
  return '';
}

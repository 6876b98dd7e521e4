/**
 * FormResponse and Sheet.getFormUrl against the sentences of their reference pages (issue 17):
 * https://developers.google.com/apps-script/reference/forms/form-response
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()
 */
import { Workspace } from '../src/workspace';
import { createFormApp } from '../src/services/form/app';
import { createSpreadsheetApp } from '../src/services/spreadsheet/app';

const DESK = 'desk@city.example.lg.jp';
const OUTSIDER = 'someone@example.com';

function setup() {
  const ws = new Workspace({ now: '2026-04-01T09:00:00+09:00' });
  const FormApp = createFormApp(ws);
  const SpreadsheetApp = createSpreadsheetApp(ws);
  const run = <T>(body: () => T, user = DESK): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: user }, body);
  const book = ws.spreadsheets.create('台帳', DESK, 'ja_JP');
  // A text, a paragraph, a date, a multiple-choice and a checkbox question.
  const formId = run(() => {
    const form = FormApp.create('提案受付');
    form.addTextItem().setTitle('団体名');
    form.addParagraphTextItem().setTitle('提案内容');
    form.addDateItem().setTitle('希望日');
    form.addMultipleChoiceItem().setTitle('区分').setChoiceValues(['企業', 'NPO']);
    form.addCheckboxItem().setTitle('分野').setChoiceValues(['福祉', '観光']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, book.id);
    return form.getId();
  });
  return { ws, FormApp, SpreadsheetApp, run, book, formId };
}

const titlesAndAnswers = (response: GoogleAppsScript.Forms.FormResponse) =>
  response.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]);

describe('FormResponse.getItemResponses', () => {
  // form-response#getItemResponses: "If the form response does not contain a response for a
  // given TextItem, DateItem, TimeItem, or ParagraphTextItem, the ItemResponse returned for that
  // item will have an empty string as the response. If the form response omits a response for any
  // other item type, this method excludes that item from its returned array."
  test('blank text, paragraph and date answers are ItemResponses with an empty answer', () => {
    const { ws, FormApp, run, formId } = setup();
    ws.forms.recordResponse(formId, { 区分: 'NPO' });
    run(() => {
      const [response] = FormApp.openById(formId).getResponses();
      expect(titlesAndAnswers(response)).toEqual([
        ['団体名', ''],
        ['提案内容', ''],
        ['希望日', ''],
        ['区分', 'NPO'],
      ]);
    });
  });

  // Same sentence, for a response the script builds: the blank items are there before submit.
  test('a response being built lists blank text items too', () => {
    const { FormApp, run, formId } = setup();
    run(() => {
      const draft = FormApp.openById(formId).createResponse();
      expect(titlesAndAnswers(draft)).toEqual([
        ['団体名', ''],
        ['提案内容', ''],
        ['希望日', ''],
      ]);
    });
  });
});

describe('FormResponse before and after submit', () => {
  // form-response#getRespondentEmail: "For a form response that the script has created but not
  // yet submitted, this method returns null."
  test('getRespondentEmail is null before submit', () => {
    const { FormApp, run, formId } = setup();
    run(() => {
      const draft = FormApp.openById(formId).createResponse();
      expect(draft.getRespondentEmail()).toBeNull();
      // Assumed: a script's submission collects no address (the form does not collect emails).
      expect(draft.submit().getRespondentEmail()).toBe('');
    });
  });

  // form-response#getEditResponseUrl: "For a form response that the script has created but not
  // yet submitted, this method returns null." #getId / #getTimestamp: null likewise.
  test('getEditResponseUrl, getId and getTimestamp are null before submit', () => {
    const { FormApp, run, formId } = setup();
    run(() => {
      const draft = FormApp.openById(formId).createResponse();
      expect(draft.getEditResponseUrl()).toBeNull();
      expect(draft.getId()).toBeNull();
      expect(draft.getTimestamp()).toBeNull();
      const submitted = draft.submit();
      expect(submitted.getEditResponseUrl()).toContain(`edit2=${submitted.getId()}`);
    });
  });

  // form-response#submit: "Submits the response. Throws a scripting exception if the response
  // has already been submitted." Return: "A newly created response saved to the form's response
  // store."
  test('a second submit throws and stores nothing more', () => {
    const { FormApp, run, formId, book } = setup();
    run(() => {
      const form = FormApp.openById(formId);
      const name = form.getItems()[0].asTextItem();
      const draft = form.createResponse().withItemResponse(name.createResponse('市民の会'));
      const saved = draft.submit();
      expect(saved.getId()).toMatch(/^2_/);
      expect(() => draft.submit()).toThrow('already been submitted');
      expect(() => saved.submit()).toThrow('already been submitted');
      expect(() => form.getResponses()[0].submit()).toThrow('already been submitted');
      expect(form.getResponses()).toHaveLength(1);
    });
    expect(book.sheets[0].lastRow()).toBe(2);
  });

  // form-response#withItemResponse: "This method applies only to form responses that the script
  // has created but not yet submitted; it cannot affect stored responses. If this method is
  // called multiple times for the same item, only the last item response is retained."
  test('withItemResponse cannot affect a stored response; on a draft the last one wins', () => {
    const { ws, FormApp, run, formId, book } = setup();
    ws.forms.recordResponse(formId, { 団体名: '元の名前' });
    run(() => {
      const form = FormApp.openById(formId);
      const item = form.getItems()[0];
      const name = item.asTextItem();
      const [stored] = form.getResponses();
      stored.withItemResponse(name.createResponse('書き換え'));
      expect(stored.getResponseForItem(item).getResponse()).toBe('元の名前');
      expect(form.getResponses()[0].getItemResponses()[0].getResponse()).toBe('元の名前');

      const draft = form
        .createResponse()
        .withItemResponse(name.createResponse('一回目'))
        .withItemResponse(name.createResponse('二回目'));
      expect(draft.getResponseForItem(item).getResponse()).toBe('二回目');
      const saved = draft.submit();
      saved.withItemResponse(name.createResponse('提出後'));
      expect(form.getResponse(saved.getId()).getItemResponses()[0].getResponse()).toBe('二回目');
    });
    expect(book.sheets[0].cell(2, 2)?.value).toBe('元の名前');
    expect(book.sheets[0].cell(3, 2)?.value).toBe('二回目');
  });
});

describe('Sheet.getFormUrl', () => {
  // sheet#getFormUrl: "Returns the URL for the form that sends its responses to this sheet, or
  // null if this sheet has no associated form."
  test('the response sheet gives the form URL; other sheets give null', () => {
    const { SpreadsheetApp, FormApp, run, book, formId } = setup();
    run(() => {
      const ss = SpreadsheetApp.openById(book.id);
      const [responses, other] = ss.getSheets();
      expect(responses.getName()).toBe('フォームの回答 1');
      const url = responses.getFormUrl();
      expect(url).toContain(formId);
      expect(FormApp.openByUrl(url as string).getId()).toBe(formId);
      expect(other.getFormUrl()).toBeNull();
    });
  });

  // Same: after the form is unlinked, its former response sheet has no associated form.
  test('an unlinked form leaves its sheet without form URL', () => {
    const { SpreadsheetApp, FormApp, run, book, formId } = setup();
    run(() => {
      FormApp.openById(formId).removeDestination();
      expect(SpreadsheetApp.openById(book.id).getSheets()[0].getFormUrl()).toBeNull();
    });
  });

  // sheet#getFormUrl: "Throws an exception if the user does not have permission to edit the
  // spreadsheet." (The message is assumed: Apps Script's usual permission message.)
  test('a viewer cannot read the form URL', () => {
    const { SpreadsheetApp, run, book } = setup();
    const sheet = run(() => {
      const ss = SpreadsheetApp.openById(book.id);
      ss.addViewer(OUTSIDER);
      return ss.getSheets()[0];
    });
    expect(() => run(() => sheet.getFormUrl(), OUTSIDER)).toThrow(
      'You do not have permission to perform that action.',
    );
  });
});

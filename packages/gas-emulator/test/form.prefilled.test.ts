/**
 * FormApp for the 庁内回答フォーム (issue 12), against the reference pages:
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
 * https://developers.google.com/apps-script/reference/forms/form#setRequireLogin(Boolean)
 * https://developers.google.com/apps-script/reference/forms/form#setCollectEmail(Boolean)
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getFormUrl()
 */
import { Workspace } from '../src/workspace';
import { createFormApp } from '../src/services/form/app';
import { answersFromPrefilledUrl } from '../src/services/form/store';
import { createSpreadsheetApp } from '../src/services/spreadsheet/app';

const DESK = 'desk@city.example.lg.jp';

function setup() {
  const ws = new Workspace({ now: '2026-05-11T09:00:00+09:00' });
  const FormApp = createFormApp(ws);
  const SpreadsheetApp = createSpreadsheetApp(ws);
  const run = <T>(body: () => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK }, body);
  const book = ws.spreadsheets.create('台帳', DESK, 'ja_JP');
  const formId = run(() => {
    const form = FormApp.create('庁内回答');
    form.addTextItem().setTitle('案件番号');
    form.addTextItem().setTitle('確認コード');
    form.addMultipleChoiceItem().setTitle('回答').setChoiceValues(['対応可', '対応困難']);
    form.addCheckboxItem().setTitle('分野').setChoiceValues(['福祉', '観光']);
    return form.getId();
  });
  return { ws, FormApp, SpreadsheetApp, run, book, formId };
}

describe('FormResponse.toPrefilledUrl', () => {
  // form-response#toPrefilledUrl: "Generates a URL for the form in which the answers are
  // pre-filled based on the answers in this form response."
  test('entry.<item id>=<value> after usp=pp_url, on the published URL, values encoded', () => {
    const { FormApp, run, formId } = setup();
    const url = run(() => {
      const form = FormApp.openById(formId);
      const [caseNumber, code, answer] = form.getItems();
      return form
        .createResponse()
        .withItemResponse(caseNumber.asTextItem().createResponse('R8-0001'))
        .withItemResponse(code.asTextItem().createResponse('AB 2&X'))
        .withItemResponse(answer.asMultipleChoiceItem().createResponse('対応可'))
        .toPrefilledUrl();
    });
    expect(url).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform\?usp=pp_url&entry\.\d+=R8-0001&entry\.\d+=AB%202%26X&entry\.\d+=%E5%AF%BE/,
    );
    expect(run(() => FormApp.openById(formId).getPublishedUrl())).toBe(url.split('?')[0]);
  });

  test('opening the link pre-fills the answers, by question title (checkboxes repeated)', () => {
    const { ws, FormApp, run, formId } = setup();
    const url = run(() => {
      const form = FormApp.openById(formId);
      const items = form.getItems();
      return form
        .createResponse()
        .withItemResponse(items[0].asTextItem().createResponse('R8-0001'))
        .withItemResponse(items[3].asCheckboxItem().createResponse(['福祉', '観光']))
        .toPrefilledUrl();
    });
    expect(answersFromPrefilledUrl(ws, url)).toEqual({
      formId,
      answers: { 案件番号: 'R8-0001', 分野: ['福祉', '観光'] },
    });
    expect(() => answersFromPrefilledUrl(ws, url.replace(/\/e\/[\w-]+\//, '/e/nope/'))).toThrow();
  });

  test('a created response is not stored until submit(), which fires no trigger', () => {
    const { ws, FormApp, run, formId } = setup();
    run(() => {
      const form = FormApp.openById(formId);
      const response = form.createResponse();
      response.withItemResponse(form.getItems()[0].asTextItem().createResponse('R8-0001'));
      response.toPrefilledUrl();
      expect(form.getResponses()).toHaveLength(0);
      response.submit();
      expect(form.getResponses()).toHaveLength(1);
    });
    expect(ws.ledger.executions.filter((e) => e.source === 'installable')).toHaveLength(0);
  });
});

describe('sign-in and the respondent email', () => {
  test('setRequireLogin / requiresLogin and setCollectEmail / collectsEmail round-trip', () => {
    const { FormApp, run, formId } = setup();
    run(() => {
      const form = FormApp.openById(formId);
      expect(form.requiresLogin()).toBe(false);
      expect(form.collectsEmail()).toBe(false);
      form.setRequireLogin(true).setCollectEmail(true);
      expect(form.requiresLogin()).toBe(true);
      expect(form.collectsEmail()).toBe(true);
    });
  });

  test('collecting email on a linked form adds the メールアドレス column', () => {
    const { FormApp, SpreadsheetApp, run, book, formId } = setup();
    run(() => {
      const form = FormApp.openById(formId);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, book.id);
      form.setCollectEmail(true);
      const sheet = SpreadsheetApp.openById(book.id).getSheets()[0];
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      expect(header).toContain('メールアドレス');
    });
  });
});

describe('two forms posting to one spreadsheet', () => {
  // spreadsheet#getFormUrl: "If multiple forms send responses to this spreadsheet, the form URL
  // returned is indeterminate." The emulator keeps the first linked; each sheet tells its own.
  test('Spreadsheet.getFormUrl stays the first form; Sheet.getFormUrl tells them apart', () => {
    const { FormApp, SpreadsheetApp, run, book, formId } = setup();
    run(() => {
      const first = FormApp.create('提案');
      first.addTextItem().setTitle('件名');
      first.setDestination(FormApp.DestinationType.SPREADSHEET, book.id);
      FormApp.openById(formId).setDestination(FormApp.DestinationType.SPREADSHEET, book.id);
      const ss = SpreadsheetApp.openById(book.id);
      expect(ss.getFormUrl()).toContain(first.getId());
      const [second, firstSheet] = ss.getSheets();
      expect(second.getName()).toBe('フォームの回答 2');
      expect(second.getFormUrl()).toContain(formId);
      expect(firstSheet.getFormUrl()).toContain(first.getId());
      first.removeDestination();
      expect(ss.getFormUrl()).toContain(formId);
    });
  });
});

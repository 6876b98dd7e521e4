/**
 * FormApp emulation: responses, the user path (recordResponse) and the linked sheet.
 * https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 * https://developers.google.com/apps-script/reference/forms/form-response
 * https://support.google.com/docs/answer/2917686 (where form responses are saved)
 */
import { Workspace } from '../src/workspace';
import { createFormApp } from '../src/services/form/app';
import { makeFormResponse } from '../src/services/form/store';

const DESK = 'desk@city.example.lg.jp';

function setup(locale = 'ja_JP') {
  const ws = new Workspace({ now: '2026-04-01T09:00:00+09:00' });
  const FormApp = createFormApp(ws);
  const run = <T>(body: () => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK }, body);
  const sheet = ws.spreadsheets.create('台帳', DESK, locale);
  return { ws, FormApp, run, sheet };
}

/** A linked proposal form: name (required), email (validated), fields (checkbox), date. */
function proposalForm(ctx: ReturnType<typeof setup>, collectEmail = false) {
  return ctx.run(() => {
    const { FormApp } = ctx;
    const form = FormApp.create('提案受付').setCollectEmail(collectEmail);
    form.addTextItem().setTitle('団体名').setRequired(true);
    form
      .addTextItem()
      .setTitle('連絡先メール')
      .setValidation(FormApp.createTextValidation().requireTextIsEmail().build());
    form.addSectionHeaderItem().setTitle('詳細');
    form.addCheckboxItem().setTitle('分野').setChoiceValues(['福祉', '観光', '教育']);
    form.addDateItem().setTitle('希望日');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ctx.sheet.id);
    return form.getId();
  });
}

const rowValues = (ctx: ReturnType<typeof setup>, row: number) =>
  (ctx.sheet.sheets[0].grid[row - 1] ?? []).map((c) => c?.value);

// form#setDestination: a new response sheet, first, headed Timestamp then question titles
test('setDestination inserts the response sheet first with the header row', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  const responses = ctx.sheet.sheets[0];
  expect(responses.name).toBe('フォームの回答 1');
  expect(rowValues(ctx, 1)).toEqual(['タイムスタンプ', '団体名', '連絡先メール', '分野', '希望日']);
  expect(ctx.sheet.formId).toBe(formId);
});

// English locales name the sheet 'Form Responses 1' with a 'Timestamp' header
test('an English spreadsheet gets Form Responses 1 and Timestamp', () => {
  const ctx = setup('en_US');
  proposalForm(ctx);
  expect(ctx.sheet.sheets[0].name).toBe('Form Responses 1');
  expect(rowValues(ctx, 1)[0]).toBe('Timestamp');
});

// form#setCollectEmail(Boolean): the Email Address column follows the timestamp
test('a form collecting emails has the email column second', () => {
  const ctx = setup();
  const formId = proposalForm(ctx, true);
  expect(rowValues(ctx, 1).slice(0, 3)).toEqual(['タイムスタンプ', 'メールアドレス', '団体名']);
  const recorded = ctx.ws.forms.recordResponse(
    formId,
    { 団体名: '市民の会' },
    { respondentEmail: 'a@example.jp' },
  );
  expect(recorded.destination?.values.slice(1, 3)).toEqual(['a@example.jp', '市民の会']);
});

// Items added to a linked form add a column at the end
test('an item added after linking gets a new column', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  ctx.run(() => ctx.FormApp.openById(formId).addParagraphTextItem().setTitle('備考'));
  expect(rowValues(ctx, 1)).toEqual([
    'タイムスタンプ',
    '団体名',
    '連絡先メール',
    '分野',
    '希望日',
    '備考',
  ]);
});

// A submitted response is appended as a row: Timestamp as a Date, answers as text
test('recordResponse appends a row and returns e.values and e.namedValues', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  ctx.ws.clock.set('2026-04-01T10:00:00+09:00');
  const recorded = ctx.ws.forms.recordResponse(formId, {
    団体名: '市民の会',
    連絡先メール: 'info@npo.example.jp',
    分野: ['福祉', '教育'],
    希望日: '2026-04-15',
  });
  const dest = recorded.destination;
  expect(dest?.row).toBe(2);
  expect(dest?.numColumns).toBe(5);
  expect(dest?.values).toEqual([
    '2026/04/01 10:00:00',
    '市民の会',
    'info@npo.example.jp',
    '福祉, 教育',
    '2026/04/15',
  ]);
  expect(dest?.namedValues['分野']).toEqual(['福祉, 教育']);
  const stamp = ctx.sheet.sheets[0].cell(2, 1);
  expect(stamp?.value).toEqual(new Date('2026-04-01T10:00:00+09:00'));
  expect(stamp?.numberFormat).toBe('yyyy/MM/dd H:mm:ss');
  expect(ctx.sheet.sheets[0].cell(2, 5)?.value).toEqual(new Date('2026-04-15T00:00:00+09:00'));
});

// The live form refuses a submission missing a required question
test('recordResponse refuses a missing required answer, naming the item', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  expect(() => ctx.ws.forms.recordResponse(formId, { 分野: ['福祉'] })).toThrow('団体名');
  expect(ctx.ws.forms.get(formId)?.responses).toHaveLength(0);
});

// text-validation-builder#requireTextIsEmail(): the page refuses a non-email answer
test('recordResponse refuses an answer failing requireTextIsEmail', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  expect(() =>
    ctx.ws.forms.recordResponse(formId, { 団体名: '会', 連絡先メール: 'not-an-email' }),
  ).toThrow('連絡先メール');
});

// skipValidation stores what was given (a form edited meanwhile, a response by other means)
test('recordResponse with skipValidation stores an otherwise refused response', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  const recorded = ctx.ws.forms.recordResponse(
    formId,
    { 連絡先メール: 'not-an-email' },
    { skipValidation: true },
  );
  expect(recorded.destination?.values[2]).toBe('not-an-email');
});

// form#setAcceptingResponses(false): a closed form takes no responses
test('recordResponse refuses a closed form', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  ctx.run(() => ctx.FormApp.openById(formId).setAcceptingResponses(false));
  expect(() => ctx.ws.forms.recordResponse(formId, { 団体名: '会' })).toThrow(
    'no longer accepting responses',
  );
});

// A choice answer must be one of the choices
test('recordResponse refuses a checkbox value that is not a choice', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  expect(() => ctx.ws.forms.recordResponse(formId, { 団体名: '会', 分野: ['宇宙'] })).toThrow(
    '分野',
  );
});

// Assumption (documented in destination.ts): over 50,000 characters is cut in the sheet only
test('an answer longer than a cell holds is truncated in the sheet but not in values', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  const long = 'あ'.repeat(50_010);
  const recorded = ctx.ws.forms.recordResponse(formId, { 団体名: long });
  expect(recorded.destination?.values[1]).toHaveLength(50_010);
  expect(String(ctx.sheet.sheets[0].cell(2, 2)?.value)).toHaveLength(50_000);
  const response = makeFormResponse(ctx.ws, formId, recorded.responseId);
  expect(response.getItemResponses()[0].getResponse()).toHaveLength(50_010);
});

// form-response#getItemResponses / item-response#getResponse: string[] for checkboxes
test('makeFormResponse exposes the stored answers', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  const recorded = ctx.ws.forms.recordResponse(formId, { 団体名: '会', 分野: ['観光'] });
  ctx.run(() => {
    const response = makeFormResponse(ctx.ws, formId, recorded.responseId);
    expect(response.getId()).toBe(recorded.responseId);
    expect(response.getTimestamp()).toEqual(recorded.timestamp);
    const answers = response
      .getItemResponses()
      .map((r) => [r.getItem().getTitle(), r.getResponse()]);
    // form-response#getItemResponses: unanswered text and date items yield '' (see
    // form.reference.test.ts); the unanswered checkbox item would be left out.
    expect(answers).toEqual([
      ['団体名', '会'],
      ['連絡先メール', ''],
      ['分野', ['観光']],
      ['希望日', ''],
    ]);
  });
});

// form-response#submit(): a script-built response is stored (and fires no trigger)
test('FormResponse.submit stores a script-built response and writes its row', () => {
  const ctx = setup();
  const formId = proposalForm(ctx);
  ctx.run(() => {
    const form = ctx.FormApp.openById(formId);
    const name = form.getItems()[0].asTextItem();
    const draft = form.createResponse();
    expect(draft.getId()).toBeNull();
    const submitted = draft.withItemResponse(name.createResponse('スクリプト')).submit();
    expect(submitted.getId()).toMatch(/^2_/);
    expect(form.getResponses()).toHaveLength(1);
    expect(form.getResponse(submitted.getId()).getItemResponses()[0].getResponse()).toBe(
      'スクリプト',
    );
  });
  expect(rowValues(ctx, 2)[1]).toBe('スクリプト');
});

// multiple-choice-item#createResponse: "Throws Error if the value is not a valid choice"
test('createResponse with a value outside the choices throws', () => {
  const ctx = setup();
  ctx.run(() => {
    const item = ctx.FormApp.create('f').addMultipleChoiceItem().setChoiceValues(['A']);
    expect(() => item.createResponse('Z')).toThrow();
    expect(item.showOtherOption(true).createResponse('Z').getResponse()).toBe('Z');
  });
});

// Linking a form that already has responses copies them into the new sheet
test('setDestination copies the stored responses into the new sheet', () => {
  const ctx = setup();
  const formId = ctx.run(() => {
    const form = ctx.FormApp.create('f');
    form.addTextItem().setTitle('q');
    return form.getId();
  });
  ctx.ws.forms.recordResponse(formId, { q: 'before link' });
  ctx.run(() =>
    ctx.FormApp.openById(formId).setDestination(
      ctx.FormApp.DestinationType.SPREADSHEET,
      ctx.sheet.id,
    ),
  );
  expect(rowValues(ctx, 2)[1]).toBe('before link');
});

// form#setLimitOneResponsePerUser(true): a second response of the same person is refused
test('limitOneResponsePerUser refuses a second response by the same respondent', () => {
  const ctx = setup();
  const formId = proposalForm(ctx, true);
  ctx.run(() => ctx.FormApp.openById(formId).setLimitOneResponsePerUser(true));
  const who = { respondentEmail: 'a@example.jp' };
  ctx.ws.forms.recordResponse(formId, { 団体名: '会' }, who);
  expect(() => ctx.ws.forms.recordResponse(formId, { 団体名: '会' }, who)).toThrow();
});

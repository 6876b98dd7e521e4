/**
 * FormApp emulation: building forms and items.
 * https://developers.google.com/apps-script/reference/forms/form-app
 * https://developers.google.com/apps-script/reference/forms/form
 * https://developers.google.com/apps-script/reference/forms/item
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { createFormApp } from '../src/services/form/app';
import { FORM_ERRORS } from '../src/services/form/errors';

const DESK = 'desk@city.example.lg.jp';

function setup() {
  const ws = new Workspace({ now: '2026-04-01T09:00:00+09:00' });
  const FormApp = createFormApp(ws);
  const run = <T>(body: () => T, options: Partial<ExecutionOptions> = {}): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK, ...options }, body);
  return { ws, FormApp, run };
}

// form-app#create(String): "Creates and returns a new Form"
test('create makes a form with the title, accepting responses', () => {
  const { FormApp, run } = setup();
  run(() => {
    const form = FormApp.create('提案受付');
    expect(form.getTitle()).toBe('提案受付');
    expect(form.isAcceptingResponses()).toBe(true);
    expect(form.collectsEmail()).toBe(false);
    expect(form.getItems()).toEqual([]);
    expect(FormApp.openById(form.getId()).getTitle()).toBe('提案受付');
  });
});

// form#addTextItem … addPageBreakItem: each adds an item of its ItemType, in order
test('every supported item type is added in order with its ItemType', () => {
  const { FormApp, run } = setup();
  run(() => {
    const form = FormApp.create('全項目');
    form.addTextItem().setTitle('団体名');
    form.addParagraphTextItem().setTitle('提案内容');
    form.addMultipleChoiceItem().setTitle('区分').setChoiceValues(['企業', 'NPO']);
    form.addCheckboxItem().setTitle('分野').setChoiceValues(['福祉', '観光']);
    form.addListItem().setTitle('地区').setChoiceValues(['北', '南']);
    form.addDateItem().setTitle('希望日');
    form.addSectionHeaderItem().setTitle('補足');
    form.addPageBreakItem().setTitle('次のページ');
    const types = form.getItems().map((item) => String(item.getType()));
    expect(types).toEqual([
      'TEXT',
      'PARAGRAPH_TEXT',
      'MULTIPLE_CHOICE',
      'CHECKBOX',
      'LIST',
      'DATE',
      'SECTION_HEADER',
      'PAGE_BREAK',
    ]);
    expect(form.getItems().map((item) => item.getIndex())).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(form.getItems(FormApp.ItemType.CHECKBOX)[0].getTitle()).toBe('分野');
  });
});

// item#asTextItem(): "Throws Error if the item is not a text item"
test('casting an item to the wrong type throws Invalid conversion', () => {
  const { FormApp, run } = setup();
  run(() => {
    const form = FormApp.create('f');
    form.addMultipleChoiceItem().setTitle('区分');
    const item = form.getItems()[0];
    expect(() => item.asTextItem()).toThrow(FORM_ERRORS.invalidConversion('MULTIPLE_CHOICE'));
    expect(item.asMultipleChoiceItem().getTitle()).toBe('区分');
  });
});

// multiple-choice-item#setChoiceValues(String): "Sets the choices for an item from an array"
test('setChoiceValues replaces the whole choice list', () => {
  const { FormApp, run } = setup();
  run(() => {
    const item = FormApp.create('f').addMultipleChoiceItem();
    item.setChoiceValues(['A', 'B', 'C']);
    item.setChoiceValues(['X', 'Y']);
    expect(item.getChoices().map((c) => c.getValue())).toEqual(['X', 'Y']);
  });
});

// list-item#setChoices(Choice): createChoice makes a choice that setChoices installs
test('createChoice + setChoices installs choices on a list item', () => {
  const { FormApp, run } = setup();
  run(() => {
    const item = FormApp.create('f').addListItem();
    item.setChoices([item.createChoice('北'), item.createChoice('南')]);
    expect(item.getChoices().map((c) => c.getValue())).toEqual(['北', '南']);
  });
});

// checkbox-item#showOtherOption(Boolean)
test('showOtherOption toggles the Other option of a checkbox item', () => {
  const { FormApp, run } = setup();
  run(() => {
    const item = FormApp.create('f').addCheckboxItem();
    expect(item.hasOtherOption()).toBe(false);
    expect(item.showOtherOption(true).hasOtherOption()).toBe(true);
  });
});

// text-item#setRequired(Boolean) / isRequired()
test('setRequired is reported by isRequired', () => {
  const { FormApp, run } = setup();
  run(() => {
    const item = FormApp.create('f').addTextItem().setRequired(true);
    expect(item.isRequired()).toBe(true);
  });
});

// form#getItemById(Integer): "the item with the given ID, or null if the item does not exist"
test('getItemById returns the item, or null for an unknown id', () => {
  const { FormApp, run } = setup();
  run(() => {
    const form = FormApp.create('f');
    const id = form.addTextItem().setTitle('団体名').getId();
    expect(form.getItemById(id).getTitle()).toBe('団体名');
    expect(form.getItemById(42)).toBeNull();
  });
});

// form#deleteItem(Integer) and form#moveItem(Integer,Integer)
test('deleteItem and moveItem change the item order', () => {
  const { FormApp, run } = setup();
  run(() => {
    const form = FormApp.create('f');
    ['a', 'b', 'c'].forEach((t) => form.addTextItem().setTitle(t));
    form.moveItem(2, 0);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['c', 'a', 'b']);
    form.deleteItem(form.getItems()[1]);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['c', 'b']);
    expect(() => form.deleteItem(5)).toThrow();
  });
});

// form-app#openById(String): unknown ids fail with Google's not-found message
test('openById with an unknown id throws the not-found error', () => {
  const { FormApp, run } = setup();
  run(() => expect(() => FormApp.openById('nope')).toThrow(FORM_ERRORS.notFound));
});

// form-app#openByUrl(String): opens by the edit URL
test('openByUrl opens the form from its edit URL', () => {
  const { FormApp, run } = setup();
  run(() => {
    const form = FormApp.create('f');
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
  });
});

// form-app#getActiveForm(): null unless the script is bound to a form
test('getActiveForm is null in a spreadsheet-bound execution', () => {
  const { FormApp, run, ws } = setup();
  const formId = run(() => FormApp.create('f').getId());
  run(() => expect(FormApp.getActiveForm()).toBeNull(), { containerId: 'sheet-1' });
  run(() => expect(FormApp.getActiveForm().getId()).toBe(formId), { containerId: formId });
  expect(ws.forms.get(formId)?.title).toBe('f');
});

// form#getDestinationId(): throws when the form has no destination
test('getDestinationId throws for a form without destination', () => {
  const { FormApp, run } = setup();
  run(() =>
    expect(() => FormApp.create('f').getDestinationId()).toThrow(FORM_ERRORS.noDestination),
  );
});

// Every facade call is recorded on the ledger under FormApp
test('FormApp calls are charged to the ledger', () => {
  const { FormApp, run, ws } = setup();
  run(() => FormApp.create('f').setDescription('d'));
  const methods = ws.ledger.records.map((r) => `${r.service}:${r.method}`);
  expect(methods).toEqual(['FormApp:FormApp.create', 'FormApp:Form.setDescription']);
});

/**
 * Item facades: the generic Item and the typed items the emulator supports (text, paragraph,
 * multiple choice, checkbox, list, date, section header, page break).
 * developers.google.com/apps-script/reference/forms/item and the typed item pages.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { FORM_ERRORS } from './errors';
import { ChoiceModel, FormModel, ItemModel, ItemTypeName } from './model';
import { addItemColumn, renameItemColumn } from './destination';
import { validationModelOf } from './validation';
import { makeItemResponse } from './response';
import { formatIn } from './zonedTime';

type Forms = typeof GoogleAppsScript.Forms;
type ItemTypeEnum = GoogleAppsScript.Forms.ItemType;

/** Where an item facade points: the workspace, its form and the item itself. */
interface ItemHandle {
  ws: Workspace;
  form: FormModel;
  item: ItemModel;
}

const charge = (h: ItemHandle, className: string, method: string, kind: 'form' | 'local') =>
  h.ws.charge('FormApp', `${className}.${method}`, kind);

/** A new item of `type` appended to the form (and given its column in a linked sheet). */
export function appendItem(ws: Workspace, form: FormModel, type: ItemTypeName): ItemModel {
  const item: ItemModel = {
    id: ws.forms.newItemId(),
    type,
    title: '',
    helpText: '',
    required: false,
    choices: [],
    otherOption: false,
    validation: null,
    includesYear: true,
  };
  form.items.push(item);
  addItemColumn(ws, form, item);
  return item;
}

function duplicateItem(h: ItemHandle): ItemModel {
  const copy: ItemModel = {
    ...h.item,
    id: h.ws.forms.newItemId(),
    choices: h.item.choices.map((c) => ({ ...c })),
    validation: h.item.validation ? { ...h.item.validation } : null,
  };
  h.form.items.splice(h.form.items.indexOf(h.item) + 1, 0, copy);
  addItemColumn(h.ws, h.form, copy);
  return copy;
}

/** The item id behind any item facade, read without charging (FormResponse needs it). */
const itemIds = new WeakMap<object, number>();

export function itemIdOf(facade: unknown): number {
  const id = facade && typeof facade === 'object' ? itemIds.get(facade) : undefined;
  if (id === undefined) throw new Error(FORM_ERRORS.invalidArgument('item'));
  return id;
}

/** Members every item type has. */
abstract class ItemBase {
  protected constructor(
    protected readonly h: ItemHandle,
    private readonly className: string,
  ) {
    itemIds.set(this, h.item.id);
  }

  protected charge(method: string, kind: 'form' | 'local' = 'form'): void {
    charge(this.h, this.className, method, kind);
  }

  getId(): number {
    this.charge('getId', 'local');
    return this.h.item.id;
  }

  getIndex(): number {
    this.charge('getIndex', 'local');
    return this.h.form.items.indexOf(this.h.item);
  }

  getTitle(): string {
    this.charge('getTitle');
    return this.h.item.title;
  }

  getHelpText(): string {
    this.charge('getHelpText');
    return this.h.item.helpText;
  }

  getType(): ItemTypeEnum {
    this.charge('getType', 'local');
    return this.h.item.type as unknown as ItemTypeEnum;
  }

  setTitle(title: string): this {
    this.charge('setTitle');
    this.h.item.title = String(title);
    renameItemColumn(this.h.ws, this.h.form, this.h.item);
    return this;
  }

  setHelpText(text: string): this {
    this.charge('setHelpText');
    this.h.item.helpText = String(text);
    return this;
  }
}

/** Members of question items (not layout items). */
abstract class QuestionBase extends ItemBase {
  isRequired(): boolean {
    this.charge('isRequired');
    return this.h.item.required;
  }

  setRequired(enabled: boolean): this {
    this.charge('setRequired');
    this.h.item.required = Boolean(enabled);
    return this;
  }
}

/** setValidation / clearValidation, for items that take one. */
abstract class ValidatedQuestionBase extends QuestionBase {
  setValidation(validation: object): this {
    this.charge('setValidation');
    const model = validationModelOf(validation);
    this.h.item.validation = { ...model, args: [...model.args] };
    return this;
  }

  clearValidation(): this {
    this.charge('clearValidation');
    this.h.item.validation = null;
    return this;
  }
}

// ---------------------------------------------------------------- choices

const choiceModels = new WeakMap<object, ChoiceModel>();

export class FakeChoice {
  constructor(
    private readonly ws: Workspace,
    model: ChoiceModel,
  ) {
    choiceModels.set(this, { ...model });
  }

  private model(): ChoiceModel {
    return choiceModels.get(this) as ChoiceModel;
  }

  getValue(): string {
    this.ws.charge('FormApp', 'Choice.getValue', 'local');
    return this.model().value;
  }

  isCorrectAnswer(): boolean {
    this.ws.charge('FormApp', 'Choice.isCorrectAnswer', 'local');
    return this.model().isCorrect;
  }
}
assertGoogleShape<FakeChoice, GoogleAppsScript.Forms.Choice>(true);

function choiceModelOf(choice: unknown): ChoiceModel {
  const model = choice && typeof choice === 'object' ? choiceModels.get(choice) : undefined;
  if (!model) throw new Error(FORM_ERRORS.invalidArgument('choices'));
  return { ...model };
}

/** createChoice / getChoices / setChoices / setChoiceValues. */
abstract class ChoiceQuestionBase extends QuestionBase {
  createChoice(value: string, second?: unknown): GoogleAppsScript.Forms.Choice {
    this.charge('createChoice', 'local');
    const isCorrect = typeof second === 'boolean' ? second : false;
    return new FakeChoice(this.h.ws, {
      value: String(value),
      isCorrect,
    }) as unknown as GoogleAppsScript.Forms.Choice;
  }

  getChoices(): GoogleAppsScript.Forms.Choice[] {
    this.charge('getChoices');
    return this.h.item.choices.map(
      (c) => new FakeChoice(this.h.ws, c) as unknown as GoogleAppsScript.Forms.Choice,
    );
  }

  /** Replaces the whole choice list. Documented: throws if the array is empty. */
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): this {
    this.charge('setChoices');
    if (!Array.isArray(choices) || choices.length === 0) {
      throw new Error(FORM_ERRORS.emptyArray('choices'));
    }
    this.h.item.choices = choices.map(choiceModelOf);
    return this;
  }

  /** Replaces the whole choice list with plain values. Documented: throws if the array is empty. */
  setChoiceValues(values: string[]): this {
    this.charge('setChoiceValues');
    if (!Array.isArray(values) || values.length === 0) {
      throw new Error(FORM_ERRORS.emptyArray('values'));
    }
    this.h.item.choices = values.map((v) => ({ value: String(v), isCorrect: false }));
    return this;
  }

  protected requireChoice(value: string): void {
    const known = this.h.item.choices.some((c) => c.value === value);
    if (!known && !(this.h.item.otherOption && this.h.item.type !== 'LIST')) {
      throw new Error(FORM_ERRORS.invalidChoice(value));
    }
  }
}

// ---------------------------------------------------------------- typed items

export class FakeTextItem extends ValidatedQuestionBase {
  constructor(h: ItemHandle) {
    super(h, 'TextItem');
  }
  duplicate(): FakeTextItem {
    this.charge('duplicate');
    return new FakeTextItem({ ...this.h, item: duplicateItem(this.h) });
  }
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    this.charge('createResponse', 'local');
    return makeItemResponse(this.h.ws, this.h.form, this.h.item, String(response));
  }
}
assertGoogleShape<FakeTextItem, GoogleAppsScript.Forms.TextItem>(true);

export class FakeParagraphTextItem extends ValidatedQuestionBase {
  constructor(h: ItemHandle) {
    super(h, 'ParagraphTextItem');
  }
  duplicate(): FakeParagraphTextItem {
    this.charge('duplicate');
    return new FakeParagraphTextItem({ ...this.h, item: duplicateItem(this.h) });
  }
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    this.charge('createResponse', 'local');
    return makeItemResponse(this.h.ws, this.h.form, this.h.item, String(response));
  }
}
assertGoogleShape<FakeParagraphTextItem, GoogleAppsScript.Forms.ParagraphTextItem>(true);

export class FakeMultipleChoiceItem extends ChoiceQuestionBase {
  constructor(h: ItemHandle) {
    super(h, 'MultipleChoiceItem');
  }
  duplicate(): FakeMultipleChoiceItem {
    this.charge('duplicate');
    return new FakeMultipleChoiceItem({ ...this.h, item: duplicateItem(this.h) });
  }
  hasOtherOption(): boolean {
    this.charge('hasOtherOption');
    return this.h.item.otherOption;
  }
  showOtherOption(enabled: boolean): FakeMultipleChoiceItem {
    this.charge('showOtherOption');
    this.h.item.otherOption = Boolean(enabled);
    return this;
  }
  /** Documented: throws if the value is not a choice and "Other" is off. */
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    this.charge('createResponse', 'local');
    this.requireChoice(String(response));
    return makeItemResponse(this.h.ws, this.h.form, this.h.item, String(response));
  }
}
assertGoogleShape<FakeMultipleChoiceItem, GoogleAppsScript.Forms.MultipleChoiceItem>(true);

export class FakeCheckboxItem extends ChoiceQuestionBase {
  constructor(h: ItemHandle) {
    super(h, 'CheckboxItem');
  }
  duplicate(): FakeCheckboxItem {
    this.charge('duplicate');
    return new FakeCheckboxItem({ ...this.h, item: duplicateItem(this.h) });
  }
  hasOtherOption(): boolean {
    this.charge('hasOtherOption');
    return this.h.item.otherOption;
  }
  showOtherOption(enabled: boolean): FakeCheckboxItem {
    this.charge('showOtherOption');
    this.h.item.otherOption = Boolean(enabled);
    return this;
  }
  setValidation(validation: object): FakeCheckboxItem {
    this.charge('setValidation');
    const model = validationModelOf(validation);
    this.h.item.validation = { ...model, args: [...model.args] };
    return this;
  }
  clearValidation(): FakeCheckboxItem {
    this.charge('clearValidation');
    this.h.item.validation = null;
    return this;
  }
  /** Documented: throws if any value is not a choice and "Other" is off. */
  createResponse(responses: string[]): GoogleAppsScript.Forms.ItemResponse {
    this.charge('createResponse', 'local');
    const values = (Array.isArray(responses) ? responses : [responses]).map(String);
    values.forEach((v) => this.requireChoice(v));
    return makeItemResponse(this.h.ws, this.h.form, this.h.item, values);
  }
}
assertGoogleShape<FakeCheckboxItem, GoogleAppsScript.Forms.CheckboxItem>(true);

export class FakeListItem extends ChoiceQuestionBase {
  constructor(h: ItemHandle) {
    super(h, 'ListItem');
  }
  duplicate(): FakeListItem {
    this.charge('duplicate');
    return new FakeListItem({ ...this.h, item: duplicateItem(this.h) });
  }
  /** Documented: throws if the value is not one of the choices. */
  createResponse(response: string): GoogleAppsScript.Forms.ItemResponse {
    this.charge('createResponse', 'local');
    this.requireChoice(String(response));
    return makeItemResponse(this.h.ws, this.h.form, this.h.item, String(response));
  }
}
assertGoogleShape<FakeListItem, GoogleAppsScript.Forms.ListItem>(true);

export class FakeDateItem extends QuestionBase {
  constructor(h: ItemHandle) {
    super(h, 'DateItem');
  }
  duplicate(): FakeDateItem {
    this.charge('duplicate');
    return new FakeDateItem({ ...this.h, item: duplicateItem(this.h) });
  }
  includesYear(): boolean {
    this.charge('includesYear');
    return this.h.item.includesYear;
  }
  setIncludesYear(enableYear: boolean): FakeDateItem {
    this.charge('setIncludesYear');
    this.h.item.includesYear = Boolean(enableYear);
    return this;
  }
  /** The response is the day the Date falls on in the script's time zone, as 'YYYY-MM-DD'. */
  createResponse(response: GoogleAppsScript.Base.Date): GoogleAppsScript.Forms.ItemResponse {
    this.charge('createResponse', 'local');
    const date = response as unknown as Date;
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      throw new Error(FORM_ERRORS.invalidArgument('response'));
    }
    const text = formatIn(date, this.h.ws.timeZone, 'yyyy-MM-dd');
    return makeItemResponse(this.h.ws, this.h.form, this.h.item, text);
  }
}
assertGoogleShape<FakeDateItem, GoogleAppsScript.Forms.DateItem>(true);

export class FakeSectionHeaderItem extends ItemBase {
  constructor(h: ItemHandle) {
    super(h, 'SectionHeaderItem');
  }
  duplicate(): FakeSectionHeaderItem {
    this.charge('duplicate');
    return new FakeSectionHeaderItem({ ...this.h, item: duplicateItem(this.h) });
  }
}
assertGoogleShape<FakeSectionHeaderItem, GoogleAppsScript.Forms.SectionHeaderItem>(true);

export class FakePageBreakItem extends ItemBase {
  constructor(h: ItemHandle) {
    super(h, 'PageBreakItem');
  }
  duplicate(): FakePageBreakItem {
    this.charge('duplicate');
    return new FakePageBreakItem({ ...this.h, item: duplicateItem(this.h) });
  }
}
assertGoogleShape<FakePageBreakItem, GoogleAppsScript.Forms.PageBreakItem>(true);

// ---------------------------------------------------------------- generic Item

const TYPED: Partial<Record<ItemTypeName, new (h: ItemHandle) => object>> = {
  TEXT: FakeTextItem,
  PARAGRAPH_TEXT: FakeParagraphTextItem,
  MULTIPLE_CHOICE: FakeMultipleChoiceItem,
  CHECKBOX: FakeCheckboxItem,
  LIST: FakeListItem,
  DATE: FakeDateItem,
  SECTION_HEADER: FakeSectionHeaderItem,
  PAGE_BREAK: FakePageBreakItem,
};

/** The typed facade for an item, as Form.addXxxItem() returns it. */
export function typedItem<T>(ws: Workspace, form: FormModel, item: ItemModel): T {
  const Typed = TYPED[item.type];
  if (!Typed) throw new Error(FORM_ERRORS.invalidConversion(item.type));
  return new Typed({ ws, form, item }) as T;
}

/** The generic Item, as Form.getItems() returns it. */
export class FakeItem extends ItemBase {
  constructor(h: ItemHandle) {
    super(h, 'Item');
  }

  duplicate(): FakeItem {
    this.charge('duplicate');
    return new FakeItem({ ...this.h, item: duplicateItem(this.h) });
  }

  /** Documented: each asXxxItem() throws when the item is of another type. */
  private as<T>(type: ItemTypeName, method: string): T {
    this.charge(method, 'local');
    if (this.h.item.type !== type) throw new Error(FORM_ERRORS.invalidConversion(this.h.item.type));
    return typedItem<T>(this.h.ws, this.h.form, this.h.item);
  }

  asCheckboxGridItem(): GoogleAppsScript.Forms.CheckboxGridItem {
    return this.as('CHECKBOX_GRID', 'asCheckboxGridItem');
  }
  asCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.as('CHECKBOX', 'asCheckboxItem');
  }
  asDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.as('DATE', 'asDateItem');
  }
  asDateTimeItem(): GoogleAppsScript.Forms.DateTimeItem {
    return this.as('DATETIME', 'asDateTimeItem');
  }
  asDurationItem(): GoogleAppsScript.Forms.DurationItem {
    return this.as('DURATION', 'asDurationItem');
  }
  asGridItem(): GoogleAppsScript.Forms.GridItem {
    return this.as('GRID', 'asGridItem');
  }
  asImageItem(): GoogleAppsScript.Forms.ImageItem {
    return this.as('IMAGE', 'asImageItem');
  }
  asListItem(): GoogleAppsScript.Forms.ListItem {
    return this.as('LIST', 'asListItem');
  }
  asMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.as('MULTIPLE_CHOICE', 'asMultipleChoiceItem');
  }
  asPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.as('PAGE_BREAK', 'asPageBreakItem');
  }
  asParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.as('PARAGRAPH_TEXT', 'asParagraphTextItem');
  }
  asScaleItem(): GoogleAppsScript.Forms.ScaleItem {
    return this.as('SCALE', 'asScaleItem');
  }
  asSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.as('SECTION_HEADER', 'asSectionHeaderItem');
  }
  asTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.as('TEXT', 'asTextItem');
  }
  asTimeItem(): GoogleAppsScript.Forms.TimeItem {
    return this.as('TIME', 'asTimeItem');
  }
  asVideoItem(): GoogleAppsScript.Forms.VideoItem {
    return this.as('VIDEO', 'asVideoItem');
  }
}
assertGoogleShape<FakeItem, GoogleAppsScript.Forms.Item>(true);

export function genericItem(
  ws: Workspace,
  form: FormModel,
  item: ItemModel,
): GoogleAppsScript.Forms.Item {
  return new FakeItem({ ws, form, item }) as unknown as GoogleAppsScript.Forms.Item;
}

/** The ItemType enum as FormApp exposes it: names whose toString() is the name. */
export const ITEM_TYPE = Object.freeze({
  CHECKBOX: 'CHECKBOX',
  CHECKBOX_GRID: 'CHECKBOX_GRID',
  DATE: 'DATE',
  DATETIME: 'DATETIME',
  DURATION: 'DURATION',
  GRID: 'GRID',
  IMAGE: 'IMAGE',
  LIST: 'LIST',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  PAGE_BREAK: 'PAGE_BREAK',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER',
  TEXT: 'TEXT',
  TIME: 'TIME',
  VIDEO: 'VIDEO',
  FILE_UPLOAD: 'FILE_UPLOAD',
}) as unknown as Forms['ItemType'];

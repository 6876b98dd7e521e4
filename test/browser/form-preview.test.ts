/**
 * The form preview (`npm run demo` → out/form.html, packages/gas-emulator/src/export/formHtml.ts) in real Chromium:
 * every item of the form the add-on built on the emulator is on the page, in order, with its help
 * text, its required mark and its choices. The expected items are read from the built form, never
 * listed here, so a question added to src/adapters/proposalForm.ts is checked too.
 */
import type { Browser, Page } from 'playwright-core';
import { formHtml } from 'gas-emulator/export/formHtml';
import type { FormModel, ItemModel } from 'gas-emulator/services/form/model';
import { FORM, MENU, Q } from '../../src/strings';
import { clickMenu, Desk, newDesk } from '../support/desk';
import { launchChromium, textOf, watchPageErrors } from './browser';

const TEST_TIMEOUT = 30_000;

let browser: Browser;
let desk: Desk;
let form: FormModel;
let pageErrors: string[] = [];
let dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  desk = newDesk();
  // Open challenges, so the 課題 list offers real choices (as the demo's desk does).
  const challenges = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('課題一覧')!;
  [
    ['K-001', '冬期の除雪状況の見える化', '道路維持課', '除雪の進捗を伝えたい', '募集中'],
    ['K-002', '観光客の周遊促進', '観光課', '周遊を増やしたい', '募集中'],
  ].forEach((row, r) =>
    row.forEach((value, c) => (challenges.cellForWrite(r + 2, c + 1).value = value)),
  );
  clickMenu(desk, MENU.refreshChallenges);
  form = desk.ws.forms.get(desk.formId)!;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

beforeEach(() => {
  pageErrors = [];
  dialogs = [];
});

async function open(model: FormModel): Promise<Page> {
  const page = await browser.newPage();
  pageErrors = watchPageErrors(page);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(formHtml(model), { waitUntil: 'load' });
  return page;
}

afterEach(() => {
  expect(pageErrors).toEqual([]);
  expect(dialogs).toEqual([]);
});

interface Shown {
  id: string;
  type: string;
  title: string;
  help: string;
  required: boolean;
  choices: string[];
  control: string;
}

/** Each item on the page, as a respondent reads it. */
async function shownItems(page: Page): Promise<Shown[]> {
  return page.$$eval('[data-item-id]', (nodes) =>
    nodes.map((node) => {
      const control = node.querySelector('textarea, select, input, ul.choices');
      const input = control?.tagName === 'INPUT' ? (control as HTMLInputElement).type : '';
      const inChoices = node.querySelector('ul.choices input')?.getAttribute('type') ?? '';
      return {
        id: node.getAttribute('data-item-id') ?? '',
        type: node.getAttribute('data-type') ?? '',
        title: node.querySelector('.title')?.textContent ?? '',
        help: node.querySelector('.help')?.textContent ?? '',
        required: node.querySelector('.required') !== null,
        choices: [
          ...Array.from(node.querySelectorAll('.choice-label'), (c) => c.textContent ?? ''),
          ...Array.from(node.querySelectorAll('select option'), (o) => o.textContent ?? ''),
        ],
        control: control
          ? `${control.tagName.toLowerCase()}${input ? `:${input}` : ''}${inChoices ? `:${inChoices}` : ''}`
          : '',
      };
    }),
  );
}

/** What Google Forms shows for an item of the built form. */
function expectedItem(item: ItemModel): Shown {
  const control: Record<string, string> = {
    TEXT: item.validation?.rule === 'textIsEmail' ? 'input:email' : 'input:text',
    PARAGRAPH_TEXT: 'textarea',
    DATE: 'input:date',
    LIST: 'select',
    MULTIPLE_CHOICE: 'ul:radio',
    CHECKBOX: 'ul:checkbox',
  };
  const choices = item.choices.map((c) => c.value);
  return {
    id: String(item.id),
    type: item.type,
    title: item.title,
    help: item.helpText,
    required: item.required,
    choices: item.type === 'LIST' ? ['選択', ...choices] : choices,
    control: control[item.type] ?? '',
  };
}

describe('the proposal form preview in Chromium', () => {
  test(
    'shows every item the add-on built, in order, with help text, required mark and choices',
    async () => {
      const page = await open(form);
      const questions = form.items.filter((i) => i.type !== 'SECTION_HEADER');
      expect(questions.length).toBeGreaterThan(10);
      expect(await shownItems(page)).toEqual(form.items.map(expectedItem));
      // Every question the register reads is among them, and the choices are the real ones.
      const titles = form.items.map((i) => i.title);
      for (const title of Object.values(Q)) expect(titles).toContain(title);
      const challenge = form.items.find((i) => i.title === Q.challenge)!;
      expect(challenge.choices.map((c) => c.value).join(' ')).toContain('観光客の周遊促進');
      // The required marks a respondent sees are those of the built form, no more, no fewer.
      expect(await page.$$eval('.question .required', (marks) => marks.length)).toBe(
        form.items.filter((i) => i.required).length,
      );
      await page.close();
    },
    TEST_TIMEOUT,
  );

  test(
    'shows the title, the description with the desk contact, the 留意事項 and the consent',
    async () => {
      const page = await open(form);
      expect(await page.title()).toBe(form.title);
      expect(await textOf(page, 'h1')).toBe(form.title);
      expect(await textOf(page, '.description')).toBe(form.description.trim());
      expect(await textOf(page, '.required-note')).toBe('* 必須の質問です');

      const notes = page.locator('[data-type="SECTION_HEADER"]', { hasText: FORM.notesHeader });
      expect(await notes.locator('.help').textContent()).toBe(FORM.notesHelp());
      // Line breaks of the 留意事項 are kept as a respondent sees them.
      expect(await notes.locator('.help').evaluate((e) => getComputedStyle(e).whiteSpace)).toBe(
        'pre-wrap',
      );

      const consent = form.items.find((i) => i.title === Q.consent)!;
      const shown = page.locator(`[data-item-id="${consent.id}"]`);
      expect(await shown.locator('.required').count()).toBe(1);
      expect(await shown.locator('.choice-label').allTextContents()).toEqual(
        consent.choices.map((c) => c.value),
      );
      // The consent question comes after the 留意事項 it agrees to.
      const order = form.items.map((i) => i.title);
      expect(order.indexOf(Q.consent)).toBeGreaterThan(order.indexOf(FORM.notesHeader));
      await page.close();
    },
    TEST_TIMEOUT,
  );

  test(
    'a respondent can answer: choices are clickable and the required fields are marked required',
    async () => {
      const page = await open(form);
      const kind = form.items.find((i) => i.type === 'MULTIPLE_CHOICE')!;
      await page.click(
        `[data-item-id="${kind.id}"] label:has-text("${kind.choices[1].value}") input`,
      );
      expect(
        await page.$eval(`[data-item-id="${kind.id}"] input:checked`, (e) =>
          e.getAttribute('value'),
        ),
      ).toBe(kind.choices[1].value);
      const requiredText = form.items.find((i) => i.type === 'TEXT' && i.required)!;
      expect(
        await page.$eval(
          `[data-item-id="${requiredText.id}"] input`,
          (e) => (e as HTMLInputElement).required,
        ),
      ).toBe(true);
      await page.close();
    },
    TEST_TIMEOUT,
  );

  test(
    'page breaks start a new page; text with markup is shown as text, never run',
    async () => {
      const hostile = '<script>document.body.dataset.pwned=1</script><img src=x onerror=alert(1)>';
      const model: FormModel = structuredClone(form);
      const first = model.items[0];
      first.title = `${hostile}会社名`;
      first.helpText = `"'>${hostile}`;
      const choice = model.items.find((i) => i.type === 'MULTIPLE_CHOICE')!;
      choice.choices[0].value = `"><b onclick=alert(1)>${hostile}`;
      model.description = hostile;
      model.title = `${hostile}フォーム`;
      model.items.splice(5, 0, {
        ...first,
        id: 42,
        type: 'PAGE_BREAK',
        title: '提案の内容',
        helpText: `次のページ${hostile}`,
        required: false,
        choices: [],
        validation: null,
      });
      const page = await open(model);
      expect(await page.$$eval('.page', (pages) => pages.length)).toBe(2);
      expect(await page.$$eval('.page:nth-of-type(1) [data-item-id]', (n) => n.length)).toBe(5);
      expect(await textOf(page, '.page[data-page="2"] .page-title h2')).toBe('提案の内容');
      expect(await textOf(page, '.page[data-page="2"] .page-title .help')).toBe(
        `次のページ${hostile}`,
      );

      expect(await textOf(page, 'h1')).toBe(`${hostile}フォーム`);
      expect(await textOf(page, `[data-item-id="${first.id}"] .title`)).toBe(`${hostile}会社名`);
      expect(await textOf(page, `[data-item-id="${choice.id}"] .choice-label`)).toBe(
        choice.choices[0].value,
      );
      expect(
        await page.$eval(`[data-item-id="${choice.id}"] input`, (e) => e.getAttribute('value')),
      ).toBe(choice.choices[0].value);
      expect(await page.$$eval('script, img, b', (nodes) => nodes.length)).toBe(0);
      const handlers = await page.$$eval('*', (all) =>
        all.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))),
      );
      expect(handlers).toEqual([]);
      expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
      await page.close();
    },
    TEST_TIMEOUT,
  );

  test(
    'a form that collects emails asks for one first, required',
    async () => {
      const page = await open({ ...structuredClone(form), collectEmail: true });
      const first = page.locator('form > section').first();
      expect(await first.locator('h3').textContent()).toBe('メールアドレス *');
      expect(await first.locator('input').getAttribute('type')).toBe('email');
      expect(await first.locator('input').evaluate((e) => (e as HTMLInputElement).required)).toBe(
        true,
      );
      // The built form itself does not collect emails: it asks for one as a question.
      expect(form.collectEmail).toBe(false);
      await page.close();
    },
    TEST_TIMEOUT,
  );

  test(
    'a form that no longer accepts responses shows Google’s closed message instead',
    async () => {
      const model: FormModel = { ...structuredClone(form), acceptingResponses: false };
      const page = await open(model);
      expect(await page.$('form')).toBeNull();
      expect(await textOf(page, '.closed')).toContain('回答を受け付けていません');
      await page.close();
    },
    TEST_TIMEOUT,
  );
});

/**
 * 初期設定ウィザード in real Chromium, as a city's staff member uses it: the dialog comes from the
 * emulator's HtmlService through the real menu handler on a spreadsheet that was never set up, and
 * every button goes through google.script.run (bridged by scripts/preview.ts) to the real
 * handlers — the answers checked in the page, saved, the desk built step by step, the end page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PreviewServer, startPreviewServer } from '../../scripts/preview';
import { WIZARD_TEXT } from '../../src/strings/wizard';
import { STAFF } from '../support/desk';
import { launchChromium, textOf, waitForAnyText, waitForText, watchPageErrors } from './browser';

const TEST_TIMEOUT = 60_000;

let browser: Browser;
let context: BrowserContext;
let server: PreviewServer;
let pageErrors: string[][] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  server = await startPreviewServer({ port: 0, build: false, blank: true });
  pageErrors = [];
});

afterEach(async () => {
  await Promise.all(context.pages().map((page) => page.close()));
  await server?.close();
  expect(pageErrors.flat()).toEqual([]);
});

async function openWizard(): Promise<Page> {
  const page = await context.newPage();
  pageErrors.push(watchPageErrors(page));
  const response = await page.goto(`${server.url}/dialog/wizard`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('#wizard-form');
  return page;
}

/** The answers of みなと市, typed as a person types them. */
async function fillCity(page: Page): Promise<void> {
  const typed: Record<string, string> = {
    cityName: 'みなと市',
    cityAddress: 'みなと市港町1-1',
    mayorTitle: 'みなと市長',
    mayorName: '港 一郎',
    deskName: 'みなと市公民連携窓口',
    department: 'みなと市 政策部 協働推進課',
    address: 'みなと市港町1-1',
    phone: '012-345-6789',
    replyNumberFormat: 'み連第{連番}号',
  };
  for (const [key, value] of Object.entries(typed)) await page.fill(`#wizard-${key}`, value);
}

async function stepStates(page: Page): Promise<Array<[string, string]>> {
  return page.$$eval('#wizard-steps li', (items) =>
    items.map((li) => [
      (li as HTMLElement).dataset.step ?? '',
      (li as HTMLElement).dataset.state ?? '',
    ]),
  );
}

/** Records in window.seen every state a step is shown in ("form:running"), as the person sees it. */
async function recordStepStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const order: string[] = [];
    Object.assign(window, { seen, order });
    new MutationObserver(() => {
      document.querySelectorAll<HTMLElement>('#wizard-steps li').forEach((li) => {
        if (!order.includes(li.dataset.step ?? '')) order.push(li.dataset.step ?? '');
        const entry = `${li.dataset.step}:${li.dataset.state}`;
        if (li.dataset.state !== 'waiting' && !seen.includes(entry)) seen.push(entry);
      });
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

function settingValue(label: string): string {
  const sheet = server.desk.ws.spreadsheets.get(server.desk.spreadsheetId)!.sheetByName('設定');
  const row = sheet?.grid.find((r) => String(r?.[0]?.value ?? '') === label);
  return String(row?.[1]?.value ?? '');
}

describe('初期設定ウィザード in Chromium', () => {
  test(
    'the form shows every field in its section; the person is listed as desk staff',
    async () => {
      const page = await openWizard();
      const legends = await page.$$eval('#wizard-form legend', (nodes) =>
        nodes.map((n) => n.textContent ?? ''),
      );
      expect(legends).toEqual(Object.values(WIZARD_TEXT.sections));
      for (const key of ['cityName', 'cityAddress', 'mayorTitle', 'mayorName', 'phone'] as const) {
        const label = await page.$eval(`label[for="wizard-${key}"]`, (n) => n.textContent ?? '');
        expect(label).toBe(WIZARD_TEXT.labels[key]);
      }
      expect(await page.inputValue('#wizard-staffEmails')).toContain(STAFF);
      expect(await page.inputValue('#wizard-timeZone')).toBe('Asia/Tokyo');
      // A department row can be added and removed.
      await page.click(`button:has-text("${WIZARD_TEXT.department.add}")`);
      expect(await page.$$('#wizard-departments .department-row')).toHaveLength(1);
      await page.click(`button[aria-label="${WIZARD_TEXT.department.removeLabel(1)}"]`);
      expect(await page.$$('#wizard-departments .department-row')).toHaveLength(0);
    },
    TEST_TIMEOUT,
  );

  test(
    'wrong answers: each message under its field, the first one focused; the server checks the person',
    async () => {
      const page = await openWizard();
      await fillCity(page);
      await page.fill('#wizard-cityName', '');
      await page.fill('#wizard-phone', '12');
      await page.fill('#wizard-replyNumberFormat', '連第号');
      await page.fill('#wizard-staffEmails', 'someone@example.jp');
      await page.click(`button:has-text("${WIZARD_TEXT.department.add}")`);
      await page.fill('#wizard-departments-0-email', 'kowan@city.minato.example.lg.jp');
      const calls = server.desk.ws.ledger.executions.length;
      await page.click('#wizard-submit');
      expect(await waitForAnyText(page, '#error')).toBe(WIZARD_TEXT.fixFirst(4));
      expect(await textOf(page, '#error-cityName')).toBe(
        WIZARD_TEXT.problems.required(WIZARD_TEXT.labels.cityName),
      );
      expect(await textOf(page, '#error-phone')).toBe(WIZARD_TEXT.problems.phone);
      expect(await textOf(page, '#error-replyNumberFormat')).toBe(
        WIZARD_TEXT.problems.replyNumberFormat,
      );
      expect(await textOf(page, '#error-departments\\.0\\.name')).toBe(
        WIZARD_TEXT.problems.departmentName(1),
      );
      expect(await textOf(page, '#error-address')).toBe('');
      expect(await page.getAttribute('#wizard-phone', 'aria-invalid')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('wizard-cityName');
      // Checked in the page: no call reached the server, no sheet was made.
      expect(server.desk.ws.ledger.executions.length).toBe(calls);
      expect(settingValue('自治体名')).toBe('');

      // Corrected, the server still refuses: the person is not among the desk staff (only the
      // server knows who is asking), shown under the staff field; nothing is saved.
      await page.fill('#wizard-cityName', 'みなと市');
      await page.fill('#wizard-phone', '012-345-6789');
      await page.fill('#wizard-replyNumberFormat', 'み連第{連番}号');
      await page.fill('#wizard-departments-0-name', '港湾課');
      await page.click('#wizard-submit');
      await waitForText(page, '#error-staffEmails', WIZARD_TEXT.problems.selfMissing(STAFF));
      expect(await textOf(page, '#error-phone')).toBe('');
      expect(await textOf(page, '#error')).toBe(WIZARD_TEXT.fixFirst(1));
      expect(settingValue('自治体名')).toBe('');

      // With the person listed, the save goes through and the build runs to its end.
      await page.fill('#wizard-staffEmails', `${STAFF}\nsomeone@example.jp`);
      await page.click('#wizard-submit');
      await page.waitForSelector('#wizard-links', { timeout: 50_000 });
      expect(settingValue('自治体名')).toBe('みなと市');
    },
    TEST_TIMEOUT,
  );

  test(
    'saved, the desk is built step by step, then the end page lists what exists with links',
    async () => {
      const page = await openWizard();
      await fillCity(page);
      await page.click(`button:has-text("${WIZARD_TEXT.department.add}")`);
      await page.fill('#wizard-departments-0-name', '港湾課');
      await page.fill('#wizard-departments-0-email', 'kowan@city.minato.example.lg.jp');
      await page.fill('#wizard-departments-0-person', '海野');
      await recordStepStates(page);
      await page.click('#wizard-submit');
      await page.waitForSelector('#wizard-links', { timeout: 50_000 });
      // The progress list: the saved settings first, then each step of the build, in order; each
      // was shown running, then done, one after the other.
      const { seen, order: steps } = await page.evaluate(() => {
        const w = window as unknown as { seen: string[]; order: string[] };
        return { seen: w.seen, order: w.order };
      });
      expect(steps).toEqual([
        'settings',
        ...Object.keys(WIZARD_TEXT.steps).filter((s) => !['settings', 'finish'].includes(s)),
      ]);
      expect(seen[0]).toBe('settings:done');
      for (const step of steps.slice(1)) {
        const order = seen.filter((s) => s.startsWith(`${step}:`));
        expect(order[0]).toBe(`${step}:running`);
        expect(order.at(-1)).toBe(`${step}:done`);
      }
      const doneAt = steps.slice(1).map((step) => seen.indexOf(`${step}:done`));
      expect([...doneAt].sort((a, b) => a - b)).toEqual(doneAt);
      expect(await textOf(page, 'h1')).toBe(WIZARD_TEXT.doneTitle);
      const body = await textOf(page, '#content');
      expect(body).toContain(WIZARD_TEXT.departmentsMerged(1, 0));
      const links = await page.$$eval('#wizard-links li', (items) =>
        items.map((li) => ({
          text: li.textContent ?? '',
          href: li.querySelector('a')?.getAttribute('href') ?? '',
          target: li.querySelector('a')?.getAttribute('target') ?? '',
        })),
      );
      const href = (text: string) => links.find((l) => l.text === text)?.href ?? '';
      const formId = server.desk.ws.spreadsheets.get(server.desk.spreadsheetId)!.formId!;
      expect(href(WIZARD_TEXT.links.formView)).toMatch(/\/viewform$/);
      expect(href(WIZARD_TEXT.links.formEdit)).toContain(formId);
      expect(href(WIZARD_TEXT.links.folder)).toMatch(
        /^https:\/\/drive\.google\.com\/drive\/folders\//,
      );
      expect(href(WIZARD_TEXT.links.sheet('案件台帳'))).toMatch(/^https:\/\/docs\.google\.com\//);
      expect(links.filter((l) => l.text.startsWith('テンプレート: '))).toHaveLength(5);
      expect(links.every((l) => l.href === '' || l.target === '_blank')).toBe(true);
      // What the page showed is what the desk has: the three triggers, the department, the settings.
      expect(server.desk.ws.triggers.triggers.map((t) => t.eventType).sort()).toEqual([
        'CLOCK',
        'ON_CHANGE',
        'ON_FORM_SUBMIT',
      ]);
      expect(settingValue('市長名')).toBe('港 一郎');
      await page.click(`button:has-text("${WIZARD_TEXT.close}")`);
      expect(await page.getAttribute('html', 'data-host-closed')).toBe('true');
    },
    TEST_TIMEOUT,
  );

  test(
    'a step that fails stops there; もう一度実行 continues from it and finishes',
    async () => {
      const page = await openWizard();
      await fillCity(page);
      server.desk.ws.ledger.injectFailure('FormApp.create', 'Service error: Forms');
      await page.click('#wizard-submit');
      await page.waitForSelector('#wizard-retry', { timeout: 50_000 });
      const states = Object.fromEntries(await stepStates(page));
      expect(states).toMatchObject({ core: 'done', sheets: 'done', form: 'failed' });
      expect(states.triggers).toBe('waiting');
      expect(await textOf(page, '#error')).toContain('Service error: Forms');
      expect(await textOf(page, '#error')).toContain(WIZARD_TEXT.retry);

      await page.click('#wizard-retry');
      await page.waitForSelector('#wizard-links', { timeout: 50_000 });
      expect(await textOf(page, '#error')).toBe('');
      // One form, made by the retry: the failed call made none.
      expect(server.desk.ws.forms.all()).toHaveLength(2); // the proposal form and 庁内回答フォーム
      await waitForText(page, 'h1', WIZARD_TEXT.doneTitle);
    },
    TEST_TIMEOUT,
  );
});

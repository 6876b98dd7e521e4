/**
 * 案件を検索 in real Chromium, as a person uses it: the dialog comes from the emulator's
 * HtmlService through the real menu handler, and every button goes through google.script.run
 * (bridged by scripts/preview.ts) to the real server handlers.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HOSTILE, PreviewServer, startPreviewServer } from '../../scripts/preview';
import { registerRecords } from '../support/desk';
import { launchChromium, textOf, waitForAnyText, waitForText, watchPageErrors } from './browser';

const TEST_TIMEOUT = 20_000;

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
  server = await startPreviewServer({ port: 0, build: false });
  pageErrors = [];
});

afterEach(async () => {
  await Promise.all(context.pages().map((page) => page.close()));
  await server?.close();
  expect(pageErrors.flat()).toEqual([]);
});

async function openSearch(): Promise<Page> {
  const page = await context.newPage();
  pageErrors.push(watchPageErrors(page));
  const response = await page.goto(`${server.url}/dialog/search`);
  expect(response?.status()).toBe(200);
  await page.waitForSelector('#search-form');
  return page;
}

async function resultRows(page: Page): Promise<string[][]> {
  return page.$$eval('#search-results tbody tr', (rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('td')).map((td) => td.textContent ?? '')),
  );
}

describe('案件を検索 in Chromium', () => {
  test(
    'an organisation typed another way finds its case; the row lists number, title, status',
    async () => {
      const page = await openSearch();
      await page.fill('#search-organisation', '北の大学（国立大学法人）');
      await page.click('#search-submit');
      await waitForAnyText(page, '#search-results');
      const record = registerRecords(server.desk).find(
        (r) => r['事業者名'] === '国立大学法人 北の大学',
      )!;
      const rows = await resultRows(page);
      expect(rows).toHaveLength(1);
      expect(rows[0].slice(0, 4)).toEqual([
        String(record['案件番号']),
        'AIカメラによる観光客の周遊分析の実証実験',
        '国立大学法人 北の大学',
        String(record['ステータス']),
      ]);
      expect(await textOf(page, '#search-results .count')).toContain('1件');
    },
    TEST_TIMEOUT,
  );

  test(
    'Enter in a box searches; words match the title with full-width letters',
    async () => {
      const page = await openSearch();
      await page.fill('#search-words', 'ＡＩカメラ');
      await page.press('#search-words', 'Enter');
      await waitForAnyText(page, '#search-results');
      expect((await resultRows(page)).map((r) => r[1])).toEqual([
        'AIカメラによる観光客の周遊分析の実証実験',
      ]);
    },
    TEST_TIMEOUT,
  );

  test(
    'hostile text from the register is shown literally, never run',
    async () => {
      const page = await openSearch();
      await page.fill('#search-words', '見える化の提案');
      await page.click('#search-submit');
      await waitForAnyText(page, '#search-results');
      const rows = await resultRows(page);
      expect(rows).toHaveLength(1);
      expect(rows[0][1]).toBe(HOSTILE.title);
      expect(rows[0][2]).toBe(HOSTILE.organisation);
      expect(await page.$('#search-results img')).toBeNull();
      expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    },
    TEST_TIMEOUT,
  );

  test(
    'the open button shows that case in the sidebar',
    async () => {
      const page = await openSearch();
      await page.fill('#search-organisation', '青森りんご飲料');
      await page.click('#search-submit');
      await waitForAnyText(page, '#search-results');
      const [row] = await resultRows(page);
      const sidebars = server.desk.ws.ui.sidebars.length;
      await page.click('#search-results button.open-case');
      await waitForText(page, '#notice', row[0]);
      expect(server.desk.ws.ui.sidebars).toHaveLength(sidebars + 1);
      expect(server.desk.ws.ui.sidebars.at(-1)!.title).toBe(`案件 ${row[0]}`);
    },
    TEST_TIMEOUT,
  );

  test(
    'no criterion: the page asks for one; nothing found: it says so',
    async () => {
      const page = await openSearch();
      await page.click('#search-submit');
      expect(await waitForAnyText(page, '#error')).toContain('条件を一つ以上');
      await page.fill('#search-caseNumber', 'X9-9999');
      await page.click('#search-submit');
      await waitForText(page, '#search-results', '条件に合う案件はありません');
      expect(await textOf(page, '#error')).toBe('');
    },
    TEST_TIMEOUT,
  );
});

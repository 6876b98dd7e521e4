/**
 * The public web page in real Chromium, as a visitor uses it: the HTML doGet serves (rendered on
 * the emulator from a cached public list), filtered by fiscal year, method and 課題 and searched;
 * hostile values shown as text, and no private marker anywhere in the page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newDesk, Desk } from '../support/desk';
import {
  CachedCase,
  cachedList,
  HOSTILE_TEXT,
  PRIVATE_MARKERS,
  renderPublicPage,
  sampleCase,
  withPrivateFields,
  writePublicListCache,
} from '../support/publicPage';
import { launchChromium, textOf, watchPageErrors } from './browser';

const TEST_TIMEOUT = 30_000;

let browser: Browser;
let context: BrowserContext;
let desk: Desk;
let pageErrors: string[][] = [];
let dialogs: string[] = [];

/** Nine ordinary cases (2024–2026, three methods, three 課題 and none) and one hostile one. */
const HOSTILE_CASE = sampleCase(9, {
  caseNumber: 'R8-0999',
  title: HOSTILE_TEXT.script,
  organisation: HOSTILE_TEXT.attribute.trim(),
  summary: HOSTILE_TEXT.formula,
  department: HOSTILE_TEXT.tag,
  challenge: '観光振興',
});
const CASES: CachedCase[] = [
  ...Array.from({ length: 9 }, (_, i) => withPrivateFields(sampleCase(i))),
  withPrivateFields(HOSTILE_CASE),
];

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  desk = newDesk();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

beforeEach(() => {
  pageErrors = [];
  dialogs = [];
});

afterEach(async () => {
  await Promise.all(context.pages().map((page) => page.close()));
  expect(pageErrors.flat()).toEqual([]);
  expect(dialogs).toEqual([]); // no injected alert() ever ran
});

/** The page doGet serves for `query`, opened in Chromium. */
async function openPublicPage(query = '', into: BrowserContext = context): Promise<Page> {
  const html = renderPublicPage(desk, query);
  const page = await into.newPage();
  pageErrors.push(watchPageErrors(page));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForSelector('main[aria-busy="false"]');
  return page;
}

/** Case numbers of the rows shown, in order. */
async function shownCases(page: Page): Promise<string[]> {
  return page.$$eval('#case-list > li.case', (items) =>
    items.map((item) => item.getAttribute('data-case-number') ?? ''),
  );
}

function expected(filter: (c: CachedCase) => boolean): string[] {
  return CASES.filter(filter).map((c) => c.caseNumber);
}

describe('the public page in Chromium', () => {
  beforeEach(() => writePublicListCache(desk.ws, cachedList(CASES)));

  test(
    'lists every case, and filters by fiscal year, method and 課題',
    async () => {
      const page = await openPublicPage();
      expect(await page.title()).toBe('青森市 公民連携デスク　公民連携の実施事例');
      expect(await textOf(page, 'h1')).toBe('青森市 公民連携デスク　公民連携の実施事例');
      expect(await shownCases(page)).toEqual(expected(() => true));
      expect(await textOf(page, '#result-count')).toBe('10件の事例');

      await page.selectOption('#filter-year', '2025');
      expect(await shownCases(page)).toEqual(expected((c) => c.fiscalYear === 2025));
      expect(await textOf(page, '#result-count')).toBe(
        `10件中 ${expected((c) => c.fiscalYear === 2025).length}件の事例`,
      );

      await page.selectOption('#filter-method', '実証実験');
      const yearAndMethod = expected((c) => c.fiscalYear === 2025 && c.method === '実証実験');
      expect(yearAndMethod.length).toBeGreaterThan(0);
      expect(await shownCases(page)).toEqual(yearAndMethod);

      await page.click('#filter-reset');
      await page.waitForFunction(() => document.querySelectorAll('#case-list > li').length === 10);
      expect(await page.inputValue('#filter-year')).toBe('');

      await page.selectOption('#filter-challenge', '子育て支援');
      expect(await shownCases(page)).toEqual(expected((c) => c.challenge === '子育て支援'));
      // The year choices are labelled in Japanese, newest first.
      const years = await page.$$eval('#filter-year option', (options) =>
        options.map((o) => o.textContent),
      );
      expect(years).toEqual([
        'すべて',
        '2026年度（令和8年度）',
        '2025年度（令和7年度）',
        '2024年度（令和6年度）',
      ]);
    },
    TEST_TIMEOUT,
  );

  test(
    'searches titles, organisations and summaries; full- and half-width alike; all words must match',
    async () => {
      const page = await openPublicPage();
      await page.fill('#filter-q', 'サンプル３'); // full-width digit
      expect(await shownCases(page)).toEqual([CASES[2].caseNumber]);

      await page.fill('#filter-q', 'ｻﾝﾌﾟﾙ 子育て'); // half-width kana, two words
      expect(await shownCases(page)).toEqual(
        expected((c) => {
          const all = [c.title, c.organisation, c.summary, c.department, c.challenge].join(' ');
          return all.includes('サンプル') && all.includes('子育て');
        }),
      );

      await page.fill('#filter-q', '該当しない言葉');
      expect(await shownCases(page)).toEqual([]);
      expect(await page.isVisible('#no-match')).toBe(true);
      expect(await textOf(page, '#no-match')).toContain('条件に合う事例はありません');
    },
    TEST_TIMEOUT,
  );

  test(
    'shows hostile values as text, and no private marker is anywhere in the page',
    async () => {
      const page = await openPublicPage();
      const card = page.locator('li.case[data-case-number="R8-0999"]');
      expect(await card.locator('h2').textContent()).toBe(HOSTILE_TEXT.script);
      expect(await card.locator('.organisation').textContent()).toBe(HOSTILE_TEXT.attribute.trim());
      expect(await card.locator('.summary').textContent()).toBe(HOSTILE_TEXT.formula);
      expect(await card.locator('dd').allTextContents()).toContain(HOSTILE_TEXT.tag);
      // Only the page's own script ran; nothing the data held became an element or a handler.
      expect(await page.$$eval('script', (s) => s.length)).toBe(1);
      expect(await page.$$eval('img, svg, iframe', (s) => s.length)).toBe(0);
      const handlers = await page.$$eval('*', (all) =>
        all.flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on'))),
      );
      expect(handlers).toEqual([]);

      // The filter 課題 works with the hostile case among the others.
      await page.selectOption('#filter-challenge', '観光振興');
      expect(await shownCases(page)).toContain('R8-0999');

      const html = await page.content();
      const text = await page.evaluate(() => document.body.innerText);
      for (const marker of Object.values(PRIVATE_MARKERS)) {
        expect(html).not.toContain(marker);
        expect(text).not.toContain(marker);
      }
    },
    TEST_TIMEOUT,
  );

  test(
    'opens with the filters of the link (?year=&method=&q=)',
    async () => {
      const page = await openPublicPage(
        'year=2024&method=%E5%8C%85%E6%8B%AC%E9%80%A3%E6%90%BA%E5%8D%94%E5%AE%9A',
      );
      expect(await page.inputValue('#filter-year')).toBe('2024');
      expect(await page.inputValue('#filter-method')).toBe('包括連携協定');
      expect(await shownCases(page)).toEqual(
        expected((c) => c.fiscalYear === 2024 && c.method === '包括連携協定'),
      );
    },
    TEST_TIMEOUT,
  );

  test(
    'fits a phone: no sideways scrolling at 375 px, controls a finger can hit',
    async () => {
      const phone = await browser.newContext({
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      try {
        const page = await openPublicPage('', phone);
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(widths.client).toBe(375);
        expect(widths.scroll).toBeLessThanOrEqual(widths.client);
        const height = await page.$eval('#filter-year', (e) => e.getBoundingClientRect().height);
        expect(height).toBeGreaterThanOrEqual(44);
      } finally {
        await phone.close();
      }
    },
    TEST_TIMEOUT,
  );
});

describe('without a list', () => {
  test(
    'nothing published yet: a polite sentence',
    async () => {
      for (const key of [...desk.ws.properties.script.keys()]) {
        if (key.startsWith('publication.cache.')) desk.ws.properties.script.delete(key);
      }
      const page = await openPublicPage();
      expect(await textOf(page, '#page-message')).toBe('現在、公開している事例はありません。');
      expect(await page.$('#case-list')).toBeNull();
    },
    TEST_TIMEOUT,
  );

  test(
    'a broken cache: a polite sentence, no stack',
    async () => {
      writePublicListCache(desk.ws, '{"schema":"kouminrenkei-public-list/1","cases":[{');
      const page = await openPublicPage();
      expect(await textOf(page, '#page-message')).toBe(
        '公開一覧を表示できません。しばらくしてから、もう一度お試しください。',
      );
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/Error|at /);
    },
    TEST_TIMEOUT,
  );
});

describe('10,000 cases', () => {
  test(
    'draws the first 50 at once, more on request, and filters quickly',
    async () => {
      const many = Array.from({ length: 10_000 }, (_, i) => sampleCase(i));
      writePublicListCache(desk.ws, cachedList(many));
      const page = await openPublicPage();
      expect(await textOf(page, '#result-count')).toBe('10000件の事例');
      expect(await shownCases(page)).toHaveLength(50);
      expect(await textOf(page, '#show-more')).toBe('さらに表示（残り9950件）');
      await page.click('#show-more');
      expect(await shownCases(page)).toHaveLength(100);
      await page.fill('#filter-q', 'サンプル1234');
      expect(await shownCases(page)).toEqual([sampleCase(1233).caseNumber]);
      expect(await page.isHidden('#show-more')).toBe(true);
    },
    TEST_TIMEOUT,
  );
});

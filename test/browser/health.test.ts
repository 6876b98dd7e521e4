/**
 * ヘルスチェック in real Chromium: the dialog comes from the emulator's HtmlService through the
 * real menu handler, and the page asks the real healthCheck (bridged by scripts/preview.ts). Each
 * check is a row with its state (正常 / 注意 / 問題), what was found and, for a problem, its one
 * line of what to do; 再確認 asks again. Text from a failing service is shown literally.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PreviewServer, startPreviewServer } from '../../scripts/preview';
import { HEALTH, HEALTH_ACTION } from '../../src/strings/health';
import { STAFF } from '../support/desk';
import { launchChromium, textOf, waitForText, watchPageErrors } from './browser';

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

interface Row {
  check: string;
  className: string;
  label: string;
  status: string;
  detail: string;
  action: string;
}

/** Opens the dialog as the menu item does; `report` waits for the first report. */
async function openHealth(report = true): Promise<Page> {
  const page = await context.newPage();
  pageErrors.push(watchPageErrors(page));
  const response = await page.goto(`${server.url}/dialog/health`);
  expect(response?.status()).toBe(200);
  if (report) await page.waitForSelector('#health-results table');
  return page;
}

async function rows(page: Page): Promise<Row[]> {
  return page.$$eval('#health-results tr[data-check]', (trs) =>
    trs.map((tr) => {
      const cells = Array.from(tr.children).map((c) => (c.textContent ?? '').trim());
      return {
        check: (tr as HTMLElement).dataset.check ?? '',
        className: tr.className,
        label: cells[0],
        status: cells[1],
        detail: cells[2],
        action: cells[3],
      };
    }),
  );
}

function row(all: Row[], check: string): Row {
  const found = all.find((r) => r.check === check);
  if (!found) throw new Error(`no row ${check}: ${all.map((r) => r.check).join(', ')}`);
  return found;
}

/** Presses 再確認 and waits for the new report (the checked-at line is redrawn). */
async function recheck(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('#health-results')!.replaceChildren());
  await page.click('#health-recheck');
  await page.waitForSelector('#health-results table');
}

describe('ヘルスチェック in Chromium', () => {
  test(
    'a healthy desk: every row 正常, grouped, with no action; the page changes nothing',
    async () => {
      const executionsBefore = server.desk.ws.ledger.executions.length;
      const page = await openHealth();
      expect(await textOf(page, 'h1')).toBe(HEALTH.pageTitle);
      expect(await textOf(page, '.health-summary')).toBe(HEALTH.summary(0, 0));
      const all = await rows(page);
      expect(all.length).toBeGreaterThanOrEqual(10);
      for (const r of all) {
        expect(r).toMatchObject({ className: 'health-ok', status: HEALTH.status.ok });
        expect(r.action).toBe(HEALTH.none);
      }
      expect(row(all, 'trigger.formSubmit').detail).toContain(STAFF);
      const groups = await page.$$eval('#health-results tr.health-group', (trs) =>
        trs.map((tr) => (tr.textContent ?? '').trim()),
      );
      expect(groups).toEqual(expect.arrayContaining([HEALTH.groups.triggers, HEALTH.groups.mail]));
      expect(new Set(groups).size).toBe(groups.length);
      // One execution (healthCheck) and no write in it.
      const executions = server.desk.ws.ledger.executions.slice(executionsBefore);
      const healthRuns = executions.filter((e) => e.functionName === 'healthCheck');
      expect(healthRuns).toHaveLength(1);
      const methods = healthRuns[0].calls.map((c) => c.method);
      expect(methods.filter((m) => /\.(set|append|delete|create|insert)/i.test(m))).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  test(
    'problems after 再確認: 問題 and 注意 rows, each with its one line of what to do',
    async () => {
      const page = await openHealth();
      expect(await textOf(page, '.health-summary')).toBe(HEALTH.summary(0, 0));
      const desk = server.desk;
      desk.ws.forms.get(desk.formId)!.acceptingResponses = false;
      desk.ws.spreadsheets.get(desk.spreadsheetId)!.timeZone = 'America/New_York';
      desk.ws.mail.setRemaining(5, STAFF);
      await recheck(page);

      expect(await textOf(page, '.health-summary')).toBe(HEALTH.summary(2, 1));
      const all = await rows(page);
      expect(row(all, 'form.proposal')).toMatchObject({
        className: 'health-error',
        status: HEALTH.status.error,
        action: HEALTH_ACTION.formClosed,
      });
      expect(row(all, 'spreadsheet.timeZone')).toMatchObject({
        className: 'health-error',
        status: HEALTH.status.error,
        action: HEALTH_ACTION.timeZone('Asia/Tokyo'),
      });
      expect(row(all, 'spreadsheet.timeZone').detail).toContain('America/New_York');
      expect(row(all, 'mail.quota')).toMatchObject({
        className: 'health-warn',
        status: HEALTH.status.warn,
        action: HEALTH_ACTION.mailQuotaLow,
      });
      // Every action fits one line of text (no line breaks).
      for (const r of all) expect(r.action).not.toMatch(/\n/);
      // The other rows are still checked and still fine.
      expect(all.filter((r) => r.className === 'health-ok').length).toBe(all.length - 3);
    },
    TEST_TIMEOUT,
  );

  test(
    'a failing service is 注意 "could not check", its message shown literally, never run',
    async () => {
      server.desk.ws.ledger.injectFailure(
        'DocumentApp.openById',
        'Service error: <img src=x onerror="document.body.dataset.pwned=1">Documents',
      );
      const page = await openHealth();
      const all = await rows(page);
      const failed = all.filter((r) => r.action === HEALTH_ACTION.probeFailed);
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ className: 'health-warn', status: HEALTH.status.warn });
      expect(failed[0].detail).toContain('<img src=x');
      expect(await page.$('#health-results img')).toBeNull();
      expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
      expect(await textOf(page, '.health-summary')).toBe(HEALTH.summary(0, 1));
    },
    TEST_TIMEOUT,
  );

  test(
    'a failed call shows its message; 再確認 then shows the report',
    async () => {
      // The first getProperties of healthCheck fails: the whole call fails, the page says so.
      server.desk.ws.ledger.injectFailure('Properties.getProperties', 'Service error: Properties');
      const opened = await openHealth(false);
      await waitForText(opened, '#error', 'Service error: Properties');
      expect(await opened.$('#health-results table')).toBeNull();
      await opened.click('#health-recheck');
      await opened.waitForSelector('#health-results table');
      expect(await textOf(opened, '#error')).toBe('');
    },
    TEST_TIMEOUT,
  );
});

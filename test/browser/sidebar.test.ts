/**
 * The sidebar and the pre-consultation dialog in real Chromium, as a person uses them: the pages
 * come from the emulator's HtmlService through the real menu handlers, and every button goes
 * through google.script.run (bridged by scripts/preview.ts) to the real server handlers.
 * One browser for the file, a fresh desk (preview server) and fresh pages per test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HOSTILE, PreviewServer, startPreviewServer } from '../../scripts/preview';
import { toTokyoDate } from '../../src/domain/calendar';
import { gatesCrossed, isStatus, type Track } from '../../src/domain/workflow';
import type {
  CaseEditResult,
  CaseSummary,
  CaseView,
  MoveResult,
  ServerResult,
} from '../../src/app/sidebarContract';
import { Q } from '../../src/strings';
import { proposal, registerRecords } from '../support/desk';
import {
  launchChromium,
  scriptRunFromPage,
  textOf,
  waitForAnyText,
  waitForText,
  watchPageErrors,
} from './browser';

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
  // A page that threw (a broken bundle, a missing element) fails the test that opened it.
  expect(pageErrors.flat()).toEqual([]);
});

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  pageErrors.push(watchPageErrors(page));
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}

/** The sidebar of register row `row`, loaded (its case drawn). */
async function openSidebar(row: number, section = ''): Promise<Page> {
  const page = await openPage(`/sidebar?row=${row}${section ? `&section=${section}` : ''}`);
  await page.waitForSelector('#current-status');
  return page;
}

function caseAt(row: number): Record<string, unknown> {
  return registerRecords(server.desk)[row - 2];
}

/** Rows of the append-only 履歴 sheet (header excluded). */
function historyRowCount(): number {
  const sheet = server.desk.ws.spreadsheets.get(server.desk.spreadsheetId)!.sheetByName('履歴')!;
  return Math.max(0, sheet.lastRow() - 1);
}

async function historyItems(page: Page): Promise<number> {
  return page.$$eval('#history-list li', (items) => items.length);
}

/** Clicks the first move button of a kind and waits for the new status to be drawn. */
async function move(page: Page, kind: string): Promise<string> {
  const target = page.locator(`button.move-${kind}`).first();
  const to = (await target.getAttribute('data-to')) ?? '';
  await target.click();
  await waitForText(page, '#current-status', to);
  return to;
}

/** Moves a case forward on the server (as other sidebars would) until it reaches `status`. */
function advanceOnServer(row: number, status: string): void {
  const run = <T>(name: string, arg: object) =>
    server.desk.host.scriptRun<ServerResult<T>>(server.desk.spreadsheetId, name, [arg]);
  const ref = { row, caseNumber: String(caseAt(row)['案件番号']) };
  let view: ServerResult<CaseSummary> = run<CaseView>('sidebarGetCase', ref);
  while (view.ok && view.value.status !== status) {
    const forward = view.value.moves.find((m) => m.kind === 'forward');
    if (!forward) break;
    const expectedStatus = view.value.status;
    // A gate of the process table: the receipt is recorded first, as the desk would.
    for (const document of receiptsNeeded(view.value, forward.to)) {
      const receivedOn = toTokyoDate(new Date(server.desk.ws.clock.now()));
      const recorded = run<CaseEditResult>('sidebarRecordReceipt', {
        ...ref,
        document,
        receivedOn,
        fileUrl: '',
      });
      if (!recorded.ok) throw new Error(recorded.message);
    }
    const moved: ServerResult<MoveResult> = run<MoveResult>('sidebarMoveCase', {
      ...ref,
      expectedStatus,
      to: forward.to,
      comment: '',
    });
    view = moved.ok ? { ok: true, value: moved.value.summary } : moved;
  }
  if (!view.ok) throw new Error(view.message);
  expect(view.value.status).toBe(status);
}

/** The receipts a forward move from the case's status needs and it lacks. */
function receiptsNeeded(v: CaseSummary, to: string): Array<'proposal' | 'report'> {
  if (!isStatus(v.status) || !isStatus(to)) return [];
  return gatesCrossed(v.track as Track, v.status, to)
    .filter((field) => !v.receipts[field])
    .map((field) => (field === 'proposalReceivedOn' ? 'proposal' : 'report'));
}

/** Desk staff type a value into the 設定 sheet (onEdit applies it at once). */
function editSetting(label: string, value: string): void {
  const sheet = server.desk.ws.spreadsheets.get(server.desk.spreadsheetId)!.sheetByName('設定')!;
  let row = 2;
  while (row <= sheet.lastRow() && sheet.cell(row, 1)?.value !== label) row++;
  expect(sheet.cell(row, 1)?.value).toBe(label);
  for (const outcome of server.desk.host.editCell(
    server.desk.spreadsheetId,
    '設定',
    row,
    2,
    value,
  )) {
    if (outcome.error) throw outcome.error;
  }
}

/** No stack trace or English exception text reached the page. */
function expectFriendly(message: string): void {
  expect(message).toMatch(/[ぁ-んァ-ン一-龯]/);
  expect(message).not.toMatch(/\bat \S+ \(|Error:|TypeError|undefined/);
}

describe('the case sidebar in Chromium', () => {
  test(
    'shows the case, and moving it forward changes the status and adds one history entry',
    async () => {
      const page = await openSidebar(2);
      expect(await textOf(page, '.case-number')).toBe(String(caseAt(2)['案件番号']));
      expect(await textOf(page, '#current-status')).toBe('受付・内容確認');
      const before = await historyItems(page);
      const rowsBefore = historyRowCount();

      await page.fill('#move-comment', '内容を確認しました');
      const to = await move(page, 'forward');

      expect(to).toBe('対話・調整');
      expect(await historyItems(page)).toBe(before + 1);
      expect(await textOf(page, '#history-list li:first-child')).toContain('内容を確認しました');
      expect(await textOf(page, '#notice')).toContain(to);
      expect(caseAt(2)['ステータス']).toBe(to);
      expect(historyRowCount()).toBe(rowsBefore + 1);
      // The comment box is emptied for the next move.
      expect(await page.inputValue('#move-comment')).toBe('');
    },
    TEST_TIMEOUT,
  );

  test(
    'a stale button (the case moved in another sidebar) is refused in Japanese, changing nothing',
    async () => {
      const first = await openSidebar(2);
      const second = await openSidebar(2);
      await move(first, 'forward');
      const status = caseAt(2)['ステータス'];
      const rows = historyRowCount();

      await second.locator('button.move-forward').first().click();
      const message = await waitForAnyText(second, '#error');

      expectFriendly(message);
      expect(await textOf(second, '#current-status')).toBe('受付・内容確認');
      expect(caseAt(2)['ステータス']).toBe(status);
      expect(historyRowCount()).toBe(rows);

      // 最新の状態に更新 shows what the other sidebar did.
      await second.locator('#reload').click();
      await waitForText(second, '#current-status', String(status));
    },
    TEST_TIMEOUT,
  );

  test(
    'a move the process does not allow, sent by a crafted call, is refused with a Japanese message',
    async () => {
      const page = await openSidebar(2);
      const reply = await scriptRunFromPage(page, 'sidebarMoveCase', {
        row: 2,
        caseNumber: caseAt(2)['案件番号'],
        expectedStatus: '受付・内容確認',
        to: '完了',
        comment: '',
      });
      expect(reply).toMatchObject({ ok: false });
      expectFriendly((reply as { message: string }).message);
      expect(caseAt(2)['ステータス']).toBe('受付・内容確認');
    },
    TEST_TIMEOUT,
  );

  test(
    'rework takes the case back one step',
    async () => {
      const page = await openSidebar(2);
      await move(page, 'forward');
      const back = await move(page, 'rework');
      expect(back).toBe('受付・内容確認');
      expect(caseAt(2)['ステータス']).toBe('受付・内容確認');
      expect(await historyItems(page)).toBeGreaterThanOrEqual(2);
    },
    TEST_TIMEOUT,
  );

  test(
    'ending a case asks first; declining the question changes nothing',
    async () => {
      const page = await openSidebar(2);
      await page.locator('button.move-withdraw').click();
      await page.waitForSelector('#move-confirm .confirm');
      await page.locator('#move-confirm button', { hasText: 'やめる' }).click();
      expect(await page.$('#move-confirm .confirm')).toBeNull();
      expect(caseAt(2)['ステータス']).toBe('受付・内容確認');

      await page.locator('button.move-withdraw').click();
      await page.locator('#move-confirm button', { hasText: '変更する' }).click();
      await waitForText(page, '#current-status', '取下げ');
      expect(caseAt(2)['ステータス']).toBe('取下げ');
    },
    TEST_TIMEOUT,
  );

  test(
    'the PoC checklist is ticked in place; leaving 実施準備 with items open is refused, naming them',
    async () => {
      const poc =
        registerRecords(server.desk).findIndex((r) => r['連携手法'] === '実証実験サポート') + 2;
      advanceOnServer(poc, '実施準備');
      const page = await openSidebar(poc);
      await page.locator('#checklist-section summary').click();
      await page.check('#check-coordination');
      await waitForText(page, '#notice', '土地・施設管理者');
      expect(await page.isChecked('#check-coordination')).toBe(true);

      await page.locator('button.move-forward').click();
      const refusal = await waitForAnyText(page, '#error');
      expect(refusal).toContain('使用許可申請等');
      expect(refusal).toContain('地域への周知');
      expect(refusal).not.toContain('土地・施設管理者');
      expect(caseAt(poc)['ステータス']).toBe('実施準備');

      await page.check('#check-permits');
      await waitForText(page, '#notice', '使用許可申請等');
      await page.check('#check-publicNotice');
      await waitForText(page, '#notice', '地域への周知');
      await page.locator('button.move-forward').click();
      await waitForText(page, '#current-status', '実証実験の実施・立ち合い');
      expect(caseAt(poc)['ステータス']).toBe('実証実験の実施・立ち合い');
    },
    TEST_TIMEOUT,
  );

  test(
    'a dialogue entry (date, parties, summary) is added to the log',
    async () => {
      const page = await openSidebar(2, 'dialogue');
      expect(await page.getAttribute('#dialogue-section', 'open')).not.toBeNull();
      await page.fill('#dialogue-date', '2026-05-08');
      await page.fill('#dialogue-parties', '株式会社あおもりテック 青森様、道路維持課');
      await page.fill('#dialogue-summary', 'GPS端末の搭載台数と公開範囲を協議');
      await page.getByRole('button', { name: '対話記録を追加' }).click();
      await page.waitForSelector('#dialogue-list li');

      const entry = await textOf(page, '#dialogue-list li');
      expect(entry).toContain('2026/05/08'); // the staff date style (issue 12)
      expect(entry).toContain('道路維持課');
      expect(entry).toContain('GPS端末の搭載台数と公開範囲を協議');
      expect(await page.inputValue('#dialogue-summary')).toBe('');
    },
    TEST_TIMEOUT,
  );

  test(
    'an incomplete dialogue entry is refused in the page, keeping what was typed',
    async () => {
      const page = await openSidebar(2, 'dialogue');
      await page.fill('#dialogue-summary', '電話で概要を聴取');
      await page.getByRole('button', { name: '対話記録を追加' }).click();
      expectFriendly(await waitForAnyText(page, '#error'));
      expect(await page.inputValue('#dialogue-summary')).toBe('電話で概要を聴取');
    },
    TEST_TIMEOUT,
  );

  test(
    'assigning a department notifies it by email',
    async () => {
      const page = await openSidebar(2, 'department');
      const sent = server.desk.ws.mail.outbox.length;
      await page.selectOption('#department-choice', '道路維持課');
      await page.fill('#department-request', '提案内容の確認をお願いします');
      await page.getByRole('button', { name: '割り当てて通知' }).click();
      await waitForText(page, '#notice', '道路維持課');

      expect(caseAt(2)['担当課']).toBe('道路維持課');
      const mails = server.desk.ws.mail.outbox.slice(sent);
      expect(mails.some((m) => m.to.includes('douro@city.aomori.example.lg.jp'))).toBe(true);
    },
    TEST_TIMEOUT,
  );

  test(
    'publication: the missing conditions are listed; saving 公開 with a summary lists the case',
    async () => {
      advanceOnServer(2, '連携協定締結');
      const page = await openSidebar(2);
      await page.click('#publication-section summary');
      await waitForText(page, '#publication-state', '公開可否が「公開」でない');
      expect(await textOf(page, '#publication-consent')).toContain('公開に同意する');
      await page.selectOption('#publication-decision', '公開');
      await page.fill('#publication-summary', '<b>除雪</b>の見える化を市と実施');
      await page.fill('#publication-date', '2026-06-01');
      await page.locator('#publication-save').click();
      await waitForText(page, '#publication-state', '公開の条件を満たしています');
      expect(caseAt(2)['公開可否']).toBe('公開');
      expect(caseAt(2)['公開概要']).toBe('<b>除雪</b>の見える化を市と実施');
      // Drawn as text, never as markup.
      expect(await page.locator('#publication-summary b').count()).toBe(0);
    },
    TEST_TIMEOUT,
  );

  test(
    'typed drafts survive a status change made in another section',
    async () => {
      const page = await openSidebar(2, 'dialogue');
      await page.fill('#dialogue-summary', '書きかけの要旨');
      await move(page, 'forward');
      expect(await page.inputValue('#dialogue-summary')).toBe('書きかけの要旨');
    },
    TEST_TIMEOUT,
  );

  test(
    'documents: missing data is listed; once filled, the reply letter is made and emailed as PDF',
    async () => {
      advanceOnServer(2, '回答（可）');
      const page = await openSidebar(2, 'documents');
      expect(await page.getAttribute('#documents-section', 'open')).not.toBeNull();
      // Opening the documents prepares the case's Drive folder: its link appears in the register
      // and in the section.
      await page.waitForFunction(() => document.querySelectorAll('#document-links a').length === 1);
      expect(String(caseAt(2)['案件フォルダ'])).toMatch(/^https:\/\/drive\.google\.com\//);
      await page.selectOption('#document-kind', 'replyAccepted');
      await page.getByRole('button', { name: '文書を作成' }).click();
      const missing = await waitForAnyText(page, '#error');
      expect(missing).toContain('市長名');
      expectFriendly(missing);

      editSetting('市長名', '青森市長 青森 一郎');
      const historyBefore = await historyItems(page);
      await page.getByRole('button', { name: '文書を作成' }).click();
      await waitForText(page, '#notice', '回答書（採択）');
      const links = await page.$$eval('#document-links a', (as) =>
        as.map((a) => a.getAttribute('href') ?? ''),
      );
      expect(links).toHaveLength(3);
      for (const href of links) expect(href).toMatch(/^https:\/\//);
      expect(await historyItems(page)).toBe(historyBefore + 1);

      const applicant = String(caseAt(2)['メールアドレス']);
      await page.locator('#send-reply').click();
      expect(await textOf(page, '#document-confirm')).toContain(applicant);
      await page.locator('#document-confirm button', { hasText: '送信する' }).click();
      await waitForText(page, '#notice', applicant);
      const letter = server.desk.ws.mail.outbox[server.desk.ws.mail.outbox.length - 1];
      expect(letter.to).toBe(applicant);
      expect(letter.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    },
    TEST_TIMEOUT,
  );

  test(
    'hostile text in the case is shown literally and never runs',
    async () => {
      const row = registerRecords(server.desk).findIndex((r) => r['件名'] === HOSTILE.title) + 2;
      expect(row).toBeGreaterThan(1);
      const page = await openSidebar(row);

      expect(await textOf(page, '.case-title')).toBe(HOSTILE.title);
      expect(await page.textContent('#summary-section dl')).toContain(HOSTILE.organisation);
      expect(await page.$$('#content img, #content script')).toHaveLength(0);
      expect(await page.getAttribute('body', 'data-pwned')).toBeNull();
    },
    TEST_TIMEOUT,
  );
});

/** The desk's today (the preview's clock), as the date inputs take it. */
function deskToday(): string {
  return toTokyoDate(new Date(server.desk.ws.clock.now()));
}

describe("the sidebar as the desk's workbench (issue 12)", () => {
  test(
    'shows the proposal: kind, role asked, phone, the first 300 characters and the rest on demand',
    async () => {
      const long = `${'除雪'.repeat(150)}【ここから後半】${'見える化'.repeat(40)}`;
      const answers = proposal({
        [Q.address]: '青森県青森市新町一丁目1番1号',
        [Q.representative]: '代表取締役 青森 太郎',
        [Q.title]: '長い提案内容の案件',
        [Q.content]: long,
        [Q.phone]: '017-700-1234',
      });
      for (const outcome of server.desk.host.submitForm(server.desk.formId, answers)) {
        if (outcome.error) throw outcome.error;
      }
      const row = registerRecords(server.desk).length + 1;
      const page = await openSidebar(row);
      await page.click('#content-section summary');
      const summary = await textOf(page, '#summary-section dl');
      expect(summary).toContain('017-700-1234');
      expect(summary).toContain(String(caseAt(row)['提案区分']));
      expect(summary).toContain(String(caseAt(row)['市に求める役割']).split('\n')[0]);
      // The same company proposed before (the preview's first case).
      expect(await textOf(page, '#partner-cases')).toMatch(/この事業者の他の提案: \d+件/);
      const preview = await textOf(page, '#content-text');
      expect(preview).toBe(`${long.slice(0, 300)}…`);
      await page.locator('#content-more').click();
      await waitForText(page, '#content-text', '【ここから後半】');
      expect(await textOf(page, '#content-text')).toBe(long);
      expect(await page.locator('#content-more').count()).toBe(0);
    },
    TEST_TIMEOUT,
  );

  test(
    'the agreement data is saved into the register, with a history entry',
    async () => {
      const page = await openSidebar(2);
      await page.click('#agreement-section summary');
      const before = historyRowCount();
      await page.fill('#agreement-representative', '代表取締役 青森 太郎');
      await page.fill('#agreement-items', '除雪車両の位置情報の提供\n市民向け地図の公開');
      await page.fill('#agreement-date', '2026-06-01');
      await page.fill('#agreement-end', '2027-03-31');
      await page.locator('#agreement-save').click();
      await waitForText(page, '#notice', '協定の内容を保存しました');
      expect(caseAt(2)['代表者（職・氏名）']).toBe('代表取締役 青森 太郎');
      expect(caseAt(2)['連携事項']).toBe('除雪車両の位置情報の提供\n市民向け地図の公開');
      expect(toTokyoDate(caseAt(2)['協定満了日'] as Date)).toBe('2027-03-31');
      expect(historyRowCount()).toBe(before + 1);
      expect(await textOf(page, '#history-list li:first-child')).toContain(
        '協定の内容を更新（締結日 2026/06/01、満了日 2027/03/31）',
      );
      // The form shows what was saved (the drafts were replaced by the register's values).
      expect(await page.inputValue('#agreement-end')).toBe('2027-03-31');
    },
    TEST_TIMEOUT,
  );

  test(
    'moving past 提案書確認 asks for 提案書受領日 first; recorded with its link, the move goes',
    async () => {
      advanceOnServer(2, '提案書確認');
      const page = await openSidebar(2);
      expect(await textOf(page, '#status-section dl')).toMatch(
        /\d{4}\/\d{2}\/\d{2}（[日月火水木金土]）/,
      );
      const rows = historyRowCount();
      await page.locator('button.move-forward').first().click();
      const refused = await waitForAnyText(page, '#error');
      expect(refused).toContain('「提案書受領日」を記録してください');
      expect(await page.getAttribute('#receipts-section', 'open')).not.toBeNull();
      expect(caseAt(2)['ステータス']).toBe('提案書確認');
      expect(historyRowCount()).toBe(rows);

      // A crafted call past the page's check meets the server's gate.
      const crafted = await scriptRunFromPage(page, 'sidebarMoveCase', {
        row: 2,
        caseNumber: caseAt(2)['案件番号'],
        expectedStatus: '提案書確認',
        to: '実施可否判断',
        comment: '',
      });
      expect(crafted).toMatchObject({ ok: false });
      expect((crafted as { message: string }).message).toContain('提案書受領日');

      const url = 'https://drive.google.com/file/d/proposal-123/view';
      await page.fill('#receipt-proposal-date', deskToday());
      await page.fill('#receipt-proposal-url', url);
      await page.locator('#receipt-proposal-record').click();
      await waitForText(page, '#notice', '提案書の受領を記録しました');
      expect(await textOf(page, '#receipt-proposal-state')).toContain(
        `受領 ${deskToday().replace(/-/g, '/')}`,
      );
      expect(await page.getAttribute('#receipt-proposal-state a', 'href')).toBe(url);
      expect(toTokyoDate(caseAt(2)['提案書受領日'] as Date)).toBe(deskToday());
      expect(caseAt(2)['提案書URL']).toBe(url);

      const to = await move(page, 'forward');
      expect(to).toBe('実施可否判断');
      expect(caseAt(2)['ステータス']).toBe('実施可否判断');
    },
    TEST_TIMEOUT,
  );

  test(
    'a PoC shows its report receipt too, and 報告書受領 waits for it',
    async () => {
      const poc =
        registerRecords(server.desk).findIndex((r) => r['連携手法'] === '実証実験サポート') + 2;
      const page = await openSidebar(poc);
      expect(await page.locator('#receipt-report').count()).toBe(1);
      const partnership = await openSidebar(2);
      expect(await partnership.locator('#receipt-report').count()).toBe(0);
    },
    TEST_TIMEOUT,
  );

  test(
    'declining asks for the reason printed in the reply letter, apart from the internal comment',
    async () => {
      const page = await openSidebar(2);
      await page.fill('#move-comment', '庁内メモ：土地利用計画と不整合');
      await page.locator('button.move-decline').click();
      await page.waitForSelector('#letter-reason');
      expect(await textOf(page, '#move-confirm')).toContain('回答書に記載する理由');
      // Without a reason nothing is sent.
      await page.locator('#move-confirm button', { hasText: '変更する' }).click();
      expect(await waitForAnyText(page, '#error')).toContain(
        '回答書に記載する理由を入力してください',
      );
      expect(caseAt(2)['ステータス']).toBe('受付・内容確認');

      await page.fill('#letter-reason', '市の土地利用計画と合致しないため');
      const sent = page.waitForRequest((r) => r.url().endsWith('/run') && r.method() === 'POST');
      await page.locator('#move-confirm button', { hasText: '変更する' }).click();
      const body = JSON.parse((await sent).postData() ?? '{}') as {
        name?: string;
        args?: Array<Record<string, unknown>>;
      };
      await waitForText(page, '#current-status', '不採択');
      expect(JSON.stringify(body)).toContain('sidebarMoveCase');
      const arg = (body.args ?? [])[0] ?? {};
      expect(arg.letterReason).toBe('市の土地利用計画と合致しないため');
      expect(arg.comment).toBe('庁内メモ：土地利用計画と不整合');
      expect(caseAt(2)['ステータス']).toBe('不採択');
    },
    TEST_TIMEOUT,
  );
});

describe('the pre-consultation dialog in Chromium', () => {
  test(
    'registers a consultation as a new case',
    async () => {
      const page = await openPage('/dialog/preConsultation');
      const before = registerRecords(server.desk).length;
      await page.fill('#pc-organisation', '株式会社ねぶたデザイン');
      await page.fill('#pc-name', '津軽 次郎');
      await page.fill('#pc-email', 'jiro@nebuta-design.example.co.jp');
      await page.fill('#pc-title', '観光案内サインのデザイン提案');
      await page.fill('#pc-content', '来庁して概要を相談');
      await page.getByRole('button', { name: '登録', exact: true }).click();
      const notice = await waitForAnyText(page, '#notice');

      const records = registerRecords(server.desk);
      expect(records).toHaveLength(before + 1);
      const added = records[records.length - 1];
      expect(added['件名']).toBe('観光案内サインのデザイン提案');
      expect(notice).toContain(String(added['案件番号']));
      expect(await page.inputValue('#pc-title')).toBe('');
    },
    TEST_TIMEOUT,
  );

  test(
    'missing required fields are named, and nothing is registered',
    async () => {
      const page = await openPage('/dialog/preConsultation');
      const before = registerRecords(server.desk).length;
      await page.fill('#pc-title', '件名だけ');
      await page.getByRole('button', { name: '登録', exact: true }).click();
      const message = await waitForAnyText(page, '#error');
      expect(message).toContain('所属（法人・団体名）');
      expect(registerRecords(server.desk)).toHaveLength(before);
      expect(await page.inputValue('#pc-title')).toBe('件名だけ');
    },
    TEST_TIMEOUT,
  );
});

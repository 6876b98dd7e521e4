/**
 * ヘルスチェック on the emulator, through its entry points: the menu opens the dialog, healthCheck
 * reports every check — all ok on a healthy desk; a deleted template, a form that stopped
 * accepting responses, a wrong time zone, a trigger whose last run failed and a low mail quota
 * each with their one line of what to do; a failed service told apart from a missing item — and
 * the daily sweep puts the problems in the desk's digest. Within its call and time budget.
 */
import type { HealthItem, HealthReport } from '../../src/app/sidebarContract';
import { HEALTH_ACTION, HEALTH_DIGEST, HEALTH_ITEM, HEALTH_MENU } from '../../src/strings/health';
import { MENU } from '../../src/strings';
import { clickMenu, Desk, newDesk, proposal, STAFF } from '../support/desk';
import { expectOk, run } from '../support/workflow';
import { mailSince, placeCases, runTriggerDay } from '../support/reminders';
import { HEALTH_BUDGET } from '../../scripts/bench-health';
import { readFileSync } from 'fs';

const PACKAGE_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version;

function check(desk: Desk): HealthReport {
  return expectOk(run<HealthReport>(desk, 'healthCheck', {}));
}

function itemOf(report: HealthReport, id: string): HealthItem {
  const found = report.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}: ${report.items.map((i) => i.id).join(', ')}`);
  return found;
}

function problems(report: HealthReport): string[] {
  return report.items.filter((i) => i.status !== 'ok').map((i) => i.id);
}

function docProps(desk: Desk): Map<string, string> {
  return desk.ws.properties.documentStore(desk.spreadsheetId);
}

function settingsValue(desk: Desk, key: string): string {
  const snapshot = JSON.parse(docProps(desk).get('settings.snapshot') ?? '{}') as Record<
    string,
    string
  >;
  return snapshot[key];
}

/** A desk as 初期設定 leaves it: sheets, form, both triggers and the default templates. */
function fullDesk(options: Parameters<typeof newDesk>[0] = {}): Desk {
  const desk = newDesk({ now: '2026-05-11T09:00:00+09:00', ...options });
  const setup = clickMenu(desk, MENU.setup);
  if (setup.error) throw setup.error;
  return desk;
}

describe('ヘルスチェック', () => {
  test('the menu opens the dialog with the health page', () => {
    const desk = fullDesk();
    const outcome = clickMenu(desk, HEALTH_MENU);
    expect(outcome.error).toBeFalsy();
    const dialog = desk.ws.ui.dialogs[desk.ws.ui.dialogs.length - 1];
    expect(dialog.title).toBe('ヘルスチェック（稼働状況）');
    expect(dialog.html).toContain('healthCheck');
  });

  test('a healthy desk reports every check ok, within the budget', () => {
    const desk = fullDesk();
    const report = check(desk);
    expect(problems(report)).toEqual([]);
    const ids = report.items.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'trigger.formSubmit',
        'trigger.daily',
        'mail.quota',
        'template.templateReplyAccepted',
        'template.templatePocAgreement',
        'form.proposal',
        'spreadsheet.timeZone',
        'storage.properties',
        'storage.register',
        'version.sheets',
      ]),
    );
    expect(itemOf(report, 'trigger.formSubmit').detail).toContain(
      'renkei@city.aomori.example.lg.jp',
    );
    expect(itemOf(report, 'version.sheets').detail).toBe(PACKAGE_VERSION);
    const execution = desk.host.lastExecution();
    const calls = execution.calls.filter((c) => c.method !== 'MailApp.sendEmail');
    expect(calls.length).toBeLessThanOrEqual(HEALTH_BUDGET.calls);
    expect(execution.modeledMs).toBeLessThanOrEqual(HEALTH_BUDGET.ms);
    // Read-only: nothing written anywhere.
    expect(calls.map((c) => c.method).filter((m) => /set|append|delete|create/i.test(m))).toEqual(
      [],
    );
  });

  test('each problem shows with its one line of what to do', () => {
    const desk = fullDesk({ mailQuota: 100 });
    // A deleted template.
    const templateId = settingsValue(desk, 'templateReplyAccepted');
    desk.ws.drive.get(templateId)!.trashed = true;
    // The spreadsheet's zone changed by hand.
    desk.ws.spreadsheets.get(desk.spreadsheetId)!.timeZone = 'America/New_York';
    // The intake trigger failed: 案件台帳's append refused once.
    desk.ws.ledger.injectFailure('Sheet.appendRow', 'Service error: Spreadsheets');
    const submitted = desk.host.submitForm(desk.formId, proposal());
    expect(submitted.some((o) => o.error)).toBe(true);
    // The form no longer accepts responses.
    desk.ws.forms.get(desk.formId)!.acceptingResponses = false;
    // A few recipients left today.
    desk.ws.mail.setRemaining(5, STAFF);
    const report = check(desk);
    expect(itemOf(report, 'template.templateReplyAccepted')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.templateMissing('テンプレート: 回答書（採択）'),
    });
    expect(itemOf(report, 'form.proposal')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.formClosed,
    });
    expect(itemOf(report, 'spreadsheet.timeZone')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.timeZone('Asia/Tokyo'),
    });
    const trigger = itemOf(report, 'trigger.formSubmit');
    expect(trigger).toMatchObject({ status: 'error', action: HEALTH_ACTION.formSubmitFailed });
    expect(trigger.detail).toContain('Service error: Spreadsheets');
    expect(itemOf(report, 'mail.quota')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.mailQuotaLow,
    });
    expect(report.errors).toBe(4);
    expect(report.warnings).toBe(1);
    // The rest still checked: one problem hides no other.
    expect(itemOf(report, 'template.templatePocAgreement').status).toBe('ok');
  });

  test('a service that fails is "could not check", never "missing", and hides no other check', () => {
    const desk = fullDesk();
    desk.ws.ledger.injectFailure('DocumentApp.openById', 'Service error: Documents');
    desk.ws.ledger.injectFailure('FormApp.openById', 'Service error: Forms');
    desk.ws.ledger.injectFailure('MailApp.getRemainingDailyQuota', 'Service error: Mail');
    const report = check(desk);
    expect(itemOf(report, 'template.templateReplyAccepted')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.probeFailed,
    });
    expect(itemOf(report, 'form.proposal')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.probeFailed,
    });
    expect(itemOf(report, 'mail.quota').status).toBe('warn');
    expect(report.errors).toBe(0);
    expect(itemOf(report, 'template.templateReplyDeclined').status).toBe('ok');
    expect(itemOf(report, 'spreadsheet.timeZone').status).toBe('ok');
  });

  test('a form that is gone (or not shared) is "missing": run setup again', () => {
    const desk = fullDesk();
    docProps(desk).set('form.id', 'a-form-that-is-gone');
    const item = itemOf(check(desk), 'form.proposal');
    expect(item).toMatchObject({ status: 'error', action: HEALTH_ACTION.formMissing });
    expect(item.detail).toContain('a-form-that-is-gone');
  });

  test('a form linked to another spreadsheet is told', () => {
    const desk = fullDesk();
    const other = desk.ws.spreadsheets.create('別の表', STAFF);
    desk.ws.forms.get(desk.formId)!.destination = { spreadsheetId: other.id } as never;
    expect(itemOf(check(desk), 'form.proposal')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.formUnlinked,
    });
  });

  test('the daily sweep puts the problems in the desk’s digest, once a day', () => {
    const desk = fullDesk();
    placeCases(desk, [
      {
        caseNumber: 'R8-00001',
        status: '受付・内容確認',
        dueDate: '2026-05-18',
        title: '除雪の見える化',
      },
    ]);
    desk.ws.spreadsheets.get(desk.spreadsheetId)!.timeZone = 'UTC';
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const mails = mailSince(desk, before);
    const line = HEALTH_DIGEST.line('タイムゾーン', HEALTH_ACTION.timeZone('Asia/Tokyo'));
    const withLine = mails.filter((m) => m.body.includes(line));
    expect(withLine).toHaveLength(1);
    // The desk's own digest carries it (no separate notice that day).
    expect(withLine[0].to).toBe(STAFF);
    expect(withLine[0].body).toContain('R8-00001');
    expect(withLine[0].body).toContain(HEALTH_DIGEST.header);
    expect(withLine[0].subject).not.toBe(
      HEALTH_DIGEST.noticeSubject(settingsValue(desk, 'deskName')),
    );
    // Told once: a later run the same day (the menu's 期限確認を今すぐ実行) adds nothing.
    const later = desk.ws.mail.outbox.length;
    clickMenu(desk, MENU.runSweepNow);
    expect(mailSince(desk, later).filter((m) => m.body.includes(line))).toEqual([]);
    // The register's size was recorded on the way, for the page.
    expect(Number(docProps(desk).get('health.registerCells'))).toBeGreaterThan(0);
    expect(itemOf(check(desk), 'storage.register').detail).toMatch(/セル/);
  });

  test('with nothing due for the desk, the problems go in a short notice of their own', () => {
    const desk = fullDesk();
    desk.ws.spreadsheets.get(desk.spreadsheetId)!.timeZone = 'UTC';
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const mails = mailSince(desk, before);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(HEALTH_DIGEST.noticeSubject(settingsValue(desk, 'deskName')));
    expect(mails[0].body).toContain(HEALTH_ACTION.timeZone('Asia/Tokyo'));
    // A healthy desk gets no such email.
    desk.ws.spreadsheets.get(desk.spreadsheetId)!.timeZone = 'Asia/Tokyo';
    const after = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-21');
    expect(mailSince(desk, after)).toHaveLength(0);
  });

  test('庁内回答フォーム: its link is checked, its 受付 switch is reported as not asked', () => {
    const desk = fullDesk();
    const formId = docProps(desk).get('departmentForm.id')!;
    expect(itemOf(check(desk), 'form.department')).toMatchObject({
      status: 'ok',
      detail: HEALTH_ITEM.formLinked,
    });
    // Closed: not asked (the department sees it when it opens the link), so not reported.
    desk.ws.forms.get(formId)!.acceptingResponses = false;
    expect(itemOf(check(desk), 'form.department').status).toBe('ok');
    // Unlinked in the Forms editor: its answers would no longer reach the desk.
    desk.ws.forms.get(formId)!.destination = null;
    expect(itemOf(check(desk), 'form.department')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.formUnlinked,
    });
  });
});

/**
 * ヘルスチェック's judgement (src/domain/health.ts): each check's status and its one line of what to
 * do, from plain snapshots — a failed probe is never read as "missing", absent probes yield no item.
 */
import {
  DAILY_STALE_HOURS,
  evaluateHealth,
  healthDigestLines,
  healthReport,
  HealthSnapshot,
  MAIL_QUOTA_WARN,
  PROPERTY_STORE_LIMIT_BYTES,
  PROPERTY_VALUE_LIMIT_BYTES,
  propertiesUsage,
  spreadsheetIdOfUrl,
  SPREADSHEET_CELL_LIMIT,
  tokyoTextMs,
  TriggerSnapshot,
  utf8Length,
} from '../../src/domain/health';
import { HEALTH_ACTION, HEALTH_DIGEST, HEALTH_ITEM } from '../../src/strings/health';
import { groupDigests, renderDigest } from '../../src/domain/deadlines/digest';
import { remindersFor } from '../../src/domain/deadlines/reminders';
import { defaultSettings } from '../../src/domain/settings';
import { contactOf } from '../../src/adapters/mailer';
import { sweepCase } from '../support/reminders';

const NOW = Date.parse('2026-05-20T09:00:00+09:00');
const SHEET_ID = 'sheet-1';

const TRIGGERS: TriggerSnapshot[] = [
  {
    kind: 'formSubmit',
    record: { owner: 'a@city.example.lg.jp', installedAt: '2026/05/01 10:00' },
    lastRun: { at: '2026/05/19 15:00', error: '' },
  },
  {
    kind: 'daily',
    record: { owner: 'a@city.example.lg.jp', installedAt: '2026/05/01 10:00' },
    lastRun: { at: '2026/05/20 08:30', error: '' },
  },
];

function healthy(): HealthSnapshot {
  return {
    nowMs: NOW,
    triggers: TRIGGERS.map((t) => ({ ...t })),
    mailQuota: { ok: true, value: 95 },
    templates: [
      {
        key: 'templateReplyAccepted',
        label: 'テンプレート: 回答書（採択）',
        id: 'doc-1',
        optional: false,
        probe: { ok: true, value: true },
      },
      { key: 'templateAnnualReport', label: 'テンプレート: 年次報告', id: '', optional: true },
    ],
    forms: [
      {
        key: 'proposal',
        label: '応募フォーム',
        id: 'form-1',
        probe: { ok: true, value: { accepting: true, destinationId: SHEET_ID, url: '' } },
      },
    ],
    spreadsheetId: SHEET_ID,
    spreadsheetTimeZone: { ok: true, value: 'Asia/Tokyo' },
    deskTimeZone: 'Asia/Tokyo',
    properties: { 'settings.snapshot': '{"deskName":"公民連携デスク"}' },
    registerCells: 1000 * 60,
    version: { sheets: '0.1.0', running: '0.1.0' },
  };
}

function item(s: HealthSnapshot, id: string) {
  const found = evaluateHealth(s).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('a healthy desk', () => {
  test('every check is ok, with no action', () => {
    const report = healthReport(healthy(), '2026/05/20 09:00');
    expect(report.items.map((i) => i.id)).toEqual([
      'trigger.formSubmit',
      'trigger.daily',
      'mail.quota',
      'template.templateReplyAccepted',
      'template.templateAnnualReport',
      'form.proposal',
      'spreadsheet.timeZone',
      'storage.properties',
      'storage.register',
      'version.sheets',
    ]);
    expect(report.items.filter((i) => i.status !== 'ok')).toEqual([]);
    expect(report.items.every((i) => i.action === '')).toBe(true);
    expect([report.errors, report.warnings]).toEqual([0, 0]);
    expect(healthDigestLines(report.items)).toEqual([]);
  });

  test('probes that were not run give no item (the sweep checks a subset)', () => {
    expect(evaluateHealth({ nowMs: NOW })).toEqual([]);
    const only = evaluateHealth({ nowMs: NOW, registerCells: null });
    expect(only.map((i) => [i.id, i.status])).toEqual([['storage.register', 'ok']]);
  });
});

describe('triggers', () => {
  test('a trigger without a record is an error: run setup', () => {
    const s = healthy();
    s.triggers![0].record = null;
    expect(item(s, 'trigger.formSubmit')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.triggerMissing,
    });
  });

  test('a last run that failed is an error, with the error shown and what to run', () => {
    const s = healthy();
    s.triggers![0].lastRun = { at: '2026/05/20 08:00', error: 'Service error: Spreadsheets' };
    const formSubmit = item(s, 'trigger.formSubmit');
    expect(formSubmit.status).toBe('error');
    expect(formSubmit.detail).toContain('Service error: Spreadsheets');
    expect(formSubmit.detail).toContain('a@city.example.lg.jp');
    expect(formSubmit.action).toBe(HEALTH_ACTION.formSubmitFailed);
    s.triggers![1].lastRun = { at: '2026/05/20 08:00', error: 'Lock timeout' };
    expect(item(s, 'trigger.daily').action).toBe(HEALTH_ACTION.dailyFailed);
  });

  test('the sweep may skip the daily trigger’s own last error', () => {
    const s = healthy();
    s.triggers![1] = {
      ...s.triggers![1],
      lastRun: { at: '2026/05/20 08:00', error: 'x' },
      skipLastError: true,
    };
    expect(item(s, 'trigger.daily').status).toBe('ok');
  });

  test('an hourly trigger silent for a day and more has stopped: take it over', () => {
    const s = healthy();
    const hoursAgo = (h: number) => {
      const d = new Date(NOW - h * 3_600_000 + 9 * 3_600_000);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
    };
    s.triggers![1].lastRun = { at: hoursAgo(DAILY_STALE_HOURS - 1), error: '' };
    expect(item(s, 'trigger.daily').status).toBe('ok');
    s.triggers![1].lastRun = { at: hoursAgo(DAILY_STALE_HOURS + 2), error: '' };
    const stale = item(s, 'trigger.daily');
    expect(stale.status).toBe('error');
    expect(stale.action).toBe(HEALTH_ACTION.triggerStale('a@city.example.lg.jp'));
    // Never run: judged from its installation, so a trigger set up an hour ago is fine.
    s.triggers![1].lastRun = null;
    s.triggers![1].record = { owner: 'a@city.example.lg.jp', installedAt: hoursAgo(1) };
    expect(item(s, 'trigger.daily').status).toBe('ok');
    s.triggers![1].record = { owner: 'a@city.example.lg.jp', installedAt: hoursAgo(50) };
    expect(item(s, 'trigger.daily').status).toBe('error');
  });

  test('a form-submit trigger without runs is fine (no proposal came yet)', () => {
    const s = healthy();
    s.triggers![0].lastRun = null;
    expect(item(s, 'trigger.formSubmit').status).toBe('ok');
  });
});

describe('mail quota', () => {
  test('ok, low (warn) and none left (error)', () => {
    const s = healthy();
    s.mailQuota = { ok: true, value: MAIL_QUOTA_WARN };
    expect(item(s, 'mail.quota').status).toBe('ok');
    s.mailQuota = { ok: true, value: MAIL_QUOTA_WARN - 1 };
    expect(item(s, 'mail.quota')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.mailQuotaLow,
    });
    s.mailQuota = { ok: true, value: 0 };
    expect(item(s, 'mail.quota')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.mailQuotaNone,
    });
  });

  test('a quota the service did not give is "could not check", not a problem found', () => {
    const s = healthy();
    s.mailQuota = { ok: false, missing: false, message: 'Service error: Mail' };
    expect(item(s, 'mail.quota')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.probeFailed,
    });
  });
});

describe('templates', () => {
  test('a template that cannot be opened is an error naming the 設定 item', () => {
    const s = healthy();
    s.templates![0].probe = { ok: false, missing: true };
    const t = item(s, 'template.templateReplyAccepted');
    expect(t.status).toBe('error');
    expect(t.detail).toContain('doc-1');
    expect(t.action).toBe(HEALTH_ACTION.templateMissing('テンプレート: 回答書（採択）'));
  });

  test('a service failure is told apart from a missing template', () => {
    const s = healthy();
    s.templates![0].probe = { ok: false, missing: false, message: 'Service error: Documents' };
    const t = item(s, 'template.templateReplyAccepted');
    expect(t.status).toBe('warn');
    expect(t.action).toBe(HEALTH_ACTION.probeFailed);
    expect(t.detail).toContain('Service error: Documents');
  });

  test('a blank required template is a warning; a blank on-demand one is fine', () => {
    const s = healthy();
    s.templates![0] = { ...s.templates![0], id: ' ', probe: undefined };
    expect(item(s, 'template.templateReplyAccepted')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.templateUnset('テンプレート: 回答書（採択）'),
    });
    expect(item(s, 'template.templateAnnualReport').status).toBe('ok');
  });
});

describe('forms', () => {
  const withProbe = (probe: NonNullable<HealthSnapshot['forms']>[number]['probe']) => {
    const s = healthy();
    s.forms![0].probe = probe;
    return item(s, 'form.proposal');
  };

  test('not accepting responses', () => {
    expect(
      withProbe({ ok: true, value: { accepting: false, destinationId: SHEET_ID, url: '' } }),
    ).toMatchObject({ status: 'error', action: HEALTH_ACTION.formClosed });
  });

  test('受付 switch not asked: linked is ok and says the switch was not checked', () => {
    expect(withProbe({ ok: true, value: { destinationId: SHEET_ID, url: '' } })).toMatchObject({
      status: 'ok',
      detail: HEALTH_ITEM.formLinked,
    });
    expect(withProbe({ ok: true, value: { destinationId: 'other-sheet', url: '' } })).toMatchObject(
      { status: 'error', action: HEALTH_ACTION.formUnlinked },
    );
  });

  test('linked to another spreadsheet, or to none', () => {
    for (const destinationId of ['other-sheet', '']) {
      expect(
        withProbe({ ok: true, value: { accepting: true, destinationId, url: '' } }),
      ).toMatchObject({ status: 'error', action: HEALTH_ACTION.formUnlinked });
    }
  });

  test('missing, unrecorded, or not checked because the service failed', () => {
    expect(withProbe({ ok: false, missing: true })).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.formMissing,
    });
    expect(withProbe({ ok: false, missing: false, message: 'Service error: Forms' })).toMatchObject(
      { status: 'warn', action: HEALTH_ACTION.probeFailed },
    );
    const s = healthy();
    s.forms = [{ key: 'proposal', label: '応募フォーム', id: '' }];
    expect(item(s, 'form.proposal')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.formUnset,
    });
  });
});

describe('time zone, storage, register, version', () => {
  test('a spreadsheet in another zone than 設定 is an error saying which zone to set', () => {
    const s = healthy();
    s.spreadsheetTimeZone = { ok: true, value: 'America/New_York' };
    const tz = item(s, 'spreadsheet.timeZone');
    expect(tz.status).toBe('error');
    expect(tz.detail).toContain('America/New_York');
    expect(tz.action).toBe(HEALTH_ACTION.timeZone('Asia/Tokyo'));
  });

  test('property storage is counted in UTF-8 bytes of keys and values, against 500 KB and 9 KB', () => {
    expect(utf8Length('aあ𠮷')).toBe(1 + 3 + 4);
    expect(propertiesUsage({ ab: 'あ', c: '' })).toEqual({ total: 2 + 3 + 1, largest: 3 });
    const s = healthy();
    const big = 'x'.repeat(8 * 1024);
    const store: Record<string, string> = {};
    for (let i = 0; i < 40; i++) store[`k${i}`] = big; // 320 KB: 64 %
    s.properties = store;
    // Each value is 8 KB of 9 KB (89 %): warned, the total not yet.
    expect(item(s, 'storage.properties')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.propertiesFull,
    });
    for (let i = 40; i < 60; i++) store[`k${i}`] = big; // 480 KB: 94 %
    expect(propertiesUsage(store).total / PROPERTY_STORE_LIMIT_BYTES).toBeGreaterThan(0.9);
    expect(item(s, 'storage.properties').status).toBe('error');
    s.properties = { a: 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES) };
    expect(item(s, 'storage.properties').status).toBe('error');
  });

  test('the register against the 10 million cell limit', () => {
    const s = healthy();
    s.registerCells = 0.3 * SPREADSHEET_CELL_LIMIT;
    expect(item(s, 'storage.register').status).toBe('ok');
    s.registerCells = 0.5 * SPREADSHEET_CELL_LIMIT;
    expect(item(s, 'storage.register')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.registerLarge,
    });
    s.registerCells = 0.8 * SPREADSHEET_CELL_LIMIT;
    expect(item(s, 'storage.register').status).toBe('error');
    s.registerCells = null;
    expect(item(s, 'storage.register').status).toBe('ok');
  });

  test('sheets upgraded by another version, or never recorded', () => {
    const s = healthy();
    s.version = { sheets: '0.0.9', running: '0.1.0' };
    expect(item(s, 'version.sheets')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.versionOld,
    });
    s.version = { sheets: '', running: '0.1.0' };
    expect(item(s, 'version.sheets')).toMatchObject({
      status: 'warn',
      action: HEALTH_ACTION.versionUnknown,
    });
  });
});

describe('the change trigger and the register headers', () => {
  test('the change trigger is listed like the others; its failure says to re-read the columns', () => {
    const s = healthy();
    s.triggers!.push({
      kind: 'change',
      record: { owner: 'a@city.example.lg.jp', installedAt: '2026/05/01 10:00' },
      lastRun: null,
    });
    expect(item(s, 'trigger.change')).toMatchObject({
      status: 'ok',
      label: HEALTH_ITEM.trigger(HEALTH_ITEM.triggerLabels.change),
    });
    s.triggers![2].lastRun = { at: '2026/05/20 08:00', error: 'Service error: Spreadsheets' };
    expect(item(s, 'trigger.change')).toMatchObject({
      status: 'error',
      action: HEALTH_ACTION.changeFailed,
    });
    s.triggers![2].record = null;
    expect(item(s, 'trigger.change').action).toBe(HEALTH_ACTION.triggerMissing);
  });

  test('renamed register headers are a warning naming each one; none is ok; unknown gives no item', () => {
    const s = healthy();
    expect(evaluateHealth(s).some((i) => i.id === 'spreadsheet.registerHeaders')).toBe(false);
    s.registerRenamed = [];
    expect(item(s, 'spreadsheet.registerHeaders').status).toBe('ok');
    s.registerRenamed = ['デスク担当', '担当課'];
    const renamed = item(s, 'spreadsheet.registerHeaders');
    expect(renamed).toMatchObject({ status: 'warn', action: HEALTH_ACTION.registerRenamed });
    expect(renamed.detail).toBe(
      '列「デスク担当」が見つかりません（見出しを変えた場合は元に戻してください）。 列「担当課」が見つかりません（見出しを変えた場合は元に戻してください）。',
    );
    expect(healthDigestLines(evaluateHealth(s))).toContain(
      HEALTH_DIGEST.line(HEALTH_ITEM.registerHeaders, HEALTH_ACTION.registerRenamed),
    );
  });

  test('renamed log headers are a warning naming each with its sheet; none is ok; unknown gives no item', () => {
    const s = healthy();
    expect(evaluateHealth(s).some((i) => i.id === 'spreadsheet.logHeaders')).toBe(false);
    s.logRenamed = [];
    expect(item(s, 'spreadsheet.logHeaders').status).toBe('ok');
    s.logRenamed = [
      { sheet: '履歴', header: 'コメント' },
      { sheet: '対話記録', header: '概要' },
    ];
    const renamed = item(s, 'spreadsheet.logHeaders');
    expect(renamed).toMatchObject({ status: 'warn', action: HEALTH_ACTION.logRenamed });
    expect(renamed.detail).toBe(
      '「履歴」の列「コメント」が見つかりません（見出しを変えた場合は元に戻してください）。 「対話記録」の列「概要」が見つかりません（見出しを変えた場合は元に戻してください）。',
    );
    expect(healthDigestLines(evaluateHealth(s))).toContain(
      HEALTH_DIGEST.line(HEALTH_ITEM.logHeaders, HEALTH_ACTION.logRenamed),
    );
  });
});

describe('the digest lines', () => {
  test('one line per problem, errors first, outages left out', () => {
    const s = healthy();
    s.version = { sheets: '', running: '0.1.0' };
    s.spreadsheetTimeZone = { ok: true, value: 'UTC' };
    s.mailQuota = { ok: false, missing: false, message: 'Service error' };
    const lines = healthDigestLines(evaluateHealth(s));
    expect(lines).toEqual([
      `タイムゾーン: ${HEALTH_ACTION.timeZone('Asia/Tokyo')}`,
      `シートを更新したアドオンのバージョン: ${HEALTH_ACTION.versionUnknown}`,
    ]);
  });
});

describe('helpers', () => {
  test('Tokyo date-time text and spreadsheet URLs', () => {
    expect(tokyoTextMs('2026/05/20 09:00')).toBe(NOW);
    expect(tokyoTextMs('not a date')).toBeNaN();
    expect(spreadsheetIdOfUrl('https://docs.google.com/spreadsheets/d/abc-_1/edit#gid=0')).toBe(
      'abc-_1',
    );
    expect(spreadsheetIdOfUrl('')).toBe('');
  });
});

describe('the line in the desk’s digest (src/domain/deadlines/digest.ts)', () => {
  const TODAY = '2026-05-20';
  const settings = defaultSettings();
  const digests = groupDigests(
    [
      sweepCase({ caseNumber: 'A', status: '受付・内容確認', dueDate: '2026-05-18' }, 2),
      sweepCase(
        { caseNumber: 'B', status: '提案書確認', department: '道路維持課', dueDate: '2026-05-12' },
        3,
      ),
    ].flatMap((c) =>
      remindersFor(c, {
        today: TODAY,
        settings,
        departments: { 道路維持課: 'douro@city.aomori.example.lg.jp' },
      }),
    ),
  );
  const render = (recipient: string, health: string[]) =>
    renderDigest(
      digests.find((d) => d.recipient === recipient)!,
      {
        today: TODAY,
        contact: contactOf(settings),
        registerUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
        rowUrl: () => 'https://docs.google.com/spreadsheets/d/abc/edit',
        health,
      },
    );

  test('the desk’s digest carries each line, escaped in HTML and on one line in text', () => {
    const mail = render('desk', ['タイムゾーン: 設定を確認', '<b>x</b>\n偽の行']);
    expect(mail.body).toContain(HEALTH_DIGEST.header);
    expect(mail.body).toContain('・タイムゾーン: 設定を確認');
    expect(mail.body).toContain('・<b>x</b> 偽の行');
    expect(mail.htmlBody).toContain('<li>&lt;b&gt;x&lt;/b&gt; 偽の行</li>');
  });

  test('a department’s digest never does, and no lines means no section', () => {
    expect(render('douro@city.aomori.example.lg.jp', ['タイムゾーン: x']).body).not.toContain(
      HEALTH_DIGEST.header,
    );
    expect(render('desk', []).body).not.toContain(HEALTH_DIGEST.header);
  });
});

/**
 * The daily sweep on the emulator, driven as Apps Script drives it: the hourly trigger, the two
 * menu items, and the register as the workflow leaves it.
 */
import { MENU, SHEET } from '../../src/strings';
import type { CaseRecord } from '../../src/domain/workflow/caseRecord';
import { REGISTER_COLUMNS } from '../../src/domain/register';
import { clickMenu, Desk, newDesk, proposal, STAFF, STAFF_2 } from '../support/desk';
import { mailSince, placeCases, placeDepartments, runTriggerDay } from '../support/reminders';

const DOURO = 'douro@city.aomori.example.lg.jp';
const KANKO = 'kanko@city.aomori.example.lg.jp';
const HANAKO = 'hanako@kita-univ.example.ac.jp';

/** The register on Wednesday 2026-05-20, as the workflow would have left it. */
const CASES: Array<Partial<CaseRecord>> = [
  { caseNumber: 'R8-0001', status: '受付・内容確認', dueDate: '2026-05-18' },
  {
    caseNumber: 'R8-0002',
    status: '提案書確認',
    department: '道路維持課',
    departmentDue: '2026-05-21',
    dueDate: '2026-05-29',
  },
  { caseNumber: 'R8-0003', status: '実施可否判断', department: '観光課', dueDate: '2026-05-19' },
  {
    caseNumber: 'R8-0004',
    status: '報告書作成',
    reportDue: '2026-05-25',
    email: HANAKO,
    organisation: '国立大学法人 北の大学',
    name: '八甲田 花子',
  },
  { caseNumber: 'R8-0005', status: '事業実施', agreementEnd: '2026-07-01' },
  { caseNumber: 'R8-0006', status: '受付・内容確認', dueDate: '2026-06-30' },
  { caseNumber: 'R8-0007', status: '完了', dueDate: '2026-05-01' },
];

function deskWithCases(cases = CASES): Desk {
  const desk = newDesk({ now: '2026-05-11T09:00:00+09:00' });
  placeDepartments(desk, [
    ['道路維持課', DOURO],
    ['観光課', KANKO],
  ]);
  placeCases(desk, cases);
  clickMenu(desk, MENU.setup); // setup again: refreshes the 担当課 snapshot (idempotent)
  return desk;
}

function sheetRows(desk: Desk, name: string): unknown[][] {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(name)!;
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

function documentProps(desk: Desk): Record<string, string> {
  return Object.fromEntries(desk.ws.properties.documentStore(desk.spreadsheetId));
}

function lastRun(desk: Desk): { at: string; error: string } {
  return JSON.parse(documentProps(desk)['trigger.daily.lastRun']);
}

const nonEmailCalls = (desk: Desk, o: { execution: { calls: Array<{ method: string }> } }) =>
  o.execution.calls.filter((c) => c.method !== 'MailApp.sendEmail').map((c) => c.method);

describe('setup for reminders', () => {
  test('creates 送信記録, the register’s due-date colours and the hourly trigger', () => {
    const desk = newDesk();
    expect(sheetRows(desk, SHEET.sentLog)[0]).toEqual([
      '送信日時',
      '宛先',
      '案件番号',
      'ステータス',
      '期限',
      '種別',
      'キー',
    ]);
    const register = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.register)!;
    const rules = register.conditionalFormatRules;
    expect(rules).toHaveLength(2);
    expect(rules.map((r) => r.criteria)).toEqual(['CUSTOM_FORMULA', 'CUSTOM_FORMULA']);
    expect(String(rules[0].args[0])).toContain('$E2<TODAY()');
    expect(String(rules[1].args[0])).toContain('WORKDAY(TODAY(),2,{');
    expect(rules[0].ranges).toEqual([
      { row: 2, column: 1, numRows: register.maxRows - 1, numColumns: REGISTER_COLUMNS.length },
    ]);
    const clock = desk.ws.triggers.triggers.filter((t) => t.eventType === 'CLOCK');
    expect(clock).toHaveLength(1);
    expect(clock[0]).toMatchObject({
      handlerFunction: 'onDailySweep',
      owner: STAFF,
      schedule: expect.objectContaining({
        kind: 'everyHours',
        interval: 1,
        timeZone: 'Asia/Tokyo',
      }),
    });
    clickMenu(desk, MENU.triggerStatus);
    expect(desk.ws.ui.alerts.at(-1)!.prompt).toContain('毎日の期限確認: 所有者 ' + STAFF);
  });

  test('setup again replaces its own rules and keeps the city’s', () => {
    const desk = newDesk();
    const register = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.register)!;
    register.conditionalFormatRules.push({
      ranges: [{ row: 2, column: 9, numRows: 10, numColumns: 1 }],
      criteria: 'TEXT_CONTAINS',
      args: ['除雪'],
      background: '#00ff00',
      fontColor: null,
      bold: null,
    });
    clickMenu(desk, MENU.setup);
    clickMenu(desk, MENU.setup);
    const rules = register.conditionalFormatRules;
    expect(rules.map((r) => r.criteria)).toEqual([
      'CUSTOM_FORMULA',
      'CUSTOM_FORMULA',
      'TEXT_CONTAINS',
    ]);
    expect(desk.ws.triggers.triggers.filter((t) => t.eventType === 'CLOCK')).toHaveLength(1);
  });

  test('a new case gets its 受付・内容確認 due date at intake', () => {
    const desk = newDesk({ now: '2026-04-28T10:00:00+09:00' });
    desk.host.submitForm(desk.formId, proposal());
    const row = sheetRows(desk, SHEET.register)[1];
    // Tue 4/28 + 5 business days across Golden Week = Mon 5/11 (Tokyo midnight).
    expect((row[4] as Date).toISOString()).toBe('2026-05-10T15:00:00.000Z');
  });
});

describe('the daily sweep', () => {
  test('one digest per recipient, each case with a link to its register row', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const mails = mailSince(desk, before);
    expect(mails.map((m) => m.to).sort()).toEqual([DOURO, HANAKO, KANKO, STAFF].sort());
    const toDesk = mails.find((m) => m.to === STAFF)!;
    expect(toDesk.subject).toBe(
      '【青森市公民連携デスク】期限のお知らせ 2026/05/20（水）（期限超過 2件・期限間近 1件・協定満了の予告 1件）',
    );
    // Most urgent first: 0001 (2 days over), 0003 (1 day over), 0002 (copy, due tomorrow), 0005.
    const order = ['R8-0001', 'R8-0003', 'R8-0002', 'R8-0005'].map((n) => toDesk.body.indexOf(n));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(toDesk.body).not.toContain('R8-0006');
    expect(toDesk.body).not.toContain('R8-0007');
    const gid = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.register)!.sheetId;
    expect(toDesk.htmlBody).toContain(`#gid=${gid}&amp;range=A2"`);
    const toDouro = mails.find((m) => m.to === DOURO)!;
    expect(toDouro.body).toContain('R8-0002');
    expect(toDouro.body).not.toContain('R8-0003');
    const toHanako = mails.find((m) => m.to === HANAKO)!;
    expect(toHanako.body).toContain('報告書の提出期限 2026/05/25（月）（あと5日）');
    expect(toHanako.body).not.toContain('docs.google.com');
    const log = sheetRows(desk, SHEET.sentLog).slice(1);
    expect(log).toHaveLength(7); // desk 4, 道路維持課 1, 観光課 1, applicant 1
    expect(log.map((r) => r[6])).toContain('R8-0003|実施可否判断|2026-05-19|overdue|desk');
    expect(lastRun(desk).error).toBe('');
  });

  test('costs 12 service calls besides the emails on the day’s first run, plus 2 per email (intent and outcome)', () => {
    const desk = deskWithCases();
    const { sweep } = runTriggerDay(desk, '2026-05-20');
    expect(sweep).toHaveLength(1);
    expect(sweep[0].execution.functionName).toBe('onDailySweep');
    const calls = sweep[0].execution.calls.map((c) => c.method);
    const perEmail = ['Properties.setProperties', 'MailApp.sendEmail', 'Properties.setProperty'];
    expect(calls).toEqual([
      'LockService.getDocumentLock',
      'Lock.tryLock',
      'PropertiesService.getDocumentProperties',
      'Properties.getProperties',
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getRange',
      'Range.getValues',
      'Spreadsheet.getSpreadsheetTimeZone', // ヘルスチェック's line in the desk's digest
      ...perEmail,
      ...perEmail,
      ...perEmail,
      ...perEmail,
      'Spreadsheet.getRange',
      'Range.getValues',
      'Range.setValues',
      'Properties.setProperties',
    ]);
  });

  test('run twice on one day (trigger, then the menu) sends nothing new', () => {
    const desk = deskWithCases();
    runTriggerDay(desk, '2026-05-20');
    const after = desk.ws.mail.outbox.length;
    desk.ws.clock.set('2026-05-20T10:30:00+09:00');
    desk.host.runDueTimeTriggers();
    clickMenu(desk, MENU.runSweepNow);
    expect(desk.ws.mail.outbox.length).toBe(after);
    expect(desk.ws.ui.alerts.at(-1)!.prompt).toContain('新しく送るお知らせはありません');
    expect(sheetRows(desk, SHEET.sentLog)).toHaveLength(8);
  });

  test('the next day repeats nothing; only what became due is sent', () => {
    const desk = deskWithCases();
    runTriggerDay(desk, '2026-05-20');
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-21');
    const mails = mailSince(desk, before);
    // 0002 is now due today for the department (still "due soon": already sent); nothing else.
    expect(mails).toEqual([]);
    runTriggerDay(desk, '2026-05-22');
    const next = mailSince(desk, before);
    // 0002 became overdue for the department (and the desk's copy): a new reminder each.
    expect(next.map((m) => m.to).sort()).toEqual([DOURO, STAFF].sort());
    expect(
      next.every((m) => m.body.includes('R8-0002') && m.subject.includes('期限超過 1件')),
    ).toBe(true);
  });

  test('nothing is sent on closed days; the next business day catches up', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-23'); // Saturday
    runTriggerDay(desk, '2026-05-24'); // Sunday
    expect(mailSince(desk, before)).toEqual([]);
    runTriggerDay(desk, '2026-05-25');
    expect(mailSince(desk, before).length).toBe(4);
  });

  test('digests escape everything they print', () => {
    const desk = deskWithCases([
      {
        caseNumber: 'R8-0010',
        status: '受付・内容確認',
        dueDate: '2026-05-18',
        organisation: '<b onmouseover="alert(1)">悪意</b> & Co',
        title: '"><script>alert(document.cookie)</script>\r\n案件台帳: https://evil.example',
      },
    ]);
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const [mail] = mailSince(desk, before);
    expect(mail.htmlBody).not.toMatch(/<script|<b onmouseover/);
    expect(mail.htmlBody).toContain(
      '&lt;b onmouseover=&quot;alert(1)&quot;&gt;悪意&lt;/b&gt; &amp; Co',
    );
    expect(mail.body.split('\n').some((l) => l.startsWith('案件台帳: https://evil'))).toBe(false);
  });

  test('a form response the intake missed is registered by the daily trigger', () => {
    const desk = deskWithCases([]);
    // Recorded by the form, but its trigger never ran.
    desk.ws.forms.recordResponse(desk.formId, proposal());
    expect(sheetRows(desk, SHEET.register)).toHaveLength(1);
    const { recovery } = runTriggerDay(desk, '2026-05-20');
    expect(recovery[0].execution.functionName).toBe('onDailySweep');
    expect(sheetRows(desk, SHEET.register)).toHaveLength(2);
    expect(lastRun(desk).error).toBe('');
  });
});

describe('limits: never twice, never lost', () => {
  test('quota exhausted mid-sweep: the most urgent go first, the rest the next day', () => {
    const desk = deskWithCases();
    desk.ws.clock.set('2026-05-19T23:00:00+09:00');
    desk.ws.mail.setRemaining(2, STAFF); // e.g. receipts used the rest of the day's quota
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const first = mailSince(desk, before);
    // Desk (2 days over) and 観光課 (1 day over) fit; 道路維持課 and the applicant wait.
    expect(first.map((m) => m.to)).toEqual([STAFF, KANKO]);
    expect(lastRun(desk).error).toContain('メールの送信上限');
    expect(sheetRows(desk, SHEET.sentLog)).toHaveLength(1 + 5);
    runTriggerDay(desk, '2026-05-21');
    const second = mailSince(desk, before + first.length);
    const [notice] = second.filter((m) => m.subject.includes('送信できませんでした'));
    const digests = second.filter((m) => m !== notice);
    expect(digests.map((m) => m.to).sort()).toEqual([DOURO, HANAKO].sort());
    const perRecipient = [...first, ...digests].map((m) => m.to);
    expect(new Set(perRecipient).size).toBe(perRecipient.length);
    expect(sheetRows(desk, SHEET.sentLog)).toHaveLength(1 + 7);
    // No email could tell the desk yesterday (the quota was gone): it is told today, dated.
    expect(notice.to).toBe(STAFF);
    expect(notice.body).toContain('2026/05/20（水）: メールの送信上限に達したため、2 通を送った');
    runTriggerDay(desk, '2026-05-22');
    const third = mailSince(desk, before + first.length + second.length);
    expect(third.some((m) => m.subject.includes('送信できませんでした'))).toBe(false); // told once
  });

  test('a sweep stopped near its time limit resumes the next hour without duplicates', () => {
    const applicants = Array.from({ length: 120 }, (_, i) => ({
      caseNumber: `R8-${String(i + 100).padStart(4, '0')}`,
      status: '報告書作成',
      reportDue: '2026-05-15',
      email: `poc${i}@example.co.jp`,
    }));
    const desk = deskWithCases(applicants);
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const first = mailSince(desk, before).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(120);
    expect(lastRun(desk).error).toContain('続きから送ります');
    desk.ws.clock.set('2026-05-20T09:30:00+09:00');
    desk.host.runDueTimeTriggers();
    desk.ws.clock.set('2026-05-20T10:30:00+09:00');
    desk.host.runDueTimeTriggers();
    const all = mailSince(desk, before).map((m) => m.to);
    expect(all).toHaveLength(120);
    expect(new Set(all).size).toBe(120);
    expect(sheetRows(desk, SHEET.sentLog)).toHaveLength(1 + 120);
    // A long sweep never holds the lock past the intake's 60 s wait.
    for (const e of desk.ws.ledger.executions.filter((x) => x.functionName === 'onDailySweep')) {
      expect(e.modeledMs).toBeLessThan(60_000);
    }
  });
});

describe('settings and failures', () => {
  function settingRow(desk: Desk, label: string): number {
    return sheetRows(desk, SHEET.settings).findIndex((r) => r[0] === label) + 1;
  }

  test('extra closure days typed into 設定 count in the sweep', () => {
    const desk = deskWithCases([
      { caseNumber: 'R8-0001', status: '受付・内容確認', dueDate: '2026-05-21' },
    ]);
    const row = settingRow(desk, '休庁日（追加）');
    desk.host.editCell(desk.spreadsheetId, SHEET.settings, row, 2, '2026/5/19, 2026/5/20');
    // Monday 5/18: due Thursday 5/21 is 1 business day away (5/19 and 5/20 closed).
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-18');
    expect(mailSince(desk, before).map((m) => m.to)).toEqual([STAFF]);
    expect(mailSince(desk, before)[0].subject).toContain('期限間近 1件');
  });

  test('dates typed as text: read as people write them; an unreadable one stops nothing', () => {
    const desk = deskWithCases();
    const register = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.register)!;
    const [textDue, badDue] = placeCases(
      desk,
      [
        { caseNumber: 'R8-0020', status: '受付・内容確認' },
        { caseNumber: 'R8-0021', status: '受付・内容確認', statusChangedAt: '2026-05-11' },
      ],
      9,
    );
    const dueColumn = REGISTER_COLUMNS.indexOf('dueDate') + 1;
    register.cellForWrite(textDue, dueColumn).value = '令和８年５月１５日';
    register.cellForWrite(badDue, dueColumn).value = '12月末';
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const mails = mailSince(desk, before);
    expect(mails.map((m) => m.to).sort()).toEqual([DOURO, HANAKO, KANKO, STAFF].sort());
    const toDesk = mails.find((m) => m.to === STAFF)!;
    expect(toDesk.body).toContain('R8-0020');
    expect(toDesk.body).toMatch(/R8-0020 .* 期限 2026\/05\/15（金）（期限超過・5日超過）/);
    // 5/11 + 5 business days = 5/18, with the reason the desk should look at the row.
    expect(toDesk.body).toMatch(/R8-0021 .* 期限 2026\/05\/18（月）.*日付として読めない/);
    expect(lastRun(desk).error).toBe('');
  });

  test('a send that fails is not lost: the desk is told, it goes the next day', () => {
    const desk = deskWithCases();
    desk.ws.clock.set('2026-05-19T23:00:00+09:00');
    desk.ws.ledger.injectFailure('MailApp.sendEmail', 'Service error: Mail', 1);
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const first = mailSince(desk, before);
    expect(first.map((m) => m.to)).toEqual([KANKO, DOURO, HANAKO, STAFF]);
    const notice = first.at(-1)!;
    expect(notice.subject).toBe(
      '【青森市公民連携デスク】期限のお知らせの一部を送信できませんでした',
    );
    expect(notice.body).toContain(`${STAFF} への送信に失敗しました: Service error: Mail`);
    expect(lastRun(desk).error).toContain('Service error: Mail');
    runTriggerDay(desk, '2026-05-21');
    const second = mailSince(desk, before + first.length);
    expect(second.map((m) => m.to)).toEqual([STAFF]);
    expect(second[0].body).toContain('R8-0001');
  });

  test('a department the snapshot does not know yet is looked up in 担当課', () => {
    const desk = newDesk({ now: '2026-05-11T09:00:00+09:00' });
    placeCases(desk, CASES); // 担当課 filled after setup, without an edit the add-on saw
    placeDepartments(desk, [
      ['道路維持課', DOURO],
      ['観光課', KANKO],
    ]);
    const before = desk.ws.mail.outbox.length;
    const { sweep } = runTriggerDay(desk, '2026-05-20');
    expect(mailSince(desk, before).map((m) => m.to)).toEqual(
      expect.arrayContaining([DOURO, KANKO]),
    );
    // 11 + one read of 担当課 (2) + the time zone for ヘルスチェック (1), + 2 per email (4 emails)
    expect(nonEmailCalls(desk, sweep[0])).toHaveLength(14 + 2 * 4);
    const next = runTriggerDay(desk, '2026-05-22').sweep[0];
    expect(nonEmailCalls(desk, next)).toHaveLength(12 + 2 * 2); // the snapshot knows them now
  });

  test('a deleted 送信記録 sheet is recreated; nothing sent is lost from the record', () => {
    const desk = deskWithCases();
    const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
    model.sheets.splice(
      model.sheets.findIndex((s) => s.name === SHEET.sentLog),
      1,
    );
    runTriggerDay(desk, '2026-05-20');
    const log = sheetRows(desk, SHEET.sentLog);
    expect(log[0][0]).toBe('送信日時');
    expect(log).toHaveLength(1 + 7);
  });

  test('after a take-over, the old owner’s trigger is ignored', () => {
    const desk = deskWithCases();
    const staffRow = settingRow(desk, 'デスク職員');
    desk.host.editCell(desk.spreadsheetId, SHEET.settings, staffRow, 2, `${STAFF}, ${STAFF_2}`);
    clickMenu(desk, MENU.takeOverTriggers, STAFF_2);
    const clocks = desk.ws.triggers.triggers.filter((t) => t.eventType === 'CLOCK');
    expect(clocks.map((t) => t.owner).sort()).toEqual([STAFF_2, STAFF].sort());
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const sent = mailSince(desk, before);
    expect(sent).toHaveLength(4); // once, by the new owner's trigger
    expect(new Set(sent.map((m) => m.from))).toEqual(new Set([STAFF_2]));
    expect(sent.find((m) => m.body.includes('公民連携デスク 各位'))!.to).toBe(
      `${STAFF},${STAFF_2}`,
    );
  });
});

describe('the menu items', () => {
  test('the preview lists recipient → cases, and sends and writes nothing', () => {
    const desk = deskWithCases();
    desk.ws.clock.set('2026-05-20T07:00:00+09:00');
    const props = JSON.stringify(documentProps(desk));
    const before = desk.ws.mail.outbox.length;
    const outcome = clickMenu(desk, MENU.previewSweep);
    const text = desk.ws.ui.alerts.at(-1)!.prompt;
    expect(text).toContain(`■ ${STAFF} 宛（4 件）`);
    expect(text).toContain(`■ ${DOURO} 宛（1 件）`);
    expect(text).toContain('R8-0003 期限超過 期限 2026/05/19（火）');
    expect(desk.ws.mail.outbox.length).toBe(before);
    expect(JSON.stringify(documentProps(desk))).toBe(props);
    expect(outcome.execution.calls.some((c) => /set|insert|append/i.test(c.method))).toBe(false);
  });

  test('only desk staff may run or preview the sweep', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    clickMenu(desk, MENU.runSweepNow, 'someone@example.com');
    expect(desk.ws.ui.alerts.at(-1)!.prompt).toContain('デスク職員に登録されていない');
    clickMenu(desk, MENU.previewSweep, 'someone@example.com');
    expect(desk.ws.ui.alerts.at(-1)!.prompt).toContain('デスク職員に登録されていない');
    expect(desk.ws.mail.outbox.length).toBe(before);
  });

  test('run now sends today’s digests and says how many', () => {
    const desk = deskWithCases();
    desk.ws.clock.set('2026-05-20T07:00:00+09:00');
    clickMenu(desk, MENU.runSweepNow);
    expect(desk.ws.ui.alerts.at(-1)!.prompt).toContain('お知らせ 4 通（案件 7 件）を送信しました');
  });
});

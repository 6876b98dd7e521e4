import { CHOICES, Q, VALUES } from '../../src/strings';
import { clickMenu, Desk, MENU, newDesk, proposal, registerRecords, STAFF } from '../support/desk';

/** Calls of one execution that count toward the intake budget (emails excluded). */
function budgetCalls(desk: Desk, executionIndex = -1): string[] {
  const executions = desk.ws.ledger.executions;
  const execution =
    executions[executionIndex < 0 ? executions.length + executionIndex : executionIndex];
  return execution.calls.filter((c) => c.method !== 'MailApp.sendEmail').map((c) => c.method);
}

function submit(desk: Desk, overrides = {}, options = {}) {
  const outcomes = desk.host.submitForm(desk.formId, proposal(overrides), options);
  for (const o of outcomes) if (o.error) throw o.error;
  return outcomes;
}

describe('a proposal submitted through the form', () => {
  test('becomes one numbered case with a receipt to the applicant and a notice to the desk', () => {
    const desk = newDesk();
    submit(desk);
    const [row] = registerRecords(desk);
    expect(row['案件番号']).toBe('R8-0001');
    expect(row['ステータス']).toBe('受付・内容確認');
    expect(row['受付通知']).toBe(VALUES.receiptSent);
    const receipt = desk.ws.mail.outbox.find((m) => m.to === 'taro@aomori-tech.example.co.jp')!;
    expect(receipt.subject).toContain('R8-0001');
    expect(receipt.body).toContain('017-761-4154');
    expect(desk.ws.mail.outbox.some((m) => m.to.includes(STAFF))).toBe(true);
  });

  test('the same event delivered twice makes one case and one receipt', () => {
    const desk = newDesk();
    submit(desk, {}, { deliveries: 2 });
    expect(registerRecords(desk)).toHaveLength(1);
    expect(
      desk.ws.mail.outbox.filter((m) => m.to === 'taro@aomori-tech.example.co.jp'),
    ).toHaveLength(1);
  });

  test('a blank event registers nothing', () => {
    const desk = newDesk();
    const outcomes = desk.host.deliverBlankFormSubmit(desk.spreadsheetId);
    expect(outcomes.every((o) => !o.error)).toBe(true);
    expect(registerRecords(desk)).toHaveLength(0);
  });

  test('100 submissions delivered out of order, with repeats, make 100 consecutive unique cases', () => {
    const desk = newDesk();
    const recorded = Array.from({ length: 100 }, (_, i) => {
      desk.ws.clock.advance(400); // several within the same second
      return desk.ws.forms.recordResponse(
        desk.formId,
        proposal({ [Q.title]: `提案 ${i}`, [Q.email]: `a${i}@example.co.jp` }),
      );
    });
    // Deterministic shuffle; every tenth event is delivered twice.
    const order = recorded.map((r, i) => ({ r, k: (i * 37) % 101 })).sort((a, b) => a.k - b.k);
    order.forEach(({ r }, i) => desk.host.deliverFormSubmit(desk.formId, r, i % 10 === 0 ? 2 : 1));
    const rows = registerRecords(desk);
    expect(rows).toHaveLength(100);
    const numbers = rows.map((r) => String(r['案件番号'])).sort();
    expect(new Set(numbers).size).toBe(100);
    expect(numbers[0]).toBe('R8-0001');
    expect(numbers[99]).toBe('R8-0100');
    expect(new Set(rows.map((r) => r['件名'])).size).toBe(100);
  });

  test.each([
    ['2027-03-31T23:59:59+09:00', 'R8-0001'],
    ['2027-04-01T00:00:00+09:00', 'R9-0001'],
  ])('fiscal year starts 1 April in Japan: submitted %s → %s', (when, expected) => {
    const desk = newDesk({ now: '2027-03-31T12:00:00+09:00' });
    desk.ws.clock.set(when);
    submit(desk);
    expect(registerRecords(desk)[0]['案件番号']).toBe(expected);
  });

  test('numbers are never reused after rows are deleted', () => {
    const desk = newDesk();
    submit(desk, { [Q.title]: 'A' });
    const register = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
    register.grid.splice(1, 1); // someone deletes the case row
    submit(desk, { [Q.title]: 'B' });
    expect(registerRecords(desk).map((r) => r['案件番号'])).toEqual(['R8-0002']);
  });

  test.each([
    '=HYPERLINK("http://evil.example","click")',
    '+1+2',
    '-2+3',
    '@SUM(A1)',
    '\t=1+1',
    '\r=1+1',
    "'quoted",
    '0123',
    'TRUE',
    '2026/04/01',
  ])('an answer like %j is stored as text exactly as typed, never as a formula', (text) => {
    const desk = newDesk();
    submit(desk, { [Q.title]: text, [Q.organisation]: text });
    const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
    const titleCell = sheet.cell(2, 9)!;
    expect(titleCell.value).toBe(text);
    expect(titleCell.formula).toBe('');
    expect(registerRecords(desk)[0]['事業者名']).toBe(text);
  });

  test('emoji, full-width and half-width kana are kept as typed', () => {
    const desk = newDesk();
    const text = '🍎りんご ｱｵﾓﾘ アオモリ ＡＢＣ１２３ 𠮷野家';
    submit(desk, { [Q.title]: text, [Q.content]: text });
    const [row] = registerRecords(desk);
    expect(row['件名']).toBe(text);
    expect(row['提案内容']).toBe(text);
  });

  test('an answer longer than a cell is kept whole in 長文保管 and the case is flagged', () => {
    const desk = newDesk();
    const long = '公民連携'.repeat(15_000); // 60,000 characters
    submit(desk, { [Q.content]: long });
    const [row] = registerRecords(desk);
    expect(String(row['提案内容']).length).toBeLessThanOrEqual(50_000);
    expect(String(row['提案内容'])).toContain('長文保管');
    expect(row['要確認']).toBe(VALUES.review);
    const store = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('長文保管')!;
    let whole = '';
    for (let r = 2; r <= store.lastRow(); r++) whole += String(store.cell(r, 4)!.value);
    expect(whole).toBe(long);
  });

  test('an individual (not 個人事業主) is registered as 対象外 and gets a polite reply', () => {
    const desk = newDesk();
    submit(desk, { [Q.applicantType]: CHOICES.applicantType[4] });
    const [row] = registerRecords(desk);
    expect(row['ステータス']).toBe('対象外');
    expect(String(row['対象外理由'])).toContain('個人');
    const reply = desk.ws.mail.outbox.find((m) => m.to === 'taro@aomori-tech.example.co.jp')!;
    expect(reply.body).toContain('対象外');
  });

  test('a 個人事業主 is eligible', () => {
    const desk = newDesk();
    submit(desk, { [Q.applicantType]: CHOICES.applicantType[3] });
    expect(registerRecords(desk)[0]['ステータス']).toBe('受付・内容確認');
  });

  test('missing or malformed contact is registered and flagged 要確認', () => {
    const desk = newDesk();
    submit(desk, { [Q.email]: 'not-an-address', [Q.phone]: '' }, { skipValidation: true });
    const [row] = registerRecords(desk);
    expect(row['要確認']).toBe(VALUES.review);
    expect(String(row['確認事項'])).toContain('メールアドレス');
    expect(String(row['確認事項'])).toContain('電話番号');
    expect(row['受付通知']).toBe(VALUES.receiptPending);
  });

  test('a mail failure between the write and the email is recovered: one case, one receipt', () => {
    const desk = newDesk();
    desk.ws.ledger.injectFailure(
      'MailApp.sendEmail',
      'Service invoked too many times for one day: email.',
      2,
    );
    submit(desk);
    expect(registerRecords(desk)[0]['受付通知']).toBe(VALUES.receiptPending);
    clickMenu(desk, MENU.recover);
    clickMenu(desk, MENU.recover);
    const rows = registerRecords(desk);
    expect(rows).toHaveLength(1);
    expect(rows[0]['受付通知']).toBe(VALUES.receiptSent);
    const receipts = desk.ws.mail.outbox.filter((m) => m.to === 'taro@aomori-tech.example.co.jp');
    expect(receipts).toHaveLength(1);
  });

  test('a failure before the row is written loses nothing: recovery registers it once, same number', () => {
    const desk = newDesk();
    desk.ws.ledger.injectFailure(
      'Sheet.appendRow',
      'Service Spreadsheets failed while accessing document',
    );
    const [outcome] = desk.host.submitForm(desk.formId, proposal());
    expect(outcome.error).toBeTruthy();
    expect(registerRecords(desk)).toHaveLength(0);
    clickMenu(desk, MENU.recover);
    clickMenu(desk, MENU.recover);
    const rows = registerRecords(desk);
    expect(rows).toHaveLength(1);
    expect(rows[0]['案件番号']).toBe('R8-0001');
    expect(
      desk.ws.mail.outbox.filter((m) => m.to === 'taro@aomori-tech.example.co.jp'),
    ).toHaveLength(1);
  });

  test('a response the trigger never saw is registered by recovery', () => {
    const desk = newDesk();
    desk.ws.forms.recordResponse(desk.formId, proposal());
    clickMenu(desk, MENU.recover);
    const [row] = registerRecords(desk);
    expect(row['案件番号']).toBe('R8-0001');
    expect(row['受付経路']).toBe(VALUES.sourceRecovery);
    expect(row['受付通知']).toBe(VALUES.receiptSent);
  });

  test('a failed intake is reported to the desk and shown in the trigger status', () => {
    const desk = newDesk();
    desk.ws.ledger.injectFailure('Sheet.appendRow', 'boom');
    desk.host.submitForm(desk.formId, proposal());
    expect(desk.ws.mail.outbox.some((m) => m.subject.includes('エラー'))).toBe(true);
    clickMenu(desk, MENU.triggerStatus);
    const alert = desk.ws.ui.alerts[desk.ws.ui.alerts.length - 1];
    expect(JSON.stringify(alert)).toContain('boom');
  });

  test.each([10, 1000])(
    'a submission costs at most 15 service calls besides the emails, with %i cases registered',
    (size) => {
      const desk = newDesk();
      const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
      if (sheet.maxRows < size + 1) sheet.maxRows = size + 1; // rows exist only within the grid
      for (let i = 0; i < size; i++) {
        const r = sheet.cellForWrite(i + 2, 31);
        r.value = `F-preloaded-${i}`;
        sheet.cellForWrite(i + 2, 1).value = `R8-${i}`;
      }
      submit(desk);
      const calls = budgetCalls(desk);
      expect(calls.length).toBeLessThanOrEqual(15);
      expect(calls).toHaveLength(14);
    },
  );
});

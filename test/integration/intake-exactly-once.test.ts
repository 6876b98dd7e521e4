import { Q, REVIEW, VALUES } from '../../src/strings';
import { clickMenu, Desk, MENU, newDesk, proposal, registerRecords, STAFF } from '../support/desk';
import { documentProperties } from '../chaos/invariants/common';
import { legacyKey } from '../../src/domain/responseKey';

const APPLICANT = 'taro@aomori-tech.example.co.jp';

function receipts(desk: Desk): number {
  return desk.ws.mail.outbox.filter((m) => m.to === APPLICANT).length;
}

function deskNotices(desk: Desk): number {
  return desk.ws.mail.outbox.filter((m) => m.to.includes(STAFF) && m.subject.includes('新しい提案'))
    .length;
}

describe('intake: exactly once (issue 10)', () => {
  test('a failed desk notice does not make recovery send a second receipt; the row is flagged', () => {
    const desk = newDesk();
    desk.ws.ledger.injectFailure('MailApp.sendEmail', 'Service error: Mail', 1, 1);
    desk.host.submitForm(desk.formId, proposal());
    clickMenu(desk, MENU.recover);
    const [row] = registerRecords(desk);
    expect(receipts(desk)).toBe(1);
    expect(row['受付通知']).toBe(VALUES.receiptSent);
    expect(String(row['確認事項'])).toContain(REVIEW.deskNoticeFailed);
  });

  test('a failed journal write after the desk notice: recovery registers once, no second email', () => {
    const desk = newDesk();
    desk.ws.ledger.injectFailure('Sheet.appendRow', 'Service error: Spreadsheets');
    desk.host.submitForm(desk.formId, proposal());
    clickMenu(desk, MENU.recover);
    // The append failed after both sends: both were recorded, so neither is repeated... except
    // the desk notice, whose outcome is the row itself (at-least-once: repeated once).
    expect(registerRecords(desk)).toHaveLength(1);
    expect(receipts(desk)).toBe(1);
    expect(deskNotices(desk)).toBeLessThanOrEqual(2);
  });

  test('recovery while an intake waits before appendRow gives no second row with its number', () => {
    const desk = newDesk();
    const recorded = desk.ws.forms.recordResponse(desk.formId, proposal());
    const clean = newDesk();
    clean.host.deliverFormSubmit(
      clean.formId,
      clean.ws.forms.recordResponse(clean.formId, proposal()),
    );
    const calls = clean.ws.ledger.executions.at(-1)!.calls.map((c) => c.method);
    const appendAt = calls.indexOf('Sheet.appendRow') + 1;
    desk.ws.ledger.arm({
      kind: 'pause',
      at: appendAt,
      functionName: 'onProposalSubmitted',
      during: () => void clickMenu(desk, MENU.recover),
    });
    desk.host.deliverFormSubmit(desk.formId, recorded);
    clickMenu(desk, MENU.recover);
    const rows = registerRecords(desk);
    expect(rows.map((r) => r['案件番号'])).toEqual(['R8-0001']);
    expect(receipts(desk)).toBe(1);
  });

  test('a kill right after the receipt: a second delivery resends it once and registers once', () => {
    const desk = newDesk();
    const recorded = desk.ws.forms.recordResponse(desk.formId, proposal());
    const clean = newDesk();
    clean.host.deliverFormSubmit(
      clean.formId,
      clean.ws.forms.recordResponse(clean.formId, proposal()),
    );
    const calls = clean.ws.ledger.executions.at(-1)!.calls.map((c) => c.method);
    const afterReceipt = calls.indexOf('MailApp.sendEmail') + 2;
    desk.ws.ledger.arm({ kind: 'kill', at: afterReceipt, functionName: 'onProposalSubmitted' });
    desk.host.deliverFormSubmit(desk.formId, recorded);
    expect(registerRecords(desk)).toHaveLength(0);
    expect(Object.keys(documentProperties(desk)).some((k) => k.startsWith('intake.pending.'))).toBe(
      true,
    );
    desk.host.deliverFormSubmit(desk.formId, recorded);
    expect(registerRecords(desk).map((r) => r['案件番号'])).toEqual(['R8-0001']);
    expect(receipts(desk)).toBe(2); // at-least-once: the ambiguous send repeated once
    expect(deskNotices(desk)).toBe(1);
    expect(Object.keys(documentProperties(desk)).some((k) => k.startsWith('intake.pending.'))).toBe(
      false,
    );
  });

  test('two different responses from the same person in the same second are two cases', () => {
    const desk = newDesk();
    desk.host.submitForm(desk.formId, proposal({ [Q.content]: '一つ目の内容' }));
    desk.host.submitForm(desk.formId, proposal({ [Q.content]: '二つ目の内容' }));
    expect(registerRecords(desk).map((r) => r['案件番号'])).toEqual(['R8-0001', 'R8-0002']);
    clickMenu(desk, MENU.recover);
    expect(registerRecords(desk)).toHaveLength(2);
  });

  test('a row registered under the older key is not registered again by recovery', () => {
    const desk = newDesk();
    const at = new Date(desk.ws.clock.now());
    desk.host.submitForm(desk.formId, proposal());
    const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
    // What the previous version stored: timestamp and a hash of email, organisation, title, name.
    sheet.cellForWrite(2, 31).value = legacyKey(at, [
      APPLICANT,
      '株式会社あおもりテック',
      '除雪車両の位置情報を活用した除雪状況の見える化',
      '青森 太郎',
    ]);
    clickMenu(desk, MENU.recover);
    expect(registerRecords(desk)).toHaveLength(1);
  });

  test('a reversed period is flagged 要確認 with a message', () => {
    const desk = newDesk();
    desk.host.submitForm(
      desk.formId,
      proposal({ [Q.periodStart]: '2026-09-30', [Q.periodEnd]: '2026-06-01' }),
    );
    const [row] = registerRecords(desk);
    expect(row['要確認']).toBe(VALUES.review);
    expect(String(row['確認事項'])).toContain('終了日');
  });

  test("the form's own trigger registers the same response once, with the spreadsheet's", () => {
    const desk = newDesk();
    const sheetTrigger = desk.ws.triggers.triggers.find(
      (t) => t.handlerFunction === 'onProposalSubmitted',
    )!;
    desk.ws.triggers.add({
      ...sheetTrigger,
      uid: desk.ws.triggers.newUid(),
      owner: 'kikaku@city.aomori.example.lg.jp',
      triggerSource: 'FORMS',
      triggerSourceId: desk.formId,
    });
    const outcomes = desk.host.submitForm(desk.formId, proposal({ [Q.periodStart]: '2026-06-01' }));
    expect(outcomes.every((o) => !o.error)).toBe(true);
    expect(outcomes).toHaveLength(2);
    expect(registerRecords(desk)).toHaveLength(1);
    expect(receipts(desk)).toBe(1);
  });
});

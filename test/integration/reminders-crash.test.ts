/**
 * The sweep under kills and failed calls (issue 10): a digest's intent is journaled before its
 * send and its outcome after; the next run consolidates the journal, so nothing confirmed is sent
 * again, the one digest in flight is sent again once (its 送信記録 rows marked 送信未確認), and
 * 送信記録 is appended to, never overwritten. The full enumeration is in test/chaos/.
 */
import { MENU, SENT_LOG_UNCONFIRMED, SHEET } from '../../src/strings';
import type { CaseRecord } from '../../src/domain/workflow/caseRecord';
import { clickMenu, Desk, newDesk, STAFF } from '../support/desk';
import { mailSince, placeCases, placeDepartments, runTriggerDay } from '../support/reminders';

const DOURO = 'douro@city.aomori.example.lg.jp';
const KANKO = 'kanko@city.aomori.example.lg.jp';
const HANAKO = 'hanako@kita-univ.example.ac.jp';

/** Wednesday 2026-05-20: four digests (desk, 観光課, 道路維持課, the applicant), 7 reminders. */
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
  { caseNumber: 'R8-0004', status: '報告書作成', reportDue: '2026-05-25', email: HANAKO },
  { caseNumber: 'R8-0005', status: '事業実施', agreementEnd: '2026-07-01' },
];

/**
 * The sweep's calls: lock 2, properties 2, the spreadsheet 1, the register 2 (calls 1–7), the
 * spreadsheet's time zone for ヘルスチェック (8, the day's first run); then per digest its intent,
 * the send and its outcome (9–11, 12–14, …); then 送信記録 and the state.
 */
const INTENT = (digest: number) => 9 + 3 * digest;
const SEND = (digest: number) => INTENT(digest) + 1;
const OUTCOME = (digest: number) => INTENT(digest) + 2;
const FINAL_WRITE = INTENT(4) + 3;

function deskWithCases(): Desk {
  const desk = newDesk({ now: '2026-05-11T09:00:00+09:00' });
  placeDepartments(desk, [
    ['道路維持課', DOURO],
    ['観光課', KANKO],
  ]);
  placeCases(desk, CASES);
  clickMenu(desk, MENU.setup);
  // The day's first run (recovery of missed responses) is done: the next run sweeps.
  desk.ws.clock.set('2026-05-20T00:30:00+09:00');
  desk.host.runDueTimeTriggers();
  return desk;
}

function sweepAt(desk: Desk, time: string) {
  desk.ws.clock.set(`2026-05-20T${time}:00+09:00`);
  return desk.host.runDueTimeTriggers();
}

function sentLog(desk: Desk): string[][] {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.sentLog)!;
  const rows: string[][] = [];
  for (let r = 2; r <= sheet.lastRow(); r++) {
    const row: string[] = [];
    for (let c = 1; c <= 7; c++) row.push(String(sheet.cell(r, c)?.value ?? ''));
    rows.push(row);
  }
  return rows;
}

function props(desk: Desk): Record<string, string> {
  return Object.fromEntries(desk.ws.properties.documentStore(desk.spreadsheetId));
}

const journalValues = (desk: Desk) =>
  Object.entries(props(desk)).filter(([k, v]) => k.startsWith('reminders.journal.') && v !== '');

describe('a sweep stopped midway', () => {
  test('killed after two digests: the next hour sends the other two only', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'kill', at: INTENT(2), functionName: 'onDailySweep' });
    const [killed] = sweepAt(desk, '08:30');
    expect((killed.error as Error).message).toBe('Exceeded maximum execution time');
    const first = mailSince(desk, before).map((m) => m.to);
    expect(first).toHaveLength(2);
    expect(journalValues(desk).length).toBeGreaterThan(0);
    sweepAt(desk, '09:30');
    const all = mailSince(desk, before).map((m) => m.to);
    expect(all.sort()).toEqual([DOURO, HANAKO, KANKO, STAFF].sort());
    const log = sentLog(desk);
    expect(log).toHaveLength(7);
    expect(new Set(log.map((r) => r[6])).size).toBe(7);
    expect(log.some((r) => r[5].includes(SENT_LOG_UNCONFIRMED))).toBe(false);
    expect(journalValues(desk)).toEqual([]);
  });

  test('killed right after a send: that digest goes again once, its first rows say 送信未確認', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'kill', at: OUTCOME(0), functionName: 'onDailySweep' });
    sweepAt(desk, '08:30');
    const [inFlight] = mailSince(desk, before);
    expect(inFlight.to).toBe(STAFF); // the most urgent digest went, unconfirmed
    sweepAt(desk, '09:30');
    const all = mailSince(desk, before);
    expect(all.map((m) => m.to).sort()).toEqual([DOURO, HANAKO, KANKO, STAFF, STAFF].sort());
    const log = sentLog(desk);
    const unconfirmed = log.filter((r) => r[5].includes(SENT_LOG_UNCONFIRMED));
    // The desk's 4 reminders: once unconfirmed (the killed run), once confirmed (the resend).
    expect(unconfirmed).toHaveLength(4);
    expect(unconfirmed.every((r) => r[1] === STAFF)).toBe(true);
    expect(log).toHaveLength(7 + 4);
    sweepAt(desk, '10:30');
    clickMenu(desk, MENU.runSweepNow);
    expect(mailSince(desk, before)).toHaveLength(5); // never a third time
  });

  test('killed at the send: the digest goes on the next run, nothing twice', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'kill', at: SEND(1), functionName: 'onDailySweep' });
    sweepAt(desk, '08:30');
    expect(mailSince(desk, before)).toHaveLength(1);
    sweepAt(desk, '09:30');
    const all = mailSince(desk, before).map((m) => m.to);
    expect(all.sort()).toEqual([DOURO, HANAKO, KANKO, STAFF].sort());
  });

  test('the final properties write fails: the next run resends nothing, overwrites no row', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'fail', at: FINAL_WRITE, functionName: 'onDailySweep' });
    const [failed] = sweepAt(desk, '08:30');
    expect((failed.error as Error).message).toBe('Service error: Spreadsheets');
    const logAfterFailure = sentLog(desk);
    expect(logAfterFailure).toHaveLength(7);
    expect(JSON.parse(props(desk)['trigger.daily.lastRun']).error).toContain('Service error');
    sweepAt(desk, '09:30');
    expect(mailSince(desk, before)).toHaveLength(4);
    expect(sentLog(desk)).toEqual(logAfterFailure);
    expect(journalValues(desk)).toEqual([]);
    // The next day appends below the day's rows.
    runTriggerDay(desk, '2026-05-22');
    const log = sentLog(desk);
    expect(log.slice(0, 7)).toEqual(logAfterFailure);
    expect(log.length).toBeGreaterThan(7);
  });

  test('a failed intent write stops the run before its send; the next hour continues', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'fail', at: INTENT(1), functionName: 'onDailySweep' });
    sweepAt(desk, '08:30');
    expect(mailSince(desk, before)).toHaveLength(1);
    sweepAt(desk, '09:30');
    expect(
      mailSince(desk, before)
        .map((m) => m.to)
        .sort(),
    ).toEqual([DOURO, HANAKO, KANKO, STAFF].sort());
    expect(sentLog(desk)).toHaveLength(7);
  });

  test('a failed outcome write is tried again: no repeat', () => {
    const desk = deskWithCases();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'fail', at: OUTCOME(0), functionName: 'onDailySweep' });
    const [run] = sweepAt(desk, '08:30');
    expect(run.error).toBeFalsy();
    expect(mailSince(desk, before)).toHaveLength(4);
    expect(sentLog(desk)).toHaveLength(7);
  });
});

describe('a failed read is not "nothing there"', () => {
  test('a failed read of 担当課 stops the run; it never sends department items to the desk', () => {
    const desk = newDesk({ now: '2026-05-11T09:00:00+09:00' });
    placeCases(desk, CASES); // 担当課 filled after setup: the sweep reads it (calls 8 and 9)
    placeDepartments(desk, [
      ['道路維持課', DOURO],
      ['観光課', KANKO],
    ]);
    desk.ws.clock.set('2026-05-20T00:30:00+09:00');
    desk.host.runDueTimeTriggers();
    const before = desk.ws.mail.outbox.length;
    desk.ws.ledger.arm({ kind: 'fail', at: 9, functionName: 'onDailySweep' });
    const [failed] = sweepAt(desk, '08:30');
    expect(failed.execution.calls[7].method).toBe('Spreadsheet.getRange');
    expect(failed.error).toBeTruthy();
    expect(mailSince(desk, before)).toEqual([]);
    sweepAt(desk, '09:30');
    const mails = mailSince(desk, before);
    expect(mails.map((m) => m.to).sort()).toEqual([DOURO, HANAKO, KANKO, STAFF].sort());
    expect(mails.find((m) => m.to === STAFF)!.body).not.toContain('メールアドレスが');
  });
});

describe('送信記録 is append-only', () => {
  test('rows typed below the last row are kept; the sweep writes after them', () => {
    const desk = deskWithCases();
    const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.sentLog)!;
    sheet.cellForWrite(2, 1).value = '手書きのメモ';
    sweepAt(desk, '08:30');
    const log = sentLog(desk);
    expect(log[0][0]).toBe('手書きのメモ');
    expect(log.slice(1)).toHaveLength(7);
    runTriggerDay(desk, '2026-05-22');
    expect(sentLog(desk)[0][0]).toBe('手書きのメモ');
  });

  test('after a clean run the journal holds nothing', () => {
    const desk = deskWithCases();
    sweepAt(desk, '08:30');
    expect(Object.keys(props(desk)).some((k) => k.startsWith('reminders.journal.'))).toBe(true);
    expect(journalValues(desk)).toEqual([]);
  });
});

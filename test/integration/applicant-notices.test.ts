/**
 * Applicant notices (issue 12): the built bundle on the emulator. Each move the process table
 * marks sends one notice to the case's applicant; 設定 turns a stage off; a comment never reaches
 * the applicant; a status typed into the register (a simple trigger, which may not send mail)
 * leaves its notice in the journal's outbox for the next full execution; the receipt differs by
 * track and kind.
 */
import type { CaseRef } from '../../src/app/sidebarContract';
import { registerColumn, RegisterKey } from '../../src/domain/register';
import { CHOICES, Q, SHEET } from '../../src/strings';
import { WORKFLOW_UI } from '../../src/strings/workflow';
import { Answers, Desk, newDesk, STAFF } from '../support/desk';
import {
  expectOk,
  historyRows,
  lastCalls,
  move,
  POC,
  run,
  seedDepartments,
  sheetOf,
  statusOf,
  submitCase,
} from '../support/workflow';

const APPLICANT = 'taro@aomori-tech.example.co.jp';
const POC_APPLICANT = 'hanako@kita-univ.example.ac.jp';
const NOTICE_SUBJECT = 'ご提案について：';

/** The answers the form requires besides the support's defaults (所在地, 代表者). */
const EXTRA: Answers = {
  [Q.address]: '青森県青森市新町一丁目1-1',
  [Q.representative]: '代表取締役 青森 一郎',
};

function submit(desk: Desk, overrides: Answers = {}): CaseRef {
  return submitCase(desk, { ...EXTRA, ...overrides });
}

function notices(desk: Desk, to: string) {
  return desk.ws.mail.outbox.filter((m) => m.to === to && m.subject.includes(NOTICE_SUBJECT));
}

/** Writes a register cell straight into the model (as staff would type a date). */
function setCell(desk: Desk, row: number, key: RegisterKey, value: Date | string): void {
  sheetOf(desk, SHEET.register).cellForWrite(row, registerColumn(key)).value = value;
}

function documentProps(desk: Desk): Record<string, string> {
  return Object.fromEntries(desk.ws.properties.documents.get(desk.spreadsheetId) ?? []);
}

function outboxKeys(desk: Desk): string[] {
  return Object.keys(documentProps(desk)).filter((k) => k.startsWith('journal.outbox.'));
}

/** Sets a 設定 item by its label (the onEdit of 設定 applies it at once). */
function setSetting(desk: Desk, label: string, value: string): void {
  const sheet = sheetOf(desk, SHEET.settings);
  for (let r = 2; r <= sheet.lastRow(); r++) {
    if (sheet.cell(r, 1)?.value === label) {
      desk.host.editCell(desk.spreadsheetId, SHEET.settings, r, 2, value, STAFF);
      return;
    }
  }
  throw new Error(`no setting ${label}`);
}

const RECEIVED = new Date('2026-05-11T00:00:00+09:00');

describe('a move that tells the applicant (sidebar)', () => {
  test('partnership to the end: one notice at 対話・調整, 回答（可）, 連携協定締結 and 完了', () => {
    const desk = newDesk();
    const ref = submit(desk);
    const expected: Record<string, string | null> = {
      対話・調整: '対話・調整を開始します',
      提案書確認: null,
      実施可否判断: null,
      '回答（可）': '検討結果のお知らせ',
      連携協定締結: '連携協定を締結しました',
      事業実施: null,
      完了: '手続が完了しました',
    };
    setCell(desk, ref.row, 'proposalReceivedOn', RECEIVED);
    for (const [to, phrase] of Object.entries(expected)) {
      const before = notices(desk, APPLICANT).length;
      expectOk(move(desk, ref, to));
      const sent = notices(desk, APPLICANT).slice(before);
      if (phrase === null) expect(sent).toHaveLength(0);
      else {
        expect(sent).toHaveLength(1);
        expect(sent[0].subject).toContain(phrase);
        expect(sent[0].subject).toContain(ref.caseNumber);
      }
    }
    expect(outboxKeys(desk)).toEqual([]);
  });

  test('PoC: 報告書受領 notifies too; a step back does not', () => {
    const desk = newDesk();
    const ref = submit(desk, POC);
    setCell(desk, ref.row, 'proposalReceivedOn', RECEIVED);
    for (const to of ['対話・調整', '提案書確認', '対話・調整', '提案書確認', '実施可否判断']) {
      expectOk(move(desk, ref, to));
    }
    // 対話・調整 entered once forward, once by a step back: one notice.
    expect(notices(desk, POC_APPLICANT)).toHaveLength(1);
    for (const to of ['回答（可）', '連携協定締結', '実施準備']) expectOk(move(desk, ref, to));
    for (const itemId of ['coordination', 'permits', 'publicNotice']) {
      expectOk(run(desk, 'sidebarSetChecklistItem', { ...ref, itemId, done: true }));
    }
    for (const to of ['実証実験の実施・立ち合い', '報告書作成']) expectOk(move(desk, ref, to));
    setCell(desk, ref.row, 'reportReceivedOn', new Date('2026-06-01T00:00:00+09:00'));
    expectOk(move(desk, ref, '報告書受領'));
    const all = notices(desk, POC_APPLICANT);
    expect(all.map((m) => m.subject.replace(/^.*ご提案について：|（受付番号.*$/g, ''))).toEqual([
      '対話・調整を開始します',
      '検討結果のお知らせ',
      '連携協定を締結しました',
      '報告書を受領しました',
    ]);
    expect(all[2].body).toContain('報告書をご提出ください');
  });

  test('不採択 and 取下げ: the answer and the withdrawal are told once each', () => {
    const desk = newDesk();
    const declined = submit(desk);
    const withdrawn = submit(desk, { [Q.title]: '市民体育館の照明LED化' });
    expectOk(move(desk, declined, '不採択', '予算措置が困難'));
    expectOk(move(desk, withdrawn, '取下げ'));
    const sent = notices(desk, APPLICANT);
    expect(sent).toHaveLength(2);
    expect(sent[0].body).toContain(declined.caseNumber);
    expect(sent[0].body).toContain('実施が困難');
    expect(sent[1].body).toContain(withdrawn.caseNumber);
    expect(sent[1].body).toContain('取下げを承りました');
  });

  test('the comment stays inside: the notice never carries it; the history notes the notice', () => {
    const desk = newDesk();
    const ref = submit(desk);
    const comment = '内部メモ：担当課は消極的、予算の見込みなし';
    const { historyEntry } = expectOk(move(desk, ref, '対話・調整', comment));
    const [notice] = notices(desk, APPLICANT);
    expect(notice.body).not.toContain('内部メモ');
    expect(notice.body).not.toContain('予算の見込み');
    expect(notice.subject).not.toContain('内部メモ');
    const history = historyRows(desk);
    expect(history).toHaveLength(1);
    expect(String(history[0][5])).toBe(
      `${comment}\n［申請者へお知らせ：${'対話・調整（提案内容の具体化に向けた打合せ・庁内調整）'}（${APPLICANT}）］`,
    );
    expect(historyEntry.comment).toBe(history[0][5]);
    // From the desk's address, replies going to the desk.
    expect(notice.name).toBe('青森市公民連携デスク');
  });

  test('a stage turned off in 設定 sends nothing; the others still do', () => {
    const desk = newDesk();
    setSetting(desk, '申請者に通知しない段階', '対話・調整, 回答（可）');
    const ref = submit(desk);
    setCell(desk, ref.row, 'proposalReceivedOn', RECEIVED);
    for (const to of ['対話・調整', '提案書確認', '実施可否判断', '回答（可）']) {
      expectOk(move(desk, ref, to));
    }
    expect(notices(desk, APPLICANT)).toHaveLength(0);
    expect(historyRows(desk).map((r) => r[5])).toEqual(['', '', '', '']);
    expectOk(move(desk, ref, '連携協定締結'));
    expect(notices(desk, APPLICANT)).toHaveLength(1);
  });

  test('no valid address: nothing is sent and the history says so', () => {
    const desk = newDesk();
    const ref = submit(desk);
    setCell(desk, ref.row, 'email', '');
    const before = desk.ws.mail.outbox.length;
    expectOk(move(desk, ref, '取下げ', '電話で申出'));
    expect(desk.ws.mail.outbox.length).toBe(before);
    expect(String(historyRows(desk)[0][5])).toContain('お知らせ（取下げ）は送っていません');
  });

  test('costs the status change plus the send and its one "sent" call', () => {
    const desk = newDesk();
    const ref = submit(desk);
    expectOk(move(desk, ref, '対話・調整'));
    const calls = lastCalls(desk);
    expect(calls.filter((c) => c === 'MailApp.sendEmail')).toHaveLength(1);
    expect(calls.length - 1).toBeLessThanOrEqual(15);
    // The send comes after the history row and the register write: the move is recorded first.
    const send = calls.indexOf('MailApp.sendEmail');
    expect(calls.indexOf('Sheet.appendRow')).toBeLessThan(send);
    expect(calls.lastIndexOf('Range.setValues')).toBeLessThan(send);
  });

  test('a move pressed twice (the same request id) tells the applicant once', () => {
    const desk = newDesk();
    const ref = submit(desk);
    const request = {
      ...ref,
      expectedStatus: '受付・内容確認',
      to: '対話・調整',
      comment: '',
      requestId: 'req-notice-0001',
    };
    expectOk(run(desk, 'sidebarMoveCase', request));
    expectOk(run(desk, 'sidebarMoveCase', request));
    expect(notices(desk, APPLICANT)).toHaveLength(1);
  });

  test('killed right before the send: pressing again sends it, once', () => {
    const desk = newDesk();
    const ref = submit(desk);
    const request = {
      ...ref,
      expectedStatus: '受付・内容確認',
      to: '対話・調整',
      comment: '',
      requestId: 'req-notice-0002',
    };
    expectOk(run(desk, 'sidebarMoveCase', request));
    const clean = desk.host.lastExecution().calls.map((c) => c.method);
    const at = clean.indexOf('MailApp.sendEmail') + 1;
    const fresh = newDesk();
    const ref2 = submit(fresh);
    fresh.ws.ledger.arm({ kind: 'kill', at, functionName: 'sidebarMoveCase' });
    try {
      run(fresh, 'sidebarMoveCase', { ...request, ...ref2 });
    } catch {
      // killed: "Exceeded maximum execution time"
    }
    fresh.ws.ledger.disarm();
    expect(statusOf(fresh, ref2.row)).toBe('対話・調整');
    expect(notices(fresh, APPLICANT)).toHaveLength(0);
    // The move's intent still holds the notice (it is sent just before the "done" write).
    expect(outboxKeys(fresh)).toHaveLength(0);
    expectOk(run(fresh, 'sidebarMoveCase', { ...request, ...ref2 }));
    expect(notices(fresh, APPLICANT)).toHaveLength(1);
    expect(outboxKeys(fresh)).toEqual([]);
  });
});

describe('a status typed into the register (simple trigger: no mail there)', () => {
  test('the move is recorded at once; its notice goes with the next action, once', () => {
    const desk = newDesk();
    const ref = submit(desk);
    const other = submit(desk, { [Q.title]: '別の提案' });
    desk.host.editCell(
      desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('status'),
      '対話・調整',
      STAFF,
    );
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(notices(desk, APPLICANT)).toHaveLength(0);
    expect(outboxKeys(desk)).toHaveLength(1);
    expect(String(historyRows(desk)[0][5])).toContain('申請者へお知らせ');
    // The next action (any case) sends what waits, then does its own.
    expectOk(run(desk, 'sidebarSaveGoals', { ...other, goal: '目標', roleSplit: '分担' }));
    const sent = notices(desk, APPLICANT);
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toContain(ref.caseNumber);
    expect(outboxKeys(desk)).toEqual([]);
  });

  test('or with the hourly trigger, once', () => {
    const desk = newDesk();
    const ref = submit(desk);
    desk.host.editCell(
      desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('status'),
      '取下げ',
      STAFF,
    );
    expect(notices(desk, APPLICANT)).toHaveLength(0);
    desk.ws.clock.set('2026-05-11T10:30:00+09:00');
    desk.host.runDueTimeTriggers();
    desk.ws.clock.set('2026-05-11T11:30:00+09:00');
    desk.host.runDueTimeTriggers();
    expect(notices(desk, APPLICANT)).toHaveLength(1);
    expect(outboxKeys(desk)).toEqual([]);
  });
});

describe('a typed status while a hand-off waits for its email', () => {
  test('the guard cannot send it (simple trigger): the edit is put back, the hand-off kept', () => {
    const request = (ref: CaseRef) => ({
      ...ref,
      department: '道路維持課',
      request: '除雪計画との整合を確認',
      dueDate: '',
      requestId: 'req-handoff-0001',
    });
    const probe = newDesk();
    seedDepartments(probe);
    const probeRef = submit(probe);
    expectOk(run(probe, 'sidebarAssignDepartment', request(probeRef)));
    const at =
      probe.host
        .lastExecution()
        .calls.map((c) => c.method)
        .indexOf('MailApp.sendEmail') + 1;

    const desk = newDesk();
    seedDepartments(desk);
    const ref = submit(desk);
    desk.ws.ledger.arm({ kind: 'kill', at, functionName: 'sidebarAssignDepartment' });
    try {
      run(desk, 'sidebarAssignDepartment', request(ref));
    } catch {
      // killed at the send
    }
    desk.ws.ledger.disarm();
    const handoffs = () =>
      desk.ws.mail.outbox.filter((m) => m.to === 'douro@city.aomori.example.lg.jp').length;
    expect(handoffs()).toBe(0);
    desk.host.editCell(
      desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('status'),
      '対話・調整',
      STAFF,
    );
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(desk.ws.ui.toasts[desk.ws.ui.toasts.length - 1].message).toContain(WORKFLOW_UI.busy);
    expect(handoffs()).toBe(0);
    // The same button pressed again completes the hand-off: its email goes once.
    expectOk(run(desk, 'sidebarAssignDepartment', request(ref)));
    expect(handoffs()).toBe(1);
  });
});

describe('the receipt differs by track and kind', () => {
  function receipt(desk: Desk, to: string) {
    return desk.ws.mail.outbox.find((m) => m.to === to && m.subject.includes('受け付けました'))!;
  }

  test('a PoC answering a 課題 with a 事前相談 requested: all three paragraphs', () => {
    const desk = newDesk();
    submit(desk, {
      ...POC,
      [Q.proposalKind]: CHOICES.proposalKind[1],
      [Q.challenge]: '',
      [Q.preConsultation]: CHOICES.preConsultation[0],
    });
    const body = receipt(desk, POC_APPLICANT).body;
    expect(body).toContain('費用は、ご提案者様のご負担');
    expect(body).toContain('報告書をご提出いただきます');
    expect(body).toContain('【課題提案】');
    expect(body).toContain('事前相談をご希望');
  });

  test('a partnership 自由提案 without 事前相談: none of them', () => {
    const desk = newDesk();
    submit(desk);
    const body = receipt(desk, APPLICANT).body;
    expect(body).not.toContain('【実証実験サポートについて】');
    expect(body).not.toContain('【課題提案】');
    expect(body).not.toContain('【事前相談】');
  });
});

describe('その他の連携手法: 担当課へ引継ぎ is the desk’s answer (guideline: the department will contact them)', () => {
  test('the hand-over tells the applicant the department will contact them; 完了 tells them once more', () => {
    const desk = newDesk();
    const ref = submit(desk, { [Q.method]: 'ネーミングライツ' });
    expect(notices(desk, APPLICANT)).toHaveLength(0);
    expectOk(move(desk, ref, '担当課へ引継ぎ'));
    const sent = notices(desk, APPLICANT);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toContain('担当課へ引き継ぎました');
    expect(sent[0].subject).toContain(ref.caseNumber);
    expect(sent[0].body).toContain('担当課からご連絡いたします');
    expectOk(move(desk, ref, '完了'));
    expect(notices(desk, APPLICANT)).toHaveLength(2);
  });

  test('設定「申請者に通知しない段階」 can turn it off', () => {
    const desk = newDesk();
    setSetting(desk, '申請者に通知しない段階', '担当課へ引継ぎ');
    const ref = submit(desk, { [Q.method]: 'ネーミングライツ' });
    expectOk(move(desk, ref, '担当課へ引継ぎ'));
    expect(notices(desk, APPLICANT)).toHaveLength(0);
  });
});

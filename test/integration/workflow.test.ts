import { MENU, SHEET } from '../../src/strings';
import { Q } from '../../src/strings';
import type { ServerResult } from '../../src/app/sidebarContract';
import { registerColumn } from '../../src/domain/register';
import { WORKFLOW_UI } from '../../src/strings/workflow';
import { clickMenu, newDesk, STAFF, STAFF_2 } from '../support/desk';
import {
  cellOf,
  expectOk,
  expectRefused,
  historyRows,
  lastCalls,
  move,
  NAMING_RIGHTS,
  POC,
  preloadCases,
  run,
  statusOf,
  submitCase,
} from '../support/workflow';

const tokyoMidnight = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

/** Calls of the status change itself: from the first call to the row written back. */
function moveCalls(calls: string[]): string[] {
  return calls.slice(0, calls.indexOf('Range.setValues') + 2);
}

describe('moving a case from the sidebar', () => {
  test('forward: status, change date, due date and owner in the register; one history row', () => {
    const desk = newDesk(); // Monday 2026-05-11 09:00 Tokyo
    const ref = submitCase(desk);
    const { summary: view, historyEntry } = expectOk(
      move(desk, ref, '対話・調整', '初回面談の日程を調整'),
    );
    expect(view.status).toBe('対話・調整');
    // The summary is the row as read, not as written (text is written with an apostrophe).
    expect(view.caseNumber).toBe(ref.caseNumber);
    expect(view.organisation).toBe('株式会社あおもりテック');
    // …including the cells the move itself wrote as text (the desk owner).
    expect(view.owner).toBe(STAFF);
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(cellOf(desk, ref.row, 'statusChangedAt')).toEqual(tokyoMidnight('2026-05-11'));
    // 対話・調整: 10 business days → Monday 25 May.
    expect(cellOf(desk, ref.row, 'dueDate')).toEqual(tokyoMidnight('2026-05-25'));
    expect(view.dueDate).toBe('2026-05-25');
    expect(cellOf(desk, ref.row, 'owner')).toBe(STAFF);
    const history = historyRows(desk);
    expect(history).toHaveLength(1);
    expect(history[0].slice(1)).toEqual([
      STAFF,
      ref.caseNumber,
      '受付・内容確認',
      '対話・調整',
      // The comment, then the note that the applicant was told (issue 12, applicant notices).
      expect.stringMatching(/^初回面談の日程を調整\n［申請者へお知らせ：対話・調整/),
    ]);
    expect(historyEntry).toEqual(
      expect.objectContaining({ from: '受付・内容確認', to: '対話・調整', by: STAFF }),
    );
    expect(expectOk(run(desk, 'sidebarGetCase', ref)).history).toEqual([historyEntry]);
    expect(view.moves.map((m) => m.to)).toEqual([
      '提案書確認',
      '受付・内容確認',
      '不採択',
      '取下げ',
    ]);
  });

  test('rework: one step back, recorded like any move', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(move(desk, ref, '対話・調整'));
    expectOk(move(desk, ref, '提案書確認'));
    const { summary: view } = expectOk(move(desk, ref, '対話・調整', '提案書の再提出を依頼'));
    expect(view.status).toBe('対話・調整');
    expect(historyRows(desk).map((r) => [r[3], r[4]])).toEqual([
      ['受付・内容確認', '対話・調整'],
      ['対話・調整', '提案書確認'],
      ['提案書確認', '対話・調整'],
    ]);
    expect(expectOk(run(desk, 'sidebarGetCase', ref)).history).toHaveLength(3);
  });

  test('early decline before the answer ends the case; nothing can follow', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const { summary: view } = expectOk(
      move(desk, ref, '不採択', '市の方針と合わないため早めに回答'),
    );
    expect(view.status).toBe('不採択');
    expect(view.moves).toEqual([]);
    expect(cellOf(desk, ref.row, 'dueDate')).toBe('');
    const message = expectRefused(move(desk, ref, '対話・調整'));
    expect(message).toContain('終了した状態');
    expect(historyRows(desk)).toHaveLength(1);
  });

  test('withdrawal from any open status', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(move(desk, ref, '対話・調整'));
    expectOk(move(desk, ref, '提案書確認'));
    expect(expectOk(move(desk, ref, '取下げ', '提案者から取下げの連絡')).summary.status).toBe(
      '取下げ',
    );
  });

  test('a move the process does not allow is refused, naming the allowed next states', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const message = expectRefused(move(desk, ref, '実施可否判断'));
    expect(message).toBe(
      '「受付・内容確認」から「実施可否判断」へは移行できません。移行できる状態：「対話・調整」、「不採択」、「対象外」、「取下げ」',
    );
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(historyRows(desk)).toHaveLength(0);
  });

  test('both tracks to the end: partnership without agreement, PoC with its checklist', () => {
    const desk = newDesk();
    const partnership = submitCase(desk);
    for (const to of [
      '対話・調整',
      '提案書確認',
      '実施可否判断',
      '回答（可）',
      '事業実施',
      '完了',
    ]) {
      expectOk(move(desk, partnership, to));
    }
    expect(statusOf(desk, partnership.row)).toBe('完了');
    const poc = submitCase(desk, POC);
    for (const to of [
      '対話・調整',
      '提案書確認',
      '実施可否判断',
      '回答（可）',
      '連携協定締結',
      '実施準備',
    ]) {
      expectOk(move(desk, poc, to));
    }
    const pending = expectRefused(move(desk, poc, '実証実験の実施・立ち合い'));
    expect(pending).toContain('使用許可申請等');
    let view = expectOk(run(desk, 'sidebarGetCase', poc));
    expect(view.checklist.map((c) => c.done)).toEqual([false, false, false]);
    for (const item of view.checklist) {
      view = expectOk(
        run(desk, 'sidebarSetChecklistItem', { ...poc, itemId: item.id, done: true }),
      );
    }
    expect(view.checklist.every((c) => c.done)).toBe(true);
    expect(cellOf(desk, poc.row, 'pocChecklist')).toBe(
      '土地・施設管理者、地元関係者との調整\n使用許可申請等\n地域への周知',
    );
    for (const to of ['実証実験の実施・立ち合い', '報告書作成', '報告書受領', '完了']) {
      expectOk(move(desk, poc, to));
    }
    expect(statusOf(desk, poc.row)).toBe('完了');
  });

  test('other methods: received, handed to the department, done', () => {
    const desk = newDesk();
    const ref = submitCase(desk, NAMING_RIGHTS);
    const refused = expectRefused(move(desk, ref, '対話・調整'));
    expect(refused).toContain('「担当課へ引継ぎ」');
    expectOk(move(desk, ref, '担当課へ引継ぎ'));
    expectOk(move(desk, ref, '完了'));
  });

  test('a stale status (someone else moved the case) is refused and nothing changes', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(move(desk, ref, '対話・調整'));
    const message = expectRefused(
      run(desk, 'sidebarMoveCase', {
        ...ref,
        expectedStatus: '受付・内容確認',
        to: '対話・調整',
        comment: '',
      }),
    );
    expect(message).toContain('ほかの人が');
    expect(message).toContain('開き直して');
    expect(historyRows(desk)).toHaveLength(1);
  });

  test('a row that no longer holds the case (sorted, deleted) is refused', () => {
    const desk = newDesk();
    const a = submitCase(desk, { [Q.title]: 'A' });
    const b = submitCase(desk, { [Q.title]: 'B' });
    const message = expectRefused(
      run(desk, 'sidebarMoveCase', {
        row: a.row,
        caseNumber: b.caseNumber,
        expectedStatus: '受付・内容確認',
        to: '対話・調整',
        comment: '',
      }),
    );
    expect(message).toContain('開き直して');
    expect(statusOf(desk, a.row)).toBe('受付・内容確認');
    expect(statusOf(desk, b.row)).toBe('受付・内容確認');
  });

  test('text cells of the row stay text exactly as typed after the row is written back', () => {
    const desk = newDesk();
    const ref = submitCase(desk, {
      [Q.organisation]: '=1+1',
      [Q.title]: '0123',
      [Q.content]: '2026/04/01',
    });
    expectOk(move(desk, ref, '対話・調整'));
    const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.register)!;
    expect(cellOf(desk, ref.row, 'organisation')).toBe('=1+1');
    expect(cellOf(desk, ref.row, 'title')).toBe('0123');
    expect(cellOf(desk, ref.row, 'content')).toBe('2026/04/01');
    expect(sheet.cell(ref.row, 11)!.formula).toBe('');
    expect(cellOf(desk, ref.row, 'receivedAt')).toBeInstanceOf(Date);
  });

  test('dates typed as text in the row: 和暦 and 年月日 count, anything else is named', () => {
    const desk = newDesk();
    const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.register)!;
    const poc = submitCase(desk, POC);
    const setCell = (key: Parameters<typeof registerColumn>[0], value: string) =>
      (sheet.cellForWrite(poc.row, registerColumn(key)).value = value);
    setCell('status', '実証実験の実施・立ち合い');
    // A cell formatted as text keeps what staff type: the PoC end as a letter prints it.
    setCell('pocEnd', '令和8年5月8日（金）');
    expectOk(move(desk, poc, '報告書作成'));
    // 5/8 + 30 days is Sun 6/7: the report is due on the next business day (issue 12).
    expect(cellOf(desk, poc.row, 'reportDue')).toEqual(tokyoMidnight('2026-06-08'));
    expect(cellOf(desk, poc.row, 'pocEnd')).toBe('令和8年5月8日（金）');

    const unreadable = submitCase(desk, POC);
    sheet.cellForWrite(unreadable.row, registerColumn('status')).value = '実証実験の実施・立ち合い';
    sheet.cellForWrite(unreadable.row, registerColumn('pocEnd')).value = '5月末';
    expect(expectRefused(move(desk, unreadable, '報告書作成'))).toBe(
      WORKFLOW_UI.unreadableRegisterDate('実証終了日', '5月末'),
    );
    expect(statusOf(desk, unreadable.row)).toBe('実証実験の実施・立ち合い');
    expect(historyRows(desk).map((r) => r[2])).toEqual([poc.caseNumber]);
  });

  test('malformed requests get a Japanese message, never a stack', () => {
    const desk = newDesk();
    submitCase(desk);
    for (const bad of [null, {}, { row: 'x', caseNumber: 1 }, { row: 1, caseNumber: 'R8-0001' }]) {
      expect(expectRefused(run(desk, 'sidebarMoveCase', bad))).toContain('開き直して');
    }
  });
});

describe('who may act', () => {
  test.each([
    ['someone not listed as desk staff', 'stranger@example.com', 'デスク職員に登録されていない'],
    ['an unknown user (empty email)', '', 'ユーザーを確認できない'],
  ])('%s is refused and nothing changes', (_who, user, text) => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const before = JSON.stringify(
      desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheets.map((s) => s.grid),
    );
    const calls: Array<ServerResult<unknown>> = [
      move(desk, ref, '対話・調整', '', user),
      run(desk, 'sidebarGetCase', ref, user),
      run(desk, 'sidebarSaveGoals', { ...ref, goal: 'x', roleSplit: 'y' }, user),
      run(
        desk,
        'sidebarAddDialogue',
        { ...ref, date: '2026-05-11', parties: 'a', summary: 'b' },
        user,
      ),
      run(desk, 'dialogRegisterPreConsultation', { organisation: 'x' }, user),
    ];
    for (const result of calls) expect(expectRefused(result)).toContain(text);
    const after = JSON.stringify(
      desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheets.map((s) => s.grid),
    );
    expect(after).toBe(before);
  });
});

describe('desk staff listed in 設定 after setup', () => {
  test("are refused cleanly until 設定を反映 adds them to the logs' protections, then may act", () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    // Typing in 設定 updates the settings at once (onEdit), but a simple trigger cannot change
    // protections: the new member is staff, yet not yet an editor of 履歴.
    desk.host.editCell(desk.spreadsheetId, SHEET.settings, 7, 2, `${STAFF}, ${STAFF_2}`);
    const refused = expectRefused(move(desk, ref, '対話・調整', '', STAFF_2));
    expect(refused).toContain('「設定を反映」');
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(historyRows(desk)).toHaveLength(0);
    clickMenu(desk, MENU.applySettings);
    expectOk(move(desk, ref, '対話・調整', '', STAFF_2));
    expect(historyRows(desk)[0][1]).toBe(STAFF_2);
  });
});

describe('call budget', () => {
  test.each([10, 1000])(
    'a status change costs 14 service calls with %i cases in the register',
    (size) => {
      const desk = newDesk();
      preloadCases(desk, size);
      const ref = { row: 2, caseNumber: 'R8-00001' };
      expectOk(move(desk, ref, '提案書確認'));
      const calls = moveCalls(lastCalls(desk));
      expect(calls).toEqual([
        'LockService.getDocumentLock',
        'Lock.waitLock',
        'PropertiesService.getDocumentProperties',
        'Properties.getProperties',
        'Session.getActiveUser',
        'User.getEmail',
        'SpreadsheetApp.getActiveSpreadsheet',
        'Spreadsheet.getRange',
        'Range.getValues',
        'Properties.setProperties', // the intent (src/store/journal.ts)
        'Spreadsheet.getSheetByName',
        'Sheet.appendRow',
        'Range.setValues',
        'Properties.setProperties', // done
      ]);
    },
  );

  test('the sidebar move execution is those 14 calls and nothing more, within 2 s modeled', () => {
    const desk = newDesk();
    preloadCases(desk, 1000);
    expectOk(move(desk, { row: 2, caseNumber: 'R8-00001' }, '提案書確認'));
    expect(lastCalls(desk)).toHaveLength(14);
    expect(desk.host.lastExecution().modeledMs).toBeLessThan(2000);
  });
});

import type { CaseRef } from '../../src/app/sidebarContract';
import { registerColumn } from '../../src/domain/register';
import { CHOICES, Q, SHEET } from '../../src/strings';
import { HISTORY_NOTES } from '../../src/strings/workflow';
import { Desk, newDesk, STAFF } from '../support/desk';
import {
  cellOf,
  expectOk,
  historyRows,
  lastCalls,
  model,
  move,
  run,
  statusOf,
  submitCase,
} from '../support/workflow';

function typeStatus(desk: Desk, row: number, text: string, user = STAFF) {
  const outcomes = desk.host.editCell(
    desk.spreadsheetId,
    SHEET.register,
    row,
    registerColumn('status'),
    text,
    user,
  );
  for (const o of outcomes) if (o.error) throw o.error;
  return outcomes;
}

/** A person pastes (or clears, with '') a block of the register starting at (row, key). */
function paste(
  desk: Desk,
  row: number,
  key: Parameters<typeof registerColumn>[0],
  values: string[][],
  user = STAFF,
  sheetName: string = SHEET.register,
) {
  const outcomes = desk.host.editRange(
    desk.spreadsheetId,
    sheetName,
    row,
    registerColumn(key),
    values,
    user,
  );
  for (const o of outcomes) if (o.error) throw o.error;
  return outcomes;
}

/** A paste of one status per row into the status column. */
const pasteStatuses = (desk: Desk, row: number, statuses: string[], user = STAFF) =>
  paste(
    desk,
    row,
    'status',
    statuses.map((s) => [s]),
    user,
  );

function threeCases(desk: Desk): CaseRef[] {
  return [submitCase(desk), submitCase(desk), submitCase(desk)];
}

/** A value put straight into the register model (an import or a script, no onEdit). */
function setCell(
  desk: Desk,
  row: number,
  key: Parameters<typeof registerColumn>[0],
  value: string,
) {
  model(desk).sheetByName(SHEET.register)!.cellForWrite(row, registerColumn(key)).value = value;
}

const lastToast = (desk: Desk) => desk.ws.ui.toasts[desk.ws.ui.toasts.length - 1]?.message ?? '';

describe('typing a status straight into the register (onEdit guard)', () => {
  test('an allowed move by desk staff is recorded like one from the sidebar', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '対話・調整');
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(cellOf(desk, ref.row, 'dueDate')).toEqual(new Date('2026-05-25T00:00:00+09:00'));
    expect(cellOf(desk, ref.row, 'owner')).toBe(STAFF);
    const history = historyRows(desk);
    expect(history).toHaveLength(1);
    expect(history[0].slice(1, 5)).toEqual([STAFF, ref.caseNumber, '受付・内容確認', '対話・調整']);
    expect(lastToast(desk)).toContain('履歴に記録');
  });

  test('a move the process does not allow is reverted and the editor is told why', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '完了');
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(historyRows(desk)).toHaveLength(0);
    expect(lastToast(desk)).toContain('元に戻しました');
    expect(lastToast(desk)).toContain('移行できる状態：「対話・調整」');
  });

  test('someone not listed as desk staff is reverted, even for an allowed move', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '対話・調整', 'editor@city.aomori.example.lg.jp');
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(lastToast(desk)).toContain('デスク職員に登録されていない');
    expect(historyRows(desk)).toHaveLength(0);
  });

  test('an unknown user (simple triggers often get no email) is reverted', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '対話・調整', '');
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(lastToast(desk)).toContain('ユーザーを確認できない');
  });

  test('a cleared status cell is restored', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(move(desk, ref, '対話・調整'));
    typeStatus(desk, ref.row, '');
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(historyRows(desk)).toHaveLength(1);
  });

  test('a status typed in a row without a case is cleared', () => {
    const desk = newDesk();
    submitCase(desk);
    typeStatus(desk, 5, '完了');
    expect(statusOf(desk, 5)).toBe('');
  });

  test('edits elsewhere in the register are left alone', () => {
    const desk = newDesk();
    const setupToasts = desk.ws.ui.toasts.length; // 初期設定 shows its own
    const ref = submitCase(desk);
    desk.host.editCell(
      desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('goal'),
      '除雪の見える化',
    );
    expect(cellOf(desk, ref.row, 'goal')).toBe('除雪の見える化');
    expect(historyRows(desk)).toHaveLength(0);
    expect(desk.ws.ui.toasts.slice(setupToasts)).toHaveLength(0);
  });
});

const noticeNoted = expect.stringMatching(
  new RegExp(`^${HISTORY_NOTES.directEdit}\n［申請者へお知らせ：対話・調整`),
);

describe('pasting or clearing several status cells (each row judged on its own)', () => {
  test('allowed moves in a paste are recorded, one history row per case', () => {
    const desk = newDesk();
    const [a, b] = threeCases(desk);
    pasteStatuses(desk, a.row, ['対話・調整', '対話・調整']);
    expect([statusOf(desk, a.row), statusOf(desk, b.row)]).toEqual(['対話・調整', '対話・調整']);
    expect(historyRows(desk).map((r) => r.slice(1, 6))).toEqual([
      // The edit's note, then that the applicant's notice is on its way (issue 12).
      [STAFF, a.caseNumber, '受付・内容確認', '対話・調整', noticeNoted],
      [STAFF, b.caseNumber, '受付・内容確認', '対話・調整', noticeNoted],
    ]);
  });

  test('a pasted move gets its change date and due date, as from the sidebar', () => {
    const desk = newDesk();
    const [a] = threeCases(desk);
    pasteStatuses(desk, a.row, ['対話・調整', '対話・調整']);
    expect(cellOf(desk, a.row, 'statusChangedAt')).toEqual(new Date('2026-05-11T00:00:00+09:00'));
    expect(cellOf(desk, a.row, 'dueDate')).toEqual(new Date('2026-05-25T00:00:00+09:00'));
  });

  test('a move the process does not allow is restored while the others are recorded', () => {
    const desk = newDesk();
    const [a, b, c] = threeCases(desk);
    pasteStatuses(desk, a.row, ['対話・調整', '完了', '対話・調整']);
    expect([a, b, c].map((ref) => statusOf(desk, ref.row))).toEqual([
      '対話・調整',
      '受付・内容確認',
      '対話・調整',
    ]);
    expect(historyRows(desk).map((r) => r[2])).toEqual([a.caseNumber, c.caseNumber]);
  });

  test("a refused row is restored from the case's last history row", () => {
    const desk = newDesk();
    const [a, b] = threeCases(desk);
    expectOk(move(desk, a, '対話・調整'));
    expectOk(move(desk, a, '提案書確認'));
    pasteStatuses(desk, a.row, ['完了', '受付・内容確認']);
    expect(statusOf(desk, a.row)).toBe('提案書確認');
    expect(statusOf(desk, b.row)).toBe('受付・内容確認');
  });

  test('a case with no history is restored to the status the intake registered it in', () => {
    const desk = newDesk();
    const eligible = submitCase(desk);
    const individual = submitCase(desk, { [Q.applicantType]: CHOICES.applicantType[4] });
    expect(statusOf(desk, individual.row)).toBe('対象外');
    pasteStatuses(desk, eligible.row, ['完了', '対話・調整']);
    expect(statusOf(desk, eligible.row)).toBe('受付・内容確認');
    expect(statusOf(desk, individual.row)).toBe('対象外');
  });

  test('the toast counts what was recorded and restored, with the reason for each case', () => {
    const desk = newDesk();
    const [, b] = threeCases(desk);
    pasteStatuses(desk, b.row - 1, ['対話・調整', '完了', '対話・調整']);
    const toast = lastToast(desk);
    expect(toast).toContain('ステータス 2 件を変更し、履歴に記録しました。');
    expect(toast).toContain('ステータス 1 件を元に戻しました。');
    expect(toast).toContain(
      `案件 ${b.caseNumber}：「受付・内容確認」から「完了」へは移行できません`,
    );
  });

  test('rows without a case inside the paste are cleared; the cases are still judged', () => {
    const desk = newDesk();
    const a = submitCase(desk);
    pasteStatuses(desk, a.row, ['対話・調整', '完了']);
    expect(statusOf(desk, a.row)).toBe('対話・調整');
    expect(statusOf(desk, a.row + 1)).toBe('');
    expect(lastToast(desk)).toContain(
      `${a.row + 1} 行目：案件台帳の ${a.row + 1} 行目に案件がありません`,
    );
  });

  test('clearing a block of status cells restores every status', () => {
    const desk = newDesk();
    const [a, b, c] = threeCases(desk);
    expectOk(move(desk, b, '対話・調整'));
    pasteStatuses(desk, a.row, ['', '', '']);
    expect([a, b, c].map((ref) => statusOf(desk, ref.row))).toEqual([
      '受付・内容確認',
      '対話・調整',
      '受付・内容確認',
    ]);
    expect(historyRows(desk)).toHaveLength(1);
  });

  test('clearing a block across the status and other columns restores only the statuses', () => {
    const desk = newDesk();
    const [a, b] = threeCases(desk);
    paste(desk, a.row, 'status', [
      ['', '', ''],
      ['', '', ''],
    ]);
    expect([statusOf(desk, a.row), statusOf(desk, b.row)]).toEqual([
      '受付・内容確認',
      '受付・内容確認',
    ]);
    expect(cellOf(desk, a.row, 'dueDate')).toBe('');
  });

  test('a block spanning status and other columns: statuses judged, other edits kept', () => {
    const desk = newDesk();
    const [a, b] = threeCases(desk);
    const track = String(cellOf(desk, a.row, 'track'));
    // C:F — ステータス, ステータス変更日, 期限, 連携手法 — copied from another spreadsheet.
    paste(desk, a.row, 'status', [
      ['対話・調整', '2026/05/01', '2026/05/30', track],
      ['完了', '2026/05/01', '2026/05/30', track],
    ]);
    expect(statusOf(desk, a.row)).toBe('対話・調整');
    expect(cellOf(desk, a.row, 'dueDate')).toEqual(new Date('2026-05-25T00:00:00+09:00'));
    expect(statusOf(desk, b.row)).toBe('受付・内容確認');
    expect(cellOf(desk, b.row, 'dueDate')).toEqual(new Date('2026-05-30T00:00:00+09:00'));
  });

  test('a paste by someone not listed as desk staff is restored row by row', () => {
    const desk = newDesk();
    const [a, b] = threeCases(desk);
    pasteStatuses(desk, a.row, ['対話・調整', '対話・調整'], 'editor@city.aomori.example.lg.jp');
    expect([statusOf(desk, a.row), statusOf(desk, b.row)]).toEqual([
      '受付・内容確認',
      '受付・内容確認',
    ]);
    expect(historyRows(desk)).toHaveLength(0);
    expect(lastToast(desk)).toContain('デスク職員に登録されていない');
  });

  test('a paste by an unknown user (no email) is restored', () => {
    const desk = newDesk();
    const [a] = threeCases(desk);
    pasteStatuses(desk, a.row, ['対話・調整', '対話・調整'], '');
    expect(statusOf(desk, a.row)).toBe('受付・内容確認');
    expect(lastToast(desk)).toContain('ユーザーを確認できない');
  });

  test('re-pasting the statuses the cases already have changes nothing', () => {
    const desk = newDesk();
    const setupToasts = desk.ws.ui.toasts.length; // 初期設定 shows its own
    const [a] = threeCases(desk);
    pasteStatuses(desk, a.row, ['受付・内容確認', '受付・内容確認', '受付・内容確認']);
    expect(historyRows(desk)).toHaveLength(0);
    expect(desk.ws.ui.toasts.slice(setupToasts)).toHaveLength(0);
  });

  test('a paste into the same column of another sheet is ignored', () => {
    const desk = newDesk();
    const setupToasts = desk.ws.ui.toasts.length; // 初期設定 shows its own
    const [a] = threeCases(desk);
    model(desk).insertSheet('メモ');
    paste(desk, a.row, 'status', [['完了'], ['完了']], STAFF, 'メモ');
    expect(statusOf(desk, a.row)).toBe('受付・内容確認');
    expect(desk.ws.ui.toasts.slice(setupToasts)).toHaveLength(0);
    expect(historyRows(desk)).toHaveLength(0);
  });
});

describe('going back to the previous status by hand (as an undo would)', () => {
  test('typing back the previous status is a rework the process allows: recorded', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '対話・調整');
    typeStatus(desk, ref.row, '受付・内容確認');
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(historyRows(desk).map((r) => r.slice(3, 5))).toEqual([
      ['受付・内容確認', '対話・調整'],
      ['対話・調整', '受付・内容確認'],
    ]);
  });

  test('a closed case cannot be reopened by typing its previous status', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '取下げ');
    typeStatus(desk, ref.row, '受付・内容確認');
    expect(statusOf(desk, ref.row)).toBe('取下げ');
    expect(lastToast(desk)).toContain('「取下げ」は終了した状態');
  });

  test('typing again the status the guard put back changes nothing', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '完了');
    const toasts = desk.ws.ui.toasts.length;
    typeStatus(desk, ref.row, '受付・内容確認');
    expect(historyRows(desk)).toHaveLength(0);
    expect(desk.ws.ui.toasts).toHaveLength(toasts);
  });
});

describe('a failure or a damaged cell never leaves a status without its history row', () => {
  // The guard writes its intent before the history row (src/store/journal.ts): a failed
  // append leaves the move pending, and the next action on the desk completes it exactly once.
  test('a history write that fails (service error) is completed by the next action', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const other = submitCase(desk, { [Q.title]: '別の提案' });
    desk.ws.ledger.injectFailure('Sheet.appendRow', 'Service error: Spreadsheets');
    typeStatus(desk, ref.row, '対話・調整');
    expect(historyRows(desk)).toHaveLength(0);
    expectOk(move(desk, other, '対話・調整'));
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(historyRows(desk).map((r) => [r[2], r[3], r[4]])).toEqual([
      [ref.caseNumber, '受付・内容確認', '対話・調整'],
      [other.caseNumber, '受付・内容確認', '対話・調整'],
    ]);
  });

  test('a failure midway through a paste: the next action records every move once', () => {
    const desk = newDesk();
    const [a, b, c] = threeCases(desk);
    desk.ws.ledger.injectFailure('Sheet.appendRow', 'Service error: Spreadsheets', 1, 1);
    pasteStatuses(desk, a.row, ['対話・調整', '対話・調整', '対話・調整']);
    expect(historyRows(desk).map((r) => r[2])).toEqual([a.caseNumber]);
    expectOk(run(desk, 'sidebarSaveGoals', { ...a, goal: '目標', roleSplit: '' }));
    expect([a, b, c].map((ref) => statusOf(desk, ref.row))).toEqual([
      '対話・調整',
      '対話・調整',
      '対話・調整',
    ]);
    const moves = historyRows(desk).filter((r) => r[3] !== r[4]);
    expect(moves.map((r) => r[2])).toEqual([a.caseNumber, b.caseNumber, c.caseNumber]);
  });

  test('a status imported with stray spaces or half-width brackets reads as its label', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    setCell(desk, ref.row, 'status', ' 受付・内容確認\u3000');
    const view = expectOk(run(desk, 'sidebarGetCase', ref));
    expect(view.status).toBe('受付・内容確認');
    expect(view.moves.map((m) => m.to)).toContain('対話・調整');
    expectOk(
      run(desk, 'sidebarMoveCase', { ...ref, expectedStatus: view.status, to: '対話・調整' }),
    );
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    setCell(desk, ref.row, 'status', '回答(可)');
    expect(expectOk(run(desk, 'sidebarGetCase', ref)).status).toBe('回答（可）');
    expect(historyRows(desk).map((r) => r.slice(3, 5))).toEqual([['受付・内容確認', '対話・調整']]);
  });

  test('a cell holding no status (left by an import) is repaired by typing: judged from the history', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(move(desk, ref, '対話・調整'));
    setCell(desk, ref.row, 'status', '確認中');
    typeStatus(desk, ref.row, '提案書確認');
    expect(statusOf(desk, ref.row)).toBe('提案書確認');
    expect(historyRows(desk).map((r) => r.slice(3, 5))).toEqual([
      ['受付・内容確認', '対話・調整'],
      ['対話・調整', '提案書確認'],
    ]);
    setCell(desk, ref.row, 'status', '確認中');
    typeStatus(desk, ref.row, '完了');
    expect(statusOf(desk, ref.row)).toBe('提案書確認');
    expect(lastToast(desk)).toContain('「提案書確認」から「完了」へは移行できません');
  });
});

describe('the guard stays cheap (simple trigger: 30 seconds, batched calls)', () => {
  const count = (calls: string[], method: string) => calls.filter((m) => m === method).length;

  test('a typed move: one register read, one history append, one register write, one toast', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '対話・調整');
    const calls = lastCalls(desk);
    // 21 before the journal, plus the lock (2), the properties read and the intent and done marks.
    expect(calls.length).toBeLessThanOrEqual(27);
    expect(count(calls, 'Range.getValues')).toBe(1);
    expect(count(calls, 'Sheet.appendRow')).toBe(1);
    expect(count(calls, 'Range.setValues')).toBe(1);
    expect(count(calls, 'Spreadsheet.toast')).toBe(1);
  });

  test('a paste of allowed moves: one history row each, appended atomically, reads and the register write batched', () => {
    const desk = newDesk();
    const refs = Array.from({ length: 6 }, () => submitCase(desk));
    expectOk(move(desk, refs[5], '対話・調整'));
    pasteStatuses(desk, refs[0].row, ['対話・調整', '対話・調整', '完了', '対話・調整']);
    const calls = lastCalls(desk);
    // appendRow per recorded move: a block written below getLastRow() could overwrite a row the
    // sidebar appends meanwhile, and the history must never lose one.
    expect(count(calls, 'Sheet.appendRow')).toBe(3);
    // One read of the register rows, one of 履歴; one register write.
    expect(count(calls, 'Range.getValues')).toBe(2);
    expect(count(calls, 'Properties.setProperties')).toBe(2); // intent and done
    expect(count(calls, 'Range.setValues')).toBe(1);
    expect(historyRows(desk)).toHaveLength(4);
  });

  test('besides one history append per recorded move, the calls of a paste do not grow with its rows', () => {
    const desk = newDesk();
    const refs = Array.from({ length: 12 }, () => submitCase(desk));
    expectOk(move(desk, refs[11], '対話・調整'));
    pasteStatuses(desk, refs[0].row, ['対話・調整', '対話・調整', '完了']);
    const three = lastCalls(desk).filter((m) => m !== 'Sheet.appendRow').length;
    pasteStatuses(desk, refs[3].row, [...Array(4).fill('対話・調整'), ...Array(5).fill('完了')]);
    const nine = lastCalls(desk);
    expect(nine.filter((m) => m !== 'Sheet.appendRow').length).toBe(three);
    expect(count(nine, 'Sheet.appendRow')).toBe(4);
  });
});

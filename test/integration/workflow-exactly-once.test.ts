/**
 * The desk's actions on a case happen exactly once (src/store/journal.ts,
 * docs/reliability.md): a request id sent again completes the first attempt instead of repeating
 * it; an interrupted action is completed by the next one; refusals leave nothing behind. The
 * enumeration over every call is in test/chaos/; these are the cases a reader checks first.
 */
import type { MoveResult } from '../../src/app/sidebarContract';
import { Q, SHEET } from '../../src/strings';
import { registerColumn } from '../../src/domain/register';
import { WORKFLOW_UI } from '../../src/strings/workflow';
import { CHOICES } from '../../src/strings';
import { newDesk, STAFF_2 } from '../support/desk';
import {
  addStaff,
  cellOf,
  expectOk,
  expectRefused,
  historyOpIds,
  historyRows,
  rowsOf,
  run,
  seedDepartments,
  sheetOf,
  statusOf,
  submitCase,
} from '../support/workflow';
import { documentProperties } from '../chaos/invariants/common';

const moveRequest = (ref: { row: number; caseNumber: string }, requestId: string) => ({
  ...ref,
  expectedStatus: '受付・内容確認',
  to: '対話・調整',
  comment: '初回面談',
  requestId,
});

describe('a request id sent again', () => {
  test('a move pressed twice is made once; the second answer is the case as it is', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const first = expectOk(
      run<MoveResult>(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000001')),
    );
    const again = expectOk(
      run<MoveResult>(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000001')),
    );
    expect(historyRows(desk)).toHaveLength(1);
    expect(historyOpIds(desk)).toEqual(['req-0000000001']);
    expect(again.summary.status).toBe('対話・調整');
    expect(again.historyEntry).toEqual(first.historyEntry);
  });

  test('a new id for the same move is a new action, refused because the status moved on', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(run(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000001')));
    const message = expectRefused(run(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000002')));
    expect(message).toContain('ほかの人');
    expect(historyRows(desk)).toHaveLength(1);
  });

  test('a department hand-off pressed twice sends one email and writes one history row', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submitCase(desk);
    const before = desk.ws.mail.outbox.length;
    const request = {
      ...ref,
      department: '観光課',
      request: '観光施策との整合を確認',
      dueDate: '',
      requestId: 'req-handoff-01',
    };
    expectOk(run(desk, 'sidebarAssignDepartment', request));
    expectOk(run(desk, 'sidebarAssignDepartment', request));
    expect(desk.ws.mail.outbox.slice(before)).toHaveLength(1);
    expect(historyOpIds(desk)).toEqual(['req-handoff-01']);
  });

  test('a dialogue saved twice is one 対話記録 row carrying its 操作ID', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const request = {
      ...ref,
      date: '2026-05-11',
      parties: '青森氏',
      summary: '面談',
      requestId: 'req-dialogue-1',
    };
    expectOk(run(desk, 'sidebarAddDialogue', request));
    expectOk(run(desk, 'sidebarAddDialogue', request));
    const dialogues = rowsOf(desk, SHEET.dialogues);
    expect(dialogues).toHaveLength(1);
    expect(dialogues[0][6]).toBe('req-dialogue-1');
  });

  test('事前相談 registered twice with one id is one case with one number', () => {
    const desk = newDesk();
    const request = {
      organisation: '株式会社みちのく遊具',
      applicantType: CHOICES.applicantType[0],
      name: '八甲田 花子',
      email: 'hanako@michinoku.example.co.jp',
      phone: '',
      title: '遊具の更新',
      method: CHOICES.method[0],
      content: '',
      requestId: 'req-consult-01',
    };
    const first = expectOk(run(desk, 'dialogRegisterPreConsultation', request));
    const again = expectOk(run(desk, 'dialogRegisterPreConsultation', request));
    expect(again).toEqual(first);
    expect(rowsOf(desk, SHEET.register)).toHaveLength(1);
  });

  test('a malformed request id is refused with a message', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const message = expectRefused(
      run(desk, 'sidebarMoveCase', { ...moveRequest(ref, 'x'), requestId: { bad: true } }),
    );
    expect(message).toBe(WORKFLOW_UI.invalidRequest);
  });
});

describe('an interrupted action is completed, never repeated', () => {
  test('a move killed after its history row: the retry writes the register, not a second row', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    // Kill at the register write (call 13 of 14): the intent and the history row are in.
    desk.ws.ledger.arm({ kind: 'kill', at: 13, functionName: 'sidebarMoveCase' });
    expect(() => run(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000009'))).toThrow(
      'Exceeded maximum execution time',
    );
    expect(historyRows(desk)).toHaveLength(1);
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expectOk(run(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000009')));
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(historyRows(desk)).toHaveLength(1);
  });

  test("another person's action completes it first, so the two never interleave", () => {
    const desk = newDesk();
    addStaff(desk, STAFF_2);
    const ref = submitCase(desk);
    const other = submitCase(desk, { 件名: '別件' } as never);
    desk.ws.ledger.arm({ kind: 'kill', at: 13, functionName: 'sidebarMoveCase' });
    expect(() => run(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000009'))).toThrow();
    expectOk(
      run(
        desk,
        'sidebarSaveGoals',
        { ...other, goal: '目標', roleSplit: '', requestId: 'req-goals-001' },
        STAFF_2,
      ),
    );
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(historyOpIds(desk)).toEqual(['req-0000000009', 'req-goals-001']);
    expect(documentProperties(desk)['journal.pending.chunks']).toBe('0');
  });

  test('a hand-off killed right after its email: the retry sends it again once (at least once)', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submitCase(desk);
    const before = desk.ws.mail.outbox.length;
    const request = {
      ...ref,
      department: '観光課',
      request: '確認',
      dueDate: '',
      requestId: 'req-handoff-02',
    };
    expect(run(desk, 'sidebarAssignDepartment', request).ok).toBe(true);
    const clean = desk.ws.ledger.executions[desk.ws.ledger.executions.length - 1].calls.map(
      (c) => c.method,
    );
    const sendAt = clean.indexOf('MailApp.sendEmail') + 1;
    // A fresh desk, killed at the call right after the send: the send's outcome is unknown.
    const desk2 = newDesk();
    seedDepartments(desk2);
    const ref2 = submitCase(desk2);
    const before2 = desk2.ws.mail.outbox.length;
    desk2.ws.ledger.arm({ kind: 'kill', at: sendAt + 1, functionName: 'sidebarAssignDepartment' });
    expect(() => run(desk2, 'sidebarAssignDepartment', { ...request, ...ref2 })).toThrow();
    expectOk(run(desk2, 'sidebarAssignDepartment', { ...request, ...ref2 }));
    expect(desk2.ws.mail.outbox.slice(before2)).toHaveLength(2);
    expect(historyOpIds(desk2)).toEqual(['req-handoff-02']);
    expect(cellOf(desk2, ref2.row, 'department')).toBe('観光課');
    expect(desk.ws.mail.outbox.slice(before)).toHaveLength(1);
  });

  test('a refused email leaves no intent: the same button later sends it once', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submitCase(desk);
    desk.ws.ledger.injectFailure(
      'MailApp.sendEmail',
      'Service invoked too many times for one day: email.',
    );
    const request = {
      ...ref,
      department: '観光課',
      request: '確認',
      dueDate: '',
      requestId: 'req-handoff-03',
    };
    expectRefused(run(desk, 'sidebarAssignDepartment', request));
    expect(documentProperties(desk)['journal.pending.chunks']).toBe('0');
    expectOk(run(desk, 'sidebarAssignDepartment', request));
    expect(historyOpIds(desk)).toEqual(['req-handoff-03']);
  });
});

describe('two people at once', () => {
  test('a move waits for the document lock; when another execution keeps it too long, it is refused and changes nothing', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    desk.ws.locks.holdForAnother('document', desk.spreadsheetId, desk.ws.clock.now() + 120_000);
    expect(expectRefused(run(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000011')))).toBe(
      WORKFLOW_UI.busy,
    );
    expect(historyRows(desk)).toHaveLength(0);
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
  });

  test('the second of two moves from the same status is refused as stale', () => {
    const desk = newDesk();
    addStaff(desk, STAFF_2);
    const ref = submitCase(desk);
    let second: ReturnType<typeof run> | null = null;
    desk.ws.ledger.arm({
      kind: 'pause',
      at: 13,
      functionName: 'sidebarMoveCase',
      during: () => {
        second = run(
          desk,
          'sidebarMoveCase',
          { ...moveRequest(ref, 'req-0000000013'), to: '取下げ' },
          STAFF_2,
        );
      },
    });
    expectOk(run(desk, 'sidebarMoveCase', moveRequest(ref, 'req-0000000012')));
    // The second waited for the lock past its timeout while the first was paused holding it.
    expect(expectRefused(second!)).toBe(WORKFLOW_UI.busy);
    const retry = expectRefused(
      run(
        desk,
        'sidebarMoveCase',
        { ...moveRequest(ref, 'req-0000000013'), to: '取下げ' },
        STAFF_2,
      ),
    );
    expect(retry).toContain('ほかの人');
    expect(historyRows(desk).map((r) => r[4])).toEqual(['対話・調整']);
  });
});

describe('the hourly run puts back statuses whose guard never recorded them', () => {
  test('every such status is put back; トリガーの状態 names the first five and counts the rest', () => {
    const desk = newDesk();
    const refs = Array.from({ length: 8 }, (_, i) =>
      submitCase(desk, { [Q.title]: `提案 ${i + 1}` }),
    );
    const register = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.register)!;
    // As if each guard had been killed before it wrote anything: the typed value stands alone.
    for (const ref of refs) {
      register.cellForWrite(ref.row, registerColumn('status')).value = '対話・調整';
    }
    desk.ws.clock.set('2026-05-12T00:30:00+09:00');
    desk.host.runDueTimeTriggers();
    expect(refs.map((ref) => statusOf(desk, ref.row))).toEqual(refs.map(() => '受付・内容確認'));
    const lastRun = documentProperties(desk)['trigger.daily.lastRun'];
    expect(lastRun).toContain(refs[0].caseNumber);
    expect(lastRun).toContain('ほか 3 件');
    expect(historyRows(desk)).toHaveLength(0);
  });
});

describe('a status typed while another execution holds the lock', () => {
  test('is put back at once, with the reason, and nothing is journaled', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    desk.ws.locks.holdForAnother('document', desk.spreadsheetId, desk.ws.clock.now() + 120_000);
    desk.host.editCell(
      desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('status'),
      '対話・調整',
    );
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(desk.ws.ui.toasts[desk.ws.ui.toasts.length - 1].message).toContain(WORKFLOW_UI.busy);
    expect(documentProperties(desk)['journal.pending.chunks'] ?? '0').toBe('0');
    expect(historyRows(desk)).toHaveLength(0);
  });
});

describe('a pending register write follows a column inserted before the retry (issue 11)', () => {
  const id = 'req-column-0001';

  /** A move killed at its register write (call 13 of 14): the intent and the history row are in. */
  function killedMove(desk: ReturnType<typeof newDesk>): { row: number; caseNumber: string } {
    const ref = submitCase(desk);
    desk.ws.ledger.arm({ kind: 'kill', at: 13, functionName: 'sidebarMoveCase' });
    expect(() => run(desk, 'sidebarMoveCase', moveRequest(ref, id))).toThrow(
      'Exceeded maximum execution time',
    );
    expect(documentProperties(desk)['journal.pending.chunks']).not.toBe('0');
    return ref;
  }

  /**
   * Staff insert a column before 状態 and title it: the header-row edit stores the layout anew
   * (src/app/workflow/statusEditGuard.ts). Returns the inserted column.
   */
  function insertColumnBeforeStatus(desk: ReturnType<typeof newDesk>): number {
    const at = registerColumn('status');
    sheetOf(desk, SHEET.register).insertColumns(at, 1);
    desk.host.editCell(desk.spreadsheetId, SHEET.register, 1, at, '職員メモ');
    return at;
  }

  /** The register row as the same move, never interrupted, leaves it on a desk of its own. */
  function rowAfterCleanMove(): unknown[] {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(run(desk, 'sidebarMoveCase', moveRequest(ref, id)));
    return rowsOf(desk, SHEET.register)[ref.row - 2];
  }

  function expectCompletedOnce(
    desk: ReturnType<typeof newDesk>,
    ref: { row: number; caseNumber: string },
  ): void {
    const at = insertColumnBeforeStatus(desk);
    expectOk(run(desk, 'sidebarMoveCase', moveRequest(ref, id)));
    const row = rowsOf(desk, SHEET.register)[ref.row - 2];
    // The staff column stays empty; every field of ours holds what the clean move wrote.
    expect(row[at - 1]).toBe('');
    expect([...row.slice(0, at - 1), ...row.slice(at)]).toEqual(rowAfterCleanMove());
    expect(row[at]).toBe('対話・調整');
    expect(historyOpIds(desk)).toEqual([id]);
    expect(documentProperties(desk)['journal.pending.chunks']).toBe('0');
  }

  test('the retry writes each field into its column as it is now, and nothing twice', () => {
    const desk = newDesk();
    const ref = killedMove(desk);
    expectCompletedOnce(desk, ref);
  });

  test('an intent of the previous version (cells by column number) still completes', () => {
    const desk = newDesk();
    const ref = killedMove(desk);
    // Rewrites the pending intent as the previous version wrote it: [1-based column, value].
    const store = desk.ws.properties.documents.get(desk.spreadsheetId)!;
    const chunks = Number(store.get('journal.pending.chunks'));
    let text = '';
    for (let i = 0; i < chunks; i++) text += store.get(`journal.pending.${i}`) ?? '';
    const op = JSON.parse(text) as { rows: Array<{ cells: Array<[string | number, unknown]> }> };
    for (const write of op.rows) {
      write.cells = write.cells.map(([key, value]) => [
        registerColumn(key as Parameters<typeof registerColumn>[0]),
        value,
      ]);
    }
    store.set('journal.pending.0', JSON.stringify(op));
    store.set('journal.pending.chunks', '1');
    // Written before the insert, its columns are those of the layout then: the retry before
    // any insert writes them where they were meant.
    expectOk(run(desk, 'sidebarMoveCase', moveRequest(ref, id)));
    expect(rowsOf(desk, SHEET.register)[ref.row - 2]).toEqual(rowAfterCleanMove());
    expect(historyOpIds(desk)).toEqual([id]);
    expect(documentProperties(desk)['journal.pending.chunks']).toBe('0');
  });
});

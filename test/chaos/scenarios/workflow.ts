/**
 * Chaos scenarios of the desk's actions on a case (src/store/journal.ts): each killed or
 * failed at every call, then recovered as the product offers — the person presses the same
 * button again (the page resends the same request id), or the hourly trigger completes what an
 * interrupted cell edit left.
 */
import { checklistIdsOf } from '../../../src/domain/workflow/caseRecord';
import type { CaseRef, ServerResult } from '../../../src/app/sidebarContract';
import { registerColumn, RegisterKey } from '../../../src/domain/register';
import { CHOICES, Q, SHEET } from '../../../src/strings';
import { newDesk, STAFF, STAFF_2 } from '../../support/desk';
import {
  addStaff,
  cellOf,
  historyOpIds,
  historyRows,
  move,
  POC,
  rowsOf,
  run,
  seedDepartments,
  sheetOf,
  statusOf,
  submitCase,
} from '../../support/workflow';
import type { InjectedFault, Interleaving, Scenario, World } from '../harness';
import {
  commonInvariants,
  documentProperties,
  mailCount,
  registerRows,
} from '../invariants/common';

interface CaseWorld extends World {
  ref: CaseRef;
  request: Record<string, unknown>;
  handler: string;
  mailsBefore: number;
}

/** A desk with one form case (and departments), and the request the scenario sends. */
function caseWorld(handler: string, request: (ref: CaseRef) => Record<string, unknown>): CaseWorld {
  const desk = newDesk();
  seedDepartments(desk);
  const ref = submitCase(desk);
  return { desk, ref, handler, request: request(ref), mailsBefore: desk.ws.mail.outbox.length };
}

function send(w: World): ServerResult<unknown> {
  const cw = w as CaseWorld;
  return run(cw.desk, cw.handler, cw.request);
}

/** The same button pressed again: the same request, the same id. */
function pressAgain(w: World): void {
  send(w);
}

/** Rows carrying an operation id (history or dialogue). */
function rowsWithOp(w: World, sheet: string, column: number, id: string): number {
  return rowsOf(w.desk, sheet).filter((r) => String(r[column - 1]) === id).length;
}

function once(found: string[], label: string, count: number): void {
  if (count !== 1) found.push(`${label}: ${count} (expected exactly 1)`);
}

const APPLICANT = 'taro@aomori-tech.example.co.jp';

/**
 * Applicant notices (issue 12, src/store/journal.ts outbox): a move that was made sent
 * its notice by the time the action completed — exactly once, except the one send in flight at
 * the fault (or none when the mail service refused it and the history says so); a move not
 * made sent none; nothing is left waiting in the outbox.
 */
function noticeInvariants(
  w: World,
  caseNumber: string,
  made: boolean,
  fault: InjectedFault | null,
  since = 0,
): string[] {
  const found: string[] = [];
  const sent = w.desk.ws.mail.outbox
    .slice(since)
    .filter(
      (m) =>
        m.to === APPLICANT &&
        m.subject.includes('ご提案について') &&
        m.subject.includes(caseNumber),
    ).length;
  const refusedNote = historyOpIds(w.desk).some((id) => id.endsWith('.refused'));
  const waiting = Object.keys(documentProperties(w.desk)).filter((k) =>
    k.startsWith('journal.outbox.'),
  );
  if (waiting.length) found.push(`notices still waiting: ${waiting.length}`);
  if (!made && sent) found.push(`notices for a move not made: ${sent}`);
  if (made && sent === 0 && !refusedNote) found.push('the move was made but its notice never went');
  if (sent > (fault ? 2 : 1)) found.push(`applicant notices: ${sent}`);
  return found;
}

const REQUEST_ID = 'req-chaos-0001';

/** A register cell typed by staff (a date the process's gates ask for). */
function setRegisterCell(
  desk: World['desk'],
  row: number,
  key: RegisterKey,
  value: Date | string,
): void {
  sheetOf(desk, SHEET.register).cellForWrite(row, registerColumn(key)).value = value;
}

function sidebarScenario(
  name: string,
  handler: string,
  request: (ref: CaseRef) => Record<string, unknown>,
  expect: (w: CaseWorld, fault: InjectedFault | null) => string[],
  arrangeMore?: (w: CaseWorld) => void,
): Scenario {
  return {
    name,
    target: handler,
    arrange: () => {
      const w = caseWorld(handler, request);
      arrangeMore?.(w);
      return w;
    },
    act: (w) => void send(w),
    recover: pressAgain,
    check: (w, fault) => [...commonInvariants(w.desk, fault), ...expect(w as CaseWorld, fault)],
  };
}

const moveScenario = sidebarScenario(
  'status change (sidebar)',
  'sidebarMoveCase',
  (ref) => ({
    ...ref,
    expectedStatus: '受付・内容確認',
    to: '対話・調整',
    comment: '面談',
    requestId: REQUEST_ID,
  }),
  (w, fault) => {
    const found: string[] = [];
    const made = statusOf(w.desk, w.ref.row) === '対話・調整';
    if (!made) found.push('the move was not made');
    once(
      found,
      'history rows of the move',
      historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length,
    );
    found.push(...noticeInvariants(w, w.ref.caseNumber, made, fault, w.mailsBefore));
    return found;
  },
);

/** A partnership case at 実施可否判断, declined: the 不可 answer is told (issue 12). */
function caseAtDecision(w: CaseWorld): void {
  setRegisterCell(w.desk, w.ref.row, 'proposalReceivedOn', new Date('2026-05-11T00:00:00+09:00'));
  for (const to of ['対話・調整', '提案書確認', '実施可否判断']) {
    const result = move(w.desk, w.ref, to);
    if (!result.ok) throw new Error(result.message);
  }
  w.request = {
    ...w.ref,
    expectedStatus: '実施可否判断',
    to: '不採択',
    comment: '内部：予算なし',
    requestId: REQUEST_ID,
  };
  w.mailsBefore = w.desk.ws.mail.outbox.length;
}

const declineScenario = sidebarScenario(
  'status change notifying the applicant (不採択)',
  'sidebarMoveCase',
  (ref) => ({ ...ref }),
  (w, fault) => {
    const found: string[] = [];
    const made = statusOf(w.desk, w.ref.row) === '不採択';
    if (!made) found.push('the move was not made');
    once(
      found,
      'history rows of the move',
      historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length,
    );
    found.push(...noticeInvariants(w, w.ref.caseNumber, made, fault, w.mailsBefore));
    const leaked = w.desk.ws.mail.outbox
      .slice(w.mailsBefore)
      .some((m) => m.body.includes('予算なし'));
    if (leaked) found.push('the internal comment reached the applicant');
    return found;
  },
  caseAtDecision,
);

const handoffScenario = sidebarScenario(
  'department hand-off',
  'sidebarAssignDepartment',
  (ref) => ({
    ...ref,
    department: '道路維持課',
    request: '除雪計画との整合を確認',
    dueDate: '',
    requestId: REQUEST_ID,
  }),
  (w, fault) => {
    const found: string[] = [];
    if (cellOf(w.desk, w.ref.row, 'department') !== '道路維持課') found.push('department not set');
    once(
      found,
      'history rows of the hand-off',
      historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length,
    );
    const mails = mailCount(
      w.desk,
      'douro@city.aomori.example.lg.jp',
      '庁内調整依頼',
      w.mailsBefore,
    );
    // At least once: the one send in flight at a kill may go again, once.
    if (mails < 1 || mails > (fault ? 2 : 1)) found.push(`department emails: ${mails}`);
    return found;
  },
);

const dialogueScenario = sidebarScenario(
  'dialogue entry',
  'sidebarAddDialogue',
  (ref) => ({
    ...ref,
    date: '2026-05-11',
    parties: '株式会社あおもりテック 青森様',
    summary: '初回面談',
    requestId: REQUEST_ID,
  }),
  (w) => {
    const found: string[] = [];
    once(found, '対話記録 rows', rowsWithOp(w, SHEET.dialogues, 7, REQUEST_ID));
    once(
      found,
      'history rows of the dialogue',
      historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length,
    );
    if (!(cellOf(w.desk, w.ref.row, 'lastDialogueAt') instanceof Date))
      found.push('最終対話日 not set');
    return found;
  },
);

const goalsScenario = sidebarScenario(
  'goal / role save',
  'sidebarSaveGoals',
  (ref) => ({
    ...ref,
    goal: '除雪状況の見える化',
    roleSplit: '市：データ提供／事業者：開発',
    requestId: REQUEST_ID,
  }),
  (w) => {
    const found: string[] = [];
    if (cellOf(w.desk, w.ref.row, 'goal') !== '除雪状況の見える化') found.push('goal not saved');
    once(
      found,
      'history rows of the save',
      historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length,
    );
    return found;
  },
);

/** A PoC case moved along to 実施準備 (where the checklist is used). */
function pocInPreparation(w: CaseWorld): void {
  const ref = submitCase(w.desk, { ...POC, [Q.title]: 'AIカメラの実証実験' });
  for (const to of [
    '対話・調整',
    '提案書確認',
    '実施可否判断',
    '回答（可）',
    '連携協定締結',
    '実施準備',
  ]) {
    const result = move(w.desk, ref, to);
    if (!result.ok) throw new Error(result.message);
  }
  w.ref = ref;
  w.request = { ...ref, itemId: 'permits', done: true, requestId: REQUEST_ID };
  w.mailsBefore = w.desk.ws.mail.outbox.length;
}

const checklistScenario = sidebarScenario(
  'PoC checklist',
  'sidebarSetChecklistItem',
  (ref) => ({ ...ref }),
  (w) => {
    const found: string[] = [];
    if (!checklistIdsOf(String(cellOf(w.desk, w.ref.row, 'pocChecklist'))).includes('permits'))
      found.push('item not ticked');
    once(
      found,
      'history rows of the tick',
      historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length,
    );
    return found;
  },
  pocInPreparation,
);

/** A partnership case moved to 連携協定締結, where it counts as realised (publication). */
function realisedCase(w: CaseWorld): void {
  for (const to of ['対話・調整', '提案書確認', '実施可否判断', '回答（可）', '連携協定締結']) {
    const result = move(w.desk, w.ref, to);
    if (!result.ok) throw new Error(result.message);
  }
  w.mailsBefore = w.desk.ws.mail.outbox.length;
}

const publicationScenario = sidebarScenario(
  'publication fields (公開可否・公開概要)',
  'sidebarSavePublication',
  (ref) => ({
    ...ref,
    decision: '公開',
    summary: '除雪状況の見える化を市と共同で実施しています。',
    publishedOn: '2026-06-01',
    requestId: REQUEST_ID,
  }),
  (w) => {
    const found: string[] = [];
    if (cellOf(w.desk, w.ref.row, 'publication') !== '公開') found.push('decision not saved');
    once(
      found,
      'history rows of the save',
      historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length,
    );
    return found;
  },
  realisedCase,
);

const PRE_TITLE = '公園の遊具更新に関する事前相談';

const preConsultationScenario: Scenario = {
  name: '事前相談',
  target: 'dialogRegisterPreConsultation',
  arrange: () => {
    const desk = newDesk();
    submitCase(desk);
    return {
      desk,
      request: {
        organisation: '株式会社みちのく遊具',
        applicantType: CHOICES.applicantType[0],
        name: '八甲田 花子',
        email: 'hanako@michinoku.example.co.jp',
        phone: '017-000-9999',
        title: PRE_TITLE,
        method: CHOICES.method[0],
        content: '遊具の更新について相談したい。',
        requestId: REQUEST_ID,
      },
    };
  },
  act: (w) => void run(w.desk, 'dialogRegisterPreConsultation', w.request),
  recover: (w) => void run(w.desk, 'dialogRegisterPreConsultation', w.request),
  check: (w, fault) => {
    const found = commonInvariants(w.desk, fault);
    const cases = registerRows(w.desk).filter((r) => r.get('title') === PRE_TITLE);
    once(found, '事前相談 cases', cases.length);
    once(
      found,
      'history rows of the registration',
      historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length,
    );
    return found;
  },
};

/** The hourly trigger's first run of the next day (it completes what an interrupted action left). */
function nextHourlyRun(w: World): void {
  w.desk.ws.clock.set('2026-05-12T00:30:00+09:00');
  w.desk.host.runDueTimeTriggers();
}

const cellEditScenario: Scenario = {
  name: 'status change (typed into the register)',
  target: 'onEdit',
  arrange: () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    return { desk, ref };
  },
  act: (w) => {
    const ref = w.ref as CaseRef;
    w.desk.host.editCell(
      w.desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('status'),
      '対話・調整',
      STAFF,
    );
  },
  recover: nextHourlyRun,
  check: (w, fault) => {
    const found = commonInvariants(w.desk, fault);
    const ref = w.ref as CaseRef;
    const status = statusOf(w.desk, ref.row);
    const moves = historyRows(w.desk).filter((r) => r[2] === ref.caseNumber && r[3] !== r[4]);
    // Either recorded once, or (killed before anything was recorded) put back and told.
    if (status === '対話・調整') once(found, 'history rows of the typed move', moves.length);
    else if (status !== '受付・内容確認' || moves.length)
      found.push(`status ${status} with ${moves.length} moves`);
    if (!fault && status !== '対話・調整') found.push('a clean typed move was not recorded');
    found.push(...noticeInvariants(w, ref.caseNumber, status === '対話・調整', fault));
    return found;
  },
};

/**
 * The notice a typed move left in the outbox (a simple trigger may not send mail), sent by the
 * hourly run at 10:30 the next day (after the day's recovery): killed or failed at each call, then the next
 * hourly run.
 */
const outboxScenario: Scenario = {
  name: 'status change notifying the applicant (typed, sent by the hourly run)',
  target: 'onDailySweep',
  arrange: () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    desk.ws.clock.set('2026-05-12T00:30:00+09:00');
    desk.host.runDueTimeTriggers(); // the day's recovery run
    desk.host.editCell(
      desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('status'),
      '取下げ',
      STAFF,
    );
    desk.ws.clock.set('2026-05-12T10:30:00+09:00');
    return { desk, ref, mailsBefore: desk.ws.mail.outbox.length };
  },
  act: (w) => void w.desk.host.runDueTimeTriggers(),
  recover: (w) => {
    w.desk.ws.clock.set('2026-05-12T11:30:00+09:00');
    w.desk.host.runDueTimeTriggers();
  },
  check: (w, fault) => {
    const ref = w.ref as CaseRef;
    const found = commonInvariants(w.desk, fault);
    if (statusOf(w.desk, ref.row) !== '取下げ') found.push('the typed move was lost');
    found.push(...noticeInvariants(w, ref.caseNumber, true, fault, w.mailsBefore as number));
    return found;
  },
};

export const scenarios: Scenario[] = [
  moveScenario,
  declineScenario,
  outboxScenario,
  cellEditScenario,
  handoffScenario,
  dialogueScenario,
  goalsScenario,
  checklistScenario,
  publicationScenario,
  preConsultationScenario,
];

/** Two staff move one case at the same moment, from the status both saw. */
const twoStaff: Interleaving = {
  name: 'two staff move one case',
  target: 'sidebarMoveCase',
  arrange: () => {
    const desk = newDesk();
    addStaff(desk, STAFF_2);
    const ref = submitCase(desk);
    const first = {
      ...ref,
      expectedStatus: '受付・内容確認',
      to: '対話・調整',
      comment: '',
      requestId: 'req-first-0001',
    };
    const second = {
      ...ref,
      expectedStatus: '受付・内容確認',
      to: '取下げ',
      comment: '申出',
      requestId: 'req-second-001',
    };
    return { desk, ref, first, second };
  },
  act: (w) => void run(w.desk, 'sidebarMoveCase', w.first),
  during: (w) => void run(w.desk, 'sidebarMoveCase', w.second, STAFF_2),
  // Each person presses again after an error (or not at all after a success): same ids.
  recover: (w) => {
    run(w.desk, 'sidebarMoveCase', w.first);
    run(w.desk, 'sidebarMoveCase', w.second, STAFF_2);
  },
  check: (w, fault) => {
    const found = commonInvariants(w.desk, fault);
    const ref = w.ref as CaseRef;
    const moves = historyRows(w.desk).filter((r) => r[2] === ref.caseNumber && r[3] !== r[4]);
    // Exactly one of the two moves from 受付・内容確認 wins; the other is refused as stale.
    const fromReceived = moves.filter((r) => r[3] === '受付・内容確認').length;
    once(found, 'moves from 受付・内容確認', fromReceived);
    const people = new Set(historyRows(w.desk).map((r) => r[1]));
    if (!fault && people.size !== 1) found.push('a clean run recorded both people');
    return found;
  },
};

/** A sidebar move while the sweep holds the document lock (the move waits, or is refused: busy). */
const moveDuringSweep: Interleaving = {
  name: 'sidebar move during the sweep',
  target: 'onDailySweep',
  arrange: () => {
    const desk = newDesk();
    const ref = submitCase(desk); // 受付・内容確認, due 5 business days later: 2026-05-18
    desk.ws.clock.set('2026-05-18T00:30:00+09:00');
    desk.host.runDueTimeTriggers(); // the day's recovery run
    desk.ws.clock.set('2026-05-18T09:30:00+09:00');
    const request = {
      ...ref,
      expectedStatus: '受付・内容確認',
      to: '対話・調整',
      comment: '',
      requestId: 'req-during-01',
    };
    return { desk, ref, request, mailsBefore: desk.ws.mail.outbox.length };
  },
  act: (w) => void w.desk.host.runDueTimeTriggers(),
  during: (w) => void run(w.desk, 'sidebarMoveCase', w.request),
  recover: (w) => {
    run(w.desk, 'sidebarMoveCase', w.request);
    w.desk.ws.clock.set('2026-05-18T10:30:00+09:00');
    w.desk.host.runDueTimeTriggers();
  },
  check: (w, fault) => {
    const found = commonInvariants(w.desk, fault);
    const ref = w.ref as CaseRef;
    if (statusOf(w.desk, ref.row) !== '対話・調整') found.push('the move was not made');
    once(
      found,
      'history rows of the move',
      historyOpIds(w.desk).filter((id) => id === 'req-during-01').length,
    );
    const digests = w.desk.ws.mail.outbox
      .slice(w.mailsBefore as number)
      .filter((m) => m.subject.includes('期限'));
    if (digests.length > 1) found.push(`desk digests that day: ${digests.length}`);
    return found;
  },
};

export const interleavings: Interleaving[] = [twoStaff, moveDuringSweep];

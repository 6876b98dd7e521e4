/**
 * Chaos scenarios of the department answer (庁内回答フォーム, src/app/departmentAnswer.ts): the
 * answer's form-submit execution killed or failed at every call, then recovered as Apps Script
 * does (the event delivered again) or as the add-on does (the next day's hourly recovery). After
 * recovery: the answer on the case exactly once (one history row, one dialogue row with its
 * 操作ID), the due date cleared, one desk mail (two only for the one in flight at the fault); a
 * refused answer flagged on its row and told once.
 */
import type { Workspace } from 'gas-emulator/workspace';
import { answersFromPrefilledUrl } from 'gas-emulator/services/form/store';
import type { CaseRef } from '../../../src/app/sidebarContract';
import { Q, SHEET } from '../../../src/strings';
import { DEPT_Q } from '../../../src/strings/departmentAnswer';
import { STAFF, newDesk } from '../../support/desk';
import { cellOf, rowsOf, run, seedDepartments, submitCase } from '../../support/workflow';
import type { InjectedFault, Interleaving, Scenario, World } from '../harness';
import { commonInvariants } from '../invariants/common';

type Recorded = ReturnType<Workspace['forms']['recordResponse']>;

interface AnswerWorld extends World {
  ref: CaseRef;
  url: string;
  mailsBefore: number;
  historyBefore: number;
}

function arrange(): AnswerWorld {
  const desk = newDesk();
  seedDepartments(desk);
  const ref = submitCase(desk, { [Q.address]: '青森県青森市中央一丁目22番5号' });
  const handed = run<{ ok: boolean }>(desk, 'sidebarAssignDepartment', {
    ...ref,
    department: '道路維持課',
    request: '可否をご確認ください。',
    dueDate: '2026-05-29',
  });
  if (!handed.ok) throw new Error('chaos: hand-off refused');
  const mail = desk.ws.mail.outbox.filter((m) => m.to === 'douro@city.aomori.example.lg.jp').pop();
  const url = /https:\/\/docs\.google\.com\/forms\/d\/e\/\S+/.exec(mail?.body ?? '')?.[0] ?? '';
  return {
    desk,
    ref,
    url,
    mailsBefore: desk.ws.mail.outbox.length,
    historyBefore: rowsOf(desk, SHEET.history).length,
  };
}

function submit(own: Record<string, string>) {
  return (w: World): void => {
    const aw = w as AnswerWorld;
    const prefilled = answersFromPrefilledUrl(aw.desk.ws, aw.url);
    const recorded = aw.desk.ws.forms.recordResponse(prefilled.formId, {
      ...prefilled.answers,
      ...own,
    });
    w.recorded = recorded;
    w.formId = prefilled.formId;
    aw.desk.host.deliverFormSubmit(prefilled.formId, recorded);
  };
}

/** The next day's first hourly run: its daily recovery (src/app/reminders/dailyTrigger.ts). */
function nextDayRecovery(w: World): void {
  w.desk.ws.clock.set('2026-05-12T00:30:00+09:00');
  w.desk.host.runDueTimeTriggers();
}

/** Apps Script delivers the event again (duplicate or retried delivery). */
function deliverAgain(w: World): void {
  if (!w.recorded) return;
  w.desk.host.deliverFormSubmit(String(w.formId), w.recorded as Recorded);
}

function deskMails(w: AnswerWorld, text: string): number {
  return w.desk.ws.mail.outbox
    .slice(w.mailsBefore)
    .filter((m) => m.to.split(',').includes(STAFF) && m.subject.includes(text)).length;
}

function onceOrInFlight(
  found: string[],
  label: string,
  count: number,
  fault: InjectedFault | null,
) {
  if (count === 1 || (fault && count === 2)) return;
  found.push(`${label}: ${count} (expected 1, or 2 with the one in flight at the fault)`);
}

function checkRecorded(w: World, fault: InjectedFault | null): string[] {
  const aw = w as AnswerWorld;
  const found = commonInvariants(aw.desk, fault);
  const history = rowsOf(aw.desk, SHEET.history).filter((r) => /^D/.test(String(r[6])));
  if (history.length !== 1) found.push(`history rows of the answer: ${history.length}`);
  const dialogues = rowsOf(aw.desk, SHEET.dialogues).filter((r) => /^D/.test(String(r[6])));
  if (dialogues.length !== 1) found.push(`dialogue rows of the answer: ${dialogues.length}`);
  if (cellOf(aw.desk, aw.ref.row, 'departmentAnswer') !== '条件付きで可: 予算次第（雪谷）')
    found.push(`担当課回答: ${String(cellOf(aw.desk, aw.ref.row, 'departmentAnswer'))}`);
  if (cellOf(aw.desk, aw.ref.row, 'departmentDue') !== '') found.push('担当課期限 not cleared');
  onceOrInFlight(found, 'desk mails', deskMails(aw, '【担当課回答】'), fault);
  return found;
}

function checkRefused(w: World, fault: InjectedFault | null): string[] {
  const aw = w as AnswerWorld;
  const found = commonInvariants(aw.desk, fault);
  if (rowsOf(aw.desk, SHEET.history).length !== aw.historyBefore)
    found.push('a refused answer wrote history');
  if (cellOf(aw.desk, aw.ref.row, 'departmentAnswer') !== '')
    found.push('a refused answer was recorded');
  onceOrInFlight(found, 'refusal mails', deskMails(aw, '【要確認】'), fault);
  return found;
}

export const scenarios: Scenario[] = [
  {
    name: 'department answer (庁内回答フォーム)',
    arrange,
    act: submit({
      [DEPT_Q.answer]: '条件付きで可',
      [DEPT_Q.comment]: '予算次第',
      [DEPT_Q.answerer]: '雪谷',
    }),
    target: 'onProposalSubmitted',
    recover: deliverAgain,
    check: checkRecorded,
  },
  {
    name: 'department answer refused (wrong code)',
    arrange,
    act: submit({ [DEPT_Q.code]: 'ZZZZZZ', [DEPT_Q.answer]: '対応可', [DEPT_Q.answerer]: '雪谷' }),
    target: 'onProposalSubmitted',
    recover: deliverAgain,
    check: checkRefused,
  },
  // The event never delivered again: the hourly trigger's daily recovery finishes the answer
  // (src/app/departmentAnswer.ts recoverDepartmentAnswers, from src/app/reminders/dailyTrigger.ts).
  {
    name: 'department answer recovered by the hourly trigger',
    arrange,
    act: submit({
      [DEPT_Q.answer]: '条件付きで可',
      [DEPT_Q.comment]: '予算次第',
      [DEPT_Q.answerer]: '雪谷',
    }),
    target: 'onProposalSubmitted',
    recover: nextDayRecovery,
    check: checkRecorded,
  },
  {
    name: 'department answer refused, told by the hourly trigger',
    arrange,
    act: submit({ [DEPT_Q.code]: 'ZZZZZZ', [DEPT_Q.answer]: '対応可', [DEPT_Q.answerer]: '雪谷' }),
    target: 'onProposalSubmitted',
    recover: nextDayRecovery,
    check: checkRefused,
  },
];

export const interleavings: Interleaving[] = [];

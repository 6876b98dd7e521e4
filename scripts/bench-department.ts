/**
 * Bench rows of the department answer (庁内回答フォーム, issue 12; called by scripts/bench.ts) at
 * 10 and 10,000 cases: the form-submit execution of one answer arriving through the hand-off's
 * pre-filled link — lock 2, document properties 2, the spreadsheet 1, the case's row read 2 and
 * written back 1, the dialogue row 2, the desk's mail, then the history row 2, which is also the
 * mark that the mail went (budget: ≤ 12 calls besides the mail, 2 s; src/app/departmentAnswer.ts)
 * — and the same event delivered again (no budget: it finds the answer and its history row).
 */
import { answersFromPrefilledUrl } from 'gas-emulator/services/form/store';
import { DEPT_Q } from '../src/strings/departmentAnswer';
import { newDesk } from '../test/support/desk';
import { preloadCases, run, seedDepartments } from '../test/support/workflow';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 10_000];
export const DEPARTMENT_ANSWER_BUDGET = { calls: 12, ms: 2_000 };

export function benchDepartment(sizes = SIZES): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const desk = newDesk();
    seedDepartments(desk);
    preloadCases(desk, size);
    const ref = { row: size, caseNumber: `R8-${String(size - 1).padStart(5, '0')}` };
    const handed = run<{ ok: boolean; message?: string }>(desk, 'sidebarAssignDepartment', {
      ...ref,
      department: '道路維持課',
      request: 'bench',
      dueDate: '2026-05-29',
    });
    if (!handed.ok) throw new Error(`bench: hand-off refused: ${handed.message}`);
    const mail = desk.ws.mail.outbox[desk.ws.mail.outbox.length - 1];
    const url = /https:\/\/docs\.google\.com\/forms\/d\/e\/\S+/.exec(mail.body)?.[0] ?? '';
    const prefilled = answersFromPrefilledUrl(desk.ws, url);
    const recorded = desk.ws.forms.recordResponse(prefilled.formId, {
      ...prefilled.answers,
      [DEPT_Q.answer]: '対応可',
      [DEPT_Q.answerer]: 'bench',
    });
    desk.host.deliverFormSubmit(prefilled.formId, recorded);
    const answered = desk.host.lastExecution();
    if (answered.error) throw answered.error;
    rows.push(measure('department answer', size, answered, DEPARTMENT_ANSWER_BUDGET));
    desk.host.deliverFormSubmit(prefilled.formId, recorded);
    rows.push(measure('department answer delivered again', size, desk.host.lastExecution(), null));
  }
  return rows;
}

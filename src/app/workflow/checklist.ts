/** 実施準備 checklist of a PoC case: ids of the done items, comma-separated in one cell. */
import { HISTORY_NOTES } from '../../strings/workflow';
import { planChecklist, pocChecklist } from '../../domain/workflow';
import type { ChecklistRequest } from '../sidebarContract';
import { checkRef, readCaseRow } from '../../store/caseRow';
import { WorkflowError } from '../../store/context';
import { caseNote } from '../../store/history';
import { LockedDesk, requestIdOf, rowWrite, runCaseOp } from '../../store/journal';
import { textField } from './requests';

export function setChecklistItem(ctx: LockedDesk, request: ChecklistRequest): void {
  const ref = checkRef(request);
  const id = requestIdOf(request.requestId);
  const itemId = textField(request.itemId);
  const done = request.done === true;
  runCaseOp(ctx, id, () => {
    const caseRow = readCaseRow(ctx.ss, ref);
    const plan = planChecklist(
      caseRow.record,
      itemId,
      done,
      pocChecklist.map((item) => item.id),
    );
    if (!plan.ok) throw new WorkflowError(plan.message);
    const label = pocChecklist.find((item) => item.id === itemId)?.label ?? itemId;
    const note = done ? HISTORY_NOTES.checklistDone(label) : HISTORY_NOTES.checklistUndone(label);
    return {
      history: [caseNote(ctx, ref.caseNumber, caseRow.record.status, note, id)],
      rows: [rowWrite(caseRow, plan.changes)],
      firstRead: { row: ref.row, range: caseRow.range, values: caseRow.values },
      result: undefined,
    };
  });
}

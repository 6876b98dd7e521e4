/** 実施準備 checklist of a PoC case: ids of the done items, comma-separated in one cell. */
import { HISTORY_NOTES } from '../../strings/workflow';
import { planChecklist, pocChecklist } from '../../domain/workflow';
import type { ChecklistRequest } from '../sidebarContract';
import { checkRef, readCaseRow, writeCaseRow } from './caseRow';
import { DeskContext, WorkflowError } from './context';
import { appendCaseNote } from './history';
import { textField } from './requests';

export function setChecklistItem(ctx: DeskContext, request: ChecklistRequest): void {
  const ref = checkRef(request);
  const itemId = textField(request.itemId);
  const done = request.done === true;
  const caseRow = readCaseRow(ctx.ss, ref);
  const plan = planChecklist(
    caseRow.record,
    itemId,
    done,
    pocChecklist.map((item) => item.id),
  );
  if (!plan.ok) throw new WorkflowError(plan.message);
  const label = pocChecklist.find((item) => item.id === itemId)?.label ?? itemId;
  const status = caseRow.record.status;
  appendCaseNote(
    ctx,
    ref.caseNumber,
    status,
    done ? HISTORY_NOTES.checklistDone(label) : HISTORY_NOTES.checklistUndone(label),
  );
  writeCaseRow(caseRow, plan.changes);
}

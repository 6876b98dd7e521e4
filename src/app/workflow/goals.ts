/**
 * 目標共有・役割分担: the shared goal and the split of roles, recorded before an agreement
 * (guideline: 目標共有の原則). Both are free text, written as text.
 */
import { HISTORY_NOTES, WORKFLOW_FIELDS, WORKFLOW_UI } from '../../strings/workflow';
import { asCellText } from '../../domain/cellText';
import { checkOpen } from '../../domain/workflow';
import type { GoalsRequest } from '../sidebarContract';
import { checkRef, readCaseRow } from '../../store/caseRow';
import { WorkflowError } from '../../store/context';
import { caseNote } from '../../store/history';
import { LockedDesk, requestIdOf, rowWrite, runCaseOp } from '../../store/journal';
import { MAX_TEXT_CHARS, textField } from './requests';

export function saveGoals(ctx: LockedDesk, request: GoalsRequest): void {
  const ref = checkRef(request);
  const id = requestIdOf(request.requestId);
  const goal = textField(request.goal).trim();
  const roleSplit = textField(request.roleSplit).trim();
  if (goal.length > MAX_TEXT_CHARS)
    throw new WorkflowError(WORKFLOW_UI.tooLong(WORKFLOW_FIELDS.goal, MAX_TEXT_CHARS));
  if (roleSplit.length > MAX_TEXT_CHARS) {
    throw new WorkflowError(WORKFLOW_UI.tooLong(WORKFLOW_FIELDS.roleSplit, MAX_TEXT_CHARS));
  }
  runCaseOp(ctx, id, () => {
    const caseRow = readCaseRow(ctx.ss, ref);
    const closed = checkOpen(caseRow.record);
    if (closed) throw new WorkflowError(closed);
    const status = caseRow.record.status;
    const changes = { goal: asCellText(goal), roleSplit: asCellText(roleSplit) };
    return {
      history: [caseNote(ctx, ref.caseNumber, status, HISTORY_NOTES.goalsSaved, id)],
      rows: [
        rowWrite(
          caseRow,
          caseRow.record.owner ? changes : { ...changes, owner: asCellText(ctx.actor) },
        ),
      ],
      firstRead: { row: ref.row, range: caseRow.range, values: caseRow.values },
      result: undefined,
    };
  });
}

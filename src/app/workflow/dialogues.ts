/**
 * The dialogue log (対話の原則): 対話記録 rows [対話日, 案件番号, 相手方・出席者, 概要, 記録者,
 * 記録日時, 操作ID] (DIALOGUE_HEADERS order; each value goes under its header, src/store/logLayouts.ts),
 * appended atomically; the register keeps 最終対話日 and, in 対話・調整, a due date that restarts
 * from the last dialogue.
 */
import { HISTORY_NOTES, WORKFLOW_FIELDS } from '../../strings/workflow';
import { toTokyoDate } from '../../domain/calendar';
import { staffDate } from '../../domain/calendar/displayDate';
import { asCellText } from '../../domain/cellText';
import { dateCell, isDateValue, isoDateOfCell, planDialogue } from '../../domain/workflow';
import { tokyoDateTimeText } from '../../domain/tokyoTime';
import type { DialogueEntry, DialogueRequest } from '../sidebarContract';
import { checkRef, readCaseRow } from '../../store/caseRow';
import { WorkflowError } from '../../store/context';
import { readCaseRows } from '../../store/history';
import { requiredText, textField } from './requests';
import { LockedDesk, requestIdOf, rowWrite, runCaseOp } from '../../store/journal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function addDialogue(ctx: LockedDesk, request: DialogueRequest): void {
  const ref = checkRef(request);
  const id = requestIdOf(request.requestId);
  const date = textField(request.date).trim();
  const parties = requiredText(request.parties, WORKFLOW_FIELDS.dialogueParties, 500);
  const summary = requiredText(request.summary, WORKFLOW_FIELDS.dialogueSummary);
  const now = new Date();
  runCaseOp(ctx, id, () => {
    const caseRow = readCaseRow(ctx.ss, ref);
    const plan = planDialogue({
      record: caseRow.record,
      date,
      today: toTokyoDate(now),
      actor: ctx.actor,
      settings: ctx.settings,
    });
    if (!plan.ok) throw new WorkflowError(plan.message);
    const status = caseRow.record.status;
    return {
      dialogue: [
        dateCell(date),
        asCellText(ref.caseNumber),
        asCellText(parties),
        asCellText(summary),
        asCellText(ctx.actor),
        now,
        asCellText(id),
      ],
      history: [
        {
          at: now,
          actor: ctx.actor,
          caseNumber: ref.caseNumber,
          from: status,
          to: status,
          comment: HISTORY_NOTES.dialogueAdded(staffDate(date), parties, summary),
          opId: id,
        },
      ],
      rows: [rowWrite(caseRow, plan.changes)],
      firstRead: { row: ref.row, range: caseRow.range, values: caseRow.values },
      result: undefined,
    };
  });
}

export function readCaseDialogues(ss: Spreadsheet, caseNumber: string): DialogueEntry[] {
  return readCaseRows(ss, 'dialogues', 6, caseNumber).map((r) => ({
    date: isoDateOfCell(r[0]) || (isDateValue(r[0]) ? tokyoDateTimeText(r[0]) : String(r[0])),
    parties: String(r[2]),
    summary: String(r[3]),
    by: String(r[4]),
  }));
}

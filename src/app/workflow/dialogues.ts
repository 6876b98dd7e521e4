/**
 * The dialogue log (対話の原則): 対話記録 rows [対話日, 案件番号, 相手方・出席者, 概要, 記録者,
 * 記録日時], appended atomically; the register keeps 最終対話日 and, in 対話・調整, a due date
 * that restarts from the last dialogue.
 */
import { SHEET } from '../../strings';
import { HISTORY_NOTES, WORKFLOW_FIELDS, WORKFLOW_UI } from '../../strings/workflow';
import { toTokyoDate } from '../../domain/calendar';
import { asCellText } from '../../domain/cellText';
import { dateCell, isDateValue, isoDateOfCell, planDialogue } from '../../domain/workflow';
import { tokyoDateTimeText } from '../../domain/tokyoTime';
import type { DialogueEntry, DialogueRequest } from '../sidebarContract';
import { checkRef, readCaseRow, writeCaseRow } from './caseRow';
import { DeskContext, WorkflowError } from './context';
import { appendCaseNote, isProtectionRefusal, readCaseRows } from './history';
import { requiredText, textField } from './requests';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function addDialogue(ctx: DeskContext, request: DialogueRequest): void {
  const ref = checkRef(request);
  const date = textField(request.date).trim();
  const parties = requiredText(request.parties, WORKFLOW_FIELDS.dialogueParties, 500);
  const summary = requiredText(request.summary, WORKFLOW_FIELDS.dialogueSummary);
  const now = new Date();
  const caseRow = readCaseRow(ctx.ss, ref);
  const plan = planDialogue({
    record: caseRow.record,
    date,
    today: toTokyoDate(now),
    actor: ctx.actor,
    settings: ctx.settings,
  });
  if (!plan.ok) throw new WorkflowError(plan.message);
  const log = ctx.ss.getSheetByName(SHEET.dialogues);
  if (!log) throw new WorkflowError(WORKFLOW_UI.noSheet(SHEET.dialogues));
  try {
    log.appendRow([
      dateCell(date),
      asCellText(ref.caseNumber),
      asCellText(parties),
      asCellText(summary),
      asCellText(ctx.actor),
      now,
    ]);
  } catch (error) {
    if (!isProtectionRefusal(error)) throw error;
    throw new WorkflowError(WORKFLOW_UI.logProtected(SHEET.dialogues, ctx.actor));
  }
  const status = caseRow.record.status;
  appendCaseNote(
    ctx,
    ref.caseNumber,
    status,
    HISTORY_NOTES.dialogueAdded(date, parties, summary),
    now,
  );
  writeCaseRow(caseRow, plan.changes);
}

export function readCaseDialogues(ss: Spreadsheet, caseNumber: string): DialogueEntry[] {
  return readCaseRows(ss, SHEET.dialogues, 2, 6, caseNumber).map((r) => ({
    date: isoDateOfCell(r[0]) || (isDateValue(r[0]) ? tokyoDateTimeText(r[0]) : String(r[0])),
    parties: String(r[2]),
    summary: String(r[3]),
    by: String(r[4]),
  }));
}

/**
 * Moving a case to another status. Call budget (bench: status change): 10 service calls with
 * 10 or 10,000 cases — who (2), settings snapshot (2), spreadsheet (1), the case's row read (2),
 * the history row (2) and the row written back (1).
 *
 * There is no room for a lock in that budget, and none is needed: concurrency is optimistic.
 * The request carries the case number and the status the person saw; the row is read fresh and
 * the move is refused if either differs ("someone else changed it; reopen"). Two people pressing
 * at the same instant are separated by Sheets' own serialisation of the two writes, and the
 * history keeps both attempts in order (appendRow is atomic). Any lock would be released at the
 * end of the execution anyway.
 */
import { toTokyoDate } from '../../domain/calendar';
import { tokyoDateTimeText } from '../../domain/tokyoTime';
import { valueAfterWrite } from '../../domain/cellText';
import { REGISTER_COLUMNS, RegisterKey } from '../../domain/register';
import { CaseRecord, caseRecordFromRow, planStatusChange } from '../../domain/workflow';
import type { MoveRequest, MoveResult } from '../sidebarContract';
import { caseSummary } from './caseView';
import { checkRef, readCaseRow, writeCaseRow } from './caseRow';
import { DeskContext, WorkflowError } from './context';
import { appendHistory } from './history';
import { checkComment, textField } from './requests';

export interface MoveOutcome {
  caseNumber: string;
  from: string;
  to: string;
  at: Date;
  comment: string;
  /** The case's row as the move left it (columns the move reads; see caseRow.ts). */
  record: CaseRecord;
}

export function moveCase(ctx: DeskContext, request: MoveRequest): MoveOutcome {
  const ref = checkRef(request);
  const to = textField(request.to);
  const expectedStatus = textField(request.expectedStatus);
  const comment = checkComment(request.comment);
  const now = new Date();
  const caseRow = readCaseRow(ctx.ss, ref);
  const plan = planStatusChange({
    record: caseRow.record,
    expectedStatus,
    to,
    today: toTokyoDate(now),
    actor: ctx.actor,
    settings: ctx.settings,
  });
  if (!plan.ok) throw new WorkflowError(plan.message);
  // The history row goes first: if it cannot be written (e.g. the person is missing from the
  // sheet's protection), the register is left untouched.
  appendHistory(ctx.ss, {
    at: now,
    actor: ctx.actor,
    caseNumber: ref.caseNumber,
    from: plan.from,
    to: plan.to,
    comment,
  });
  writeCaseRow(caseRow, plan.changes);
  // From the values as read (not as written: text is written with an apostrophe prefix).
  const changes = plan.changes as Partial<Record<RegisterKey, unknown>>;
  const record = caseRecordFromRow(
    caseRow.values.map((value, i) => {
      const key = REGISTER_COLUMNS[i];
      return key !== undefined && key in changes ? valueAfterWrite(changes[key]) : value;
    }),
  );
  return { caseNumber: ref.caseNumber, from: plan.from, to: plan.to, at: now, comment, record };
}

/**
 * The sidebar's move: the move, then what changed, built from the row already in hand (no
 * further reads), so the whole execution stays within the status change's 10 calls.
 */
export function moveCaseForSidebar(ctx: DeskContext, request: MoveRequest): MoveResult {
  const outcome = moveCase(ctx, request);
  const {
    latestDocument: _doc,
    latestPdf: _pdf,
    folder: _folder,
    ...summary
  } = caseSummary(request.row, outcome.record);
  return {
    summary,
    historyEntry: {
      at: tokyoDateTimeText(outcome.at),
      by: ctx.actor,
      from: outcome.from,
      to: outcome.to,
      comment: outcome.comment,
    },
  };
}

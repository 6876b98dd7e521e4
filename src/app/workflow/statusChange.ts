/**
 * Moving a case to another status, exactly once (see journal.ts and docs/reliability.md). Call
 * budget (bench: status change): 14 service calls with 10 or 10,000 cases — lock (2), properties
 * (2), who (2), spreadsheet (1), the case's row read (2), the intent (1), the history row (2),
 * the row written back (1) and the done mark (1).
 *
 * The document lock serialises two people moving one case: the second reads the row the first
 * wrote and is refused when the status it saw has changed ("someone else changed it; reopen").
 */
import { toTokyoDate } from '../../domain/calendar';
import { tokyoDateTimeText } from '../../domain/tokyoTime';
import { valueAfterWrite } from '../../domain/cellText';
import { REGISTER_COLUMNS, RegisterKey } from '../../domain/register';
import { CaseRecord, caseRecordFromRow, planStatusChange, RowChanges } from '../../domain/workflow';
import type { MoveRequest, MoveResult } from '../sidebarContract';
import { caseSummary } from './caseView';
import { CaseRow, checkRef, readCaseRow } from './caseRow';
import { WorkflowError } from './context';
import { readCaseHistory } from './history';
import { LockedDesk, requestIdOf, rowWrite, runCaseOp } from './journal';
import { checkComment, textField } from './requests';
import { WORKFLOW_UI } from '../../strings/workflow';

export interface MoveOutcome {
  caseNumber: string;
  from: string;
  to: string;
  at: Date;
  comment: string;
  /** The case's row as the move left it (columns the move reads; see caseRow.ts). */
  record: CaseRecord;
}

export function moveCase(desk: LockedDesk, request: MoveRequest): MoveOutcome | null {
  const ref = checkRef(request);
  const id = requestIdOf(request.requestId);
  const to = textField(request.to);
  const expectedStatus = textField(request.expectedStatus);
  const comment = checkComment(request.comment);
  const now = new Date();
  const outcome = runCaseOp(desk, id, () => {
    const caseRow = readCaseRow(desk.ss, ref);
    const plan = planStatusChange({
      record: caseRow.record,
      expectedStatus,
      to,
      today: toTokyoDate(now),
      actor: desk.actor,
      settings: desk.settings,
    });
    if (!plan.ok) throw new WorkflowError(plan.message);
    const event = {
      at: now,
      actor: desk.actor,
      caseNumber: ref.caseNumber,
      from: plan.from,
      to: plan.to,
      comment,
      opId: id,
    };
    const moved: MoveOutcome = {
      caseNumber: ref.caseNumber,
      from: plan.from,
      to: plan.to,
      at: now,
      comment,
      record: recordAfter(caseRow, plan.changes),
    };
    // The history row goes first: if it cannot be written (e.g. the person is missing from the
    // sheet's protection), the register is left untouched.
    return {
      history: [event],
      rows: [rowWrite(caseRow, plan.changes)],
      firstRead: { row: ref.row, range: caseRow.range, values: caseRow.values },
      result: moved,
    };
  });
  return outcome.repeated ? null : outcome.result;
}

/** The case as the move leaves it, from the values as read (text is written with an apostrophe). */
function recordAfter(caseRow: CaseRow, changes: RowChanges): CaseRecord {
  const changed = changes as Partial<Record<RegisterKey, unknown>>;
  return caseRecordFromRow(
    caseRow.values.map((value, i) => {
      const key = REGISTER_COLUMNS[i];
      return key !== undefined && key in changed ? valueAfterWrite(changed[key]) : value;
    }),
  );
}

/**
 * The sidebar's move: the move, then what changed, built from the row already in hand (no
 * further reads), so the whole execution stays within the status change's 14 calls. A retry of a
 * move already made returns the case as it now is and its latest history entry.
 */
export function moveCaseForSidebar(desk: LockedDesk, request: MoveRequest): MoveResult {
  const outcome = moveCase(desk, request);
  if (!outcome) {
    const ref = checkRef(request);
    const { record } = readCaseRow(desk.ss, ref);
    const history = readCaseHistory(desk.ss, ref.caseNumber);
    const last = history[history.length - 1];
    if (!last) throw new WorkflowError(WORKFLOW_UI.invalidRequest);
    return { summary: summaryOf(ref, record), historyEntry: last };
  }
  return {
    summary: summaryOf(checkRef(request), outcome.record),
    historyEntry: {
      at: tokyoDateTimeText(outcome.at),
      by: desk.actor,
      from: outcome.from,
      to: outcome.to,
      comment: outcome.comment,
    },
  };
}

function summaryOf(ref: { row: number; caseNumber: string }, record: CaseRecord) {
  const {
    latestDocument: _doc,
    latestPdf: _pdf,
    folder: _folder,
    ...summary
  } = caseSummary(ref.row, record);
  return summary;
}

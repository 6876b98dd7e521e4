/**
 * Moving a case to another status, exactly once (see journal.ts and docs/reliability.md). Call
 * budget (bench: status change): 14 service calls with 10 or 10,000 cases — lock (2), properties
 * (2), who (2), spreadsheet (1), the case's row read (2), the intent (1), the history row (2),
 * the row written back (1) and the done mark (1).
 *
 * A move the process table marks tells the applicant (src/domain/applicantNotice.ts): the notice
 * is part of the intent and goes after the history row and the register cells (journal.ts), one
 * email and one call more (bench: status change that notifies the applicant).
 *
 * The document lock serialises two people moving one case: the second reads the row the first
 * wrote and is refused when the status it saw has changed ("someone else changed it; reopen").
 */
import { toTokyoDate } from '../../domain/calendar';
import { tokyoDateTimeText } from '../../domain/tokyoTime';
import { asCellText, valueAfterWrite } from '../../domain/cellText';
import { REGISTER_COLUMNS, RegisterKey } from '../../domain/register';
import {
  CaseRecord,
  caseRecordFromRow,
  MoveKind,
  planStatusChange,
  RowChanges,
  DECLINED as DECLINED_STATUS,
} from '../../domain/workflow';
import { planApplicantNotice, refusedNoticeNote, withNote } from '../../domain/applicantNotice';
import type { Settings } from '../../domain/settings';
import type { MoveRequest, MoveResult } from '../sidebarContract';
import { caseSummary } from './caseView';
import { CaseRow, checkRef, readCaseRow } from '../../store/caseRow';
import { WorkflowError } from '../../store/context';
import { readCaseHistory } from '../../store/history';
import { ApplicantMail, LockedDesk, requestIdOf, rowWrite, runCaseOp } from '../../store/journal';
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
  const letterReason = checkComment(request.letterReason);
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
    addLetterReason(plan.changes, plan.to, letterReason);
    const notice = applicantNoticeOf(caseRow.record, plan, desk);
    const event = {
      at: now,
      actor: desk.actor,
      caseNumber: ref.caseNumber,
      from: plan.from,
      to: plan.to,
      comment: withNote(comment, notice.note),
      opId: id,
    };
    const moved: MoveOutcome = {
      caseNumber: ref.caseNumber,
      from: plan.from,
      to: plan.to,
      at: now,
      comment: event.comment,
      record: recordAfter(caseRow, plan.changes),
    };
    // The history row goes first: if it cannot be written (e.g. the person is missing from the
    // sheet's protection), the register is left untouched.
    return {
      history: [event],
      rows: [rowWrite(caseRow, plan.changes)],
      ...(notice.mail ? { notices: [notice.mail] } : {}),
      firstRead: { row: ref.row, range: caseRow.range, values: caseRow.values },
      result: moved,
    };
  });
  return outcome.repeated ? null : outcome.result;
}

/**
 * The applicant's notice of a move, as the journal carries it, and the history note about it
 * (sent, or not sent for want of a valid address); none when the move tells the applicant nothing.
 */
export function applicantNoticeOf(
  record: CaseRecord,
  move: { to: string; kind: MoveKind },
  desk: { settings: Settings; actor: string },
): { note: string; mail?: ApplicantMail } {
  const plan = planApplicantNotice(record, move, desk.settings);
  if (plan.kind === 'none') return { note: '' };
  if (plan.kind === 'noAddress') return { note: plan.note };
  return {
    note: plan.note,
    mail: {
      caseNumber: record.caseNumber.trim(),
      to: plan.to,
      subject: plan.subject,
      body: plan.body,
      status: move.to,
      actor: desk.actor,
      refusedNote: refusedNoticeNote(plan.stage, plan.to),
    },
  };
}

/** The case as the move leaves it, from the values as read (text is written with an apostrophe). */
function recordAfter(caseRow: CaseRow, changes: RowChanges): CaseRecord {
  const changed = changes as Partial<Record<RegisterKey, unknown>>;
  return caseRecordFromRow(
    caseRow.registerValues.map((value, i) => {
      const key = REGISTER_COLUMNS[i];
      return key !== undefined && key in changed ? valueAfterWrite(changed[key]) : value;
    }),
  );
}

/** 不採択: its 回答理由 (issue 12) goes to the register, printed by the declined reply letter. */
const DECLINED: string = DECLINED_STATUS;

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
      ...letterReasonEntry(outcome.to, request.letterReason),
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

function addLetterReason(changes: RowChanges, to: string, reason: string): void {
  if (to === DECLINED && reason) changes.replyReason = asCellText(reason);
}

/** The sidebar shows the reason the letter will print beside the move (HistoryEntry). */
function letterReasonEntry(to: string, reason: unknown): { letterReason?: string } {
  const text = checkComment(reason);
  return to === DECLINED && text ? { letterReason: text } : {};
}

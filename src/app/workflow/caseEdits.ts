/**
 * The desk's workbench edits of a case's register cells (issue 12): 協定の内容 (代表者, 連携事項,
 * 締結日, 満了日 — what the agreement document prints) and the receipt of the applicant's
 * 提案書 / 報告書 with a link to the file (the gates of the process table, processTable.ts). Each is
 * exactly once through the journal (journal.ts, docs/reliability.md): the history row carries
 * the request id, the cells are written from the row read under the lock, and a retry completes
 * the first attempt. Like a move, each returns the row as it left it and its history entry, so
 * the execution stays within the status change's 14 calls (scripts/bench-workflow.ts).
 */
import { HISTORY_NOTES, WORKFLOW_UI } from '../../strings/workflow';
import { REGISTER_HEADERS } from '../../strings';
import { asCellText, valueAfterWrite } from '../../domain/cellText';
import { isIsoDate, staffDate, toTokyoDate } from '../../domain/calendar';
import { REGISTER_COLUMNS, RegisterKey } from '../../domain/register';
import { tokyoDateTimeText } from '../../domain/tokyoTime';
import {
  caseRecordFromRow,
  checkOpen,
  dateCell,
  type CaseRecord,
  type RowChanges,
} from '../../domain/workflow';
import type { AgreementRequest, CaseEditResult, CaseRef, ReceiptRequest } from '../sidebarContract';
import { caseSummary } from './caseView';
import { CaseRow, checkRef, readCaseRow } from '../../store/caseRow';
import { WorkflowError } from '../../store/context';
import { caseNote, readCaseHistory } from '../../store/history';
import { LockedDesk, requestIdOf, rowWrite, runCaseOp } from '../../store/journal';
import { MAX_TEXT_CHARS, textField } from './requests';

/** 代表者（職・氏名） is one line of the agreement's signature block. */
export const MAX_REPRESENTATIVE_CHARS = 200;
/** A link to a file in Drive or elsewhere. */
const MAX_URL_CHARS = 2000;

export function saveAgreement(desk: LockedDesk, request: AgreementRequest): CaseEditResult {
  const ref = checkRef(request);
  const id = requestIdOf(request.requestId);
  const representative = limited(
    request.representative,
    REGISTER_HEADERS.representative,
    MAX_REPRESENTATIVE_CHARS,
  );
  const partnershipItems = limited(
    request.partnershipItems,
    REGISTER_HEADERS.partnershipItems,
    MAX_TEXT_CHARS,
  );
  const agreementDate = optionalDate(request.agreementDate, REGISTER_HEADERS.agreementDate);
  const agreementEnd = optionalDate(request.agreementEnd, REGISTER_HEADERS.agreementEnd);
  if (agreementDate && agreementEnd && agreementEnd < agreementDate) {
    throw new WorkflowError(WORKFLOW_UI.endBeforeStart);
  }
  return edit(desk, ref, id, (record) => ({
    changes: {
      representative: asCellText(representative),
      partnershipItems: asCellText(partnershipItems),
      agreementDate: dateCell(agreementDate),
      agreementEnd: dateCell(agreementEnd),
    },
    note: HISTORY_NOTES.agreementSaved(
      staffDate(agreementDate),
      staffDate(agreementEnd),
      staffDate(record.agreementEnd),
    ),
  }));
}

export function recordReceipt(desk: LockedDesk, request: ReceiptRequest): CaseEditResult {
  const ref = checkRef(request);
  const id = requestIdOf(request.requestId);
  const kind = textField(request.document);
  if (kind !== 'proposal' && kind !== 'report') throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  const field = kind === 'proposal' ? 'proposalReceivedOn' : 'reportReceivedOn';
  const urlField = kind === 'proposal' ? 'proposalFileUrl' : 'reportFileUrl';
  const receivedOn = optionalDate(request.receivedOn, REGISTER_HEADERS[field]);
  if (!receivedOn) throw new WorkflowError(WORKFLOW_UI.required(REGISTER_HEADERS[field]));
  if (receivedOn > toTokyoDate(new Date())) {
    throw new WorkflowError(WORKFLOW_UI.dateInFuture(REGISTER_HEADERS[field]));
  }
  const fileUrl = textField(request.fileUrl).trim();
  if (fileUrl && (!/^https?:\/\/\S+$/i.test(fileUrl) || fileUrl.length > MAX_URL_CHARS)) {
    throw new WorkflowError(WORKFLOW_UI.badUrl(REGISTER_HEADERS[urlField]));
  }
  return edit(desk, ref, id, () => ({
    changes: { [field]: dateCell(receivedOn), [urlField]: asCellText(fileUrl) } as RowChanges,
    note: HISTORY_NOTES.receiptRecorded(REGISTER_HEADERS[field], staffDate(receivedOn), fileUrl),
  }));
}

/** One edit of the row: decided under the lock from the row as read, then journaled. */
function edit(
  desk: LockedDesk,
  ref: CaseRef,
  id: string,
  decide: (record: CaseRecord) => { changes: RowChanges; note: string },
): CaseEditResult {
  const now = new Date();
  const outcome = runCaseOp(desk, id, () => {
    const caseRow = readCaseRow(desk.ss, ref);
    const closed = checkOpen(caseRow.record);
    if (closed) throw new WorkflowError(closed);
    const { changes, note } = decide(caseRow.record);
    const all: RowChanges = caseRow.record.owner.trim()
      ? changes
      : { ...changes, owner: asCellText(desk.actor) };
    const event = caseNote(desk, ref.caseNumber, caseRow.record.status, note, id, now);
    return {
      history: [event],
      rows: [rowWrite(caseRow, all)],
      firstRead: { row: ref.row, range: caseRow.range, values: caseRow.values },
      result: {
        summary: summaryOf(ref, recordAfter(caseRow, all)),
        historyEntry: {
          at: tokyoDateTimeText(now),
          by: desk.actor,
          from: event.from,
          to: event.to,
          comment: note,
        },
      },
    };
  });
  if (!outcome.repeated) return outcome.result;
  // The same request again after it was made: the case as it now is (a retry costs more calls).
  const { record } = readCaseRow(desk.ss, ref);
  const history = readCaseHistory(desk.ss, ref.caseNumber);
  const last = history[history.length - 1];
  if (!last) throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  return { summary: summaryOf(ref, record), historyEntry: last };
}

function limited(value: unknown, field: string, max: number): string {
  const text = textField(value).trim();
  if (text.length > max) throw new WorkflowError(WORKFLOW_UI.tooLong(field, max));
  return text;
}

function optionalDate(value: unknown, field: string): string {
  const text = textField(value).trim();
  if (text && !isIsoDate(text)) throw new WorkflowError(WORKFLOW_UI.badDate(field, text));
  return text;
}

/** The case as the edit leaves it, from the values as read (text is written with an apostrophe). */
function recordAfter(caseRow: CaseRow, changes: RowChanges): CaseRecord {
  const changed = changes as Partial<Record<RegisterKey, unknown>>;
  return caseRecordFromRow(
    caseRow.registerValues.map((value, i) => {
      const key = REGISTER_COLUMNS[i];
      return key !== undefined && key in changed ? valueAfterWrite(changed[key]) : value;
    }),
  );
}

function summaryOf(ref: CaseRef, record: CaseRecord): CaseEditResult['summary'] {
  const {
    latestDocument: _doc,
    latestPdf: _pdf,
    folder: _folder,
    ...summary
  } = caseSummary(ref.row, record);
  return summary;
}

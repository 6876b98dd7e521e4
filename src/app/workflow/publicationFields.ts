/**
 * 公開可否・公開概要・公開日 of a case, edited in the sidebar (公平性確保の原則: realised work is
 * disclosed, docs/domain.md "The other parties and the public"). Staff decide; the case appears in
 * 公開一覧 only when it is also realised and the applicant consented (src/domain/publication.ts).
 * Exactly once through the journal (journal.ts); the history records the decision, not the text.
 */
import { PUBLICATION_CHOICES } from '../../strings/publication';
import { HISTORY_NOTES, WORKFLOW_FIELDS, WORKFLOW_UI } from '../../strings/workflow';
import { asCellText } from '../../domain/cellText';
import { isIsoDate } from '../../domain/calendar';
import { staffDate } from '../../domain/calendar/displayDate';
import { dateCell } from '../../domain/workflow';
import type { PublicationRequest } from '../sidebarContract';
import { checkRef, readCaseRow } from '../../store/caseRow';
import { WorkflowError } from '../../store/context';
import { caseNote } from '../../store/history';
import { LockedDesk, requestIdOf, rowWrite, runCaseOp } from '../../store/journal';
import { textField } from './requests';

/** A public summary is a short outline, not the proposal itself. */
export const MAX_PUBLIC_SUMMARY_CHARS = 1000;

export function savePublication(ctx: LockedDesk, request: PublicationRequest): void {
  const ref = checkRef(request);
  const id = requestIdOf(request.requestId);
  const decision = textField(request.decision).trim();
  if (!(PUBLICATION_CHOICES as readonly string[]).includes(decision)) {
    throw new WorkflowError(
      WORKFLOW_UI.unknownChoice(WORKFLOW_FIELDS.publication, decision, PUBLICATION_CHOICES),
    );
  }
  const summary = textField(request.summary).trim();
  if (summary.length > MAX_PUBLIC_SUMMARY_CHARS) {
    throw new WorkflowError(
      WORKFLOW_UI.tooLong(WORKFLOW_FIELDS.publicSummary, MAX_PUBLIC_SUMMARY_CHARS),
    );
  }
  const publishedOn = textField(request.publishedOn).trim();
  if (publishedOn && !isIsoDate(publishedOn)) {
    throw new WorkflowError(WORKFLOW_UI.badDate(WORKFLOW_FIELDS.publishedOn, publishedOn));
  }
  runCaseOp(ctx, id, () => {
    const caseRow = readCaseRow(ctx.ss, ref);
    const changes = {
      publication: decision,
      publicSummary: asCellText(summary),
      publishedOn: dateCell(publishedOn),
    };
    const note = HISTORY_NOTES.publicationSaved(decision, staffDate(publishedOn));
    return {
      history: [caseNote(ctx, ref.caseNumber, caseRow.record.status, note, id)],
      rows: [rowWrite(caseRow, changes)],
      result: undefined,
    };
  });
}

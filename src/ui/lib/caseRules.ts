/**
 * What the sidebar decides before calling the server, from the domain's own tables (pure, bundled
 * into the page): when to ask first, what to point out. The server enforces every rule anyway.
 */
import type { CaseView } from '../../app/sidebarContract';
import { documentKind, isReplyLetter, kindAvailability } from '../../domain/documents/kinds';
import {
  gatesCrossed,
  isStatus,
  DECLINED,
  isTerminal,
  pocChecklist,
  POC_CHECKLIST_STATUS,
  TRACKS,
  workflowMessages,
} from '../../domain/workflow';
import { isIsoDate } from '../../domain/calendar';
import { REGISTER_HEADERS } from '../../strings';
import type { Track } from '../../domain/workflow';

/** A move that ends the case (完了, 不採択, 取下げ, 対象外) cannot be undone. */
export function endsCase(to: string): boolean {
  return isStatus(to) && isTerminal(to);
}

/** Labels of the PoC preparation items not ticked, when leaving 実施準備 forward. */
export function pendingChecklistOnLeave(view: CaseView, kind: string): string[] {
  if (view.status !== POC_CHECKLIST_STATUS || kind !== 'forward') return [];
  const done = new Set(view.checklist.filter((item) => item.done).map((item) => item.id));
  const items = view.checklist.length ? view.checklist : pocChecklist;
  return items.filter((item) => !done.has(item.id)).map((item) => item.label);
}

/** An agreement regenerated once the case is past 連携協定締結 needs the user's confirmation. */
export function needsRegenerateConfirmation(view: CaseView, kindId: string): boolean {
  const kind = documentKind(kindId);
  if (!kind || !isStatus(view.status) || !(view.track in TRACKS)) return false;
  const availability = kindAvailability(kind, view.track as Track, view.status);
  return availability.ok && availability.needsConfirmation;
}

/** Only reply letters (回答書) are emailed to the applicant. */
export function canEmail(kindId: string): boolean {
  const kind = documentKind(kindId);
  return kind !== undefined && isReplyLetter(kind);
}

/**
 * The receipts a move needs and the case lacks (the gates of the process table): the server's
 * own message, so the page can say it and open 書類の受領 before asking. '' when none.
 */
export function missingReceiptsMessage(view: CaseView, to: string): string {
  if (!isStatus(view.status) || !isStatus(to) || !(view.track in TRACKS)) return '';
  const missing = gatesCrossed(view.track as Track, view.status, to).filter(
    (field) => !isIsoDate(view.receipts[field]),
  );
  return missing.length
    ? workflowMessages.gateMissing(
        to,
        missing.map((field) => REGISTER_HEADERS[field]),
      )
    : '';
}

/** A decline (不採択) asks for the reason printed in the reply letter. */
export function asksLetterReason(to: string): boolean {
  return to === DECLINED;
}

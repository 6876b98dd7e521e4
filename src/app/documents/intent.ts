/**
 * The keys of the documents feature's intent records (docs/reliability.md), one document property
 * per case and operation, read and written by src/store/intents.ts (the attempt in flight and the
 * request ids recently completed). Every reader and writer holds the desk's lock, so a pending
 * attempt found there belongs to an execution that has ended.
 */
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { appendHistory, historyHasOp } from '../../store/history';
import type { LockedDesk } from '../../store/journal';

export const DOCUMENT_PROP = {
  /** A generation of one kind for one case. */
  generation: (caseNumber: string, kindId: string) => `documents.gen.${caseNumber}.${kindId}`,
  /** The sending of a case's reply letter. */
  reply: (caseNumber: string) => `documents.reply.${caseNumber}`,
  /** A case folder being created (its name), until the register links it. */
  folder: (caseNumber: string) => `documents.folder.${caseNumber}`,
} as const;

/**
 * The history row of a generated document whose attempt the register already links, unless it
 * was written (found by its 操作ID): how a retry completes generation and disclosure alike.
 */
export function completeHistory(
  desk: LockedDesk,
  caseNumber: string,
  status: string,
  opId: string,
  done: { name: string; documentUrl: string; pdfUrl: string },
): void {
  if (historyHasOp(desk.ss, opId)) return;
  appendHistory(desk.ss, {
    at: new Date(),
    actor: desk.actor,
    caseNumber,
    from: status,
    to: status,
    comment: DOCUMENT_MESSAGES.historyGenerated(done.name, done.documentUrl, done.pdfUrl),
    opId,
  });
}

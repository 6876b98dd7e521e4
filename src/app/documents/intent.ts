/**
 * Intent records of the documents feature (docs/reliability.md), one document property per case
 * and operation: the attempt in flight (`pending`, written before each side effect) and the
 * request ids recently completed with their results (so the same button pressed again returns the
 * first result instead of repeating it). Every reader and writer holds the document lock, so a
 * pending attempt found there belongs to an execution that has ended.
 */
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { appendHistory, historyHasOp } from '../../store/history';
import type { LockedDesk } from '../../store/journal';

type Properties = GoogleAppsScript.Properties.Properties;

export const DOCUMENT_PROP = {
  /** A generation of one kind for one case. */
  generation: (caseNumber: string, kindId: string) => `documents.gen.${caseNumber}.${kindId}`,
  /** The sending of a case's reply letter. */
  reply: (caseNumber: string) => `documents.reply.${caseNumber}`,
  /** A case folder being created (its name), until the register links it. */
  folder: (caseNumber: string) => `documents.folder.${caseNumber}`,
} as const;

export interface OpRecord<P, R> {
  pending: P | null;
  /** [request id, result], newest last. */
  done: Array<[string, R]>;
}

/** Completed ids kept per case and operation: far more than a person retries within. */
const DONE_KEPT = 10;

export function readRecord<P, R>(all: Record<string, string>, key: string): OpRecord<P, R> {
  try {
    const parsed = JSON.parse(all[key] || '{}') as Partial<OpRecord<P, R>>;
    return {
      pending: parsed.pending ?? null,
      done: Array.isArray(parsed.done) ? parsed.done : [],
    };
  } catch {
    return { pending: null, done: [] };
  }
}

export function doneResult<P, R>(record: OpRecord<P, R>, id: string): R | undefined {
  return record.done.find(([rid]) => rid === id)?.[1];
}

/** One call; the in-memory copy follows, so later reads in this execution see it. */
export function writeRecord<P, R>(
  props: Properties,
  all: Record<string, string>,
  key: string,
  record: OpRecord<P, R>,
): void {
  const text = JSON.stringify({ pending: record.pending, done: record.done.slice(-DONE_KEPT) });
  props.setProperty(key, text);
  all[key] = text;
}

/**
 * The record and other values (a reserved sequence) in one setProperties: a 文書番号 is never
 * taken without the intent that names it (docs/reliability.md).
 */
export function writeRecordWith<P, R>(
  props: Properties,
  all: Record<string, string>,
  key: string,
  record: OpRecord<P, R>,
  extra: Record<string, string>,
): void {
  if (!Object.keys(extra).length) return writeRecord(props, all, key, record);
  const text = JSON.stringify({ pending: record.pending, done: record.done.slice(-DONE_KEPT) });
  props.setProperties({ ...extra, [key]: text });
  Object.assign(all, extra, { [key]: text });
}

/** The pending attempt becomes done with its result (one call). */
export function finishRecord<P, R>(
  props: Properties,
  all: Record<string, string>,
  key: string,
  record: OpRecord<P, R>,
  id: string,
  result: R,
): void {
  record.pending = null;
  record.done = [...record.done.filter(([rid]) => rid !== id), [id, result]];
  writeRecord(props, all, key, record);
}

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

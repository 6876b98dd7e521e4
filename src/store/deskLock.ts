/**
 * The desk's one lock (docs/reliability.md, "One lock"): every operation that reads, decides and
 * writes the desk takes the document lock here, and only here. Each kind of operation has one row
 * below: how long it waits for another one, and whether it waits (`waitLock`, whose timeout fails
 * the execution: a trigger that is retried or recovered) or gives up with a busy answer
 * (`tryLock`: a person is told to press again, an hourly run catches up next hour).
 * Taking the lock is 2 calls (LockService.getDocumentLock, then waitLock or tryLock); releasing it
 * early is 1. An operation that holds it to its end spends no call on releasing: Apps Script
 * releases it when the execution ends.
 */
import { documentLock } from '../adapters/lock';
import { WORKFLOW_UI } from '../strings/workflow';
import { WorkflowError } from './context';

type Lock = GoogleAppsScript.Lock.Lock;

export const DESK_LOCK_RULES = {
  /** A form response, recovery, a department's answer: the trigger fails past the wait. */
  intake: { waitMs: 60_000, mode: 'wait' },
  /** A sidebar or menu action on a case: longer than the sweep holds the lock (45 s). */
  caseAction: { waitMs: 50_000, mode: 'wait' },
  /** A status typed into the register: a simple trigger has 30 s in all. */
  statusEdit: { waitMs: 10_000, mode: 'try' },
  /**
   * The hourly run and 期限確認を今すぐ実行 (an intake holds the lock about a second): a busy hour
   * is skipped, the next one catches up.
   */
  sweep: { waitMs: 20_000, mode: 'try' },
  /** 統計を更新, 公開一覧を更新, 年次報告: a person waits through a sweep (45 s at most). */
  deskMenu: { waitMs: 50_000, mode: 'try' },
  /** 事業者一覧を更新. */
  partners: { waitMs: 20_000, mode: 'try' },
  /** The setup wizard's reads and saves. */
  wizard: { waitMs: 30_000, mode: 'wait' },
} as const satisfies Record<string, { waitMs: number; mode: 'wait' | 'try' }>;

export type DeskOperation = keyof typeof DESK_LOCK_RULES;
/** The operations that wait: taking the lock for one returns it or throws, never null. */
type WaitingOperation = {
  [K in DeskOperation]: (typeof DESK_LOCK_RULES)[K]['mode'] extends 'wait' ? K : never;
}[DeskOperation];

/** The document lock, or an error naming why there is none (a run outside the spreadsheet). */
function lockOfDocument(): Lock {
  const lock = documentLock();
  if (!lock) throw new WorkflowError(WORKFLOW_UI.outsideSpreadsheet);
  return lock;
}

/**
 * Takes `lock` again for `operation` (after it released it early): true when held. A `wait`
 * operation past its wait throws the service's "Lock timeout" error.
 */
export function acquireDeskLock(lock: Lock, operation: DeskOperation): boolean {
  const rule = DESK_LOCK_RULES[operation];
  if (rule.mode === 'try') return lock.tryLock(rule.waitMs);
  lock.waitLock(rule.waitMs);
  return true;
}

/**
 * Takes the desk's lock for `operation` and keeps it (to the end of the execution, or until the
 * caller releases it): the lock, or null when a `try` operation found it busy past its wait.
 */
export function takeDeskLock(operation: WaitingOperation): Lock;
export function takeDeskLock(operation: DeskOperation): Lock | null;
export function takeDeskLock(operation: DeskOperation): Lock | null {
  const lock = lockOfDocument();
  return acquireDeskLock(lock, operation) ? lock : null;
}

/**
 * Runs `action` holding the desk's lock and releases it after (the wizard and menus that show a
 * dialog afterwards). `whenBusy` answers a `try` operation that did not get it.
 */
export function withDeskLock<R>(operation: DeskOperation, action: () => R, whenBusy?: () => R): R {
  const lock = takeDeskLock(operation);
  if (!lock) {
    if (!whenBusy) throw new WorkflowError(WORKFLOW_UI.busy);
    return whenBusy();
  }
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
}

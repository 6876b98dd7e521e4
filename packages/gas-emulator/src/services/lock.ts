/**
 * LockService on the virtual clock.
 * Reference: https://developers.google.com/apps-script/reference/lock/lock-service and
 * https://developers.google.com/apps-script/reference/lock/lock
 *
 * Executions never overlap in the emulator, so contention comes from `holdForAnother`: "another
 * process" holds a lock until a virtual time. A waiting execution spends the wait on the clock.
 */
import type { Workspace } from '../workspace';
import type { Execution } from '../core/execution';
import { assertGoogleShape } from '../core/typing';

export type LockScope = 'script' | 'document' | 'user';

export const LOCK_ERRORS = {
  /** What waitLock throws when the timeout passes (Apps Script's own text). */
  timeout: 'Lock timeout: another process was holding the lock for too long.',
} as const;

interface Holder {
  /** The holding execution, or null for a simulated other process. */
  execution: Execution | null;
  /** When a simulated other process lets go; null: it never does on its own. */
  untilMs: number | null;
}

export interface LockHolderInfo {
  scope: LockScope;
  key: string;
  holder: 'another-process' | number;
  untilMs: number | null;
}

function lockKey(scope: LockScope, key: string): string {
  return `${scope}:${key}`;
}

export class LockState {
  private readonly holders = new Map<string, Holder>();

  constructor(private readonly ws: Workspace) {}

  /** Test helper: another process holds the lock until `untilMs` (virtual time). */
  holdForAnother(scope: LockScope, key: string, untilMs: number): void {
    this.holders.set(lockKey(scope, key), { execution: null, untilMs });
  }

  /** Who holds which lock now (expired and ended holders are left out). */
  inspect(): LockHolderInfo[] {
    const now = this.ws.clock.now();
    const out: LockHolderInfo[] = [];
    for (const [composite, holder] of this.holders) {
      if (this.isExpired(holder, now)) continue;
      const [scope, ...rest] = composite.split(':');
      out.push({
        scope: scope as LockScope,
        key: rest.join(':'),
        holder: holder.execution ? holder.execution.id : 'another-process',
        untilMs: holder.untilMs,
      });
    }
    return out;
  }

  /** Apps Script releases every lock an execution holds when it ends. */
  releaseAllHeldBy(execution: Execution): void {
    for (const [key, holder] of this.holders) {
      if (holder.execution === execution) this.holders.delete(key);
    }
  }

  holds(scope: LockScope, key: string, execution: Execution): boolean {
    const holder = this.holders.get(lockKey(scope, key));
    return !!holder && holder.execution === execution;
  }

  release(scope: LockScope, key: string, execution: Execution): void {
    if (this.holds(scope, key, execution)) this.holders.delete(lockKey(scope, key));
  }

  /**
   * Tries to take the lock for `execution`, waiting at most `timeoutMs` of virtual time.
   * The wait is spent on the execution (and so on the clock); true when the lock was taken.
   */
  acquire(scope: LockScope, key: string, execution: Execution, timeoutMs: number): boolean {
    const composite = lockKey(scope, key);
    const holder = this.holders.get(composite);
    const now = this.ws.clock.now();
    if (!holder || holder.execution === execution || this.isExpired(holder, now)) {
      this.holders.set(composite, { execution, untilMs: null });
      return true;
    }
    const wait = holder.untilMs === null ? Infinity : holder.untilMs - now;
    if (wait <= timeoutMs) {
      execution.spend(wait);
      this.holders.set(composite, { execution, untilMs: null });
      return true;
    }
    execution.spend(timeoutMs);
    return false;
  }

  /** A lock whose holder ended, or whose simulated holder's time is up, is free. */
  private isExpired(holder: Holder, now: number): boolean {
    if (holder.execution) return holder.execution.finishedAtMs !== null;
    return holder.untilMs !== null && holder.untilMs <= now;
  }
}

class FakeLock {
  constructor(
    private readonly ws: Workspace,
    private readonly scope: LockScope,
    private readonly key: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.ws.charge('LockService', 'Lock.tryLock', 'lock');
    return this.ws.locks.acquire(
      this.scope,
      this.key,
      this.ws.requireExecution(),
      toTimeout(timeoutInMillis),
    );
  }

  waitLock(timeoutInMillis: number): void {
    this.ws.charge('LockService', 'Lock.waitLock', 'lock');
    const taken = this.ws.locks.acquire(
      this.scope,
      this.key,
      this.ws.requireExecution(),
      toTimeout(timeoutInMillis),
    );
    if (!taken) throw new Error(LOCK_ERRORS.timeout);
  }

  /** No effect when the lock was not acquired (reference: releaseLock). */
  releaseLock(): void {
    this.ws.charge('LockService', 'Lock.releaseLock', 'lock');
    this.ws.locks.release(this.scope, this.key, this.ws.requireExecution());
  }

  hasLock(): boolean {
    this.ws.charge('LockService', 'Lock.hasLock', 'local');
    const execution = this.ws.current;
    return !!execution && this.ws.locks.holds(this.scope, this.key, execution);
  }
}
assertGoogleShape<FakeLock, GoogleAppsScript.Lock.Lock>(true);

/** The reference documents no maximum; a negative or missing timeout means "do not wait". */
function toTimeout(value: number): number {
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms) : 0;
}

class FakeLockService {
  constructor(private readonly ws: Workspace) {}

  getScriptLock(): FakeLock {
    this.ws.charge('LockService', 'LockService.getScriptLock', 'local');
    return new FakeLock(this.ws, 'script', this.ws.scriptId);
  }

  /** null when the script is not bound to a document and not an add-on running in one. */
  getDocumentLock(): FakeLock | null {
    this.ws.charge('LockService', 'LockService.getDocumentLock', 'local');
    const containerId = this.ws.current?.containerId ?? null;
    return containerId ? new FakeLock(this.ws, 'document', containerId) : null;
  }

  /** Keyed by the user the script runs as. */
  getUserLock(): FakeLock {
    this.ws.charge('LockService', 'LockService.getUserLock', 'local');
    const user = this.ws.current?.effectiveUser ?? this.ws.defaultUser;
    return new FakeLock(this.ws, 'user', user);
  }
}
assertGoogleShape<FakeLockService, GoogleAppsScript.Lock.LockService>(true);

export function createLockService(ws: Workspace): GoogleAppsScript.Lock.LockService {
  return new FakeLockService(ws) as unknown as GoogleAppsScript.Lock.LockService;
}

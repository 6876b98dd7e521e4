import { CALL_LATENCY, CostKind, EXECUTION_LIMIT_MS, FLUSH_MS, PER_CELL_MS } from './latency';
import type { VirtualClock } from './clock';

/** How an execution started; decides its time limit and what the user can see. */
export type ExecutionSource =
  | 'simple' // simple trigger (onOpen, onEdit, onInstall is not one: it runs FULL)
  | 'installable' // installable trigger, runs as the trigger's owner
  | 'manual' // a menu item, a dialog or a google.script.run call by a user
  | 'webapp' // a request to the script deployed as a web app (doGet/doPost)
  | 'test'; // test or scenario code calling services directly

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export interface CallRecord {
  executionId: number;
  service: string;
  method: string;
  kind: CostKind;
  cells: number;
  ms: number;
}

export interface ExecutionOptions {
  functionName: string;
  source: ExecutionSource;
  /** The person at the keyboard (empty string when Apps Script would not reveal it). */
  activeUser: string;
  /** Whose authority the script runs with (the trigger owner for installable triggers). */
  effectiveUser?: string;
  authMode?: AuthModeName;
  /** The document the script is bound to / the add-on runs in, if any. */
  containerId?: string | null;
  triggerUid?: string;
  /** Whether a user interface is attached (menus, sidebars, manual runs, onOpen/onEdit). */
  hasUi?: boolean;
}

/** Thrown by the emulator exactly where Apps Script would stop an execution. */
export class ExecutionTimeLimitError extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'Exception';
  }
}

/** One run of a script function: a modeled clock, a limit, and the calls it made. */
export class Execution {
  readonly startedAtMs: number;
  readonly limitMs: number;
  readonly calls: CallRecord[] = [];
  modeledMs = 0;
  /** Spreadsheet writes not yet committed: the next read pays a flush. */
  pendingWrites = false;
  error: unknown = null;
  finishedAtMs: number | null = null;
  /**
   * Set when a fault tool killed the execution: every later service call throws the same error,
   * and the run ends with it even if the script caught it (see Ledger.arm).
   */
  killedBy: Error | null = null;
  readonly functionName: string;
  readonly source: ExecutionSource;
  readonly activeUser: string;
  readonly effectiveUser: string;
  readonly authMode: AuthModeName;
  readonly containerId: string | null;
  readonly triggerUid: string | null;
  readonly hasUi: boolean;

  constructor(
    readonly id: number,
    options: ExecutionOptions,
    private readonly clock: VirtualClock,
  ) {
    this.functionName = options.functionName;
    this.source = options.source;
    this.activeUser = options.activeUser;
    this.effectiveUser = options.effectiveUser ?? options.activeUser;
    this.authMode = options.authMode ?? (options.source === 'simple' ? 'LIMITED' : 'FULL');
    this.containerId = options.containerId ?? null;
    this.triggerUid = options.triggerUid ?? null;
    this.hasUi = options.hasUi ?? (options.source === 'manual' || options.source === 'simple');
    this.startedAtMs = clock.now();
    this.limitMs =
      options.source === 'simple' ? EXECUTION_LIMIT_MS.simpleTrigger : EXECUTION_LIMIT_MS.normal;
  }

  /** Adds modeled time; the virtual clock moves with it. Fails like Apps Script past the limit. */
  spend(ms: number): void {
    this.modeledMs += ms;
    this.clock.advance(ms);
    if (this.source !== 'test' && this.modeledMs > this.limitMs)
      throw new ExecutionTimeLimitError();
  }
}

/** What a fault tool does at the k-th service call of the execution it targets. */
export type FaultKind = 'kill' | 'fail' | 'pause';

/**
 * A fault armed for one execution (see Ledger.arm). The execution is the first one to begin after
 * arming whose function name matches `functionName` (any, when omitted).
 */
export interface FaultPlan {
  kind: FaultKind;
  /** 1-based index of the service call, counted within the targeted execution. */
  at: number;
  functionName?: string | RegExp;
  /** 'fail': the message the call throws (default Apps Script's "Service error"). */
  message?: string;
  /** 'pause': what runs while the execution waits before its k-th call (other executions). */
  during?: () => void;
}

/** An armed fault; `fired` tells whether the targeted execution reached call k. */
export interface ArmedFault {
  readonly plan: FaultPlan;
  /** The execution it attached to (null until one began). */
  executionId: number | null;
  fired: boolean;
}

/** The messages Apps Script gives for the faults the tools produce. */
export const FAULT_MESSAGES = {
  kill: 'Exceeded maximum execution time',
  serviceError: 'Service error: Spreadsheets',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  mailQuota: 'Service invoked too many times for one day: email.',
} as const;

/** Every service call, in order, with its modeled cost. */
export class Ledger {
  readonly records: CallRecord[] = [];
  private nextExecutionId = 1;
  readonly executions: Execution[] = [];
  current: Execution | null = null;
  /** Faults a test injects: the next matching call throws instead of running. */
  private readonly delays: Array<{ method: string; ms: number; times: number }> = [];
  private readonly faults: Array<{
    method: string;
    message: string;
    times: number;
    skip: number;
  }> = [];

  private armed: ArmedFault[] = [];
  /** Depth of `internal` work: calls made inside a service on the script's behalf are not charged. */
  private internalDepth = 0;

  constructor(private readonly clock: VirtualClock) {}

  /**
   * Arms a fault for the next execution that matches, at its `at`-th service call:
   * - 'kill': that call and every later one of the execution throw "Exceeded maximum execution
   *   time" (Apps Script stops a script at its limit; catch blocks still run but reach no
   *   service) and the execution ends with that error;
   * - 'fail': only that call throws `message` and has no effect (a "Service error", a quota or
   *   a lock timeout); later calls work;
   * - 'pause': before that call the execution waits while `during()` runs other executions to
   *   completion (a trigger, another person's sidebar call). The paused execution keeps its locks,
   *   so they wait for them as documented (waitLock throws after its timeout, tryLock returns
   *   false): the pause models an execution slowed for longer than their timeouts.
   * Counting starts at the execution's first call; `SpreadsheetApp.flush()` counts as a call.
   */
  arm(plan: FaultPlan): ArmedFault {
    if (!Number.isInteger(plan.at) || plan.at < 1) throw new Error('Fault: `at` must be 1 or more');
    const armed: ArmedFault = { plan, executionId: null, fired: false };
    this.armed.push(armed);
    return armed;
  }

  /**
   * Runs work a service does internally with objects the script handed it (the bytes of a Blob or
   * File attached to an email, a file saved into a folder): Apps Script makes no further call the
   * script could count, so nothing is charged and no fault applies inside.
   */
  internal<T>(work: () => T): T {
    this.internalDepth += 1;
    try {
      return work();
    } finally {
      this.internalDepth -= 1;
    }
  }

  /** Forgets every armed fault that has not fired. */
  disarm(): void {
    this.armed = [];
  }

  /**
   * Makes the next `times` calls of `method` ('Sheet.appendRow', 'MailApp.sendEmail'…) fail
   * with `message`, as a service outage or a killed execution would — after letting the first
   * `skip` of them succeed (a failure midway). For failure tests.
   */
  injectFailure(
    method: string,
    message = 'Service error: injected failure',
    times = 1,
    skip = 0,
  ): void {
    this.faults.push({ method, message, times, skip });
  }

  /**
   * Makes the next `times` calls of `method` take `ms` longer, as a slow service day would
   * (Apps Script's latency varies). For tests of code that watches its time limit.
   */
  injectDelay(method: string, ms: number, times = Number.POSITIVE_INFINITY): void {
    this.delays.push({ method, ms, times });
  }

  begin(options: ExecutionOptions): Execution {
    const execution = new Execution(this.nextExecutionId++, options, this.clock);
    this.executions.push(execution);
    for (const armed of this.armed) {
      const name = armed.plan.functionName;
      const matches =
        name === undefined ||
        (typeof name === 'string'
          ? name === options.functionName
          : name.test(options.functionName));
      if (armed.executionId === null && matches) armed.executionId = execution.id;
    }
    return execution;
  }

  /** Applies an armed fault due at the call about to be made (kills, fails or pauses). */
  private applyArmed(): void {
    const execution = this.current;
    if (!execution) return;
    if (execution.killedBy) throw execution.killedBy;
    const index = execution.calls.length + 1;
    const due = this.armed.find(
      (a) => !a.fired && a.executionId === execution.id && a.plan.at === index,
    );
    if (!due) return;
    due.fired = true;
    this.armed = this.armed.filter((a) => a !== due);
    switch (due.plan.kind) {
      case 'kill':
        execution.killedBy = new ExecutionTimeLimitError();
        throw execution.killedBy;
      case 'fail':
        throw new Error(due.plan.message ?? FAULT_MESSAGES.serviceError);
      case 'pause':
        this.current = null;
        try {
          due.plan.during?.();
        } finally {
          this.current = execution;
        }
    }
  }

  /**
   * Records one call on the current execution. `cells` is the number of cells (or items) moved.
   * Reads after writes pay a flush, as Apps Script commits pending writes before reading.
   */
  charge(service: string, method: string, kind: CostKind, cells = 0): void {
    if (this.internalDepth > 0) return;
    this.admit(service, method);
    this.record(service, method, kind, cells);
  }

  /**
   * Records one call whose cell count is known only once it has run (a Sheets API request returns
   * as many cells as the range holds). Faults apply before `work` runs, as for `charge` (a paused
   * call reads what the other executions left); the call is recorded after it, with the cells
   * `cellsOf` counts, or none when `work` throws (a refused request is still a call).
   */
  chargeFor<T>(
    service: string,
    method: string,
    kind: CostKind,
    work: () => T,
    cellsOf: (result: T) => number,
  ): T {
    if (this.internalDepth > 0) return work();
    this.admit(service, method);
    let result: T;
    try {
      result = work();
    } catch (error) {
      this.record(service, method, kind, 0);
      throw error;
    }
    this.record(service, method, kind, cellsOf(result));
    return result;
  }

  /** The fault tools' turn before a call: an armed fault, then an injected failure. */
  private admit(service: string, method: string): void {
    this.applyArmed();
    const fault = this.faults.find(
      (f) => f.times > 0 && (f.method === method || f.method === `${service}.${method}`),
    );
    if (fault && fault.skip > 0) {
      fault.skip -= 1;
    } else if (fault) {
      fault.times -= 1;
      throw new Error(fault.message);
    }
  }

  /** Adds a call to the ledger and its cost to the current execution. */
  private record(service: string, method: string, kind: CostKind, cells: number): void {
    const execution = this.current;
    let ms = CALL_LATENCY[kind].ms + cells * PER_CELL_MS.ms;
    const delay = this.delays.find(
      (d) => d.times > 0 && (d.method === method || d.method === `${service}.${method}`),
    );
    if (delay) {
      delay.times -= 1;
      ms += delay.ms;
    }
    if (execution && kind === 'read' && execution.pendingWrites) {
      ms += FLUSH_MS.ms;
      execution.pendingWrites = false;
    }
    if (execution && kind === 'write') execution.pendingWrites = true;
    const record: CallRecord = {
      executionId: execution ? execution.id : 0,
      service,
      method,
      kind,
      cells,
      ms,
    };
    this.records.push(record);
    if (execution) {
      execution.calls.push(record);
      execution.spend(ms);
    }
  }

  /** An explicit SpreadsheetApp.flush(). */
  flush(): void {
    this.applyArmed();
    const execution = this.current;
    const ms = execution && execution.pendingWrites ? FLUSH_MS.ms : CALL_LATENCY.local.ms;
    if (execution) execution.pendingWrites = false;
    this.records.push({
      executionId: execution ? execution.id : 0,
      service: 'SpreadsheetApp',
      method: 'flush',
      kind: 'write',
      cells: 0,
      ms,
    });
    if (execution) {
      execution.calls.push(this.records[this.records.length - 1]);
      execution.spend(ms);
    }
  }
}

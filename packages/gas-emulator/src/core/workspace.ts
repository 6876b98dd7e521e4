import { VirtualClock } from './clock';
import { Execution, ExecutionOptions, Ledger } from './execution';
import type { CostKind } from './latency';
export interface WorkspaceOptions {
  /** Virtual time at start. */
  now?: Date | string | number;
  /** The person using the spreadsheet unless an action says otherwise. */
  user?: string;
  /** MailApp recipients per day: 100 for consumer accounts, 1,500 for Workspace (quotas page). */
  mailQuota?: number;
  scriptId?: string;
  /** The script's time zone (appsscript.json timeZone). */
  timeZone?: string;
}

/**
 * The core of one emulated Google account-and-project: the clock, the call ledger, ids and
 * executions. It knows no service: each service's state is added by the composed Workspace
 * (../workspace.ts), so a service can be added without touching the core.
 */
export class CoreWorkspace {
  readonly clock: VirtualClock;
  readonly ledger: Ledger;
  readonly scriptId: string;
  readonly timeZone: string;
  defaultUser: string;
  readonly options: Readonly<WorkspaceOptions>;

  private idCounter = 0;

  constructor(options: WorkspaceOptions = {}) {
    this.clock = new VirtualClock(options.now);
    this.ledger = new Ledger(this.clock);
    this.scriptId = options.scriptId ?? 'emulated-script-id';
    this.timeZone = options.timeZone ?? 'Asia/Tokyo';
    this.defaultUser = options.user ?? 'desk@city.example.lg.jp';
    this.options = { ...options };
  }

  /** Objects a fork leaves out (set to null in the copy): see fork.ts. */
  notCopiedByFork(): object[] {
    return [];
  }

  /** Called when an execution ends, after its result or error is recorded (locks are freed here). */
  protected endExecution(_execution: Execution): void {}

  /** A new opaque id shaped like a Drive file id (44 characters), deterministic per workspace. */
  newId(): string {
    this.idCounter += 1;
    const counter = this.idCounter.toString(36);
    return `1emu${'x'.repeat(44 - 4 - counter.length)}${counter}`;
  }

  get current(): Execution | null {
    return this.ledger.current;
  }

  /** The running execution; emulated services that need a user or a container call this. */
  requireExecution(): Execution {
    const execution = this.ledger.current;
    if (!execution) throw new Error('No execution is running: wrap the call in workspace.run()');
    return execution;
  }

  /** Records one service call (see latency.ts for what it costs). */
  charge(service: string, method: string, kind: CostKind, cells = 0): void {
    const execution = this.ledger.current;
    const committed = execution !== null && !execution.pendingWrites;
    this.ledger.charge(service, method, kind, cells);
    if (committed && execution.pendingWrites) this.writesPending(execution);
  }

  /**
   * Records one read whose cell count is known only once it has run (see Ledger.chargeFor): the
   * fault tools act before `work`, the call is recorded after it.
   */
  chargeFor<T>(
    service: string,
    method: string,
    kind: Exclude<CostKind, 'write'>,
    work: () => T,
    cellsOf: (result: T) => number,
  ): T {
    return this.ledger.chargeFor(service, method, kind, work, cellsOf);
  }

  /**
   * Called when a charged write makes an execution's writes pending again (its first write since
   * the last commit: a flush, or a read that forces one). Services charge before they change
   * anything, so what is stored at this moment is what was committed: what a reader outside
   * SpreadsheetApp's write cache (an advanced service) sees until the next commit.
   */
  protected writesPending(_execution: Execution): void {}

  /**
   * Runs `body` as one Apps Script execution. Locks it holds are released when it ends, as Apps
   * Script does. The error, if any, is recorded on the execution and rethrown.
   */
  run<T>(options: ExecutionOptions, body: (execution: Execution) => T): T {
    if (this.ledger.current) throw new Error('Executions do not nest: one is already running');
    const execution = this.ledger.begin(options);
    this.ledger.current = execution;
    try {
      const result = body(execution);
      // A killed execution ends with the kill, even when the script caught it.
      if (execution.killedBy) throw execution.killedBy;
      return result;
    } catch (thrown) {
      const error = execution.killedBy ?? thrown;
      execution.error = error;
      throw error;
    } finally {
      this.endExecution(execution);
      execution.finishedAtMs = this.clock.now();
      this.ledger.current = null;
    }
  }
}

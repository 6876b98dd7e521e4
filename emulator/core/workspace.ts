import { VirtualClock } from './clock';
import { Execution, ExecutionOptions, Ledger } from './execution';
import type { CostKind } from './latency';
import { SpreadsheetStore } from '../services/spreadsheet/store';
import { FormStore } from '../services/form/store';
import { DriveStore } from '../services/drive/store';
import { DocumentStore } from '../services/document/store';
import { PropertiesState } from '../services/properties';
import { LockState } from '../services/lock';
import { TriggerState } from '../services/script';
import { MailState } from '../services/mail';
import { LogState } from '../services/logger';
import { UiState } from '../services/ui';
import { HtmlFiles } from '../services/html';

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
 * Everything one emulated Google account-and-project holds: files, properties, triggers, mail,
 * the clock and the call ledger. Services are thin facades over this state, created per
 * workspace by `createGlobals`.
 */
export class Workspace {
  readonly clock: VirtualClock;
  readonly ledger: Ledger;
  readonly scriptId: string;
  readonly timeZone: string;
  defaultUser: string;

  readonly spreadsheets: SpreadsheetStore;
  readonly forms: FormStore;
  readonly drive: DriveStore;
  readonly documents: DocumentStore;
  readonly properties: PropertiesState;
  readonly locks: LockState;
  readonly triggers: TriggerState;
  readonly mail: MailState;
  readonly logs: LogState;
  readonly ui: UiState;
  readonly html: HtmlFiles;

  private idCounter = 0;

  constructor(options: WorkspaceOptions = {}) {
    this.clock = new VirtualClock(options.now);
    this.ledger = new Ledger(this.clock);
    this.scriptId = options.scriptId ?? 'emulated-script-id';
    this.timeZone = options.timeZone ?? 'Asia/Tokyo';
    this.defaultUser = options.user ?? 'desk@city.example.lg.jp';
    this.spreadsheets = new SpreadsheetStore(this);
    this.forms = new FormStore(this);
    this.drive = new DriveStore(this);
    this.documents = new DocumentStore(this);
    this.properties = new PropertiesState();
    this.locks = new LockState(this);
    this.triggers = new TriggerState(this);
    this.mail = new MailState(this, options.mailQuota ?? 1500);
    this.logs = new LogState(this);
    this.ui = new UiState();
    this.html = new HtmlFiles();
  }

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
    this.ledger.charge(service, method, kind, cells);
  }

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
      this.locks.releaseAllHeldBy(execution);
      execution.finishedAtMs = this.clock.now();
      this.ledger.current = null;
    }
  }
}

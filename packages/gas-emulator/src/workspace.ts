/**
 * The emulated account-and-project as the add-on's tests use it: the core (clock, ledger,
 * executions: core/workspace.ts) with the state of every service the emulator provides. The core
 * imports no service; this file composes them, and services refer to it by type only.
 */
import { CoreWorkspace, WorkspaceOptions } from './core/workspace';
import type { Execution } from './core/execution';
import { SpreadsheetStore } from './services/spreadsheet/store';
import { FormStore } from './services/form/store';
import { DriveStore } from './services/drive/store';
import { DocumentStore } from './services/document/store';
import { PropertiesState } from './services/properties';
import { LockState } from './services/lock';
import { TriggerState } from './services/script';
import { MailState } from './services/mail';
import { LogState } from './services/logger';
import { UiState } from './services/ui';
import { HtmlFiles } from './services/html';
import { SheetsApiState } from './services/sheets/state';

export type { WorkspaceOptions } from './core/workspace';

/** MailApp recipients per day for Workspace accounts (quotas page); consumer accounts get 100. */
const DEFAULT_MAIL_QUOTA = 1500;

export class Workspace extends CoreWorkspace {
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
  /** The advanced Sheets service: enabled or not, and what it sees while writes are pending. */
  readonly sheetsApi: SheetsApiState;

  constructor(options: WorkspaceOptions = {}) {
    super(options);
    this.spreadsheets = new SpreadsheetStore(this);
    this.forms = new FormStore(this);
    this.drive = new DriveStore(this);
    this.documents = new DocumentStore(this);
    this.properties = new PropertiesState();
    this.locks = new LockState(this);
    this.triggers = new TriggerState(this);
    this.mail = new MailState(this, options.mailQuota ?? DEFAULT_MAIL_QUOTA);
    this.logs = new LogState(this);
    this.ui = new UiState();
    this.html = new HtmlFiles();
    this.sheetsApi = new SheetsApiState(this);
  }

  /** The loaded bundle's global scope belongs to its host: a host made for the copy sets its own. */
  override notCopiedByFork(): object[] {
    return this.html.scriptScope ? [this.html.scriptScope] : [];
  }

  /** The Sheets API keeps reading what was committed while SpreadsheetApp holds writes back. */
  protected override writesPending(execution: Execution): void {
    this.sheetsApi.writesPending(execution);
  }

  /** Apps Script frees the locks an execution holds when it ends. */
  protected override endExecution(execution: Execution): void {
    this.locks.releaseAllHeldBy(execution);
  }
}

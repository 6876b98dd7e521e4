import { existsSync, readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import type { Workspace } from './workspace';
import type { AuthModeName, Execution, ExecutionOptions } from './core/execution';
import { createGlobals, type AdvancedServiceEntry } from './globals';
import { makeRange } from './services/spreadsheet/range';
import { makeSpreadsheet } from './services/spreadsheet/spreadsheet';
import {
  applyStructuralChange,
  checkStructuralChange,
  type StructuralChange,
} from './services/spreadsheet/sheet';
import { makeForm, makeFormResponse } from './services/form/app';
import type { TriggerModel } from './services/script';
import { writeCellValue } from './services/spreadsheet/values';
import { violatesValidation } from './services/spreadsheet/validation';
import { PROTECTION_MESSAGES, userCanEdit } from './services/spreadsheet/protection';
import { CellValue, emptyCell, SpreadsheetModel } from './services/spreadsheet/model';
import type { ProtectionModel } from './services/spreadsheet/featuresModel';
import { escapeHtml, FakeHtmlOutput } from './services/html';

// gas-local has no types; it loads every .js file of a folder into one vm context, as Apps Script
// loads a project's files into one global scope.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as {
  require(folder: string, globals: object, options?: { filter?: (f: string) => boolean }): object;
};

export type AddonContext = Record<string, unknown>;

/** What a trigger or user action produced: the execution record and the handler's result. */
export interface Outcome<T = unknown> {
  execution: Execution;
  result?: T;
  error?: unknown;
}

/**
 * Runs the built add-on (dist/) inside a workspace the way Apps Script does: one global scope per
 * project holding the emulated services, and the advanced services its dist/appsscript.json
 * enables; entry points called by name for triggers, menus and google.script.run; events shaped
 * as Google documents them.
 */
export class AddonHost {
  readonly context: AddonContext;
  private readonly globals: Record<string, unknown>;

  constructor(
    readonly ws: Workspace,
    readonly distDir = 'dist',
  ) {
    const globals = createGlobals(ws, { advancedServices: enabledAdvancedServices(distDir) });
    this.globals = globals;
    this.context = gas.require(distDir, globals, {
      filter: (f) => basename(f) === 'Code.js',
    }) as AddonContext;
    for (const file of readdirSync(distDir).filter((f) => f.endsWith('.html'))) {
      ws.html.files.set(basename(file, '.html'), readFileSync(join(distDir, file), 'utf8'));
    }
    ws.html.scriptScope = this.context;
  }

  /** Names Apps Script would list as runnable: top-level functions of the project. */
  functionNames(): string[] {
    return Object.keys(this.context).filter((k) => typeof this.context[k] === 'function');
  }

  private handler(name: string): (...args: unknown[]) => unknown {
    const fn = this.context[name];
    if (typeof fn !== 'function') {
      throw new Error(`Script function not found: ${name}`);
    }
    return fn as (...args: unknown[]) => unknown;
  }

  /** Runs one entry point as its own execution; errors propagate (as in the editor). */
  invoke<T = unknown>(name: string, args: unknown[], options: Partial<ExecutionOptions> = {}): T {
    const user = options.activeUser ?? this.ws.defaultUser;
    // The function is looked up inside the execution: a trigger whose handler is missing still
    // shows up as a failed execution ("Script function not found"), as in the Executions page.
    return this.ws.run(
      { functionName: name, source: 'manual', activeUser: user, ...options },
      () => this.handler(name)(...args) as T,
    );
  }

  /** Like invoke, but an error is captured as Apps Script does for triggers (logged, not thrown). */
  private fire<T>(name: string, args: unknown[], options: Partial<ExecutionOptions>): Outcome<T> {
    try {
      const result = this.invoke<T>(name, args, options);
      return { execution: this.lastExecution(), result };
    } catch (error) {
      return { execution: this.lastExecution(), error };
    }
  }

  lastExecution(): Execution {
    const all = this.ws.ledger.executions;
    return all[all.length - 1];
  }

  /** ScriptApp.AuthMode.<name>, the very enum object the add-on compares against. */
  private authMode(name: AuthModeName): unknown {
    const scriptApp = this.globals.ScriptApp as { AuthMode: Record<string, unknown> };
    return scriptApp.AuthMode[name];
  }

  // ---- user actions -------------------------------------------------------------------------

  /**
   * A user opens the spreadsheet: the simple trigger onOpen(e) runs (LIMITED for a bound script
   * or an add-on in use; NONE for an add-on installed but not yet used in this document).
   */
  openSpreadsheet(
    spreadsheetId: string,
    user = this.ws.defaultUser,
    authMode: AuthModeName = 'LIMITED',
  ): Outcome {
    const source = makeSpreadsheet(this.ws, spreadsheetId);
    if (!this.context.onOpen) return { execution: this.lastExecution() };
    return this.fire(
      'onOpen',
      [{ authMode: this.authMode(authMode), source, user: userOf(user) }],
      {
        source: 'simple',
        activeUser: user,
        authMode,
        containerId: spreadsheetId,
        hasUi: true,
      },
    );
  }

  /** A user installs the add-on from the Marketplace while this spreadsheet is open. */
  install(spreadsheetId: string, user = this.ws.defaultUser): Outcome {
    // onInstall is a simple trigger (30 s limit) that runs with full authorisation.
    return this.fire('onInstall', [{ authMode: this.authMode('FULL') }], {
      source: 'simple',
      activeUser: user,
      authMode: 'FULL',
      containerId: spreadsheetId,
      hasUi: true,
    });
  }

  /** A user clicks a menu item (found by its caption in the menus the add-on built). */
  clickMenu(spreadsheetId: string, caption: string, user = this.ws.defaultUser): Outcome {
    const functionName = this.ws.ui.menuFunction(caption);
    if (!functionName) throw new Error(`No menu item captioned "${caption}"`);
    return this.fire(functionName, [], {
      source: 'manual',
      activeUser: user,
      containerId: spreadsheetId,
      hasUi: true,
    });
  }

  /**
   * A person types into a cell: refused as the editor refuses it (protection, a validation rule
   * that rejects input), otherwise stored as typed input, then the simple onEdit(e) and every
   * installable on-edit trigger run with the documented event (range, value, oldValue, user).
   */
  editCell(
    spreadsheetId: string,
    sheetName: string,
    row: number,
    column: number,
    text: string,
    user = this.ws.defaultUser,
  ): Outcome[] {
    const edit = this.applyUserEdit(spreadsheetId, sheetName, row, column, [[text]], user);
    const [[typed]] = edit.newValues;
    const [[oldValue]] = edit.oldValues;
    return this.fireEdit(edit, user, {
      value: typeof typed === 'string' ? typed : String(typed),
      ...(oldValue === '' ? {} : { oldValue: String(oldValue) }),
    });
  }

  /**
   * A person pastes a block of values, or selects a block and presses Delete (values all ''):
   * refused whole, with nothing changed, if a cell is protected against the user or a pasted
   * value breaks a rule that rejects input; otherwise every cell is stored as typed input and
   * onEdit(e) and the installable on-edit triggers run once for the block. e.range is the whole
   * block; e.value and e.oldValue are "only available if the edited range is a single cell"
   * (guides/triggers/events), and a paste reports neither even for one cell [report: tanaikech,
   * "Enhanced onEdit(e)"] — pass `{ pasted: false }` for a single cell cleared with Delete.
   */
  editRange(
    spreadsheetId: string,
    sheetName: string,
    row: number,
    column: number,
    values: unknown[][],
    user = this.ws.defaultUser,
    options: { pasted?: boolean } = {},
  ): Outcome[] {
    const edit = this.applyUserEdit(spreadsheetId, sheetName, row, column, values, user);
    const singleCell = edit.numRows === 1 && edit.numColumns === 1;
    if (!singleCell || options.pasted !== false) return this.fireEdit(edit, user, {});
    const [[oldValue]] = edit.oldValues;
    return this.fireEdit(edit, user, oldValue === '' ? {} : { oldValue: String(oldValue) });
  }

  /**
   * Stores a person's input into a block as the editor does: every cell checked first
   * (protection for this user, then validation that rejects input), so a refused edit changes
   * nothing; then each value is parsed like typed text into its cell.
   */
  private applyUserEdit(
    spreadsheetId: string,
    sheetName: string,
    row: number,
    column: number,
    values: unknown[][],
    user: string,
  ): UserEdit {
    const model = this.ws.spreadsheets.get(spreadsheetId);
    const sheet = model?.sheetByName(sheetName);
    if (!model || !sheet) throw new Error(`No sheet "${sheetName}" in ${spreadsheetId}`);
    const numRows = values.length;
    const numColumns = values[0]?.length ?? 0;
    if (numRows === 0 || numColumns === 0 || values.some((r) => r.length !== numColumns)) {
      throw new Error('Emulator: an edited block needs rows of equal, non-zero length');
    }
    if (
      protectedAgainst(model, sheet.sheetId, user, { row, column, numRows, numColumns }) !== null
    ) {
      throw new Error(PROTECTION_MESSAGES.protectedCell);
    }
    const typed = values.map((cells, i) =>
      cells.map((input, j) => {
        const cell = { ...(sheet.cell(row + i, column + j) ?? emptyCell()) };
        writeCellValue(cell, input, model.locale, model.timeZone);
        const rule = sheet.validations.get(`${row + i},${column + j}`);
        if (rule && !rule.allowInvalid && violatesValidation(rule, cell.value, model.timeZone)) {
          throw new Error(
            `There was a problem: the data you entered in cell ${sheetName}!R${row + i}C${column + j} violates the data validation rules set on this cell.`,
          );
        }
        return cell;
      }),
    );
    const oldValues = typed.map((cells, i) =>
      cells.map((cell, j) => {
        const target = sheet.cellForWrite(row + i, column + j);
        const old = target.value;
        Object.assign(target, cell);
        return old;
      }),
    );
    const newValues = typed.map((cells) => cells.map((cell) => cell.value));
    return {
      spreadsheetId,
      sheetId: sheet.sheetId,
      row,
      column,
      numRows,
      numColumns,
      oldValues,
      newValues,
    };
  }

  /** Runs onEdit(e) (simple, LIMITED) and each installable on-edit trigger (FULL) for an edit. */
  private fireEdit(
    edit: UserEdit,
    user: string,
    cellValues: { value?: string; oldValue?: string },
  ): Outcome[] {
    const { spreadsheetId } = edit;
    const event = (authMode: AuthModeName, triggerUid?: string) => ({
      authMode: this.authMode(authMode),
      range: makeRange(
        this.ws,
        spreadsheetId,
        edit.sheetId,
        edit.row,
        edit.column,
        edit.numRows,
        edit.numColumns,
      ),
      source: makeSpreadsheet(this.ws, spreadsheetId),
      user: userOf(user),
      ...cellValues,
      ...(triggerUid ? { triggerUid } : {}),
    });
    const outcomes: Outcome[] = [];
    if (this.context.onEdit) {
      outcomes.push(
        this.fire('onEdit', [event('LIMITED')], {
          source: 'simple',
          activeUser: user,
          authMode: 'LIMITED',
          containerId: spreadsheetId,
          hasUi: true,
        }),
      );
    }
    for (const trigger of this.ws.triggers.forEvent('ON_EDIT', spreadsheetId)) {
      outcomes.push(this.fireTrigger(trigger, event('FULL', trigger.uid), spreadsheetId));
    }
    return outcomes;
  }

  /**
   * A person inserts, deletes or moves rows or columns in the editor (`change`, e.g.
   * `{ kind: 'move', dimension: 'column', at: 3, count: 1, destination: 8 }`, indices as
   * Sheet.moveColumns counts them): refused as the editor refuses it (arguments, protection for
   * this user), otherwise made, then every installable on-change trigger of the spreadsheet runs
   * with changeType INSERT_ROW, INSERT_COLUMN, REMOVE_ROW, REMOVE_COLUMN, or OTHER for a move
   * (guides/triggers/events, "Change"). No simple trigger runs: onEdit does not see these.
   */
  changeSheet(
    spreadsheetId: string,
    sheetName: string,
    change: StructuralChange,
    user = this.ws.defaultUser,
  ): Outcome[] {
    const model = this.ws.spreadsheets.get(spreadsheetId);
    const sheet = model?.sheetByName(sheetName);
    if (!model || !sheet) throw new Error(`No sheet "${sheetName}" in ${spreadsheetId}`);
    const block = checkStructuralChange(sheet, change);
    if (protectedAgainst(model, sheet.sheetId, user, block) !== null) {
      throw new Error(PROTECTION_MESSAGES.protectedCell);
    }
    applyStructuralChange(model, sheet, change);
    return this.fireChange(spreadsheetId, changeTypeOf(change), user);
  }

  /**
   * Runs every installable on-change trigger of the spreadsheet with the documented event
   * (authMode FULL, changeType, source, triggerUid, user), for a change the test made itself
   * (a sheet added: INSERT_GRID; removed: REMOVE_GRID; a format: FORMAT; …).
   */
  fireChange(spreadsheetId: string, changeType: ChangeType, user = this.ws.defaultUser): Outcome[] {
    return this.ws.triggers.forEvent('ON_CHANGE', spreadsheetId).map((trigger) =>
      this.fireTrigger(
        trigger,
        {
          authMode: this.authMode('FULL'),
          changeType,
          source: makeSpreadsheet(this.ws, spreadsheetId),
          triggerUid: trigger.uid,
          user: userOf(user),
        },
        spreadsheetId,
      ),
    );
  }

  /**
   * google.script.run from a sidebar or dialog: private functions (name ending in _) are not
   * callable, and arguments and results cross as JSON-like values (Dates and functions fail).
   */
  scriptRun<T = unknown>(
    spreadsheetId: string,
    name: string,
    args: unknown[] = [],
    user = this.ws.defaultUser,
  ): T {
    if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
    const sentArgs = args.map((a) => crossBoundary(a, 'parameter'));
    const result = this.invoke(name, sentArgs, {
      source: 'manual',
      activeUser: user,
      containerId: spreadsheetId,
      hasUi: true,
    });
    return crossBoundary(result, 'return value') as T;
  }

  /**
   * A visitor opens the script's web app URL (`…/exec?<query>`, guides/web): doGet(e) runs as
   * its own web-app execution with the documented event — e.queryString (null without a query),
   * e.parameter (first value of each name), e.parameters (every value), e.contextPath (always ''),
   * e.contentLength (-1 for GET) and e.pathInfo (only when a path follows /exec). A web app has no
   * container: getActiveSpreadsheet() is null and document properties and the document lock are
   * not available. "Execute as: me" runs it as the deploying user (`executeAs`); a visitor of an
   * "anyone" app is usually not revealed (`visitor`, '' by default).
   * The HtmlOutput it returns is read without charging the execution; `page` is its content as
   * one standalone document, with the title and meta tags Google puts in the page around its
   * sandboxed frame written into the content's <head> (escaped).
   */
  webAppGet(
    query: string | Record<string, string | string[]> = '',
    options: WebAppOptions = {},
  ): WebAppResponse {
    const search =
      typeof query === 'string'
        ? new URLSearchParams(query.replace(/^\?/, ''))
        : new URLSearchParams(
            Object.entries(query).flatMap(([k, v]) =>
              (Array.isArray(v) ? v : [v]).map((x) => [k, x]),
            ),
          );
    const queryString = typeof query === 'string' ? query.replace(/^\?/, '') : search.toString();
    const parameter: Record<string, string> = {};
    const parameters: Record<string, string[]> = {};
    for (const [name, value] of search) {
      if (!(name in parameter)) parameter[name] = value;
      (parameters[name] ??= []).push(value);
    }
    const event = {
      queryString: queryString === '' ? null : queryString,
      parameter,
      parameters,
      contextPath: '',
      contentLength: -1,
      ...(options.pathInfo ? { pathInfo: options.pathInfo } : {}),
    };
    const outcome = this.fire<unknown>('doGet', [event], {
      source: 'webapp',
      activeUser: options.visitor ?? '',
      effectiveUser: options.executeAs ?? this.ws.defaultUser,
      authMode: 'FULL',
      containerId: null,
      hasUi: false,
    });
    const output = outcome.result;
    if (outcome.error || !(output instanceof FakeHtmlOutput)) {
      // Google shows an error page: the exception, or this when doGet returned no output.
      const error = outcome.error ?? new Error('The script completed but did not return anything.');
      return {
        execution: outcome.execution,
        error,
        content: '',
        title: '',
        metaTags: [],
        page: '',
      };
    }
    const served = this.ws.ledger.internal(() => ({
      content: output.getContent(),
      title: output.getTitle(),
      metaTags: output.getMetaTags().map((t) => ({ name: t.getName(), content: t.getContent() })),
    }));
    const head = [
      served.title ? `<title>${escapeHtml(served.title)}</title>` : '',
      ...served.metaTags.map(
        (t) => `<meta name="${escapeHtml(t.name)}" content="${escapeHtml(t.content)}" />`,
      ),
    ].join('');
    const at = /<head[^>]*>/i.exec(served.content);
    const page = at
      ? served.content.slice(0, at.index + at[0].length) +
        head +
        served.content.slice(at.index + at[0].length)
      : head + served.content;
    return { execution: outcome.execution, ...served, page };
  }

  /**
   * A person submits the form: the response is recorded (and written to the linked sheet) by the
   * form, then every installable form-submit trigger fires, on the form and on the spreadsheet,
   * each with its documented event object.
   */
  submitForm(
    formId: string,
    answers: Record<string, string | string[]>,
    options: { respondentEmail?: string; skipValidation?: boolean; deliveries?: number } = {},
  ): Outcome[] {
    const recorded = this.ws.forms.recordResponse(formId, answers, options);
    return this.deliverFormSubmit(formId, recorded, options.deliveries ?? 1);
  }

  /** Delivers (again) the form-submit events of a recorded response: duplicates happen. */
  deliverFormSubmit(
    formId: string,
    recorded: ReturnType<Workspace['forms']['recordResponse']>,
    deliveries = 1,
  ): Outcome[] {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < deliveries; i++) {
      for (const trigger of this.ws.triggers.forEvent('ON_FORM_SUBMIT', formId)) {
        const event = {
          authMode: this.authMode('FULL'),
          response: makeFormResponse(this.ws, formId, recorded.responseId),
          source: makeForm(this.ws, formId),
          triggerUid: trigger.uid,
        };
        outcomes.push(this.fireTrigger(trigger, event, null));
      }
      const dest = recorded.destination;
      if (dest) {
        for (const trigger of this.ws.triggers.forEvent('ON_FORM_SUBMIT', dest.spreadsheetId)) {
          const event = {
            authMode: this.authMode('FULL'),
            namedValues: dest.namedValues,
            range: makeRange(
              this.ws,
              dest.spreadsheetId,
              dest.sheetId,
              dest.row,
              1,
              1,
              dest.numColumns,
            ),
            triggerUid: trigger.uid,
            values: dest.values,
          };
          outcomes.push(this.fireTrigger(trigger, event, dest.spreadsheetId));
        }
      }
    }
    return outcomes;
  }

  /** A blank form-submit event, as Apps Script sometimes delivers (empty values). */
  deliverBlankFormSubmit(spreadsheetId: string): Outcome[] {
    return this.ws.triggers
      .forEvent('ON_FORM_SUBMIT', spreadsheetId)
      .map((trigger) =>
        this.fireTrigger(
          trigger,
          { authMode: this.authMode('FULL'), namedValues: {}, values: [], triggerUid: trigger.uid },
          spreadsheetId,
        ),
      );
  }

  /** Runs every time-driven trigger whose time has come on the virtual clock. */
  runDueTimeTriggers(): Outcome[] {
    const now = this.ws.clock.now();
    return this.ws.triggers.dueClockTriggers(now).map((trigger) => {
      const date = new Date(this.ws.clock.now());
      const event = {
        authMode: this.authMode('FULL'),
        triggerUid: trigger.uid,
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        'day-of-month': date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
        second: date.getUTCSeconds(),
        timezone: 'UTC',
        'week-of-year': isoWeekOfYear(date),
        'day-of-week': date.getUTCDay() || 7,
      };
      return this.fireTrigger(trigger, event, trigger.createdInDocument);
    });
  }

  private fireTrigger(trigger: TriggerModel, event: object, containerId: string | null): Outcome {
    const outcome = this.fire(trigger.handlerFunction, [event], {
      source: 'installable',
      activeUser: trigger.owner,
      effectiveUser: trigger.owner,
      authMode: 'FULL',
      containerId: containerId ?? trigger.createdInDocument,
      triggerUid: trigger.uid,
      hasUi: false,
    });
    this.ws.triggers.markRun(trigger.uid, outcome.error ? errorMessage(outcome.error) : null);
    return outcome;
  }
}

export type { StructuralChange };

/**
 * The advanced services the project's manifest (appsscript.json beside the bundle) enables:
 * its dependencies.enabledAdvancedServices, each { userSymbol, serviceId, version }
 * (developers.google.com/apps-script/guides/services/advanced, "Method B: Using the manifest").
 * None when there is no manifest or it enables none.
 */
export function enabledAdvancedServices(distDir: string): AdvancedServiceEntry[] {
  const file = join(distDir, 'appsscript.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    dependencies?: { enabledAdvancedServices?: Array<Partial<AdvancedServiceEntry>> };
  };
  return (manifest.dependencies?.enabledAdvancedServices ?? []).map((entry) => {
    const { userSymbol, serviceId, version } = entry;
    if (
      typeof userSymbol !== 'string' ||
      typeof serviceId !== 'string' ||
      typeof version !== 'string'
    ) {
      throw new Error(
        `Emulator: ${file}: an enabled advanced service needs userSymbol, serviceId and version`,
      );
    }
    return { userSymbol, serviceId, version };
  });
}

/** e.changeType of a change event (guides/triggers/events, "Change"). */
export type ChangeType =
  | 'EDIT'
  | 'INSERT_ROW'
  | 'INSERT_COLUMN'
  | 'REMOVE_ROW'
  | 'REMOVE_COLUMN'
  | 'INSERT_GRID'
  | 'REMOVE_GRID'
  | 'FORMAT'
  | 'OTHER';

/** What the editor reports for a row or column change; a move has no type of its own. */
function changeTypeOf(change: StructuralChange): ChangeType {
  if (change.kind === 'move') return 'OTHER';
  const what = change.dimension === 'row' ? 'ROW' : 'COLUMN';
  return change.kind === 'insert' ? `INSERT_${what}` : `REMOVE_${what}`;
}

/** Who runs a web-app request (the deployment's "Execute as") and who visits it. */
export interface WebAppOptions {
  /** "Execute as: me": the deploying user (default: the workspace's default user). */
  executeAs?: string;
  /** The visitor's email as Session.getActiveUser() reveals it ('' by default: not revealed). */
  visitor?: string;
  /** The URL path after /exec (e.pathInfo). */
  pathInfo?: string;
}

/** What a web-app request served: the HtmlOutput's content, title and meta tags, or the error. */
export interface WebAppResponse {
  execution: Execution;
  error?: unknown;
  content: string;
  title: string;
  metaTags: Array<{ name: string; content: string }>;
  /** The content as one standalone document, title and meta tags in its <head>. */
  page: string;
}

/** A block a person changed: where, and each cell's value before and after. */
interface UserEdit {
  spreadsheetId: string;
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  oldValues: CellValue[][];
  newValues: CellValue[][];
}

interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * The first protection of the sheet that keeps `user` from editing some cell of the block, or
 * null. A sheet protection covers the whole sheet except its unprotected ranges; warning-only
 * protections never refuse (the editor asks for confirmation, which the person gives).
 */
function protectedAgainst(
  model: SpreadsheetModel,
  sheetId: number,
  user: string,
  block: Block,
): ProtectionModel | null {
  const within = (area: Block, row: number, column: number) =>
    row >= area.row &&
    row < area.row + area.numRows &&
    column >= area.column &&
    column < area.column + area.numColumns;
  const covers = (p: ProtectionModel, row: number, column: number) =>
    p.type === 'SHEET'
      ? !p.unprotected.some((u) => within(u, row, column))
      : within(p, row, column);
  for (const p of model.protections) {
    if (p.sheetId !== sheetId || userCanEdit(model, p, user)) continue;
    for (let r = block.row; r < block.row + block.numRows; r++) {
      for (let c = block.column; c < block.column + block.numColumns; c++) {
        if (covers(p, r, c)) return p;
      }
    }
  }
  return null;
}

function userOf(email: string): { getEmail(): string } {
  return { getEmail: () => email };
}

/**
 * The message of an error thrown by the add-on. Errors made inside the sandbox come from its own
 * realm (its own Error class), so `instanceof Error` is not enough: look at the shape.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** ISO 8601 week number (1-53) of a UTC date, for the time-driven event's week-of-year. */
function isoWeekOfYear(date: Date): number {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/**
 * What google.script.run does to a value: JSON-like only. Dates, functions and circular
 * references are refused; undefined inside arrays becomes null (guides/html/reference/run).
 */
function crossBoundary(value: unknown, what: string): unknown {
  const path = new Set<object>();
  const walk = (v: unknown): unknown => {
    if (v === null || v === undefined) return v === undefined ? undefined : null;
    if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') {
      throw new Error(`Failed due to illegal value in ${what}: Date objects cannot be passed`);
    }
    if (typeof v === 'function') throw new Error(`Failed due to illegal value in ${what}`);
    if (typeof v !== 'object') return v;
    if (path.has(v)) throw new Error(`Failed due to illegal value in ${what}: circular reference`);
    path.add(v);
    try {
      if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : walk(x)));
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as object)) if (x !== undefined) out[k] = walk(x);
      return out;
    } finally {
      path.delete(v);
    }
  };
  return walk(value);
}

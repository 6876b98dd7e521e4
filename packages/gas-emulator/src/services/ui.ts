/**
 * The editor's user interface (SpreadsheetApp.getUi()): custom menus, alerts, prompts, sidebars
 * and dialogs. Nothing is shown to anyone: UiState records what a script put on screen so tests
 * can look at it, and answers alerts and prompts with what a test queued ("the user clicks…").
 *
 * Reference: https://developers.google.com/apps-script/reference/base/ui
 */
import type { Workspace } from '../workspace';
import type { Execution } from '../core/execution';
import { assertGoogleShape } from '../core/typing';

/** Error texts Apps Script uses for the UI. */
export const UI_MESSAGES = {
  /** SpreadsheetApp.getUi() outside a container-bound execution with an open editor. */
  noUi: 'Cannot call SpreadsheetApp.getUi() from this context.',
  /** Calls that need the https://www.googleapis.com/auth/script.container.ui scope. */
  noPermission: (method: string) =>
    `You do not have permission to call Ui.${method}. Required permissions: https://www.googleapis.com/auth/script.container.ui`,
  emptyFunctionName: 'Invalid argument: functionName',
  /** Not an Apps Script message: a test queued an answer the dialog cannot give. */
  impossibleAnswer: (button: string, buttons: string) =>
    `Emulator: the dialog shows ${buttons}; the queued answer ${button} is not one of its buttons`,
} as const;

/** Ui.Button: https://developers.google.com/apps-script/reference/base/button */
export const Button = Object.freeze({
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
});
export type ButtonName = keyof typeof Button;

/** Ui.ButtonSet: https://developers.google.com/apps-script/reference/base/button-set */
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF_SET: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { subMenu: string; items: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  /** Created by createAddonMenu(): shown under Extensions > add-on name. */
  addon: boolean;
  items: MenuEntry[];
  /** The document whose editor shows the menu. */
  containerId: string | null;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface ToastRecord {
  spreadsheetId: string;
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface HtmlSurfaceRecord {
  title: string;
  html: string;
  /** The HtmlOutput the script passed, for tests that want its width, height or helpers. */
  output: unknown;
}

export interface DialogRecord extends HtmlSurfaceRecord {
  modal: boolean;
}

/** What the emulated user saw and what they will answer. One per workspace. */
export class UiState {
  /** The name Extensions shows for this add-on (createAddonMenu's caption). */
  addonName = 'Untitled project';
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  readonly sidebars: HtmlSurfaceRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly alertAnswers: ButtonName[] = [];
  private readonly promptAnswers: Array<{ text: string; button: ButtonName }> = [];

  /** The next alert is answered with `button` ('OK', 'CANCEL', 'YES', 'NO' or 'CLOSE'). */
  queueAlertResponse(button: string): void {
    this.alertAnswers.push(toButtonName(button));
  }

  /** The next prompt is answered by typing `text` and clicking `button`. */
  queuePromptResponse(text: string, button = 'OK'): void {
    this.promptAnswers.push({ text, button: toButtonName(button) });
  }

  /** Spreadsheet.toast() lands here. */
  recordToast(spreadsheetId: string, message: string, title: string, timeoutSeconds: number): void {
    this.toasts.push({ spreadsheetId, message, title, timeoutSeconds });
  }

  /**
   * The function a visible menu item calls. `caption` is an item's caption, or a path of
   * captions joined by ' > ' ('公民連携デスク > 案件を登録') to tell apart items of the same name.
   */
  menuFunction(caption: string): string | undefined {
    const path = caption.split(' > ');
    let found: string | undefined;
    for (const menu of this.menus) {
      const top = menu.addon ? [this.addonName, menu.caption] : [menu.caption];
      walk(menu.items, top, (itemPath, functionName) => {
        if (pathEndsWith(itemPath, path)) found = functionName;
      });
    }
    return found;
  }

  /** @internal Adds or replaces (same caption, same kind) a menu, as re-running onOpen does. */
  addMenu(record: MenuRecord): void {
    const index = this.menus.findIndex(
      (m) =>
        m.caption === record.caption &&
        m.addon === record.addon &&
        m.containerId === record.containerId,
    );
    if (index >= 0) this.menus.splice(index, 1, record);
    else this.menus.push(record);
  }

  /** @internal The queued answer, or the affirmative button the set offers first. */
  takeAlertAnswer(buttons: ButtonSetName): ButtonName {
    const answer = this.alertAnswers.shift() ?? BUTTONS_OF_SET[buttons][0];
    assertPossible(answer, buttons);
    return answer;
  }

  /** @internal */
  takePromptAnswer(buttons: ButtonSetName): { text: string; button: ButtonName } {
    const answer = this.promptAnswers.shift() ?? { text: '', button: BUTTONS_OF_SET[buttons][0] };
    assertPossible(answer.button, buttons);
    return answer;
  }
}

function toButtonName(button: string): ButtonName {
  const name = String(button).toUpperCase();
  if (!(name in Button)) throw new Error(`Emulator: unknown Ui.Button ${button}`);
  return name as ButtonName;
}

/** CLOSE (the title bar's ×) is always possible; other answers must be buttons of the set. */
function assertPossible(button: ButtonName, buttons: ButtonSetName): void {
  if (button !== 'CLOSE' && !BUTTONS_OF_SET[buttons].includes(button)) {
    throw new Error(UI_MESSAGES.impossibleAnswer(button, buttons));
  }
}

function walk(
  items: MenuEntry[],
  prefix: string[],
  visit: (path: string[], functionName: string) => void,
): void {
  for (const item of items) {
    if ('functionName' in item) visit([...prefix, item.caption], item.functionName);
    else if ('subMenu' in item) walk(item.items, [...prefix, item.subMenu], visit);
  }
}

function pathEndsWith(full: string[], tail: string[]): boolean {
  if (tail.length > full.length) return false;
  const offset = full.length - tail.length;
  return tail.every((part, i) => full[offset + i] === part);
}

/** The parts of an HtmlOutput the UI needs; HtmlService's own class satisfies it. */
interface HtmlOutputLike {
  getContent(): string;
  getTitle(): string;
}

function isHtmlOutputLike(value: unknown): value is HtmlOutputLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as HtmlOutputLike).getContent === 'function' &&
    typeof (value as HtmlOutputLike).getTitle === 'function'
  );
}

function signatureError(method: string, args: unknown[]): Error {
  const types = args.map((a) =>
    a === null
      ? 'null'
      : typeof a === 'string'
        ? 'String'
        : typeof a === 'object'
          ? 'Object'
          : typeof a,
  );
  return new Error(
    `The parameters (${types.join(',')}) don't match the method signature for Ui.${method}.`,
  );
}

class FakeMenu {
  private readonly items: MenuEntry[] = [];

  constructor(
    private readonly ws: Workspace,
    private readonly caption: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.ws.charge('SpreadsheetApp', 'Menu.addItem', 'local');
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw signatureError('Menu.addItem', [caption, functionName]);
    }
    if (functionName.trim() === '') throw new Error(UI_MESSAGES.emptyFunctionName);
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.ws.charge('SpreadsheetApp', 'Menu.addSeparator', 'local');
    this.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): FakeMenu {
    this.ws.charge('SpreadsheetApp', 'Menu.addSubMenu', 'local');
    if (!(menu instanceof FakeMenu)) throw signatureError('Menu.addSubMenu', [menu]);
    this.items.push({ subMenu: menu.caption, items: menu.snapshot() });
    return this;
  }

  addToUi(): void {
    this.ws.charge('SpreadsheetApp', 'Menu.addToUi', 'ui');
    const execution = this.ws.requireExecution();
    this.ws.ui.addMenu({
      caption: this.addon ? this.ws.ui.addonName : this.caption,
      addon: this.addon,
      items: this.snapshot(),
      containerId: execution.containerId,
    });
  }

  /** Items as they are now: later changes to this builder do not alter what was added. */
  private snapshot(): MenuEntry[] {
    return structuredClone(this.items);
  }
}

class FakePromptResponse {
  constructor(
    private readonly ws: Workspace,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    this.ws.charge('SpreadsheetApp', 'PromptResponse.getResponseText', 'local');
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.ws.charge('SpreadsheetApp', 'PromptResponse.getSelectedButton', 'local');
    return Button[this.button] as unknown as GoogleAppsScript.Base.Button;
  }
}

class FakeUi {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(
    private readonly ws: Workspace,
    private readonly execution: Execution,
  ) {}

  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    this.ws.charge('SpreadsheetApp', 'Ui.createMenu', 'local');
    if (typeof caption !== 'string') throw signatureError('createMenu', [caption]);
    return new FakeMenu(this.ws, caption, false) as unknown as GoogleAppsScript.Base.Menu;
  }

  /** Works in every auth mode: it is what an add-on's onOpen does in AuthMode.NONE. */
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    this.ws.charge('SpreadsheetApp', 'Ui.createAddonMenu', 'local');
    return new FakeMenu(
      this.ws,
      this.ws.ui.addonName,
      true,
    ) as unknown as GoogleAppsScript.Base.Menu;
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.ws.charge('SpreadsheetApp', 'Ui.alert', 'ui');
    this.requirePermission('alert', ['NONE']);
    const { title, prompt, buttons } = dialogArguments('alert', args);
    const answer = this.ws.ui.takeAlertAnswer(buttons);
    this.ws.ui.alerts.push({ title, prompt, buttons, answer });
    return Button[answer] as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    this.ws.charge('SpreadsheetApp', 'Ui.prompt', 'ui');
    this.requirePermission('prompt', ['NONE']);
    const { title, prompt, buttons } = dialogArguments('prompt', args);
    const answer = this.ws.ui.takePromptAnswer(buttons);
    // Closing the dialog leaves the typed text behind: the script sees '' (documented example
    // treats CLOSE like a cancellation).
    const text = answer.button === 'CLOSE' ? '' : answer.text;
    this.ws.ui.prompts.push({ title, prompt, buttons, answer: answer.button, responseText: text });
    return new FakePromptResponse(
      this.ws,
      text,
      answer.button,
    ) as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.ws.charge('SpreadsheetApp', 'Ui.showSidebar', 'ui');
    this.requirePermission('showSidebar', ['NONE', 'LIMITED']);
    if (!isHtmlOutputLike(userInterface)) throw signatureError('showSidebar', [userInterface]);
    this.ws.ui.sidebars.push({
      title: userInterface.getTitle(),
      html: userInterface.getContent(),
      output: userInterface,
    });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.ws.charge('SpreadsheetApp', 'Ui.showModalDialog', 'ui');
    this.showDialogBox('showModalDialog', userInterface, title, true);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.ws.charge('SpreadsheetApp', 'Ui.showModelessDialog', 'ui');
    this.showDialogBox('showModelessDialog', userInterface, title, false);
  }

  private showDialogBox(method: string, output: unknown, title: unknown, modal: boolean): void {
    this.requirePermission(method, ['NONE', 'LIMITED']);
    if (!isHtmlOutputLike(output) || typeof title !== 'string') {
      throw signatureError(method, [output, title]);
    }
    this.ws.ui.dialogs.push({ title, html: output.getContent(), output, modal });
  }

  /**
   * Dialogs and sidebars need the script.container.ui scope, which simple triggers (LIMITED) and
   * unauthorized add-ons (NONE) do not have; NONE may only build the add-on menu
   * (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
   */
  private requirePermission(method: string, deniedModes: string[]): void {
    if (deniedModes.includes(this.execution.authMode)) {
      throw new Error(UI_MESSAGES.noPermission(method));
    }
  }
}

assertGoogleShape<FakeUi, GoogleAppsScript.Base.Ui>(true);
assertGoogleShape<FakeMenu, GoogleAppsScript.Base.Menu>(true);
assertGoogleShape<FakePromptResponse, GoogleAppsScript.Base.PromptResponse>(true);

/** alert/prompt take (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArguments(
  method: string,
  args: unknown[],
): { title: string; prompt: string; buttons: ButtonSetName } {
  const isSet = (v: unknown): v is ButtonSetName => typeof v === 'string' && v in ButtonSet;
  if (args.length === 1 && typeof args[0] === 'string') {
    return { title: '', prompt: args[0], buttons: 'OK' };
  }
  if (args.length === 2 && typeof args[0] === 'string' && isSet(args[1])) {
    return { title: '', prompt: args[0], buttons: args[1] };
  }
  if (
    args.length === 3 &&
    typeof args[0] === 'string' &&
    typeof args[1] === 'string' &&
    isSet(args[2])
  ) {
    return { title: args[0], prompt: args[1], buttons: args[2] };
  }
  throw signatureError(method, args);
}

/**
 * The Ui of the running execution's editor. Only an execution with an open editor has one
 * (SpreadsheetApp.getUi() fails elsewhere, e.g. in time-driven triggers).
 */
export function createUi(ws: Workspace): GoogleAppsScript.Base.Ui {
  const execution = ws.requireExecution();
  if (!execution.hasUi) throw new Error(UI_MESSAGES.noUi);
  return new FakeUi(ws, execution) as unknown as GoogleAppsScript.Base.Ui;
}

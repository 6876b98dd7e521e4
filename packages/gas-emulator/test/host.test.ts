/**
 * AddonHost: runs a project bundle the way Apps Script does. Uses a tiny hand-written bundle so
 * each behaviour of the host is visible on its own.
 * Triggers: https://developers.google.com/apps-script/guides/triggers and
 *   https://developers.google.com/apps-script/guides/triggers/installable
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 * Auth modes: https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workspace } from '../src/workspace';
import { AddonHost } from '../src/host';

const OWNER = 'renkei@city.example.lg.jp';
const OTHER = 'kikaku@city.example.lg.jp';
const START = '2026-04-01T09:00:00+09:00';

const CODE = `
var opened = [];
var dailyRuns = 0;
var dailyUsers = [];
var submitted = [];

function hello(name) { return 'hello ' + name; }
function secret_() { return 'private'; }
function echo(value) { return value; }
function typeOfArgument(value) { return Object.prototype.toString.call(value); }
function today() { return new Date(); }
function datesInside() { return { when: [new Date()] }; }
function holes() { return [1, undefined, 3]; }
function whoRuns() { return Session.getEffectiveUser().getEmail(); }
function fail() { throw new Error('boom'); }

function onOpen(e) {
  opened.push({
    limited: e.authMode === ScriptApp.AuthMode.LIMITED,
    none: e.authMode === ScriptApp.AuthMode.NONE,
    full: e.authMode === ScriptApp.AuthMode.FULL,
    sourceId: e.source.getId(),
  });
  SpreadsheetApp.getUi().createAddonMenu().addItem('Say hello', 'menuHello').addToUi();
}
function menuHello() { return 'menu ' + Session.getActiveUser().getEmail(); }
function onInstall(e) { return e.authMode === ScriptApp.AuthMode.FULL; }

function installDaily() {
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(9).create();
}
function daily(e) {
  dailyRuns += 1;
  dailyUsers.push(Session.getEffectiveUser().getEmail());
}
function installFailingDaily() {
  ScriptApp.newTrigger('fail').timeBased().everyDays(1).atHour(9).create();
}
function installSubmitHandler(spreadsheetId) {
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(spreadsheetId).onFormSubmit().create();
}
function onSubmit(e) {
  submitted.push({ user: Session.getEffectiveUser().getEmail(), values: e.values });
}
function installFailingSubmitHandler(spreadsheetId) {
  ScriptApp.newTrigger('fail').forSpreadsheet(spreadsheetId).onFormSubmit().create();
}

var edits = [];
function describeEdit(e) {
  return {
    a1: e.range.getA1Notation(),
    hasValue: 'value' in e,
    hasOldValue: 'oldValue' in e,
    value: e.value,
    oldValue: e.oldValue,
    seen: e.range.getValues(),
    limited: e.authMode === ScriptApp.AuthMode.LIMITED,
    full: e.authMode === ScriptApp.AuthMode.FULL,
    triggerUid: e.triggerUid,
    user: e.user.getEmail(),
  };
}
function onEdit(e) { edits.push(describeEdit(e)); }
var installedEdits = [];
function onEditInstalled(e) { installedEdits.push(describeEdit(e)); }
function installEditHandler(spreadsheetId) {
  ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(spreadsheetId).onEdit().create();
}
var changes = [];
function installChangeHandler(spreadsheetId) {
  return ScriptApp.newTrigger('onChangeInstalled').forSpreadsheet(spreadsheetId).onChange().create()
    .getUniqueId();
}
function onChangeInstalled(e) {
  changes.push({
    changeType: e.changeType,
    full: e.authMode === ScriptApp.AuthMode.FULL,
    sourceId: e.source.getId(),
    triggerUid: e.triggerUid,
    user: e.user.getEmail(),
    runsAs: Session.getEffectiveUser().getEmail(),
    header: e.source.getSheets()[0].getRange('A1:D1').getValues()[0],
  });
}
function protectOnlyForOwner(spreadsheetId, a1) {
  var p = SpreadsheetApp.openById(spreadsheetId).getSheets()[0].getRange(a1).protect();
  p.removeEditors(p.getEditors());
}
function protectSheetExcept(spreadsheetId, a1) {
  var sheet = SpreadsheetApp.openById(spreadsheetId).getSheets()[0];
  var p = sheet.protect();
  p.removeEditors(p.getEditors());
  p.setUnprotectedRanges([sheet.getRange(a1)]);
}
function requireYesNo(spreadsheetId, a1) {
  var rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(['yes', 'no'], true)
    .setAllowInvalid(false)
    .build();
  SpreadsheetApp.openById(spreadsheetId).getSheets()[0].getRange(a1).setDataValidation(rule);
}
`;

let distDir: string;

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'host-test-'));
  writeFileSync(join(distDir, 'Code.js'), CODE);
  writeFileSync(join(distDir, 'Sidebar.html'), '<p>sidebar</p>');
  writeFileSync(join(distDir, 'Other.js'), 'function notLoaded() {}');
});

afterAll(() => rmSync(distDir, { recursive: true, force: true }));

function setup() {
  const ws = new Workspace({ now: START, user: OWNER });
  const spreadsheetId = ws.spreadsheets.create('Desk', OWNER).id;
  const host = new AddonHost(ws, distDir);
  return { ws, host, spreadsheetId };
}

/** The first sheet's cell values, as the model holds them. */
function cells(ws: Workspace, spreadsheetId: string, a: [number, number], b: [number, number]) {
  const sheet = ws.spreadsheets.get(spreadsheetId)!.sheets[0];
  const rows: unknown[][] = [];
  for (let r = a[0]; r <= b[0]; r++) {
    const row: unknown[] = [];
    for (let c = a[1]; c <= b[1]; c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

/** The top-level variables of the loaded bundle. */
function scope(host: AddonHost) {
  return host.context as { opened: Array<Record<string, unknown>>; dailyRuns: number } & Record<
    string,
    unknown
  >;
}

describe('loading the bundle', () => {
  test('a top-level function is callable by name', () => {
    const { host } = setup();
    expect(host.invoke('hello', ['desk'])).toBe('hello desk');
  });

  test('functionNames lists the top-level functions', () => {
    const { host } = setup();
    expect(host.functionNames()).toEqual(expect.arrayContaining(['hello', 'onOpen', 'secret_']));
  });

  test('only Code.js is loaded from the folder', () => {
    const { host } = setup();
    expect(host.functionNames()).not.toContain('notLoaded');
  });

  test('HTML files of the folder become HtmlService files', () => {
    const { ws } = setup();
    expect(ws.html.files.get('Sidebar')).toBe('<p>sidebar</p>');
  });

  test('invoke runs the function as one execution named after it', () => {
    const { ws, host } = setup();
    host.invoke('hello', ['desk']);
    expect(ws.ledger.executions.map((e) => e.functionName)).toEqual(['hello']);
  });

  test('invoke of an unknown function throws Script function not found', () => {
    const { host } = setup();
    expect(() => host.invoke('missing', [])).toThrow('Script function not found: missing');
  });

  test('invoke lets the error of the function propagate (as a run from the editor)', () => {
    const { host } = setup();
    expect(() => host.invoke('fail', [])).toThrow('boom');
  });

  test('invoke records the error on the execution', () => {
    const { host } = setup();
    expect(() => host.invoke('fail', [])).toThrow();
    expect((host.lastExecution().error as Error).message).toBe('boom');
  });
});

describe('openSpreadsheet: the simple trigger onOpen(e)', () => {
  test('runs onOpen as a simple trigger', () => {
    const { host, spreadsheetId } = setup();
    const outcome = host.openSpreadsheet(spreadsheetId);
    expect(outcome.execution).toEqual(
      expect.objectContaining({ functionName: 'onOpen', source: 'simple' }),
    );
  });

  test('e.authMode is ScriptApp.AuthMode.LIMITED by default', () => {
    const { host, spreadsheetId } = setup();
    host.openSpreadsheet(spreadsheetId);
    expect(scope(host).opened[0]).toEqual(
      expect.objectContaining({ limited: true, none: false, full: false }),
    );
  });

  test('e.authMode is ScriptApp.AuthMode.NONE when asked (add-on not yet used in the file)', () => {
    const { host, spreadsheetId } = setup();
    host.openSpreadsheet(spreadsheetId, OWNER, 'NONE');
    expect(scope(host).opened[0]).toEqual(expect.objectContaining({ none: true, limited: false }));
  });

  test('the execution runs in the auth mode given', () => {
    const { host, spreadsheetId } = setup();
    expect(host.openSpreadsheet(spreadsheetId, OWNER, 'NONE').execution.authMode).toBe('NONE');
  });

  test('e.source is the opened spreadsheet', () => {
    const { host, spreadsheetId } = setup();
    host.openSpreadsheet(spreadsheetId);
    expect(scope(host).opened[0].sourceId).toBe(spreadsheetId);
  });

  test('the execution is bound to the opened spreadsheet and has a UI', () => {
    const { host, spreadsheetId } = setup();
    const { execution } = host.openSpreadsheet(spreadsheetId);
    expect([execution.containerId, execution.hasUi]).toEqual([spreadsheetId, true]);
  });

  test('a menu built in onOpen can be clicked and runs its function', () => {
    const { host, spreadsheetId } = setup();
    host.openSpreadsheet(spreadsheetId);
    expect(host.clickMenu(spreadsheetId, 'Say hello', OTHER).result).toBe(`menu ${OTHER}`);
  });

  test('clicking a caption no menu has throws', () => {
    const { host, spreadsheetId } = setup();
    host.openSpreadsheet(spreadsheetId);
    expect(() => host.clickMenu(spreadsheetId, 'Nothing here')).toThrow(
      'No menu item captioned "Nothing here"',
    );
  });
});

describe('install: onInstall(e)', () => {
  test('runs onInstall with e.authMode FULL', () => {
    const { host, spreadsheetId } = setup();
    expect(host.install(spreadsheetId).result).toBe(true);
  });

  test('the onInstall execution runs with FULL authorization in the spreadsheet', () => {
    const { host, spreadsheetId } = setup();
    const { execution } = host.install(spreadsheetId);
    expect([execution.functionName, execution.authMode, execution.containerId]).toEqual([
      'onInstall',
      'FULL',
      spreadsheetId,
    ]);
  });
});

describe('scriptRun: google.script.run', () => {
  test('calls a server function and returns its result', () => {
    const { host, spreadsheetId } = setup();
    expect(host.scriptRun(spreadsheetId, 'hello', ['sidebar'])).toBe('hello sidebar');
  });

  test('refuses private functions (name ending in _)', () => {
    const { host, spreadsheetId } = setup();
    expect(() => host.scriptRun(spreadsheetId, 'secret_')).toThrow('secret_');
  });

  test('a refused private function does not run', () => {
    const { ws, host, spreadsheetId } = setup();
    expect(() => host.scriptRun(spreadsheetId, 'secret_')).toThrow();
    expect(ws.ledger.executions).toHaveLength(0);
  });

  test('refuses a Date argument', () => {
    const { host, spreadsheetId } = setup();
    expect(() => host.scriptRun(spreadsheetId, 'echo', [new Date()])).toThrow(
      /illegal value in parameter/,
    );
  });

  test('refuses a Date nested in an object argument', () => {
    const { host, spreadsheetId } = setup();
    expect(() => host.scriptRun(spreadsheetId, 'echo', [{ at: [new Date()] }])).toThrow(
      /illegal value/,
    );
  });

  test('refuses a function argument', () => {
    const { host, spreadsheetId } = setup();
    expect(() => host.scriptRun(spreadsheetId, 'echo', [() => 1])).toThrow(/illegal value/);
  });

  test('refuses an object with a circular reference', () => {
    const { host, spreadsheetId } = setup();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => host.scriptRun(spreadsheetId, 'echo', [loop])).toThrow(/illegal value/);
  });

  test('the same object twice (no cycle) is fine', () => {
    const { host, spreadsheetId } = setup();
    const shared = { a: 1 };
    expect(host.scriptRun(spreadsheetId, 'echo', [[shared, shared]])).toEqual([{ a: 1 }, { a: 1 }]);
  });

  test('refuses a Date result', () => {
    const { host, spreadsheetId } = setup();
    expect(() => host.scriptRun(spreadsheetId, 'today')).toThrow(/illegal value in return value/);
  });

  test('refuses a Date nested in the result', () => {
    const { host, spreadsheetId } = setup();
    expect(() => host.scriptRun(spreadsheetId, 'datesInside')).toThrow(/illegal value/);
  });

  test('undefined inside an array argument becomes null', () => {
    const { host, spreadsheetId } = setup();
    expect(host.scriptRun(spreadsheetId, 'echo', [[1, undefined, 3]])).toEqual([1, null, 3]);
  });

  test('undefined inside a returned array becomes null', () => {
    const { host, spreadsheetId } = setup();
    expect(host.scriptRun(spreadsheetId, 'holes')).toEqual([1, null, 3]);
  });

  test('the server receives a copy of an object argument', () => {
    // reference/run: "an object passed to the server becomes a copy of the original"
    const { host, spreadsheetId } = setup();
    const sent = { name: 'x' };
    const received = host.scriptRun(spreadsheetId, 'echo', [sent]);
    expect(received).toEqual(sent);
    expect(received).not.toBe(sent);
  });

  test('a server-side error is thrown to the caller (the failure handler)', () => {
    const { host, spreadsheetId } = setup();
    expect(() => host.scriptRun(spreadsheetId, 'fail')).toThrow('boom');
  });

  test('runs as the user at the keyboard', () => {
    const { host, spreadsheetId } = setup();
    expect(host.scriptRun(spreadsheetId, 'whoRuns', [], OTHER)).toBe(OTHER);
  });
});

describe('installable triggers', () => {
  test('an installable trigger runs as its owner (Session.getEffectiveUser)', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installSubmitHandler', [spreadsheetId], { activeUser: OWNER });
    ws.defaultUser = OTHER;
    host.deliverBlankFormSubmit(spreadsheetId);
    expect((host.context.submitted as Array<{ user: string }>)[0].user).toBe(OWNER);
  });

  test('the trigger execution is installable, FULL and without UI', () => {
    const { host, spreadsheetId } = setup();
    host.invoke('installSubmitHandler', [spreadsheetId]);
    const [outcome] = host.deliverBlankFormSubmit(spreadsheetId);
    expect(outcome.execution).toEqual(
      expect.objectContaining({ source: 'installable', authMode: 'FULL', hasUi: false }),
    );
  });

  test("a trigger's error is captured in the outcome, not thrown", () => {
    const { host, spreadsheetId } = setup();
    host.invoke('installFailingSubmitHandler', [spreadsheetId]);
    const [outcome] = host.deliverBlankFormSubmit(spreadsheetId);
    expect((outcome.error as Error).message).toBe('boom');
  });

  test("a trigger's error is recorded on the trigger as lastError (markRun)", () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installFailingSubmitHandler', [spreadsheetId]);
    host.deliverBlankFormSubmit(spreadsheetId);
    expect(ws.triggers.triggers[0].lastError).toBe('boom');
  });

  test('a successful run clears lastError and stamps lastRunMs', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installSubmitHandler', [spreadsheetId]);
    host.deliverBlankFormSubmit(spreadsheetId);
    const [trigger] = ws.triggers.triggers;
    expect(trigger.lastError).toBeNull();
    expect(trigger.lastRunMs).toBe(ws.clock.now());
  });

  test('a trigger whose handler function is gone fails as a recorded execution', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installSubmitHandler', [spreadsheetId]);
    delete host.context.onSubmit;
    const [outcome] = host.deliverBlankFormSubmit(spreadsheetId);
    expect(outcome.execution.functionName).toBe('onSubmit');
    expect(ws.triggers.triggers[0].lastError).toBe('Script function not found: onSubmit');
  });

  test('a blank form-submit event carries empty values', () => {
    const { host, spreadsheetId } = setup();
    host.invoke('installSubmitHandler', [spreadsheetId]);
    host.deliverBlankFormSubmit(spreadsheetId);
    expect((host.context.submitted as Array<{ values: unknown[] }>)[0].values).toEqual([]);
  });
});

describe('runDueTimeTriggers', () => {
  test('nothing runs before the trigger is due', () => {
    const { host, spreadsheetId } = setup();
    host.invoke('installDaily', [], { containerId: spreadsheetId });
    expect(host.runDueTimeTriggers()).toEqual([]);
  });

  test('a daily clock trigger fires once per day as the clock advances', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installDaily', [], { containerId: spreadsheetId });
    for (let hour = 0; hour < 72; hour++) {
      ws.clock.advanceMinutes(60);
      host.runDueTimeTriggers();
    }
    expect(scope(host).dailyRuns).toBe(3);
  });

  test('a daily trigger runs once, not once per missed day, after a long gap', () => {
    // Missed runs are skipped: Apps Script does not queue time-driven runs.
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installDaily', [], { containerId: spreadsheetId });
    ws.clock.advanceDays(5);
    host.runDueTimeTriggers();
    host.runDueTimeTriggers();
    expect(scope(host).dailyRuns).toBe(1);
  });

  test('the time-driven event carries the documented fields', () => {
    // guides/triggers/events "Time-driven events"
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installDaily', [], { containerId: spreadsheetId });
    ws.clock.advanceDays(1);
    const received: Array<Record<string, unknown>> = [];
    host.context.daily = (e: Record<string, unknown>) => received.push(e);
    host.runDueTimeTriggers();
    expect(Object.keys(received[0]).sort()).toEqual(
      [
        'authMode',
        'day-of-month',
        'day-of-week',
        'hour',
        'minute',
        'month',
        'second',
        'timezone',
        'triggerUid',
        'week-of-year',
        'year',
      ].sort(),
    );
  });

  test("the event's week-of-year is the ISO week of the run", () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installDaily', [], { containerId: spreadsheetId });
    ws.clock.advanceDays(1); // the run falls on 2 April 2026, ISO week 14
    const received: Array<Record<string, unknown>> = [];
    host.context.daily = (e: Record<string, unknown>) => received.push(e);
    host.runDueTimeTriggers();
    expect(received[0]['week-of-year']).toBe(14);
  });

  test('a failing clock trigger records lastError and keeps its schedule', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installFailingDaily', [], { containerId: spreadsheetId });
    ws.clock.advanceDays(1);
    const [outcome] = host.runDueTimeTriggers();
    const [trigger] = ws.triggers.triggers;
    expect((outcome.error as Error).message).toBe('boom');
    expect(trigger.lastError).toBe('boom');
    expect(trigger.nextRunMs).toBeGreaterThan(ws.clock.now());
  });

  test('a clock trigger runs as its owner (Session.getEffectiveUser)', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installDaily', [], { containerId: spreadsheetId, activeUser: OWNER });
    ws.defaultUser = OTHER;
    ws.clock.advanceDays(1);
    host.runDueTimeTriggers();
    expect(host.context.dailyUsers).toEqual([OWNER]);
  });
});

describe('editRange: a person pastes or clears a block', () => {
  const SHEET1 = 'シート1';
  type EditSeen = {
    a1: string;
    hasValue: boolean;
    hasOldValue: boolean;
    value?: string;
    oldValue?: string;
    seen: unknown[][];
    limited: boolean;
    full: boolean;
    triggerUid?: string;
    user: string;
  };
  const edits = (host: AddonHost) => host.context.edits as EditSeen[];

  function withValues() {
    const env = setup();
    env.host.editRange(env.spreadsheetId, SHEET1, 1, 1, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    (env.host.context.edits as EditSeen[]).length = 0;
    return env;
  }

  test('stores every value of the block as typed input', () => {
    const { ws, host, spreadsheetId } = setup();
    host.editRange(spreadsheetId, SHEET1, 2, 2, [
      ['12', 'text'],
      ['', 'TRUE'],
    ]);
    expect(cells(ws, spreadsheetId, [2, 2], [3, 3])).toEqual([
      [12, 'text'],
      ['', true],
    ]);
  });

  test('runs onEdit once, as a simple trigger in LIMITED mode', () => {
    const { host, spreadsheetId } = setup();
    const outcomes = host.editRange(spreadsheetId, SHEET1, 1, 1, [['x', 'y']], OTHER);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0].execution).toEqual(
      expect.objectContaining({ functionName: 'onEdit', source: 'simple', authMode: 'LIMITED' }),
    );
    expect(edits(host)).toEqual([expect.objectContaining({ limited: true, user: OTHER })]);
  });

  test('e.range is the whole block', () => {
    const { host, spreadsheetId } = setup();
    host.editRange(spreadsheetId, SHEET1, 2, 3, [
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(edits(host)[0].a1).toBe('C2:E3');
  });

  test('the handler reads the new values through e.range', () => {
    const { host, spreadsheetId } = setup();
    host.editRange(spreadsheetId, SHEET1, 1, 1, [['new'], ['rows']]);
    expect(edits(host)[0].seen).toEqual([['new'], ['rows']]);
  });

  test('a multi-cell edit carries neither e.value nor e.oldValue', () => {
    const { host, spreadsheetId } = withValues();
    host.editRange(spreadsheetId, SHEET1, 1, 1, [['p'], ['q']]);
    expect(edits(host)[0]).toEqual(
      expect.objectContaining({ hasValue: false, hasOldValue: false }),
    );
  });

  test('clearing a block (Delete) empties its cells and carries no e.oldValue', () => {
    const { ws, host, spreadsheetId } = withValues();
    host.editRange(spreadsheetId, SHEET1, 1, 1, [
      ['', ''],
      ['', ''],
    ]);
    expect(cells(ws, spreadsheetId, [1, 1], [2, 2])).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(edits(host)[0].hasOldValue).toBe(false);
  });

  test('a paste into one cell reports neither e.value nor e.oldValue', () => {
    const { host, spreadsheetId } = withValues();
    host.editRange(spreadsheetId, SHEET1, 1, 1, [['pasted']]);
    expect(edits(host)[0]).toEqual(
      expect.objectContaining({ hasValue: false, hasOldValue: false }),
    );
  });

  test('one cell cleared with Delete (pasted: false) reports e.oldValue but no e.value', () => {
    const { host, spreadsheetId } = withValues();
    host.editRange(spreadsheetId, SHEET1, 1, 1, [['']], OWNER, { pasted: false });
    expect(edits(host)[0]).toEqual(
      expect.objectContaining({ hasValue: false, hasOldValue: true, oldValue: 'a' }),
    );
  });

  test('installable on-edit triggers get the block event, FULL, with their triggerUid', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('installEditHandler', [spreadsheetId]);
    host.editRange(spreadsheetId, SHEET1, 1, 1, [['1'], ['2']]);
    expect(host.context.installedEdits).toEqual([
      expect.objectContaining({
        a1: 'A1:A2',
        full: true,
        hasOldValue: false,
        triggerUid: ws.triggers.triggers[0].uid,
      }),
    ]);
  });

  test('a block touching a cell protected against the user is refused whole', () => {
    const { ws, host, spreadsheetId } = withValues();
    host.invoke('protectOnlyForOwner', [spreadsheetId, 'B2']);
    const paste = () =>
      host.editRange(
        spreadsheetId,
        SHEET1,
        1,
        1,
        [
          ['x', 'x'],
          ['x', 'x'],
        ],
        OTHER,
      );
    expect(paste).toThrow('You are trying to edit a protected cell or object');
    expect(cells(ws, spreadsheetId, [1, 1], [2, 2])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('a refused edit runs no onEdit', () => {
    const { host, spreadsheetId } = withValues();
    host.invoke('protectOnlyForOwner', [spreadsheetId, 'A2']);
    expect(() => host.editRange(spreadsheetId, SHEET1, 1, 1, [['x'], ['x']], OTHER)).toThrow();
    expect(edits(host)).toHaveLength(0);
  });

  test('the unprotected ranges of a protected sheet stay editable', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('protectSheetExcept', [spreadsheetId, 'C1:D5']);
    host.editRange(spreadsheetId, SHEET1, 1, 3, [['ok', 'ok']], OTHER);
    expect(cells(ws, spreadsheetId, [1, 3], [1, 4])).toEqual([['ok', 'ok']]);
  });

  test('a value breaking a rule that rejects input refuses the whole paste', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('requireYesNo', [spreadsheetId, 'A1:A3']);
    const paste = () => host.editRange(spreadsheetId, SHEET1, 1, 1, [['yes'], ['maybe'], ['no']]);
    expect(paste).toThrow('R2C1 violates the data validation rules');
    expect(cells(ws, spreadsheetId, [1, 1], [3, 1])).toEqual([[''], [''], ['']]);
  });

  test('clearing validated cells is allowed (an empty cell breaks no rule)', () => {
    const { ws, host, spreadsheetId } = setup();
    host.invoke('requireYesNo', [spreadsheetId, 'A1:A2']);
    host.editRange(spreadsheetId, SHEET1, 1, 1, [['yes'], ['no']]);
    host.editRange(spreadsheetId, SHEET1, 1, 1, [[''], ['']]);
    expect(cells(ws, spreadsheetId, [1, 1], [2, 1])).toEqual([[''], ['']]);
  });

  test('rows of unequal length are refused before anything is written', () => {
    const { ws, host, spreadsheetId } = setup();
    expect(() => host.editRange(spreadsheetId, SHEET1, 1, 1, [['a', 'b'], ['c']])).toThrow(
      'rows of equal, non-zero length',
    );
    expect(cells(ws, spreadsheetId, [1, 1], [1, 2])).toEqual([['', '']]);
  });

  test('editCell (typing one cell) still reports e.value and e.oldValue', () => {
    const { host, spreadsheetId } = withValues();
    host.editCell(spreadsheetId, SHEET1, 1, 1, 'typed');
    expect(edits(host)[0]).toEqual(
      expect.objectContaining({ a1: 'A1', value: 'typed', oldValue: 'a' }),
    );
  });
});

describe('changeSheet: a person inserts, deletes or moves rows and columns', () => {
  const SHEET1 = 'シート1';
  type ChangeSeen = {
    changeType: string;
    full: boolean;
    sourceId: string;
    triggerUid: string;
    user: string;
    runsAs: string;
    header: unknown[];
  };
  const changes = (host: AddonHost) => host.context.changes as ChangeSeen[];

  function withHeader() {
    const env = setup();
    env.host.editRange(env.spreadsheetId, SHEET1, 1, 1, [['a', 'b', 'c', 'd']]);
    const uid = env.host.invoke<string>('installChangeHandler', [env.spreadsheetId], {
      activeUser: OWNER,
      containerId: env.spreadsheetId,
    });
    return { ...env, uid };
  }

  test('a column inserted fires the on-change trigger with INSERT_COLUMN and the documented event', () => {
    const { host, spreadsheetId, uid } = withHeader();
    const [outcome] = host.changeSheet(
      spreadsheetId,
      SHEET1,
      { kind: 'insert', dimension: 'column', at: 2, count: 1 },
      OTHER,
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.execution.source).toBe('installable');
    expect(changes(host)).toEqual([
      {
        changeType: 'INSERT_COLUMN',
        full: true,
        sourceId: spreadsheetId,
        triggerUid: uid,
        user: OTHER,
        runsAs: OWNER,
        header: ['a', '', 'b', 'c'],
      },
    ]);
  });

  test('each kind of change has its changeType; a move is OTHER', () => {
    const { host, spreadsheetId } = withHeader();
    host.changeSheet(spreadsheetId, SHEET1, {
      kind: 'delete',
      dimension: 'column',
      at: 1,
      count: 1,
    });
    host.changeSheet(spreadsheetId, SHEET1, { kind: 'insert', dimension: 'row', at: 2, count: 2 });
    host.changeSheet(spreadsheetId, SHEET1, { kind: 'delete', dimension: 'row', at: 2, count: 1 });
    host.changeSheet(spreadsheetId, SHEET1, {
      kind: 'move',
      dimension: 'column',
      at: 1,
      count: 1,
      destination: 4,
    });
    host.changeSheet(spreadsheetId, SHEET1, {
      kind: 'move',
      dimension: 'row',
      at: 1,
      count: 1,
      destination: 3,
    });
    expect(changes(host).map((c) => c.changeType)).toEqual([
      'REMOVE_COLUMN',
      'INSERT_ROW',
      'REMOVE_ROW',
      'OTHER',
      'OTHER',
    ]);
    expect(changes(host)[3].header).toEqual(['c', 'd', 'b', '']);
  });

  test('fireChange delivers any other changeType, and onEdit never runs for a change', () => {
    const { host, spreadsheetId } = withHeader();
    (host.context.edits as unknown[]).length = 0;
    host.fireChange(spreadsheetId, 'INSERT_GRID');
    host.changeSheet(spreadsheetId, SHEET1, { kind: 'insert', dimension: 'row', at: 1, count: 1 });
    expect(changes(host).map((c) => c.changeType)).toEqual(['INSERT_GRID', 'INSERT_ROW']);
    expect(host.context.edits).toEqual([]);
  });

  test('without an on-change trigger nothing runs', () => {
    const { host, spreadsheetId } = setup();
    expect(
      host.changeSheet(spreadsheetId, SHEET1, {
        kind: 'insert',
        dimension: 'row',
        at: 1,
        count: 1,
      }),
    ).toEqual([]);
  });

  test('a change the editor refuses changes nothing and fires nothing', () => {
    const { ws, host, spreadsheetId } = withHeader();
    host.invoke('protectOnlyForOwner', [spreadsheetId, 'B1:B5'], { activeUser: OWNER });
    expect(() =>
      host.changeSheet(
        spreadsheetId,
        SHEET1,
        { kind: 'delete', dimension: 'column', at: 2, count: 1 },
        OTHER,
      ),
    ).toThrow(/protected/);
    expect(() =>
      host.changeSheet(spreadsheetId, SHEET1, {
        kind: 'move',
        dimension: 'column',
        at: 1,
        count: 2,
        destination: 2,
      }),
    ).toThrow(/destinationIndex/);
    expect(cells(ws, spreadsheetId, [1, 1], [1, 4])).toEqual([['a', 'b', 'c', 'd']]);
    expect(changes(host)).toEqual([]);
  });
});

/**
 * The global scope the add-on sees (createGlobals). Apps Script's V8 runtime is plain ECMAScript
 * plus the Apps Script services: no Node.js or browser APIs such as require, process, Buffer,
 * setTimeout, fetch or TextEncoder (https://developers.google.com/apps-script/guides/v8-runtime).
 * Service names: https://developers.google.com/apps-script/reference
 */
import * as vm from 'vm';
import { Workspace } from '../src/workspace';
import { createGlobals } from '../src/globals';

const START = Date.parse('2026-04-01T09:00:00+09:00');

/** Evaluates `code` in a vm context built from createGlobals, as the host loads the add-on. */
function evaluate(code: string, ws = new Workspace({ now: START })): unknown {
  return vm.runInContext(code, vm.createContext(createGlobals(ws)));
}

describe('no Node.js or browser globals in the sandbox', () => {
  test.each([
    'require',
    'module',
    'exports',
    'process',
    'Buffer',
    'global',
    'setTimeout',
    'setInterval',
    'setImmediate',
    'clearTimeout',
    'queueMicrotask',
    'fetch',
    'XMLHttpRequest',
    'TextEncoder',
    'TextDecoder',
    'URL',
    'structuredClone',
    'window',
    'document',
  ])('typeof %s is undefined', (name) => {
    expect(evaluate(`typeof ${name}`)).toBe('undefined');
  });
});

describe('the Apps Script services the emulator provides are globals', () => {
  test.each([
    'SpreadsheetApp',
    'FormApp',
    'PropertiesService',
    'LockService',
    'ScriptApp',
    'Session',
    'Utilities',
    'MailApp',
    'Logger',
    'HtmlService',
    'console',
  ])('%s is defined', (name) => {
    expect(evaluate(`typeof ${name}`)).toBe('object');
  });

  test('globalThis holds the services too (one global scope per project)', () => {
    expect(evaluate('typeof globalThis.SpreadsheetApp')).toBe('object');
  });
});

describe('the sandbox is standard ECMAScript', () => {
  test.each(['JSON', 'Math', 'Intl', 'Promise', 'Map', 'Set', 'RegExp', 'Array', 'Object'])(
    '%s is available',
    (name) => {
      expect(evaluate(`typeof ${name}`)).not.toBe('undefined');
    },
  );

  test("new Date() is the workspace's virtual now", () => {
    expect(evaluate('new Date().getTime()')).toBe(START);
  });

  test('Date.now() follows the workspace clock as it advances', () => {
    const ws = new Workspace({ now: START });
    const context = vm.createContext(createGlobals(ws));
    ws.clock.advanceMinutes(10);
    expect(vm.runInContext('Date.now()', context)).toBe(START + 10 * 60_000);
  });
});

describe('services in the sandbox are backed by the workspace', () => {
  test('a service call inside an execution is charged to the ledger', () => {
    const ws = new Workspace({ now: START });
    const context = vm.createContext(createGlobals(ws));
    ws.run({ functionName: 'test', source: 'manual', activeUser: 'desk@city.example.lg.jp' }, () =>
      vm.runInContext('Session.getScriptTimeZone()', context),
    );
    expect(ws.ledger.records.map((r) => r.method)).toEqual(['Session.getScriptTimeZone']);
  });

  test('each workspace gets its own services', () => {
    const first = new Workspace({ now: START, timeZone: 'Asia/Tokyo' });
    const second = new Workspace({ now: START, timeZone: 'UTC' });
    const zone = (ws: Workspace) =>
      ws.run({ functionName: 'test', source: 'test', activeUser: '' }, () =>
        evaluate('Session.getScriptTimeZone()', ws),
      );
    expect([zone(first), zone(second)]).toEqual(['Asia/Tokyo', 'UTC']);
  });
});

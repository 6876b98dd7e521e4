/**
 * The call ledger, modeled time and execution limits, and Workspace.run.
 * Limits: https://developers.google.com/apps-script/guides/services/quotas ("Script runtime:
 * 6 min / execution") and https://developers.google.com/apps-script/guides/triggers (simple
 * triggers "cannot run for longer than 30 seconds").
 */
import { VirtualClock } from '../src/core/clock';
import { ExecutionOptions, ExecutionTimeLimitError, Ledger } from '../src/core/execution';
import { CALL_LATENCY, EXECUTION_LIMIT_MS, FLUSH_MS, PER_CELL_MS } from '../src/core/latency';
import { Workspace } from '../src/workspace';
import { createGlobals } from '../src/globals';

const DESK = 'desk@city.example.lg.jp';
const START = Date.parse('2026-04-01T09:00:00+09:00');

function options(overrides: Partial<ExecutionOptions> = {}): ExecutionOptions {
  return { functionName: 'test', source: 'manual', activeUser: DESK, ...overrides };
}

/** A ledger on its own clock with one running execution. */
function running(overrides: Partial<ExecutionOptions> = {}) {
  const clock = new VirtualClock(START);
  const ledger = new Ledger(clock);
  const execution = ledger.begin(options(overrides));
  ledger.current = execution;
  return { clock, ledger, execution };
}

describe('Ledger: recording calls', () => {
  test('every charged call is recorded with its execution id, service, method and kind', () => {
    const { ledger, execution } = running();
    ledger.charge('SpreadsheetApp', 'Range.getValues', 'read', 4);
    expect(ledger.records).toEqual([
      expect.objectContaining({
        executionId: execution.id,
        service: 'SpreadsheetApp',
        method: 'Range.getValues',
        kind: 'read',
        cells: 4,
      }),
    ]);
  });

  test('the call is also listed on its execution', () => {
    const { ledger, execution } = running();
    ledger.charge('Session', 'Session.getActiveUser', 'local');
    expect(execution.calls).toEqual(ledger.records);
  });

  test('calls of different executions carry different ids', () => {
    const ws = new Workspace({ now: START });
    ws.run(options(), () => ws.charge('Logger', 'Logger.log', 'free'));
    ws.run(options(), () => ws.charge('Logger', 'Logger.log', 'free'));
    const [first, second] = ws.ledger.records;
    expect(first.executionId).not.toBe(second.executionId);
    expect(ws.ledger.executions.map((e) => e.id)).toEqual([first.executionId, second.executionId]);
  });

  test('a call outside any execution is recorded with execution id 0', () => {
    const ledger = new Ledger(new VirtualClock(START));
    ledger.charge('SpreadsheetApp', 'Range.getValues', 'read');
    expect(ledger.records[0].executionId).toBe(0);
  });
});

describe('Ledger: modeled time', () => {
  test('a call costs its kind latency plus the per-cell cost', () => {
    const { ledger } = running();
    ledger.charge('SpreadsheetApp', 'Range.setValues', 'write', 400);
    expect(ledger.records[0].ms).toBeCloseTo(CALL_LATENCY.write.ms + 400 * PER_CELL_MS.ms);
  });

  test("the execution's modeled time is the sum of its calls", () => {
    const { ledger, execution } = running();
    ledger.charge('MailApp', 'MailApp.sendEmail', 'mail');
    ledger.charge('PropertiesService', 'Properties.getProperty', 'properties');
    expect(execution.modeledMs).toBe(CALL_LATENCY.mail.ms + CALL_LATENCY.properties.ms);
  });

  test('the virtual clock advances by the modeled time', () => {
    const { ledger, clock } = running();
    ledger.charge('MailApp', 'MailApp.sendEmail', 'mail');
    expect(clock.now()).toBe(START + CALL_LATENCY.mail.ms);
  });

  test('a read after a write pays the flush cost once', () => {
    // Apps Script commits pending spreadsheet writes before it reads (latency.ts FLUSH_MS).
    const { ledger } = running();
    ledger.charge('SpreadsheetApp', 'Range.setValue', 'write', 1);
    ledger.charge('SpreadsheetApp', 'Range.getValue', 'read', 1);
    ledger.charge('SpreadsheetApp', 'Range.getValue', 'read', 1);
    const [, firstRead, secondRead] = ledger.records;
    expect(firstRead.ms).toBeCloseTo(CALL_LATENCY.read.ms + PER_CELL_MS.ms + FLUSH_MS.ms);
    expect(secondRead.ms).toBeCloseTo(CALL_LATENCY.read.ms + PER_CELL_MS.ms);
  });

  test('reads without pending writes pay no flush', () => {
    const { ledger } = running();
    ledger.charge('SpreadsheetApp', 'Range.getValue', 'read', 1);
    expect(ledger.records[0].ms).toBeCloseTo(CALL_LATENCY.read.ms + PER_CELL_MS.ms);
  });

  test('an explicit flush() after writes pays the flush cost', () => {
    const { ledger } = running();
    ledger.charge('SpreadsheetApp', 'Range.setValue', 'write', 1);
    ledger.flush();
    expect(ledger.records[1]).toEqual(
      expect.objectContaining({ service: 'SpreadsheetApp', method: 'flush', ms: FLUSH_MS.ms }),
    );
  });

  test('a read after an explicit flush() pays no second flush', () => {
    const { ledger } = running();
    ledger.charge('SpreadsheetApp', 'Range.setValue', 'write', 1);
    ledger.flush();
    ledger.charge('SpreadsheetApp', 'Range.getValue', 'read', 1);
    expect(ledger.records[2].ms).toBeCloseTo(CALL_LATENCY.read.ms + PER_CELL_MS.ms);
  });

  test('flush() with nothing pending costs only a local call', () => {
    const { ledger } = running();
    ledger.flush();
    expect(ledger.records[0].ms).toBe(CALL_LATENCY.local.ms);
  });

  test('pending writes do not carry over into the next execution', () => {
    const ws = new Workspace({ now: START });
    ws.run(options(), () => ws.charge('SpreadsheetApp', 'Range.setValue', 'write', 1));
    ws.run(options(), () => ws.charge('SpreadsheetApp', 'Range.getValue', 'read', 1));
    expect(ws.ledger.records[1].ms).toBeCloseTo(CALL_LATENCY.read.ms + PER_CELL_MS.ms);
  });
});

describe('Execution time limits', () => {
  // quotas: "Script runtime 6 min / execution"
  test('the normal limit is 6 minutes and the simple-trigger limit 30 seconds', () => {
    expect(EXECUTION_LIMIT_MS).toEqual({ normal: 360_000, simpleTrigger: 30_000 });
  });

  test("an execution whose modeled time passes 6 minutes throws 'Exceeded maximum execution time'", () => {
    const { ledger } = running({ source: 'manual' });
    const calls = EXECUTION_LIMIT_MS.normal / CALL_LATENCY.convert.ms; // exactly 6 minutes
    for (let i = 0; i < calls; i++) ledger.charge('DriveApp', 'File.getAs', 'convert');
    expect(() => ledger.charge('DriveApp', 'File.getAs', 'convert')).toThrow(
      'Exceeded maximum execution time',
    );
  });

  test('the limit error is an ExecutionTimeLimitError', () => {
    const { ledger } = running({ source: 'installable' });
    const calls = EXECUTION_LIMIT_MS.normal / CALL_LATENCY.convert.ms + 1;
    let thrown: unknown = null;
    try {
      for (let i = 0; i < calls; i++) ledger.charge('DriveApp', 'File.getAs', 'convert');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ExecutionTimeLimitError);
  });

  // guides/triggers: simple triggers "cannot run for longer than 30 seconds"
  test('a simple trigger passing 30 seconds throws Exceeded maximum execution time', () => {
    const { ledger } = running({ source: 'simple' });
    for (let i = 0; i < 10; i++) ledger.charge('DriveApp', 'File.getAs', 'convert'); // 30 s
    expect(() => ledger.charge('DriveApp', 'File.getAs', 'convert')).toThrow(
      'Exceeded maximum execution time',
    );
  });

  test('an execution exactly at the limit still runs', () => {
    const { ledger, execution } = running({ source: 'simple' });
    for (let i = 0; i < 10; i++) ledger.charge('DriveApp', 'File.getAs', 'convert');
    expect(execution.modeledMs).toBe(EXECUTION_LIMIT_MS.simpleTrigger);
  });

  test("source 'test' has no time limit (test code calling services directly)", () => {
    const { ledger } = running({ source: 'test' });
    const calls = EXECUTION_LIMIT_MS.normal / CALL_LATENCY.convert.ms + 5;
    expect(() => {
      for (let i = 0; i < calls; i++) ledger.charge('DriveApp', 'File.getAs', 'convert');
    }).not.toThrow();
  });

  test('the limit error is recorded on the execution by Workspace.run', () => {
    const ws = new Workspace({ now: START });
    expect(() =>
      ws.run(options({ source: 'simple' }), () => {
        for (let i = 0; i < 11; i++) ws.charge('DriveApp', 'File.getAs', 'convert');
      }),
    ).toThrow('Exceeded maximum execution time');
    expect(ws.ledger.executions[0].error).toBeInstanceOf(ExecutionTimeLimitError);
  });
});

describe('Ledger.injectDelay', () => {
  test('the matching calls take longer, advancing the clock and the modeled time', () => {
    const { clock, ledger, execution } = running();
    ledger.injectDelay('DocumentApp.create', 4_000, 2);
    ledger.charge('DocumentApp', 'DocumentApp.create', 'drive');
    expect(execution.calls[0].ms).toBe(CALL_LATENCY.drive.ms + 4_000);
    expect(clock.now()).toBe(START + CALL_LATENCY.drive.ms + 4_000);
  });

  test('only `times` calls are slowed; other methods are not', () => {
    const { ledger, execution } = running();
    ledger.injectDelay('DocumentApp.create', 1_000, 1);
    ledger.charge('DocumentApp', 'DocumentApp.create', 'drive');
    ledger.charge('DocumentApp', 'DocumentApp.create', 'drive');
    ledger.charge('DriveApp', 'DriveApp.createFolder', 'drive');
    expect(execution.calls.map((c) => c.ms)).toEqual([
      CALL_LATENCY.drive.ms + 1_000,
      CALL_LATENCY.drive.ms,
      CALL_LATENCY.drive.ms,
    ]);
  });
});

describe('Ledger.injectFailure', () => {
  test('the next matching call throws the given message', () => {
    const { ledger } = running();
    ledger.injectFailure('Sheet.appendRow', 'Service Spreadsheets timed out');
    expect(() => ledger.charge('SpreadsheetApp', 'Sheet.appendRow', 'write', 3)).toThrow(
      'Service Spreadsheets timed out',
    );
  });

  test('a failure can be matched as Service.method', () => {
    const { ledger } = running();
    ledger.injectFailure('MailApp.MailApp.sendEmail', 'Service invoked too many times');
    expect(() => ledger.charge('MailApp', 'MailApp.sendEmail', 'mail')).toThrow(
      'Service invoked too many times',
    );
  });

  test('the default message is a service error', () => {
    const { ledger } = running();
    ledger.injectFailure('Sheet.appendRow');
    expect(() => ledger.charge('SpreadsheetApp', 'Sheet.appendRow', 'write')).toThrow(
      'Service error: injected failure',
    );
  });

  test('other methods are not affected', () => {
    const { ledger } = running();
    ledger.injectFailure('Sheet.appendRow');
    expect(() => ledger.charge('SpreadsheetApp', 'Range.getValues', 'read')).not.toThrow();
  });

  test('exactly the next N matching calls fail, then calls succeed again', () => {
    const { ledger } = running();
    ledger.injectFailure('Sheet.appendRow', 'boom', 2);
    const attempt = () => ledger.charge('SpreadsheetApp', 'Sheet.appendRow', 'write');
    expect(attempt).toThrow('boom');
    expect(attempt).toThrow('boom');
    expect(attempt).not.toThrow();
  });

  test('a failed call is not recorded as a completed call', () => {
    const { ledger } = running();
    ledger.injectFailure('Sheet.appendRow');
    expect(() => ledger.charge('SpreadsheetApp', 'Sheet.appendRow', 'write')).toThrow();
    expect(ledger.records).toEqual([]);
  });
});

describe('Workspace.run', () => {
  test('returns the body result and passes the execution to it', () => {
    const ws = new Workspace({ now: START });
    const result = ws.run(options({ functionName: 'onOpen' }), (e) => e.functionName);
    expect(result).toBe('onOpen');
  });

  test('the execution is current while the body runs and cleared afterwards', () => {
    const ws = new Workspace({ now: START });
    const seen = ws.run(options(), (e) => ws.current === e);
    expect(seen).toBe(true);
    expect(ws.current).toBeNull();
  });

  test('executions do not nest', () => {
    const ws = new Workspace({ now: START });
    expect(() => ws.run(options(), () => ws.run(options(), () => 1))).toThrow(
      'Executions do not nest',
    );
  });

  test('the error of a failed execution is recorded on it and rethrown', () => {
    const ws = new Workspace({ now: START });
    const failure = new Error('TypeError: x is not a function');
    expect(() =>
      ws.run(options(), () => {
        throw failure;
      }),
    ).toThrow(failure);
    expect(ws.ledger.executions[0].error).toBe(failure);
  });

  test('a successful execution has no error and a finish time', () => {
    const ws = new Workspace({ now: START });
    ws.run(options(), () => ws.charge('MailApp', 'MailApp.sendEmail', 'mail'));
    const [execution] = ws.ledger.executions;
    expect(execution.error).toBeNull();
    expect(execution.finishedAtMs).toBe(START + CALL_LATENCY.mail.ms);
  });

  test('a new execution may start after a failed one', () => {
    const ws = new Workspace({ now: START });
    expect(() =>
      ws.run(options(), () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(ws.run(options(), () => 'ran')).toBe('ran');
  });

  // lock-service: locks held by a script are released when the script finishes
  test('locks are released when an execution ends', () => {
    const ws = new Workspace({ now: START });
    const LockService = createGlobals(ws).LockService as GoogleAppsScript.Lock.LockService;
    ws.run(options(), () => expect(LockService.getScriptLock().tryLock(0)).toBe(true));
    const second = ws.run(options({ activeUser: 'other@city.example.lg.jp' }), () =>
      LockService.getScriptLock().tryLock(0),
    );
    expect(second).toBe(true);
  });

  test('locks are released when an execution ends with an error', () => {
    const ws = new Workspace({ now: START });
    const LockService = createGlobals(ws).LockService as GoogleAppsScript.Lock.LockService;
    expect(() =>
      ws.run(options(), () => {
        LockService.getScriptLock().waitLock(1000);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(ws.run(options(), () => LockService.getScriptLock().tryLock(0))).toBe(true);
  });

  test('the script lock stays held during the execution and is free after it', () => {
    // Control for the two tests above: the lock is really held until the execution ends.
    const ws = new Workspace({ now: START });
    const LockService = createGlobals(ws).LockService as GoogleAppsScript.Lock.LockService;
    ws.run(options(), () => {
      LockService.getScriptLock().tryLock(0);
      expect(ws.locks.inspect()).toHaveLength(1);
    });
    expect(ws.locks.inspect()).toEqual([]);
  });
});

describe('Execution defaults', () => {
  test('a simple trigger runs LIMITED by default; other sources FULL', () => {
    const ws = new Workspace({ now: START });
    const simple = ws.run(options({ source: 'simple' }), (e) => e.authMode);
    const manual = ws.run(options({ source: 'manual' }), (e) => e.authMode);
    expect([simple, manual]).toEqual(['LIMITED', 'FULL']);
  });

  test('the effective user defaults to the active user', () => {
    const ws = new Workspace({ now: START });
    expect(ws.run(options(), (e) => e.effectiveUser)).toBe(DESK);
  });

  test('the time limit follows the source', () => {
    const ws = new Workspace({ now: START });
    const simple = ws.run(options({ source: 'simple' }), (e) => e.limitMs);
    const installable = ws.run(options({ source: 'installable' }), (e) => e.limitMs);
    expect([simple, installable]).toEqual([30_000, 360_000]);
  });
});

/**
 * Fault tools of the ledger (Ledger.arm): kill an execution at its k-th call, fail only the k-th
 * call, pause an execution while others run. What they model:
 * - Apps Script stops a script at its limit with "Exceeded maximum execution time"
 *   (guides/services/quotas; the execution log shows that message);
 * - a call can fail on its own ("Service error: Spreadsheets", a quota message);
 * - LockService: "waitLock… throws an exception if the lock could not be obtained" after the
 *   timeout, "tryLock… returns false" (reference/lock/lock); locks are released when the
 *   execution ends.
 */
import { ExecutionOptions } from '../src/core/execution';
import { Workspace } from '../src/workspace';
import { createGlobals } from '../src/globals';

const DESK = 'desk@city.example.lg.jp';

function options(functionName = 'op', overrides: Partial<ExecutionOptions> = {}): ExecutionOptions {
  return { functionName, source: 'manual', activeUser: DESK, containerId: 'doc-1', ...overrides };
}

function setup() {
  const ws = new Workspace({ now: '2026-05-11T09:00:00+09:00' });
  const g = createGlobals(ws) as {
    PropertiesService: GoogleAppsScript.Properties.PropertiesService;
    LockService: GoogleAppsScript.Lock.LockService;
  };
  return { ws, g };
}

/** Three property writes: calls 1 (getScriptProperties), 2, 3, 4. */
function threeWrites(g: ReturnType<typeof setup>['g'], log: string[] = []) {
  const props = g.PropertiesService.getScriptProperties();
  for (const k of ['a', 'b', 'c']) {
    props.setProperty(k, 'x');
    log.push(k);
  }
}

describe('kill at the k-th call', () => {
  test('that call and every later call throw; the execution ends with the kill', () => {
    const { ws, g } = setup();
    const fault = ws.ledger.arm({ kind: 'kill', at: 3 });
    const caught: string[] = [];
    expect(() =>
      ws.run(options(), () => {
        const props = g.PropertiesService.getScriptProperties();
        props.setProperty('a', '1');
        try {
          props.setProperty('b', '2');
        } catch (error) {
          caught.push((error as Error).message);
          // A catch block runs, but can reach no service.
          try {
            props.setProperty('c', '3');
          } catch (again) {
            caught.push((again as Error).message);
          }
        }
      }),
    ).toThrow('Exceeded maximum execution time');
    expect(fault.fired).toBe(true);
    expect(caught).toEqual(['Exceeded maximum execution time', 'Exceeded maximum execution time']);
    const all = ws.run(options('check'), () =>
      g.PropertiesService.getScriptProperties().getProperties(),
    );
    expect(all).toEqual({ a: '1' });
    expect(ws.ledger.executions[0].calls).toHaveLength(2);
  });

  test('targets the first execution that begins after arming, filtered by function name', () => {
    const { ws, g } = setup();
    const fault = ws.ledger.arm({ kind: 'kill', at: 2, functionName: 'target' });
    ws.run(options('other'), () => threeWrites(g));
    expect(fault.fired).toBe(false);
    expect(() => ws.run(options('target'), () => threeWrites(g))).toThrow(
      'Exceeded maximum execution time',
    );
    expect(fault.executionId).toBe(ws.ledger.executions[1].id);
    // Once fired it is gone: the next run is clean.
    expect(() => ws.run(options('target'), () => threeWrites(g))).not.toThrow();
  });

  test('a kill beyond the last call never fires and the execution ends normally', () => {
    const { ws, g } = setup();
    const fault = ws.ledger.arm({ kind: 'kill', at: 5 });
    ws.run(options(), () => threeWrites(g));
    expect(fault.fired).toBe(false);
    ws.ledger.disarm();
    ws.run(options(), () => threeWrites(g));
    expect(ws.ledger.executions[1].killedBy).toBeNull();
  });

  test('locks held by a killed execution are released', () => {
    const { ws, g } = setup();
    ws.ledger.arm({ kind: 'kill', at: 3 });
    expect(() =>
      ws.run(options(), () => {
        g.LockService.getDocumentLock()!.waitLock(1000);
        g.PropertiesService.getScriptProperties().setProperty('x', '1');
      }),
    ).toThrow();
    const taken = ws.run(options(), () => g.LockService.getDocumentLock()!.tryLock(0));
    expect(taken).toBe(true);
  });

  test('at must be a whole number from 1', () => {
    const { ws } = setup();
    expect(() => ws.ledger.arm({ kind: 'kill', at: 0 })).toThrow();
    expect(() => ws.ledger.arm({ kind: 'kill', at: 1.5 })).toThrow();
  });
});

describe('fail the k-th call only', () => {
  test('the call throws its message and has no effect; later calls work', () => {
    const { ws, g } = setup();
    ws.ledger.arm({ kind: 'fail', at: 3, message: 'Service error: Spreadsheets' });
    const messages: string[] = [];
    ws.run(options(), () => {
      const props = g.PropertiesService.getScriptProperties();
      for (const k of ['a', 'b', 'c']) {
        try {
          props.setProperty(k, 'x');
        } catch (error) {
          messages.push((error as Error).message);
        }
      }
    });
    expect(messages).toEqual(['Service error: Spreadsheets']);
    const all = ws.run(options(), () => g.PropertiesService.getScriptProperties().getProperties());
    expect(all).toEqual({ a: 'x', c: 'x' });
  });

  test('defaults to "Service error"', () => {
    const { ws, g } = setup();
    ws.ledger.arm({ kind: 'fail', at: 1 });
    expect(() => ws.run(options(), () => threeWrites(g))).toThrow(/^Service error/);
  });
});

describe('pause and interleave', () => {
  test('other executions run to completion before the paused one resumes at call k', () => {
    const { ws, g } = setup();
    const order: string[] = [];
    ws.ledger.arm({
      kind: 'pause',
      at: 3,
      functionName: 'first',
      during: () => {
        order.push('second starts');
        ws.run(options('second'), () =>
          g.PropertiesService.getScriptProperties().setProperty('b', 'second'),
        );
        order.push('second ended');
      },
    });
    ws.run(options('first'), () => {
      const props = g.PropertiesService.getScriptProperties();
      props.setProperty('a', 'first');
      order.push('first before call 3');
      props.setProperty('b', 'first');
      order.push('first after call 3');
    });
    expect(order).toEqual([
      'first before call 3',
      'second starts',
      'second ended',
      'first after call 3',
    ]);
    const all = ws.run(options(), () => g.PropertiesService.getScriptProperties().getProperties());
    expect(all).toEqual({ a: 'first', b: 'first' });
    const [first, second] = ws.ledger.executions;
    expect(first.calls).toHaveLength(3);
    expect(second.calls).toHaveLength(2);
  });

  test('the paused execution keeps its document lock: waitLock times out, tryLock is false', () => {
    const { ws, g } = setup();
    const seen: string[] = [];
    ws.ledger.arm({
      kind: 'pause',
      at: 3,
      functionName: 'holder',
      during: () => {
        try {
          ws.run(options('waiter'), () => g.LockService.getDocumentLock()!.waitLock(10_000));
        } catch (error) {
          seen.push((error as Error).message);
        }
        seen.push(
          String(ws.run(options('trier'), () => g.LockService.getDocumentLock()!.tryLock(500))),
        );
      },
    });
    ws.run(options('holder'), () => {
      const lock = g.LockService.getDocumentLock()!;
      lock.waitLock(1000);
      lock.releaseLock();
    });
    expect(seen).toEqual([
      'Lock timeout: another process was holding the lock for too long.',
      'false',
    ]);
  });

  test('a pause where the lock is not held lets the other execution take it', () => {
    const { ws, g } = setup();
    let taken = false;
    ws.ledger.arm({
      kind: 'pause',
      at: 1,
      functionName: 'slow',
      during: () => {
        taken = ws.run(options('fast'), () => g.LockService.getDocumentLock()!.tryLock(0));
      },
    });
    ws.run(options('slow'), () => g.LockService.getDocumentLock()!.waitLock(1000));
    expect(taken).toBe(true);
  });
});

describe('K, the calls of a clean run', () => {
  test('is the length of the execution record', () => {
    const { ws, g } = setup();
    ws.run(options(), () => threeWrites(g));
    expect(ws.ledger.executions[0].calls.map((c) => c.method)).toEqual([
      'PropertiesService.getScriptProperties',
      'Properties.setProperty',
      'Properties.setProperty',
      'Properties.setProperty',
    ]);
  });

  test('kill at every k from 1 to K leaves exactly the first k-1 effects', () => {
    for (let k = 1; k <= 4; k++) {
      const { ws, g } = setup();
      ws.ledger.arm({ kind: 'kill', at: k });
      expect(() => ws.run(options(), () => threeWrites(g))).toThrow();
      const all = ws.run(options(), () =>
        g.PropertiesService.getScriptProperties().getProperties(),
      );
      expect(Object.keys(all)).toEqual(['a', 'b', 'c'].slice(0, Math.max(0, k - 2)));
    }
  });
});

describe('internal work of a service', () => {
  test('is neither charged nor faulted: the script cannot count calls a service makes itself', () => {
    const { ws, g } = setup();
    ws.ledger.arm({ kind: 'kill', at: 2 });
    ws.run(options(), () => {
      const props = g.PropertiesService.getScriptProperties();
      ws.ledger.internal(() => props.setProperty('inside', 'x'));
    });
    expect(ws.ledger.executions[0].calls.map((c) => c.method)).toEqual([
      'PropertiesService.getScriptProperties',
    ]);
  });
});

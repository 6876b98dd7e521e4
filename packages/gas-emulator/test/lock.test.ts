/**
 * LockService emulation on the virtual clock.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * https://developers.google.com/apps-script/reference/lock/lock
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { createLockService, LOCK_ERRORS } from '../src/services/lock';

const DESK = 'desk@city.example.lg.jp';
const START = Date.parse('2026-04-01T09:00:00+09:00');

function setup() {
  const ws = new Workspace({ now: START, scriptId: 'script-1' });
  const locks = createLockService(ws);
  const run = <T>(body: () => T, options: Partial<ExecutionOptions> = {}): T =>
    ws.run(
      {
        functionName: 'test',
        source: 'manual',
        activeUser: DESK,
        containerId: 'sheet-1',
        ...options,
      },
      body,
    );
  return { ws, locks, run };
}

// lock#tryLock: returns true when the lock is free
test('tryLock takes a free lock', () => {
  const { locks, run } = setup();
  run(() => expect(locks.getScriptLock().tryLock(1000)).toBe(true));
});

// lock#hasLock: true once acquired
test('hasLock is true after tryLock succeeds', () => {
  const { locks, run } = setup();
  run(() => {
    const lock = locks.getScriptLock();
    lock.tryLock(1000);
    expect(lock.hasLock()).toBe(true);
  });
});

// lock#hasLock: false if tryLock/waitLock was never called
test('hasLock is false before acquiring', () => {
  const { locks, run } = setup();
  run(() => expect(locks.getScriptLock().hasLock()).toBe(false));
});

// lock#releaseLock: releases the lock; hasLock then returns false
test('releaseLock frees the lock', () => {
  const { ws, locks, run } = setup();
  run(() => {
    const lock = locks.getScriptLock();
    lock.waitLock(1000);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(ws.locks.inspect()).toEqual([]);
  });
});

// lock#releaseLock: "has no effect if the lock has not been acquired"
test('releaseLock without the lock does nothing', () => {
  const { ws, locks, run } = setup();
  ws.locks.holdForAnother('script', 'script-1', START + 60_000);
  run(() => locks.getScriptLock().releaseLock());
  expect(ws.locks.inspect()).toHaveLength(1);
});

// lock#tryLock: waits up to the timeout; the other process lets go in time
test('tryLock waits for a holder that releases within the timeout', () => {
  const { ws, locks, run } = setup();
  ws.locks.holdForAnother('script', 'script-1', START + 5_000);
  run(() => {
    expect(locks.getScriptLock().tryLock(10_000)).toBe(true);
    expect(ws.clock.now()).toBeGreaterThanOrEqual(START + 5_000);
    expect(ws.clock.now()).toBeLessThan(START + 10_000);
  });
});

// lock#tryLock: false after the timeout, having waited the whole timeout
test('tryLock returns false after spending the whole timeout', () => {
  const { ws, locks, run } = setup();
  ws.locks.holdForAnother('script', 'script-1', START + 60_000);
  run(() => {
    expect(locks.getScriptLock().tryLock(10_000)).toBe(false);
    expect(ws.clock.now()).toBeGreaterThanOrEqual(START + 10_000);
  });
});

// lock#waitLock: throws when the timeout passes
test('waitLock throws Lock timeout when the holder keeps the lock', () => {
  const { ws, locks, run } = setup();
  ws.locks.holdForAnother('script', 'script-1', START + 60_000);
  run(() =>
    expect(() => locks.getScriptLock().waitLock(30_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    ),
  );
});

// lock#releaseLock: "Locks are released when the script terminates"
test('a lock held by an execution that ended is free', () => {
  const { locks, run } = setup();
  run(() => locks.getScriptLock().waitLock(1000));
  run(() => expect(locks.getScriptLock().tryLock(0)).toBe(true));
});

// lock#tryLock: acquiring a lock the execution already holds succeeds
test('re-acquiring a held lock succeeds', () => {
  const { locks, run } = setup();
  run(() => {
    locks.getScriptLock().waitLock(1000);
    expect(locks.getScriptLock().tryLock(0)).toBe(true);
  });
});

// lock-service#getDocumentLock: null when not in a bound script or add-on document
test('getDocumentLock returns null without a container', () => {
  const { locks, run } = setup();
  run(() => expect(locks.getDocumentLock()).toBeNull(), { containerId: null });
});

// lock-service#getDocumentLock: keyed by the open document
test('document locks of different documents do not contend', () => {
  const { ws, locks, run } = setup();
  ws.locks.holdForAnother('document', 'sheet-2', START + 60_000);
  run(() => expect(locks.getDocumentLock().tryLock(0)).toBe(true));
});

// lock-service#getUserLock: prevents concurrent access by the current user only
test('a user lock held for another user does not block this user', () => {
  const { ws, locks, run } = setup();
  ws.locks.holdForAnother('user', 'someone@else.example.jp', START + 60_000);
  run(() => expect(locks.getUserLock().tryLock(0)).toBe(true));
});

// lock-service#getUserLock: the same user's other execution blocks it
test('a user lock held for this user blocks this user', () => {
  const { ws, locks, run } = setup();
  ws.locks.holdForAnother('user', DESK, START + 60_000);
  run(() => expect(locks.getUserLock().tryLock(0)).toBe(false));
});

// lock-service#getScriptLock: the script lock is shared by all users
test('a script lock held elsewhere blocks every user', () => {
  const { ws, locks, run } = setup();
  ws.locks.holdForAnother('script', 'script-1', START + 60_000);
  run(() => expect(locks.getScriptLock().tryLock(0)).toBe(false), {
    activeUser: 'partner@company.example.co.jp',
  });
});

// ledger: lock calls are charged as 'lock'
test('tryLock is charged to LockService', () => {
  const { ws, locks, run } = setup();
  run(() => locks.getScriptLock().tryLock(0));
  const record = ws.ledger.records.find((r) => r.method === 'Lock.tryLock');
  expect(record?.kind).toBe('lock');
});

test('the timeout message constant is the documented text', () => {
  expect(LOCK_ERRORS.timeout).toBe(
    'Lock timeout: another process was holding the lock for too long.',
  );
});

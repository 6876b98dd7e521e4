/**
 * The desk's one lock (src/store/deskLock.ts, docs/reliability.md "One lock"): every operation
 * takes the document lock through one table, and no other code takes it.
 */
import * as path from 'path';
import { codeLines, sourcesUnder } from '../support/sourceFiles';
import {
  acquireDeskLock,
  DESK_LOCK_RULES,
  takeDeskLock,
  withDeskLock,
} from '../../src/store/deskLock';
import { WORKFLOW_UI } from '../../src/strings/workflow';

const ROOT = path.join(__dirname, '..', '..');

/** A lock that records what was asked of it; `free` says whether another holder lets go. */
function fakeLock(free: boolean) {
  const calls: string[] = [];
  const lock = {
    tryLock: (ms: number) => {
      calls.push(`tryLock ${ms}`);
      return free;
    },
    waitLock: (ms: number) => {
      calls.push(`waitLock ${ms}`);
      if (!free)
        throw new Error('Lock timeout: another process was holding the lock for too long.');
    },
    releaseLock: () => {
      calls.push('releaseLock');
    },
  };
  return { lock: lock as unknown as GoogleAppsScript.Lock.Lock, calls };
}

function withDocumentLock(lock: GoogleAppsScript.Lock.Lock | null, run: () => void) {
  const g = globalThis as unknown as { LockService?: unknown };
  const before = g.LockService;
  g.LockService = { getDocumentLock: () => lock };
  try {
    run();
  } finally {
    g.LockService = before;
  }
}

describe('the desk lock rules', () => {
  it('a waiting operation calls waitLock with its wait; a trying one tryLock', () => {
    const { lock, calls } = fakeLock(true);
    expect(acquireDeskLock(lock, 'intake')).toBe(true);
    expect(acquireDeskLock(lock, 'sweep')).toBe(true);
    expect(calls).toEqual([
      `waitLock ${DESK_LOCK_RULES.intake.waitMs}`,
      `tryLock ${DESK_LOCK_RULES.sweep.waitMs}`,
    ]);
  });

  it('a trying operation finds the lock busy: null, nothing released', () => {
    const { lock, calls } = fakeLock(false);
    withDocumentLock(lock, () => {
      expect(takeDeskLock('deskMenu')).toBeNull();
    });
    expect(calls).toEqual([`tryLock ${DESK_LOCK_RULES.deskMenu.waitMs}`]);
  });

  it('a waiting operation past its wait fails with the service error', () => {
    const { lock } = fakeLock(false);
    withDocumentLock(lock, () => {
      expect(() => takeDeskLock('intake')).toThrow(/Lock timeout/);
    });
  });

  it('withDeskLock releases after the action, also when it throws, and answers busy', () => {
    const free = fakeLock(true);
    withDocumentLock(free.lock, () => {
      expect(withDeskLock('partners', () => 'done')).toBe('done');
      expect(() =>
        withDeskLock('wizard', () => {
          throw new Error('boom');
        }),
      ).toThrow('boom');
    });
    expect(free.calls.filter((c) => c === 'releaseLock')).toHaveLength(2);
    const busy = fakeLock(false);
    withDocumentLock(busy.lock, () => {
      expect(
        withDeskLock(
          'partners',
          () => 'done',
          () => 'busy',
        ),
      ).toBe('busy');
      expect(() => withDeskLock('partners', () => 'done')).toThrow(WORKFLOW_UI.busy);
    });
    expect(busy.calls).not.toContain('releaseLock');
  });

  it('outside a spreadsheet (no document lock) the message says so', () => {
    withDocumentLock(null, () => {
      expect(() => takeDeskLock('caseAction')).toThrow(WORKFLOW_UI.outsideSpreadsheet);
    });
  });

  it('every wait is shorter than the 6-minute execution limit; a simple trigger waits under 30 s', () => {
    for (const rule of Object.values(DESK_LOCK_RULES)) expect(rule.waitMs).toBeLessThan(360_000);
    expect(DESK_LOCK_RULES.statusEdit.waitMs).toBeLessThan(30_000);
  });
});

describe('no other code takes the lock', () => {
  it('waitLock, tryLock and the document lock appear only in the desk lock and its adapter', () => {
    const allowed = new Set(['src/store/deskLock.ts', 'src/adapters/lock.ts']);
    const found = sourcesUnder(path.join(ROOT, 'src'))
      .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      .filter((file) => !allowed.has(file))
      .filter((file) =>
        codeLines(path.join(ROOT, file)).some(([, code]) =>
          /\b(waitLock|tryLock|getDocumentLock|getScriptLock|getUserLock|documentLock)\s*\(/.test(
            code,
          ),
        ),
      );
    expect(found).toEqual([]);
  });
});

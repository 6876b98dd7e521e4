/**
 * Session emulation. https://developers.google.com/apps-script/reference/base/session
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { createSession } from '../src/services/session';

const DESK = 'desk@city.example.lg.jp';

function setup() {
  const ws = new Workspace({ timeZone: 'Asia/Tokyo', scriptId: 'script-1' });
  const session = createSession(ws);
  const run = <T>(body: () => T, options: Partial<ExecutionOptions> = {}): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK, ...options }, body);
  return { ws, session, run };
}

// session#getActiveUser
test('getActiveUser returns the person running the script', () => {
  const { session, run } = setup();
  run(() => expect(session.getActiveUser().getEmail()).toBe(DESK));
});

// session#getActiveUser: "If security policies do not allow access to the user's identity,
// User.getEmail() returns a blank string"
test('getActiveUser().getEmail() is blank when the identity is not revealed', () => {
  const { session, run } = setup();
  run(() => expect(session.getActiveUser().getEmail()).toBe(''), {
    source: 'installable',
    activeUser: '',
    effectiveUser: DESK,
  });
});

// session#getEffectiveUser: the user whose authority the script runs under (trigger owner)
test('getEffectiveUser returns the trigger owner', () => {
  const { session, run } = setup();
  run(() => expect(session.getEffectiveUser().getEmail()).toBe('owner@city.example.lg.jp'), {
    source: 'installable',
    activeUser: '',
    effectiveUser: 'owner@city.example.lg.jp',
  });
});

// session#getActiveUserLocale: a language code such as 'en'
test('getActiveUserLocale is ja', () => {
  const { session, run } = setup();
  run(() => expect(session.getActiveUserLocale()).toBe('ja'));
});

// session#getScriptTimeZone: the time zone of the script (appsscript.json)
test('getScriptTimeZone returns the project time zone', () => {
  const { session, run } = setup();
  run(() => expect(session.getScriptTimeZone()).toBe('Asia/Tokyo'));
});

// session#getTemporaryActiveUserKey: unique to the active user, stable
test('getTemporaryActiveUserKey is stable for one user', () => {
  const { session, run } = setup();
  const first = run(() => session.getTemporaryActiveUserKey());
  const second = run(() => session.getTemporaryActiveUserKey());
  expect(first).toBe(second);
});

// session#getTemporaryActiveUserKey: different users get different keys, without the email
test('getTemporaryActiveUserKey differs between users and hides the email', () => {
  const { session, run } = setup();
  const mine = run(() => session.getTemporaryActiveUserKey());
  const theirs = run(() => session.getTemporaryActiveUserKey(), { activeUser: 'b@x.example.jp' });
  expect(mine).not.toBe(theirs);
  expect(mine).not.toContain('desk');
});

// ledger: Session calls are local
test('Session calls are charged as local', () => {
  const { ws, session, run } = setup();
  run(() => session.getScriptTimeZone());
  expect(ws.ledger.records[0]).toMatchObject({ service: 'Session', kind: 'local' });
});

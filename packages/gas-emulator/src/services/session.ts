/**
 * Session: who is running the script, in which locale and time zone.
 * Reference: https://developers.google.com/apps-script/reference/base/session
 */
import type { Workspace } from '../workspace';
import { assertGoogleShape } from '../core/typing';

/** The emulated users are Japanese municipal staff. */
export const DEFAULT_ACTIVE_USER_LOCALE = 'ja';

class FakeUser {
  constructor(
    private readonly ws: Workspace,
    private readonly email: string,
  ) {}

  /** '' when Apps Script would not reveal the user (simple triggers, other domains…). */
  getEmail(): string {
    this.ws.charge('Session', 'User.getEmail', 'local');
    return this.email;
  }
}
assertGoogleShape<FakeUser, GoogleAppsScript.Base.User>(true);

/** FNV-1a, printed in base 36: a stable opaque key. */
function opaqueKey(text: string): string {
  let hash = 0x811c9dc5;
  let second = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    second = Math.imul(second ^ text.charCodeAt(i), 0x811c9dc5) >>> 0;
  }
  return `${hash.toString(36)}${second.toString(36)}`;
}

class FakeSession {
  constructor(private readonly ws: Workspace) {}

  getActiveUser(): FakeUser {
    this.ws.charge('Session', 'Session.getActiveUser', 'local');
    return new FakeUser(this.ws, this.ws.current?.activeUser ?? this.ws.defaultUser);
  }

  getEffectiveUser(): FakeUser {
    this.ws.charge('Session', 'Session.getEffectiveUser', 'local');
    return new FakeUser(this.ws, this.ws.current?.effectiveUser ?? this.ws.defaultUser);
  }

  getActiveUserLocale(): string {
    this.ws.charge('Session', 'Session.getActiveUserLocale', 'local');
    return DEFAULT_ACTIVE_USER_LOCALE;
  }

  getScriptTimeZone(): string {
    this.ws.charge('Session', 'Session.getScriptTimeZone', 'local');
    return this.ws.timeZone;
  }

  /** Unique to the active user and to this script, without revealing who the user is. */
  getTemporaryActiveUserKey(): string {
    this.ws.charge('Session', 'Session.getTemporaryActiveUserKey', 'local');
    const execution = this.ws.current;
    const user = execution ? execution.activeUser || execution.effectiveUser : this.ws.defaultUser;
    return opaqueKey(`${this.ws.scriptId}\u0000${user}`);
  }
}
assertGoogleShape<FakeSession, GoogleAppsScript.Base.Session>(true);

export function createSession(ws: Workspace): GoogleAppsScript.Base.Session {
  return new FakeSession(ws) as unknown as GoogleAppsScript.Base.Session;
}

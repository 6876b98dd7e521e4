/**
 * Drive's User: developers.google.com/apps-script/reference/drive/user
 * Emulated people are known only by email; the name is the part before '@'.
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';

class FakeDriveUser {
  constructor(
    private readonly ws: Workspace,
    private readonly email: string,
  ) {}

  private charge(method: string): void {
    this.ws.charge('DriveApp', `User.${method}`, 'local');
  }

  /** "Gets the domain name associated with the user's account." */
  getDomain(): string {
    this.charge('getDomain');
    const at = this.email.indexOf('@');
    return at < 0 ? '' : this.email.slice(at + 1);
  }

  getEmail(): string {
    this.charge('getEmail');
    return this.email;
  }

  /** "This method returns null if the user's name is not available." */
  getName(): string {
    this.charge('getName');
    const at = this.email.indexOf('@');
    return at < 0 ? this.email : this.email.slice(0, at);
  }

  /** "This method returns null if the user's photo is not available." */
  getPhotoUrl(): string {
    this.charge('getPhotoUrl');
    return null as unknown as string;
  }

  /** Deprecated in Google's reference; returns the email as it used to. */
  getUserLoginId(): string {
    this.charge('getUserLoginId');
    return this.email;
  }
}
assertGoogleShape<FakeDriveUser, GoogleAppsScript.Drive.User>(true);

export function makeDriveUser(ws: Workspace, email: string): GoogleAppsScript.Drive.User {
  return new FakeDriveUser(ws, email) as unknown as GoogleAppsScript.Drive.User;
}

/** An email from a string or any User (Base.User or Drive.User) argument. */
export function emailOf(user: string | { getEmail(): string }): string {
  return typeof user === 'string' ? user : user.getEmail();
}

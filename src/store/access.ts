import { UI } from '../strings';
import { isDeskStaff, Settings } from '../domain/settings';
import { activeUserEmail, effectiveUserEmail } from '../adapters/session';

/** Thrown when the person is not allowed to act; its message is shown as is. */
export class NotAllowedError extends Error {}

/**
 * Only desk staff listed in 設定 may act. An empty email (other domain, policy, simple trigger)
 * is never treated as authorised.
 */
export function requireDeskStaff(settings: Settings): string {
  const email = activeUserEmail();
  if (!isDeskStaff(settings, email)) throw new NotAllowedError(UI.notDeskStaff(email));
  return email;
}

export function currentUserEmail(): string {
  return activeUserEmail() || effectiveUserEmail();
}

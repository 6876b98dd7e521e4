import { UI } from '../strings';
import { isDeskStaff, Settings } from '../domain/settings';

/** Thrown when the person is not allowed to act; its message is shown as is. */
export class NotAllowedError extends Error {}

/**
 * Only desk staff listed in 設定 may act. An empty email (other domain, policy, simple trigger)
 * is never treated as authorised.
 */
export function requireDeskStaff(settings: Settings): string {
  const email = Session.getActiveUser().getEmail();
  if (!isDeskStaff(settings, email)) throw new NotAllowedError(UI.notDeskStaff(email));
  return email;
}

export function currentUserEmail(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}

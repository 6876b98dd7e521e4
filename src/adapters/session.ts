/**
 * Who runs the execution. The active user's address may be empty (another domain, a simple
 * trigger): src/store/access.ts never reads an empty one as authorised.
 */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail();
}

/** Whose authority the script runs with (the trigger's or the deployment's owner). */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}

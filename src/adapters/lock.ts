/**
 * The document lock every operation that reads, decides and writes the desk takes
 * (docs/reliability.md, "One lock"). One call, as LockService.getDocumentLock(): null outside a
 * document.
 */
export function documentLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock();
}

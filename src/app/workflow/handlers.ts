/**
 * google.script.run handlers never throw at the page: every outcome is a ServerResult, with a
 * Japanese message for refusals, bad input and unexpected failures alike.
 */
import { UI } from '../../strings';
import { NotAllowedError } from '../../store/access';
import type { CaseRef, CaseView, ServerResult } from '../sidebarContract';
import { buildCaseView } from './caseView';
import { WorkflowError } from '../../store/context';
import { LockedDesk, openLockedDesk } from '../../store/journal';

export function serverResult<T>(action: () => T): ServerResult<T> {
  try {
    return { ok: true, value: action() };
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    const known = error instanceof WorkflowError || error instanceof NotAllowedError;
    if (!known) console.error(`workflow: ${message}`);
    return { ok: false, message: known ? message : UI.error(message) };
  }
}

/** Checks the person, runs the action, then returns the case as it now is. */
export function actThenView(
  ref: CaseRef,
  action: (ctx: LockedDesk) => unknown,
): ServerResult<CaseView> {
  return serverResult(() => {
    const ctx = openLockedDesk();
    action(ctx);
    return buildCaseView(ctx.ss, { row: ref.row, caseNumber: ref.caseNumber }, ctx.all);
  });
}

/** Entry points of the disclosure case file (re-exported by src/index.ts; see the note there). */
import type { ServerResult } from '../app/sidebarContract';
import { serverResult } from '../app/workflow/handlers';
import { withRefusalAlert } from '../app/workflow/sidebarOpen';
import {
  alertDisclosure,
  createDisclosureFromMenu,
  createDisclosureRecord,
  DisclosureResult,
} from '../app/documents/disclosure';

/** Menu 情報公開用の案件記録を作成: the file for the case of the selected register row. */
export function menuCreateDisclosureRecord(): void {
  withRefusalAlert(() => alertDisclosure(createDisclosureFromMenu()));
}

/**
 * google.script.run: the file for a case (CaseRef with a requestId). The same request id again
 * returns the first result, or completes an interrupted attempt (docs/reliability.md).
 */
export function sidebarCreateDisclosureRecord(request: unknown): ServerResult<DisclosureResult> {
  return serverResult(() => createDisclosureRecord(request));
}

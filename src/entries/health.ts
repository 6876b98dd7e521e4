/** Entry points of ヘルスチェック (re-exported by src/index.ts; see the note there). */
import type { HealthReport, ServerResult } from '../app/sidebarContract';
import { checkHealth, openHealthDialog } from '../app/health';
import { serverResult } from '../app/workflow/handlers';
import { withRefusalAlert } from '../app/workflow/sidebarOpen';

/** Menu: ヘルスチェック（稼働状況）. */
export function menuHealthCheck(): void {
  withRefusalAlert(openHealthDialog);
}

/** The dialog's one request: the whole check (read-only, so a retry is always safe). */
export function healthCheck(_request?: Record<string, never>): ServerResult<HealthReport> {
  return serverResult(() => checkHealth());
}

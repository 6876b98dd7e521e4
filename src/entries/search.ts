/** Entry points of 案件を検索 (re-exported by src/index.ts; see the note there). */
import type { CaseRef, SearchRequest, SearchResult, ServerResult } from '../app/sidebarContract';
import { openSearchDialog, openSearchHit, searchCases as search } from '../app/search';
import { serverResult } from '../app/workflow/handlers';
import { withRefusalAlert } from '../app/workflow/sidebarOpen';

export function menuSearchCases(): void {
  withRefusalAlert(openSearchDialog);
}

export function searchCases(request: SearchRequest): ServerResult<SearchResult> {
  return serverResult(() => search(request));
}

export function searchOpenCase(ref: CaseRef): ServerResult<CaseRef> {
  return serverResult(() => openSearchHit(ref));
}

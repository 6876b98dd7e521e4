/** Entry points of the documents feature (re-exported by src/index.ts; see the note there). */
import type { GeneratedDocument, ServerResult } from '../app/sidebarContract';
import { serverResult } from '../app/workflow/handlers';
import { openCaseSidebar, withRefusalAlert } from '../app/workflow/sidebarOpen';
import { generateDocument } from '../app/documents/generate';
import { sendReplyLetter } from '../app/documents/sendReply';
import { prepareCaseFolder } from '../app/documents/prepareFolder';
import { openLockedDesk } from '../store/journal';

/** Menu 協定書・回答書を作成: the sidebar of the selected case, opened at its documents. */
export function menuGenerateDocument(): void {
  withRefusalAlert(() => openCaseSidebar('documents'));
}

/** google.script.run: generate a document of a kind for a case (GenerateDocumentRequest). */
export function sidebarGenerateDocument(request: unknown): ServerResult<GeneratedDocument> {
  return serverResult(() => generateDocument(request));
}

/** google.script.run: email the newest reply letter to the applicant (SendReplyRequest). */
export function sidebarSendReplyLetter(request: unknown): ServerResult<{ sentTo: string }> {
  return serverResult(() => sendReplyLetter(request));
}

/**
 * google.script.run: the sidebar opened the case's documents — make sure the case has its Drive
 * folder (CaseRef). Created once, on the first opening where the case may have documents; under
 * the document lock, so a retry or a second opening never makes a twin.
 */
export function sidebarOpenDocuments(request: unknown): ServerResult<{ folder: string }> {
  return serverResult(() => prepareCaseFolder(openLockedDesk(), request));
}

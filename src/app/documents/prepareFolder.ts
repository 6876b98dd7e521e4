/**
 * Opening a case's documents in the sidebar prepares its Drive folder, once the case may have
 * documents (回答（可） and after, or a 不採択 answer): staff can keep the applicant's materials
 * there from then on, and generating a document only adds to a folder that exists. The folder
 * link goes into the register's 案件フォルダ cell alone (a colleague may be editing the row).
 * Under the document lock, so two openings (two staff, a fast double click) make one folder; a
 * retry after a kill adopts the folder the first attempt made (see caseFolder.ts).
 */
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { availableKinds } from '../../domain/documents/kinds';
import { isStatus, statusFromText, trackFromMethod } from '../../domain/workflow';
import type { CaseRef } from '../sidebarContract';
import { checkRef, readCaseRow } from '../../store/caseRow';
import type { LockedDesk } from '../../store/journal';
import { ensureCaseFolder } from './caseFolder';
import { DocumentError } from './errors';

export function prepareCaseFolder(desk: LockedDesk, request: unknown): { folder: string } {
  const ref: CaseRef = checkRef(request);
  const { record } = readCaseRow(desk.ss, ref);
  const status = statusFromText(record.status);
  const kinds = isStatus(status) ? availableKinds(trackFromMethod(record.track), status) : [];
  if (!kinds.length) throw new DocumentError(DOCUMENT_MESSAGES.noFolderYet(record.status));
  const { url } = ensureCaseFolder(desk, ref, record.folder, record.organisation);
  return { folder: url };
}

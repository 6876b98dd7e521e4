/**
 * Opening a case's documents in the sidebar prepares its Drive folder, once the case may have
 * documents (回答（可） and after, or a 不採択 answer): staff can keep the applicant's materials
 * there from then on, and generating a document only adds to a folder that exists. The folder
 * link goes into the register's 案件フォルダ cell alone (a colleague may be editing the row).
 */
import { SHEET } from '../../strings';
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { asCellText } from '../../domain/cellText';
import { availableKinds } from '../../domain/documents/kinds';
import { columnLetter, registerColumn } from '../../domain/register';
import { isStatus, statusFromText, trackFromMethod } from '../../domain/workflow';
import type { CaseRef } from '../sidebarContract';
import { checkRef, readCaseRow, REGISTER_LAST_COLUMN } from '../workflow/caseRow';
import type { DeskContext } from '../workflow/context';
import { openCaseFolder } from './caseFolder';
import { DocumentError } from './errors';

export function prepareCaseFolder(ctx: DeskContext, request: unknown): { folder: string } {
  const ref: CaseRef = checkRef(request);
  const { record } = readCaseRow(ctx.ss, ref, REGISTER_LAST_COLUMN);
  const status = statusFromText(record.status);
  const kinds = isStatus(status) ? availableKinds(trackFromMethod(record.track), status) : [];
  if (!kinds.length) throw new DocumentError(DOCUMENT_MESSAGES.noFolderYet(record.status));
  const { url, created } = openCaseFolder(
    ctx.settings,
    record.folder,
    record.caseNumber,
    record.organisation,
  );
  if (created) {
    const cell = `'${SHEET.register}'!${columnLetter(registerColumn('folder'))}${ref.row}`;
    ctx.ss.getRange(cell).setValue(asCellText(url));
  }
  return { folder: url };
}

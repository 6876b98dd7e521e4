/**
 * Emails the newest reply letter (回答書) of a case to the applicant, its PDF attached, as the
 * desk; the history records it. The letter must have been generated and still fit the case: its
 * version comes from the register's 文書の版, its PDF from the case folder, by name.
 */
import { DOCUMENT_MESSAGES, REPLY_MAIL } from '../../strings/documents';
import {
  documentKind,
  isReplyLetter,
  kindAvailability,
  latestVersion,
  pdfName,
  versionedName,
} from '../../domain/documents';
import { isStatus, trackFromMethod } from '../../domain/workflow';
import { contactOf } from '../../adapters/mailer';
import type { SendReplyRequest } from '../sidebarContract';
import { openDeskContext } from '../workflow/context';
import { checkRef, readCaseRow, REGISTER_LAST_COLUMN } from '../workflow/caseRow';
import { appendCaseNote } from '../workflow/history';
import { driveIdOf } from './caseFolder';
import { DocumentError } from './errors';
import { rawRecord } from './generate';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function sendReplyLetter(request: unknown): { sentTo: string } {
  const req = checkSendRequest(request);
  const ctx = openDeskContext();
  const kind = documentKind(req.kind);
  if (!kind) throw new DocumentError(DOCUMENT_MESSAGES.unknownKind(req.kind));
  if (!isReplyLetter(kind)) throw new DocumentError(DOCUMENT_MESSAGES.notAReply(kind.label));
  const caseRow = readCaseRow(ctx.ss, req, REGISTER_LAST_COLUMN);
  const record = rawRecord(caseRow.values);
  const status = String(record.status ?? '').trim();
  const fits = isStatus(status)
    ? kindAvailability(kind, trackFromMethod(String(record.track ?? '')), status)
    : { ok: false as const, message: DOCUMENT_MESSAGES.notAvailable(kind.label, status, '') };
  if (!fits.ok) throw new DocumentError(fits.message);
  const to = String(record.email ?? '').trim();
  if (!EMAIL.test(to)) throw new DocumentError(DOCUMENT_MESSAGES.noApplicantEmail);

  const version = latestVersion(record.documentVersions, kind.label);
  if (!version) throw new DocumentError(DOCUMENT_MESSAGES.noReplyYet(kind.label));
  const letterName = versionedName(req.caseNumber, kind.label, version);
  const pdf = findPdf(String(record.folder ?? ''), pdfName(letterName));
  const settings = ctx.settings;
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = {
    name: settings.deskName,
    attachments: [pdf],
  };
  if (settings.deskEmail) options.replyTo = settings.deskEmail;
  const body = REPLY_MAIL.body({
    organisation: String(record.organisation ?? ''),
    name: String(record.name ?? ''),
    caseNumber: req.caseNumber,
    title: String(record.title ?? ''),
    contact: contactOf(settings),
  });
  try {
    MailApp.sendEmail(to, REPLY_MAIL.subject(settings.deskName, req.caseNumber), body, options);
  } catch {
    throw new DocumentError(DOCUMENT_MESSAGES.mailFailed(to));
  }
  appendCaseNote(ctx, req.caseNumber, status, DOCUMENT_MESSAGES.historyReplySent(letterName, to));
  return { sentTo: to };
}

/**
 * The PDF saved beside the letter, not in the trash, or why it cannot be sent. Drive allows
 * twins (文書の版 cleared by hand makes v1 again): the newest one is the letter just made.
 */
function findPdf(folderCell: string, name: string): GoogleAppsScript.Base.Blob {
  let newest: { file: GoogleAppsScript.Drive.File; created: number } | null = null;
  try {
    const files = DriveApp.getFolderById(driveIdOf(folderCell)).getFilesByName(name);
    while (files.hasNext()) {
      const file = files.next();
      if (file.isTrashed()) continue;
      const created = file.getDateCreated().getTime();
      if (!newest || created >= newest.created) newest = { file, created };
    }
  } catch {
    // A folder deleted or no longer shared reads as a missing PDF.
  }
  if (!newest) throw new DocumentError(DOCUMENT_MESSAGES.pdfMissing(name));
  return newest.file.getBlob();
}

function checkSendRequest(request: unknown): SendReplyRequest {
  const r = (request ?? {}) as Partial<SendReplyRequest>;
  if (typeof r.kind !== 'string') throw new DocumentError(DOCUMENT_MESSAGES.invalidRequest);
  return { ...checkRef(request), kind: r.kind };
}

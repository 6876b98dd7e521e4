/**
 * Emails the newest reply letter (回答書) of a case to the applicant, its PDF attached, as the
 * desk; the history records it. The letter must have been generated and still fit the case: its
 * version comes from the register's 文書の版, its PDF from the case folder, by name. The attached
 * file is named without the internal version suffix (issue 12).
 *
 * Exactly once as far as email allows (docs/reliability.md), under the document lock with the
 * request id as key: the intent {id, 'sending'} is written right before the send and {'sent'}
 * right after it, before anything else; then the history row (操作ID = the id) and "done".
 * An ambiguous send (the execution died between the two marks) is resent once when the person
 * presses the same button again (at least once), and its history row says so; found by another
 * request instead, it gets a history row saying the send could not be confirmed. A send the mail
 * service refused went nowhere: its intent is dropped and the retry sends as new.
 */
import { DOCUMENT_MESSAGES, REPLY_MAIL } from '../../strings/documents';
import {
  documentKind,
  isReplyLetter,
  kindAvailability,
  latestVersion,
  pdfName,
  sentReplyName,
  versionedName,
} from '../../domain/documents';
import { isStatus, trackFromMethod } from '../../domain/workflow';
import { contactOf, sendAsDesk } from '../../adapters/mailer';
import { folderById, isNotFound } from '../../adapters/drive';
import type { Idempotent, SendReplyRequest } from '../sidebarContract';
import { checkRef, readCaseRow } from '../../store/caseRow';
import { appendHistory, historyHasOp } from '../../store/history';
import { LockedDesk, openLockedDesk, requestIdOf } from '../../store/journal';
import { driveIdOf, driveUnavailable } from './caseFolder';
import { DocumentError } from './errors';
import { rawRecord } from './generate';
import { DOCUMENT_PROP } from './intent';
import { doneResultOf, finishRecord, OpRecord, readRecord, writeRecord } from '../../store/intents';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface SendIntent {
  id: string;
  stage: 'sending' | 'sent';
  to: string;
  letter: string;
}
interface Sent {
  sentTo: string;
}

export function sendReplyLetter(request: unknown): Sent {
  const req = checkSendRequest(request);
  const id = requestIdOf((request as Idempotent).requestId);
  const kind = documentKind(req.kind);
  if (!kind) throw new DocumentError(DOCUMENT_MESSAGES.unknownKind(req.kind));
  if (!isReplyLetter(kind)) throw new DocumentError(DOCUMENT_MESSAGES.notAReply(kind.label));
  const desk = openLockedDesk();
  const caseRow = readCaseRow(desk.ss, req);
  const record = rawRecord(caseRow.registerValues);
  const status = String(record.status ?? '').trim();
  const key = DOCUMENT_PROP.reply(req.caseNumber);
  const rec = readRecord<SendIntent, Sent>(desk.all, key);
  const previous = doneResultOf(rec.done, id);
  if (previous) return previous;

  let resending = false;
  if (rec.pending) {
    const p = rec.pending;
    if (p.stage === 'sent') {
      // The email went: only its history row may be missing.
      noteOnce(
        desk,
        req.caseNumber,
        status,
        p.id,
        DOCUMENT_MESSAGES.historyReplySent(p.letter, p.to),
      );
      finishRecord(desk.props, desk.all, key, rec, p.id, { sentTo: p.to });
      if (p.id === id) return { sentTo: p.to };
    } else if (p.id === id) {
      resending = true;
    } else {
      // Another request's send may or may not have gone: the desk sees it in the history.
      const unconfirmed = DOCUMENT_MESSAGES.historyReplyUnconfirmed(p.letter, p.to);
      noteOnce(desk, req.caseNumber, status, p.id, unconfirmed);
      finishRecord(desk.props, desk.all, key, rec, p.id, { sentTo: p.to });
    }
  }

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
  // The applicant gets `R8-0001_回答書.pdf`: versions are the desk's, kept in Drive only.
  pdf.setName(sentReplyName(req.caseNumber));
  const settings = desk.settings;
  const body = REPLY_MAIL.body({
    organisation: String(record.organisation ?? ''),
    name: String(record.name ?? ''),
    caseNumber: req.caseNumber,
    title: String(record.title ?? ''),
    contact: contactOf(settings),
  });

  rec.pending = { id, stage: 'sending', to, letter: letterName };
  writeRecord(desk.props, desk.all, key, rec);
  try {
    const subject = REPLY_MAIL.subject(settings.deskName, req.caseNumber);
    sendAsDesk(settings, to, subject, body, { attachments: [pdf] });
  } catch {
    // Refused by the mail service: nothing went. An earlier ambiguous send stays on record.
    if (!resending) dropQuietly(desk, rec, key);
    throw new DocumentError(DOCUMENT_MESSAGES.mailFailed(to));
  }
  rec.pending = { id, stage: 'sent', to, letter: letterName };
  writeRecord(desk.props, desk.all, key, rec);
  appendHistory(desk.ss, {
    at: new Date(),
    actor: desk.actor,
    caseNumber: req.caseNumber,
    from: status,
    to: status,
    comment: resending
      ? DOCUMENT_MESSAGES.historyReplyResent(letterName, to)
      : DOCUMENT_MESSAGES.historyReplySent(letterName, to),
    opId: id,
  });
  finishRecord(desk.props, desk.all, key, rec, id, { sentTo: to });
  return { sentTo: to };
}

/** A history row for an earlier request, unless it was written (found by its 操作ID). */
function noteOnce(
  desk: LockedDesk,
  caseNumber: string,
  status: string,
  opId: string,
  comment: string,
): void {
  if (historyHasOp(desk.ss, opId)) return;
  appendHistory(desk.ss, {
    at: new Date(),
    actor: desk.actor,
    caseNumber,
    from: status,
    to: status,
    comment,
    opId,
  });
}

function dropQuietly(desk: LockedDesk, rec: OpRecord<SendIntent, Sent>, key: string): void {
  try {
    rec.pending = null;
    writeRecord(desk.props, desk.all, key, rec);
  } catch {
    // The intent stays: the retry resends once and says so.
  }
}

/**
 * The PDF saved beside the letter, not in the trash, or why it cannot be sent. Drive allows
 * twins (文書の版 cleared by hand makes v1 again): the newest one is the letter just made. A
 * service failure is not read as a missing PDF.
 */
function findPdf(folderCell: string, name: string): GoogleAppsScript.Base.Blob {
  let newest: { file: GoogleAppsScript.Drive.File; created: number } | null = null;
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  try {
    folder = folderById(driveIdOf(folderCell));
  } catch (error) {
    if (!isNotFound(error) && driveIdOf(folderCell)) throw driveUnavailable();
  }
  if (folder) {
    try {
      const files = folder.getFilesByName(name);
      while (files.hasNext()) {
        const file = files.next();
        if (file.isTrashed()) continue;
        const created = file.getDateCreated().getTime();
        if (!newest || created >= newest.created) newest = { file, created };
      }
    } catch {
      throw driveUnavailable();
    }
  }
  if (!newest) throw new DocumentError(DOCUMENT_MESSAGES.pdfMissing(name));
  try {
    return newest.file.getBlob();
  } catch {
    throw driveUnavailable();
  }
}

function checkSendRequest(request: unknown): SendReplyRequest {
  const r = (request ?? {}) as Partial<SendReplyRequest>;
  if (typeof r.kind !== 'string') throw new DocumentError(DOCUMENT_MESSAGES.invalidRequest);
  return { ...checkRef(request), kind: r.kind };
}

/**
 * Generates a document for a case: checks the kind fits the case and every required value is
 * there (nothing is created otherwise), copies the template into the case's folder, fills it —
 * or removes the copy and lists the placeholders it could not fill — saves the PDF beside it,
 * and records both links in the register row (with the new version) and the history.
 *
 * Exactly once (docs/reliability.md), under the document lock, with the request id as key:
 * - before makeCopy the intent {id, version, stage 'copy'} is written (a copy named
 *   `<案件>_<種類>_v<n>` may appear); once the copy is filled and saved, {stage 'pdf', copy} (a PDF
 *   named `….pdf` may appear); then the register, the history row (操作ID = the id) and "done".
 * - a retry with the same id completes that attempt: same version, the filled copy and its PDF
 *   kept, leftovers of the same name (a half-filled copy, a twin PDF) trashed; the register and
 *   the history are written if missing. The same id once done returns the first result.
 * - any other request finding a pending attempt completes it if the register already links it
 *   (its history row), else trashes what it left; then generates as new.
 * A failure the execution can still handle trashes what this attempt made and clears the intent.
 * Budget (issue 10): an agreement with its PDF in at most 48 service calls.
 *
 * 文書番号 of a reply letter (issue 12), reserved exactly once per case and kind: a number the
 * register's 文書番号 cell already records for the kind is reused. Otherwise the next sequence of
 * the fiscal year is written together with the intent that carries the number (one
 * setProperties), and the number goes into the register before makeCopy. A retry finds it in the
 * intent (same request) or, for an abandoned attempt, the number is first written to the
 * register: a kill never consumes two numbers. While the number is only in the intent, a failure
 * leaves the intent pending so the number is not lost.
 */
import { writeDocumentLinks, writeRegisterText } from '../../store/documentCells';
import { fileById, folderById, isNotFound } from '../../adapters/drive';
import { openDocumentByUrl } from '../../adapters/docs';
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { SETTING_DEFINITIONS } from '../../domain/settings';
import { toTokyoDate } from '../../domain/calendar';
import { fiscalYearOf } from '../../domain/fiscalYear';
import { REGISTER_COLUMNS, RegisterKey } from '../../domain/register';
import {
  collectValues,
  DocumentKind,
  documentKind,
  formatReplyNumber,
  isReplyLetter,
  replyNumberOf,
  replySequenceKey,
  withReplyNumber,
  kindAvailability,
  latestVersion,
  missingFor,
  missingMessage,
  nextVersion,
  pdfName,
  PlaceholderValue,
  versionedName,
  withVersion,
  DOCUMENT_KINDS,
} from '../../domain/documents';
import { isStatus, trackFromMethod } from '../../domain/workflow';
import type { GeneratedDocument, GenerateDocumentRequest, Idempotent } from '../sidebarContract';
import type { DeskContext } from '../../store/context';
import { CaseRow, checkRef, readCaseRow } from '../../store/caseRow';
import { appendHistory } from '../../store/history';
import { LockedDesk, openLockedDesk, requestIdOf } from '../../store/journal';
import { driveIdOf, driveUnavailable, ensureCaseFolder } from './caseFolder';
import { DocumentError } from './errors';
import { fillDocument } from './fillDocument';
import { DOCUMENT_PROP, completeHistory } from './intent';
import { doneResultOf, finishRecord, OpRecord, readRecord, writeRecord } from '../../store/intents';

type File = GoogleAppsScript.Drive.File;

const PDF = 'application/pdf';
/** How the 文書の版 cell spells each kind. */
const KIND_LABELS = DOCUMENT_KINDS.map((k) => k.label);

/** A generation in flight (see the header): what a retry finds and completes. */
interface GenerationIntent {
  id: string;
  version: number;
  stage: 'copy' | 'pdf';
  /** The filled copy's link (stage 'pdf'). */
  copy?: string;
  /** A reply letter's 文書番号, reserved with this intent. */
  replyNumber?: string;
}

/** A reply letter's 文書番号 and whether the register already records it for the kind. */
interface Numbering {
  number: string;
  inRegister: boolean;
  /** The fiscal year's sequence this attempt takes (a number not reserved before). */
  sequence?: { key: string; value: string };
}
type GenerationRecord = OpRecord<GenerationIntent, GeneratedDocument>;

export function generateDocument(request: unknown): GeneratedDocument {
  const req = checkGenerateRequest(request);
  const id = requestIdOf((request as Idempotent).requestId);
  const kind = documentKind(req.kind);
  if (!kind) throw new DocumentError(DOCUMENT_MESSAGES.unknownKind(req.kind));
  const desk = openLockedDesk();
  const caseRow = readCaseRow(desk.ss, req);
  const record = rawRecord(caseRow.registerValues);
  const status = String(record.status ?? '').trim();
  const key = DOCUMENT_PROP.generation(req.caseNumber, kind.id);
  const rec = readRecord<GenerationIntent, GeneratedDocument>(desk.all, key);
  const previous = doneResultOf(rec.done, id);
  if (previous) return previous;

  let resume: GenerationIntent | null = null;
  if (rec.pending) {
    const pending = rec.pending;
    const linked = linkedResult(record, kind, req.caseNumber, pending);
    if (linked) {
      completeHistory(desk, req.caseNumber, status, pending.id, linked);
      finishRecord(desk.props, desk.all, key, rec, pending.id, linked);
      if (pending.id === id) return linked;
    } else if (pending.id === id) {
      resume = pending;
    } else {
      keepPendingNumber(desk, caseRow, record, kind, pending);
      abandon(desk, rec, key, record, versionedName(req.caseNumber, kind.label, pending.version));
    }
  }

  const version = resume ? resume.version : nextVersion(record.documentVersions, kind.label);
  const name = versionedName(req.caseNumber, kind.label, version);
  /** A resumed attempt refused now is dropped, keeping the 文書番号 it reserved. */
  const dropResumed = () => {
    if (!resume) return;
    keepPendingNumber(desk, caseRow, record, kind, resume);
    abandon(desk, rec, key, record, name);
  };
  let numbering: Numbering | null;
  try {
    checkKindFits(kind, String(record.track ?? ''), status, req.confirmed);
    numbering = replyNumbering(desk, record, kind, resume?.replyNumber);
  } catch (refusal) {
    dropResumed();
    throw refusal;
  }
  const collected = collectValues({
    record,
    settings: desk.settings,
    today: toTokyoDate(new Date()),
    version,
    replyNumber: numbering?.number,
  });
  const missing = missingFor(kind.id, collected);
  if (missing.length) {
    dropResumed();
    throw new DocumentError(missingMessage(kind.label, missing));
  }

  // The template first: a wrong template id is refused before any folder is made.
  const template = resume?.stage === 'pdf' ? null : openTemplate(desk, kind);
  const folder = ensureCaseFolder(
    desk,
    req,
    String(record.folder ?? ''),
    String(record.organisation ?? ''),
  );
  let copy: File | null = null;
  let pdf: File | null = null;
  let documentUrl = '';
  let pdfUrl = '';
  try {
    if (resume) {
      const kept = reconcile(folder.folder, name, resume);
      copy = kept.copy;
      pdf = kept.pdf;
      if (copy) documentUrl = resume.copy as string;
      if (pdf) pdfUrl = pdf.getUrl();
    }
    const replyNumber = numbering?.number;
    if (!copy) {
      rec.pending = { id, version, stage: 'copy', replyNumber };
      const sequence = numbering?.sequence;
      writeRecord(
        desk.props,
        desk.all,
        key,
        rec,
        sequence ? { [sequence.key]: sequence.value } : {},
      );
    }
    if (numbering && !numbering.inRegister) {
      writeReplyNumber(desk, caseRow.ref.row, record, kind, numbering.number);
      numbering.inRegister = true;
    }
    if (!copy) {
      copy = (template ?? openTemplate(desk, kind)).makeCopy(name, folder.folder);
      documentUrl = copy.getUrl();
      fillCopy(copy, documentUrl, collected.values, kind, desk);
      rec.pending = { id, version, stage: 'pdf', copy: documentUrl, replyNumber };
      writeRecord(desk.props, desk.all, key, rec);
    }
    if (!pdf) {
      pdf = savePdf(copy, folder.folder, name);
      pdfUrl = pdf.getUrl();
    }
    writeDocumentLinks(desk.ss, caseRow, {
      folder: folder.url,
      latestDocument: documentUrl,
      latestPdf: pdfUrl,
      documentVersions: withVersion(record.documentVersions, kind.label, version, KIND_LABELS),
    });
  } catch (error) {
    // Not linked: nothing of this attempt may stay live. If Drive cannot trash it now, the
    // intent stays and the next attempt does; so it does while a reserved 文書番号 is only there.
    const numberKept = !numbering || numbering.inRegister;
    if (trashQuietly(pdf) && trashQuietly(copy) && numberKept) clearQuietly(desk, rec, key);
    throw error;
  }
  const result: GeneratedDocument = { documentUrl, pdfUrl, version, name };
  appendHistory(desk.ss, {
    at: new Date(),
    actor: desk.actor,
    caseNumber: req.caseNumber,
    from: status,
    to: status,
    comment: DOCUMENT_MESSAGES.historyGenerated(name, documentUrl, pdfUrl),
    opId: id,
  });
  finishRecord(desk.props, desk.all, key, rec, id, result);
  return result;
}

/**
 * The 文書番号 of a reply letter (null for agreements): the one the register keeps for this case
 * and kind, the one a resumed attempt reserved, or the next of the fiscal year's sequence.
 */
function replyNumbering(
  desk: LockedDesk,
  record: Partial<Record<RegisterKey, unknown>>,
  kind: DocumentKind,
  reserved: string | undefined,
): Numbering | null {
  if (!isReplyLetter(kind)) return null;
  const kept = replyNumberOf(record.replyNumber, kind.label);
  if (kept) return { number: kept, inRegister: true };
  if (reserved) return { number: reserved, inRegister: false };
  const fiscalYear = fiscalYearOf(new Date());
  const key = replySequenceKey(fiscalYear);
  const sequence = Number(desk.all[key] || 0) + 1;
  let number: string;
  try {
    number = formatReplyNumber(desk.settings.replyNumberFormat, fiscalYear, sequence);
  } catch (error) {
    throw new DocumentError((error as Error).message);
  }
  return { number, inRegister: false, sequence: { key, value: String(sequence) } };
}

/** The register's 文書番号 cell with this kind's number (2 calls); the record follows. */
function writeReplyNumber(
  desk: LockedDesk,
  row: number,
  record: Partial<Record<RegisterKey, unknown>>,
  kind: DocumentKind,
  number: string,
): void {
  const text = withReplyNumber(record.replyNumber, kind.label, number);
  writeRegisterText(desk.ss, 'replyNumber', row, text);
  record.replyNumber = text;
}

/**
 * An attempt about to be dropped may have reserved a 文書番号 the register does not record yet:
 * it is written there first, so the next letter of the kind takes it and no number is lost.
 */
function keepPendingNumber(
  desk: LockedDesk,
  caseRow: CaseRow,
  record: Partial<Record<RegisterKey, unknown>>,
  kind: DocumentKind,
  pending: GenerationIntent,
): void {
  if (!pending.replyNumber || !isReplyLetter(kind)) return;
  if (replyNumberOf(record.replyNumber, kind.label)) return;
  writeReplyNumber(desk, caseRow.ref.row, record, kind, pending.replyNumber);
}

/** The result of a pending attempt whose register write happened (its version and copy). */
function linkedResult(
  record: Partial<Record<RegisterKey, unknown>>,
  kind: DocumentKind,
  caseNumber: string,
  pending: GenerationIntent,
): GeneratedDocument | null {
  if (pending.stage !== 'pdf' || !pending.copy) return null;
  if (latestVersion(record.documentVersions, kind.label) !== pending.version) return null;
  const linkedCopy = driveIdOf(cellText(record.latestDocument));
  if (!linkedCopy || linkedCopy !== driveIdOf(pending.copy)) return null;
  return {
    documentUrl: cellText(record.latestDocument),
    pdfUrl: cellText(record.latestPdf),
    version: pending.version,
    name: versionedName(caseNumber, kind.label, pending.version),
  };
}

function cellText(value: unknown): string {
  return String(value ?? '')
    .replace(/^'/, '')
    .trim();
}

/**
 * Drops a pending attempt that will not be completed: its files (found by name in the case
 * folder, so also those made just before a kill) go to the trash, then the intent is cleared.
 * Files the register links are never touched.
 */
function abandon(
  desk: LockedDesk,
  rec: GenerationRecord,
  key: string,
  record: Partial<Record<RegisterKey, unknown>>,
  name: string,
): void {
  const folderId = driveIdOf(cellText(record.folder));
  const keep = new Set(
    [record.latestDocument, record.latestPdf].map((v) => driveIdOf(cellText(v))).filter(Boolean),
  );
  if (folderId) {
    let folder: GoogleAppsScript.Drive.Folder | null = null;
    try {
      folder = folderById(folderId);
    } catch (error) {
      if (!isNotFound(error)) throw driveUnavailable();
    }
    if (folder) {
      for (const file of liveFiles(folder, name))
        if (!keep.has(file.getId())) file.setTrashed(true);
      for (const file of liveFiles(folder, pdfName(name))) {
        if (!keep.has(file.getId())) file.setTrashed(true);
      }
    }
  }
  rec.pending = null;
  writeRecord(desk.props, desk.all, key, rec);
}

/**
 * What a resumed attempt keeps: its filled copy if still live (stage 'pdf') and one PDF of it;
 * every other live file of the version's names goes to the trash (a half-filled copy, twins).
 */
function reconcile(
  folder: GoogleAppsScript.Drive.Folder,
  name: string,
  resume: GenerationIntent,
): { copy: File | null; pdf: File | null } {
  const copyId = resume.stage === 'pdf' && resume.copy ? driveIdOf(resume.copy) : '';
  let copy: File | null = null;
  for (const file of liveFiles(folder, name)) {
    if (!copy && copyId && file.getId() === copyId) copy = file;
    else file.setTrashed(true);
  }
  let pdf: File | null = null;
  for (const file of liveFiles(folder, pdfName(name))) {
    if (copy && !pdf) pdf = file;
    else file.setTrashed(true);
  }
  return { copy, pdf };
}

/**
 * The folder's files of that name, not in the trash (checked one by one: the reference does not
 * say whether getFilesByName leaves trashed files out). Only recovery pays these calls.
 */
function liveFiles(folder: GoogleAppsScript.Drive.Folder, name: string): File[] {
  const files: File[] = [];
  const found = folder.getFilesByName(name);
  while (found.hasNext()) {
    const file = found.next();
    if (!file.isTrashed()) files.push(file);
  }
  return files;
}

function clearQuietly(desk: LockedDesk, rec: GenerationRecord, key: string): void {
  try {
    rec.pending = null;
    writeRecord(desk.props, desk.all, key, rec);
  } catch {
    // The intent stays: the next attempt finds nothing live of it and starts again.
  }
}

function checkGenerateRequest(request: unknown): GenerateDocumentRequest {
  const r = (request ?? {}) as Partial<GenerateDocumentRequest>;
  if (
    typeof r.kind !== 'string' ||
    (r.confirmed !== undefined && typeof r.confirmed !== 'boolean')
  ) {
    throw new DocumentError(DOCUMENT_MESSAGES.invalidRequest);
  }
  return { ...checkRef(request), kind: r.kind, confirmed: r.confirmed === true };
}

/** The row as getValues() gave it, by column key: dates stay Date values for 和暦. */
export function rawRecord(values: readonly unknown[]): Partial<Record<RegisterKey, unknown>> {
  const record: Partial<Record<RegisterKey, unknown>> = {};
  REGISTER_COLUMNS.forEach((key, i) => (record[key] = values[i]));
  return record;
}

function checkKindFits(kind: DocumentKind, method: string, status: string, confirmed: boolean) {
  const track = trackFromMethod(method);
  const availability = isStatus(status)
    ? kindAvailability(kind, track, status)
    : { ok: false as const, message: DOCUMENT_MESSAGES.notAvailable(kind.label, status, '') };
  if (!availability.ok) throw new DocumentError(availability.message);
  if (availability.needsConfirmation && !confirmed) {
    throw new DocumentError(DOCUMENT_MESSAGES.needsConfirmation(kind.label, status));
  }
}

function settingLabel(kind: DocumentKind): string {
  return SETTING_DEFINITIONS.find((d) => d.key === kind.templateSetting)?.label ?? kind.label;
}

/** The template of 設定 (setup fills in the defaults; a city may point it at its own). */
function openTemplate(ctx: DeskContext, kind: DocumentKind): File {
  const id = String(ctx.settings[kind.templateSetting] ?? '').trim();
  if (!id) throw new DocumentError(DOCUMENT_MESSAGES.templateNotSet(settingLabel(kind)));
  try {
    return fileById(driveIdOf(id) || id);
  } catch (error) {
    if (!isNotFound(error)) throw driveUnavailable();
    throw new DocumentError(DOCUMENT_MESSAGES.templateNotFound(settingLabel(kind), id));
  }
}

/** Fills the copy, or says which placeholders stopped the generation (the caller trashes it). */
function fillCopy(
  copy: File,
  url: string,
  values: ReadonlyMap<string, PlaceholderValue>,
  kind: DocumentKind,
  ctx: DeskContext,
): void {
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = openDocumentByUrl(url);
  } catch (error) {
    if (!/Document is missing|Invalid argument/i.test(String((error as Error)?.message))) {
      throw driveUnavailable();
    }
    const template = String(ctx.settings[kind.templateSetting] ?? '');
    throw new DocumentError(DOCUMENT_MESSAGES.templateNotDocument(settingLabel(kind), template));
  }
  const outcome = fillDocument(doc, values);
  const problems = [
    ...(outcome.unknown.length ? [DOCUMENT_MESSAGES.unknownPlaceholders(outcome.unknown)] : []),
    ...(outcome.unfilled.length ? [DOCUMENT_MESSAGES.unfilledPlaceholders(outcome.unfilled)] : []),
    ...(outcome.leftover.length ? [DOCUMENT_MESSAGES.leftoverPlaceholders(outcome.leftover)] : []),
  ];
  // Saved even when refused: the copy is trashed by the caller, and an open document is never left.
  doc.saveAndClose();
  if (problems.length) {
    throw new DocumentError(
      [DOCUMENT_MESSAGES.placeholderProblems(kind.label), ...problems].join('\n'),
    );
  }
}

/** The PDF beside the document; if Drive refuses it, the caller trashes the document too. */
function savePdf(copy: File, folder: GoogleAppsScript.Drive.Folder, name: string): File {
  try {
    return folder.createFile(copy.getAs(PDF));
  } catch {
    throw new DocumentError(DOCUMENT_MESSAGES.pdfFailed(name));
  }
}

/** Clean-up after a failure must not hide the failure's own message; true when nothing is left. */
function trashQuietly(item: File | null): boolean {
  if (!item) return true;
  try {
    item.setTrashed(true);
    return true;
  } catch {
    return false;
  }
}

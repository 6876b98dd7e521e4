/**
 * The disclosure case file (情報公開請求, issue 13 item 4): for one case, a Google Doc and its PDF
 * in the case folder with the register record, the history, the dialogue log and the list of
 * documents, personal data masked (src/domain/disclosure.ts). The desk reviews it before release.
 *
 * Each run makes a new version, `R8-0001_情報公開用案件記録_v<n>`, beside the earlier ones (a file
 * already handed over is never changed); 文書の版 records it as `情報公開用案件記録:<n>` (only that
 * cell is written: 最新文書 and 最新PDF stay the case's letters and agreements), and the history
 * gets a row with both links.
 *
 * Exactly once (docs/reliability.md), under the document lock, with the request id as key
 * (`documents.disclosure.<case>`: the pending attempt and the last completed ids with results):
 * - intent {stage 'create', version} → DocumentApp.create, moved into the case folder at once,
 *   written and saved → intent {stage 'pdf', doc} → the PDF → 文書の版 → history row (操作ID = the
 *   request id) → done.
 * - the same request again (a lost answer, a kill) returns the first result once done, or resumes
 *   the pending attempt: same version, its saved document kept, one PDF of it; other live files of
 *   that version's names (a half-written document, a twin PDF) go to the trash.
 * - another request (the menu makes a new one per click) finding an attempt pending completes it
 *   if 文書の版 already records it (its history row), else trashes what it left (by name, in the
 *   case folder and — for a kill between create and move — in My Drive's root) and starts anew
 *   with the same version number.
 * - a failure the execution can still handle trashes what this attempt made and clears the intent.
 * Drive's "not found" (a folder or file gone) is told from a service error, which changes nothing.
 */
import { writeRegisterText } from '../../store/documentCells';
import { DISCLOSURE_MESSAGES } from '../../strings/disclosure';
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { toTokyoDate } from '../../domain/calendar';
import { RegisterKey } from '../../domain/register';
import { DISCLOSURE_LABEL, disclosureDocument, DisclosureDocument } from '../../domain/disclosure';
import {
  DOCUMENT_KINDS,
  latestVersion,
  nextVersion,
  pdfName,
  TemplateBlock,
  versionedName,
  withVersion,
} from '../../domain/documents';
import { activeSpreadsheet } from '../../adapters/sheets';
import { fileById, folderById, isNotFound, rootFolder } from '../../adapters/drive';
import { createDocument, styleParagraph } from '../../adapters/docs';
import { checkRef, readCaseRow, selectedCase } from '../../store/caseRow';
import { appendHistory, readCaseRows } from '../../store/history';
import { LockedDesk, newOpId, openLockedDesk, requestIdOf } from '../../store/journal';
import { driveIdOf, driveUnavailable, ensureCaseFolder } from './caseFolder';
import { DocumentError } from './errors';
import { rawRecord } from './generate';
import { completeHistory } from './intent';
import { doneResultOf, finishRecord, OpRecord, readRecord, writeRecord } from '../../store/intents';
import { alert } from '../../adapters/ui';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

const PDF = 'application/pdf';
/** How 文書の版 spells the other kinds when it is rewritten. */
const KIND_LABELS = [...DOCUMENT_KINDS.map((k) => k.label), DISCLOSURE_LABEL];

/** The intent record of a case's disclosure files (one document property per case). */
export const DISCLOSURE_PROP = (caseNumber: string) => `documents.disclosure.${caseNumber}`;

export interface DisclosureResult {
  name: string;
  version: number;
  documentId: string;
  documentUrl: string;
  pdfId: string;
  pdfUrl: string;
  /** Spans replaced by ■■■. */
  masked: number;
}

interface DisclosureIntent {
  id: string;
  version: number;
  stage: 'create' | 'pdf';
  /** The saved document's link (stage 'pdf'). */
  doc?: string;
  masked?: number;
}
type DisclosureRecord = OpRecord<DisclosureIntent, DisclosureResult>;

/** Menu 情報公開用の案件記録を作成: the case of the selected register row, a new request. */
export function createDisclosureFromMenu(): string {
  const ref = selectedCase(activeSpreadsheet());
  const result = createDisclosureRecord({ ...ref, requestId: newOpId('disclosure') });
  return DISCLOSURE_MESSAGES.done(result.name, result.documentUrl, result.pdfUrl);
}

/** Shows the outcome of the menu item in an alert (a refusal too: withRefusalAlert). */
export function alertDisclosure(message: string): void {
  alert(message);
}

/** Makes the file for a case (CaseRef with an optional requestId); see the header. */
export function createDisclosureRecord(request: unknown): DisclosureResult {
  const ref = checkRef(request);
  const id = requestIdOf((request as { requestId?: unknown }).requestId);
  const desk = openLockedDesk();
  const caseRow = readCaseRow(desk.ss, ref);
  const record = rawRecord(caseRow.registerValues);
  const key = DISCLOSURE_PROP(ref.caseNumber);
  const rec = readRecord<DisclosureIntent, DisclosureResult>(desk.all, key);
  const previous = doneResultOf(rec.done, id);
  if (previous) return previous;

  let resume: DisclosureIntent | null = null;
  if (rec.pending) {
    const pending = rec.pending;
    const linked = linkedResult(record, ref.caseNumber, pending);
    if (linked) {
      completeHistory(desk, ref.caseNumber, String(record.status ?? ''), pending.id, linked);
      finishRecord(desk.props, desk.all, key, rec, pending.id, linked);
      if (pending.id === id) return linked;
    } else if (pending.id === id) {
      resume = pending;
    } else {
      abandon(desk, rec, key, record, ref.caseNumber, pending);
    }
  }

  const version = resume ? resume.version : nextVersion(record.documentVersions, DISCLOSURE_LABEL);
  const name = versionedName(ref.caseNumber, DISCLOSURE_LABEL, version);
  const content = disclosureDocument({
    caseNumber: ref.caseNumber,
    record,
    history: readCaseRows(desk.ss, 'history', 6, ref.caseNumber, Infinity),
    dialogues: readCaseRows(desk.ss, 'dialogues', 6, ref.caseNumber, Infinity),
    maskWords: desk.settings.disclosureMaskWords ?? '',
    deskName: desk.settings.deskName,
    today: toTokyoDate(new Date()),
    name,
  });
  const folder = ensureCaseFolder(
    desk,
    ref,
    cellText(record.folder),
    cellText(record.organisation),
  );

  let doc: File | null = null;
  let pdf: File | null = null;
  let documentUrl = '';
  try {
    if (resume) {
      const kept = reconcile(folder.folder, name, resume);
      doc = kept.doc;
      pdf = kept.pdf;
      if (doc) documentUrl = resume.doc as string;
    }
    if (!doc) {
      rec.pending = { id, version, stage: 'create' };
      writeRecord(desk.props, desk.all, key, rec);
      doc = writeDocument(name, content, folder.folder, (made) => (doc = made));
      documentUrl = doc.getUrl();
      rec.pending = { id, version, stage: 'pdf', doc: documentUrl, masked: content.masked };
      writeRecord(desk.props, desk.all, key, rec);
    }
    if (!pdf) pdf = savePdf(doc, folder.folder, name);
    const versions = withVersion(record.documentVersions, DISCLOSURE_LABEL, version, KIND_LABELS);
    writeRegisterText(desk.ss, 'documentVersions', ref.row, versions);
  } catch (error) {
    // Not recorded: nothing of this attempt may stay live. If Drive cannot trash it now — or a
    // document may have been created before its file was known — the intent stays and the next
    // attempt finds it by name.
    const untracked = rec.pending?.stage === 'create' && !doc;
    if (trashQuietly(pdf) && trashQuietly(doc) && !untracked) clearQuietly(desk, rec, key);
    throw error;
  }
  const result: DisclosureResult = {
    name,
    version,
    documentId: driveIdOf(documentUrl),
    documentUrl,
    pdfId: pdf.getId(),
    pdfUrl: pdf.getUrl(),
    masked: resume?.masked ?? content.masked,
  };
  appendHistory(desk.ss, {
    at: new Date(),
    actor: desk.actor,
    caseNumber: ref.caseNumber,
    from: String(record.status ?? ''),
    to: String(record.status ?? ''),
    comment: DOCUMENT_MESSAGES.historyGenerated(name, result.documentUrl, result.pdfUrl),
    opId: id,
  });
  finishRecord(desk.props, desk.all, key, rec, id, result);
  return result;
}

/**
 * The document, made in My Drive and moved into the case folder at once (DocumentApp can only
 * create there), then written and saved. `onCreated` hands the file to the caller's clean-up.
 */
function writeDocument(
  name: string,
  content: DisclosureDocument,
  folder: Folder,
  onCreated: (file: File) => void,
): File {
  const doc = createDocument(name);
  const file = fileById(doc.getId());
  onCreated(file);
  file.moveTo(folder);
  doc.addHeader().setText(content.header);
  writeBlocks(doc.getBody(), content.blocks);
  doc.saveAndClose();
  return file;
}

/** Paragraphs in one setText, then what needs its own call: headings, alignment, tables. */
function writeBlocks(body: GoogleAppsScript.Document.Body, blocks: TemplateBlock[]): void {
  const inline = blocks.filter((b) => b.type !== 'table' && b.type !== 'listItem');
  body.setText(inline.map((b) => ('text' in b ? b.text : '')).join('\n'));
  const paragraphs = body.getParagraphs();
  inline.forEach((block, i) => styleParagraph(paragraphs[i], block, 'HEADING2'));
  // Tables go in at their block index (the body's children are the inline paragraphs so far).
  blocks.forEach((block, index) => {
    if (block.type === 'table') body.insertTable(index, block.rows);
  });
}

/** The PDF beside the document; if Drive refuses it, the caller trashes the document too. */
function savePdf(doc: File, folder: Folder, name: string): File {
  try {
    return folder.createFile(doc.getAs(PDF));
  } catch {
    throw new DocumentError(DISCLOSURE_MESSAGES.pdfFailed(name));
  }
}

/** The result of a pending attempt 文書の版 already records (its PDF found by name). */
function linkedResult(
  record: Partial<Record<RegisterKey, unknown>>,
  caseNumber: string,
  pending: DisclosureIntent,
): DisclosureResult | null {
  if (pending.stage !== 'pdf' || !pending.doc) return null;
  if (latestVersion(record.documentVersions, DISCLOSURE_LABEL) !== pending.version) return null;
  const name = versionedName(caseNumber, DISCLOSURE_LABEL, pending.version);
  const folder = openFolder(cellText(record.folder));
  const pdf = folder ? (liveFiles(folder, pdfName(name))[0] ?? null) : null;
  return {
    name,
    version: pending.version,
    documentId: driveIdOf(pending.doc),
    documentUrl: pending.doc,
    pdfId: pdf ? pdf.getId() : '',
    pdfUrl: pdf ? pdf.getUrl() : '',
    masked: pending.masked ?? 0,
  };
}

/**
 * Drops a pending attempt another request will not complete: its files (by name, in the case
 * folder; in My Drive's root too when it may have stopped before the move) go to the trash, then
 * the intent is cleared.
 */
function abandon(
  desk: LockedDesk,
  rec: DisclosureRecord,
  key: string,
  record: Partial<Record<RegisterKey, unknown>>,
  caseNumber: string,
  pending: DisclosureIntent,
): void {
  const name = versionedName(caseNumber, DISCLOSURE_LABEL, pending.version);
  const places: Folder[] = [];
  const folder = openFolder(cellText(record.folder));
  if (folder) places.push(folder);
  if (pending.stage === 'create') places.push(rootFolder());
  for (const place of places) {
    for (const file of [...liveFiles(place, name), ...liveFiles(place, pdfName(name))]) {
      file.setTrashed(true);
    }
  }
  rec.pending = null;
  writeRecord(desk.props, desk.all, key, rec);
}

/**
 * What a resumed attempt keeps: its saved document if still live (stage 'pdf') and one PDF of
 * it; every other live file of the version's names goes to the trash.
 */
function reconcile(
  folder: Folder,
  name: string,
  resume: DisclosureIntent,
): { doc: File | null; pdf: File | null } {
  const docId = resume.stage === 'pdf' && resume.doc ? driveIdOf(resume.doc) : '';
  const places = resume.stage === 'create' ? [folder, rootFolder()] : [folder];
  let doc: File | null = null;
  for (const place of places) {
    for (const file of liveFiles(place, name)) {
      if (!doc && docId && file.getId() === docId) doc = file;
      else file.setTrashed(true);
    }
  }
  let pdf: File | null = null;
  for (const place of places) {
    for (const file of liveFiles(place, pdfName(name))) {
      if (doc && !pdf && place === folder) pdf = file;
      else file.setTrashed(true);
    }
  }
  return { doc, pdf };
}

/** The folder's files of that name, not in the trash. */
function liveFiles(folder: Folder, name: string): File[] {
  const files: File[] = [];
  const found = folder.getFilesByName(name);
  while (found.hasNext()) {
    const file = found.next();
    if (!file.isTrashed()) files.push(file);
  }
  return files;
}

/** The linked case folder, null when there is none or Drive says it is gone. */
function openFolder(cell: string): Folder | null {
  const id = driveIdOf(cell);
  if (!id) return null;
  try {
    return folderById(id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw driveUnavailable();
  }
}

function cellText(value: unknown): string {
  return String(value ?? '')
    .replace(/^'/, '')
    .trim();
}

function clearQuietly(desk: LockedDesk, rec: DisclosureRecord, key: string): void {
  try {
    rec.pending = null;
    writeRecord(desk.props, desk.all, key, rec);
  } catch {
    // The intent stays: the next attempt finds nothing live of it and starts again.
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

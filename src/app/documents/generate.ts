/**
 * Generates a document for a case: checks the kind fits the case and every required value is
 * there (nothing is created otherwise), copies the template into the case's folder, fills it —
 * or removes the copy and lists the placeholders it could not fill — saves the PDF beside it,
 * and records both links in the register row (with the new version) and the history.
 * Budget (issue 6): an agreement with its PDF in at most 40 service calls and 10 s modeled.
 */
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { SETTING_DEFINITIONS } from '../../domain/settings';
import { toTokyoDate } from '../../domain/calendar';
import { asCellText } from '../../domain/cellText';
import { columnLetter, REGISTER_COLUMNS, registerColumn, RegisterKey } from '../../domain/register';
import { SHEET } from '../../strings';
import {
  collectValues,
  DocumentKind,
  documentKind,
  kindAvailability,
  missingFor,
  missingMessage,
  nextVersion,
  PlaceholderValue,
  versionedName,
  withVersion,
  DOCUMENT_KINDS,
} from '../../domain/documents';
import { isStatus, trackFromMethod } from '../../domain/workflow';
import type { GeneratedDocument, GenerateDocumentRequest } from '../sidebarContract';
import { DeskContext, openDeskContext } from '../workflow/context';
import { CaseRow, checkRef, readCaseRow, REGISTER_LAST_COLUMN } from '../workflow/caseRow';
import { appendCaseNote } from '../workflow/history';
import { driveIdOf, openCaseFolder } from './caseFolder';
import { DocumentError } from './errors';
import { fillDocument } from './fillDocument';

type File = GoogleAppsScript.Drive.File;

const PDF = 'application/pdf';
/** How the 文書の版 cell spells each kind. */
const KIND_LABELS = DOCUMENT_KINDS.map((k) => k.label);

export function generateDocument(request: unknown): GeneratedDocument {
  const req = checkGenerateRequest(request);
  const ctx = openDeskContext();
  const kind = documentKind(req.kind);
  if (!kind) throw new DocumentError(DOCUMENT_MESSAGES.unknownKind(req.kind));
  const caseRow = readCaseRow(ctx.ss, req, REGISTER_LAST_COLUMN);
  const record = rawRecord(caseRow.values);
  const status = String(record.status ?? '').trim();
  checkKindFits(kind, String(record.track ?? ''), status, req.confirmed);

  const version = nextVersion(record.documentVersions, kind.label);
  const collected = collectValues({
    record,
    settings: ctx.settings,
    today: toTokyoDate(new Date()),
    version,
  });
  const missing = missingFor(kind.id, collected);
  if (missing.length) throw new DocumentError(missingMessage(kind.label, missing));

  const template = openTemplate(ctx, kind);
  const folder = openCaseFolder(
    ctx.settings,
    String(record.folder ?? ''),
    req.caseNumber,
    String(record.organisation ?? ''),
  );
  const name = versionedName(req.caseNumber, kind.label, version);
  let documentUrl: string;
  let pdfUrl: string;
  try {
    const copy = template.makeCopy(name, folder.folder);
    documentUrl = copy.getUrl();
    fillCopy(copy, documentUrl, collected.values, kind, ctx);
    pdfUrl = savePdf(copy, folder.folder, name);
  } catch (error) {
    // The register does not know a folder made now: left behind, the next try would make a twin.
    if (folder.created) trashQuietly(folder.folder);
    throw error;
  }

  writeLinks(ctx, caseRow, {
    folder: folder.url,
    latestDocument: documentUrl,
    latestPdf: pdfUrl,
    documentVersions: withVersion(record.documentVersions, kind.label, version, KIND_LABELS),
  });
  appendCaseNote(
    ctx,
    req.caseNumber,
    status,
    DOCUMENT_MESSAGES.historyGenerated(name, documentUrl, pdfUrl),
  );
  return { documentUrl, pdfUrl, version, name };
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
    return DriveApp.getFileById(driveIdOf(id) || id);
  } catch {
    throw new DocumentError(DOCUMENT_MESSAGES.templateNotFound(settingLabel(kind), id));
  }
}

/** Fills the copy, or trashes it and says which placeholders stopped the generation. */
function fillCopy(
  copy: File,
  url: string,
  values: ReadonlyMap<string, PlaceholderValue>,
  kind: DocumentKind,
  ctx: DeskContext,
): void {
  let problems: string[];
  try {
    let doc: GoogleAppsScript.Document.Document;
    try {
      doc = DocumentApp.openByUrl(url);
    } catch {
      const template = String(ctx.settings[kind.templateSetting] ?? '');
      throw new DocumentError(DOCUMENT_MESSAGES.templateNotDocument(settingLabel(kind), template));
    }
    const outcome = fillDocument(doc, values);
    problems = [
      ...(outcome.unknown.length ? [DOCUMENT_MESSAGES.unknownPlaceholders(outcome.unknown)] : []),
      ...(outcome.unfilled.length
        ? [DOCUMENT_MESSAGES.unfilledPlaceholders(outcome.unfilled)]
        : []),
      ...(outcome.leftover.length
        ? [DOCUMENT_MESSAGES.leftoverPlaceholders(outcome.leftover)]
        : []),
    ];
    // Saved even when refused: the copy is trashed below, and an open document is never left.
    doc.saveAndClose();
  } catch (error) {
    trashQuietly(copy);
    throw error;
  }
  if (problems.length) {
    trashQuietly(copy);
    throw new DocumentError(
      [DOCUMENT_MESSAGES.placeholderProblems(kind.label), ...problems].join('\n'),
    );
  }
}

/** The PDF beside the document; if Drive refuses it, the document goes too (no link to it). */
function savePdf(copy: File, folder: GoogleAppsScript.Drive.Folder, name: string): string {
  try {
    return folder.createFile(copy.getAs(PDF)).getUrl();
  } catch {
    trashQuietly(copy);
    throw new DocumentError(DOCUMENT_MESSAGES.pdfFailed(name));
  }
}

/** Clean-up after a refusal must not hide the refusal's own message. */
function trashQuietly(item: File | GoogleAppsScript.Drive.Folder): void {
  try {
    item.setTrashed(true);
  } catch {
    // Left for the person to remove; the message already says what happened.
  }
}

const LINK_KEYS: RegisterKey[] = ['folder', 'latestDocument', 'latestPdf', 'documentVersions'];

/**
 * Writes only the document cells (adjacent columns: 案件フォルダ, 最新文書, 最新PDF, 文書の版), not
 * the row read at the start: generating takes seconds, and a colleague may change the case
 * meanwhile.
 */
function writeLinks(
  ctx: DeskContext,
  caseRow: CaseRow,
  links: Partial<Record<RegisterKey, string>>,
): void {
  const columns = LINK_KEYS.map(registerColumn);
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const cells = REGISTER_COLUMNS.slice(first - 1, last).map((key, i) => {
    const link = links[key];
    return link !== undefined ? asCellText(link) : caseRow.values[first - 1 + i];
  });
  const a1 = `'${SHEET.register}'!${columnLetter(first)}${caseRow.ref.row}:${columnLetter(last)}${caseRow.ref.row}`;
  ctx.ss.getRange(a1).setValues([cells]);
}

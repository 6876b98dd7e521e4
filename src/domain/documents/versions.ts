/**
 * Versions of a case's documents, kept in the register row's 文書の版 cell as text such as
 * `事業連携協定書:2;回答書（採択）:1` — the row is read anyway to generate, so knowing the next
 * version costs no call. Regenerating makes v(n+1) beside the earlier files; nothing is overwritten.
 * The cell is read leniently (full-width ：；, 、, line breaks, spaces), since people may retype it.
 */
import { DOCUMENT_NAMES } from '../../strings/documents';

const ENTRY_SEPARATORS = /[;；、\n]+/;
const LABEL_VERSION = /^(.+?)\s*[:：]\s*v?(\d+)$/i;

/** The highest version of each kind the cell records, by kind label. */
export function readVersions(cell: unknown): Map<string, number> {
  const versions = new Map<string, number>();
  const text = String(cell ?? '')
    .replace(/^'/, '')
    .normalize('NFKC');
  for (const entry of text.split(ENTRY_SEPARATORS)) {
    const match = LABEL_VERSION.exec(entry.trim());
    if (!match) continue;
    // NFKC turns full-width brackets into ASCII ones: compare labels in that form.
    const label = match[1].trim();
    const version = Number(match[2]);
    if (version > (versions.get(label) ?? 0)) versions.set(label, version);
  }
  return versions;
}

/** The version of the newest document of this kind, 0 when none was generated. */
export function latestVersion(cell: unknown, kindLabel: string): number {
  return readVersions(cell).get(kindLabel.normalize('NFKC')) ?? 0;
}

/** 1 for the first document of this kind for the case, else one more than the highest. */
export function nextVersion(cell: unknown, kindLabel: string): number {
  return latestVersion(cell, kindLabel) + 1;
}

/**
 * The cell's text once `version` of this kind exists: the other kinds as they were, in their
 * order, labels written as DOCUMENT_KIND_LABELS spell them when known.
 */
export function withVersion(
  cell: unknown,
  kindLabel: string,
  version: number,
  knownLabels: readonly string[] = [],
): string {
  const versions = readVersions(cell);
  versions.set(kindLabel.normalize('NFKC'), version);
  const spelled = new Map(knownLabels.map((label) => [label.normalize('NFKC'), label]));
  spelled.set(kindLabel.normalize('NFKC'), kindLabel);
  return [...versions].map(([label, v]) => `${spelled.get(label) ?? label}:${v}`).join(';');
}

/** 'R8-0001_事業連携協定書_v2' (Drive allows '/' in names, but people copy these into paths). */
export function versionedName(caseNumber: string, kindLabel: string, version: number): string {
  return DOCUMENT_NAMES.version(safeName(caseNumber), kindLabel, version);
}

/** The reply letter's PDF as the applicant receives it: `R8-0001_回答書.pdf`, no version. */
export function sentReplyName(caseNumber: string): string {
  return DOCUMENT_NAMES.sentReply(safeName(caseNumber));
}

/** The name Drive gives the PDF of a document (File.getAs: the name with `.pdf`). */
export function pdfName(documentName: string): string {
  return `${documentName}.pdf`;
}

/** '<案件番号> <事業者名>', shortened so a long organisation name keeps the folder list readable. */
export function caseFolderName(caseNumber: string, organisation: string): string {
  return DOCUMENT_NAMES.caseFolder(safeName(caseNumber), safeName(organisation).slice(0, 60));
}

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').trim();
}

/**
 * 文書番号 of reply letters (回答書): a format from 設定「文書番号の書式」 (default 青連第{連番}号)
 * with a sequence that restarts every fiscal year, filled by the same token code as case numbers
 * (src/domain/caseNumber.ts). A number belongs to one letter, a case's reply of one kind: it is
 * kept in the register's 文書番号 cell as `回答書（採択）:青連第3号`, so regenerating that letter
 * prints the same number (docs/placeholders.md, docs/reliability.md).
 */
import { DOCUMENT_MESSAGES } from '../../strings/documents';
import { fillNumberTokens } from '../caseNumber';

/** The document-property key holding the last 文書番号 sequence used in a fiscal year. */
export function replySequenceKey(fiscalYear: number): string {
  return `documents.replySequence.${fiscalYear}`;
}

/** Entries of the 文書番号 cell are separated by these; a format may not contain them. */
const ENTRY_SEPARATORS = /[;；\n]+/;
const LABEL_SEPARATOR = /^(.+?)\s*[:：]\s*(.+)$/;

/** The number of a letter; throws when the format cannot make one. */
export function formatReplyNumber(format: string, fiscalYear: number, sequence: number): string {
  const problem = validateReplyNumberFormat(format);
  if (problem) throw new Error(problem);
  return fillNumberTokens(format, fiscalYear, sequence).text;
}

/**
 * Why a city's 文書番号 format cannot number letters, or null. The year is not required: a
 * letter carries its date, and cities commonly print 青連第12号 alone.
 */
export function validateReplyNumberFormat(format: string): string | null {
  const trimmed = format.trim();
  if (!fillNumberTokens(trimmed, 2026, 1).hasSequence) {
    return DOCUMENT_MESSAGES.replyNumberNoSequence(format);
  }
  // The cell separates kind and number with ':' and entries with ';' ({連番:3} is a token).
  const literal = fillNumberTokens(trimmed, 2026, 1).text;
  if (ENTRY_SEPARATORS.test(literal) || /[:：]/.test(literal)) {
    return DOCUMENT_MESSAGES.replyNumberBadCharacter(format);
  }
  return null;
}

/**
 * The number the cell records for this kind of letter, '' when none. A cell holding a number
 * without a label (typed by hand) is that number for either kind.
 */
export function replyNumberOf(cell: unknown, kindLabel: string): string {
  const entries = cellEntries(cell);
  const wanted = kindLabel.normalize('NFKC');
  const labelled = entries.find((e) => e.label !== null && e.label === wanted);
  if (labelled) return labelled.number;
  return entries.find((e) => e.label === null)?.number ?? '';
}

/** The cell's text once `number` is this kind's (other kinds kept, in their order). */
export function withReplyNumber(cell: unknown, kindLabel: string, number: string): string {
  const wanted = kindLabel.normalize('NFKC');
  const others = cellEntries(cell).filter((e) => e.label !== null && e.label !== wanted);
  return [...others.map((e) => `${e.spelled}:${e.number}`), `${kindLabel}:${number}`].join(';');
}

interface Entry {
  /** NFKC label, or null for a bare number. */
  label: string | null;
  spelled: string;
  number: string;
}

function cellEntries(cell: unknown): Entry[] {
  const text = String(cell ?? '')
    .replace(/^'/, '')
    .trim();
  if (!text) return [];
  return text
    .split(ENTRY_SEPARATORS)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = LABEL_SEPARATOR.exec(entry);
      return match
        ? { label: match[1].trim().normalize('NFKC'), spelled: match[1].trim(), number: match[2] }
        : { label: null, spelled: '', number: entry };
    });
}

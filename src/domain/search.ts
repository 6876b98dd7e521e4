/**
 * Case search: which register rows match what the desk typed. Every criterion is optional and
 * all given ones must hold. Text is compared after NFKC, lower case and without spaces, so
 * full- and half-width spellings find each other; the organisation is compared by its key
 * (organisation.ts), so '(株)アオモリテック' finds '株式会社 アオモリ・テック'. Pure.
 */
import { fiscalYearOf } from './fiscalYear';
import { organisationKey } from './organisation';
import { isDateValue, isoDateOfCell } from './workflow/caseRecord';
import { statusFromText } from './workflow/statuses';

export interface SearchCriteria {
  caseNumber: string;
  organisation: string;
  /** Words, separated by spaces: each must appear in the title or the content. */
  words: string;
  /** A status label, or '' for any. */
  status: string;
  /** A fiscal year (2026), or '' for any. */
  fiscalYear: string;
  department: string;
}

/** The register cells a search looks at, one case. */
export interface SearchableCase {
  row: number;
  caseNumber: unknown;
  receivedAt: unknown;
  status: unknown;
  dueDate: unknown;
  title: unknown;
  content: unknown;
  organisation: unknown;
  department: unknown;
}

export interface SearchHitText {
  row: number;
  caseNumber: string;
  title: string;
  organisation: string;
  status: string;
  /** 'YYYY-MM-DD' or ''. */
  dueDate: string;
}

/** Text as compared: NFKC, lower case, no spaces. */
export function searchText(value: unknown): string {
  return String(value ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** The words of a query: split on any space (full-width too), blanks dropped. */
export function searchWords(query: string): string[] {
  return String(query ?? '')
    .normalize('NFKC')
    .split(/\s+/)
    .map(searchText)
    .filter(Boolean);
}

/** Whether no criterion is given (the page asks for one rather than listing everything). */
export function isEmptySearch(c: SearchCriteria): boolean {
  return ![c.caseNumber, c.organisation, c.words, c.status, c.fiscalYear, c.department].some(
    (v) => String(v ?? '').trim() !== '',
  );
}

/** The fiscal year a case was received in, or null when the cell holds no readable date. */
export function fiscalYearOfCell(value: unknown): number | null {
  if (isDateValue(value)) return isNaN(value.getTime()) ? null : fiscalYearOf(value);
  const text = String(value ?? '').trim();
  const iso = isoDateOfCell(text.split(/[\sT]/)[0]);
  return iso ? fiscalYearOf(new Date(`${iso}T12:00:00+09:00`)) : null;
}

/** A compiled query: the criteria normalised once, then tested against each case. */
export function caseMatcher(c: SearchCriteria): (item: SearchableCase) => boolean {
  const caseNumber = searchText(c.caseNumber);
  const organisation = organisationKey(c.organisation);
  const words = searchWords(c.words);
  const status = String(c.status ?? '').trim();
  const fiscalYear = String(c.fiscalYear ?? '').trim() ? Number(c.fiscalYear) : null;
  const department = searchText(c.department);
  return (item) => {
    if (caseNumber && !searchText(item.caseNumber).includes(caseNumber)) return false;
    if (status && statusFromText(String(item.status ?? '')) !== status) return false;
    if (department && !searchText(item.department).includes(department)) return false;
    if (fiscalYear !== null && fiscalYearOfCell(item.receivedAt) !== fiscalYear) return false;
    if (organisation && !organisationKey(String(item.organisation ?? '')).includes(organisation)) {
      return false;
    }
    if (words.length) {
      const haystack = searchText(item.title) + '\n' + searchText(item.content);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  };
}

/** The hit as the dialog lists it: text only (dates as ISO dates). */
export function hitText(item: SearchableCase): SearchHitText {
  return {
    row: item.row,
    caseNumber: String(item.caseNumber ?? ''),
    title: String(item.title ?? ''),
    organisation: String(item.organisation ?? ''),
    status: statusFromText(String(item.status ?? '')),
    dueDate: isoDateOfCell(item.dueDate),
  };
}

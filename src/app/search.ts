/**
 * 案件を検索: the dialog (menu), the search (google.script.run) and opening a hit in the case
 * sidebar. Only desk staff may search: every case is visible to them and to no one else.
 *
 * A search reads only the register columns it compares or lists, in open-ended column spans
 * (readsFor): one span 案件番号…事業者名 (A:K), or three when 担当課 is asked for — all of them
 * in one Sheets API call when the dialog runs in the desk's own spreadsheet (5 calls in all:
 * the properties 2, who asks 2, the read 1), else through SpreadsheetApp (+1 and +1 per span). Reading A:Z in
 * one go would move about 2.4 times the cells (~3.3 s modeled at 10,000 cases); see
 * scripts/bench-search.ts.
 */
import { SEARCH } from '../strings/search';
import type { RegisterKey } from '../domain/register';
import { readRegisterSpans } from '../store/registerSearch';
import { spreadsheetIdOfUrl } from '../domain/health';
import { PROP } from '../adapters/properties';
import { caseMatcher, hitText, isEmptySearch, SearchableCase } from '../domain/search';
import type { CaseRef, SearchHit, SearchRequest, SearchResult } from './sidebarContract';
import { openDeskContext, openDeskLazily, WorkflowError } from '../store/context';
import { checkRef, readCaseRow } from '../store/caseRow';
import { showCaseSidebar } from './workflow/sidebarOpen';
import { showModalDialog } from '../adapters/ui';
import { templateFromFile } from '../adapters/html';

const SEARCH_PAGE = 'search';
const DIALOG_WIDTH = 760;
const DIALOG_HEIGHT = 640;

/** The most hits sent to the page; the count says how many more matched. */
export const SEARCH_HIT_LIMIT = 100;

/** The fields a search compares or lists, from 案件番号 to 事業者名 (A:K in a new register). */
const MAIN_KEYS: readonly RegisterKey[] = [
  'caseNumber',
  'receivedAt',
  'status',
  'dueDate',
  'title',
  'content',
  'organisation',
];

/**
 * The reads of a search, each the span of its fields (found by header). Without 担当課: one read
 * of the span of MAIN_KEYS. With it (far to the right, column Z), the main span is read as two
 * runs that leave out the three columns between 期限 and 件名, so that the three reads together
 * move fewer cells than two reads A:K and Z would (~1.2 s modeled against ~1.6 s at 10,000 cases).
 */
function readsFor(criteria: SearchRequest): ReadonlyArray<readonly RegisterKey[]> {
  if (!criteria.department.trim()) return [MAIN_KEYS];
  return [
    ['caseNumber', 'receivedAt', 'status', 'dueDate'],
    ['title', 'content', 'organisation'],
    ['department'],
  ];
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

/** The criteria as the page sent them, every field a string (anything else is ''). */
function criteriaOf(request: unknown): SearchRequest {
  const r = (request && typeof request === 'object' ? request : {}) as Record<string, unknown>;
  const field = (name: keyof SearchRequest) =>
    typeof r[name] === 'string' ? textOf(r[name]).slice(0, 200) : '';
  return {
    caseNumber: field('caseNumber'),
    organisation: field('organisation'),
    words: field('words'),
    status: field('status'),
    fiscalYear: /^\d{4}$/.test(field('fiscalYear').trim()) ? field('fiscalYear').trim() : '',
    department: field('department'),
    spreadsheetId: field('spreadsheetId').trim(),
  };
}

export function searchCases(request: unknown): SearchResult {
  const desk = openDeskLazily();
  const criteria = criteriaOf(request);
  if (isEmptySearch(criteria)) throw new WorkflowError(SEARCH.needCriterion);
  // The page's id and the one setup stored must agree: a copy of the desk (its properties copied
  // with it) reads its own register through SpreadsheetApp until 初期設定 runs there.
  const stored = spreadsheetIdOfUrl(desk.all[PROP.spreadsheetUrl] ?? '');
  const spreadsheetId = stored && criteria.spreadsheetId === stored ? stored : '';
  const cells = readRegisterSpans(
    { spreadsheet: desk.spreadsheet, spreadsheetId },
    readsFor(criteria),
  );
  if (!cells) throw new WorkflowError(SEARCH.noRegister);
  const matches = caseMatcher(criteria);
  const hits: SearchHit[] = [];
  let total = 0;
  const count = cells.caseNumber?.length ?? 0;
  for (let i = 0; i < count; i++) {
    const at = (key: RegisterKey) => cells[key]?.[i] ?? '';
    if (textOf(at('caseNumber')).trim() === '') continue;
    const item: SearchableCase = {
      row: i + 2,
      caseNumber: at('caseNumber'),
      receivedAt: at('receivedAt'),
      status: at('status'),
      dueDate: at('dueDate'),
      title: at('title'),
      content: at('content'),
      organisation: at('organisation'),
      department: at('department'),
    };
    if (!matches(item)) continue;
    total += 1;
    if (hits.length < SEARCH_HIT_LIMIT) hits.push(hitText(item));
  }
  return { hits, total };
}

/** Opens the case sidebar on a hit, once the row is checked to still hold the case. */
export function openSearchHit(ref: unknown): CaseRef {
  const ctx = openDeskContext();
  const checked = checkRef(ref);
  readCaseRow(ctx.ss, checked);
  showCaseSidebar(checked, 'status');
  return checked;
}

export function openSearchDialog(): void {
  const { ss } = openDeskContext();
  const template = templateFromFile(SEARCH_PAGE);
  template.caseRefJson = '';
  template.section = '';
  template.spreadsheetId = ss.getId();
  const output = template.evaluate().setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  showModalDialog(output, SEARCH.pageTitle);
}

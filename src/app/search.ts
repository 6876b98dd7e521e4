/**
 * 案件を検索: the dialog (menu), the search (google.script.run) and opening a hit in the case
 * sidebar. Only desk staff may search: every case is visible to them and to no one else.
 *
 * A search reads only the register columns it compares, in at most three reads of open-ended
 * column runs: 案件番号…期限 (A:E), 件名…事業者名 (I:K) and 担当課 only when the department is
 * asked for. Reading A:Z in one go would move three times the cells (~3 s modeled at 10,000
 * cases); see scripts/bench-search.ts.
 */
import { SHEET } from '../strings';
import { SEARCH } from '../strings/search';
import { columnLetter, registerColumn, RegisterKey } from '../domain/register';
import { spanOf } from '../domain/registerLayout';
import { registerLayout } from '../store/registerLayout';
import { caseMatcher, hitText, isEmptySearch, SearchableCase } from '../domain/search';
import type { CaseRef, SearchHit, SearchRequest, SearchResult } from './sidebarContract';
import { openDeskContext, WorkflowError } from '../store/context';
import { checkRef, readCaseRow } from '../store/caseRow';
import { showCaseSidebar } from './workflow/sidebarOpen';
import { showModalDialog } from '../adapters/ui';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SEARCH_PAGE = 'search';
const DIALOG_WIDTH = 760;
const DIALOG_HEIGHT = 640;

/** The most hits sent to the page; the count says how many more matched. */
export const SEARCH_HIT_LIMIT = 100;

/** Runs of adjacent register columns read in one getValues each. */
const MAIN_RUNS: ReadonlyArray<readonly [RegisterKey, RegisterKey]> = [
  ['caseNumber', 'dueDate'],
  ['title', 'organisation'],
];
const DEPARTMENT_RUN: readonly [RegisterKey, RegisterKey] = ['department', 'department'];

type Cells = Partial<Record<RegisterKey, unknown[]>>;

/** Reads one run (2 calls) into columns by key. */
function readRun(ss: Spreadsheet, [first, last]: readonly [RegisterKey, RegisterKey], into: Cells) {
  // The run's fields in register order, found by header (src/domain/registerLayout.ts): a column
  // staff inserted among them is read and ignored.
  const layout = registerLayout(ss);
  const keys = SEARCH_KEYS.filter(
    (key) =>
      registerColumn(key) >= registerColumn(first) && registerColumn(key) <= registerColumn(last),
  );
  const { first: from, last: to } = spanOf(layout, keys);
  let values: unknown[][];
  try {
    values = ss
      .getRange(`'${SHEET.register}'!${columnLetter(from)}2:${columnLetter(to)}`)
      .getValues();
  } catch {
    throw new WorkflowError(SEARCH.noRegister);
  }
  for (const key of keys) {
    const column = layout.columns[key];
    if (column > 0) into[key] = values.map((row) => row[column - from]);
  }
}

const SEARCH_KEYS: RegisterKey[] = [
  'caseNumber',
  'receivedAt',
  'status',
  'dueDate',
  'title',
  'content',
  'organisation',
  'department',
];

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
  };
}

export function searchCases(request: unknown): SearchResult {
  const ctx = openDeskContext();
  const criteria = criteriaOf(request);
  if (isEmptySearch(criteria)) throw new WorkflowError(SEARCH.needCriterion);
  const cells: Cells = {};
  for (const run of MAIN_RUNS) readRun(ctx.ss, run, cells);
  if (criteria.department.trim()) readRun(ctx.ss, DEPARTMENT_RUN, cells);
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
  openDeskContext();
  const template = HtmlService.createTemplateFromFile(SEARCH_PAGE);
  template.caseRefJson = '';
  template.section = '';
  const output = template.evaluate().setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  showModalDialog(output, SEARCH.pageTitle);
}

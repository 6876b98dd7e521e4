/// <reference lib="dom" />
/**
 * 案件を検索: the desk types criteria, the server (searchCases) lists the matching cases, and a
 * hit's button opens that case in the sidebar (searchOpenCase). Every value from the register is
 * drawn with textContent (lib/dom.ts), never parsed as HTML.
 */
import type { SearchHit, SearchRequest } from '../app/sidebarContract';
import { SEARCH as TEXT } from '../strings/search';
import { fiscalEra, fiscalYearOf } from '../domain/fiscalYear';
import { ALL_STATUSES } from '../domain/workflow/statuses';
import { call, closeHost } from './lib/run';
import { button, el, field, select, textInput } from './lib/dom';

type Key = Exclude<keyof SearchRequest, 'spreadsheetId'>;

const content = document.getElementById('content') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const errorBox = document.getElementById('error') as HTMLElement;

/** The fiscal years offered: this one and the nine before it. */
const FISCAL_YEARS_SHOWN = 10;
const thisFiscalYear = fiscalYearOf(new Date());

const controls: Record<Key, HTMLInputElement | HTMLSelectElement> = {
  caseNumber: textInput('search'),
  organisation: textInput('search'),
  words: textInput('search'),
  status: select([
    { value: '', label: TEXT.any },
    ...ALL_STATUSES.map((s) => ({ value: s, label: s })),
  ]),
  fiscalYear: select([
    { value: '', label: TEXT.any },
    ...Array.from({ length: FISCAL_YEARS_SHOWN }, (_, i) => {
      const year = thisFiscalYear - i;
      const era = fiscalEra(year);
      return { value: String(year), label: TEXT.fiscalYearOption(year, `${era.name}${era.year}`) };
    }),
  ]),
  department: textInput('search'),
};

const results = el('div', { attrs: { id: 'search-results' } });

function request(): SearchRequest {
  const value = (key: Key) => controls[key].value;
  return {
    caseNumber: value('caseNumber'),
    organisation: value('organisation'),
    words: value('words'),
    status: value('status'),
    fiscalYear: value('fiscalYear'),
    department: value('department'),
    spreadsheetId: document.getElementById('app')?.dataset.spreadsheetId ?? '',
  };
}

function showError(message: string): void {
  notice.textContent = '';
  errorBox.textContent = message;
}

async function openHit(hit: SearchHit, trigger: HTMLButtonElement): Promise<void> {
  trigger.disabled = true;
  const result = await call('searchOpenCase', { row: hit.row, caseNumber: hit.caseNumber });
  trigger.disabled = false;
  if (!result.ok) return showError(result.message);
  errorBox.textContent = '';
  notice.textContent = TEXT.opened(result.value.caseNumber);
}

function hitRow(hit: SearchHit): HTMLElement {
  const open = button(TEXT.open, () => void openHit(hit, open));
  open.setAttribute('aria-label', TEXT.openLabel(hit.caseNumber));
  open.className = 'open-case';
  return el('tr', { attrs: { 'data-row': String(hit.row) } }, [
    el('td', { text: hit.caseNumber }),
    el('td', { text: hit.title }),
    el('td', { text: hit.organisation }),
    el('td', { text: hit.status }),
    el('td', { text: hit.dueDate || TEXT.noDue }),
    el('td', {}, [open]),
  ]);
}

function showHits(hits: SearchHit[], total: number): void {
  if (!total) {
    results.replaceChildren(el('p', { className: 'muted', text: TEXT.none }));
    return;
  }
  const c = TEXT.columns;
  results.replaceChildren(
    el('p', { className: 'count', text: TEXT.count(total, hits.length) }),
    el('table', { className: 'search-results' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          [c.caseNumber, c.title, c.organisation, c.status, c.dueDate, c.open].map((h) =>
            el('th', { text: h, attrs: { scope: 'col' } }),
          ),
        ),
      ]),
      el('tbody', {}, hits.map(hitRow)),
    ]),
  );
}

let busy = false;

async function submit(): Promise<void> {
  if (busy) return;
  const req = request();
  if (!Object.values(req).some((v) => v.trim() !== '')) {
    showError(TEXT.needCriterion);
    controls.caseNumber.focus();
    return;
  }
  busy = true;
  searchButton.disabled = true;
  errorBox.textContent = '';
  notice.textContent = TEXT.searching;
  results.setAttribute('aria-busy', 'true');
  const result = await call('searchCases', req);
  busy = false;
  searchButton.disabled = false;
  results.removeAttribute('aria-busy');
  if (!result.ok) return showError(result.message);
  notice.textContent = '';
  showHits(result.value.hits, result.value.total);
}

function clear(): void {
  for (const control of Object.values(controls)) {
    if (control instanceof HTMLSelectElement) control.selectedIndex = 0;
    else control.value = '';
  }
  results.replaceChildren();
  notice.textContent = '';
  errorBox.textContent = '';
  controls.caseNumber.focus();
}

const searchButton = button(TEXT.search, () => void submit(), 'primary');
searchButton.id = 'search-submit';

document.title = TEXT.pageTitle;
const form = el(
  'form',
  { attrs: { id: 'search-form', novalidate: true } },
  (Object.keys(controls) as Key[]).map((key) => {
    controls[key].setAttribute('name', key);
    return field(`search-${key}`, TEXT[key], controls[key]);
  }),
);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
// Enter in a text box searches (a form with several inputs and no submit button would not).
form.addEventListener('keydown', (event) => {
  // An Enter that confirms a kana-kanji conversion (isComposing) is not a search.
  if (event.key === 'Enter' && !event.isComposing && event.target instanceof HTMLInputElement) {
    event.preventDefault();
    void submit();
  }
});
content.replaceChildren(
  el('h1', { text: TEXT.pageTitle }),
  el('p', { className: 'muted', text: TEXT.intro }),
  form,
  el('div', { className: 'buttons' }, [
    searchButton,
    button(TEXT.clear, clear),
    button(TEXT.close, closeHost),
  ]),
  results,
);
controls.caseNumber.focus();

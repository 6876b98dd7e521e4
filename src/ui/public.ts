/// <reference lib="dom" />
/**
 * The public web page: the desk's published cases, searchable and filterable by fiscal year,
 * method and 課題. The data comes from the server as JSON in the `data-list` attribute of
 * #public-data (src/app/publicPage.ts); it is parsed, reduced again to the public fields, and
 * drawn with DOM text nodes only — never parsed as HTML. No server call, no sign-in.
 */
import {
  caseSearchText,
  filterChoices,
  matchesFilters,
  NO_FILTERS,
  publicCase,
  PublicCase,
  PublicFilters,
  PublicPageData,
} from '../domain/publicPage';
import { fiscalEra } from '../domain/fiscalYear';
import {
  fiscalYearLabel,
  japaneseDate,
  japaneseDateTime,
  PUBLIC_PAGE,
} from '../strings/publicPage';
import { el, field, select, textInput } from './lib/dom';

/** Cases drawn at once; "さらに表示" draws the next ones (a phone stays quick at 10,000). */
const PAGE_SIZE = 50;

const app = document.getElementById('app') as HTMLElement;

/** The page data, or null when the attribute is missing or not the expected shape. */
function readData(): PublicPageData | null {
  const raw = document.getElementById('public-data')?.getAttribute('data-list') ?? '';
  try {
    const parsed = JSON.parse(raw) as Partial<PublicPageData> | null;
    if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.cases)) return null;
    const initial = { ...NO_FILTERS, ...(parsed.initial ?? {}) };
    return {
      state: parsed.state === 'ok' || parsed.state === 'missing' ? parsed.state : 'unreadable',
      desk: typeof parsed.desk === 'string' ? parsed.desk : '',
      generatedAt: typeof parsed.generatedAt === 'string' ? parsed.generatedAt : '',
      cases: parsed.cases.map(publicCase).filter((c): c is PublicCase => c !== null),
      initial: {
        q: String(initial.q ?? ''),
        year: String(initial.year ?? ''),
        method: String(initial.method ?? ''),
        challenge: String(initial.challenge ?? ''),
      },
    };
  } catch {
    return null;
  }
}

function message(text: string): HTMLElement {
  return el('p', { className: 'message', text, attrs: { id: 'page-message', role: 'status' } });
}

function caseCard(c: PublicCase): HTMLElement {
  const tags = [
    c.fiscalYear === null ? '' : fiscalYearLabel(c.fiscalYear, fiscalEra(c.fiscalYear)),
    c.method,
    c.challenge,
  ].filter((t) => t !== '');
  const facts: Array<[string, string]> = [
    [PUBLIC_PAGE.caseNumber, c.caseNumber],
    [PUBLIC_PAGE.agreementDate, japaneseDate(c.agreementDate)],
    [PUBLIC_PAGE.pocDate, japaneseDate(c.pocDate)],
    [PUBLIC_PAGE.department, c.department],
    [PUBLIC_PAGE.publishedAt, japaneseDate(c.publishedAt)],
  ];
  return el('li', { className: 'case', attrs: { 'data-case-number': c.caseNumber } }, [
    el('h2', { text: c.title }),
    c.organisation && el('p', { className: 'organisation', text: c.organisation }),
    el(
      'ul',
      { className: 'tags' },
      tags.map((t) => el('li', { text: t })),
    ),
    c.summary && el('p', { className: 'summary', text: c.summary }),
    el(
      'dl',
      {},
      facts
        .filter(([, value]) => value !== '')
        .flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: value })]),
    ),
  ]);
}

function choice(value: string, label: string): { value: string; label: string } {
  return { value, label };
}

function drawList(data: PublicPageData): void {
  const cases = data.cases;
  const keys = cases.map(caseSearchText);
  const choices = filterChoices(cases);
  const all = choice('', PUBLIC_PAGE.all);

  const q = textInput('search', data.initial.q);
  q.setAttribute('placeholder', PUBLIC_PAGE.searchPlaceholder);
  q.setAttribute('autocomplete', 'off');
  const year = select(
    [all, ...choices.years.map((y) => choice(String(y), fiscalYearLabel(y, fiscalEra(y))))],
    data.initial.year,
  );
  const method = select([all, ...choices.methods.map((m) => choice(m, m))], data.initial.method);
  const challenge = select(
    [all, ...choices.challenges.map((c) => choice(c, c))],
    data.initial.challenge,
  );
  const reset = el('button', {
    text: PUBLIC_PAGE.reset,
    attrs: { type: 'reset', id: 'filter-reset' },
  });
  const form = el(
    'form',
    { className: 'filters', attrs: { role: 'search', 'aria-label': PUBLIC_PAGE.filters } },
    [
      field('filter-q', PUBLIC_PAGE.search, q),
      field('filter-year', PUBLIC_PAGE.fiscalYear, year),
      field('filter-method', PUBLIC_PAGE.method, method),
      field('filter-challenge', PUBLIC_PAGE.challenge, challenge),
      reset,
    ],
  );

  const count = el('p', {
    className: 'count',
    attrs: { id: 'result-count', role: 'status', 'aria-live': 'polite' },
  });
  const list = el('ol', { className: 'cases', attrs: { id: 'case-list' } });
  const noMatch = el('p', {
    className: 'message',
    text: PUBLIC_PAGE.noMatch,
    attrs: { id: 'no-match', hidden: true },
  });
  const more = el('button', {
    className: 'more',
    attrs: { type: 'button', id: 'show-more', hidden: true },
  });

  let matched: PublicCase[] = [];
  let shown = 0;

  const showMore = (): void => {
    const next = matched.slice(shown, shown + PAGE_SIZE);
    const fragment = document.createDocumentFragment();
    for (const c of next) fragment.appendChild(caseCard(c));
    list.appendChild(fragment);
    shown += next.length;
    const rest = matched.length - shown;
    more.hidden = rest <= 0;
    more.textContent = PUBLIC_PAGE.more(rest);
  };

  const apply = (): void => {
    const filters: PublicFilters = {
      q: q.value,
      year: year.value,
      method: method.value,
      challenge: challenge.value,
    };
    matched = cases.filter((c, i) => matchesFilters(c, filters, keys[i]));
    list.replaceChildren();
    shown = 0;
    count.textContent = PUBLIC_PAGE.count(matched.length, cases.length);
    noMatch.hidden = matched.length > 0;
    showMore();
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  // A reset restores the controls after the event; filter once they are cleared.
  form.addEventListener('reset', () => setTimeout(apply, 0));
  more.addEventListener('click', showMore);

  app.replaceChildren(form, count, noMatch, list, more);
  apply();
}

function draw(): void {
  const data = readData();
  const desk = data?.desk ?? '';
  (document.getElementById('page-title') as HTMLElement).textContent = PUBLIC_PAGE.pageTitle(desk);
  (document.getElementById('page-lead') as HTMLElement).textContent = PUBLIC_PAGE.lead;
  const when = data ? japaneseDateTime(data.generatedAt) : '';
  (document.getElementById('generated-at') as HTMLElement).textContent = when
    ? PUBLIC_PAGE.generatedAt(when)
    : '';
  if (!data || data.state === 'unreadable') app.replaceChildren(message(PUBLIC_PAGE.unreadable));
  else if (data.state === 'missing' || data.cases.length === 0) {
    app.replaceChildren(message(PUBLIC_PAGE.missing));
  } else drawList(data);
  app.setAttribute('aria-busy', 'false');
}

draw();

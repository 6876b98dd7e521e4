/**
 * The public web page (doGet) on the built bundle: a visitor's GET of the web app, rendered from
 * the cached public list written straight into script properties. Hostile values stay data,
 * private fields never reach the page, an empty or broken cache gives a polite page, and a
 * request stays within its budget (≤ 6 calls, ≤ 1 s modeled at 10,000 cases).
 */
import { newDesk, Desk } from '../support/desk';
import {
  cachedList,
  HOSTILE_TEXT,
  pageData,
  PRIVATE_MARKERS,
  publicPageResponse,
  renderPublicPage,
  sampleCase,
  withPrivateFields,
  writePublicListCache,
} from '../support/publicPage';

const PUBLIC_FIELDS = [
  'caseNumber',
  'fiscalYear',
  'method',
  'challenge',
  'title',
  'organisation',
  'summary',
  'agreementDate',
  'pocDate',
  'department',
  'publishedAt',
].sort();

let desk: Desk;

beforeAll(() => {
  desk = newDesk();
});

beforeEach(() => {
  for (const key of [...desk.ws.properties.script.keys()]) {
    if (key.startsWith('publication.cache.')) desk.ws.properties.script.delete(key);
  }
});

describe('the page from the cached list', () => {
  it('carries every published case with its public fields, and a title and viewport', () => {
    const cases = [0, 1, 2, 3].map((i) => sampleCase(i));
    writePublicListCache(desk.ws, cachedList(cases));
    const response = publicPageResponse(desk.host);
    const data = pageData(response.content);
    expect(data.state).toBe('ok');
    expect(data.desk).toBe('青森市 公民連携デスク');
    expect(data.generatedAt).toBe('2026-05-11T00:30:00.000Z');
    expect(data.cases).toEqual(cases);
    expect(data.initial).toEqual({ q: '', year: '', method: '', challenge: '' });
    expect(response.title).toBe('青森市 公民連携デスク　公民連携の実施事例');
    expect(response.metaTags).toEqual([
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
    ]);
    expect(response.page).toContain('<title>青森市 公民連携デスク　公民連携の実施事例</title>');
  });

  it('runs without a container, and never opens the staff spreadsheet', () => {
    writePublicListCache(desk.ws, cachedList([sampleCase(0)]));
    const { execution } = publicPageResponse(desk.host);
    expect(execution.source).toBe('webapp');
    expect(execution.containerId).toBeNull();
    const services = new Set(execution.calls.map((c) => c.service));
    expect([...services].sort()).toEqual(['HtmlService', 'PropertiesService']);
  });

  it('keeps only the public fields: private values a writer left in never reach the page', () => {
    const cases = [0, 1, 2].map((i) => withPrivateFields(sampleCase(i)));
    writePublicListCache(desk.ws, cachedList(cases));
    const response = publicPageResponse(desk.host);
    for (const marker of Object.values(PRIVATE_MARKERS)) {
      expect(response.page).not.toContain(marker);
    }
    for (const c of pageData(response.content).cases) {
      expect(Object.keys(c).sort()).toEqual(PUBLIC_FIELDS);
    }
  });

  it('takes the initial filters from the query (e.parameter), escaped', () => {
    writePublicListCache(desk.ws, cachedList([sampleCase(0)]));
    const query = new URLSearchParams({
      q: HOSTILE_TEXT.script,
      year: '2025',
      method: HOSTILE_TEXT.attribute,
      challenge: '除雪の効率化',
    }).toString();
    const response = publicPageResponse(desk.host, query);
    expect(pageData(response.content).initial).toEqual({
      q: HOSTILE_TEXT.script,
      year: '2025',
      method: HOSTILE_TEXT.attribute.trim(),
      challenge: '除雪の効率化',
    });
    expect(response.content.match(/<script/g)).toHaveLength(1);
  });
});

describe('hostile values', () => {
  const hostile = Object.values(HOSTILE_TEXT);

  function renderHostile() {
    const cases = hostile.map((text, i) =>
      sampleCase(i, {
        title: text,
        organisation: text,
        summary: `${text} ${text}`,
        department: text,
        method: text,
        challenge: text,
        caseNumber: `R7-${i}${text}`,
      }),
    );
    writePublicListCache(desk.ws, cachedList(cases, HOSTILE_TEXT.script));
    return { cases, response: publicPageResponse(desk.host) };
  }

  it('arrive in the page intact, as data', () => {
    const { cases, response } = renderHostile();
    expect(pageData(response.content).cases).toEqual(
      cases.map((c) => ({
        ...c,
        method: c.method.trim(),
        challenge: c.challenge.trim(),
        title: c.title.trim(),
        organisation: c.organisation.trim(),
        department: c.department.trim(),
        summary: c.summary.trim(),
        caseNumber: c.caseNumber.trim(),
      })),
    );
    expect(pageData(response.content).desk).toBe(HOSTILE_TEXT.script);
  });

  it('cannot end the attribute, open a tag or a script, or run a scriptlet', () => {
    const { response } = renderHostile();
    const content = response.content;
    // The data attribute's value holds no quote, angle bracket or apostrophe: it cannot end early.
    const attribute = /data-list="([^"]*)"/.exec(content)![1];
    expect(attribute).not.toMatch(/[<>'"]/);
    // Everything outside it is the page itself: one script block, no injected tag or handler.
    const rest = content.replace(attribute, '');
    expect(rest.match(/<script/gi)).toHaveLength(1);
    expect(rest).not.toMatch(/<img|<svg|onerror|onload|onmouseover|alert\(1\)/i);
    expect(rest).not.toContain('OAuthToken');
    // The title is escaped in the standalone page's <head>.
    expect(response.page).toContain(
      '<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;　公民連携の実施事例</title>',
    );
  });
});

describe('an empty or broken cache gives a polite page, never an error', () => {
  function stateOf(): string {
    const response = desk.host.webAppGet('');
    expect(response.error).toBeUndefined();
    expect(response.page).not.toMatch(/Error|at .*\(|Exception/);
    return String(pageData(response.content).state);
  }

  it('no cache: nothing published yet', () => {
    expect(stateOf()).toBe('missing');
  });

  it('a chunk missing, broken JSON, another schema, a bad count: unreadable', () => {
    writePublicListCache(desk.ws, cachedList([0, 1, 2].map((i) => sampleCase(i))));
    desk.ws.properties.script.set('publication.cache.chunks', '2');
    expect(stateOf()).toBe('unreadable');

    writePublicListCache(desk.ws, '{"schema":"kouminrenkei-public-list/1","cases":[');
    expect(stateOf()).toBe('unreadable');

    writePublicListCache(desk.ws, JSON.stringify({ schema: 'other/2', cases: [] }));
    expect(stateOf()).toBe('unreadable');

    writePublicListCache(desk.ws, cachedList([sampleCase(0)]));
    desk.ws.properties.script.set('publication.cache.chunks', 'many');
    expect(stateOf()).toBe('unreadable');
  });

  it('cases that are not objects are skipped; odd field values are emptied', () => {
    const list = cachedList([sampleCase(0)]) as unknown as { cases: unknown[] };
    list.cases.push(null, 'x', [1], {
      title: 'ok',
      fiscalYear: 'x',
      agreementDate: '2025/04/01',
      summary: { html: '<b>' },
    });
    writePublicListCache(desk.ws, JSON.stringify(list));
    const data = pageData(desk.host.webAppGet('').content);
    expect(data.cases).toHaveLength(2);
    expect(data.cases[1]).toMatchObject({
      title: 'ok',
      fiscalYear: null,
      agreementDate: '',
      summary: '',
    });
  });

  it('the property store failing: unreadable, still a page', () => {
    writePublicListCache(desk.ws, cachedList([sampleCase(0)]));
    desk.ws.ledger.injectFailure('Properties.getProperties', 'Service error: Properties');
    expect(stateOf()).toBe('unreadable');
  });

  it('the page file missing: a sentence, not a stack', () => {
    const saved = desk.ws.html.files.get('public')!;
    desk.ws.html.files.delete('public');
    try {
      const response = desk.host.webAppGet('');
      expect(response.error).toBeUndefined();
      expect(response.content).toContain(
        'ただいま公開一覧を表示できません。しばらくしてから、もう一度お試しください。',
      );
      expect(response.content).not.toContain('No HTML file');
    } finally {
      desk.ws.html.files.set('public', saved);
    }
  });
});

describe('the budget: ≤ 6 calls and ≤ 1 s modeled, at 10,000 cases', () => {
  // 10,000 cases make a ~4 MB cache: more than a real script store holds (the writer caps it at
  // ~420 KB, newest first), so this is the upper bound of what one request reads.
  it('reads the whole cache in one getProperties', () => {
    const cases = Array.from({ length: 10_000 }, (_, i) => sampleCase(i));
    writePublicListCache(desk.ws, cachedList(cases));
    const chunks = Number(desk.ws.properties.script.get('publication.cache.chunks'));
    expect(chunks).toBeGreaterThan(100);
    const response = publicPageResponse(desk.host);
    const { execution } = response;
    expect(execution.calls.map((c) => c.method)).toEqual([
      'PropertiesService.getScriptProperties',
      'Properties.getProperties',
      'HtmlService.createTemplateFromFile',
      'HtmlTemplate.evaluate',
      'HtmlOutput.setTitle',
      'HtmlOutput.addMetaTag',
    ]);
    expect(execution.calls.length).toBeLessThanOrEqual(6);
    expect(execution.modeledMs).toBeLessThanOrEqual(1000);
    expect(pageData(response.content).cases).toHaveLength(10_000);
  });
});

describe('renderPublicPage (what the demo writes to out/public/index.html)', () => {
  it('is a standalone document with its title, viewport and the page script', () => {
    writePublicListCache(desk.ws, cachedList([sampleCase(0)]));
    const html = renderPublicPage(desk);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<head>\s*<title>[^<]+<\/title><meta name="viewport"/);
    expect(html).toContain('<script>');
  });
});

/**
 * AddonHost.webAppGet: a GET of the script deployed as a web app runs doGet(e) as its own
 * execution, without a container. Uses a tiny hand-written bundle.
 * Event object: https://developers.google.com/apps-script/guides/web ("Request parameters")
 * HtmlOutput title and meta tags: https://developers.google.com/apps-script/reference/html/html-output
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workspace } from '../src/workspace';
import { AddonHost } from '../src/host';

const OWNER = 'renkei@city.example.lg.jp';
const START = '2026-04-01T09:00:00+09:00';

const CODE = `
var seen = [];
function doGet(e) {
  seen.push({
    event: JSON.parse(JSON.stringify(e)),
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
    documentProperties: PropertiesService.getDocumentProperties(),
    script: PropertiesService.getScriptProperties().getProperty('greeting'),
    activeUser: Session.getActiveUser().getEmail(),
    effectiveUser: Session.getEffectiveUser().getEmail(),
  });
  if (e.parameter.mode === 'fail') throw new Error('boom');
  if (e.parameter.mode === 'nothing') return;
  var t = HtmlService.createTemplateFromFile('page');
  t.name = e.parameter.name || '';
  return t.evaluate().setTitle('Title <&> "x"').addMetaTag('viewport', 'width=device-width');
}
`;

let distDir: string;

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'webapp-test-'));
  writeFileSync(join(distDir, 'Code.js'), CODE);
  writeFileSync(
    join(distDir, 'page.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body><p data-name="<?= name ?>"><?= name ?></p></body></html>',
  );
});

afterAll(() => rmSync(distDir, { recursive: true, force: true }));

function setup() {
  const ws = new Workspace({ now: START, user: OWNER });
  const spreadsheetId = ws.spreadsheets.create('Desk', OWNER).id;
  ws.properties.script.set('greeting', 'hello');
  ws.properties.documentStore(spreadsheetId).set('secret', 'doc');
  const host = new AddonHost(ws, distDir);
  const seen = () => (host.context as { seen: Array<Record<string, unknown>> }).seen;
  return { ws, host, seen };
}

describe('webAppGet: the doGet event', () => {
  it('passes queryString, the first value in parameter and every value in parameters', () => {
    const { host, seen } = setup();
    const response = host.webAppGet('name=alice&n=1&n=2');
    expect(response.error).toBeUndefined();
    expect(seen()[0].event).toEqual({
      queryString: 'name=alice&n=1&n=2',
      parameter: { name: 'alice', n: '1' },
      parameters: { name: ['alice'], n: ['1', '2'] },
      contextPath: '',
      contentLength: -1,
    });
  });

  it('gives a null queryString and empty objects without a query', () => {
    const { host, seen } = setup();
    host.webAppGet();
    expect(seen()[0].event).toEqual({
      queryString: null,
      parameter: {},
      parameters: {},
      contextPath: '',
      contentLength: -1,
    });
  });

  it('decodes form-encoded values (+ and %XX) and adds pathInfo when a path follows /exec', () => {
    const { host, seen } = setup();
    host.webAppGet({ name: '青森 市', n: ['1', '2'] }, { pathInfo: 'list' });
    const event = seen()[0].event as Record<string, unknown>;
    expect(event.parameter).toEqual({ name: '青森 市', n: '1' });
    expect(event.pathInfo).toBe('list');
    host.webAppGet('?name=a+b%26c');
    expect((seen()[1].event as { parameter: unknown }).parameter).toEqual({ name: 'a b&c' });
  });
});

describe('webAppGet: a web-app execution', () => {
  it('has no container: no active spreadsheet, no document properties; script properties work', () => {
    const { host, seen } = setup();
    const response = host.webAppGet('name=x');
    const run = seen()[0];
    expect(run.spreadsheet).toBeNull();
    expect(run.documentProperties).toBeNull();
    expect(run.script).toBe('hello');
    expect(response.execution.source).toBe('webapp');
    expect(response.execution.containerId).toBeNull();
    expect(response.execution.hasUi).toBe(false);
  });

  it('runs as the deploying user ("Execute as: me"); an anonymous visitor is not revealed', () => {
    const { host, seen } = setup();
    host.webAppGet('', { executeAs: 'owner@city.example.lg.jp' });
    expect(seen()[0].effectiveUser).toBe('owner@city.example.lg.jp');
    expect(seen()[0].activeUser).toBe('');
  });

  it('serves the content, and the title and meta tags escaped in the standalone page', () => {
    const { host } = setup();
    const response = host.webAppGet({ name: '"><script>alert(1)</script>' });
    expect(response.title).toBe('Title <&> "x"');
    expect(response.metaTags).toEqual([{ name: 'viewport', content: 'width=device-width' }]);
    expect(response.content).toContain(
      '<p data-name="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
    );
    expect(response.page).toContain(
      '<head><title>Title &lt;&amp;&gt; &quot;x&quot;</title><meta name="viewport" content="width=device-width" /><meta charset="utf-8">',
    );
    expect(response.page).not.toContain('<script>');
  });

  it('does not charge the execution for reading what it served', () => {
    const { host } = setup();
    const response = host.webAppGet('name=x');
    expect(response.execution.calls.map((c) => c.method)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'PropertiesService.getDocumentProperties',
      'PropertiesService.getScriptProperties',
      'Properties.getProperty',
      'Session.getActiveUser',
      'User.getEmail',
      'Session.getEffectiveUser',
      'User.getEmail',
      'HtmlService.createTemplateFromFile',
      'HtmlTemplate.evaluate',
      'HtmlOutput.setTitle',
      'HtmlOutput.addMetaTag',
    ]);
  });

  it('reports an exception, or a doGet that returned nothing, as an error', () => {
    const { host } = setup();
    const failed = host.webAppGet('mode=fail');
    expect((failed.error as Error).message).toBe('boom');
    expect(failed.execution.error).toBe(failed.error);
    const nothing = host.webAppGet('mode=nothing');
    expect((nothing.error as Error).message).toBe(
      'The script completed but did not return anything.',
    );
    expect(nothing.page).toBe('');
  });

  it('fails like Apps Script when the project has no doGet', () => {
    const ws = new Workspace({ now: START, user: OWNER });
    const dir = mkdtempSync(join(tmpdir(), 'webapp-none-'));
    try {
      writeFileSync(join(dir, 'Code.js'), 'function other() {}');
      const response = new AddonHost(ws, dir).webAppGet();
      expect((response.error as Error).message).toBe('Script function not found: doGet');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The built pages (dist/sidebar.html, dist/preConsultation.html) as the emulator's HtmlService
 * serves them: scriptlets print escaped, nothing loads from outside, and a case whose text is
 * hostile markup opens a sidebar that carries that text only as data (drawn with textContent).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { OUT_DIR } from '../../esbuild.config';
import { createHtmlService } from 'gas-emulator/services/html';
import { HOSTILE, selectRegisterRow } from '../../scripts/preview';
import type { CaseView, ServerResult } from '../../src/app/sidebarContract';
import { clickMenu, Desk, MENU, newDesk, proposal, registerRecords, STAFF } from '../support/desk';
import { Q } from '../../src/strings';

const PAGES = ['sidebar', 'preConsultation'];

function built(page: string): string {
  return readFileSync(join(OUT_DIR, `${page}.html`), 'utf8');
}

/** Evaluates a built page as createTemplateFromFile(page) with these variables would. */
function render(desk: Desk, page: string, variables: Record<string, string>): string {
  const HtmlService = createHtmlService(desk.ws);
  return desk.ws.run({ functionName: 'test', source: 'manual', activeUser: STAFF }, () => {
    const template = HtmlService.createTemplateFromFile(page);
    Object.assign(template, variables);
    return template.evaluate().getContent();
  });
}

function hostileDesk(): { desk: Desk; row: number } {
  const desk = newDesk();
  const outcomes = desk.host.submitForm(
    desk.formId,
    proposal({ [Q.organisation]: HOSTILE.organisation, [Q.title]: HOSTILE.title }),
  );
  for (const outcome of outcomes) if (outcome.error) throw outcome.error;
  const row = registerRecords(desk).findIndex((r) => r['件名'] === HOSTILE.title) + 2;
  return { desk, row };
}

describe.each(PAGES)('the built page %s', (page) => {
  test('holds its script and style inline, loads nothing from outside and builds no HTML from data', () => {
    const html = built(page);
    expect(html).toContain('<html lang="ja">');
    expect(html).not.toMatch(/<script src=|<link rel="stylesheet"/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  test('has exactly the two printing scriptlets of the contract (caseRefJson, section)', () => {
    const scriptlets = built(page).match(/<\?[\s\S]*?\?>/g);
    expect(scriptlets).toEqual(['<?= caseRefJson ?>', '<?= section ?>']);
  });

  test('prints hostile template variables escaped into the root element', () => {
    const { desk } = hostileDesk();
    const caseRefJson = JSON.stringify({ row: 2, caseNumber: HOSTILE.organisation });
    const html = render(desk, page, { caseRefJson, section: HOSTILE.title });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain(HOSTILE.title);
    const root = /<main id="app"[^>]*>/.exec(html)![0];
    expect(root).toContain(
      `data-case-ref="{&quot;row&quot;:2,&quot;caseNumber&quot;:&quot;\\&quot;&gt;&lt;img`,
    );
    expect(root).toContain('data-section="&lt;script&gt;');
  });
});

describe('the sidebar opened from the menu on a case with hostile text', () => {
  test('carries the case only as its reference; the case text crosses google.script.run as data', () => {
    const { desk, row } = hostileDesk();
    selectRegisterRow(desk, row);
    const shown = desk.ws.ui.sidebars.length;
    const outcome = clickMenu(desk, MENU.changeStatus);
    expect(outcome.error).toBeUndefined();
    expect(desk.ws.ui.sidebars).toHaveLength(shown + 1);

    const html = desk.ws.ui.sidebars[shown].html;
    const caseNumber = String(registerRecords(desk)[row - 2]['案件番号']);
    const root = /<main id="app" data-case-ref="([^"]*)" data-section="([^"]*)">/.exec(html)!;
    const unescape = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    expect(JSON.parse(unescape(root[1]))).toEqual({ row, caseNumber });
    expect(root[2]).toBe('status');
    expect(html).not.toContain(HOSTILE.title);
    expect(html).not.toContain('<img src=x');

    const reply = desk.host.scriptRun<ServerResult<CaseView>>(
      desk.spreadsheetId,
      'sidebarGetCase',
      [{ row, caseNumber }],
    );
    expect(reply).toMatchObject({ ok: true });
    const view = (reply as { ok: true; value: CaseView }).value;
    expect(view.title).toBe(HOSTILE.title);
    expect(view.organisation).toBe(HOSTILE.organisation);
  });
});

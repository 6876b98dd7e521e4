/// <reference lib="dom" />
/**
 * ヘルスチェック: asks the server (healthCheck) for the report and draws one row per check with its
 * status, what was found and, for a problem, the one line of what to do. Read-only; 再確認 asks
 * again. Every value is drawn with textContent (lib/dom.ts), never parsed as HTML.
 */
import type { HealthItem, HealthReport } from '../app/sidebarContract';
import { HEALTH as TEXT } from '../strings/health';
import { call, closeHost } from './lib/run';
import { button, el } from './lib/dom';

const content = document.getElementById('content') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const errorBox = document.getElementById('error') as HTMLElement;
const results = el('div', { attrs: { id: 'health-results' } });

function itemRow(item: HealthItem): HTMLElement {
  return el('tr', { className: `health-${item.status}`, attrs: { 'data-check': item.id } }, [
    el('th', { text: item.label, attrs: { scope: 'row' } }),
    el('td', { className: 'health-status', text: TEXT.status[item.status] ?? item.status }),
    el('td', { text: item.detail }),
    el('td', { className: 'health-action', text: item.action || TEXT.none }),
  ]);
}

function show(report: HealthReport): void {
  const c = TEXT.columns;
  const rows: HTMLElement[] = [];
  let group = '';
  for (const item of report.items) {
    if (item.group !== group) {
      group = item.group;
      rows.push(
        el('tr', { className: 'health-group' }, [
          el('th', {
            text: TEXT.groups[group] ?? group,
            attrs: { colspan: '4', scope: 'colgroup' },
          }),
        ]),
      );
    }
    rows.push(itemRow(item));
  }
  results.replaceChildren(
    el('p', { className: 'health-summary', text: TEXT.summary(report.errors, report.warnings) }),
    el('p', { className: 'muted', text: TEXT.checkedAt(report.checkedAt) }),
    el('table', { className: 'health-table' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          [c.item, c.status, c.detail, c.action].map((h) =>
            el('th', { text: h, attrs: { scope: 'col' } }),
          ),
        ),
      ]),
      el('tbody', {}, rows),
    ]),
  );
}

let busy = false;

async function check(): Promise<void> {
  if (busy) return;
  busy = true;
  recheck.disabled = true;
  errorBox.textContent = '';
  notice.textContent = TEXT.loading;
  results.setAttribute('aria-busy', 'true');
  const result = await call('healthCheck', {});
  busy = false;
  recheck.disabled = false;
  results.removeAttribute('aria-busy');
  notice.textContent = '';
  if (!result.ok) {
    errorBox.textContent = result.message;
    return;
  }
  show(result.value);
}

const recheck = button(TEXT.recheck, () => void check(), 'primary');
recheck.id = 'health-recheck';

document.title = TEXT.pageTitle;
content.replaceChildren(
  el('h1', { text: TEXT.pageTitle }),
  el('p', { className: 'muted', text: TEXT.intro }),
  results,
  el('div', { className: 'buttons' }, [recheck, button(TEXT.close, closeHost)]),
);
void check();

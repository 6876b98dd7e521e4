/**
 * npm run bench — each operation at several register sizes: service calls (deterministic) and
 * modeled time (packages/gas-emulator/src/core/latency.ts) beside its budget. Wall-clock time is not measured:
 * it says nothing about Apps Script.
 */
import type { Execution } from 'gas-emulator/core/execution';
import { REGISTER_COLUMNS, registerColumn } from '../src/domain/register';
import { MENU, Q } from '../src/strings';
import { clickMenu, Desk, newDesk, proposal } from '../test/support/desk';
import { benchWorkflow } from './bench-workflow';
import { benchReminders } from './bench-reminders';
import { benchDocuments } from './bench-documents';
import { benchPublication } from './bench-publication';
import { benchStatistics } from './bench-statistics';
import { benchSearch } from './bench-search';
import { benchPartners } from './bench-partners';
import { benchHealth } from './bench-health';
import { benchWizard } from './bench-wizard';
import { benchDepartment } from './bench-department';
import { BenchRow, budgetText, measure, withinBudget } from './benchRow';

const SIZES = [10, 1_000, 10_000];

/** Fills the register with `count` registered cases straight into the model (setup cost only). */
function preload(desk: Desk, count: number): void {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
  if (sheet.maxRows < count + 1) sheet.maxRows = count + 1;
  for (let i = 0; i < count; i++) {
    const row = i + 2;
    REGISTER_COLUMNS.forEach((_, c) => (sheet.cellForWrite(row, c + 1).value = `値${i}-${c}`));
    sheet.cellForWrite(row, registerColumn('caseNumber')).value =
      `R8-${String(i + 1).padStart(5, '0')}`;
    sheet.cellForWrite(row, registerColumn('responseKey')).value = `F-preloaded-${i}`;
    sheet.cellForWrite(row, registerColumn('receipt')).value = '送信済';
  }
}

function last(desk: Desk): Execution {
  const all = desk.ws.ledger.executions;
  return all[all.length - 1];
}

/** One line per area on stderr as it runs (the table goes to stdout). */
function progress(area: string): void {
  process.stderr.write(`bench: ${area}…\n`);
}

const rows: BenchRow[] = [];
for (const size of SIZES) {
  progress(`setup, intake and recovery with ${size} cases`);
  const desk = newDesk();
  // Issue 15: onInstall makes only what the first minutes need (src/app/setup.ts setUpCore).
  rows.push(
    measure('setup (onInstall)', 0, desk.ws.ledger.executions[0], { calls: 160, ms: 10_000 }),
  );
  preload(desk, size);
  desk.host.submitForm(desk.formId, proposal({ [Q.title]: `bench ${size}` }));
  rows.push(measure('intake: one submission', size, last(desk), { calls: 15, ms: 2_000 }));
  desk.host.submitForm(desk.formId, proposal({ [Q.title]: `bench ${size}` }), { deliveries: 1 });
  clickMenu(desk, MENU.recover);
  rows.push(measure('recovery: nothing missing', size + 2, last(desk), null));
}

const areas: Array<[string, () => BenchRow[]]> = [
  ['case workflow', benchWorkflow],
  ['department answers', benchDepartment],
  ['reminders (the daily sweep)', benchReminders],
  ['documents', benchDocuments],
  ['publication', benchPublication],
  ['statistics', benchStatistics],
  ['search', benchSearch],
  ['organisations', benchPartners],
  ['health page', benchHealth],
  ['setup wizard', benchWizard],
];
for (const [area, bench] of areas) {
  progress(area);
  rows.push(...bench());
}

const header = ['operation', 'cases', 'calls', 'emails', 'modeled ms', 'budget', 'ok'];
const table = rows.map((r) => {
  return [
    r.operation,
    String(r.cases),
    String(r.calls),
    String(r.emails),
    String(r.ms),
    r.budget ? budgetText(r.budget) : '—',
    withinBudget(r) ? 'ok' : 'OVER',
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of table) console.log(line(r));
console.log(
  '\nCalls exclude MailApp.sendEmail (budgets count them apart). Latency model: packages/gas-emulator/src/core/latency.ts',
);
if (table.some((r) => r[6] === 'OVER')) process.exitCode = 1;

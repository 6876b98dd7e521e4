/**
 * Bench rows of the statistics refresh (issue 14; called by scripts/bench.ts) at 10, 1,000 and
 * 10,000 cases with three history rows per case (30,000 at 10,000). Budget: 12 service calls
 * besides the outputs written (the 統計 sheet's values and its charts), 10 s modeled. Rows:
 * - "statistics (hourly, changed)": the hourly trigger's refresh the day after a change;
 * - "statistics (hourly, unchanged)": the next day, nothing to write;
 * - "statistics (hourly, changed, charts stay)": a change that keeps the tables' shape, the usual
 *   day: the values go through one A1 range and the charts are left alone (12 calls in all,
 *   outputs included);
 * - "statistics (menu)": 統計を更新, which also checks who asks and shows the outcome: the lock 2,
 *   the properties 2, the spreadsheet 1, who asks 2 (Session), the register and the history in
 *   one Sheets API values.batchGet with the spreadsheet's id 2, the final properties write 1 and
 *   the alert 2 (getUi, alert): 12. It has written nothing before it reads, so the API, which does
 *   not see SpreadsheetApp's pending writes, reads what is there; the hourly run has (the sweep,
 *   publication) and reads through SpreadsheetApp.
 */
import type { Execution } from 'gas-emulator/core/execution';
import { registerColumn } from '../src/domain/register';
import { MENU, SHEET } from '../src/strings';
import { clickMenu, newDesk } from '../test/support/desk';
import { preloadCases, sheetOf } from '../test/support/workflow';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 1_000, 10_000];
export const STATISTICS_BUDGET = { calls: 12, ms: 10_000 };
/**
 * The menu adds who asks (2 calls) and the alert (2) to what the hourly refresh makes, and saves
 * 2 by reading the register and the history in one Sheets API call (it has written nothing yet).
 */
export const STATISTICS_MENU_BUDGET = { calls: 12, ms: 10_000 };

/** Calls on the outputs: the 統計 sheet (found or made, written) and its charts. */
const OUTPUT_CALLS =
  /^(Sheet\.(getMaxRows|getMaxColumns|insertRowsAfter|insertColumnsAfter|getRange|getCharts|newChart|insertChart|updateChart|removeChart)|Spreadsheet\.insertSheet|Range\.setValues|EmbeddedChart.*|ChartOptions\..*)$/;

function withoutOutputs(
  operation: string,
  size: number,
  execution: Execution,
  budget = STATISTICS_BUDGET,
): BenchRow {
  const calls = execution.calls;
  // A getSheetByName after the sources are read finds 統計 (an output's); the register's and
  // the history's come before their reads (none when the Sheets API reads them).
  const lastRead = calls.reduce(
    (at, c, i) =>
      /^(Sheet\.getSheetValues|Spreadsheets\.Values\.batchGet)$/.test(c.method) ? i : at,
    -1,
  );
  const kept = calls.filter((c, i) => {
    if (c.method === 'Spreadsheet.getSheetByName') return i < lastRead;
    return !OUTPUT_CALLS.test(c.method);
  });
  const row = measure(operation, size, execution, budget);
  return {
    ...row,
    operation: `${operation} [+${calls.length - kept.length} on outputs]`,
    calls: kept.length,
  };
}

const STEPS = ['対話・調整', '提案書確認', '回答（可）'];

/** Three moves per case in the history, written straight into the model. */
function preloadHistory(desk: ReturnType<typeof newDesk>, size: number): void {
  const sheet = sheetOf(desk, SHEET.history);
  const rows = size * STEPS.length;
  if (sheet.maxRows < rows + 1) sheet.maxRows = rows + 1;
  let row = 2;
  for (let i = 0; i < size; i++) {
    const caseNumber = `R8-${String(i + 1).padStart(5, '0')}`;
    STEPS.forEach((to, k) => {
      const values = [
        new Date(Date.UTC(2026, 3, 6 + k * 7 + (i % 5), 1)),
        'renkei@city.aomori.example.lg.jp',
        caseNumber,
        k ? STEPS[k - 1] : '受付・内容確認',
        to,
        '',
        `op-${i}-${k}`,
      ];
      values.forEach((v, c) => (sheet.cellForWrite(row, c + 1).value = v as never));
      row++;
    });
  }
}

function runHour(desk: ReturnType<typeof newDesk>, time: string): Execution {
  desk.ws.clock.set(time);
  for (const o of desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
  return desk.host.lastExecution();
}

function day(desk: ReturnType<typeof newDesk>, iso: string): Execution {
  for (const hour of ['00', '08', '09']) runHour(desk, `${iso}T${hour}:30:00+09:00`);
  return runHour(desk, `${iso}T10:30:00+09:00`);
}

export function benchStatistics(sizes = SIZES): BenchRow[] {
  return sizes.flatMap((size) => {
    const desk = newDesk({ now: '2026-06-01T09:00:00+09:00' });
    preloadCases(desk, size);
    const register = sheetOf(desk, SHEET.register);
    for (let i = 0; i < size; i++) {
      register.cellForWrite(i + 2, registerColumn('receivedAt')).value = new Date(
        Date.UTC(2026, 3, 1 + (i % 20), 1),
      ) as never;
      // The register agrees with the history (else the hourly reconciliation puts statuses back).
      register.cellForWrite(i + 2, registerColumn('status')).value = '回答（可）';
    }
    preloadHistory(desk, size);
    if (clickMenu(desk, MENU.refreshStatistics).error) throw new Error('bench: refresh failed');
    // A change, then the hourly trigger's day: recovery, sweep, publication, statistics.
    register.cellForWrite(2, registerColumn('track')).value = '実証実験サポート';
    const changed = day(desk, '2026-06-02');
    const unchanged = day(desk, '2026-06-03');
    // A change that keeps the tables' shape (a date within the fiscal year): the charts stay.
    register.cellForWrite(3, registerColumn('receivedAt')).value = new Date(
      Date.UTC(2026, 4, 20, 1),
    ) as never;
    const sameShape = day(desk, '2026-06-04');
    if (clickMenu(desk, MENU.refreshStatistics).error) throw new Error('bench: refresh failed');
    const menu = desk.host.lastExecution();
    return [
      withoutOutputs('statistics (hourly, changed)', size, changed),
      withoutOutputs('statistics (hourly, unchanged)', size, unchanged),
      withoutOutputs('statistics (hourly, changed, charts stay)', size, sameShape),
      withoutOutputs('statistics (menu)', size, menu, STATISTICS_MENU_BUDGET),
    ];
  });
}

if (require.main === module) console.table(benchStatistics());

/**
 * Bench rows of the public list (issue 13; called by scripts/bench.ts) at 10, 1,000 and 10,000
 * cases, one in ten published (realised, consented, 公開, with a summary). Budget: 12 service
 * calls besides the outputs written (the CSV and JSON files, the public spreadsheet and the web
 * page's cache in script properties), 10 s modeled. Rows:
 * - "publication (hourly, changed)": the hourly trigger's run after the sweep, content changed;
 * - "publication (hourly, unchanged)": the next day, nothing to write;
 * - "publication (menu)": 公開一覧を更新, which also checks who asks; the calls that only talk to
 *   the person (the progress toast and the result alert) are counted apart, like the outputs.
 * The first regeneration (creating the files) is not measured: it happens once.
 */
import type { Execution } from 'gas-emulator/core/execution';
import { registerColumn, RegisterKey } from '../src/domain/register';
import { PUBLICATION_CONSENT_CHOICES } from '../src/strings';
import { clickMenu, newDesk } from '../test/support/desk';
import { preloadCases, sheetOf } from '../test/support/workflow';
import { setPublicFolder } from '../test/support/publication';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 1_000, 10_000];
export const PUBLICATION_BUDGET = { calls: 12, ms: 10_000 };

/** Calls on the outputs: Drive files, the public spreadsheet, the script-property cache. */
const OUTPUT_CALLS =
  /^(DriveApp|File|Folder|FileIterator)\.|^SpreadsheetApp\.(openById|create)$|^Spreadsheet\.(getSheets|rename|addEditors)$|^Sheet\.(getMaxRows|insertRowsAfter|getRange|setName|setFrozenRows)$|^Range\.setValues$/;

/** Calls that only talk to the person: the result alert, and the progress toast with its lookup. */
function isForThePerson(calls: Execution['calls'], i: number): boolean {
  const method = calls[i].method;
  if (/^(SpreadsheetApp\.getUi|Ui\.alert|Spreadsheet\.toast)$/.test(method)) return true;
  return (
    method === 'SpreadsheetApp.getActiveSpreadsheet' && calls[i + 1]?.method === 'Spreadsheet.toast'
  );
}

/** The execution's row, the calls on the outputs left out (and the script store's two). */
function withoutOutputs(operation: string, size: number, execution: Execution): BenchRow {
  const calls = execution.calls;
  const script = calls.findIndex((c) => c.method === 'PropertiesService.getScriptProperties');
  const person = calls.filter((_, i) => isForThePerson(calls, i)).length;
  const kept = calls.filter(
    (c, i) =>
      !OUTPUT_CALLS.test(c.method) &&
      !isForThePerson(calls, i) &&
      !(script >= 0 && (i === script || i === script + 1)),
  );
  const row = measure(operation, size, execution, PUBLICATION_BUDGET);
  const apart = calls.length - kept.length - person;
  return {
    ...row,
    operation: `${operation} [+${apart} on outputs${person ? `, +${person} for the person` : ''}]`,
    calls: kept.length,
  };
}

function publishEveryTenth(desk: ReturnType<typeof newDesk>, size: number): void {
  const sheet = sheetOf(desk, '案件台帳');
  const set = (row: number, key: RegisterKey, value: unknown) =>
    (sheet.cellForWrite(row, registerColumn(key)).value = value as never);
  for (let i = 0; i < size; i += 10) {
    const row = i + 2;
    set(row, 'status', '事業実施');
    set(row, 'track', 'パートナーシップ事業');
    set(row, 'organisation', `ベンチ株式会社${i}`);
    set(row, 'title', `ベンチ案件 ${i + 1} の連携事業`);
    set(row, 'department', '道路維持課');
    set(row, 'agreementDate', '2026-07-01');
    set(row, 'publicationConsent', PUBLICATION_CONSENT_CHOICES[0]);
    set(row, 'publication', '公開');
    set(row, 'publicSummary', `市と事業者が共同で除雪情報を公開する取組です（${i}）。`);
    set(row, 'source', '');
  }
}

function runHour(desk: ReturnType<typeof newDesk>, time: string): Execution {
  desk.ws.clock.set(time);
  for (const o of desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
  return desk.host.lastExecution();
}

export function benchPublication(sizes = SIZES): BenchRow[] {
  return sizes.flatMap((size) => {
    const desk = newDesk({ now: '2026-06-01T09:00:00+09:00' });
    setPublicFolder(desk, true);
    preloadCases(desk, size);
    publishEveryTenth(desk, size);
    if (clickMenu(desk, '公開一覧を更新').error) throw new Error('bench: refresh failed');
    // A change, then the hourly trigger's day: recovery, sweep, publication.
    sheetOf(desk, '案件台帳').cellForWrite(2, registerColumn('publicSummary')).value = '改訂';
    runHour(desk, '2026-06-02T00:30:00+09:00');
    runHour(desk, '2026-06-02T08:30:00+09:00');
    const changed = runHour(desk, '2026-06-02T09:30:00+09:00');
    runHour(desk, '2026-06-03T00:30:00+09:00');
    runHour(desk, '2026-06-03T08:30:00+09:00');
    const unchanged = runHour(desk, '2026-06-03T09:30:00+09:00');
    if (clickMenu(desk, '公開一覧を更新').error) throw new Error('bench: refresh failed');
    const menu = desk.host.lastExecution();
    return [
      withoutOutputs('publication (hourly, changed)', size, changed),
      withoutOutputs('publication (hourly, unchanged)', size, unchanged),
      withoutOutputs('publication (menu)', size, menu),
    ];
  });
}

if (require.main === module) console.table(benchPublication());

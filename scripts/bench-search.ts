/**
 * Bench rows of 案件を検索 (issue 14; called by scripts/bench.ts) at 10, 1,000 and 10,000 cases:
 * one search by words (one read of 案件番号…事業者名, A:K: 7 calls) and one by department (that
 * span as two runs, A:E and I:K, plus 担当課: 11 calls). Budget: 7 calls by words, 11 by
 * department, 1.5 s modeled. The issue asked for ≤ 5 calls, but who asks and with which settings
 * costs 5 before any read (document properties 2, Session 2, the spreadsheet 1; see
 * src/store/context.ts) and a read is 2 (getRange, getValues). By department, A:K and 担当課 in
 * two reads would move 120,000 cells at 10,000 cases (~1.6 s modeled), and A:Z in one ~260,000
 * (~3.3 s): over the time budget (src/app/search.ts).
 */
import { registerColumn } from '../src/domain/register';
import { newDesk, STAFF } from '../test/support/desk';
import { preloadCases, sheetOf } from '../test/support/workflow';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 1_000, 10_000];
export const SEARCH_BUDGET = { calls: 7, ms: 1_500 };
export const SEARCH_DEPARTMENT_BUDGET = { calls: 11, ms: 1_500 };

const EMPTY = { caseNumber: '', organisation: '', words: '', status: '', fiscalYear: '' };

export function benchSearch(sizes = SIZES): BenchRow[] {
  return sizes.flatMap((size) => {
    const desk = newDesk({ now: '2026-06-01T09:00:00+09:00' });
    preloadCases(desk, size);
    const register = sheetOf(desk, '案件台帳');
    for (let row = 2; row < size + 2; row += 7) {
      register.cellForWrite(row, registerColumn('department')).value = '観光課';
    }
    const searchFor = (criteria: Record<string, string>) => {
      const reply = desk.host.scriptRun<{ ok: boolean }>(
        desk.spreadsheetId,
        'searchCases',
        [{ ...EMPTY, department: '', ...criteria }],
        STAFF,
      );
      if (!reply.ok) throw new Error('bench: search refused');
      return desk.host.lastExecution();
    };
    return [
      measure('search: words', size, searchFor({ words: '案件1' }), SEARCH_BUDGET),
      measure(
        'search: department',
        size,
        searchFor({ department: '観光' }),
        SEARCH_DEPARTMENT_BUDGET,
      ),
    ];
  });
}

if (require.main === module) console.table(benchSearch());

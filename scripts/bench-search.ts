/**
 * Bench rows of 案件を検索 (issue 14; called by scripts/bench.ts) at 10, 1,000 and 10,000 cases,
 * as the dialog asks (with the id of the spreadsheet it was opened in): one search by words (the
 * span 案件番号…事業者名, A:K) and one by department (that span as two runs, A:E and I:K, plus
 * 担当課), each in one Sheets API values.batchGet — 5 calls: document properties 2, who asks 2
 * (Session), the read 1 (src/app/search.ts). Budget: 5 calls, 1.5 s modeled. The rows "(no
 * API)" are the fallback when the dialog's spreadsheet is not the one setup recorded (a copy of
 * the desk): the spreadsheet 1 and 2 calls per span through SpreadsheetApp, 7 and 11 calls.
 */
import { registerColumn } from '../src/domain/register';
import { newDesk, STAFF } from '../test/support/desk';
import { preloadCases, sheetOf } from '../test/support/workflow';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 1_000, 10_000];
export const SEARCH_BUDGET = { calls: 5, ms: 1_500 };
/** Without the API (a copy of the desk): the spreadsheet 1, and 2 calls per span. */
export const SEARCH_FALLBACK_BUDGET = { calls: 7, ms: 1_500 };
export const SEARCH_DEPARTMENT_FALLBACK_BUDGET = { calls: 11, ms: 1_500 };

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
        [{ ...EMPTY, department: '', spreadsheetId: desk.spreadsheetId, ...criteria }],
        STAFF,
      );
      if (!reply.ok) throw new Error('bench: search refused');
      return desk.host.lastExecution();
    };
    const noApi = { spreadsheetId: '' };
    return [
      measure('search: words', size, searchFor({ words: '案件1' }), SEARCH_BUDGET),
      measure('search: department', size, searchFor({ department: '観光' }), SEARCH_BUDGET),
      measure(
        'search: words (no API)',
        size,
        searchFor({ words: '案件1', ...noApi }),
        SEARCH_FALLBACK_BUDGET,
      ),
      measure(
        'search: department (no API)',
        size,
        searchFor({ department: '観光', ...noApi }),
        SEARCH_DEPARTMENT_FALLBACK_BUDGET,
      ),
    ];
  });
}

if (require.main === module) console.table(benchSearch());

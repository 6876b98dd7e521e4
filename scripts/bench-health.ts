/**
 * Bench rows of ヘルスチェック (issue 16; called by scripts/bench.ts): the dialog's one request
 * (healthCheck) on a desk as 初期設定 leaves it, at 10 and 10,000 cases — the register is never
 * read (its size comes from the sweep's record), so the size does not move the cost. Budget (issue
 * 16): ≤ 15 calls, ≤ 2 s modeled — properties 2, the spreadsheet 1, the quota 1, the time zone 1,
 * the five default templates 5 (one DocumentApp.openById each), the 応募フォーム 3 (open,
 * accepting, destination) and the 庁内回答フォーム 2 (open, destination; src/app/health.ts says why
 * its 受付 switch is not asked).
 */
import { MENU } from '../src/strings';
import { clickMenu, newDesk, STAFF } from '../test/support/desk';
import { preloadCases } from '../test/support/workflow';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 10_000];
export const HEALTH_BUDGET = { calls: 15, ms: 2_000 };

export function benchHealth(sizes = SIZES): BenchRow[] {
  return sizes.map((size) => {
    const desk = newDesk({ now: '2026-06-01T09:00:00+09:00' });
    clickMenu(desk, MENU.setup);
    preloadCases(desk, size);
    const reply = desk.host.scriptRun<{ ok: boolean }>(
      desk.spreadsheetId,
      'healthCheck',
      [{}],
      STAFF,
    );
    if (!reply.ok) throw new Error('bench: health check refused');
    return measure('health: check (dialog)', size, desk.host.lastExecution(), HEALTH_BUDGET);
  });
}

if (require.main === module) console.table(benchHealth());

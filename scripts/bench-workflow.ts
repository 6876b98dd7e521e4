/**
 * Bench rows of the workflow (called by scripts/bench.ts) at 10, 1,000 and 10,000 cases:
 * - "status change": the whole google.script.run execution of a move from the sidebar — who,
 *   settings, the case's row read and written back, the history row, the lock and the intent
 *   and done marks of src/app/workflow/journal.ts (budget: 14 calls, 2 s);
 * - "open a case in the sidebar": reading the case, its history, dialogues and departments
 *   (no budget in the issues; shown so its growth with the history stays visible).
 */
import { newDesk } from '../test/support/desk';
import { preloadCases, seedDepartments, sheetOf } from '../test/support/workflow';
import { SHEET } from '../src/strings';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 1_000, 10_000];
/** A register of N cases comes with a history: three earlier actions per case. */
const HISTORY_ROWS_PER_CASE = 3;
export const STATUS_CHANGE_BUDGET = { calls: 14, ms: 2_000 };

export function benchWorkflow(sizes = SIZES): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const desk = newDesk();
    seedDepartments(desk);
    preloadCases(desk, size);
    preloadHistory(desk, size * HISTORY_ROWS_PER_CASE);
    const ref = {
      row: Math.max(2, size),
      caseNumber: `R8-${String(Math.max(1, size - 1)).padStart(5, '0')}`,
    };
    const result = desk.host.scriptRun<{ ok: boolean; message?: string }>(
      desk.spreadsheetId,
      'sidebarMoveCase',
      [{ ...ref, expectedStatus: '対話・調整', to: '提案書確認', comment: 'bench' }],
    );
    if (!result.ok) throw new Error(`bench: status change refused: ${result.message}`);
    rows.push(measure('status change', size, desk.host.lastExecution(), STATUS_CHANGE_BUDGET));
    desk.host.scriptRun(desk.spreadsheetId, 'sidebarGetCase', [ref]);
    rows.push(measure('open a case in the sidebar', size, desk.host.lastExecution(), null));
  }
  return rows;
}

function preloadHistory(desk: ReturnType<typeof newDesk>, count: number): void {
  const sheet = sheetOf(desk, SHEET.history);
  if (sheet.maxRows < count + 1) sheet.maxRows = count + 1;
  const cases = Math.max(1, count / HISTORY_ROWS_PER_CASE);
  for (let i = 0; i < count; i++) {
    const row = [
      new Date('2026-04-01T09:00:00+09:00'),
      'renkei@city.aomori.example.lg.jp',
      `R8-${String((i % cases) + 1).padStart(5, '0')}`,
      '受付・内容確認',
      '対話・調整',
      '',
    ];
    row.forEach((v, c) => (sheet.cellForWrite(i + 2, c + 1).value = v));
  }
}

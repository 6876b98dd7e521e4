/**
 * Bench rows of the partner master (issue 14; called by scripts/bench.ts) at 10, 1,000 and
 * 10,000 cases, one in three from the same organisation:
 * - "intake: repeat proposer": a submission from that organisation, noted in the desk notice
 *   (the intake's budget: 15 calls besides the emails, 2 s modeled);
 * - "partners (menu)": 事業者一覧を更新 rebuilding the 事業者 sheet (no budget in the issue).
 */
import { registerColumn } from '../src/domain/register';
import { MENU, Q } from '../src/strings';
import { clickMenu, newDesk, proposal } from '../test/support/desk';
import { preloadCases, sheetOf } from '../test/support/workflow';
import { BenchRow, measure } from './benchRow';

const SIZES = [10, 1_000, 10_000];

export function benchPartners(sizes = SIZES): BenchRow[] {
  return sizes.flatMap((size) => {
    const desk = newDesk();
    preloadCases(desk, size);
    const register = sheetOf(desk, '案件台帳');
    for (let row = 2; row < size + 2; row += 3) {
      register.cellForWrite(row, registerColumn('organisation')).value = '株式会社アオモリテック';
      register.cellForWrite(row, registerColumn('organisationKey')).value = 'アオモリテック';
    }
    for (const o of desk.host.submitForm(
      desk.formId,
      proposal({ [Q.organisation]: 'アオモリテック㈱' }),
    )) {
      if (o.error) throw o.error;
    }
    const intake = desk.host.lastExecution();
    if (clickMenu(desk, MENU.refreshPartners).error) throw new Error('bench: refresh failed');
    return [
      measure('intake: repeat proposer', size, intake, { calls: 15, ms: 2_000 }),
      measure('partners (menu)', size, desk.host.lastExecution(), null),
    ];
  });
}

if (require.main === module) console.table(benchPartners());

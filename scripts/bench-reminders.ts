/**
 * Bench rows of the daily sweep (called by scripts/bench.ts) at 10, 1,000 and 10,000 open
 * cases. The register holds cases in every status with a due time, spread from three weeks
 * overdue to two months ahead, assigned to ten departments; PoC reports are owed by five
 * applicants. Two rows per size:
 * - "sweep (daily trigger)": the run at the sweep hour that sends the day's digests
 *   (budget, issue 10: 14 calls plus 2 per email — the intent before each digest and its outcome
 *   after, docs/reliability.md — besides the emails, 30 s modeled); its emails scale with
 *   recipients;
 * - "sweep: next day": the following business day, when most reminders were already sent.
 * Recovery of missed responses runs in its own execution (see "recovery" in scripts/bench.ts).
 */
import { addBusinessDays, addCalendarDays } from '../src/domain/calendar';
import type { CaseRecord } from '../src/domain/workflow/caseRecord';
import { clickMenu, Desk, MENU, newDesk } from '../test/support/desk';
import { placeCases, placeDepartments, runTriggerDay } from '../test/support/reminders';
import { BenchRow, measure, withinBudget } from './benchRow';

export const SWEEP_BUDGET = { calls: 14, perEmail: 2, ms: 30_000 };
const SIZES = [10, 1_000, 10_000];
const DAY = '2026-06-10'; // a Wednesday
const NEXT_DAY = '2026-06-11';

const DEPARTMENTS: Array<[string, string]> = Array.from({ length: 10 }, (_, i) => [
  `担当課${i + 1}`,
  `dept${i + 1}@city.aomori.example.lg.jp`,
]);

/** The i-th open case: its status, department, applicant and a due date around DAY. */
export function benchCase(i: number): Partial<CaseRecord> {
  const statuses = [
    '受付・内容確認',
    '対話・調整',
    '提案書確認',
    '実施可否判断',
    '連携協定締結',
    '報告書作成',
  ];
  const status = statuses[i % statuses.length];
  const offset = (i % 80) - 20; // −20 … +59 calendar days
  const due = addCalendarDays(DAY, offset);
  const fields: Partial<CaseRecord> = {
    caseNumber: `R8-${String(i + 1).padStart(5, '0')}`,
    status,
    statusChangedAt: addBusinessDays(DAY, -20),
    title: `ベンチ案件 ${i + 1}`,
    email: `applicant${i % 5}@example.co.jp`,
  };
  if (status === '報告書作成') return { ...fields, reportDue: due };
  if (status === '提案書確認' || status === '実施可否判断') {
    return { ...fields, dueDate: due, department: DEPARTMENTS[i % DEPARTMENTS.length][0] };
  }
  return { ...fields, dueDate: due };
}

function deskWith(size: number): Desk {
  const desk = newDesk({ now: '2026-06-01T09:00:00+09:00' });
  placeDepartments(desk, DEPARTMENTS);
  placeCases(
    desk,
    Array.from({ length: size }, (_, i) => benchCase(i)),
  );
  clickMenu(desk, MENU.setup); // refreshes the 担当課 snapshot, as setup or an edit of 担当課 does
  return desk;
}

export function benchReminders(sizes = SIZES): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const desk = deskWith(size);
    const first = runTriggerDay(desk, DAY).sweep[0];
    rows.push(measure('sweep (daily trigger)', size, first.execution, SWEEP_BUDGET));
    const next = runTriggerDay(desk, NEXT_DAY).sweep[0];
    rows.push(measure('sweep: next day', size, next.execution, SWEEP_BUDGET));
  }
  return rows;
}

if (require.main === module) {
  for (const r of benchReminders()) {
    console.log(
      [
        r.operation,
        r.cases,
        `${r.calls} calls`,
        `${r.emails} emails`,
        `${r.ms} ms`,
        withinBudget(r) ? 'ok' : 'OVER',
      ].join('\t'),
    );
  }
}

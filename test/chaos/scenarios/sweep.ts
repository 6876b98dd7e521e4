/**
 * Chaos scenarios of the reminder sweep (see test/chaos/harness.ts). The desk swept on Tuesday
 * 2026-05-19 (its 送信記録 holds those rows); on Wednesday three digests are due: the desk's
 * (two cases), 道路維持課's and an applicant's PoC report reminder. The sweep of the hourly
 * trigger or of the menu is killed or failed at each call, then recovered by the next hourly run,
 * by the menu, or by pressing the menu again.
 */
import { MENU } from '../../../src/strings';
import type { CaseRecord } from '../../../src/domain/workflow/caseRecord';
import { clickMenu, newDesk } from '../../support/desk';
import { placeCases, placeDepartments } from '../../support/reminders';
import type { InjectedFault, Interleaving, Scenario, World } from '../harness';
import { commonInvariants } from '../invariants/common';
import {
  digestsSince,
  pairsOf,
  sentLogRows,
  SweepBaseline,
  sweepInvariants,
} from '../invariants/sweep';

const DOURO = 'douro@city.aomori.example.lg.jp';
const HANAKO = 'hanako@kita-univ.example.ac.jp';

/** Every due date is 5/19: "due soon" on Tuesday, overdue (a new reminder) on Wednesday. */
const CASES: Array<Partial<CaseRecord>> = [
  { caseNumber: 'R8-0001', status: '受付・内容確認', dueDate: '2026-05-19' },
  {
    caseNumber: 'R8-0002',
    status: '提案書確認',
    department: '道路維持課',
    departmentDue: '2026-05-19',
    dueDate: '2026-05-29',
  },
  { caseNumber: 'R8-0003', status: '報告書作成', reportDue: '2026-05-19', email: HANAKO },
];

const DAY = '2026-05-20';

function at(world: World, time: string): void {
  world.desk.ws.clock.set(`${DAY}T${time}:00+09:00`);
}

function hourly(world: World, time: string): void {
  at(world, time);
  for (const o of world.desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
}

function menu(world: World, time: string): void {
  at(world, time);
  const o = clickMenu(world.desk, MENU.runSweepNow);
  if (o.error) throw o.error;
}

/** The desk on Wednesday after midnight: Tuesday swept, Wednesday's recovery run done. */
function arrangeBare(): World {
  const desk = newDesk({ now: '2026-05-18T09:00:00+09:00' });
  placeDepartments(desk, [['道路維持課', DOURO]]);
  placeCases(desk, CASES);
  for (const time of ['2026-05-19T00:30', '2026-05-19T08:30', `${DAY}T00:30`]) {
    desk.ws.clock.set(`${time}:00+09:00`);
    for (const o of desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
  }
  return { desk };
}

/** The same, with what the checks compare against. */
function arrangeDesk(): World {
  const world = arrangeBare();
  world.base = {
    since: world.desk.ws.mail.outbox.length,
    rowsBefore: sentLogRows(world.desk),
    expected: expectedPairs(),
  } satisfies SweepBaseline;
  return world;
}

let expected: Set<string> | null = null;

/** What a clean Wednesday sweep mails (computed once, on a desk of its own). */
function expectedPairs(): Set<string> {
  if (expected) return expected;
  const world = arrangeBare();
  const since = world.desk.ws.mail.outbox.length;
  hourly(world, '08:30');
  expected = pairsOf(digestsSince(world.desk, since));
  return expected;
}

function check(world: World, fault: InjectedFault | null): string[] {
  const base = world.base as SweepBaseline;
  const found = [
    ...commonInvariants(world.desk, fault),
    ...sweepInvariants(world.desk, fault, base),
  ];
  // A clean run mails the three digests (a guard against an arrangement that sends nothing).
  if (!fault && base.expected.size < 4) found.push(`only ${base.expected.size} reminders due`);
  return found;
}

export const scenarios: Scenario[] = [
  {
    name: 'sweep (hourly) → next hour',
    arrange: arrangeDesk,
    act: (w) => hourly(w, '08:30'),
    target: 'onDailySweep',
    recover: (w) => hourly(w, '09:30'),
    check,
  },
  {
    name: 'sweep (hourly) → menu',
    arrange: arrangeDesk,
    act: (w) => hourly(w, '08:30'),
    target: 'onDailySweep',
    recover: (w) => menu(w, '08:40'),
    check,
  },
  {
    name: 'sweep (menu) → menu again',
    arrange: arrangeDesk,
    act: (w) => menu(w, '08:30'),
    target: 'menuRunSweepNow',
    recover: (w) => menu(w, '08:35'),
    check,
  },
];

export const interleavings: Interleaving[] = [
  {
    name: 'sweep: two sweeps overlapping (menu during the hourly)',
    arrange: arrangeDesk,
    act: (w) => hourly(w, '08:30'),
    target: 'onDailySweep',
    during: (w) => {
      const o = clickMenu(w.desk, MENU.runSweepNow);
      if (o.error) throw o.error;
    },
    recover: (w) => hourly(w, '09:30'),
    check,
  },
];

/**
 * Chaos scenarios of the statistics (issue 14; see test/chaos/harness.ts): 統計を更新 and the hourly
 * refresh, killed or failed at each call, then run again; 年次報告を作成 likewise. After recovery:
 * one 統計 sheet holding the register's figures and exactly one chart of each of ours — never a
 * twin — and no report left half-filled or under its working name.
 */
import { MENU, STATISTICS_CHARTS, STATISTICS_LABELS, STATISTICS_SHEET } from '../../../src/strings';
import { clickMenu, Desk, newDesk, STAFF_2 } from '../../support/desk';
import { addStaff, expectOk, move, POC, sheetOf, submitCase } from '../../support/workflow';
import type { InjectedFault, Interleaving, Scenario, World } from '../harness';
import { commonInvariants } from '../invariants/common';
import { settingValue } from '../../support/documents';

/** Three cases, one answered (so the lead times have a value). */
function statisticsWorld(prepare: (w: World) => void = () => {}): World {
  const desk = newDesk();
  addStaff(desk, STAFF_2);
  const a = submitCase(desk);
  submitCase(desk, POC);
  submitCase(desk);
  for (const to of ['対話・調整', '提案書確認', '実施可否判断', '回答（可）']) {
    expectOk(move(desk, a, to));
  }
  const world: World = { desk, cases: 3 };
  prepare(world);
  return world;
}

function refresh(world: World, user?: string): void {
  const outcome = clickMenu(world.desk, MENU.refreshStatistics, user);
  if (outcome.error) throw outcome.error;
}

function report(world: World): void {
  world.desk.ws.ui.queuePromptResponse('');
  const outcome = clickMenu(world.desk, MENU.createAnnualReport);
  if (outcome.error) throw outcome.error;
}

function hourly(world: World, time: string): void {
  world.desk.ws.clock.set(time);
  for (const o of world.desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
}

/** Recovery, the sweep and the publication check ran; the next hourly run refreshes. */
function dayBeforeStatistics(world: World): void {
  for (const hour of ['00', '08', '09']) hourly(world, `2026-05-12T${hour}:30:00+09:00`);
}

function statisticsInvariants(desk: Desk, cases: number): string[] {
  const found: string[] = [];
  const ss = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
  const sheets = ss.sheets.filter((s) => s.name === STATISTICS_SHEET);
  if (sheets.length !== 1) return [`${sheets.length} × ${STATISTICS_SHEET} sheet`];
  const sheet = sheetOf(desk, STATISTICS_SHEET);
  for (const { title } of Object.values(STATISTICS_CHARTS)) {
    const n = sheet.charts.filter((c) => c.options.title === title).length;
    if (n !== 1) found.push(`${n} × chart ${title}`);
  }
  let total: unknown = null;
  for (let r = 1; r <= sheet.lastRow(); r++) {
    if (sheet.cell(r, 1)?.value === STATISTICS_LABELS.cases) total = sheet.cell(r, 3)?.value;
  }
  if (total !== cases) found.push(`提案件数 ${String(total)}, expected ${cases}`);
  return found;
}

function reportInvariants(desk: Desk): string[] {
  const found: string[] = [];
  const live = desk.ws.drive.all().filter((f) => !f.trashed);
  const working = live.filter((f) => f.name.startsWith('年次報告_作成中'));
  if (working.length) found.push(`${working.length} file(s) left under the working name`);
  const reports = live.filter(
    (f) => f.name.startsWith('年次報告_令和') && !f.name.endsWith('.pdf'),
  );
  if (!reports.length) found.push('no annual report');
  for (const f of reports) {
    if (desk.ws.documents.renderText(f.id).includes('{{')) found.push(`${f.name} half-filled`);
  }
  if (!live.some((f) => f.name.startsWith('年次報告_令和') && f.name.endsWith('.pdf'))) {
    found.push('no annual report PDF');
  }
  const template = settingValue(desk, 'テンプレート: 年次報告');
  if (!template) found.push('no template in 設定');
  else if (!desk.ws.documents.renderText(template).includes('{{実現案件一覧}}')) {
    found.push('the template in 設定 is half-written');
  }
  return found;
}

function check(world: World, fault: InjectedFault | null): string[] {
  return [
    ...commonInvariants(world.desk, fault),
    ...statisticsInvariants(world.desk, world.cases as number),
  ];
}

function checkReport(world: World, fault: InjectedFault | null): string[] {
  return [...commonInvariants(world.desk, fault), ...reportInvariants(world.desk)];
}

export const scenarios: Scenario[] = [
  {
    name: 'statistics: first refresh (makes the sheet and its charts)',
    arrange: () => statisticsWorld(),
    act: (w) => refresh(w),
    target: 'menuRefreshStatistics',
    recover: (w) => refresh(w),
    check,
  },
  {
    name: 'statistics: refresh with a new case (sheet and charts exist)',
    arrange: () =>
      statisticsWorld((w) => {
        refresh(w);
        submitCase(w.desk, POC);
        w.cases = 4;
      }),
    act: (w) => refresh(w),
    target: 'menuRefreshStatistics',
    recover: (w) => refresh(w),
    check,
  },
  {
    name: 'statistics: the hourly refresh after the publication check',
    arrange: () =>
      statisticsWorld((w) => {
        refresh(w);
        submitCase(w.desk, POC);
        w.cases = 4;
        dayBeforeStatistics(w);
      }),
    act: (w) => hourly(w, '2026-05-12T10:30:00+09:00'),
    target: 'onDailySweep',
    recover: (w) => hourly(w, '2026-05-12T11:30:00+09:00'),
    check,
  },
  {
    name: 'annual report (template made on first use)',
    arrange: () => statisticsWorld(),
    act: (w) => report(w),
    target: 'menuCreateAnnualReport',
    recover: (w) => report(w),
    check: checkReport,
  },
];

export const interleavings: Interleaving[] = [
  {
    name: 'statistics: menu paused while another staff member refreshes',
    arrange: () => statisticsWorld(),
    act: (w) => refresh(w),
    target: 'menuRefreshStatistics',
    during: (w) => refresh(w, STAFF_2),
    recover: (w) => refresh(w),
    check,
  },
];

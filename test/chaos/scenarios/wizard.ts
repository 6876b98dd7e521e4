/**
 * Chaos scenarios of the setup wizard (src/app/wizard.ts): saving the answers, and the build's
 * windowed steps — the first call of the form step, the call that continues a form stopped
 * cleanly between questions (setup.formPartial), and the templates. Each is killed or failed at
 * every call, then recovered as the page offers: 「もう一度実行」 runs the same call again and the
 * steps after it. The desk must end whole: one form of each kind with every question once, both
 * triggers, the five templates, 設定 and 担当課 holding the answers once.
 */
import { Workspace } from 'gas-emulator/workspace';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../../../esbuild.config';
import type { ServerResult, WizardView } from '../../../src/app/sidebarContract';
import type { WizardInput } from '../../../src/domain/wizard';
import { Q, SHEET } from '../../../src/strings';
import { Desk, STAFF } from '../../support/desk';
import type { InjectedFault, Interleaving, Scenario, World } from '../harness';
import { commonInvariants } from '../invariants/common';
import { setupInvariants } from '../invariants/intake';

const STEPS = ['core', 'sheets', 'form', 'departmentForm', 'triggers', 'templates'];

function call<T>(desk: Desk, name: string, arg: unknown): ServerResult<T> {
  return desk.host.scriptRun<ServerResult<T>>(desk.spreadsheetId, name, [arg], STAFF);
}

function installed(): World {
  const ws = new Workspace({ now: '2026-05-11T09:00:00+09:00', user: STAFF });
  ws.ui.addonName = '公民連携デスク';
  const spreadsheet = ws.spreadsheets.create('公民連携デスク 案件管理', STAFF);
  const host = new AddonHost(ws, OUT_DIR);
  host.install(spreadsheet.id, STAFF);
  return { desk: { ws, host, spreadsheetId: spreadsheet.id, formId: '' } };
}

function answers(desk: Desk): WizardInput {
  const view = call<WizardView>(desk, 'wizardLoad', {});
  if (!view.ok) throw new Error(view.message);
  return {
    ...view.value.input,
    cityName: 'みなと市',
    deskName: 'みなと市公民連携窓口',
    phone: '012-345-6789',
    departments: [
      { name: '港湾課', email: 'kowan@city.minato.example.lg.jp', person: '海野' },
      { name: '観光課', email: 'kanko@city.minato.example.lg.jp', person: '' },
    ],
  };
}

/** Runs `step` once; true when it says it is done (a failed call counts as not done). */
function runStep(desk: Desk, step: string): boolean {
  const result = call<{ done: boolean }>(desk, 'wizardRunStep', { step });
  return result.ok && result.value.done;
}

/** The page's build from `from` on: each step called until done. */
function buildFrom(desk: Desk, from: string): void {
  for (const step of STEPS.slice(STEPS.indexOf(from))) {
    for (let round = 0; round < 20 && !runStep(desk, step); round++);
  }
  desk.formId = desk.ws.spreadsheets.get(desk.spreadsheetId)!.formId ?? '';
}

/** Installed and saved, with the steps before `step` done (and `formCalls` calls of the form). */
function arrangedBefore(step: string, formCalls = 0): () => World {
  return () => {
    const world = installed();
    const d = world.desk;
    const saved = call(d, 'wizardSave', answers(d));
    if (!saved.ok) throw new Error(saved.message);
    for (const s of STEPS.slice(0, STEPS.indexOf(step))) {
      for (let round = 0; round < 20 && !runStep(d, s); round++);
    }
    for (let i = 0; i < formCalls; i++) runStep(d, 'form');
    return world;
  };
}

function wizardInvariants(world: World, fault: InjectedFault | null): string[] {
  const d = world.desk;
  const found = [...setupInvariants(d, fault), ...commonInvariants(d, fault)];
  const form = d.ws.forms.get(d.formId);
  if (!form) return [...found, 'no proposal form'];
  const titles = form.items.map((i: { title: string }) => i.title);
  for (const title of Object.values(Q)) {
    const count = titles.filter((t: string) => t === title).length;
    if (count !== 1) found.push(`question ${title} ${count} times`);
  }
  const ss = d.ws.spreadsheets.get(d.spreadsheetId)!;
  const settings = ss.sheetByName(SHEET.settings)!;
  const value = (label: string) =>
    String(settings.grid.find((r) => r?.[0]?.value === label)?.[1]?.value ?? '');
  if (value('自治体名') !== 'みなと市') found.push(`自治体名 ${value('自治体名')}`);
  const names = (ss.sheetByName(SHEET.departments)?.grid ?? [])
    .slice(1)
    .map((r) => String(r?.[0]?.value ?? ''))
    .filter(Boolean);
  for (const name of ['港湾課', '観光課']) {
    const count = names.filter((n) => n === name).length;
    if (count !== 1) found.push(`担当課 ${name} ${count} times`);
  }
  return found;
}

export const scenarios: Scenario[] = [
  {
    name: 'setup wizard: save the answers',
    arrange: installed,
    act: (world) => void call(world.desk, 'wizardSave', answers(world.desk)),
    target: 'wizardSave',
    recover: (world) => {
      call(world.desk, 'wizardSave', answers(world.desk)); // the page's button again
      buildFrom(world.desk, 'core');
    },
    check: wizardInvariants,
  },
  {
    name: 'setup wizard: form step, first call',
    arrange: arrangedBefore('form'),
    act: (world) => void runStep(world.desk, 'form'),
    target: 'wizardRunStep',
    recover: (world) => buildFrom(world.desk, 'form'),
    check: wizardInvariants,
  },
  {
    name: 'setup wizard: form step, continuing a form stopped between questions',
    arrange: arrangedBefore('form', 1),
    act: (world) => void runStep(world.desk, 'form'),
    target: 'wizardRunStep',
    recover: (world) => buildFrom(world.desk, 'form'),
    check: wizardInvariants,
  },
  {
    name: 'setup wizard: templates step',
    arrange: arrangedBefore('templates'),
    act: (world) => void runStep(world.desk, 'templates'),
    target: 'wizardRunStep',
    recover: (world) => buildFrom(world.desk, 'templates'),
    check: wizardInvariants,
  },
];

export const interleavings: Interleaving[] = [];

/**
 * Chaos scenarios of the intake operations (see test/chaos/harness.ts): the spreadsheet's and the
 * form's form-submit trigger, each recovered by the menu or by a second delivery of the event;
 * recovery from the menu and from the hourly trigger; setup (onInstall, then 初期設定 again); and
 * an intake paused before each of its calls while 未登録の回答を登録 runs.
 */
import { Workspace } from 'gas-emulator/workspace';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../../../esbuild.config';
import { Q } from '../../../src/strings';
import { clickMenu, Desk, MENU, newDesk, proposal, STAFF } from '../../support/desk';
import type { Interleaving, InjectedFault, Scenario, World } from '../harness';
import { commonInvariants } from '../invariants/common';
import { intakeInvariants, setupInvariants } from '../invariants/intake';

type Recorded = ReturnType<Workspace['forms']['recordResponse']>;

const FIRST = proposal({ [Q.title]: '先に届いた提案', [Q.email]: 'first@example.co.jp' });
const SECOND = proposal({ [Q.title]: '二件目の提案', [Q.email]: 'second@example.co.jp' });

/** A desk with one case registered, so numbering must continue from it. */
function deskWithOneCase(): World {
  const desk = newDesk();
  desk.host.submitForm(desk.formId, FIRST);
  return { desk };
}

function desk(world: World): Desk {
  return world.desk;
}

function check(options: { journalsCleared?: boolean } = {}) {
  return (world: World, fault: InjectedFault | null) => [
    ...commonInvariants(desk(world), fault),
    ...intakeInvariants(desk(world), fault, options),
  ];
}

function submitSecond(world: World): void {
  const d = desk(world);
  const recorded = d.ws.forms.recordResponse(d.formId, SECOND);
  world.recorded = recorded;
  d.host.deliverFormSubmit(d.formId, recorded);
}

function deliverAgain(world: World): void {
  const d = desk(world);
  d.host.deliverFormSubmit(d.formId, world.recorded as Recorded);
}

/** The desk moves its form-submit trigger from the spreadsheet to the form (one per document). */
function deskWithFormTrigger(): World {
  const world = deskWithOneCase();
  const d = desk(world);
  const sheetTrigger = d.ws.triggers.triggers.find(
    (t) => t.handlerFunction === 'onProposalSubmitted',
  )!;
  d.ws.triggers.remove(sheetTrigger.uid);
  d.ws.triggers.add({
    ...sheetTrigger,
    uid: d.ws.triggers.newUid(),
    triggerSource: 'FORMS',
    triggerSourceId: d.formId,
  });
  return world;
}

/**
 * The next hourly run: a recovery that stopped is tried again an hour later (the day is marked
 * recovered only when it finished; src/app/reminders/dailyTrigger.ts).
 */
function nextHourlyRun(world: World): void {
  const d = desk(world);
  d.ws.clock.advance(60 * 60 * 1000);
  d.host.runDueTimeTriggers();
}

export const scenarios: Scenario[] = [
  {
    name: 'intake (spreadsheet trigger) → menu recovery',
    arrange: deskWithOneCase,
    act: submitSecond,
    target: 'onProposalSubmitted',
    recover: (world) => void clickMenu(desk(world), MENU.recover),
    check: check({ journalsCleared: true }),
  },
  {
    name: 'intake (spreadsheet trigger) → duplicate delivery',
    arrange: deskWithOneCase,
    act: submitSecond,
    target: 'onProposalSubmitted',
    recover: deliverAgain,
    check: check(),
  },
  {
    name: 'intake (form trigger) → duplicate delivery',
    arrange: deskWithFormTrigger,
    act: submitSecond,
    target: 'onProposalSubmitted',
    recover: deliverAgain,
    check: check(),
  },
  {
    name: 'intake recovery (menu)',
    arrange: () => {
      const world = deskWithOneCase();
      const d = desk(world);
      d.ws.forms.recordResponse(d.formId, SECOND); // the trigger never saw these
      d.ws.forms.recordResponse(
        d.formId,
        proposal({ [Q.title]: '三件目', [Q.email]: 'c@example.co.jp' }),
      );
      return world;
    },
    act: (world) => void clickMenu(desk(world), MENU.recover),
    target: 'menuRecoverResponses',
    recover: (world) => void clickMenu(desk(world), MENU.recover),
    check: check({ journalsCleared: true }),
  },
  {
    name: 'intake recovery (hourly trigger)',
    arrange: () => {
      const world = deskWithOneCase();
      const d = desk(world);
      d.ws.forms.recordResponse(d.formId, SECOND);
      d.ws.clock.advance(60 * 60 * 1000);
      return world;
    },
    act: (world) => void desk(world).host.runDueTimeTriggers(),
    target: 'onDailySweep',
    recover: nextHourlyRun,
    check: check({ journalsCleared: true }),
  },
  {
    name: 'setup (onInstall, then 初期設定 again)',
    arrange: () => {
      const ws = new Workspace({
        now: '2026-05-11T09:00:00+09:00',
        user: STAFF,
        timeZone: 'Etc/UTC',
      });
      const spreadsheet = ws.spreadsheets.create('公民連携デスク 案件管理', STAFF);
      ws.ui.addonName = '公民連携デスク';
      const host = new AddonHost(ws, OUT_DIR);
      return { desk: { ws, host, spreadsheetId: spreadsheet.id, formId: '' } };
    },
    act: (world) => void desk(world).host.install(desk(world).spreadsheetId, STAFF),
    target: 'onInstall',
    recover: (world) => {
      const d = desk(world);
      d.host.openSpreadsheet(d.spreadsheetId, STAFF); // the menu, if onInstall stopped before it
      const dialogs = d.ws.ui.dialogs.length;
      clickMenu(d, MENU.setup);
      // Without 設定 (onInstall stopped before it), 初期設定 opens the setup wizard: the person
      // keeps its answers and presses 作成 (src/app/wizard.ts).
      if (d.ws.ui.dialogs.length > dialogs) completeWizard(d);
      d.formId = d.ws.spreadsheets.get(d.spreadsheetId)!.formId ?? '';
      if (d.formId) d.host.submitForm(d.formId, SECOND); // the desk works
    },
    check: (world, fault) => [
      ...setupInvariants(desk(world), fault),
      ...commonInvariants(desk(world), fault),
      ...(desk(world).formId ? intakeInvariants(desk(world), fault) : ['no form after setup']),
    ],
  },
];

/** The setup wizard as its page drives it, with the answers it shows (the defaults). */
function completeWizard(d: Desk): void {
  const run = <T>(name: string, arg: unknown) =>
    d.host.scriptRun<{ ok: boolean; value: T }>(d.spreadsheetId, name, [arg], STAFF);
  const view = run<{ input: unknown; steps: Array<{ id: string }> }>('wizardLoad', {});
  run('wizardSave', view.value.input);
  for (const step of view.value.steps) {
    for (let round = 0; round < 20; round++) {
      const result = run<{ done: boolean }>('wizardRunStep', { step: step.id });
      if (result.ok && result.value.done) break;
    }
  }
}

export const interleavings: Interleaving[] = [
  {
    name: 'intake × recovery (menu) at every k of the intake',
    arrange: deskWithOneCase,
    act: submitSecond,
    target: 'onProposalSubmitted',
    during: (world) => void clickMenu(desk(world), MENU.recover),
    recover: (world) => void clickMenu(desk(world), MENU.recover),
    check: check({ journalsCleared: true }),
  },
];

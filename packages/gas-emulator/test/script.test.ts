/**
 * ScriptApp emulation: installable triggers and authorization info.
 * https://developers.google.com/apps-script/reference/script/script-app
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * https://developers.google.com/apps-script/guides/triggers/installable
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 * https://developers.google.com/apps-script/guides/services/quotas
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { createScriptApp, SCRIPT_ERRORS } from '../src/services/script';

const DESK = 'desk@city.example.lg.jp';
const OTHER = 'second@city.example.lg.jp';
const SHEET = 'sheet-1';
const START = Date.parse('2026-04-01T09:00:00+09:00');

function setup(addonMode = true) {
  const ws = new Workspace({ now: START, scriptId: 'script-1', timeZone: 'Asia/Tokyo' });
  ws.triggers.addonMode = addonMode;
  const app = createScriptApp(ws);
  const run = <T>(body: () => T, options: Partial<ExecutionOptions> = {}): T =>
    ws.run(
      { functionName: 'test', source: 'manual', activeUser: DESK, containerId: SHEET, ...options },
      body,
    );
  return { ws, app, run };
}

// trigger-builder#forSpreadsheet + spreadsheet-trigger-builder#onFormSubmit
test('a spreadsheet form-submit trigger is created for that spreadsheet', () => {
  const { app, run } = setup();
  run(() => {
    const trigger = app.newTrigger('handleSubmit').forSpreadsheet(SHEET).onFormSubmit().create();
    expect(trigger.getHandlerFunction()).toBe('handleSubmit');
    expect(trigger.getEventType()).toBe(app.EventType.ON_FORM_SUBMIT);
    expect(trigger.getTriggerSource()).toBe(app.TriggerSource.SPREADSHEETS);
    expect(trigger.getTriggerSourceId()).toBe(SHEET);
  });
});

// spreadsheet-trigger-builder#onChange: an installable change trigger, one per add-on and document
test('a spreadsheet change trigger is created beside the form-submit one, and only one', () => {
  const { ws, app, run } = setup();
  run(() => {
    app.newTrigger('handleSubmit').forSpreadsheet(SHEET).onFormSubmit().create();
    const trigger = app.newTrigger('handleChange').forSpreadsheet(SHEET).onChange().create();
    expect(trigger.getEventType()).toBe(app.EventType.ON_CHANGE);
    expect(trigger.getTriggerSource()).toBe(app.TriggerSource.SPREADSHEETS);
    expect(trigger.getTriggerSourceId()).toBe(SHEET);
    expect(() => app.newTrigger('again').forSpreadsheet(SHEET).onChange().create()).toThrow(
      SCRIPT_ERRORS.addonPerDocument('ON_CHANGE'),
    );
  });
  expect(ws.triggers.forEvent('ON_CHANGE', SHEET).map((t) => t.handlerFunction)).toEqual([
    'handleChange',
  ]);
});

// trigger-builder#forSpreadsheet(sheet): a Spreadsheet object works like its id
test('forSpreadsheet accepts a spreadsheet object', () => {
  const { app, run } = setup();
  const sheet = { getId: () => SHEET } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  run(() =>
    expect(app.newTrigger('f').forSpreadsheet(sheet).onEdit().create().getTriggerSourceId()).toBe(
      SHEET,
    ),
  );
});

// trigger-builder#forForm + form-trigger-builder#onFormSubmit
test('a form trigger has source FORMS', () => {
  const { app, run } = setup();
  run(() => {
    const trigger = app.newTrigger('f').forForm('form-1').onFormSubmit().create();
    expect(trigger.getTriggerSource()).toBe(app.TriggerSource.FORMS);
  });
});

// trigger#getTriggerSourceId: "For clock events, this returns null"
test('a clock trigger has a null source id and source CLOCK', () => {
  const { app, run } = setup();
  run(() => {
    const trigger = app.newTrigger('f').timeBased().everyDays(1).atHour(8).create();
    expect(trigger.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(trigger.getTriggerSourceId()).toBeNull();
  });
});

// trigger#getUniqueId: unique per trigger
test('every trigger has a distinct unique id', () => {
  const { app, run } = setup(false);
  run(() => {
    const a = app.newTrigger('f').forSpreadsheet(SHEET).onEdit().create();
    const b = app.newTrigger('g').forSpreadsheet(SHEET).onOpen().create();
    expect(a.getUniqueId()).not.toBe(b.getUniqueId());
  });
});

// script-app#getProjectTriggers: the current user's triggers of this project
test('getProjectTriggers lists only the current user triggers', () => {
  const { app, run } = setup();
  run(() => app.newTrigger('f').forSpreadsheet(SHEET).onEdit().create());
  run(() => expect(app.getProjectTriggers()).toHaveLength(0), { activeUser: OTHER });
  run(() => expect(app.getProjectTriggers()).toHaveLength(1));
});

// script-app#getUserTriggers(spreadsheet): this user's triggers in that file
test('getUserTriggers returns the triggers of that spreadsheet only', () => {
  const { app, run } = setup(false);
  run(() => {
    app.newTrigger('f').forSpreadsheet(SHEET).onEdit().create();
    app.newTrigger('g').forSpreadsheet('sheet-2').onEdit().create();
    const sheet = { getId: () => SHEET } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    expect(app.getUserTriggers(sheet).map((t) => t.getHandlerFunction())).toEqual(['f']);
  });
});

// script-app#deleteTrigger
test('deleteTrigger removes the trigger', () => {
  const { app, run } = setup();
  run(() => {
    const trigger = app.newTrigger('f').forSpreadsheet(SHEET).onEdit().create();
    app.deleteTrigger(trigger);
    expect(app.getProjectTriggers()).toHaveLength(0);
  });
});

// guides/triggers/installable: "Installable triggers always run under the account of the person
// who created them"
test('the trigger owner is the user who created it', () => {
  const { ws, app, run } = setup();
  run(() => app.newTrigger('f').forSpreadsheet(SHEET).onEdit().create());
  expect(ws.triggers.triggers[0].owner).toBe(DESK);
});

// quotas: "Triggers 20 / user / script"
test('the 21st trigger of a user is refused', () => {
  const { app, run } = setup(false);
  run(() => {
    for (let i = 0; i < 20; i++)
      app.newTrigger(`f${i}`).forSpreadsheet(`sheet-${i}`).onEdit().create();
    expect(() => app.newTrigger('f').forSpreadsheet('sheet-x').onEdit().create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });
});

// quotas: the 20-trigger limit is per user
test('another user can still add triggers when one user has 20', () => {
  const { app, run } = setup(false);
  run(() => {
    for (let i = 0; i < 20; i++)
      app.newTrigger(`f${i}`).forSpreadsheet(`sheet-${i}`).onEdit().create();
  });
  run(
    () => expect(() => app.newTrigger('f').forSpreadsheet(SHEET).onEdit().create()).not.toThrow(),
    {
      activeUser: OTHER,
    },
  );
});

// editor-triggers: add-ons may have one trigger of each type per user per document
test('an add-on cannot create a second clock trigger in the same document', () => {
  const { app, run } = setup(true);
  run(() => {
    app.newTrigger('a').timeBased().everyDays(1).atHour(8).create();
    expect(() => app.newTrigger('b').timeBased().everyHours(2).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
  });
});

// editor-triggers: the limit is per document
test('an add-on can create a clock trigger in another document', () => {
  const { app, run } = setup(true);
  run(() => app.newTrigger('a').timeBased().everyDays(1).atHour(8).create());
  run(() => expect(() => app.newTrigger('a').timeBased().everyDays(1).create()).not.toThrow(), {
    containerId: 'sheet-2',
  });
});

// editor-triggers: the limit is per user
test('another user can create the same type of add-on trigger in the document', () => {
  const { app, run } = setup(true);
  run(() => app.newTrigger('a').forSpreadsheet(SHEET).onFormSubmit().create());
  run(
    () =>
      expect(() => app.newTrigger('a').forSpreadsheet(SHEET).onFormSubmit().create()).not.toThrow(),
    {
      activeUser: OTHER,
    },
  );
});

// editor-triggers: "Time-driven triggers cannot run more frequently than once per hour" in add-ons
test('an add-on cannot create an every-minutes trigger', () => {
  const { app, run } = setup(true);
  run(() =>
    expect(() => app.newTrigger('a').timeBased().everyMinutes(30).create()).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    ),
  );
});

// clock-trigger-builder#everyMinutes: outside add-ons it is allowed
test('a bound script can create an every-minutes trigger', () => {
  const { app, run } = setup(false);
  run(() => expect(() => app.newTrigger('a').timeBased().everyMinutes(5).create()).not.toThrow());
});

// clock-trigger-builder#everyMinutes: "n must be 1, 5, 10, 15 or 30"
test('everyMinutes refuses other intervals', () => {
  const { app, run } = setup(false);
  run(() =>
    expect(() => app.newTrigger('a').timeBased().everyMinutes(7)).toThrow(
      SCRIPT_ERRORS.everyMinutesValue,
    ),
  );
});

// guides/triggers/installable "Time-driven triggers": a 9 a.m. trigger runs between 9 and 10 a.m.
// at a time that stays the same every day
test("everyDays(1).atHour(9) runs daily within the 9 o'clock hour of the time zone", () => {
  const { ws, app, run } = setup();
  run(() =>
    app.newTrigger('daily').timeBased().everyDays(1).atHour(9).inTimezone('Asia/Tokyo').create(),
  );
  const trigger = ws.triggers.triggers[0];
  const first = new Date(trigger.nextRunMs as number);
  expect(first.getTime()).toBeGreaterThan(START);
  expect((first.getUTCHours() + 9) % 24).toBe(9);
  ws.clock.set(first);
  ws.triggers.markRun(trigger.uid, null);
  expect((trigger.nextRunMs as number) - first.getTime()).toBe(24 * 60 * 60 * 1000);
});

// clock-trigger-builder#nearMinute: the run minute follows nearMinute
test('nearMinute sets the minute of a daily trigger', () => {
  const { ws, app, run } = setup();
  run(() => app.newTrigger('daily').timeBased().everyDays(1).atHour(7).nearMinute(30).create());
  const first = new Date(ws.triggers.triggers[0].nextRunMs as number);
  expect(first.getUTCMinutes()).toBe(30);
});

// clock-trigger-builder#after: runs once after the given time
test('after(ms) schedules a single run and then none', () => {
  const { ws, app, run } = setup();
  run(() =>
    app
      .newTrigger('once')
      .timeBased()
      .after(60 * 60 * 1000)
      .create(),
  );
  const trigger = ws.triggers.triggers[0];
  expect(ws.triggers.dueClockTriggers(START + 59 * 60 * 1000)).toHaveLength(0);
  const runAt = (trigger.nextRunMs as number) + 1;
  expect(ws.triggers.dueClockTriggers(runAt)).toHaveLength(1);
  ws.clock.set(runAt);
  ws.triggers.markRun(trigger.uid, null);
  expect(trigger.nextRunMs).toBeNull();
});

// clock-trigger-builder#at: runs at the given date
test('at(date) schedules the run at that instant', () => {
  const { ws, app, run } = setup();
  const when = new Date('2026-04-02T10:00:00+09:00');
  run(() => app.newTrigger('once').timeBased().at(when).create());
  expect(ws.triggers.triggers[0].nextRunMs).toBe(when.getTime());
});

// clock-trigger-builder#everyWeeks + onWeekDay
test('everyWeeks(1).onWeekDay(MONDAY) runs on a Monday', () => {
  const { ws, app, run } = setup();
  run(() =>
    app
      .newTrigger('weekly')
      .timeBased()
      .everyWeeks(1)
      .onWeekDay(app.WeekDay.MONDAY)
      .atHour(9)
      .create(),
  );
  const first = ws.triggers.triggers[0].nextRunMs as number;
  expect(new Date(first + 9 * 3600_000).getUTCDay()).toBe(1);
});

// TriggerState helpers used by the host: a disabled owner's triggers stop firing
test('triggers of a removed account no longer fire', () => {
  const { ws, app, run } = setup();
  run(() => app.newTrigger('f').forSpreadsheet(SHEET).onFormSubmit().create());
  ws.triggers.disableOwner(DESK);
  expect(ws.triggers.forEvent('ON_FORM_SUBMIT', SHEET)).toHaveLength(0);
});

// reference/script/auth-mode: simple triggers (LIMITED) cannot create triggers
test('newTrigger is refused in a simple trigger', () => {
  const { app, run } = setup();
  run(() => expect(() => app.newTrigger('f')).toThrow(/permission to call ScriptApp.newTrigger/), {
    source: 'simple',
  });
});

// script-app#getAuthorizationInfo: NOT_REQUIRED with a null URL when authorized
test('getAuthorizationInfo reports NOT_REQUIRED for an authorized user', () => {
  const { app, run } = setup();
  run(() => {
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
  });
});

// authorization-info: REQUIRED, with a URL, when the user must authorize
test('getAuthorizationInfo reports REQUIRED with a URL for an unauthorized user', () => {
  const { ws, app, run } = setup();
  ws.triggers.unauthorizedUsers.add(DESK);
  run(() => {
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
  });
});

// script-app#getScriptId
test('getScriptId returns the project id', () => {
  const { app, run } = setup();
  run(() => expect(app.getScriptId()).toBe('script-1'));
});

// ledger: trigger creation is charged as script
test('create() is charged to ScriptApp as script', () => {
  const { ws, app, run } = setup();
  run(() => app.newTrigger('f').forSpreadsheet(SHEET).onEdit().create());
  expect(ws.ledger.records.find((r) => r.method.endsWith('.create'))?.kind).toBe('script');
});

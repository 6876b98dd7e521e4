/**
 * ScriptApp: installable triggers, authorization info and script identity.
 * Reference: https://developers.google.com/apps-script/reference/script/script-app
 * Rules: https://developers.google.com/apps-script/guides/triggers/installable (triggers run as
 * their creator; other accounts do not see them), https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 * (add-ons: one trigger of each type per user per document; time-driven at most hourly) and
 * https://developers.google.com/apps-script/guides/services/quotas (20 triggers / user / script).
 */
import type { Workspace } from '../workspace';
import {
  fromZonedParts,
  zonedParts as sharedZonedParts,
  type ZonedParts,
} from './spreadsheet/zonedTime';
import { assertGoogleShape } from '../core/typing';

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS' | 'FORMS' | 'DOCUMENTS';
export type ScheduleKind = 'everyMinutes' | 'everyHours' | 'everyDays' | 'everyWeeks' | 'at';

export interface TriggerSchedule {
  kind: ScheduleKind;
  interval?: number;
  atHour?: number;
  nearMinute?: number;
  atMs?: number;
  onWeekDay?: string;
  timeZone: string;
}

export interface TriggerModel {
  uid: string;
  handlerFunction: string;
  eventType: TriggerEventType;
  triggerSource: TriggerSourceName;
  triggerSourceId: string | null;
  owner: string;
  /** The document the creating execution ran in (add-on limits are per document). */
  createdInDocument: string | null;
  schedule: TriggerSchedule | null;
  nextRunMs: number | null;
  lastRunMs: number | null;
  lastError: string | null;
  disabled: boolean;
}

/** Quotas page: "Triggers 20 / user / script". */
export const MAX_TRIGGERS_PER_USER_PER_SCRIPT = 20;
const EVERY_MINUTES_ALLOWED = [1, 5, 10, 15, 30];
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Human names Apps Script uses in the add-on per-document limit message. */
const EVENT_NOUN: Record<TriggerEventType, string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

export const SCRIPT_ERRORS = {
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  /** Verbatim for time-based triggers; the other event nouns are assumed. */
  addonPerDocument: (eventType: TriggerEventType) =>
    `This add-on has created too many ${EVENT_NOUN[eventType]} triggers in this document for this Google user account.`,
  addonRecurrence: 'The recurrence interval for an Add-on trigger must be at least one hour.',
  /** Assumed wording: the reference says n must be 1, 5, 10, 15 or 30. */
  everyMinutesValue: 'The value passed to everyMinutes must be 1, 5, 10, 15 or 30.',
  /** Assumed wording for builder misuse that Apps Script rejects. */
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  atHourNeedsDays: 'atHour() can only be used with everyDays() or everyWeeks().',
  onWeekDayNeedsWeeks: 'onWeekDay() can only be used with everyWeeks().',
  noSchedule:
    'The clock trigger needs a schedule: call after(), at(), atDate() or an every…() method.',
  noEvent: 'The trigger needs an event: call onOpen(), onEdit(), onChange() or onFormSubmit().',
  /** Simple triggers (LIMITED) and AuthMode.NONE cannot manage triggers. */
  noPermission: (method: string) =>
    `You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/script.scriptapp`,
} as const;

// ---- enums (plain objects whose values print as their names, as Apps Script enums do) ----

function enumOf<K extends string>(names: readonly K[]): { [P in K]: P } {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as { [P in K]: P };
}

export const AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const AuthorizationStatus = enumOf(['REQUIRED', 'NOT_REQUIRED'] as const);
export const EventType = enumOf([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
] as const);
export const TriggerSource = enumOf([
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
] as const);
export const InstallationSource = enumOf([
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
] as const);
export const WeekDay = enumOf([
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
] as const);
const WEEKDAY_INDEX: Record<string, number> = {
  SUNDAY: 0,
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
};

// ---- time-zone arithmetic for schedules ----

/** Calendar fields of an instant in a zone (the spreadsheet emulator's shared arithmetic). */
function zonedParts(ms: number, timeZone: string): ZonedParts {
  return sharedZonedParts(new Date(ms), timeZone);
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The instant at which the wall clock of `timeZone` shows the given local time. */
function zonedToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  return fromZonedParts({ year, month, day, hour, minute }, timeZone).getTime();
}

/** Same local time `days` days later (stable across daylight-saving changes). */
function addLocalDays(ms: number, days: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const shifted = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return zonedToUtc(
    shifted.getUTCFullYear(),
    shifted.getUTCMonth() + 1,
    shifted.getUTCDate(),
    p.hour,
    p.minute,
    timeZone,
  );
}

/** A stable number from the trigger uid: Apps Script picks a minute and keeps it. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++)
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The minute of the hour a daily or weekly trigger runs at. */
function chosenMinute(uid: string, schedule: TriggerSchedule): number {
  return schedule.nearMinute ?? stableHash(uid) % 60;
}

/**
 * The first run strictly after `afterMs` for a trigger created at `createdMs`.
 * Recurring schedules keep their phase: every n units from the first run.
 */
export function firstRunMs(
  uid: string,
  schedule: TriggerSchedule,
  createdMs: number,
): number | null {
  const zone = schedule.timeZone;
  const n = schedule.interval ?? 1;
  switch (schedule.kind) {
    case 'at':
      return schedule.atMs ?? null;
    case 'everyMinutes':
      return createdMs + n * MINUTE_MS;
    case 'everyHours':
      return createdMs + n * HOUR_MS;
    case 'everyDays':
    case 'everyWeeks': {
      const now = zonedParts(createdMs, zone);
      const hour = schedule.atHour ?? now.hour;
      const minute = chosenMinute(uid, schedule);
      let candidate = zonedToUtc(now.year, now.month, now.day, hour, minute, zone);
      const weekday =
        schedule.kind === 'everyWeeks' && schedule.onWeekDay !== undefined
          ? WEEKDAY_INDEX[schedule.onWeekDay]
          : null;
      for (let i = 0; i < 8; i++) {
        const okDay = weekday === null || zonedParts(candidate, zone).weekday === weekday;
        if (candidate > createdMs && okDay) return candidate;
        candidate = addLocalDays(candidate, 1, zone);
      }
      return candidate;
    }
  }
}

/** The run after `previousMs` that is later than `nowMs` (missed runs are skipped, not queued). */
export function nextRunAfter(
  schedule: TriggerSchedule,
  previousMs: number,
  nowMs: number,
): number | null {
  const n = schedule.interval ?? 1;
  let next = previousMs;
  const step = (ms: number): number => {
    switch (schedule.kind) {
      case 'everyMinutes':
        return ms + n * MINUTE_MS;
      case 'everyHours':
        return ms + n * HOUR_MS;
      case 'everyDays':
        return addLocalDays(ms, n, schedule.timeZone);
      case 'everyWeeks':
        return addLocalDays(ms, 7 * n, schedule.timeZone);
      default:
        return ms;
    }
  };
  if (schedule.kind === 'at') return null;
  do next = step(next);
  while (next <= nowMs);
  return next;
}

// ---- state ----

export class TriggerState {
  triggers: TriggerModel[] = [];
  /** Editor add-on rules apply (one trigger per type per document, hourly clock at most). */
  addonMode = true;
  /** Users who have not (re)authorized the script: getAuthorizationInfo reports REQUIRED. */
  readonly unauthorizedUsers = new Set<string>();
  private seq = 0;

  constructor(private readonly ws: Workspace) {}

  newUid(): string {
    this.seq += 1;
    return String(4_000_000_000 + this.seq * 7919);
  }

  get(uid: string): TriggerModel | undefined {
    return this.triggers.find((t) => t.uid === uid);
  }

  /** Clock triggers whose next run is due, earliest first. */
  dueClockTriggers(nowMs: number): TriggerModel[] {
    return this.triggers
      .filter(
        (t) =>
          t.eventType === 'CLOCK' && !t.disabled && t.nextRunMs !== null && t.nextRunMs <= nowMs,
      )
      .sort((a, b) => (a.nextRunMs ?? 0) - (b.nextRunMs ?? 0));
  }

  /** Event triggers installed for `eventType` on file `sourceId`. */
  forEvent(eventType: TriggerEventType, sourceId: string): TriggerModel[] {
    return this.triggers.filter(
      (t) => t.eventType === eventType && t.triggerSourceId === sourceId && !t.disabled,
    );
  }

  /** Records a run and schedules the next one; one-shot clock triggers do not run again. */
  markRun(uid: string, error: string | null): void {
    const trigger = this.get(uid);
    if (!trigger) return;
    const now = this.ws.clock.now();
    trigger.lastRunMs = now;
    trigger.lastError = error;
    if (trigger.eventType !== 'CLOCK' || !trigger.schedule) return;
    const previous = trigger.nextRunMs ?? now;
    trigger.nextRunMs = nextRunAfter(trigger.schedule, previous, now);
  }

  /** The owner's account was removed: its triggers stop firing. */
  disableOwner(email: string): void {
    for (const t of this.triggers) if (t.owner === email) t.disabled = true;
  }

  add(trigger: TriggerModel): void {
    this.triggers.push(trigger);
  }

  remove(uid: string): void {
    this.triggers = this.triggers.filter((t) => t.uid !== uid);
  }
}

// ---- facades ----

type FileLike = { getId(): string };

function fileId(fileOrId: string | FileLike): string {
  return typeof fileOrId === 'string' ? fileOrId : fileOrId.getId();
}

class FakeTrigger {
  constructor(
    private readonly ws: Workspace,
    private readonly model: TriggerModel,
  ) {}

  getUniqueId(): string {
    this.ws.charge('ScriptApp', 'Trigger.getUniqueId', 'local');
    return this.model.uid;
  }

  getHandlerFunction(): string {
    this.ws.charge('ScriptApp', 'Trigger.getHandlerFunction', 'local');
    return this.model.handlerFunction;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    this.ws.charge('ScriptApp', 'Trigger.getEventType', 'local');
    return EventType[this.model.eventType] as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.ws.charge('ScriptApp', 'Trigger.getTriggerSource', 'local');
    return TriggerSource[
      this.model.triggerSource
    ] as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  /** The file id; null for clock triggers (reference: Trigger.getTriggerSourceId). */
  getTriggerSourceId(): string {
    this.ws.charge('ScriptApp', 'Trigger.getTriggerSourceId', 'local');
    return this.model.triggerSourceId as string;
  }
}
assertGoogleShape<FakeTrigger, GoogleAppsScript.Script.Trigger>(true);

interface PendingTrigger {
  handlerFunction: string;
  eventType: TriggerEventType | null;
  triggerSource: TriggerSourceName;
  triggerSourceId: string | null;
  schedule: TriggerSchedule | null;
  /** Set when everyMinutes() was used: refused at create() in add-on mode. */
  minuteRecurrence: boolean;
}

/** Validates the Apps Script rules and stores the trigger. */
function createTrigger(ws: Workspace, pending: PendingTrigger): FakeTrigger {
  const execution = ws.current;
  const owner = execution?.effectiveUser ?? ws.defaultUser;
  const state = ws.triggers;
  if (!pending.eventType) throw new Error(SCRIPT_ERRORS.noEvent);
  if (pending.eventType === 'CLOCK' && !pending.schedule) throw new Error(SCRIPT_ERRORS.noSchedule);
  const schedule = pending.schedule;
  if (schedule) {
    if (
      schedule.atHour !== undefined &&
      schedule.kind !== 'everyDays' &&
      schedule.kind !== 'everyWeeks'
    ) {
      throw new Error(SCRIPT_ERRORS.atHourNeedsDays);
    }
    if (schedule.onWeekDay !== undefined && schedule.kind !== 'everyWeeks') {
      throw new Error(SCRIPT_ERRORS.onWeekDayNeedsWeeks);
    }
  }
  const createdInDocument = execution?.containerId ?? null;
  if (state.addonMode) {
    if (pending.minuteRecurrence) throw new Error(SCRIPT_ERRORS.addonRecurrence);
    const sameTypeHere = state.triggers.some(
      (t) =>
        t.owner === owner &&
        t.eventType === pending.eventType &&
        t.createdInDocument === createdInDocument,
    );
    if (sameTypeHere) throw new Error(SCRIPT_ERRORS.addonPerDocument(pending.eventType));
  }
  const owned = state.triggers.filter((t) => t.owner === owner).length;
  if (owned >= MAX_TRIGGERS_PER_USER_PER_SCRIPT) throw new Error(SCRIPT_ERRORS.tooManyTriggers);
  const uid = state.newUid();
  const now = ws.clock.now();
  const model: TriggerModel = {
    uid,
    handlerFunction: pending.handlerFunction,
    eventType: pending.eventType,
    triggerSource: pending.triggerSource,
    triggerSourceId: pending.triggerSourceId,
    owner,
    createdInDocument,
    schedule,
    nextRunMs: schedule ? firstRunMs(uid, schedule, now) : null,
    lastRunMs: null,
    lastError: null,
    disabled: false,
  };
  state.add(model);
  return new FakeTrigger(ws, model);
}

class FakeSpreadsheetTriggerBuilder {
  constructor(
    private readonly ws: Workspace,
    private readonly pending: PendingTrigger,
  ) {}

  onOpen(): FakeSpreadsheetTriggerBuilder {
    return this.on('onOpen', 'ON_OPEN');
  }

  onEdit(): FakeSpreadsheetTriggerBuilder {
    return this.on('onEdit', 'ON_EDIT');
  }

  onChange(): FakeSpreadsheetTriggerBuilder {
    return this.on('onChange', 'ON_CHANGE');
  }

  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }

  create(): FakeTrigger {
    this.ws.charge('ScriptApp', 'SpreadsheetTriggerBuilder.create', 'script');
    return createTrigger(this.ws, this.pending);
  }

  private on(method: string, eventType: TriggerEventType): FakeSpreadsheetTriggerBuilder {
    this.ws.charge('ScriptApp', `SpreadsheetTriggerBuilder.${method}`, 'local');
    this.pending.eventType = eventType;
    return this;
  }
}
assertGoogleShape<FakeSpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>(
  true,
);

class FakeFormTriggerBuilder {
  constructor(
    private readonly ws: Workspace,
    private readonly pending: PendingTrigger,
  ) {}

  onFormSubmit(): FakeFormTriggerBuilder {
    this.ws.charge('ScriptApp', 'FormTriggerBuilder.onFormSubmit', 'local');
    this.pending.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  onOpen(): FakeFormTriggerBuilder {
    this.ws.charge('ScriptApp', 'FormTriggerBuilder.onOpen', 'local');
    this.pending.eventType = 'ON_OPEN';
    return this;
  }

  create(): FakeTrigger {
    this.ws.charge('ScriptApp', 'FormTriggerBuilder.create', 'script');
    return createTrigger(this.ws, this.pending);
  }
}
assertGoogleShape<FakeFormTriggerBuilder, GoogleAppsScript.Script.FormTriggerBuilder>(true);

class FakeDocumentTriggerBuilder {
  constructor(
    private readonly ws: Workspace,
    private readonly pending: PendingTrigger,
  ) {}

  onOpen(): FakeDocumentTriggerBuilder {
    this.ws.charge('ScriptApp', 'DocumentTriggerBuilder.onOpen', 'local');
    this.pending.eventType = 'ON_OPEN';
    return this;
  }

  create(): FakeTrigger {
    this.ws.charge('ScriptApp', 'DocumentTriggerBuilder.create', 'script');
    return createTrigger(this.ws, this.pending);
  }
}
assertGoogleShape<FakeDocumentTriggerBuilder, GoogleAppsScript.Script.DocumentTriggerBuilder>(true);

class FakeClockTriggerBuilder {
  private kind: ScheduleKind | null = null;
  private interval: number | undefined;
  private atHourValue: number | undefined;
  private nearMinuteValue: number | undefined;
  private atMs: number | undefined;
  private weekDay: string | undefined;
  private timeZone: string;
  private minuteRecurrence = false;

  constructor(
    private readonly ws: Workspace,
    private readonly pending: PendingTrigger,
  ) {
    // By default the script's time zone (reference: ClockTriggerBuilder.inTimezone).
    this.timeZone = ws.timeZone;
  }

  /** Runs once, at least `durationMilliseconds` from now. */
  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    this.charge('after');
    const ms = Number(durationMilliseconds);
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error(SCRIPT_ERRORS.invalidArgument('durationMilliseconds'));
    this.kind = 'at';
    this.atMs = this.ws.clock.now() + ms;
    return this;
  }

  at(date: GoogleAppsScript.Base.Date): FakeClockTriggerBuilder {
    this.charge('at');
    const ms = new Date(date as unknown as Date).getTime();
    if (Number.isNaN(ms)) throw new Error(SCRIPT_ERRORS.invalidArgument('date'));
    this.kind = 'at';
    this.atMs = ms;
    return this;
  }

  /** Midnight of that date in the trigger's time zone (resolved at create()). */
  atDate(year: number, month: number, day: number): FakeClockTriggerBuilder {
    this.charge('atDate');
    this.kind = 'at';
    this.atMs = Date.UTC(year, month - 1, day);
    this.atDateParts = { year, month, day };
    return this;
  }

  atHour(hour: number): FakeClockTriggerBuilder {
    this.charge('atHour');
    const h = Number(hour);
    if (!Number.isInteger(h) || h < 0 || h > 23)
      throw new Error(SCRIPT_ERRORS.invalidArgument('hour'));
    this.atHourValue = h;
    return this;
  }

  nearMinute(minute: number): FakeClockTriggerBuilder {
    this.charge('nearMinute');
    const m = Number(minute);
    if (!Number.isInteger(m) || m < 0 || m > 59)
      throw new Error(SCRIPT_ERRORS.invalidArgument('minute'));
    this.nearMinuteValue = m;
    return this;
  }

  everyMinutes(n: number): FakeClockTriggerBuilder {
    this.charge('everyMinutes');
    if (!EVERY_MINUTES_ALLOWED.includes(Number(n)))
      throw new Error(SCRIPT_ERRORS.everyMinutesValue);
    this.kind = 'everyMinutes';
    this.interval = Number(n);
    this.minuteRecurrence = true;
    return this;
  }

  everyHours(n: number): FakeClockTriggerBuilder {
    this.charge('everyHours');
    return this.every('everyHours', n);
  }

  everyDays(n: number): FakeClockTriggerBuilder {
    this.charge('everyDays');
    return this.every('everyDays', n);
  }

  everyWeeks(n: number): FakeClockTriggerBuilder {
    this.charge('everyWeeks');
    return this.every('everyWeeks', n);
  }

  inTimezone(timezone: string): FakeClockTriggerBuilder {
    this.charge('inTimezone');
    if (!isTimeZone(String(timezone))) throw new Error(SCRIPT_ERRORS.invalidArgument('timezone'));
    this.timeZone = String(timezone);
    return this;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): FakeClockTriggerBuilder {
    this.charge('onWeekDay');
    const name = String(day);
    if (!(name in WEEKDAY_INDEX)) throw new Error(SCRIPT_ERRORS.invalidArgument('day'));
    this.weekDay = name;
    return this;
  }

  create(): FakeTrigger {
    this.ws.charge('ScriptApp', 'ClockTriggerBuilder.create', 'script');
    if (this.kind) {
      let atMs = this.atMs;
      if (this.atDateParts) {
        const { year, month, day } = this.atDateParts;
        atMs = zonedToUtc(year, month, day, 0, 0, this.timeZone);
      }
      this.pending.schedule = {
        kind: this.kind,
        interval: this.interval,
        atHour: this.atHourValue,
        nearMinute: this.nearMinuteValue,
        atMs,
        onWeekDay: this.weekDay,
        timeZone: this.timeZone,
      };
    } else if (this.atHourValue !== undefined) {
      throw new Error(SCRIPT_ERRORS.atHourNeedsDays);
    }
    this.pending.minuteRecurrence = this.minuteRecurrence;
    return createTrigger(this.ws, this.pending);
  }

  private atDateParts: { year: number; month: number; day: number } | null = null;

  private every(kind: ScheduleKind, n: number): FakeClockTriggerBuilder {
    const value = Number(n);
    if (!Number.isInteger(value) || value < 1) throw new Error(SCRIPT_ERRORS.invalidArgument('n'));
    this.kind = kind;
    this.interval = value;
    this.minuteRecurrence = false;
    return this;
  }

  private charge(method: string): void {
    this.ws.charge('ScriptApp', `ClockTriggerBuilder.${method}`, 'local');
  }
}
assertGoogleShape<FakeClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>(true);

class FakeTriggerBuilder {
  constructor(
    private readonly ws: Workspace,
    private readonly handlerFunction: string,
  ) {}

  forSpreadsheet(sheetOrKey: string | FileLike): FakeSpreadsheetTriggerBuilder {
    this.ws.charge('ScriptApp', 'TriggerBuilder.forSpreadsheet', 'local');
    return new FakeSpreadsheetTriggerBuilder(
      this.ws,
      this.pending('SPREADSHEETS', fileId(sheetOrKey)),
    );
  }

  forForm(formOrKey: string | FileLike): FakeFormTriggerBuilder {
    this.ws.charge('ScriptApp', 'TriggerBuilder.forForm', 'local');
    return new FakeFormTriggerBuilder(this.ws, this.pending('FORMS', fileId(formOrKey)));
  }

  forDocument(documentOrKey: string | FileLike): FakeDocumentTriggerBuilder {
    this.ws.charge('ScriptApp', 'TriggerBuilder.forDocument', 'local');
    return new FakeDocumentTriggerBuilder(
      this.ws,
      this.pending('DOCUMENTS', fileId(documentOrKey)),
    );
  }

  timeBased(): FakeClockTriggerBuilder {
    this.ws.charge('ScriptApp', 'TriggerBuilder.timeBased', 'local');
    const pending = this.pending('CLOCK', null);
    pending.eventType = 'CLOCK';
    return new FakeClockTriggerBuilder(this.ws, pending);
  }

  private pending(
    triggerSource: TriggerSourceName,
    triggerSourceId: string | null,
  ): PendingTrigger {
    return {
      handlerFunction: this.handlerFunction,
      eventType: null,
      triggerSource,
      triggerSourceId,
      schedule: null,
      minuteRecurrence: false,
    };
  }
}
assertGoogleShape<FakeTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>(true);

class FakeAuthorizationInfo {
  constructor(
    private readonly ws: Workspace,
    private readonly required: boolean,
  ) {}

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    this.ws.charge('ScriptApp', 'AuthorizationInfo.getAuthorizationStatus', 'local');
    const status = this.required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
    return status as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** null when no authorization is required (reference: AuthorizationInfo.getAuthorizationUrl). */
  getAuthorizationUrl(): string {
    this.ws.charge('ScriptApp', 'AuthorizationInfo.getAuthorizationUrl', 'local');
    if (!this.required) return null as unknown as string;
    return `https://script.google.com/macros/d/${this.ws.scriptId}/authorize`;
  }
}
assertGoogleShape<FakeAuthorizationInfo, GoogleAppsScript.Script.AuthorizationInfo>(true);

class FakeScriptApp {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly AuthorizationStatus =
    AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly InstallationSource =
    InstallationSource as unknown as typeof GoogleAppsScript.Script.InstallationSource;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;

  constructor(private readonly ws: Workspace) {}

  newTrigger(functionName: string): FakeTriggerBuilder {
    this.enter('ScriptApp.newTrigger', 'local');
    return new FakeTriggerBuilder(this.ws, String(functionName));
  }

  /** The current user's triggers of this project; other accounts' triggers are invisible. */
  getProjectTriggers(): FakeTrigger[] {
    this.enter('ScriptApp.getProjectTriggers', 'script');
    const user = this.user();
    return this.ws.triggers.triggers
      .filter((t) => t.owner === user)
      .map((t) => new FakeTrigger(this.ws, t));
  }

  /** The current user's triggers for that file: installed on it, or clock triggers created in it. */
  getUserTriggers(file: FileLike): FakeTrigger[] {
    this.enter('ScriptApp.getUserTriggers', 'script');
    const user = this.user();
    const id = fileId(file);
    return this.ws.triggers.triggers
      .filter(
        (t) =>
          t.owner === user &&
          (t.triggerSourceId === id || (t.triggerSourceId === null && t.createdInDocument === id)),
      )
      .map((t) => new FakeTrigger(this.ws, t));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.enter('ScriptApp.deleteTrigger', 'script');
    const model = this.ws.triggers.get(trigger.getUniqueId());
    if (model && model.owner === this.user()) this.ws.triggers.remove(model.uid);
  }

  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): FakeAuthorizationInfo {
    this.ws.charge('ScriptApp', 'ScriptApp.getAuthorizationInfo', 'local');
    const mode = String(authMode);
    if (!(mode in AuthMode)) throw new Error(SCRIPT_ERRORS.invalidArgument('authMode'));
    // Only FULL needs a grant from the user (reference: AuthorizationInfo).
    const required = mode === 'FULL' && this.ws.triggers.unauthorizedUsers.has(this.user());
    return new FakeAuthorizationInfo(this.ws, required);
  }

  getScriptId(): string {
    this.ws.charge('ScriptApp', 'ScriptApp.getScriptId', 'local');
    return this.ws.scriptId;
  }

  /** An opaque token, stable per user and script (no real OAuth in the emulator). */
  getOAuthToken(): string {
    this.ws.charge('ScriptApp', 'ScriptApp.getOAuthToken', 'local');
    const hash = stableHash(`${this.ws.scriptId}:${this.user()}`).toString(36);
    return `ya29.emulated-${hash}`;
  }

  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    this.ws.charge('ScriptApp', 'ScriptApp.getInstallationSource', 'local');
    const source = this.ws.triggers.addonMode
      ? InstallationSource.WEB_STORE_ADD_ON
      : InstallationSource.NONE;
    return source as unknown as GoogleAppsScript.Script.InstallationSource;
  }

  private user(): string {
    return this.ws.current?.effectiveUser ?? this.ws.defaultUser;
  }

  private enter(method: string, kind: 'local' | 'script'): void {
    this.ws.charge('ScriptApp', method, kind);
    const mode = this.ws.current?.authMode;
    if (mode === 'NONE' || mode === 'LIMITED' || mode === 'CUSTOM_FUNCTION') {
      throw new Error(SCRIPT_ERRORS.noPermission(method));
    }
  }
}
assertGoogleShape<FakeScriptApp, GoogleAppsScript.Script.ScriptApp>(true);

export function createScriptApp(ws: Workspace): GoogleAppsScript.Script.ScriptApp {
  return new FakeScriptApp(ws) as unknown as GoogleAppsScript.Script.ScriptApp;
}

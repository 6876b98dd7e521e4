import { LastRun, PROP, TriggerRecord, parseJson } from './properties';
import { tokyoDateTimeText } from '../domain/tokyoTime';

/**
 * Installable triggers. They run as the person who created them, and an Editor add-on may have
 * one trigger of each type per user per document; so the add-on records which trigger is the
 * desk's (uid, owner) in document properties, never creates a second of its own, and ignores
 * events from a trigger that was superseded (e.g. after staff took over from someone who left).
 */
export const HANDLER = {
  formSubmit: 'onProposalSubmitted',
  daily: 'onDailySweep',
  change: 'onSheetStructureChanged',
} as const;

export type TriggerKind = keyof typeof HANDLER;

const PROP_BY_KIND: Record<TriggerKind, string> = {
  formSubmit: PROP.formSubmitTrigger,
  daily: PROP.dailyTrigger,
  change: PROP.changeTrigger,
};

/** The zone of the daily sweep's hour (設定: 毎日の期限確認の時刻). */
const SWEEP_TIME_ZONE = 'Asia/Tokyo';

function findMine(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: TriggerKind,
): GoogleAppsScript.Script.Trigger | undefined {
  return ScriptApp.getUserTriggers(ss).find((t) => t.getHandlerFunction() === HANDLER[kind]);
}

function create(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: TriggerKind,
): GoogleAppsScript.Script.Trigger {
  switch (kind) {
    case 'formSubmit':
      return ScriptApp.newTrigger(HANDLER.formSubmit).forSpreadsheet(ss).onFormSubmit().create();
    case 'change':
      // A column inserted, removed or moved by a person fires no onEdit: only onChange tells.
      return ScriptApp.newTrigger(HANDLER.change).forSpreadsheet(ss).onChange().create();
    case 'daily':
      // Hourly, not daily at a fixed hour: an add-on may hold one time-based trigger per user and
      // document, and the same trigger must continue a sweep stopped early; the handler decides
      // by the hour in 設定, so changing it needs no new trigger.
      return ScriptApp.newTrigger(HANDLER.daily)
        .timeBased()
        .everyHours(1)
        .inTimezone(SWEEP_TIME_ZONE)
        .create();
  }
}

/**
 * Makes sure the desk has exactly one trigger of this kind. Creates the current user's when none
 * is recorded (or the recorded one is the user's own and has disappeared); leaves another
 * person's recorded trigger in place unless `takeOver` is set.
 */
export function ensureTrigger(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  kind: TriggerKind,
  user: string,
  takeOver = false,
): TriggerRecord {
  const recorded = parseJson<TriggerRecord>(props.getProperty(PROP_BY_KIND[kind]));
  const mine = findMine(ss, kind);
  if (recorded && recorded.owner !== user && !takeOver) return recorded;
  if (mine && recorded && recorded.uid === mine.getUniqueId()) return recorded;
  const trigger = mine ?? create(ss, kind);
  const record: TriggerRecord = {
    uid: trigger.getUniqueId(),
    owner: user,
    installedAt: tokyoDateTimeText(new Date()),
  };
  props.setProperty(PROP_BY_KIND[kind], JSON.stringify(record));
  return record;
}

/** The property holding the record of a kind's trigger (uid, owner, installed at). */
export function triggerRecordProp(kind: TriggerKind): string {
  return PROP_BY_KIND[kind];
}

export interface TriggerState {
  kind: TriggerKind;
  record: TriggerRecord | null;
  /** Whether the recorded trigger is among the current user's own triggers. */
  ownedByCurrentUser: boolean;
  lastRun: LastRun | null;
}

export function triggerStates(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
): TriggerState[] {
  const all = props.getProperties();
  const mine = new Set(ScriptApp.getUserTriggers(ss).map((t) => t.getUniqueId()));
  return (Object.keys(HANDLER) as TriggerKind[]).map((kind) => {
    const record = parseJson<TriggerRecord>(all[PROP_BY_KIND[kind]]);
    return {
      kind,
      record,
      ownedByCurrentUser: !!record && mine.has(record.uid),
      lastRun: parseJson(all[PROP.lastRun(kind)]),
    };
  });
}

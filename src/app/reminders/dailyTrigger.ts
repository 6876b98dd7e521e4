/**
 * The hourly time-driven trigger (an Editor add-on may hold one time-based trigger per user per
 * document, so one hourly trigger does both jobs): once a day it registers form responses the
 * intake missed; from the configured hour (設定: 毎日の期限確認の時刻, Asia/Tokyo) on business
 * days it runs the sweep, and the next hour continues a sweep that stopped early.
 */
import { SWEEP_UI } from '../../strings';
import { toTokyoDate } from '../../domain/calendar';
import { tokyoDateTimeText, tokyoParts } from '../../domain/tokyoTime';
import { decideHourlyRun, recoveryTriesOn, SweepState } from '../../domain/deadlines/sweepState';
import { PROP, TriggerRecord, parseJson, documentProperties } from '../../adapters/properties';
import { deskSettings } from '../../store/settings';
import { recoverResponses } from '../recovery';
import { reconcileCaseActions } from '../workflow/reconcile';
import { hasOutbox, sendOutbox } from '../../store/journal';
import { recoverDepartmentAnswers } from '../departmentAnswer';
import { REMINDER_PROP, sweepStateOf } from '../../store/sweepState';
import { runSweep } from './sweep';
import { publishIfChanged } from '../publication';
import { refreshStatisticsIfChanged } from '../statistics';
import { refreshPartnersIfDue } from '../partners';
import { acquireDeskLock, takeDeskLock } from '../../store/deskLock';
import { activeSpreadsheetIfAny, openSpreadsheet } from '../../adapters/sheets';

export interface TimeEvent {
  triggerUid?: string | number;
}

export function onHourlyTrigger(e?: TimeEvent): void {
  // Another sweep (the menu) or a long intake: this hour is skipped, the next one catches up.
  const lock = takeDeskLock('sweep');
  if (!lock) return;
  const startedMs = Date.now();
  const props = documentProperties();
  const all = props.getProperties();
  const record = parseJson<TriggerRecord>(all[PROP.dailyTrigger]);
  if (e && e.triggerUid && record && record.uid !== String(e.triggerUid)) return; // superseded
  const now = new Date();
  const today = toTokyoDate(now);
  const state = sweepStateOf(all);
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  const spreadsheet = () => (ss ??= openDeskSpreadsheet(all));
  const settings = deskSettings(all, spreadsheet);
  // Applicant notices a typed status change left (a simple trigger may not send mail): every hour.
  if (hasOutbox(all)) sendOutbox({ ss: spreadsheet(), settings, actor: '', props, all });
  const hour = tokyoParts(now).hour;
  switch (decideHourlyRun(state, today, hour, settings)) {
    case 'idle':
      // After the day's sweep (its own execution, so the sweep's budget holds): the public list
      // is regenerated once a day when its content changed (src/app/publication.ts).
      // The statistics follow in the next idle hour, in an execution of their own
      // (src/app/statistics.ts).
      if (hour >= settings.sweepHour) {
        const run = { spreadsheet, props, all, settings, now };
        if (publishIfChanged(run, today) !== null) return;
        // Then the partner master (事業者 sheet, src/app/partners.ts), in the next idle hour.
        if (refreshStatisticsIfChanged(run, today) === null) refreshPartnersIfDue(run, today);
      }
      return;
    case 'recover':
      recoverOnce(lock, props, state, today);
      return;
    case 'sweep':
      runSweep({
        ss: spreadsheet(),
        props,
        all,
        state,
        settings,
        today,
        startedMs,
        freshDepartments: false,
      });
  }
}

/**
 * The add-on's spreadsheet: the active one where Apps Script provides it, else by the URL setup
 * stored (a time-driven execution has no UI).
 */
function openDeskSpreadsheet(
  all: Record<string, string>,
): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = activeSpreadsheetIfAny();
  if (active) return active;
  const url = all[PROP.spreadsheetUrl];
  if (!url) throw new Error(SWEEP_UI.noSpreadsheetUrl);
  return openSpreadsheet({ url });
}

/**
 * Registers missed responses once a day. The attempt is counted first, under the lock; the day is
 * marked recovered only when the recovery finished, so one that was killed or failed is tried
 * again the next hour (at most MAX_RECOVERY_TRIES a day, so it cannot block the day's sweep).
 * The lock is handed over in between (recovery takes its own), so the state is read again before
 * it is marked.
 */
function recoverOnce(
  lock: GoogleAppsScript.Lock.Lock,
  props: GoogleAppsScript.Properties.Properties,
  state: SweepState,
  today: string,
): void {
  const tries = recoveryTriesOn(state, today) + 1;
  props.setProperty(
    REMINDER_PROP.state,
    JSON.stringify({ ...state, recoveryTriedOn: today, recoveryTries: tries }),
  );
  lock.releaseLock();
  let note = '';
  let finished = false;
  try {
    const { registered } = recoverResponses();
    if (registered.length) note = SWEEP_UI.recovered(registered.length);
    finished = true;
  } catch (error) {
    note = (error as Error).message;
  }
  const notes = [note, ...reconcileActions(lock, props, finished ? today : '')].filter(Boolean);
  note = notes.join(' / ');
  props.setProperty(
    PROP.lastRun('daily'),
    JSON.stringify({ at: tokyoDateTimeText(new Date()), error: note }),
  );
}

/**
 * Under the lock: marks the day recovered (when it was), completes a desk action a kill left
 * pending and puts back statuses typed into the register whose guard never recorded them
 * (src/app/workflow/reconcile.ts). Returns the lines for トリガーの状態.
 */
function reconcileActions(
  lock: GoogleAppsScript.Lock.Lock,
  props: GoogleAppsScript.Properties.Properties,
  recoveredOn: string,
): string[] {
  try {
    if (!acquireDeskLock(lock, 'sweep')) return [];
    const all = props.getProperties();
    if (recoveredOn) {
      // Marked under the lock, on the state as it is now (a menu sweep may have run meanwhile).
      const fresh = sweepStateOf(all);
      props.setProperty(REMINDER_PROP.state, JSON.stringify({ ...fresh, recoveredOn }));
    }
    const ss = openDeskSpreadsheet(all);
    const notes = reconcileCaseActions(ss, props, all);
    // Department answers whose delivery stopped half done (src/app/departmentAnswer.ts).
    return [...notes, ...recoverDepartmentAnswers(ss, props, props.getProperties())];
  } catch (error) {
    return [(error as Error).message];
  } finally {
    lock.releaseLock();
  }
}

/** Add-on triggers send no failure emails: the error is kept for トリガーの状態. */
export function recordSweepFailure(error: Error): void {
  try {
    documentProperties().setProperty(
      PROP.lastRun('daily'),
      JSON.stringify({ at: tokyoDateTimeText(new Date()), error: error.message }),
    );
  } catch (recordError) {
    console.error(SWEEP_UI.failureNotRecorded((recordError as Error).message));
  }
}

/** The reminders' menu items: run the sweep now, and preview what it would send. */
import { SWEEP_UI } from '../../strings';
import { toTokyoDate } from '../../domain/calendar';
import { documentProperties } from '../../adapters/properties';
import { activeSpreadsheet } from '../../adapters/sheets';
import { requireDeskStaff } from '../../store/access';
import { deskSettings } from '../../store/settings';
import { previewText } from './preview';
import { sweepStateOf } from '../../store/sweepState';
import { runSweep, SweepOutcome } from './sweep';
import { takeDeskLock } from '../../store/deskLock';

/** 期限確認を今すぐ実行: the same sweep as the trigger (any day), with 担当課 read fresh. */
export function runSweepFromMenu(): string {
  const ss = activeSpreadsheet();
  if (!takeDeskLock('sweep')) return SWEEP_UI.busy;
  const startedMs = Date.now();
  const props = documentProperties();
  const all = props.getProperties(); // read under the lock: another sweep may just have finished
  const settings = deskSettings(all, ss);
  requireDeskStaff(settings);
  const outcome = runSweep({
    ss,
    props,
    all,
    state: sweepStateOf(all),
    settings,
    today: toTokyoDate(new Date()),
    startedMs,
    freshDepartments: true,
  });
  return outcomeText(outcome);
}

/** 期限確認の送信予定を表示: sends nothing, writes nothing. */
export function previewSweepFromMenu(): string {
  const ss = activeSpreadsheet();
  const all = documentProperties().getProperties();
  const settings = deskSettings(all, ss);
  requireDeskStaff(settings);
  return previewText({
    ss,
    all,
    state: sweepStateOf(all),
    settings,
    today: toTokyoDate(new Date()),
  });
}

export function outcomeText(o: SweepOutcome): string {
  const lines =
    o.digestsSent || o.digestsLeft
      ? [
          SWEEP_UI.sent({
            digests: o.digestsSent,
            items: o.itemsSent,
            deferred: o.digestsLeft,
            skippedToday: o.waiting,
          }),
        ]
      : [SWEEP_UI.nothing, ...(o.waiting ? [SWEEP_UI.previewWaiting(o.waiting)] : [])];
  if (o.stoppedForTime) lines.push(SWEEP_UI.timeUp(o.digestsLeft));
  return [...lines, ...o.problems].join('\n');
}

/**
 * 期限確認の送信予定を表示: what the sweep would send now, recipient by recipient, without
 * sending or writing anything.
 */
import { SWEEP_UI, REMINDER_KIND_LABELS, REMINDER_NOTES, reminderDate } from '../../strings';
import { isBusinessDay, IsoDate } from '../../domain/calendar';
import type { Settings } from '../../domain/settings';
import { planSweep } from '../../domain/deadlines/plan';
import { DESK } from '../../domain/deadlines/reminders';
import type { SweepState } from '../../domain/deadlines/sweepState';
import { readDepartmentEmails } from '../../store/departmentSnapshot';
import { readRegisterCases } from './sweepRegister';
import { knownSends } from '../../store/sweepState';
import { deskAddresses } from './sweep';

/** Items listed per recipient before "…ほか N 件" (an alert must stay readable). */
const ITEMS_SHOWN = 10;

export function previewText(p: {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  all: Record<string, string>;
  state: SweepState;
  settings: Settings;
  today: IsoDate;
}): string {
  const cases = readRegisterCases(p.ss);
  const departments = readDepartmentEmails(p.ss);
  const { sent, mailedToday } = knownSends(p.all, p.state, p.today);
  const plan = planSweep({
    cases,
    ctx: { today: p.today, settings: p.settings, departments },
    sent,
    mailedToday,
  });
  const lines = [SWEEP_UI.previewTitle, ''];
  if (!isBusinessDay(p.today, p.settings.extraClosures)) {
    lines.push(SWEEP_UI.closedDay(reminderDate(p.today)), '');
  }
  if (!plan.digests.length) lines.push(SWEEP_UI.previewNone);
  const deskTo = deskAddresses(p.settings);
  for (const digest of plan.digests) {
    const to = digest.recipient === DESK ? deskTo || SWEEP_UI.noDeskAddress : digest.recipient;
    const all = [...digest.items, ...digest.overflow];
    lines.push(SWEEP_UI.previewDigest(to, all.length));
    for (const item of all.slice(0, ITEMS_SHOWN)) {
      lines.push(
        SWEEP_UI.previewItem(
          item.caseNumber,
          REMINDER_KIND_LABELS[item.kind],
          reminderDate(item.due),
          REMINDER_NOTES[item.note] ?? '',
        ),
      );
    }
    if (all.length > ITEMS_SHOWN) lines.push(SWEEP_UI.previewMore(all.length - ITEMS_SHOWN));
  }
  if (plan.waiting.length) lines.push('', SWEEP_UI.previewWaiting(plan.waiting.length));
  return lines.join('\n');
}

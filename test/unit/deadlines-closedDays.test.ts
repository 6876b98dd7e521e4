/**
 * Issue 12 part 4: due dates that respect the city's calendar for applicants. A due date counted
 * in calendar days that lands on a closed day (weekend, national holiday, 年末年始 12/29–1/3, 設定's
 * extra closures) moves to the next business day, and "N days before" reminders count business
 * days — shown over Golden Week 2027 (4/29, 5/1–5/5 closed) and the year end.
 */
import { dueDateFor } from '../../src/domain/deadlines/dueDates';
import {
  effectiveDueDate,
  ReminderContext,
  remindersFor,
  renewalOpens,
  windowsFor,
} from '../../src/domain/deadlines/reminders';
import { planStatusChange } from '../../src/domain/workflow';
import { previousBusinessDayOnOrBefore } from '../../src/domain/calendar';
import { defaultSettings, Settings } from '../../src/domain/settings';
import { record, sweepCase } from '../support/reminders';

const settings = defaultSettings();

function ctx(today: string, over: Partial<Settings> = {}): ReminderContext {
  return { today, settings: { ...settings, ...over }, departments: {} };
}

const kinds = (today: string, c: ReturnType<typeof sweepCase>, over: Partial<Settings> = {}) =>
  remindersFor(c, ctx(today, over)).map((r) => `${r.kind}:${r.due}`);

describe('the PoC report due date never falls on a closed day', () => {
  it('Golden Week: a report due on 2027-05-03 (憲法記念日) is due on Thu 5/6', () => {
    // PoC ended Sat 4/3; 30 calendar days later is Mon 5/3, then 5/4 and 5/5 are holidays too.
    expect(
      dueDateFor({ status: '報告書作成', enteredOn: '2027-04-05', pocEnd: '2027-04-03' }, settings),
    ).toBe('2027-05-06');
  });

  it('the year end: a report due on 12/29 is due on the first business day of January', () => {
    // 11/29 + 30 = Wed 2027-12-29 (年末年始); 1/1–1/3 closed, 1/4/2028 is a Tuesday.
    expect(
      dueDateFor({ status: '報告書作成', enteredOn: '2027-12-01', pocEnd: '2027-11-29' }, settings),
    ).toBe('2028-01-04');
  });

  it('設定「休庁日（追加）」 pushes it further; a business day stays as it is', () => {
    const closed = { ...settings, extraClosures: ['2027-05-06'] };
    expect(
      dueDateFor({ status: '報告書作成', enteredOn: '2027-04-05', pocEnd: '2027-04-03' }, closed),
    ).toBe('2027-05-07');
    expect(
      dueDateFor({ status: '報告書作成', enteredOn: '2027-04-05', pocEnd: '2027-04-07' }, settings),
    ).toBe('2027-05-07');
  });

  it('moving to 報告書作成 writes the moved date to 報告書期限 and 期限', () => {
    const plan = planStatusChange({
      record: record({
        track: '実証実験サポート',
        status: '実証実験の実施・立ち合い',
        pocEnd: '2027-04-03',
      }),
      expectedStatus: '実証実験の実施・立ち合い',
      to: '報告書作成',
      today: '2027-04-05',
      actor: 'renkei@city.aomori.example.lg.jp',
      settings,
    });
    if (!plan.ok) throw new Error(plan.message);
    const iso = (d: unknown) => (d as Date).toISOString();
    // Tokyo midnight of 5/6 is 5/5 15:00 UTC.
    expect(iso(plan.changes.reportDue)).toBe('2027-05-05T15:00:00.000Z');
    expect(iso(plan.changes.dueDate)).toBe('2027-05-05T15:00:00.000Z');
  });

  it('a 報告書期限 kept on a closed day (before this rule, or typed) is read as the next business day', () => {
    const r = record({ status: '報告書作成', reportDue: '2027-05-03' });
    expect(effectiveDueDate(r, settings)).toBe('2027-05-06');
    // So the applicant is not told they are late on the day the office reopens.
    const c = sweepCase({ status: '報告書作成', reportDue: '2027-05-03' });
    expect(kinds('2027-05-06', c)).toEqual(['dueSoon:2027-05-06']);
    expect(kinds('2027-05-07', c)).toEqual(['overdue:2027-05-06']);
  });
});

describe('"N days before" reminders count business days', () => {
  const c = sweepCase({ status: '報告書作成', reportDue: '2027-05-06' });

  it('Golden Week: the 7-day report reminder opens 7 business days before (Wed 4/21)', () => {
    // Business days before Thu 5/6: 4/30, 4/28, 4/27, 4/26, 4/23, 4/22, 4/21.
    expect(kinds('2027-04-20', c)).toEqual([]);
    expect(kinds('2027-04-21', c)).toEqual(['dueSoon:2027-05-06']);
    // The old calendar-day window would have opened on 4/29 (a holiday): the applicant would
    // have heard on Fri 4/30, one business day before the due date.
    expect(windowsFor(ctx('2027-04-21')).reportSoonUntil).toBe('2027-05-06');
  });

  it('the year end: a report due Tue 2028-01-04 is announced on Thu 2027-12-23', () => {
    const y = sweepCase({ status: '報告書作成', reportDue: '2028-01-04' });
    // Before 1/4: 12/28, 12/27, 12/24, 12/23 ... (12/29–1/3 closed, 12/25–26 weekend).
    expect(kinds('2027-12-22', y, { pocReportReminderDays: 4 })).toEqual([]);
    expect(kinds('2027-12-23', y, { pocReportReminderDays: 4 })).toEqual(['dueSoon:2028-01-04']);
  });

  it('the renewal notice (calendar days before an end that never moves) goes the business day before a closed day', () => {
    const w = windowsFor(ctx('2027-01-01'));
    // 2027-07-04 − 60 = Wed 5/5 (こどもの日) → Fri 4/30 (5/1–5/4 closed as well).
    expect(renewalOpens('2027-07-04', w)).toBe('2027-04-30');
    const agreement = sweepCase({ status: '事業実施', agreementEnd: '2027-07-04' });
    expect(kinds('2027-04-28', agreement)).toEqual([]);
    expect(kinds('2027-04-30', agreement)).toEqual(['renewal:2027-07-04']);
    // The end date itself is the agreement's term: a Sunday end stays a Sunday.
    expect(remindersFor(agreement, ctx('2027-04-30'))[0].due).toBe('2027-07-04');
  });

  it('previousBusinessDayOnOrBefore: the year end and Golden Week', () => {
    expect(previousBusinessDayOnOrBefore('2028-01-03')).toBe('2027-12-28');
    expect(previousBusinessDayOnOrBefore('2027-05-05')).toBe('2027-04-30');
    expect(previousBusinessDayOnOrBefore('2027-05-06')).toBe('2027-05-06');
    expect(previousBusinessDayOnOrBefore('2027-04-30', ['2027-04-30'])).toBe('2027-04-28');
  });
});

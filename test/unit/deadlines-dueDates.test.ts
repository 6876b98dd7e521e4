import { dueDateFor } from '../../src/domain/deadlines/dueDates';
import { effectiveDueDate } from '../../src/domain/deadlines/reminders';
import {
  closureDates,
  defaultSettings,
  SETTING_DEFINITIONS,
  settingRow,
  settingsFromRows,
} from '../../src/domain/settings';
import { record } from '../support/reminders';

const settings = defaultSettings();

describe('due dates per status (business days)', () => {
  it('受付・内容確認: 5 business days, across Golden Week 2026 (4/29, 5/3–5/6 closed)', () => {
    // Tue 4/28 → Thu 4/30, Fri 5/1, Thu 5/7, Fri 5/8, Mon 5/11.
    expect(dueDateFor({ status: '受付・内容確認', enteredOn: '2026-04-28' }, settings)).toBe(
      '2026-05-11',
    );
  });

  it('受付・内容確認 across the year end: closure 12/29–1/3, then 1/5 … 1/9', () => {
    expect(dueDateFor({ status: '受付・内容確認', enteredOn: '2025-12-26' }, settings)).toBe(
      '2026-01-09',
    );
  });

  it('実施可否判断: 10 business days across the year end and 成人の日 (1/12/2026)', () => {
    expect(dueDateFor({ status: '実施可否判断', enteredOn: '2025-12-26' }, settings)).toBe(
      '2026-01-19',
    );
  });

  it('提案書確認 15 and 連携協定締結 20 business days', () => {
    expect(dueDateFor({ status: '提案書確認', enteredOn: '2026-06-01' }, settings)).toBe(
      '2026-06-22',
    );
    expect(dueDateFor({ status: '連携協定締結', enteredOn: '2026-06-01' }, settings)).toBe(
      '2026-06-29',
    );
  });

  it('対話・調整: 10 business days from the last logged dialogue when it is later', () => {
    const base = { status: '対話・調整' as const, enteredOn: '2026-06-01' };
    expect(dueDateFor(base, settings)).toBe('2026-06-15');
    expect(dueDateFor({ ...base, lastDialogueOn: '2026-06-10' }, settings)).toBe('2026-06-24');
    expect(dueDateFor({ ...base, lastDialogueOn: '2026-05-20' }, settings)).toBe('2026-06-15');
  });

  it('報告書作成: 30 calendar days after the PoC end (weekends count), never on a closed day', () => {
    expect(
      dueDateFor({ status: '報告書作成', enteredOn: '2026-06-01', pocEnd: '2026-06-01' }, settings),
    ).toBe('2026-07-01');
    // 11/30 + 30 = 12/30, inside the year-end closure (issue 12): due on the next business day.
    expect(
      dueDateFor({ status: '報告書作成', enteredOn: '2026-06-01', pocEnd: '2026-11-30' }, settings),
    ).toBe('2027-01-04');
    expect(dueDateFor({ status: '報告書作成', enteredOn: '2026-06-01' }, settings)).toBe('');
  });

  it('statuses without a due time have none', () => {
    for (const status of ['事前相談', '事業実施', '完了', '対象外'] as const) {
      expect(dueDateFor({ status, enteredOn: '2026-06-01' }, settings)).toBe('');
    }
  });

  it('extra closure days from 設定 push the due date', () => {
    const closed = { ...settings, extraClosures: ['2026-06-02', '2026-06-03'] };
    expect(dueDateFor({ status: '受付・内容確認', enteredOn: '2026-06-01' }, closed)).toBe(
      '2026-06-10',
    );
  });
});

describe('extra closure days as the city types them in 設定', () => {
  const label = '休庁日（追加）';

  it('accepts ISO, slashes, full-width digits and several dates', () => {
    expect(closureDates('2026-08-13, 2026/8/14、２０２６/８/１５')).toEqual([
      '2026-08-13',
      '2026-08-14',
      '2026-08-15',
    ]);
  });

  it('a single date typed into the cell arrives as a Date (Tokyo day)', () => {
    const typed = new Date('2026-08-12T15:00:00Z'); // 2026-08-13 00:00 JST
    expect(settingsFromRows([[label, typed]]).extraClosures).toEqual(['2026-08-13']);
  });

  it('drops what is not a date (never a crash)', () => {
    expect(closureDates('お盆, 2026-02-30, 2026-08-13')).toEqual(['2026-08-13']);
  });
});

describe('the due date the sweep uses', () => {
  it('the register’s 期限 when set (staff may extend it)', () => {
    const r = record({
      status: '提案書確認',
      statusChangedAt: '2026-06-01',
      dueDate: '2026-07-31',
    });
    expect(effectiveDueDate(r, settings)).toBe('2026-07-31');
  });

  it('computed from the status change when 期限 is blank (e.g. an older row)', () => {
    const r = record({ status: '受付・内容確認', statusChangedAt: '2026-04-28' });
    expect(effectiveDueDate(r, settings)).toBe('2026-05-11');
  });

  it('対話・調整: a dialogue logged after 期限 was written moves it later', () => {
    const r = record({
      status: '対話・調整',
      statusChangedAt: '2026-06-01',
      dueDate: '2026-06-15',
      lastDialogueAt: '2026-06-10',
    });
    expect(effectiveDueDate(r, settings)).toBe('2026-06-24');
  });

  it('報告書作成: 報告書期限, else PoC end + 30 days (Sun 8/30 → Mon 8/31, issue 12)', () => {
    expect(
      effectiveDueDate(record({ status: '報告書作成', reportDue: '2026-09-01' }), settings),
    ).toBe('2026-09-01');
    expect(
      effectiveDueDate(
        record({ status: '報告書作成', statusChangedAt: '2026-07-01', pocEnd: '2026-07-31' }),
        settings,
      ),
    ).toBe('2026-08-31');
  });

  it('dates outside the holiday table give no due date instead of an error', () => {
    const r = record({ status: '受付・内容確認', statusChangedAt: '1999-04-01' });
    expect(effectiveDueDate(r, settings)).toBe('');
  });
});

describe('due times in business or calendar days, as 設定 says (issue 5: "business or calendar days")', () => {
  const rows = (value: unknown) => [['期限: 提案書確認', value]];

  test('a plain number counts business days', () => {
    const settings = settingsFromRows(rows(3));
    expect(settings.dueProposalReview).toBe(3);
    expect(settings.dueUnits.dueProposalReview).toBe('business');
    // Thu 2026-04-30 + 3 business days over Golden Week (5/4–5/6 closed): 5/1, 5/7, 5/8.
    expect(dueDateFor({ status: '提案書確認', enteredOn: '2026-04-30' }, settings)).toBe(
      '2026-05-08',
    );
  });

  test('「10暦日」 counts calendar days, holidays included; a closed last day moves on', () => {
    const settings = settingsFromRows(rows('10暦日'));
    expect(settings.dueUnits.dueProposalReview).toBe('calendar');
    // 4/30 + 10 = Sun 5/10 (issue 12: a due date never falls on a closed day) → Mon 5/11.
    expect(dueDateFor({ status: '提案書確認', enteredOn: '2026-04-30' }, settings)).toBe(
      '2026-05-11',
    );
    expect(dueDateFor({ status: '提案書確認', enteredOn: '2026-05-01' }, settings)).toBe(
      '2026-05-11',
    );
  });

  test('full-width digits and 「日」 alone also mean calendar days; 「営業日」 and 「開庁日」 business days', () => {
    expect(settingsFromRows(rows('７日')).dueUnits.dueProposalReview).toBe('calendar');
    expect(settingsFromRows(rows('７日')).dueProposalReview).toBe(7);
    expect(settingsFromRows(rows('7営業日')).dueUnits.dueProposalReview).toBe('business');
    expect(settingsFromRows(rows('7 開庁日')).dueUnits.dueProposalReview).toBe('business');
  });

  test('an unreadable value keeps the default (15 business days)', () => {
    const settings = settingsFromRows(rows('二週間'));
    expect(settings.dueProposalReview).toBe(15);
    expect(settings.dueUnits.dueProposalReview).toBe('business');
    expect(dueDateFor({ status: '提案書確認', enteredOn: '2026-05-11' }, settings)).toBe(
      '2026-06-01',
    );
  });

  test('setup writes a calendar-day setting back as it reads it', () => {
    const settings = settingsFromRows(rows('10暦日'));
    const def = SETTING_DEFINITIONS.find((d) => d.key === 'dueProposalReview')!;
    const row = settingRow(def, settings);
    expect(row[1]).toBe('10暦日');
    expect(settingsFromRows([row]).dueUnits.dueProposalReview).toBe('calendar');
  });
});

import { planSweep } from '../../src/domain/deadlines/plan';
import { keyHash } from '../../src/domain/deadlines/sentLog';
import {
  decideHourlyRun,
  MAX_RECOVERY_TRIES,
  EMPTY_SWEEP_STATE,
  mailedOn,
  parseSweepState,
} from '../../src/domain/deadlines/sweepState';
import { defaultSettings } from '../../src/domain/settings';
import { sweepCase } from '../support/reminders';

const settings = defaultSettings();
const ctx = {
  today: '2026-05-20',
  settings,
  departments: { 道路維持課: 'douro@city.aomori.example.lg.jp' },
};
const cases = [
  sweepCase({ caseNumber: 'A', status: '受付・内容確認', dueDate: '2026-05-18' }, 2),
  sweepCase(
    { caseNumber: 'B', status: '実施可否判断', department: '道路維持課', dueDate: '2026-05-19' },
    3,
  ),
];

describe('the sweep plan', () => {
  it('sends what is due, grouped by recipient', () => {
    const plan = planSweep({ cases, ctx, sent: new Set(), mailedToday: new Set() });
    expect(plan.digests.map((d) => [d.recipient, d.items.map((i) => i.caseNumber)])).toEqual([
      ['desk', ['A', 'B']],
      ['douro@city.aomori.example.lg.jp', ['B']],
    ]);
  });

  it('leaves out what was already sent (same case, status, due date, kind, recipient)', () => {
    const sent = new Set([keyHash('A|受付・内容確認|2026-05-18|overdue|desk')]);
    const plan = planSweep({ cases, ctx, sent, mailedToday: new Set() });
    expect(plan.digests[0].items.map((i) => i.caseNumber)).toEqual(['B']);
  });

  it('a new due date is a new reminder', () => {
    const sent = new Set([keyHash('A|受付・内容確認|2026-05-18|overdue|desk')]);
    const moved = [sweepCase({ caseNumber: 'A', status: '受付・内容確認', dueDate: '2026-05-19' })];
    expect(planSweep({ cases: moved, ctx, sent, mailedToday: new Set() }).digests).toHaveLength(1);
  });

  it('a recipient who had today’s digest waits for tomorrow', () => {
    const plan = planSweep({
      cases,
      ctx,
      sent: new Set(),
      mailedToday: new Set([keyHash('desk')]),
    });
    expect(plan.digests.map((d) => d.recipient)).toEqual(['douro@city.aomori.example.lg.jp']);
    expect(plan.waiting.map((r) => r.caseNumber)).toEqual(['A', 'B']);
  });

  it('live keys include every key the cases can produce', () => {
    const plan = planSweep({ cases, ctx, sent: new Set(), mailedToday: new Set() });
    expect(plan.live.has(keyHash('A|受付・内容確認|2026-05-18|dueSoon|desk'))).toBe(true);
    expect(plan.live.has(keyHash('Z|受付・内容確認|2026-05-18|dueSoon|desk'))).toBe(false);
  });
});

describe('the hourly trigger’s decision', () => {
  const today = '2026-05-20';
  const recovered = { ...EMPTY_SWEEP_STATE, recoveredOn: today };

  it('first registers missed responses, once a day', () => {
    expect(decideHourlyRun(EMPTY_SWEEP_STATE, today, 0, settings)).toBe('recover');
    expect(decideHourlyRun(recovered, today, 0, settings)).toBe('idle');
  });

  it('a recovery that stopped is tried again the next hour, at most three times a day', () => {
    const tried = (n: number, day = today) => ({
      ...EMPTY_SWEEP_STATE,
      recoveryTriedOn: day,
      recoveryTries: n,
    });
    expect(decideHourlyRun(tried(1), today, 1, settings)).toBe('recover');
    expect(decideHourlyRun(tried(2), today, 9, settings)).toBe('recover');
    // After three stopped attempts the day's sweep goes ahead (the menu can still recover).
    expect(decideHourlyRun(tried(MAX_RECOVERY_TRIES), today, 9, settings)).toBe('sweep');
    // Attempts of another day do not count.
    expect(decideHourlyRun(tried(MAX_RECOVERY_TRIES, '2026-05-19'), today, 9, settings)).toBe(
      'recover',
    );
  });

  it('sweeps from the configured hour until the day is done', () => {
    expect(decideHourlyRun(recovered, today, 7, settings)).toBe('idle');
    expect(decideHourlyRun(recovered, today, 8, settings)).toBe('sweep');
    const stopped = { ...recovered, day: today, done: false };
    expect(decideHourlyRun(stopped, today, 9, settings)).toBe('sweep');
    expect(decideHourlyRun({ ...stopped, done: true }, today, 9, settings)).toBe('idle');
    expect(decideHourlyRun(recovered, today, 7, { ...settings, sweepHour: 6 })).toBe('sweep');
  });

  it('sends nothing on closed days (weekend, holiday, 年末年始, extra closures)', () => {
    for (const day of ['2026-05-23', '2026-05-05', '2025-12-30']) {
      expect(decideHourlyRun({ ...recovered, recoveredOn: day }, day, 9, settings)).toBe('idle');
    }
    const closed = { ...settings, extraClosures: [today] };
    expect(decideHourlyRun(recovered, today, 9, closed)).toBe('idle');
  });

  it('state parsing is forgiving; mailed recipients count only on their day', () => {
    expect(parseSweepState('not json')).toEqual(EMPTY_SWEEP_STATE);
    const state = parseSweepState(JSON.stringify({ day: today, mailed: ['x'] }));
    expect(mailedOn(state, today)).toEqual(new Set(['x']));
    expect(mailedOn(state, '2026-05-21')).toEqual(new Set());
  });
});

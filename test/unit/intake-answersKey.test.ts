import { answersKey, canonicalAnswer, legacyKey } from '../../src/domain/responseKey';
import { dayNumberOf, screen } from '../../src/domain/screening';
import { proposalFromNamedValues } from '../../src/domain/proposal';
import { Q, REVIEW } from '../../src/strings';

const at = new Date('2026-05-11T00:00:05Z');

describe('answersKey', () => {
  test('covers every answer: a different answer gives a different key', () => {
    const a = answersKey(at, { [Q.title]: ['A'], [Q.content]: ['一'] });
    const b = answersKey(at, { [Q.title]: ['A'], [Q.content]: ['二'] });
    expect(a).not.toBe(b);
  });

  test('is the same from the sheet (yyyy/MM/dd, M/d/yyyy, truncated) and from the form', () => {
    const long = 'あ'.repeat(60_000);
    const fromForm = answersKey(at, { [Q.periodStart]: ['2026-06-01'], [Q.content]: [long] });
    const fromJaSheet = answersKey(at, {
      タイムスタンプ: ['2026/05/11 9:00:05'],
      [Q.periodStart]: ['2026/06/01'],
      [Q.content]: [long.slice(0, 50_000)],
      [Q.attachments]: [''],
    });
    const fromUsSheet = answersKey(at, { [Q.periodStart]: ['6/1/2026'], [Q.content]: [long] });
    expect(fromJaSheet).toBe(fromForm);
    expect(fromUsSheet).toBe(fromForm);
  });

  test('the instant is written in Japan time, as the old keys were', () => {
    expect(answersKey(at, {}).slice(0, 15)).toBe('F20260511090005');
    expect(legacyKey(at, ['a']).slice(0, 15)).toBe('F20260511090005');
  });

  test('canonicalAnswer leaves other text alone', () => {
    expect(canonicalAnswer(' 提案 ')).toBe('提案');
    expect(canonicalAnswer('2026/4/1')).toBe('20260401');
  });
});

describe('a reversed period', () => {
  const named = (start: string, end: string) =>
    proposalFromNamedValues({ [Q.periodStart]: [start], [Q.periodEnd]: [end] }, '', at);

  test('is flagged with a message', () => {
    expect(screen(named('2026/09/30', '2026/06/01')).reviewReasons).toContain(
      REVIEW.reversedPeriod('2026/09/30', '2026/06/01'),
    );
  });

  test.each([
    ['2026/06/01', '2026/09/30'],
    ['2026/06/01', '2026/06/01'],
    ['', '2026/06/01'],
    ['来年度', '2026/06/01'],
  ])('%s → %s is not flagged', (start, end) => {
    expect(screen(named(start, end)).reviewReasons.some((r) => r.includes('終了日'))).toBe(false);
  });

  test('dayNumberOf reads the sheet and form formats', () => {
    expect(dayNumberOf('2026-06-01')).toBe(20260601);
    expect(dayNumberOf('6/1/2026')).toBe(20260601);
    expect(dayNumberOf('x')).toBeNull();
  });
});

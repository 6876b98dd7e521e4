import { nextCaseNumber } from '../../src/store/caseNumbers';
import { DEFAULT_CASE_NUMBER_FORMAT } from '../../src/domain/caseNumber';

/** 2026-05-11 and 2027-03-31 are in fiscal year 2026 (令和8年度); 2027-04-01 starts 2027. */
const MAY_2026 = new Date('2026-05-11T09:00:00+09:00');

describe('nextCaseNumber: the one reservation rule (intake, recovery, 事前相談)', () => {
  test('the first case of a fiscal year is 1, and nothing is taken by asking', () => {
    const all: Record<string, string> = {};
    const r = nextCaseNumber(all, DEFAULT_CASE_NUMBER_FORMAT, MAY_2026);
    expect(r).toEqual({
      caseNumber: 'R8-0001',
      sequence: { key: 'caseSequence.2026', value: '1' },
    });
    expect(all).toEqual({});
  });

  test('continues the sequence read under the lock', () => {
    const r = nextCaseNumber({ 'caseSequence.2026': '41' }, '{西暦年度}-{連番:3}', MAY_2026);
    expect(r.caseNumber).toBe('2026-042');
    expect(r.sequence.value).toBe('42');
  });

  test('the fiscal year is that of the instant in Japan: 1 April starts a new sequence', () => {
    const all = { 'caseSequence.2026': '120' };
    const march = nextCaseNumber(
      all,
      DEFAULT_CASE_NUMBER_FORMAT,
      new Date('2027-03-31T23:59:59+09:00'),
    );
    const april = nextCaseNumber(
      all,
      DEFAULT_CASE_NUMBER_FORMAT,
      new Date('2027-04-01T00:00:00+09:00'),
    );
    expect(march.caseNumber).toBe('R8-0121');
    expect(april).toEqual({
      caseNumber: 'R9-0001',
      sequence: { key: 'caseSequence.2027', value: '1' },
    });
  });

  test('a format that cannot give unique numbers is refused, never numbered', () => {
    expect(() => nextCaseNumber({}, '公民-{連番:3}', MAY_2026)).toThrow(/{年度} または {西暦年度}/);
    expect(() => nextCaseNumber({}, '{元号}{年度}', MAY_2026)).toThrow(/{連番}/);
  });
});

import { formatWareki, formatWarekiYear, toWareki } from '../../src/domain/wareki';

describe('formatWareki', () => {
  it.each([
    ['2025-09-01', '令和7年9月1日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-12-31', '令和元年12月31日'],
    ['2020-01-01', '令和2年1月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['2019-01-01', '平成31年1月1日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1989-12-31', '平成元年12月31日'],
    ['1990-01-01', '平成2年1月1日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1927-01-01', '昭和2年1月1日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1912-07-29', '明治45年7月29日'],
    ['1873-01-01', '明治6年1月1日'],
  ])('%s → %s', (iso, expected) => {
    expect(formatWareki(iso)).toBe(expected);
  });

  it('accepts {y, m, d}', () => {
    expect(formatWareki({ y: 2025, m: 9, d: 1 })).toBe('令和7年9月1日');
    expect(formatWareki({ y: 2019, m: 4, d: 30 })).toBe('平成31年4月30日');
  });

  it('refuses dates before the Gregorian calendar was adopted, and invalid dates', () => {
    expect(() => formatWareki('1872-12-31')).toThrow(/和暦に変換できません/);
    expect(() => formatWareki('2025-13-01')).toThrow(RangeError);
  });
});

describe('formatWarekiYear', () => {
  it('follows the date, since 2019 spans two eras', () => {
    expect(formatWarekiYear('2019-04-30')).toBe('平成31年');
    expect(formatWarekiYear('2019-05-01')).toBe('令和元年');
    expect(formatWarekiYear('2025-04-01')).toBe('令和7年');
    expect(formatWarekiYear({ y: 1989, m: 1, d: 7 })).toBe('昭和64年');
  });
});

describe('toWareki', () => {
  it('returns the parts', () => {
    expect(toWareki('2025-09-01')).toEqual({ era: '令和', year: 7, month: 9, day: 1 });
  });
});

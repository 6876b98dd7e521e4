import {
  HOLIDAY_FIRST_YEAR,
  HOLIDAY_LAST_YEAR,
  HolidayDataOutOfRangeError,
  holidayName,
  holidaysInYear,
  isHoliday,
} from '../../src/domain/calendar';

// Cabinet Office 「国民の祝日について」 lists, written out by hand (振替休日 and 国民の休日 marked).
const OFFICIAL: Record<number, string[]> = {
  2024: [
    '01-01',
    '01-08',
    '02-11',
    '02-12', // 振替休日
    '02-23',
    '03-20',
    '04-29',
    '05-03',
    '05-04',
    '05-05',
    '05-06', // 振替休日
    '07-15',
    '08-11',
    '08-12', // 振替休日
    '09-16',
    '09-22',
    '09-23', // 振替休日
    '10-14',
    '11-03',
    '11-04', // 振替休日
    '11-23',
  ],
  2025: [
    '01-01',
    '01-13',
    '02-11',
    '02-23',
    '02-24', // 振替休日
    '03-20',
    '04-29',
    '05-03',
    '05-04',
    '05-05',
    '05-06', // 振替休日
    '07-21',
    '08-11',
    '09-15',
    '09-23',
    '10-13',
    '11-03',
    '11-23',
    '11-24', // 振替休日
  ],
  2026: [
    '01-01',
    '01-12',
    '02-11',
    '02-23',
    '03-20',
    '04-29',
    '05-03',
    '05-04',
    '05-05',
    '05-06', // 振替休日
    '07-20',
    '08-11',
    '09-21',
    '09-22', // 国民の休日
    '09-23',
    '10-12',
    '11-03',
    '11-23',
  ],
  2027: [
    '01-01',
    '01-11',
    '02-11',
    '02-23',
    '03-21',
    '03-22', // 振替休日
    '04-29',
    '05-03',
    '05-04',
    '05-05',
    '07-19',
    '08-11',
    '09-20',
    '09-23',
    '10-11',
    '11-03',
    '11-23',
  ],
};

describe.each(Object.keys(OFFICIAL).map(Number))('national holidays %i', (year) => {
  const expected = OFFICIAL[year].map((mmdd) => `${year}-${mmdd}`);

  it('match the official list exactly', () => {
    expect(holidaysInYear(year).map(([iso]) => iso)).toEqual(expected);
  });

  it('every listed day is a holiday and every other day of the year is not', () => {
    const listed = new Set(expected);
    for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year;) {
      const iso = day.toISOString().slice(0, 10);
      expect([iso, isHoliday(iso)]).toEqual([iso, listed.has(iso)]);
      day = new Date(day.getTime() + 86_400_000);
    }
  });
});

describe('holiday names', () => {
  it.each([
    ['2025-01-01', '元日'],
    ['2024-02-12', '建国記念の日 振替休日'],
    ['2025-05-06', 'こどもの日 振替休日'],
    ['2026-09-22', '休日'],
    ['2027-03-22', '春分の日 振替休日'],
    ['2025-10-13', 'スポーツの日'],
  ])('%s is %s', (iso, name) => {
    expect(holidayName(iso)).toBe(name);
  });

  it('is null on an ordinary day', () => {
    expect(holidayName('2025-09-01')).toBeNull();
  });
});

describe('table range', () => {
  it('covers the documented years', () => {
    expect([HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR]).toEqual([2019, 2035]);
    for (let year = HOLIDAY_FIRST_YEAR; year <= HOLIDAY_LAST_YEAR; year++) {
      expect(holidaysInYear(year)[0]).toEqual([`${year}-01-01`, '元日']);
    }
  });

  it('includes the one-off holidays of 2019–2021', () => {
    expect(isHoliday('2019-05-01')).toBe(true); // 天皇の即位の日
    expect(isHoliday('2019-10-22')).toBe(true); // 即位礼正殿の儀
    expect(isHoliday('2020-07-24')).toBe(true); // Olympics: スポーツの日 moved
    expect(isHoliday('2021-08-09')).toBe(true);
    expect(isHoliday('2021-10-11')).toBe(false); // スポーツの日 moved away that year
  });

  it('throws a clear error outside the table', () => {
    expect(() => isHoliday('2036-01-01')).toThrow(HolidayDataOutOfRangeError);
    expect(() => isHoliday('2018-12-31')).toThrow(/2018年の祝日データがありません/);
  });

  it('rejects malformed dates', () => {
    expect(() => isHoliday('2025-02-30')).toThrow(RangeError);
    expect(() => isHoliday('2025/01/01')).toThrow(/日付の形式/);
  });
});

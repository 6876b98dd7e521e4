import {
  addBusinessDays,
  addCalendarDays,
  businessDaysBetween,
  calendarDaysBetween,
  dayOfWeek,
  fromTokyoDate,
  HolidayDataOutOfRangeError,
  isBusinessDay,
  isCityClosure,
  nextBusinessDayOnOrAfter,
  toTokyoDate,
} from '../../src/domain/calendar';

describe('calendar arithmetic', () => {
  it('adds calendar days across months, leap days and years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addCalendarDays('2025-09-01', 30)).toBe('2025-10-01');
    expect(calendarDaysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2025-09-01')).toBe(1); // Monday
    expect(dayOfWeek('2025-09-06')).toBe(6);
    expect(dayOfWeek('2025-09-07')).toBe(0);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });
});

describe('Tokyo date conversion', () => {
  it('uses a fixed +09:00 offset', () => {
    expect(toTokyoDate(new Date('2025-09-01T14:59:59.999Z'))).toBe('2025-09-01');
    expect(toTokyoDate(new Date('2025-09-01T15:00:00Z'))).toBe('2025-09-02');
    expect(toTokyoDate(new Date('2025-12-31T15:00:00Z'))).toBe('2026-01-01');
    expect(fromTokyoDate('2025-09-02').toISOString()).toBe('2025-09-01T15:00:00.000Z');
    expect(toTokyoDate(fromTokyoDate('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('isBusinessDay', () => {
  it('excludes weekends', () => {
    expect(isBusinessDay('2025-09-05')).toBe(true); // Fri
    expect(isBusinessDay('2025-09-06')).toBe(false); // Sat
    expect(isBusinessDay('2025-09-07')).toBe(false); // Sun
  });

  it('excludes national holidays, 振替休日 and 国民の休日', () => {
    expect(isBusinessDay('2025-09-15')).toBe(false); // 敬老の日
    expect(isBusinessDay('2025-11-24')).toBe(false); // 振替休日
    expect(isBusinessDay('2026-09-22')).toBe(false); // 国民の休日
  });

  it('excludes the city closure 12/29 – 1/3 only', () => {
    expect(isCityClosure('2025-12-28')).toBe(false);
    for (const iso of ['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-02', '2026-01-03']) {
      expect(isCityClosure(iso)).toBe(true);
      expect(isBusinessDay(iso)).toBe(false);
    }
    expect(isCityClosure('2026-01-04')).toBe(false);
    expect(isBusinessDay('2026-12-28')).toBe(true); // Mon
    expect(isBusinessDay('2026-12-29')).toBe(false); // Tue, closure
  });

  it('excludes extra closure days from settings', () => {
    expect(isBusinessDay('2025-09-08')).toBe(true);
    expect(isBusinessDay('2025-09-08', ['2025-09-08'])).toBe(false);
  });

  it('throws outside the holiday table, on weekends too', () => {
    expect(() => isBusinessDay('2036-01-07')).toThrow(HolidayDataOutOfRangeError);
    expect(() => isBusinessDay('2036-01-05')).toThrow(HolidayDataOutOfRangeError);
  });
});

describe('addBusinessDays', () => {
  it('counts from the next business day', () => {
    expect(addBusinessDays('2025-09-05', 1)).toBe('2025-09-08'); // Fri → Mon
    expect(addBusinessDays('2025-09-05', 5)).toBe('2025-09-12'); // receipt Fri, due next Fri
    expect(addBusinessDays('2025-09-06', 1)).toBe('2025-09-08'); // from a Saturday
    expect(addBusinessDays('2025-09-12', 5)).toBe('2025-09-22'); // skips 9/15 敬老の日
  });

  it('n = 0 is the same day if open, otherwise the next business day', () => {
    expect(addBusinessDays('2025-09-05', 0)).toBe('2025-09-05');
    expect(addBusinessDays('2025-09-13', 0)).toBe('2025-09-16'); // Sat, Sun, 敬老の日
    expect(nextBusinessDayOnOrAfter('2025-12-27')).toBe('2026-01-05');
  });

  it('negative n counts backwards', () => {
    expect(addBusinessDays('2025-09-16', -1)).toBe('2025-09-12');
    expect(addBusinessDays('2026-01-05', -1)).toBe('2025-12-26');
  });

  it('rejects fractional n', () => {
    expect(() => addBusinessDays('2025-09-05', 1.5)).toThrow(RangeError);
  });

  it('spans Golden Week', () => {
    // 2025: 4/29 (Tue) and 5/3–5/6 (Sat–Tue, 5/6 振替休日).
    expect(addBusinessDays('2025-04-28', 1)).toBe('2025-04-30');
    expect(addBusinessDays('2025-05-02', 1)).toBe('2025-05-07');
    expect(businessDaysBetween('2025-04-25', '2025-05-09')).toBe(7);
    // 2026: 4/29 (Wed), 5/3–5/6 (Sun–Wed).
    expect(addBusinessDays('2026-05-01', 1)).toBe('2026-05-07');
    expect(addBusinessDays('2026-04-24', 5)).toBe('2026-05-07'); // 4/27, 4/28, 4/30, 5/1, 5/7
    // 2027: 4/29 (Thu), 5/3–5/5 (Mon–Wed).
    expect(addBusinessDays('2027-04-30', 1)).toBe('2027-05-06');
  });

  it('spans the year-end closure', () => {
    expect(addBusinessDays('2024-12-27', 1)).toBe('2025-01-06'); // 1/4–1/5 weekend
    expect(addBusinessDays('2025-12-26', 1)).toBe('2026-01-05');
    expect(addBusinessDays('2026-12-28', 1)).toBe('2027-01-04');
    // 12/23–26, 1/5–1/9, then 1/12 成人の日 → the 10th is 1/13.
    expect(addBusinessDays('2025-12-22', 10)).toBe('2026-01-13');
  });

  it('skips extra closure days', () => {
    expect(addBusinessDays('2025-09-05', 1, ['2025-09-08'])).toBe('2025-09-09');
    // 9/10, 9/11, 9/12, (9/15 敬老の日) 9/16, 9/17
    expect(addBusinessDays('2025-09-05', 5, ['2025-09-08', '2025-09-09'])).toBe('2025-09-17');
  });
});

describe('businessDaysBetween', () => {
  it('counts business days in (from, to]', () => {
    expect(businessDaysBetween('2025-09-05', '2025-09-05')).toBe(0);
    expect(businessDaysBetween('2025-09-05', '2025-09-08')).toBe(1);
    expect(businessDaysBetween('2025-09-05', '2025-09-07')).toBe(0);
    expect(businessDaysBetween('2025-09-08', '2025-09-05')).toBe(-1);
    expect(businessDaysBetween('2025-12-26', '2026-01-05')).toBe(1);
  });

  it('is the inverse of addBusinessDays', () => {
    for (const start of ['2024-04-26', '2025-09-12', '2025-12-26', '2026-09-18', '2027-04-28']) {
      for (let n = 1; n <= 30; n++) {
        expect(businessDaysBetween(start, addBusinessDays(start, n))).toBe(n);
      }
    }
  });
});

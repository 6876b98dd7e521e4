import { fiscalEra, fiscalYearOf } from '../../src/domain/fiscalYear';

// Japanese fiscal years (年度) run 1 April – 31 March in Japan time. Case numbers are issued per
// fiscal year (docs/domain.md「Documents」: 和暦 by default; caseNumber.ts default 'R7-0001').
// Every instant below is written in UTC; JST = UTC+9 (no DST since 1951).

describe('fiscalYearOf (Asia/Tokyo)', () => {
  it('31 March 23:59:59 JST still belongs to the previous fiscal year', () => {
    // 2026-03-31T23:59:59+09:00
    expect(fiscalYearOf(new Date('2026-03-31T14:59:59Z'))).toBe(2025);
  });

  it('31 March 23:59:59.999 JST still belongs to the previous fiscal year', () => {
    expect(fiscalYearOf(new Date('2026-03-31T14:59:59.999Z'))).toBe(2025);
  });

  it('1 April 00:00:00 JST starts the new fiscal year', () => {
    // 2026-04-01T00:00:00+09:00
    expect(fiscalYearOf(new Date('2026-03-31T15:00:00Z'))).toBe(2026);
  });

  it('uses Japan time, not UTC: 1 April 08:59 JST is still 31 March in UTC but already the new year', () => {
    expect(fiscalYearOf(new Date('2026-03-31T23:59:00Z'))).toBe(2026);
  });

  it('uses Japan time, not UTC: 20:00 UTC on 31 March is already 1 April 05:00 JST', () => {
    expect(fiscalYearOf(new Date('2025-03-31T20:00:00Z'))).toBe(2025);
  });

  it('January–March belong to the fiscal year that began the previous April', () => {
    expect(fiscalYearOf(new Date('2026-01-01T00:00:00+09:00'))).toBe(2025);
    expect(fiscalYearOf(new Date('2026-02-15T12:00:00+09:00'))).toBe(2025);
  });

  it('1 January 00:00 JST (31 December 15:00 UTC) moves the calendar year, not the fiscal year', () => {
    expect(fiscalYearOf(new Date('2025-12-31T15:00:00Z'))).toBe(2025);
    expect(fiscalYearOf(new Date('2025-12-31T14:59:59Z'))).toBe(2025);
  });

  it('April–December belong to the fiscal year of the same calendar year', () => {
    expect(fiscalYearOf(new Date('2025-04-01T00:00:00+09:00'))).toBe(2025);
    expect(fiscalYearOf(new Date('2025-09-01T09:00:00+09:00'))).toBe(2025);
    expect(fiscalYearOf(new Date('2025-12-31T23:59:59+09:00'))).toBe(2025);
  });

  it('does not depend on the machine time zone (the same instant gives the same year)', () => {
    const instant = new Date(Date.UTC(2019, 2, 31, 15, 0, 0)); // 2019-04-01 00:00 JST
    expect(fiscalYearOf(instant)).toBe(2019);
  });
});

describe('fiscalEra', () => {
  it('FY2025 is 令和7年度 (R7)', () => {
    expect(fiscalEra(2025)).toEqual({ initial: 'R', name: '令和', year: 7 });
  });

  it('FY2019 is 令和元年度 (R1): offices rename the whole fiscal year although 令和 began on 1 May 2019', () => {
    expect(fiscalEra(2019)).toEqual({ initial: 'R', name: '令和', year: 1 });
  });

  it('FY2018 is 平成30年度 (H30)', () => {
    expect(fiscalEra(2018)).toEqual({ initial: 'H', name: '平成', year: 30 });
  });

  it('FY2020 is 令和2年度 (R2)', () => {
    expect(fiscalEra(2020)).toEqual({ initial: 'R', name: '令和', year: 2 });
  });

  it('FY1989 is 平成元年度 (H1)', () => {
    expect(fiscalEra(1989)).toEqual({ initial: 'H', name: '平成', year: 1 });
  });

  it('FY1988 is 昭和63年度 (S63)', () => {
    expect(fiscalEra(1988)).toEqual({ initial: 'S', name: '昭和', year: 63 });
  });

  it('the fiscal year of 1 April 2019 00:00 JST is 令和元年度, not 平成31年度', () => {
    expect(fiscalEra(fiscalYearOf(new Date('2019-03-31T15:00:00Z')))).toEqual({
      initial: 'R',
      name: '令和',
      year: 1,
    });
  });

  it('the fiscal year of 31 March 2019 23:59:59 JST is 平成30年度', () => {
    expect(fiscalEra(fiscalYearOf(new Date('2019-03-31T14:59:59Z')))).toEqual({
      initial: 'H',
      name: '平成',
      year: 30,
    });
  });
});

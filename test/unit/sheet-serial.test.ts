/**
 * Serial dates as the Sheets API gives them (SERIAL_NUMBER: days since 1899-12-30, the fraction
 * the time of day, in the spreadsheet's zone — the desk's is Asia/Tokyo), and the register's date
 * columns that the search turns back into Dates (src/store/registerSearch.ts).
 */
import { fromSheetSerial, toTokyoDate } from '../../src/domain/calendar';
import { DATE_KEYS, REGISTER_COLUMNS } from '../../src/domain/register';
import { REGISTER_HEADERS } from '../../src/strings';

describe('fromSheetSerial', () => {
  it('reads whole days as Tokyo midnight', () => {
    // 1900-01-01 is serial 2 (serial 1 is 1899-12-31); 2026-04-01 is 46113.
    expect(fromSheetSerial(2).toISOString()).toBe('1899-12-31T15:00:00.000Z');
    expect(fromSheetSerial(46113).toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(toTokyoDate(fromSheetSerial(46113))).toBe('2026-04-01');
  });

  it('reads the fraction as the Tokyo time of day', () => {
    // 2026-05-12 09:30 in Tokyo: 46154 days and 9.5 hours.
    expect(fromSheetSerial(46154 + 9.5 / 24).toISOString()).toBe('2026-05-12T00:30:00.000Z');
    // The last minute of the fiscal year stays in it.
    expect(toTokyoDate(fromSheetSerial(46112 + (23 * 60 + 59) / 1440))).toBe('2026-03-31');
  });
});

describe('DATE_KEYS', () => {
  it('lists every register column whose header names a date, a date-time or a deadline', () => {
    const dated = REGISTER_COLUMNS.filter((k) => /日$|日時$|期限$/.test(REGISTER_HEADERS[k]));
    expect([...DATE_KEYS].sort()).toEqual([...dated].sort());
  });
});

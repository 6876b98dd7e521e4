/**
 * National holiday lookup over the bundled table. Outside the table's years we throw rather
 * than guess: silently treating an unknown year as holiday-free would shift every deadline.
 * The fix is to regenerate the table (scripts/generate-holidays.ts) with a wider range.
 */
import { calendarMessages } from '../workflow/messages';
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR, HOLIDAYS_BY_YEAR } from './holidays.generated';
import { IsoDate, parseIsoDate } from './isoDate';

export { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR, HOLIDAY_SOURCE } from './holidays.generated';

export class HolidayDataOutOfRangeError extends RangeError {
  constructor(readonly year: number) {
    super(calendarMessages.holidayYearOutOfRange(year, HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR));
    this.name = 'HolidayDataOutOfRangeError';
  }
}

// Decoded lazily, one year at a time, so an execution that never asks pays nothing.
const decodedYears = new Map<number, ReadonlyMap<string, string>>();

export function isHolidayDataAvailable(year: number): boolean {
  return year >= HOLIDAY_FIRST_YEAR && year <= HOLIDAY_LAST_YEAR;
}

/** The holiday's name (e.g. '振替休日' entries read 'こどもの日 振替休日'), or null. */
export function holidayName(iso: IsoDate): string | null {
  const { y } = parseIsoDate(iso);
  return holidaysOfYear(y).get(iso.slice(5, 7) + iso.slice(8, 10)) ?? null;
}

export function isHoliday(iso: IsoDate): boolean {
  return holidayName(iso) !== null;
}

/** All holidays of a year as [iso, name] pairs in date order. */
export function holidaysInYear(year: number): Array<[IsoDate, string]> {
  return [...holidaysOfYear(year)].map(([mmdd, name]) => [
    `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`,
    name,
  ]);
}

function holidaysOfYear(year: number): ReadonlyMap<string, string> {
  if (!isHolidayDataAvailable(year)) throw new HolidayDataOutOfRangeError(year);
  let decoded = decodedYears.get(year);
  if (!decoded) {
    decoded = new Map(
      HOLIDAYS_BY_YEAR[year].split(',').map((entry) => [entry.slice(0, 4), entry.slice(4)]),
    );
    decodedYears.set(year, decoded);
  }
  return decoded;
}

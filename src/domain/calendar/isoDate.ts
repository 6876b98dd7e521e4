/**
 * Calendar dates as ISO 'YYYY-MM-DD' strings: they sort, compare and key maps as plain
 * strings, and survive a round trip through a spreadsheet cell. Arithmetic goes through a
 * day number (days since 1970-01-01, computed in UTC) so no time zone ever enters it.
 */
import { calendarMessages } from '../workflow/messages';

export type IsoDate = string;

export interface CalendarDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses 'YYYY-MM-DD'; throws on anything else, including impossible dates like 02-30. */
export function parseIsoDate(iso: IsoDate): CalendarDate {
  if (!isIsoDate(iso)) throw new RangeError(calendarMessages.invalidDate(iso));
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

export function formatIsoDate({ y, m, d }: CalendarDate): IsoDate {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

export function toDayNumber(iso: IsoDate): number {
  const { y, m, d } = parseIsoDate(iso);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return formatIsoDate({
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
  });
}

export function addCalendarDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Signed number of calendar days from `from` to `to` (to − from). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isWeekend(iso: IsoDate): boolean {
  const weekday = dayOfWeek(iso);
  return weekday === 0 || weekday === 6;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

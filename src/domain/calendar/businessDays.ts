/**
 * Business days of Aomori City hall: not a weekend, not a national holiday, not the city's
 * year-end closure (29 Dec – 3 Jan), and not one of the extra closure days from settings.
 */
import { isHoliday } from './holidays';
import { addCalendarDays, dayOfWeek, IsoDate, parseIsoDate, toDayNumber } from './isoDate';

/** 年末年始 closure: 12/29, 12/30, 12/31, 1/1, 1/2, 1/3. */
export function isCityClosure(iso: IsoDate): boolean {
  const { m, d } = parseIsoDate(iso);
  return (m === 12 && d >= 29) || (m === 1 && d <= 3);
}

export function isBusinessDay(iso: IsoDate, extraClosures: readonly IsoDate[] = []): boolean {
  return isBusinessDayIn(iso, new Set(extraClosures));
}

/**
 * The n-th business day after `iso`, counting from the next business day: n = 1 is the first
 * business day strictly after `iso` (so a receipt on Friday with n = 5 is due the next Friday).
 * n = 0 means "today if it is a business day, otherwise the next one" — a due date never falls
 * on a closed day. Negative n counts backwards the same way (n = -1: last business day before).
 */
export function addBusinessDays(
  iso: IsoDate,
  n: number,
  extraClosures: readonly IsoDate[] = [],
): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addBusinessDays: n must be an integer, got ${n}`);
  const closures = new Set(extraClosures);
  let current = iso;
  if (n === 0) {
    while (!isBusinessDayIn(current, closures)) current = addCalendarDays(current, 1);
    return current;
  }
  const step = n > 0 ? 1 : -1;
  for (let remaining = Math.abs(n); remaining > 0;) {
    current = addCalendarDays(current, step);
    if (isBusinessDayIn(current, closures)) remaining--;
  }
  return current;
}

/** The first business day on or after `iso`. */
export function nextBusinessDayOnOrAfter(
  iso: IsoDate,
  extraClosures: readonly IsoDate[] = [],
): IsoDate {
  return addBusinessDays(iso, 0, extraClosures);
}

/**
 * The last business day on or before `iso`: when a notice meant to go N days before a date would
 * fall on a closed day, it goes on the business day before rather than after (never late).
 */
export function previousBusinessDayOnOrBefore(
  iso: IsoDate,
  extraClosures: readonly IsoDate[] = [],
): IsoDate {
  const closures = new Set(extraClosures);
  let current = iso;
  while (!isBusinessDayIn(current, closures)) current = addCalendarDays(current, -1);
  return current;
}

/**
 * Business days in the half-open interval (from, to]: the inverse of addBusinessDays, so
 * businessDaysBetween(d, addBusinessDays(d, n)) === n for n ≥ 1. Negative when to < from.
 * Use it for "N business days without activity": elapsed = businessDaysBetween(last, today).
 */
export function businessDaysBetween(
  from: IsoDate,
  to: IsoDate,
  extraClosures: readonly IsoDate[] = [],
): number {
  if (toDayNumber(to) < toDayNumber(from)) return -businessDaysBetween(to, from, extraClosures);
  const closures = new Set(extraClosures);
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (isBusinessDayIn(day, closures)) count++;
  }
  return count;
}

function isBusinessDayIn(iso: IsoDate, closures: ReadonlySet<IsoDate>): boolean {
  // Holiday lookup first so a year outside the table fails on every date, not only weekdays.
  if (isHoliday(iso)) return false;
  const weekday = dayOfWeek(iso);
  return weekday !== 0 && weekday !== 6 && !isCityClosure(iso) && !closures.has(iso);
}

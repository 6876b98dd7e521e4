/**
 * Time-zone helpers for the linked sheet's timestamps and date answers: the shared spreadsheet
 * zone arithmetic and Utilities' SimpleDateFormat, under the names the form code uses.
 */
import { fromZonedParts } from '../spreadsheet/zonedTime';
import { formatDate } from '../simpleDateFormat';

/** The instant when the wall clock in `timeZone` shows year-month-day 00:00:00. */
export function midnightIn(year: number, month: number, day: number, timeZone: string): Date {
  return fromZonedParts({ year, month, day }, timeZone);
}

/** Formats `date` in `timeZone` with a SimpleDateFormat pattern ('yyyy/MM/dd H:mm:ss'). */
export function formatIn(date: Date, timeZone: string, pattern: string): string {
  return formatDate(date, timeZone, pattern);
}

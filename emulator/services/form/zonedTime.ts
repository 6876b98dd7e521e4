/** Wall-clock arithmetic in a named time zone, for the linked sheet's timestamps and dates. */

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallClockIn(date: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** The instant when the wall clock in `timeZone` shows year-month-day 00:00:00. */
export function midnightIn(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  const shown = wallClockIn(new Date(guess), timeZone);
  const shownMs = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute);
  return new Date(guess - (shownMs - guess));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Formats with the few Sheets patterns the form writer uses (yyyy, MM, M, dd, d, H, mm, ss). */
export function formatIn(date: Date, timeZone: string, pattern: string): string {
  const w = wallClockIn(date, timeZone);
  return pattern.replace(/yyyy|MM|M|dd|d|HH|H|mm|ss/g, (token) => {
    switch (token) {
      case 'yyyy':
        return String(w.year);
      case 'MM':
        return pad2(w.month);
      case 'M':
        return String(w.month);
      case 'dd':
        return pad2(w.day);
      case 'd':
        return String(w.day);
      case 'HH':
        return pad2(w.hour);
      case 'H':
        return String(w.hour);
      case 'mm':
        return pad2(w.minute);
      default:
        return pad2(w.second);
    }
  });
}

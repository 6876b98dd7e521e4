/**
 * Japanese era (和暦) dates for documents: '令和7年9月1日', with 元年 for an era's first year
 * (2019-05-01 → 令和元年5月1日). Eras begin on the day of the change, so the day before belongs
 * to the previous era (2019-04-30 → 平成31年4月30日). Dates before 1873-01-01 are refused:
 * Japan used the lunisolar calendar until then, so a Gregorian date has no simple 和暦 form.
 */
import { CalendarDate, formatIsoDate, IsoDate, parseIsoDate } from './calendar/isoDate';
import { warekiMessages } from './workflow/messages';

export interface Era {
  readonly name: string;
  /** First day of the era (ISO). */
  readonly start: IsoDate;
}

/** Newest first, so the first era whose start is on or before a date is that date's era. */
export const ERAS: readonly Era[] = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
  { name: '大正', start: '1912-07-30' },
  { name: '明治', start: '1868-01-25' },
];

const EARLIEST_SUPPORTED: IsoDate = '1873-01-01';

export interface WarekiDate {
  readonly era: string;
  /** Year within the era, 1 for 元年. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function toWareki(date: IsoDate | CalendarDate): WarekiDate {
  const iso = typeof date === 'string' ? date : formatIsoDate(date);
  const { y, m, d } = parseIsoDate(iso);
  const era = ERAS.find((candidate) => candidate.start <= iso);
  if (!era || iso < EARLIEST_SUPPORTED) throw new RangeError(warekiMessages.outOfRange(iso));
  return { era: era.name, year: y - Number(era.start.slice(0, 4)) + 1, month: m, day: d };
}

/** '令和7年9月1日' */
export function formatWareki(date: IsoDate | CalendarDate): string {
  const wareki = toWareki(date);
  return `${formatEraYear(wareki)}${wareki.month}月${wareki.day}日`;
}

/** '令和7年' — takes a full date because a Gregorian year can span two eras (2019). */
export function formatWarekiYear(date: IsoDate | CalendarDate): string {
  return formatEraYear(toWareki(date));
}

function formatEraYear({ era, year }: WarekiDate): string {
  return `${era}${year === 1 ? '元' : year}年`;
}

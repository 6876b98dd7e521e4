/**
 * Conditional-format rules that mark the register's due-soon and overdue rows: Sheets evaluates
 * them against TODAY() every day, so nothing is painted cell by cell and nothing goes stale.
 * The formulas are built here (pure) and applied once by setup.
 */
import {
  addCalendarDays,
  HOLIDAY_LAST_YEAR,
  isBusinessDay,
  isWeekend,
  IsoDate,
  toDayNumber,
} from '../calendar';
import { TERMINAL_STATUSES } from '../workflow/statuses';

/** Marks the add-on's own rules (ISTEXT of a literal is always TRUE), so setup can replace them. */
export const FORMAT_TAGS = {
  overdue: '公民連携デスク:期限超過',
  dueSoon: '公民連携デスク:期限間近',
} as const;

export interface DueFormatRule {
  tag: string;
  formula: string;
  background: string;
  fontColor: string;
}

/** Years of closed weekdays listed in the formula (the holiday table's end at most). */
const YEARS_AHEAD = 10;
/** Sheets' date serial of 1970-01-01 (serial 0 is 1899-12-30). */
const SERIAL_OF_UNIX_EPOCH = 25_569;

export function sheetsSerial(iso: IsoDate): number {
  return toDayNumber(iso) + SERIAL_OF_UNIX_EPOCH;
}

/** Weekdays the city is closed (holidays, 年末年始, extra closures) from `fromYear` on. */
export function closedWeekdays(fromYear: number, extraClosures: readonly IsoDate[]): IsoDate[] {
  const lastYear = Math.min(HOLIDAY_LAST_YEAR, fromYear + YEARS_AHEAD - 1);
  const out: IsoDate[] = [];
  const end = `${lastYear}-12-31`;
  for (let d = `${fromYear}-01-01`; d <= end; d = addCalendarDays(d, 1)) {
    if (!isWeekend(d) && !isBusinessDay(d, extraClosures)) out.push(d);
  }
  return out;
}

/**
 * The two rules for rows 2… of the register: overdue (red) and due within `soonDays` business
 * days (amber), for open cases only. WORKDAY skips weekends; the closed weekdays are listed as
 * an array constant so "business day" means the same as in the add-on.
 */
export function dueFormatRules(p: {
  dueColumn: string;
  statusColumn: string;
  soonDays: number;
  closedDays: readonly IsoDate[];
}): DueFormatRule[] {
  const due = `$${p.dueColumn}2`;
  const open = `ISNA(MATCH($${p.statusColumn}2,{${TERMINAL_STATUSES.map((s) => `"${s}"`).join(',')}},0))`;
  const holidays = p.closedDays.length ? `,{${p.closedDays.map(sheetsSerial).join(',')}}` : '';
  const soon = Math.max(0, Math.round(p.soonDays));
  return [
    {
      tag: FORMAT_TAGS.overdue,
      formula: `=AND(ISTEXT("${FORMAT_TAGS.overdue}"),ISNUMBER(${due}),${due}<TODAY(),${open})`,
      background: '#f4c7c3',
      fontColor: '#a50e0e',
    },
    {
      tag: FORMAT_TAGS.dueSoon,
      formula: `=AND(ISTEXT("${FORMAT_TAGS.dueSoon}"),ISNUMBER(${due}),${due}>=TODAY(),${due}<=WORKDAY(TODAY(),${soon}${holidays}),${open})`,
      background: '#fce8b2',
      fontColor: '#7a4f01',
    },
  ];
}

/** Whether a custom formula is one of the add-on's own rules. */
export function isOwnFormula(formula: string): boolean {
  return Object.values(FORMAT_TAGS).some((tag) => formula.includes(`ISTEXT("${tag}")`));
}

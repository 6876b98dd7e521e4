/**
 * Java's SimpleDateFormat, as Utilities.formatDate / Utilities.parseDate use it.
 *
 * developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * points to docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html. Apps Script runs it
 * server side with an English (en_US) locale: month and day names are English whatever the
 * user's language, and weeks start on Sunday with week 1 holding 1 January (US rules).
 *
 * Time zones follow java.util.TimeZone.getTimeZone: tz database ids (case sensitive), the old
 * three-letter ids ("JST", "PST"…), custom "GMT+09:00" ids, and, as Java does, silently GMT for
 * anything it does not recognise.
 */

export const SIMPLE_DATE_FORMAT_ERRORS = {
  illegalPatternCharacter: (c: string) => `Illegal pattern character '${c}'`,
  unterminatedQuote: 'Unterminated quote',
  invalidIsoFormat: (count: number) => `invalid ISO 8601 format: length=${count}`,
  unparseableDate: (text: string) => `Unparseable date: "${text}"`,
} as const;

/** Java 8's SimpleDateFormat pattern letters. */
const PATTERN_LETTERS = 'GyMdkHmsSEDFwWahKzZYuXL';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's old three-letter ids (java.util.TimeZone, "for JDK 1.1.x compatibility"). */
const JAVA_SHORT_IDS: Record<string, string> = {
  ACT: 'Australia/Darwin',
  AET: 'Australia/Sydney',
  AGT: 'America/Argentina/Buenos_Aires',
  ART: 'Africa/Cairo',
  AST: 'America/Anchorage',
  BET: 'America/Sao_Paulo',
  BST: 'Asia/Dhaka',
  CAT: 'Africa/Harare',
  CNT: 'America/St_Johns',
  CST: 'America/Chicago',
  CTT: 'Asia/Shanghai',
  EAT: 'Africa/Addis_Ababa',
  ECT: 'Europe/Paris',
  IET: 'America/Indiana/Indianapolis',
  IST: 'Asia/Kolkata',
  JST: 'Asia/Tokyo',
  MIT: 'Pacific/Apia',
  NET: 'Asia/Yerevan',
  NST: 'Pacific/Auckland',
  PLT: 'Asia/Karachi',
  PNT: 'America/Phoenix',
  PRT: 'America/Puerto_Rico',
  PST: 'America/Los_Angeles',
  SST: 'Pacific/Guadalcanal',
  VST: 'Asia/Ho_Chi_Minh',
  // Fixed offsets in Java (no daylight saving).
  EST: 'Etc/GMT+5',
  MST: 'Etc/GMT+7',
  HST: 'Etc/GMT+10',
};

/** Java's English short names ('z') where ICU's en-US data only has "GMT+9"-style names. */
const JAVA_SHORT_NAMES: Record<string, [standard: string, daylight: string]> = {
  'Asia/Tokyo': ['JST', 'JDT'],
  Japan: ['JST', 'JDT'],
  'Asia/Seoul': ['KST', 'KDT'],
  'Asia/Shanghai': ['CST', 'CDT'],
  'Asia/Taipei': ['CST', 'CDT'],
  'Asia/Hong_Kong': ['HKT', 'HKST'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Calcutta': ['IST', 'IST'],
  'Asia/Bangkok': ['ICT', 'ICT'],
  'Asia/Ho_Chi_Minh': ['ICT', 'ICT'],
  'Asia/Jakarta': ['WIB', 'WIB'],
  'Asia/Manila': ['PHT', 'PHST'],
  'Asia/Dubai': ['GST', 'GST'],
  'Asia/Dhaka': ['BDT', 'BDT'],
  'Asia/Karachi': ['PKT', 'PKST'],
  'Europe/London': ['GMT', 'BST'],
  'Europe/Dublin': ['GMT', 'IST'],
  'Europe/Lisbon': ['WET', 'WEST'],
  'Europe/Paris': ['CET', 'CEST'],
  'Europe/Berlin': ['CET', 'CEST'],
  'Europe/Rome': ['CET', 'CEST'],
  'Europe/Madrid': ['CET', 'CEST'],
  'Europe/Amsterdam': ['CET', 'CEST'],
  'Europe/Brussels': ['CET', 'CEST'],
  'Europe/Vienna': ['CET', 'CEST'],
  'Europe/Zurich': ['CET', 'CEST'],
  'Europe/Stockholm': ['CET', 'CEST'],
  'Europe/Athens': ['EET', 'EEST'],
  'Europe/Helsinki': ['EET', 'EEST'],
  'Europe/Moscow': ['MSK', 'MSK'],
  'Africa/Cairo': ['EET', 'EEST'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
  'Australia/Brisbane': ['AEST', 'AEDT'],
  'Australia/Adelaide': ['ACST', 'ACDT'],
  'Australia/Darwin': ['ACST', 'ACDT'],
  'Australia/Perth': ['AWST', 'AWDT'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
  'America/Sao_Paulo': ['BRT', 'BRST'],
  'America/Argentina/Buenos_Aires': ['ART', 'ARST'],
  'America/St_Johns': ['NST', 'NDT'],
  'America/Puerto_Rico': ['AST', 'ADT'],
  UTC: ['UTC', 'UTC'],
  'Etc/UTC': ['UTC', 'UTC'],
  UCT: ['UTC', 'UTC'],
  GMT: ['GMT', 'GMT'],
  'Etc/GMT': ['GMT', 'GMT'],
};

/** A resolved time zone: either a tz database zone or a fixed offset. */
interface Zone {
  /** The id Java would report (e.g. "GMT+09:00" for custom ids). */
  id: string;
  /** tz database id for Intl, or null for a fixed custom offset. */
  iana: string | null;
  fixedOffsetMinutes: number;
  /** Which id names it: "JST" reports the names of Asia/Tokyo. */
  namesFrom: string;
}

const CUSTOM_ID = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

function isKnownIanaZone(id: string): boolean {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: id }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  // Intl is case-insensitive; Java's ids are not ("asia/tokyo" is GMT in Java).
  if (resolved === id) return true;
  return id.split('/').every((segment) => /^[A-Z]/.test(segment) || /^(GMT|UTC|UCT)/.test(segment));
}

/** java.util.TimeZone.getTimeZone(id): unknown ids give GMT, without an error. */
export function resolveTimeZone(timeZone: string): Zone {
  const custom = CUSTOM_ID.exec(timeZone);
  if (custom) {
    const hours = Number(custom[2]);
    const minutes = custom[3] === undefined ? 0 : Number(custom[3]);
    // Java: with no colon and four digits, "GMT+0900"; a 3-digit form like "GMT+900" is invalid.
    const validShape = custom[3] === undefined || timeZone.includes(':') || custom[2].length === 2;
    if (hours <= 23 && minutes <= 59 && validShape) {
      const sign = custom[1] === '-' ? -1 : 1;
      const offset = sign * (hours * 60 + minutes);
      const id = offset === 0 ? 'GMT' : `GMT${custom[1]}${pad(hours, 2)}:${pad(minutes, 2)}`;
      return { id, iana: null, fixedOffsetMinutes: offset, namesFrom: id };
    }
  }
  const alias = JAVA_SHORT_IDS[timeZone];
  if (alias) return { id: timeZone, iana: alias, fixedOffsetMinutes: 0, namesFrom: timeZone };
  if (timeZone && isKnownIanaZone(timeZone)) {
    return { id: timeZone, iana: timeZone, fixedOffsetMinutes: 0, namesFrom: timeZone };
  }
  return { id: 'GMT', iana: null, fixedOffsetMinutes: 0, namesFrom: 'GMT' };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetMinutesAt(zone: Zone, epochMs: number): number {
  if (zone.iana === null) return zone.fixedOffsetMinutes;
  let formatter = offsetFormatters.get(zone.iana);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone.iana,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(zone.iana, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wall.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  const wholeSecondMs = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wall.getTime() - wholeSecondMs) / 60_000);
}

/** The standard (non-daylight) offset: the smaller of January's and July's offsets. */
function standardOffsetMinutes(zone: Zone, epochMs: number): number {
  if (zone.iana === null) return zone.fixedOffsetMinutes;
  const year = new Date(epochMs).getUTCFullYear();
  return Math.min(
    offsetMinutesAt(zone, Date.UTC(year, 0, 1)),
    offsetMinutesAt(zone, Date.UTC(year, 6, 1)),
  );
}

function pad(value: number, width: number): string {
  const digits = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  return sign + (digits.length >= width ? digits : '0'.repeat(width - digits.length) + digits);
}

function gmtOffsetName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'GMT';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `GMT${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

function intlZoneName(iana: string, epochMs: number, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: iana, timeZoneName: style });
  return parts.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** 'z' (count < 4: short name, count ≥ 4: long name), Java's "general time zone". */
function zoneName(zone: Zone, epochMs: number, offsetMinutes: number, long: boolean): string {
  if (zone.iana === null) return zone.id === 'GMT' && long ? 'Greenwich Mean Time' : zone.id;
  const daylight = offsetMinutes !== standardOffsetMinutes(zone, epochMs);
  if (!long) {
    const javaNames = JAVA_SHORT_NAMES[zone.namesFrom] ?? JAVA_SHORT_NAMES[zone.iana];
    if (javaNames) return javaNames[daylight ? 1 : 0];
    if (zone.namesFrom === 'EST' || zone.namesFrom === 'MST' || zone.namesFrom === 'HST') {
      return zone.namesFrom;
    }
    const intlShort = intlZoneName(zone.iana, epochMs, 'short');
    return /^[A-Z]{2,5}$/.test(intlShort) ? intlShort : gmtOffsetName(offsetMinutes);
  }
  const fixedLong: Record<string, string> = {
    EST: 'Eastern Standard Time',
    MST: 'Mountain Standard Time',
    HST: 'Hawaii Standard Time',
  };
  if (fixedLong[zone.namesFrom]) return fixedLong[zone.namesFrom];
  const intlLong = intlZoneName(zone.iana, epochMs, 'long');
  return intlLong.startsWith('GMT') ? gmtOffsetName(offsetMinutes) : intlLong;
}

/** 'Z': RFC 822, "-0800". */
function rfc822Offset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
}

/** 'X': ISO 8601, "Z" for zero, else "-08" / "-0800" / "-08:00" by count. */
function iso8601Offset(offsetMinutes: number, count: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hours = pad(Math.floor(abs / 60), 2);
  if (count === 1) return `${sign}${hours}`;
  return `${sign}${hours}${count === 3 ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** One compiled piece of a pattern: a run of one letter, or literal text. */
type Token = { letter: string; count: number } | { literal: string };

/** Java's SimpleDateFormat.compile: quotes, '' for a quote, letters must be pattern letters. */
export function compilePattern(pattern: string): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  let inQuote = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        literal += "'";
        i++;
      } else {
        inQuote = !inQuote;
      }
      continue;
    }
    if (inQuote || !/[A-Za-z]/.test(c)) {
      literal += c;
      continue;
    }
    if (!PATTERN_LETTERS.includes(c)) {
      throw new Error(SIMPLE_DATE_FORMAT_ERRORS.illegalPatternCharacter(c));
    }
    let count = 1;
    while (pattern[i + 1] === c) {
      count++;
      i++;
    }
    if (c === 'X' && count > 3) throw new Error(SIMPLE_DATE_FORMAT_ERRORS.invalidIsoFormat(count));
    if (literal) tokens.push({ literal });
    literal = '';
    tokens.push({ letter: c, count });
  }
  if (inQuote) throw new Error(SIMPLE_DATE_FORMAT_ERRORS.unterminatedQuote);
  if (literal) tokens.push({ literal });
  return tokens;
}

/** Calendar fields of an instant in a zone (proleptic Gregorian, as Java's after 1582). */
interface Fields {
  year: number; // astronomical: 0 is 1 BC
  month: number; // 0-11
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  dayOfWeek: number; // 0 = Sunday
  dayOfYear: number;
  offsetMinutes: number;
}

function fieldsAt(epochMs: number, zone: Zone): Fields {
  const offsetMinutes = offsetMinutesAt(zone, epochMs);
  const wall = new Date(epochMs + offsetMinutes * 60_000);
  const year = wall.getUTCFullYear();
  const startOfYear = new Date(0);
  startOfYear.setUTCFullYear(year, 0, 1);
  const startOfDay = new Date(0);
  startOfDay.setUTCFullYear(year, wall.getUTCMonth(), wall.getUTCDate());
  return {
    year,
    month: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    dayOfWeek: wall.getUTCDay(),
    dayOfYear: Math.round((startOfDay.getTime() - startOfYear.getTime()) / 86_400_000) + 1,
    offsetMinutes,
  };
}

function dayOfWeekOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getUTCDay();
}

/**
 * US week rules (first day Sunday, minimal days in first week 1): week 1 is the week holding
 * 1 January, so the last days of December can be week 1 of the next week year ('Y').
 */
function weekOfYear(f: Fields): { week: number; weekYear: number } {
  const nextJan1Dow = dayOfWeekOf(f.year + 1, 0, 1);
  const daysLeftInYear = isLeap(f.year) ? 366 - f.dayOfYear : 365 - f.dayOfYear;
  // Same Sunday-started week as next 1 January?
  if (nextJan1Dow !== 0 && daysLeftInYear < nextJan1Dow) return { week: 1, weekYear: f.year + 1 };
  const jan1Dow = dayOfWeekOf(f.year, 0, 1);
  return { week: Math.floor((f.dayOfYear - 1 + jan1Dow) / 7) + 1, weekYear: f.year };
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function formatYear(year: number, count: number): string {
  return count === 2 ? pad(year % 100, 2) : pad(year, count);
}

function formatField(
  letter: string,
  count: number,
  f: Fields,
  zone: Zone,
  epochMs: number,
): string {
  const eraYear = f.year <= 0 ? 1 - f.year : f.year;
  switch (letter) {
    case 'G':
      return f.year <= 0 ? 'BC' : 'AD';
    case 'y':
      return formatYear(eraYear, count);
    case 'Y': {
      const weekYear = weekOfYear(f).weekYear;
      return formatYear(weekYear <= 0 ? 1 - weekYear : weekYear, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[f.month];
      if (count === 3) return MONTHS[f.month].slice(0, 3);
      return pad(f.month + 1, count);
    case 'w':
      return pad(weekOfYear(f).week, count);
    case 'W':
      return pad(Math.floor((f.day - 1 + dayOfWeekOf(f.year, f.month, 1)) / 7) + 1, count);
    case 'D':
      return pad(f.dayOfYear, count);
    case 'd':
      return pad(f.day, count);
    case 'F':
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? DAYS[f.dayOfWeek] : DAYS[f.dayOfWeek].slice(0, 3);
    case 'u':
      return pad(f.dayOfWeek === 0 ? 7 : f.dayOfWeek, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'z':
      return zoneName(zone, epochMs, f.offsetMinutes, count >= 4);
    case 'Z':
      return rfc822Offset(f.offsetMinutes);
    case 'X':
      return iso8601Offset(f.offsetMinutes, count);
    default:
      throw new Error(SIMPLE_DATE_FORMAT_ERRORS.illegalPatternCharacter(letter));
  }
}

/** Formats `date` in `timeZone` with a Java SimpleDateFormat pattern, in English. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const tokens = compilePattern(pattern);
  const epochMs = date.getTime();
  const zone = resolveTimeZone(timeZone);
  const fields = fieldsAt(epochMs, zone);
  return tokens
    .map((t) =>
      'literal' in t ? t.literal : formatField(t.letter, t.count, fields, zone, epochMs),
    )
    .join('');
}

/** The offset of a zone at the given wall-clock time (for parsing). */
function epochFromWall(wallMs: number, zone: Zone): number {
  // Two passes settle the offset around daylight-saving changes.
  let guess = wallMs - offsetMinutesAt(zone, wallMs) * 60_000;
  guess = wallMs - offsetMinutesAt(zone, guess) * 60_000;
  return guess;
}

const NUMERIC_LETTERS = 'yYdkHmsSDFwWhKu';

/**
 * SimpleDateFormat.parse (lenient, as Java's default): numeric fields, month and day names,
 * AM/PM, and zones ('z' names and GMT offsets, 'Z', 'X'). Trailing text is ignored as Java's
 * DateFormat.parse(String) does; text that does not match throws "Unparseable date".
 */
export function parseDate(
  text: string,
  timeZone: string,
  pattern: string,
  nowMs: number = Date.now(),
): Date {
  const tokens = compilePattern(pattern);
  const fail = (): never => {
    throw new Error(SIMPLE_DATE_FORMAT_ERRORS.unparseableDate(text));
  };
  let pos = 0;
  let year = 1970;
  let month = 0;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millisecond = 0;
  let pm: boolean | null = null;
  let hour12 = false;
  let offsetMinutes: number | null = null;
  let bc = false;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if ('literal' in token) {
      for (const c of token.literal) {
        if (/\s/.test(c)) {
          while (pos < text.length && /\s/.test(text[pos])) pos++;
        } else if (text[pos] === c) {
          pos++;
        } else {
          fail();
        }
      }
      continue;
    }
    const { letter, count } = token;
    const next = tokens[index + 1];
    // Adjacent numeric fields ("yyyyMMdd") take exactly `count` digits.
    const abutting =
      next !== undefined &&
      'letter' in next &&
      (NUMERIC_LETTERS.includes(next.letter) || ('ML'.includes(next.letter) && next.count < 3));
    const readNumber = (): number => {
      const match = abutting
        ? new RegExp(`^[+-]?\\d{1,${count}}`).exec(text.slice(pos))
        : /^[+-]?\d+/.exec(text.slice(pos));
      if (!match) return fail();
      pos += match[0].length;
      return Number(match[0]);
    };
    const readName = (names: string[]): number => {
      const rest = text.slice(pos).toLowerCase();
      for (const candidates of [names, names.map((n) => n.slice(0, 3))]) {
        const found = candidates.findIndex((n) => rest.startsWith(n.toLowerCase()));
        if (found >= 0) {
          pos += candidates[found].length;
          return found;
        }
      }
      return fail();
    };
    switch (letter) {
      case 'G': {
        const era = readName(['BC', 'AD']);
        bc = era === 0;
        break;
      }
      case 'y':
      case 'Y': {
        const start = pos;
        const value = readNumber();
        const digits = pos - start;
        // Java: with "y" or "yy", a two-digit year is within 80 years before / 20 after now.
        if (count <= 2 && digits === 2 && /^\d\d$/.test(text.slice(start, pos))) {
          const nowYear = new Date(nowMs).getUTCFullYear();
          const century = Math.floor((nowYear - 80) / 100) * 100;
          year = century + value < nowYear - 80 ? century + 100 + value : century + value;
        } else {
          year = value;
        }
        break;
      }
      case 'M':
      case 'L':
        month = count >= 3 ? readName(MONTHS) : readNumber() - 1;
        break;
      case 'd':
        day = readNumber();
        break;
      case 'E':
        readName(DAYS);
        break;
      case 'a':
        pm = readName(['AM', 'PM']) === 1;
        break;
      case 'H':
        hour = readNumber();
        break;
      case 'k': {
        const value = readNumber();
        hour = value === 24 ? 0 : value;
        break;
      }
      case 'K':
        hour = readNumber();
        hour12 = true;
        break;
      case 'h': {
        const value = readNumber();
        hour = value === 12 ? 0 : value;
        hour12 = true;
        break;
      }
      case 'm':
        minute = readNumber();
        break;
      case 's':
        second = readNumber();
        break;
      case 'S':
        millisecond = readNumber();
        break;
      case 'z':
      case 'Z':
      case 'X': {
        const rest = text.slice(pos);
        if (rest[0] === 'Z' && letter === 'X') {
          offsetMinutes = 0;
          pos++;
          break;
        }
        const numeric = /^(?:GMT)?([+-])(\d{1,2}):?(\d{2})?/.exec(rest);
        if (numeric) {
          const sign = numeric[1] === '-' ? -1 : 1;
          offsetMinutes = sign * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
          pos += numeric[0].length;
          break;
        }
        const named = /^[A-Za-z][A-Za-z_/]*/.exec(rest);
        if (!named || letter !== 'z') return fail();
        const zone = resolveTimeZone(named[0]);
        if (zone.id === 'GMT' && named[0] !== 'GMT' && named[0] !== 'UTC') return fail();
        offsetMinutes = offsetMinutesAt(zone, nowMs);
        pos += named[0].length;
        break;
      }
      default:
        // D, F, w, W, u: read and ignore (they do not override a full date).
        readNumber();
    }
  }
  if (hour12 && pm) hour += 12;
  if (bc) year = 1 - year;
  const wall = new Date(0);
  // Date.UTC-style arithmetic is lenient like Java's: month 13 rolls into the next year.
  wall.setUTCFullYear(year, month, day);
  wall.setUTCHours(hour, minute, second, millisecond);
  const wallMs = wall.getTime();
  if (Number.isNaN(wallMs)) return fail();
  if (offsetMinutes !== null) return new Date(wallMs - offsetMinutes * 60_000);
  return new Date(epochFromWall(wallMs, resolveTimeZone(timeZone)));
}

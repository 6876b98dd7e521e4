/**
 * What a value written to a cell becomes, and how a cell is shown.
 *
 * Range.setValue/setValues and Sheet.appendRow treat strings like typed input
 * (developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue: "If a value
 * begins with =, it's interpreted as a formula"): numbers, booleans and dates in the
 * spreadsheet's locale are recognised, a leading apostrophe forces text, and a cell formatted
 * '@' (plain text) keeps the string as given.
 *
 * Formulas are stored, not evaluated: getValue() of a formula cell returns ''. The emulator has
 * no calculation engine; scripts that need the result must compute it themselves.
 */
import type { Cell, CellValue } from './model';
import {
  formatDate,
  formatNumber,
  formatText,
  isDatePattern,
  isPlainTextPattern,
  separators,
} from './numberFormat';
import { fromSerial, fromZonedParts, toSerial, zonedParts } from './zonedTime';

/** A cell holds at most 50,000 characters (Sheets' limit). */
export const MAX_CELL_CHARACTERS = 50_000;
export const CELL_TOO_LONG =
  'Your input contains more than the maximum of 50000 characters in a single cell.';

/** What getNumberFormat() reports for a cell with the automatic format. */
export const AUTOMATIC_NUMBER_FORMAT = '0.###############';

export function assertCellLength(text: string): void {
  if (text.length > MAX_CELL_CHARACTERS) throw new Error(CELL_TOO_LONG);
}

export interface ParsedInput {
  value: CellValue;
  formula: string;
  /** A number format Sheets applies on its own (typing '50%' formats the cell as a percentage). */
  impliedFormat?: string;
}

type DateOrder = 'ymd' | 'mdy' | 'dmy';

function dateOrder(locale: string): DateOrder {
  const language = locale.split(/[_-]/)[0];
  if (['ja', 'zh', 'ko', 'hu', 'lt', 'sv'].includes(language)) return 'ymd';
  if (locale === 'en_US' || locale === 'en' || locale === 'en_PH' || locale === 'es_US')
    return 'mdy';
  return 'dmy';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const TIME_SUFFIX = '(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?';
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME_SUFFIX}$`);
const YMD_DATE = new RegExp(`^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${TIME_SUFFIX}$`);
const JA_DATE = new RegExp(`^(\\d{4})年(\\d{1,2})月(\\d{1,2})日${TIME_SUFFIX}$`);
const OTHER_DATE = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${TIME_SUFFIX}$`);
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function buildDate(
  year: number,
  month: number,
  day: number,
  time: Array<string | undefined>,
  timeZone: string,
): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = time[0] === undefined ? 0 : Number(time[0]);
  const minute = time[1] === undefined ? 0 : Number(time[1]);
  const second = time[2] === undefined ? 0 : Number(time[2]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  return fromZonedParts({ year, month, day, hour, minute, second }, timeZone);
}

/** A date or time typed in the locale's order, or null. */
function parseDateText(text: string, locale: string, timeZone: string): Date | null {
  let m = ISO_DATE.exec(text) ?? JA_DATE.exec(text);
  if (m) return buildDate(+m[1], +m[2], +m[3], m.slice(4), timeZone);
  const order = dateOrder(locale);
  if (order === 'ymd' || YMD_DATE.test(text)) {
    m = YMD_DATE.exec(text);
    if (m) return buildDate(+m[1], +m[2], +m[3], m.slice(4), timeZone);
  }
  if (order !== 'ymd') {
    m = OTHER_DATE.exec(text);
    if (m) {
      const [first, second] = [+m[1], +m[2]];
      return order === 'mdy'
        ? buildDate(+m[3], first, second, m.slice(4), timeZone)
        : buildDate(+m[3], second, first, m.slice(4), timeZone);
    }
  }
  m = TIME_ONLY.exec(text);
  if (m) {
    // A time alone is a time of Sheets' day zero, 1899-12-30.
    return buildDate(1899, 12, 30, m.slice(1), timeZone);
  }
  return null;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number typed in the locale ("1,234.5", "0123", "-5", "1e3", "50%"), or null. */
const numberPatterns = new Map<string, RegExp>();

function numberPattern(locale: string): RegExp {
  let pattern = numberPatterns.get(locale);
  if (!pattern) {
    const { decimal, group } = separators(locale);
    const g = escapeRegex(group);
    const d = escapeRegex(decimal);
    pattern = new RegExp(
      `^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d*)(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?(%?)$`,
    );
    numberPatterns.set(locale, pattern);
  }
  return pattern;
}

function parseNumberText(text: string, locale: string): { value: number; percent: boolean } | null {
  const { group } = separators(locale);
  const m = numberPattern(locale).exec(text);
  if (!m) return null;
  const intPart = m[2].split(group).join('');
  const fracPart = m[3] ?? '';
  if (intPart === '' && fracPart === '') return null;
  const exponent = m[4] ? `e${m[4]}` : '';
  let value = Number(`${m[1]}${intPart || '0'}.${fracPart || '0'}${exponent}`);
  if (!Number.isFinite(value)) return null;
  const percent = m[5] === '%';
  if (percent) value = Number((value / 100).toPrecision(15));
  return { value, percent };
}

/** What typing `text` into a cell produces, with the implied format when there is one. */
export function parseUserInputDetailed(
  text: string,
  locale: string,
  timeZone: string,
): ParsedInput {
  assertCellLength(text);
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (trimmed === '') return { value: text === '' ? '' : text, formula: '' };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE') return { value: true, formula: '' };
  if (upper === 'FALSE') return { value: false, formula: '' };
  const number = parseNumberText(trimmed, locale);
  if (number) {
    return number.percent
      ? { value: number.value, formula: '', impliedFormat: /[.,]\d/.test(trimmed) ? '0.00%' : '0%' }
      : { value: number.value, formula: '' };
  }
  const date = parseDateText(trimmed, locale, timeZone);
  if (date) return { value: date, formula: '' };
  return { value: text, formula: '' };
}

/** What typing `text` into a cell produces (value, and the formula if it starts with '='). */
export function parseUserInput(
  text: string,
  locale: string,
  timeZone: string,
): { value: CellValue; formula: string } {
  const { value, formula } = parseUserInputDetailed(text, locale, timeZone);
  return { value, formula };
}

/**
 * Stores a script-supplied value in a cell as Range.setValue does: JS numbers, booleans and Dates
 * as they are, null/undefined as empty, strings parsed like typed input unless the cell is '@'.
 */
export function writeCellValue(cell: Cell, input: unknown, locale: string, timeZone: string): void {
  if (input === null || input === undefined || input === '') {
    cell.value = '';
    cell.formula = '';
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    cell.formula = '';
    return;
  }
  if (input instanceof Date) {
    cell.value = new Date(input.getTime());
    cell.formula = '';
    return;
  }
  const text = String(input);
  if (isPlainTextPattern(cell.numberFormat)) {
    assertCellLength(text);
    cell.value = text;
    cell.formula = '';
    return;
  }
  const parsed = parseUserInputDetailed(text, locale, timeZone);
  cell.value = parsed.value;
  cell.formula = parsed.formula;
  if (parsed.impliedFormat && cell.numberFormat === '') cell.numberFormat = parsed.impliedFormat;
}

/** A value as getValue() hands it out: Dates are copies so scripts cannot mutate the cell. */
export function readCellValue(cell: Cell | undefined): CellValue {
  if (!cell) return '';
  const value = cell.value;
  return value instanceof Date ? new Date(value.getTime()) : value;
}

function defaultDatePattern(locale: string): string {
  switch (dateOrder(locale)) {
    case 'ymd':
      return 'yyyy/MM/dd';
    case 'mdy':
      return 'M/d/yyyy';
    default:
      return locale.startsWith('de') ? 'dd.MM.yyyy' : 'dd/MM/yyyy';
  }
}

/** How Sheets shows a date with the automatic format: date, date and time, or time alone. */
function defaultDateDisplay(date: Date, locale: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const hasTime = p.hour !== 0 || p.minute !== 0 || p.second !== 0;
  if (p.year === 1899 && p.month === 12 && p.day === 30) {
    return formatDate(date, 'H:mm:ss', timeZone, locale);
  }
  const datePart = defaultDatePattern(locale);
  return formatDate(date, hasTime ? `${datePart} H:mm:ss` : datePart, timeZone, locale);
}

/** How Sheets shows a number with the automatic format (no grouping, up to 10 decimals). */
function defaultNumberDisplay(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-10)) {
    const [mantissa, exponent] = value.toExponential(5).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (Number.isInteger(value)) return String(value);
  const text = formatNumber(value, '0.##########', locale);
  return text.endsWith(separators(locale).decimal) ? text.slice(0, -1) : text;
}

/** What getDisplayValue() returns for a cell. */
export function displayValue(cell: Cell | undefined, locale: string, timeZone: string): string {
  if (!cell) return '';
  const { value, numberFormat } = cell;
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const pattern = isPlainTextPattern(numberFormat) ? '' : numberFormat;
  if (typeof value === 'string') return pattern ? formatText(value, pattern) : value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    if (!pattern) return defaultDateDisplay(value, locale, timeZone);
    if (isDatePattern(pattern)) return formatDate(value, pattern, timeZone, locale);
    return formatNumber(toSerial(value, timeZone), pattern, locale);
  }
  if (!pattern) return defaultNumberDisplay(value, locale);
  if (isDatePattern(pattern))
    return formatDate(fromSerial(value, timeZone), pattern, timeZone, locale);
  return formatNumber(value, pattern, locale);
}

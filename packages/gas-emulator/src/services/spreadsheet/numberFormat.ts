/**
 * Sheets number-format patterns (developers.google.com/sheets/api/guides/formats): enough of the
 * language for the formats scripts set — '0', '0.00', '#,##0', '0%', '#,##0"円"', sections split
 * by ';', and date/time patterns such as 'yyyy/MM/dd', 'yyyy"年"M"月"d"日"', 'H:mm'.
 */
import { zonedParts } from './zonedTime';
import { DAYS as WEEKDAYS_EN, MONTHS as MONTHS_EN } from '../simpleDateFormat';

type Token = { kind: 'literal'; text: string } | { kind: 'code'; text: string };

/** Splits a pattern section into literal text and format codes ("..." and \x are literal). */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const pushLiteral = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'literal') last.text += text;
    else tokens.push({ kind: 'literal', text });
  };
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      pushLiteral(section.slice(i + 1, stop));
      i = stop + 1;
    } else if (ch === '\\') {
      pushLiteral(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '[') {
      // Colours and conditions ([Red], [>100]) change nothing we display as text.
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '_' || ch === '*') {
      i += 2; // padding directives
    } else {
      tokens.push({ kind: 'code', text: ch });
      i += 1;
    }
  }
  return tokens;
}

function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (pattern[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function codesOf(pattern: string): string {
  return tokenize(pattern)
    .filter((t) => t.kind === 'code')
    .map((t) => t.text)
    .join('');
}

/** True when the pattern formats dates or times rather than plain numbers. */
export function isDatePattern(pattern: string): boolean {
  let known = datePatterns.get(pattern);
  if (known === undefined) {
    const codes = codesOf(splitSections(pattern)[0]);
    known = !/[0#?]/.test(codes) && /[ydhsm]/i.test(codes);
    datePatterns.set(pattern, known);
  }
  return known;
}

const datePatterns = new Map<string, boolean>();

/** True for '@' (plain text), which keeps typed strings as they are. */
export function isPlainTextPattern(pattern: string): boolean {
  return pattern === '@';
}

/** Decimal and grouping separators as the locale writes them. */
export function separators(locale: string): { decimal: string; group: string } {
  const language = locale.split(/[_-]/)[0];
  if (['de', 'es', 'it', 'pt', 'nl', 'id', 'tr', 'da', 'el'].includes(language)) {
    return { decimal: ',', group: '.' };
  }
  if (['fr', 'ru', 'pl', 'cs', 'sv', 'fi', 'nb', 'uk', 'hu'].includes(language)) {
    return { decimal: ',', group: '\u00a0' };
  }
  return { decimal: '.', group: ',' };
}

/** Rounds half away from zero at `digits` decimals, avoiding binary artefacts (1.005 → 1.01). */
function roundedFixed(abs: number, digits: number): string {
  if (abs >= 1e21) return abs.toFixed(0);
  const shifted = Math.round(Number(`${abs}e${digits}`));
  return Number(`${shifted}e-${digits}`).toFixed(digits);
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

type SectionFormatter = (abs: number, negativeSign: boolean) => string;

/** Parses one section once; the returned function formats many values quickly. */
function compileNumberSection(section: string, locale: string): SectionFormatter {
  const tokens = tokenize(section);
  const isPlaceholder = (t: Token) => t.kind === 'code' && /[0#?,.]/.test(t.text);
  const first = tokens.findIndex(isPlaceholder);
  if (first < 0) {
    // No digits in the section: it is all literal text (e.g. '"zero"').
    const text = tokens.map((t) => t.text).join('');
    return () => text;
  }
  let last = first;
  tokens.forEach((t, i) => {
    if (isPlaceholder(t)) last = i;
  });
  const render = (list: Token[]) =>
    list.map((t) => (t.kind === 'code' && /[0#?,.]/.test(t.text) ? '' : t.text)).join('');
  const prefix = render(tokens.slice(0, first));
  const suffix = render(tokens.slice(last + 1));
  const spec = tokens
    .slice(first, last + 1)
    .filter(isPlaceholder)
    .map((t) => t.text)
    .join('');
  const percent = tokens.some((t) => t.kind === 'code' && t.text === '%');
  const dot = spec.indexOf('.');
  const intSpec = dot < 0 ? spec : spec.slice(0, dot);
  const fracSpec = dot < 0 ? '' : spec.slice(dot + 1).replace(/,/g, '');
  const maxFrac = (fracSpec.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracSpec.match(/0/g) ?? []).length;
  const minInt = (intSpec.match(/0/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(intSpec);
  const { decimal, group } = separators(locale);

  return (abs, negativeSign) => {
    const scaled = percent ? abs * 100 : abs;
    const fixed = roundedFixed(scaled, maxFrac);
    let [intDigits, fracDigits = ''] = fixed.split('.');
    while (fracDigits.length > minFrac && fracDigits.endsWith('0')) {
      fracDigits = fracDigits.slice(0, -1);
    }
    if (intDigits === '0' && minInt === 0) intDigits = '';
    intDigits = intDigits.padStart(minInt, '0');
    if (grouping) intDigits = groupDigits(intDigits, group);
    const number = dot < 0 ? intDigits : `${intDigits}${decimal}${fracDigits}`;
    const sign = negativeSign && Number(fixed) !== 0 ? '-' : '';
    return `${sign}${prefix}${number}${suffix}`;
  };
}

const compiledPatterns = new Map<string, (value: number) => string>();

function compileNumberPattern(pattern: string, locale: string): (value: number) => string {
  const sections = splitSections(pattern);
  const positive = compileNumberSection(sections[0], locale);
  const negative =
    sections.length >= 2 && sections[1] !== '' ? compileNumberSection(sections[1], locale) : null;
  const zero =
    sections.length >= 3 && sections[2] !== '' ? compileNumberSection(sections[2], locale) : null;
  return (value) => {
    if (value < 0 && negative) return negative(-value, false);
    if (value === 0 && zero) return zero(0, false);
    return positive(Math.abs(value), value < 0);
  };
}

/** A number shown through a numeric pattern such as '#,##0.00' or '0%'. */
export function formatNumber(value: number, pattern: string, locale: string): string {
  const key = `${locale}\u0000${pattern}`;
  let compiled = compiledPatterns.get(key);
  if (!compiled) {
    compiled = compileNumberPattern(pattern, locale);
    compiledPatterns.set(key, compiled);
  }
  return compiled(value);
}

/** Text shown through a pattern: its fourth section ('@' is the text) if there is one. */
export function formatText(text: string, pattern: string): string {
  const sections = splitSections(pattern);
  if (sections.length < 4) return text;
  return tokenize(sections[3])
    .map((t) => (t.kind === 'code' && t.text === '@' ? text : t.text))
    .join('');
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

interface DateCode {
  kind: 'date';
  letter: string; // y m d h s a (am/pm) or a literal
  length: number;
}

type DateToken = DateCode | { kind: 'literal'; text: string };

const compiledDateCodes = new Map<string, DateToken[]>();

function dateCodes(section: string): DateToken[] {
  let codes = compiledDateCodes.get(section);
  if (!codes) {
    codes = parseDateCodes(section);
    compiledDateCodes.set(section, codes);
  }
  return codes;
}

function parseDateCodes(section: string): DateToken[] {
  const out: Array<DateCode | { kind: 'literal'; text: string }> = [];
  const tokens = tokenize(section);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'literal') {
      out.push(token);
      continue;
    }
    const rest = tokens
      .slice(i, i + 5)
      .map((t) => (t.kind === 'code' ? t.text : '\u0000'))
      .join('');
    if (/^am\/pm/i.test(rest)) {
      out.push({ kind: 'date', letter: 'a', length: 2 });
      i += 4;
      continue;
    }
    if (/^a\/p/i.test(rest)) {
      out.push({ kind: 'date', letter: 'a', length: 1 });
      i += 2;
      continue;
    }
    const letter = token.text.toLowerCase();
    if ('ymdhs'.includes(letter)) {
      let length = 1;
      while (tokens[i + 1]?.kind === 'code' && tokens[i + 1].text.toLowerCase() === letter) {
        length += 1;
        i += 1;
      }
      out.push({ kind: 'date', letter, length });
    } else {
      out.push({ kind: 'literal', text: token.text });
    }
  }
  // 'm' means minutes right after an hour or right before seconds; months otherwise.
  const codes = out.filter((c): c is DateCode => c.kind === 'date');
  codes.forEach((code, index) => {
    if (code.letter !== 'm' || code.length > 2) return;
    const before = codes[index - 1];
    const after = codes[index + 1];
    if ((before && before.letter === 'h') || (after && after.letter === 's')) code.letter = 'n';
  });
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A date shown through a date/time pattern, in the spreadsheet's time zone. */
export function formatDate(date: Date, pattern: string, timeZone: string, locale: string): string {
  const section = splitSections(pattern)[0];
  const p = zonedParts(date, timeZone);
  const japanese = locale.startsWith('ja');
  const codes = dateCodes(section);
  const twelveHour = codes.some((c) => c.kind === 'date' && c.letter === 'a');
  return codes
    .map((code) => {
      if (code.kind === 'literal') return code.text;
      const { letter, length } = code;
      switch (letter) {
        case 'y':
          return length <= 2 ? pad(p.year % 100, 2) : String(p.year);
        case 'm':
          if (length <= 2) return pad(p.month, length);
          if (japanese) return `${p.month}月`;
          return length === 3 ? MONTHS_EN[p.month - 1].slice(0, 3) : MONTHS_EN[p.month - 1];
        case 'd':
          if (length <= 2) return pad(p.day, length);
          if (japanese)
            return length === 3 ? WEEKDAYS_JA[p.weekday] : `${WEEKDAYS_JA[p.weekday]}曜日`;
          return length === 3 ? WEEKDAYS_EN[p.weekday].slice(0, 3) : WEEKDAYS_EN[p.weekday];
        case 'h': {
          const hour = twelveHour ? p.hour % 12 || 12 : p.hour;
          return pad(hour, Math.min(length, 2));
        }
        case 'n':
          return pad(p.minute, length);
        case 's':
          return pad(p.second, Math.min(length, 2));
        case 'a':
          if (japanese) return p.hour < 12 ? '午前' : '午後';
          return length === 1 ? (p.hour < 12 ? 'A' : 'P') : p.hour < 12 ? 'AM' : 'PM';
        default:
          return '';
      }
    })
    .join('');
}

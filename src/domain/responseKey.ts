import { tokyoParts, pad } from './tokyoTime';

/**
 * A stable key for one form response, the same whether computed from the spreadsheet's
 * form-submit event, the form's own event or the response sheet's row: the submission instant to
 * the second (written in Japan time, whatever the spreadsheet's zone) and a hash of every answer.
 * A duplicate delivery of one response gives the same key; two different responses (even from the
 * same person in the same second) give two. The register keeps it so a response is registered once.
 */
export function answersKey(instant: Date, named: Record<string, string[] | string>): string {
  return `F${compactInstant(instant)}-${fnv1a32(canonicalAnswers(named))}`;
}

/**
 * The key of rows registered before every answer was hashed (email, organisation, title, name):
 * recovery accepts it so an old row is not registered a second time.
 */
export function legacyKey(instant: Date, identifying: string[]): string {
  return `F${compactInstant(instant)}-${fnv1a32(identifying.join('\u0000'))}`;
}

/** The response keys of the old form, from the timestamp text (kept for old callers). */
export function responseKey(timestampText: string, identifying: string[]): string {
  return `F${canonicalTimestamp(timestampText)}-${fnv1a32(identifying.join('\u0000'))}`;
}

/** 'yyyyMMddHHmmss' of the instant in Japan time. */
export function compactInstant(instant: Date): string {
  const p = tokyoParts(instant);
  return `${p.year}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

const TIMESTAMP_TITLES = ['タイムスタンプ', 'Timestamp'];
const COLLECTED_EMAIL_TITLES = ['メールアドレス', 'Email Address'];
/** The linked sheet keeps at most this much of an answer; the event carries it whole. */
const CELL_LIMIT = 50_000;

/**
 * Every non-blank answer, by question title, in a form that does not depend on the path it came
 * by: the sheet shows a date answer as 'yyyy/MM/dd' or 'M/d/yyyy', the form as 'yyyy-MM-dd'; the
 * sheet truncates an answer longer than a cell; the collected-email column's title follows the
 * spreadsheet's locale.
 */
export function canonicalAnswers(named: Record<string, string[] | string>): string {
  const entries: string[] = [];
  for (const [rawTitle, answer] of Object.entries(named)) {
    const title = rawTitle.trim();
    if (TIMESTAMP_TITLES.includes(title)) continue;
    const values = (Array.isArray(answer) ? answer : [answer])
      .map((a) => canonicalAnswer(String(a ?? '')))
      .filter((a) => a !== '')
      .sort();
    if (!values.length) continue;
    const name = COLLECTED_EMAIL_TITLES.includes(title) ? '\u0001respondent' : title;
    entries.push(`${name}\u0001${values.join('\u0002')}`);
  }
  return entries.sort().join('\u0000');
}

export function canonicalAnswer(text: string): string {
  const t = text.slice(0, CELL_LIMIT).trim();
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (ymd) return `${ymd[1]}${pad(Number(ymd[2]))}${pad(Number(ymd[3]))}`;
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (mdy) return `${mdy[3]}${pad(Number(mdy[1]))}${pad(Number(mdy[2]))}`;
  return t;
}

/**
 * 'yyyy/MM/dd H:mm:ss' (ja) or 'M/d/yyyy H:mm:ss' (en_US) → 'yyyyMMddHHmmss'. The linked sheet
 * writes the timestamp in the spreadsheet's locale, so both orders are accepted.
 */
export function canonicalTimestamp(text: string): string {
  const parts: string[] = [...(text.match(/\d+/g) ?? [])];
  if (parts.length < 3) return text.replace(/\s+/g, '');
  const time = parts.slice(3);
  const [first, second, third] = parts as [string, string, string];
  const usOrder = third.length === 4 && first.length <= 2; // M/d/yyyy
  const [a, b, c] = usOrder ? [third, first, second] : [first, second, third];
  const p2 = (s: string | undefined) => (s ?? '0').padStart(2, '0');
  return `${a}${p2(b)}${p2(c)}${p2(time[0])}${p2(time[1])}${p2(time[2])}`;
}

/** FNV-1a, 32 bits, hex. Pure JS: no service call is spent on it. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The department answer (庁内回答フォーム, issue 12), pure: the verification code a hand-off
 * carries, and the judgement of an answer against the case row (docs/features.md, "Department
 * answers"). HMAC-SHA256 is computed here in plain JS so the answer costs no service call for it.
 */
import {
  DEPT_ANSWERS,
  DEPT_NOTES,
  DEPT_REFUSALS,
  departmentAnswerText,
} from '../strings/departmentAnswer';
import type { CaseRecord } from './workflow/caseRecord';
import { isStatus, isTerminal } from './workflow/statuses';

// ---- SHA-256 and HMAC (FIPS 180-4, RFC 2104) -------------------------------------------------

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

export function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

export function sha256(bytes: number[]): number[] {
  const h = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ];
  const bitLength = bytes.length * 8;
  const data = [...bytes, 0x80];
  while (data.length % 64 !== 56) data.push(0);
  for (let i = 7; i >= 0; i--) data.push(i >= 4 ? 0 : (bitLength >>> (i * 8)) & 0xff);
  const w = new Array<number>(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < data.length; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const j = offset + t * 4;
      w[t] = ((data[j] << 24) | (data[j + 1] << 16) | (data[j + 2] << 8) | data[j + 3]) >>> 0;
    }
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 64; t++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[t] + w[t]) >>> 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = (h[0] + a) >>> 0;
    h[1] = (h[1] + b) >>> 0;
    h[2] = (h[2] + c) >>> 0;
    h[3] = (h[3] + d) >>> 0;
    h[4] = (h[4] + e) >>> 0;
    h[5] = (h[5] + f) >>> 0;
    h[6] = (h[6] + g) >>> 0;
    h[7] = (h[7] + hh) >>> 0;
  }
  const out: number[] = [];
  for (const word of h) out.push(word >>> 24, (word >>> 16) & 255, (word >>> 8) & 255, word & 255);
  return out;
}

export function hmacSha256(key: string, message: string): number[] {
  let k = utf8(key);
  if (k.length > 64) k = sha256(k);
  while (k.length < 64) k.push(0);
  const inner = sha256([...k.map((b) => b ^ 0x36), ...utf8(message)]);
  return sha256([...k.map((b) => b ^ 0x5c), ...inner]);
}

export const toHex = (bytes: number[]): string =>
  bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

// ---- the verification code ---------------------------------------------------------------------

/** No 0/O, 1/I/L: a code copied by hand is not misread. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** What a hand-off writes on the case and the code signs: its number, department and due date. */
export interface HandoffFacts {
  caseNumber: string;
  department: string;
  /** 'YYYY-MM-DD' */
  due: string;
}

/**
 * Six characters of HMAC-SHA256(secret, case | department | due): a new hand-off (another
 * department, or the same one with a new due date) gets a new code, and the code of an earlier
 * one stops matching.
 */
export function verificationCode(secret: string, facts: HandoffFacts): string {
  const mac = hmacSha256(secret, [facts.caseNumber, facts.department, facts.due].join('\u0000'));
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[mac[i] % CODE_ALPHABET.length];
  return code;
}

/** A code as typed: full-width, lower case, spaces and hyphens are forgiven. */
export function normalizeCode(text: string): string {
  return text.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
}

export function sameCode(a: string, b: string): boolean {
  const x = normalizeCode(a);
  const y = normalizeCode(b);
  if (x.length !== y.length || !x) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x.charCodeAt(i) ^ y.charCodeAt(i);
  return diff === 0;
}

/** A random secret for the desk (kept in document properties by setup). */
export function newSecret(random: () => number = Math.random): string {
  let s = '';
  for (let i = 0; i < 40; i++) s += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)];
  return s;
}

// ---- an answer -----------------------------------------------------------------------------------

/** One department answer as it arrived from the form. */
export interface DepartmentAnswer {
  caseNumber: string;
  code: string;
  /** The register row the hand-off was made from (a hint: rows may have moved). */
  rowHint: number;
  answer: string;
  comment: string;
  answerer: string;
  /** The collected respondent email ('' when the form does not collect it). */
  respondent: string;
}

export function answerFromNamed(
  named: Record<string, string[] | undefined>,
  titles: Record<'caseNumber' | 'code' | 'reference' | 'answer' | 'comment' | 'answerer', string>,
  emailTitles: readonly string[],
): DepartmentAnswer {
  const one = (title: string) => String((named[title] ?? [''])[0] ?? '').trim();
  const respondent = emailTitles.map(one).find((e) => e !== '') ?? '';
  const hint = Number(one(titles.reference).normalize('NFKC'));
  return {
    caseNumber: one(titles.caseNumber).normalize('NFKC').toUpperCase(),
    code: one(titles.code),
    rowHint: Number.isInteger(hint) && hint >= 2 ? hint : 0,
    answer: one(titles.answer),
    comment: one(titles.comment),
    answerer: one(titles.answerer),
    respondent,
  };
}

export type AnswerJudgement =
  { ok: true; text: string; note: string } | { ok: false; reason: string };

/**
 * Whether an answer may be recorded on the case: the case is open, handed to a department with a
 * due date (still waiting for its answer), the code is the one of that hand-off, the answer is a
 * choice of the form, and (when the city set its domain) the respondent is of that domain.
 */
export function judgeAnswer(
  record: CaseRecord | null,
  a: DepartmentAnswer,
  secret: string,
  cityDomain: string,
  collectsEmail: boolean,
): AnswerJudgement {
  if (!record) return { ok: false, reason: DEPT_REFUSALS.unknownCase(a.caseNumber) };
  if (!(DEPT_ANSWERS as readonly string[]).includes(a.answer))
    return { ok: false, reason: DEPT_REFUSALS.badChoice(a.answer) };
  if (isStatus(record.status) && isTerminal(record.status))
    return { ok: false, reason: DEPT_REFUSALS.closed(a.caseNumber, record.status) };
  if (!record.department.trim() || !record.departmentDue.trim())
    return { ok: false, reason: DEPT_REFUSALS.notPending(a.caseNumber) };
  const expected = verificationCode(secret, {
    caseNumber: record.caseNumber,
    department: record.department.trim(),
    due: record.departmentDue.trim(),
  });
  if (!secret || !sameCode(a.code, expected))
    return { ok: false, reason: DEPT_REFUSALS.badCode(a.caseNumber) };
  const domain = cityDomain.trim().replace(/^@/, '').toLowerCase();
  if (domain && collectsEmail) {
    const email = a.respondent.toLowerCase();
    if (!email.endsWith(`@${domain}`) && !email.endsWith(`.${domain}`))
      return { ok: false, reason: DEPT_REFUSALS.otherDomain(a.respondent, domain) };
  }
  return {
    ok: true,
    text: departmentAnswerText(a.answer, a.comment, a.answerer),
    note: DEPT_NOTES.history(record.department.trim(), a.answer),
  };
}

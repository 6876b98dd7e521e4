/**
 * Search patterns of findText / replaceText, which Apps Script compiles with Google's RE2
 * (developers.google.com/apps-script/reference/document/body#replaceText(String,String): "uses
 * Google's RE2 regular expression library, which limits the supported syntax"). RE2 syntax:
 * github.com/google/re2/wiki/Syntax. This translates an RE2 pattern to an equivalent JavaScript
 * RegExp (unicode mode) and refuses what RE2 refuses: lookaround, backreferences, \Z, \C…
 *
 * Where RE2 and JavaScript differ, RE2 wins: '\s' is ASCII whitespace only (so an ideographic
 * space U+3000 is not '\s'), '.' matches '\r', '{' that is not a repetition is a literal, and
 * escaping any ASCII punctuation is allowed.
 */
import { DOCUMENT_ERRORS } from './errors';

const RE2_SPACE = '\\t\\n\\f\\r ';
const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/'.split(''));
const GENERAL_CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Co Cs'.split(
    ' ',
  ),
);
const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: RE2_SPACE + '\\v',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};
/** RE2's limit on counted repetition ("bad repetition operator" past it). */
const MAX_REPEAT = 1000;

function hexEscape(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `\\u{${code.toString(16)}}`;
}

class PatternError extends Error {}

function fail(why: string): never {
  throw new PatternError(why);
}

interface Flags {
  ignoreCase: boolean;
  multiLine: boolean;
  dotAll: boolean;
}

/** Translates an RE2 escape at pattern[i] === '\\'; returns [js, next index]. */
function translateEscape(pattern: string, i: number, inClass: boolean): [string, number] {
  const c = pattern[i + 1];
  if (c === undefined) fail('trailing \\');
  if (/[1-9]/.test(c)) fail(`invalid escape sequence: \\${c}`); // backreferences
  switch (c) {
    case 'd':
    case 'D':
    case 'w':
    case 'W':
    case 'n':
    case 't':
    case 'r':
    case 'f':
    case 'v':
      return [`\\${c}`, i + 2];
    case 'a':
      return ['\\x07', i + 2];
    case 'b':
    case 'B':
      if (inClass) fail(`invalid escape sequence: \\${c}`);
      return [`\\${c}`, i + 2];
    case 's':
      return [inClass ? RE2_SPACE : `[${RE2_SPACE}]`, i + 2];
    case 'S':
      if (inClass) return ['\\S', i + 2];
      return [`[^${RE2_SPACE}]`, i + 2];
    case 'A':
      if (inClass) fail('invalid escape sequence: \\A');
      return ['(?<![\\s\\S])', i + 2];
    case 'z':
      if (inClass) fail('invalid escape sequence: \\z');
      return ['(?![\\s\\S])', i + 2];
    case 'Q': {
      const end = pattern.indexOf('\\E', i + 2);
      const literal = pattern.slice(i + 2, end < 0 ? pattern.length : end);
      return [Array.from(literal, hexEscape).join(''), end < 0 ? pattern.length : end + 2];
    }
    case 'E':
      return ['', i + 2];
    case 'x': {
      const braced = /^\{([0-9A-Fa-f]+)\}/.exec(pattern.slice(i + 2));
      if (braced) return [`\\u{${braced[1]}}`, i + 2 + braced[0].length];
      const two = /^[0-9A-Fa-f]{2}/.exec(pattern.slice(i + 2));
      if (!two) fail('invalid escape sequence: \\x');
      return [`\\x${two[0]}`, i + 4];
    }
    case 'p':
    case 'P': {
      let name: string;
      let next: number;
      if (pattern[i + 2] === '{') {
        const close = pattern.indexOf('}', i + 3);
        if (close < 0) fail('invalid character class range');
        name = pattern.slice(i + 3, close);
        next = close + 1;
      } else {
        name = pattern[i + 2] ?? '';
        next = i + 3;
      }
      let negated = c === 'P';
      if (name.startsWith('^')) {
        negated = !negated;
        name = name.slice(1);
      }
      if (!/^[A-Za-z_]+$/.test(name)) fail(`invalid character class range: \\${c}{${name}}`);
      const property = GENERAL_CATEGORIES.has(name)
        ? name
        : name === 'Any'
          ? 'Any'
          : `Script=${name}`;
      return [`\\${negated ? 'P' : 'p'}{${property}}`, next];
    }
    case '0':
      return ['\\x00', i + 2];
    default:
      // RE2 lets any ASCII punctuation be escaped; word characters and non-ASCII may not be.
      if (/[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) > 0x7f) fail(`invalid escape sequence: \\${c}`);
      return [
        SYNTAX_CHARS.has(c) || c === '-' ? `\\${c === '-' ? 'x2d' : c}` : hexEscape(c),
        i + 2,
      ];
  }
}

/** Translates a character class starting at pattern[i] === '['; returns [js, next index]. */
function translateClass(pattern: string, start: number): [string, number] {
  let out = '[';
  let i = start + 1;
  if (pattern[i] === '^') {
    out += '^';
    i++;
  }
  let first = true;
  for (;;) {
    const ch = pattern[i];
    if (ch === undefined) fail('missing closing ]');
    if (ch === ']' && !first) return [out + ']', i + 1];
    first = false;
    if (ch === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      if (close < 0) fail('invalid character class range');
      let name = pattern.slice(i + 2, close);
      const negated = name.startsWith('^');
      if (negated) name = name.slice(1);
      const set = POSIX_CLASSES[name];
      if (!set || negated) fail(`invalid character class range: [:${name}:]`);
      out += set;
      i = close + 2;
    } else if (ch === '\\') {
      const [js, next] = translateEscape(pattern, i, true);
      out += js;
      i = next;
    } else if (ch === '[' || ch === ']') {
      out += `\\${ch}`;
      i++;
    } else {
      out += ch;
      i += ch.length;
    }
  }
}

function translate(pattern: string): { source: string; flags: Flags } {
  const flags: Flags = { ignoreCase: false, multiLine: false, dotAll: false };
  let i = 0;
  // Leading flag groups, e.g. "(?i)": RE2 applies them to the rest of the pattern.
  for (
    let lead = /^\(\?([imsU-]+)\)/.exec(pattern);
    lead;
    lead = /^\(\?([imsU-]+)\)/.exec(pattern.slice(i))
  ) {
    let on = true;
    for (const f of lead[1]) {
      if (f === '-') on = false;
      else if (f === 'i') flags.ignoreCase = on;
      else if (f === 'm') flags.multiLine = on;
      else if (f === 's') flags.dotAll = on;
      else fail('non-greedy mode (?U) is not supported by the emulator');
    }
    i += lead[0].length;
  }
  let out = '';
  /** Whether the previous token can take a repetition operator. */
  let quantifiable = false;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '\\') {
      const [js, next] = translateEscape(pattern, i, false);
      out += js;
      i = next;
      quantifiable = js !== '';
    } else if (ch === '[') {
      const [js, next] = translateClass(pattern, i);
      out += js;
      i = next;
      quantifiable = true;
    } else if (ch === '(') {
      const rest = pattern.slice(i);
      if (rest.startsWith('(?')) {
        const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
        if (rest.startsWith('(?:')) {
          out += '(?:';
          i += 3;
        } else if (named) {
          out += `(?<${named[1]}>`;
          i += named[0].length;
        } else if (/^\(\?(=|!|<=|<!)/.test(rest)) {
          fail('invalid or unsupported Perl syntax: lookaround');
        } else if (/^\(\?[imsU-]+[:)]/.test(rest)) {
          fail('flags inside a pattern are only supported at its start by the emulator');
        } else {
          fail('invalid or unsupported Perl syntax');
        }
      } else {
        out += '(';
        i++;
      }
      quantifiable = false;
    } else if (ch === '{') {
      const counted = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      if (counted && quantifiable) {
        const min = Number(counted[1]);
        const max = counted[3] ? Number(counted[3]) : min;
        if (min > MAX_REPEAT || max > MAX_REPEAT || (counted[3] && max < min)) {
          fail(`bad repetition operator: ${counted[0]}`);
        }
        out += counted[0];
        i += counted[0].length;
        quantifiable = false;
      } else {
        out += '\\{';
        i++;
        quantifiable = true;
      }
    } else if (ch === '}' || ch === ']') {
      out += `\\${ch}`;
      i++;
      quantifiable = true;
    } else if (ch === '.') {
      out += flags.dotAll ? '[\\s\\S]' : '[^\\n]';
      i++;
      quantifiable = true;
    } else if (ch === '*' || ch === '+' || ch === '?') {
      if (!quantifiable) fail(`missing argument to repetition operator: ${ch}`);
      out += ch;
      i++;
      if (pattern[i] === '?') {
        out += '?';
        i++;
      }
      if (pattern[i] === '*' || pattern[i] === '+' || pattern[i] === '?') {
        fail(`bad repetition operator: ${ch}${pattern[i]}`);
      }
      quantifiable = false;
    } else if (ch === '|' || ch === ')') {
      out += ch;
      i++;
      quantifiable = ch === ')';
    } else {
      const cp = String.fromCodePoint(pattern.codePointAt(i) ?? 0);
      out += ch === '/' ? '\\/' : cp;
      i += cp.length;
      quantifiable = ch !== '^' && ch !== '$';
    }
  }
  return { source: out, flags };
}

/**
 * A global JavaScript RegExp matching what RE2 would for `pattern`, or Google-like failure.
 * Throws Error(DOCUMENT_ERRORS.badPattern) for patterns RE2 does not accept.
 */
export function compileSearchPattern(pattern: string): RegExp {
  const text = String(pattern);
  try {
    const { source, flags } = translate(text);
    return new RegExp(source, `gu${flags.ignoreCase ? 'i' : ''}${flags.multiLine ? 'm' : ''}`);
  } catch (error) {
    const why =
      error instanceof PatternError
        ? error.message
        : error instanceof SyntaxError
          ? error.message.replace(/^Invalid regular expression: /, '')
          : String(error);
    throw new Error(DOCUMENT_ERRORS.badPattern(text, why));
  }
}

export interface PatternMatch {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Non-empty, non-overlapping matches of `regex` in `text`, left to right. */
export function findMatches(regex: RegExp, text: string, from = 0): PatternMatch[] {
  const matches: PatternMatch[] = [];
  regex.lastIndex = from;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex = m.index + 1;
      if (regex.lastIndex > text.length) break;
      continue;
    }
    matches.push({ start: m.index, end: m.index + m[0].length });
  }
  return matches;
}

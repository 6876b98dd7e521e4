/**
 * Search patterns of findText / replaceText, which Apps Script compiles with Google's RE2
 * (developers.google.com/apps-script/reference/document/body#replaceText(String,String): "uses
 * Google's RE2 regular expression library, which limits the supported syntax"). Matching is done
 * by re2js, a port of RE2 itself, so the syntax RE2 accepts and refuses (lookaround,
 * backreferences, repetition over 1000, unknown escapes) and its semantics ('\s' is ASCII
 * whitespace only, '.' matches '\r') are RE2's own rather than a translation to JavaScript.
 */
import { RE2JS } from 're2js';
import { DOCUMENT_ERRORS } from './errors';

export type SearchPattern = RE2JS;

/**
 * The compiled pattern, or Google-like failure: Error(DOCUMENT_ERRORS.badPattern) for patterns
 * RE2 does not accept.
 */
export function compileSearchPattern(pattern: string): SearchPattern {
  const text = String(pattern);
  try {
    return RE2JS.compile(text);
  } catch (error) {
    const why = String((error as Error).message ?? error).replace(/^error parsing regexp: /, '');
    throw new Error(DOCUMENT_ERRORS.badPattern(text, why));
  }
}

export interface PatternMatch {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Non-empty, non-overlapping matches of `pattern` in `text` from UTF-16 offset `from`, left to
 * right. Empty matches are skipped: an empty match replaces or finds nothing in a Doc.
 */
export function findMatches(pattern: SearchPattern, text: string, from = 0): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const matcher = pattern.matcher(text);
  let at = from;
  while (at <= text.length && matcher.find(at)) {
    const start = matcher.start();
    const end = matcher.end();
    if (end > start) {
      matches.push({ start, end });
      at = end;
    } else {
      at = start + 1;
    }
  }
  return matches;
}

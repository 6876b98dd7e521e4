/**
 * findText / replaceText / findElement, shared by containers and Text.
 *
 * Documented (…/document/body#findText(String) and #replaceText(String,String)): the pattern is
 * a string compiled with RE2; "the provided regular expression pattern is independently matched
 * against each text block contained in the current element", so a match never spans two Text
 * elements (two paragraphs, two cells). The replacement is inserted literally ("$1" stays "$1":
 * Apps Script does not expand group references), and takes the attributes of the first character
 * it replaces.
 */
import { DOCUMENT_ERRORS } from './errors';
import { descendants, DocNode, NodeType, replaceRunText } from './model';
import { compileSearchPattern, findMatches } from './re2';
import { makeRangeElement, rangeInternals } from './rangeElement';
import type { DocSession } from './session';

export function findTextIn(
  session: DocSession,
  runs: DocNode[],
  searchPattern: string,
  from: unknown,
): GoogleAppsScript.Document.RangeElement {
  const regex = compileSearchPattern(searchPattern);
  let startRun = 0;
  let startOffset = 0;
  const after = rangeInternals(from);
  if (from !== null && from !== undefined && !after) {
    throw new Error(DOCUMENT_ERRORS.invalidArgument('from'));
  }
  if (after) {
    const index = runs.indexOf(after.node);
    if (index < 0) return null as unknown as GoogleAppsScript.Document.RangeElement;
    startRun = index;
    startOffset = after.endInclusive + 1;
  }
  for (let r = startRun; r < runs.length; r++) {
    const run = runs[r];
    const [match] = findMatches(regex, run.text, r === startRun ? startOffset : 0);
    if (match) return makeRangeElement(session, run, match.start, match.end - 1);
  }
  return null as unknown as GoogleAppsScript.Document.RangeElement;
}

/** Replaces every match in every run; returns the number of replacements. */
export function replaceTextIn(runs: DocNode[], searchPattern: string, replacement: string): number {
  const regex = compileSearchPattern(searchPattern);
  const literal = String(replacement ?? '');
  let count = 0;
  for (const run of runs) {
    const matches = findMatches(regex, run.text);
    for (let i = matches.length - 1; i >= 0; i--) {
      replaceRunText(run, matches[i].start, matches[i].end, literal);
      count++;
    }
  }
  return count;
}

/** The next descendant of `root` of `type`, after `from`'s element when given. */
export function findElementIn(
  session: DocSession,
  root: DocNode,
  elementType: unknown,
  from: unknown,
): GoogleAppsScript.Document.RangeElement {
  const type = String(elementType) as NodeType;
  const all = descendants(root);
  let start = 0;
  const after = rangeInternals(from);
  if (from !== null && from !== undefined && !after) {
    throw new Error(DOCUMENT_ERRORS.invalidArgument('from'));
  }
  if (after) {
    const index = all.indexOf(after.node);
    if (index < 0) return null as unknown as GoogleAppsScript.Document.RangeElement;
    start = index + 1;
  }
  for (let i = start; i < all.length; i++) {
    if (all[i].type === type) return makeRangeElement(session, all[i]);
  }
  return null as unknown as GoogleAppsScript.Document.RangeElement;
}

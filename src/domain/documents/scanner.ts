/**
 * Finds the {{placeholders}} in a document's texts (body, header, footer — tables are part of the
 * body's text) and sorts them into fillable, unknown and unfilled, so a document is generated
 * whole or not at all. Spaces inside the braces are tolerated ({{ 件名 }}) and kept in the token,
 * because the replacement must match the text exactly as typed.
 */
import type { PlaceholderValue } from './placeholders';
import { placeholderByName } from './placeholders';

export interface PlaceholderToken {
  /** Exactly as it stands in the document, braces included. */
  text: string;
  /** The name between the braces, trimmed. */
  name: string;
}

const TOKEN = /\{\{([^{}\n]*)\}\}/g;

/** Distinct tokens of all texts, in order of first appearance. */
export function findPlaceholders(texts: readonly string[]): PlaceholderToken[] {
  const seen = new Map<string, PlaceholderToken>();
  for (const text of texts) {
    for (const match of text.matchAll(TOKEN)) {
      if (!seen.has(match[0])) seen.set(match[0], { text: match[0], name: match[1].trim() });
    }
  }
  return [...seen.values()];
}

export interface ScanResult {
  /** Names the add-on does not know (a city's own or a misspelt placeholder). */
  unknown: string[];
  /** Known names with no value for this case. */
  unfilled: string[];
}

export function checkPlaceholders(
  tokens: readonly PlaceholderToken[],
  values: ReadonlyMap<string, PlaceholderValue>,
): ScanResult {
  const unknown = new Set<string>();
  const unfilled = new Set<string>();
  for (const token of tokens) {
    if (!placeholderByName(token.name)) unknown.add(token.name);
    else if (!values.has(token.name)) unfilled.add(token.name);
  }
  return { unknown: [...unknown], unfilled: [...unfilled] };
}

export function scanIsClean(result: ScanResult): boolean {
  return result.unknown.length === 0 && result.unfilled.length === 0;
}

/**
 * The line of a section's text (one line per paragraph) that is exactly this token, spaces
 * aside, when the token occurs nowhere else: such a list placeholder becomes list items. -1 else.
 */
export function standaloneLine(text: string, token: PlaceholderToken): number {
  if (text.split(token.text).length - 1 !== 1) return -1;
  return text.split('\n').findIndex((line) => line.trim() === token.text);
}

/**
 * The template's placeholders still in a text after filling: ones replaceText could not reach.
 * Braces a value brought in (a title typed as "{{仮}}") are the case's data, not leftovers.
 */
export function leftoverPlaceholders(
  tokens: readonly PlaceholderToken[],
  textAfter: string,
): string[] {
  return tokens.filter((token) => textAfter.includes(token.text)).map((token) => token.text);
}

/** RE2 pattern matching the token literally (Body.replaceText takes a regular expression). */
export function literalPattern(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

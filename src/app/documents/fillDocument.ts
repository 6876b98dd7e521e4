/**
 * Fills an open copy of a template: every {{placeholder}} of the body (tables included), header
 * and footer. Nothing is replaced unless every placeholder can be filled. Each placeholder present
 * costs one replaceText (DocumentApp has no call that fills several); a list placeholder standing
 * alone in a body paragraph prints one numbered line per entry — (1), (2)…, as a municipal
 * agreement numbers its items (issue 12) — or, in a list item, one list item per entry. Afterwards the texts are read again,
 * so a placeholder replaceText could not reach (split by an image or a footnote) is reported
 * instead of being left in the document.
 */
import {
  checkPlaceholders,
  findPlaceholders,
  leftoverPlaceholders,
  literalPattern,
  numberedLines,
  PlaceholderToken,
  PlaceholderValue,
  ScanResult,
  scanIsClean,
  standaloneLine,
} from '../../domain/documents';
import { isListItem } from '../../adapters/docs';

type Document = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Section =
  | GoogleAppsScript.Document.Body
  | GoogleAppsScript.Document.HeaderSection
  | GoogleAppsScript.Document.FooterSection;

export interface FillOutcome extends ScanResult {
  /** Placeholders still in the document after replacement (should never happen). */
  leftover: string[];
}

/** Separator of a list printed inside a sentence, a cell, a header or a footer. */
const INLINE_LIST_SEPARATOR = '、';

export function fillDocument(
  doc: Document,
  values: ReadonlyMap<string, PlaceholderValue>,
): FillOutcome {
  const body = doc.getBody();
  const sections: Section[] = [body, doc.getHeader(), doc.getFooter()].filter(
    (section): section is Section => section !== null,
  );
  const texts = sections.map((section) => section.getText());
  const scan = checkPlaceholders(findPlaceholders(texts), values);
  if (!scanIsClean(scan)) return { ...scan, leftover: [] };
  const leftover: string[] = [];
  sections.forEach((section, i) => {
    const tokens = findPlaceholders([texts[i]]);
    if (!tokens.length) return;
    for (const token of tokens) {
      const value = values.get(token.name) as PlaceholderValue;
      const expanded =
        section === body && Array.isArray(value) && expandList(body, texts[i], token, value);
      if (!expanded) section.replaceText(literalPattern(token.text), inline(value));
    }
    leftover.push(...leftoverPlaceholders(tokens, section.getText()));
  });
  return { ...scan, leftover };
}

function inline(value: PlaceholderValue): string {
  // Replacements are literal in DocumentApp ("$1" stays "$1"), so values need no escaping.
  return Array.isArray(value) ? value.join(INLINE_LIST_SEPARATOR) : value;
}

/**
 * When the token is the whole text of a single body paragraph: a plain paragraph gets one
 * numbered line per entry — (1), (2)… — in one replaceText (a '\n' in the replacement is a line
 * break inside the paragraph); a list item keeps its list and the entries join it. Returns false
 * when the token is not standalone there, so it is filled inline instead.
 */
function expandList(body: Body, text: string, token: PlaceholderToken, entries: string[]): boolean {
  const line = standaloneLine(text, token);
  if (line < 0) return false;
  const paragraph = paragraphOfLine(body, text, line) ?? paragraphHolding(body, token);
  if (!paragraph) return false;
  if (!isListItem(paragraph)) {
    // Only inside this paragraph: if it were not the token's, the token stays and is reported.
    paragraph.replaceText(literalPattern(token.text), numberedLines(entries));
    return true;
  }
  const index = childIndexIn(body, paragraph);
  if (index < 0) return false;
  paragraph.replaceText(literalPattern(token.text), entries[0]);
  entries.slice(1).forEach((entry, i) => body.insertListItem(index + 1 + i, entry));
  return true;
}

/**
 * The paragraph of the body text's line `line`, in one call: getText() writes one line per
 * paragraph (list items and table cells included) in the order getParagraphs() lists them. When
 * the counts differ the layout is not that simple, and the placeholder is searched for instead.
 */
function paragraphOfLine(body: Body, text: string, line: number): Paragraph | null {
  const paragraphs = body.getParagraphs();
  return paragraphs.length === text.split('\n').length ? paragraphs[line] : null;
}

function paragraphHolding(body: Body, token: PlaceholderToken): Paragraph | null {
  const found = body.findText(literalPattern(token.text));
  return found ? (found.getElement().getParent() as Paragraph) : null;
}

/** A paragraph inside a table cell is not a child of the body. */
function childIndexIn(body: Body, element: Paragraph): number {
  try {
    return body.getChildIndex(element);
  } catch {
    return -1;
  }
}

/**
 * The document tree every DocumentApp facade is a view of, and the plain-data operations on it.
 * Structure follows developers.google.com/apps-script/guides/docs#structure_of_a_document:
 * sections (body, header, footer) hold paragraphs, list items and tables; tables hold rows, rows
 * hold cells, cells hold paragraphs; paragraphs hold Text runs, horizontal rules and page breaks.
 */

/** The element types the emulator models (a subset of DocumentApp.ElementType). */
export type NodeType =
  | 'BODY_SECTION'
  | 'HEADER_SECTION'
  | 'FOOTER_SECTION'
  | 'PARAGRAPH'
  | 'LIST_ITEM'
  | 'TABLE'
  | 'TABLE_ROW'
  | 'TABLE_CELL'
  | 'TEXT'
  | 'HORIZONTAL_RULE'
  | 'PAGE_BREAK';

/**
 * Character attributes (DocumentApp.Attribute names, plus TEXT_ALIGNMENT for super/subscript).
 * Only explicitly set attributes are present: an absent key is "inherited", which Apps Script
 * reports as null.
 */
export type CharStyle = Readonly<Record<string, unknown>>;

export interface DocNode {
  type: NodeType;
  parent: DocNode | null;
  children: DocNode[];
  /** Element attributes (HEADING, HORIZONTAL_ALIGNMENT, LIST_ID, GLYPH_TYPE, BORDER_WIDTH…). */
  attrs: Record<string, unknown>;
  /** TEXT only: the characters, '\r' for a line break inside the paragraph. */
  text: string;
  /** TEXT only: one style per UTF-16 unit of `text`. */
  styles: CharStyle[];
  /** Set on section roots (body, header, footer) of a stored document. */
  owner: DocumentModel | null;
}

export interface DocumentModel {
  readonly id: string;
  body: DocNode;
  header: DocNode | null;
  footer: DocNode | null;
  /** For deterministic list ids ("kix.…" in Google). */
  listCounter: number;
}

export const SECTION_TYPES: ReadonlySet<NodeType> = new Set([
  'BODY_SECTION',
  'HEADER_SECTION',
  'FOOTER_SECTION',
  'TABLE_CELL',
]);
export const PARAGRAPH_TYPES: ReadonlySet<NodeType> = new Set(['PARAGRAPH', 'LIST_ITEM']);

const EMPTY_STYLE: CharStyle = Object.freeze({});

export function newNode(type: NodeType, attrs: Record<string, unknown> = {}): DocNode {
  return {
    type,
    parent: null,
    children: [],
    attrs: { ...attrs },
    text: '',
    styles: [],
    owner: null,
  };
}

/**
 * Apps Script keeps a paragraph one paragraph: a '\n' inside its text becomes a line break,
 * which getText() reports as '\r'.
 */
export function toParagraphText(text: string): string {
  return String(text).replace(/\r\n|\n/g, '\r');
}

export function newText(text: string, style: CharStyle = EMPTY_STYLE): DocNode {
  const node = newNode('TEXT');
  node.text = toParagraphText(text);
  node.styles = Array.from({ length: node.text.length }, () => style);
  return node;
}

/** A paragraph (or list item) holding `text` as one Text run; empty text means no run. */
export function newParagraph(text: string, type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH'): DocNode {
  const node = newNode(type, { HEADING: 'NORMAL' });
  if (text !== '') appendChild(node, newText(text));
  return node;
}

export function newTable(cells: string[][]): DocNode {
  const table = newNode('TABLE', { BORDER_WIDTH: 1, BORDER_COLOR: '#000000' });
  for (const rowCells of cells) {
    const row = newNode('TABLE_ROW');
    for (const cellText of rowCells) appendChild(row, newCell(String(cellText)));
    appendChild(table, row);
  }
  return table;
}

/** A table cell always holds at least one paragraph. */
export function newCell(text: string): DocNode {
  const cell = newNode('TABLE_CELL');
  for (const line of String(text).split('\n')) appendChild(cell, newParagraph(line));
  return cell;
}

export function newSection(type: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION'): DocNode {
  const section = newNode(type);
  appendChild(section, newParagraph(''));
  return section;
}

export function appendChild(parent: DocNode, child: DocNode): DocNode {
  return insertChild(parent, parent.children.length, child);
}

export function insertChild(parent: DocNode, index: number, child: DocNode): DocNode {
  child.parent = parent;
  parent.children.splice(index, 0, child);
  return child;
}

export function detach(node: DocNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1);
  node.parent = null;
}

/** A deep, detached copy (Element.copy(): "a detached, deep copy of the current element"). */
export function cloneNode(node: DocNode): DocNode {
  const copy: DocNode = {
    type: node.type,
    parent: null,
    children: [],
    attrs: { ...node.attrs },
    text: node.text,
    styles: node.styles.slice(),
    owner: null,
  };
  for (const child of node.children) appendChild(copy, cloneNode(child));
  return copy;
}

export function cloneDocument(from: DocumentModel, toId: string): DocumentModel {
  const doc: DocumentModel = {
    id: toId,
    body: cloneNode(from.body),
    header: from.header ? cloneNode(from.header) : null,
    footer: from.footer ? cloneNode(from.footer) : null,
    listCounter: from.listCounter,
  };
  adoptSections(doc);
  return doc;
}

export function adoptSections(doc: DocumentModel): void {
  doc.body.owner = doc;
  if (doc.header) doc.header.owner = doc;
  if (doc.footer) doc.footer.owner = doc;
}

export function rootOf(node: DocNode): DocNode {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

export function documentOf(node: DocNode): DocumentModel | null {
  return rootOf(node).owner;
}

/** Text of an element as getText() returns it: blocks of a container joined by '\n'. */
export function plainText(node: DocNode): string {
  switch (node.type) {
    case 'TEXT':
      return node.text;
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return node.children.map(plainText).join('');
    case 'HORIZONTAL_RULE':
    case 'PAGE_BREAK':
      return '';
    default:
      return node.children.map(plainText).join('\n');
  }
}

/** Every descendant (not `node` itself) in document order. */
export function descendants(node: DocNode): DocNode[] {
  const out: DocNode[] = [];
  const walk = (n: DocNode) => {
    for (const child of n.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

/** The Text runs of `node` in document order (itself if it is one). */
export function textNodes(node: DocNode): DocNode[] {
  if (node.type === 'TEXT') return [node];
  return descendants(node).filter((n) => n.type === 'TEXT');
}

/** Paragraph-level blocks (paragraphs and list items) at or under `node`. */
export function paragraphBlocks(node: DocNode): DocNode[] {
  if (PARAGRAPH_TYPES.has(node.type)) return [node];
  return descendants(node).filter((n) => PARAGRAPH_TYPES.has(n.type));
}

export function characterCount(doc: DocumentModel): number {
  let count = 0;
  for (const section of [doc.header, doc.body, doc.footer]) {
    if (section) for (const t of textNodes(section)) count += t.text.length;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Text runs
// ---------------------------------------------------------------------------------------------

/** Style a character inserted at `offset` takes: the preceding one's, as typing does. */
export function styleForInsertion(node: DocNode, offset: number): CharStyle {
  if (offset > 0) return node.styles[offset - 1] ?? EMPTY_STYLE;
  return node.styles[0] ?? EMPTY_STYLE;
}

export function insertRunText(
  node: DocNode,
  offset: number,
  text: string,
  style?: CharStyle,
): void {
  const clean = toParagraphText(text);
  const applied = style ?? styleForInsertion(node, offset);
  node.text = node.text.slice(0, offset) + clean + node.text.slice(offset);
  node.styles.splice(offset, 0, ...Array.from({ length: clean.length }, () => applied));
}

/** Deletes [start, endExclusive). */
export function deleteRunText(node: DocNode, start: number, endExclusive: number): void {
  node.text = node.text.slice(0, start) + node.text.slice(endExclusive);
  node.styles.splice(start, endExclusive - start);
}

/** Replaces [start, endExclusive) by `text`, which takes the first replaced character's style. */
export function replaceRunText(
  node: DocNode,
  start: number,
  endExclusive: number,
  text: string,
): void {
  const style = node.styles[start] ?? styleForInsertion(node, start);
  deleteRunText(node, start, endExclusive);
  insertRunText(node, start, text, style);
}

/** Sets (or, with null, clears) character attributes on [start, endInclusive]. */
export function styleRun(
  node: DocNode,
  start: number,
  endInclusive: number,
  patch: Record<string, unknown>,
): void {
  for (let i = start; i <= endInclusive && i < node.styles.length; i++) {
    const next: Record<string, unknown> = { ...node.styles[i] };
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined) delete next[key];
      else next[key] = value;
    }
    node.styles[i] = Object.freeze(next);
  }
}

export function sameStyle(a: CharStyle, b: CharStyle): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((k) => a[k] === b[k]);
}

/**
 * Joins adjacent Text runs of every paragraph. Google stores a paragraph's contiguous text as one
 * Text element whatever its formatting; the emulator does this when a document is (re)opened.
 */
export function mergeAdjacentText(node: DocNode): void {
  for (let i = node.children.length - 1; i > 0; i--) {
    const current = node.children[i];
    const previous = node.children[i - 1];
    if (current.type === 'TEXT' && previous.type === 'TEXT') {
      previous.text += current.text;
      previous.styles.push(...current.styles);
      detach(current);
    }
  }
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i];
    if (child.type === 'TEXT' && child.text === '') detach(child);
    else mergeAdjacentText(child);
  }
}

/**
 * Element: developers.google.com/apps-script/reference/document/element
 *
 * The base of every element facade: type casts (asParagraph()…), siblings, parent, attributes,
 * copy, merge and removal. Facades are thin: all state lives in the DocNode they wrap.
 */
import type { CostKind } from '../../core/latency';
import { assertGoogleShape } from '../../core/typing';
import { ATTRIBUTE_NAMES, CHARACTER_ATTRIBUTES } from './enums';
import { DOCUMENT_ERRORS } from './errors';
import {
  cloneNode,
  detach,
  documentOf,
  DocNode,
  NodeType,
  PARAGRAPH_TYPES,
  SECTION_TYPES,
  styleRun,
  textNodes,
} from './model';
import { bindNode, DocSession, wrap, wrapOrNull } from './session';

type Element = GoogleAppsScript.Document.Element;

const ATTRIBUTE_SET: ReadonlySet<string> = new Set(ATTRIBUTE_NAMES);

/** The Google class name of each node type, for ledger method names ("Paragraph.appendText"). */
const CLASS_NAMES: Record<NodeType, string> = {
  BODY_SECTION: 'Body',
  HEADER_SECTION: 'HeaderSection',
  FOOTER_SECTION: 'FooterSection',
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  TABLE_ROW: 'TableRow',
  TABLE_CELL: 'TableCell',
  TEXT: 'Text',
  HORIZONTAL_RULE: 'HorizontalRule',
  PAGE_BREAK: 'PageBreak',
};

/** A character attribute over several characters: its value, or null when they differ. */
export function uniformStyleValue(nodes: DocNode[], key: string): unknown {
  let seen = false;
  let value: unknown = null;
  for (const node of nodes) {
    for (const style of node.styles) {
      const v = style[key] ?? null;
      if (!seen) {
        value = v;
        seen = true;
      } else if (v !== value) return null;
    }
  }
  return value;
}

export class ElementBase {
  constructor(
    protected readonly session: DocSession,
    protected readonly node: DocNode,
  ) {
    bindNode(this, node);
  }

  protected get className(): string {
    return CLASS_NAMES[this.node.type];
  }

  /** Charges `Class.method` on the ledger (and fails once the document is closed). */
  protected charge(method: string, kind: CostKind = 'documentEdit'): void {
    this.session.charge(`${this.className}.${method}`, kind);
  }

  protected self<T>(): T {
    return this as unknown as T;
  }

  protected wrapNode<T = Element>(node: DocNode | null | undefined): T {
    return wrapOrNull<T>(this.session, node);
  }

  private cast<T>(method: string, type: NodeType | null): T {
    this.charge(method, 'local');
    if (type === null || this.node.type !== type) {
      throw new Error(DOCUMENT_ERRORS.invalidCast(this.node.type, method.slice(2)));
    }
    return wrap<T>(this.session, this.node);
  }

  asBody(): GoogleAppsScript.Document.Body {
    return this.cast('asBody', 'BODY_SECTION');
  }
  asDate(): GoogleAppsScript.Document.Date {
    return this.cast('asDate', null);
  }
  asEquation(): GoogleAppsScript.Document.Equation {
    return this.cast('asEquation', null);
  }
  asEquationFunction(): GoogleAppsScript.Document.EquationFunction {
    return this.cast('asEquationFunction', null);
  }
  asEquationFunctionArgumentSeparator(): GoogleAppsScript.Document.EquationFunctionArgumentSeparator {
    return this.cast('asEquationFunctionArgumentSeparator', null);
  }
  asEquationSymbol(): GoogleAppsScript.Document.EquationSymbol {
    return this.cast('asEquationSymbol', null);
  }
  asFooterSection(): GoogleAppsScript.Document.FooterSection {
    return this.cast('asFooterSection', 'FOOTER_SECTION');
  }
  asFootnote(): GoogleAppsScript.Document.Footnote {
    return this.cast('asFootnote', null);
  }
  asFootnoteSection(): GoogleAppsScript.Document.FootnoteSection {
    return this.cast('asFootnoteSection', null);
  }
  asHeaderSection(): GoogleAppsScript.Document.HeaderSection {
    return this.cast('asHeaderSection', 'HEADER_SECTION');
  }
  asHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.cast('asHorizontalRule', 'HORIZONTAL_RULE');
  }
  asInlineDrawing(): GoogleAppsScript.Document.InlineDrawing {
    return this.cast('asInlineDrawing', null);
  }
  asInlineImage(): GoogleAppsScript.Document.InlineImage {
    return this.cast('asInlineImage', null);
  }
  asListItem(): GoogleAppsScript.Document.ListItem {
    return this.cast('asListItem', 'LIST_ITEM');
  }
  asPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this.cast('asPageBreak', 'PAGE_BREAK');
  }
  asParagraph(): GoogleAppsScript.Document.Paragraph {
    return this.cast('asParagraph', 'PARAGRAPH');
  }
  asPerson(): GoogleAppsScript.Document.Person {
    return this.cast('asPerson', null);
  }
  asRichLink(): GoogleAppsScript.Document.RichLink {
    return this.cast('asRichLink', null);
  }
  asTable(): GoogleAppsScript.Document.Table {
    return this.cast('asTable', 'TABLE');
  }
  asTableCell(): GoogleAppsScript.Document.TableCell {
    return this.cast('asTableCell', 'TABLE_CELL');
  }
  asTableOfContents(): GoogleAppsScript.Document.TableOfContents {
    return this.cast('asTableOfContents', null);
  }
  asTableRow(): GoogleAppsScript.Document.TableRow {
    return this.cast('asTableRow', 'TABLE_ROW');
  }
  asText(): GoogleAppsScript.Document.Text {
    return this.cast('asText', 'TEXT');
  }

  /** "Returns a detached, deep copy of the current element." */
  copy(): Element {
    this.charge('copy', 'local');
    return wrap(this.session, cloneNode(this.node));
  }

  /**
   * "Retrieves the element's attributes": every DocumentApp.Attribute key, null where the element
   * does not set it (inherited). Character attributes are the text's, null where they vary.
   */
  getAttributes(): Record<string, unknown> {
    this.charge('getAttributes');
    return this.attributesOf();
  }

  protected attributesOf(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of ATTRIBUTE_NAMES) {
      out[name] = CHARACTER_ATTRIBUTES.has(name) ? null : (this.node.attrs[name] ?? null);
    }
    const texts = textNodes(this.node);
    for (const name of CHARACTER_ATTRIBUTES) out[name] = uniformStyleValue(texts, name);
    return out;
  }

  /**
   * "Sets the element's attributes … each property name is an item in the DocumentApp.Attribute
   * enumeration". Unknown keys are ignored; character attributes apply to all of the text.
   */
  setAttributes(attributes: Record<string, unknown>): Element {
    this.charge('setAttributes');
    this.applyAttributes(attributes);
    return this.self();
  }

  protected applyAttributes(attributes: Record<string, unknown>): void {
    if (typeof attributes !== 'object' || attributes === null) {
      throw new Error(DOCUMENT_ERRORS.invalidArgument('attributes'));
    }
    const characterPatch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(attributes)) {
      if (!ATTRIBUTE_SET.has(key)) continue;
      if (CHARACTER_ATTRIBUTES.has(key)) characterPatch[key] = value;
      else if (value === null || value === undefined) delete this.node.attrs[key];
      else this.node.attrs[key] = value;
    }
    if (Object.keys(characterPatch).length > 0) {
      for (const text of textNodes(this.node)) {
        styleRun(text, 0, text.text.length - 1, characterPatch);
      }
    }
  }

  getNextSibling(): Element {
    this.charge('getNextSibling', 'local');
    const siblings = this.node.parent?.children ?? [];
    return this.wrapNode(siblings[siblings.indexOf(this.node) + 1]);
  }

  getPreviousSibling(): Element {
    this.charge('getPreviousSibling', 'local');
    const siblings = this.node.parent?.children ?? [];
    const index = siblings.indexOf(this.node);
    return this.wrapNode(index > 0 ? siblings[index - 1] : null);
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.charge('getParent', 'local');
    return this.wrapNode(this.node.parent);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.charge('getType', 'local');
    return this.node.type as unknown as GoogleAppsScript.Document.ElementType;
  }

  /** True when nothing follows the element in the body. */
  isAtDocumentEnd(): boolean {
    this.charge('isAtDocumentEnd', 'local');
    let current = this.node;
    while (current.parent) {
      const siblings = current.parent.children;
      if (siblings[siblings.length - 1] !== current) return false;
      current = current.parent;
    }
    return current.type === 'BODY_SECTION';
  }

  /**
   * "Merges the element with the preceding sibling of the same type." Returns the merged element,
   * or null when there is no such sibling.
   */
  merge(): Element {
    this.charge('merge');
    const parent = this.node.parent;
    if (!parent) return null as unknown as Element;
    const index = parent.children.indexOf(this.node);
    const previous = index > 0 ? parent.children[index - 1] : null;
    if (!previous || previous.type !== this.node.type) return null as unknown as Element;
    if (this.node.type === 'TEXT') {
      previous.text += this.node.text;
      previous.styles.push(...this.node.styles);
    } else {
      for (const child of [...this.node.children]) {
        detach(child);
        child.parent = previous;
        previous.children.push(child);
      }
    }
    detach(this.node);
    return wrap(this.session, previous);
  }

  removeFromParent(): Element {
    this.charge('removeFromParent');
    removeNode(this.node);
    return this.self();
  }
}
assertGoogleShape<ElementBase, GoogleAppsScript.Document.Element>(true);

/**
 * Removes `node` from its parent, refusing to leave a section without its final paragraph ("Can't
 * remove the last paragraph in a document section."). A header or footer removed from its
 * document is gone from it.
 */
export function removeNode(node: DocNode): void {
  const parent = node.parent;
  if (!parent) {
    const doc = node.owner;
    if (doc && doc.header === node) doc.header = null;
    if (doc && doc.footer === node) doc.footer = null;
    node.owner = null;
    return;
  }
  const siblings = parent.children;
  if (
    SECTION_TYPES.has(parent.type) &&
    PARAGRAPH_TYPES.has(node.type) &&
    siblings[siblings.length - 1] === node
  ) {
    throw new Error(DOCUMENT_ERRORS.lastParagraph);
  }
  detach(node);
}

/** The node of an element argument that must not already sit in a document. */
export function requireDetached(node: DocNode): DocNode {
  if (node.parent || documentOf(node)) throw new Error(DOCUMENT_ERRORS.notDetached);
  return node;
}

/**
 * ContainerElement: developers.google.com/apps-script/reference/document/container-element
 * Children by index, text of the whole subtree, and search.
 */
import { assertGoogleShape } from '../../core/typing';
import { TEXT_ALIGNMENT_NAMES, enumName } from './enums';
import { DOCUMENT_ERRORS } from './errors';
import { ElementBase } from './element';
import { DocNode, insertChild, plainText, textNodes } from './model';
import { findElementIn, findTextIn, replaceTextIn } from './search';
import { nodeOf } from './session';
import { textViewOf } from './text';
import { blocksOf, checkDocumentSize, styleRange, uniformOver, viewLength } from './textView';

type Element = GoogleAppsScript.Document.Element;
type RangeElement = GoogleAppsScript.Document.RangeElement;

export class ContainerBase extends ElementBase {
  getChild(childIndex: number): Element {
    this.charge('getChild', 'local');
    const index = Number(childIndex);
    const count = this.node.children.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new Error(DOCUMENT_ERRORS.childIndex(index, count));
    }
    return this.wrapNode(this.node.children[index]);
  }

  /** The child's index, or -1 when it is not a child of this element. */
  getChildIndex(child: Element): number {
    this.charge('getChildIndex', 'local');
    return this.node.children.indexOf(nodeOf(child, 'child'));
  }

  getNumChildren(): number {
    this.charge('getNumChildren', 'local');
    return this.node.children.length;
  }

  /** "Retrieves the contents of the element as a text string." */
  getText(): string {
    this.charge('getText');
    return plainText(this.node);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.charge('editAsText', 'local');
    return textViewOf(this.session, this.node);
  }

  findText(searchPattern: string, from?: RangeElement | null): RangeElement {
    this.charge('findText');
    return findTextIn(this.session, textNodes(this.node), searchPattern, from);
  }

  findElement(
    elementType: GoogleAppsScript.Document.ElementType,
    from?: RangeElement | null,
  ): RangeElement {
    this.charge('findElement');
    return findElementIn(this.session, this.node, elementType, from);
  }

  /** Returns "the current element" (documented), after replacing in every Text run under it. */
  replaceText(searchPattern: string, replacement: string): Element {
    this.charge('replaceText');
    replaceTextIn(textNodes(this.node), searchPattern, replacement);
    checkDocumentSize(this.node);
    return this.self();
  }

  clear(): Element {
    this.charge('clear');
    this.clearContents();
    return this.self();
  }

  protected clearContents(): void {
    for (const child of this.node.children) child.parent = null;
    this.node.children = [];
  }

  getTextAlignment(): GoogleAppsScript.Document.TextAlignment {
    this.charge('getTextAlignment');
    return uniformOver(
      blocksOf(this.node),
      'TEXT_ALIGNMENT',
    ) as GoogleAppsScript.Document.TextAlignment;
  }

  setTextAlignment(textAlignment: GoogleAppsScript.Document.TextAlignment): Element {
    this.charge('setTextAlignment');
    const name = enumName(textAlignment, TEXT_ALIGNMENT_NAMES, 'textAlignment');
    const blocks = blocksOf(this.node);
    const end = viewLength(blocks) - 1;
    if (end >= 0) styleRange(blocks, 0, end, { TEXT_ALIGNMENT: name === 'NORMAL' ? null : name });
    return this.self();
  }

  /** Inserts a child at `index` (0..count), as insertParagraph(i, …) and friends do. */
  protected insertAtIndex(childIndex: number, child: DocNode): DocNode {
    const index = Number(childIndex);
    const count = this.node.children.length;
    if (!Number.isInteger(index) || index < 0 || index > count) {
      throw new Error(DOCUMENT_ERRORS.insertIndex(index, count));
    }
    return insertChild(this.node, index, child);
  }

  protected requireChild(child: Element): DocNode {
    const node = nodeOf(child, 'child');
    if (node.parent !== this.node) throw new Error(DOCUMENT_ERRORS.notAChild);
    return node;
  }

  /** LINK_URL over the whole element, null where it varies (ContainerElement.getLinkUrl). */
  protected linkUrl(): string {
    return uniformOver(blocksOf(this.node), 'LINK_URL') as string;
  }

  protected setLink(url: string | null): void {
    const blocks = blocksOf(this.node);
    const end = viewLength(blocks) - 1;
    if (end >= 0) styleRange(blocks, 0, end, { LINK_URL: url === null ? null : String(url) });
  }
}
assertGoogleShape<ContainerBase, GoogleAppsScript.Document.ContainerElement>(true);

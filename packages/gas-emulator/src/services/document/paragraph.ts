/**
 * Paragraph: developers.google.com/apps-script/reference/document/paragraph
 * (ListItem shares everything here: developers.google.com/apps-script/reference/document/list-item)
 *
 * A paragraph holds Text runs and inline elements (horizontal rules, page breaks). appendText
 * "creates and inserts a new Text element", so a run appended in this execution stays its own
 * element until the document is reopened (Google then stores contiguous text as one Text).
 */
import { assertGoogleShape } from '../../core/typing';
import { ContainerBase } from './container';
import { requireDetached, removeNode } from './element';
import { HORIZONTAL_ALIGNMENT_NAMES, PARAGRAPH_HEADING_NAMES, enumName } from './enums';
import { DOCUMENT_ERRORS } from './errors';
import { appendChild, DocNode, newNode, newText } from './model';
import { nodeOf, registerElementClass } from './session';
import { checkDocumentSize } from './textView';

type P = GoogleAppsScript.Document.Paragraph;
type Text = GoogleAppsScript.Document.Text;

export class ParagraphBase extends ContainerBase {
  private textArgument(text: unknown): DocNode {
    if (typeof text === 'object' && text !== null) {
      const node = requireDetached(nodeOf(text, 'text'));
      if (node.type !== 'TEXT') throw new Error(DOCUMENT_ERRORS.invalidArgument('text'));
      return node;
    }
    return newText(String(text));
  }

  private numberAttribute(method: string, key: string): number {
    this.charge(method);
    return (this.node.attrs[key] ?? null) as number;
  }

  private setAttribute(method: string, key: string, value: unknown): P {
    this.charge(method);
    if (value === null || value === undefined) delete this.node.attrs[key];
    else this.node.attrs[key] = value;
    return this.self();
  }

  private setNumber(method: string, key: string, value: unknown): P {
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw new Error(DOCUMENT_ERRORS.invalidArgument(key.toLowerCase()));
    }
    return this.setAttribute(method, key, value);
  }

  appendText(text: string | Text): Text {
    this.charge('appendText');
    const run = appendChild(this.node, this.textArgument(text));
    checkDocumentSize(this.node);
    return this.wrapNode<Text>(run);
  }

  insertText(childIndex: number, text: string | Text): Text {
    this.charge('insertText');
    const run = this.insertAtIndex(childIndex, this.textArgument(text));
    checkDocumentSize(this.node);
    return this.wrapNode<Text>(run);
  }

  /** "Sets the contents of the paragraph as plain text. Note: existing contents are cleared." */
  setText(text: string): void {
    this.charge('setText');
    this.clearContents();
    const value = String(text);
    if (value !== '') appendChild(this.node, newText(value));
    checkDocumentSize(this.node);
  }

  override clear(): P {
    this.charge('clear');
    this.clearContents();
    return this.self();
  }

  removeChild(child: GoogleAppsScript.Document.Element): P {
    this.charge('removeChild');
    removeNode(this.requireChild(child));
    return this.self();
  }

  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.charge('appendHorizontalRule');
    return this.wrapNode(appendChild(this.node, newNode('HORIZONTAL_RULE')));
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    this.charge('insertHorizontalRule');
    return this.wrapNode(this.insertAtIndex(childIndex, newNode('HORIZONTAL_RULE')));
  }

  /** "PageBreaks may not be contained within TableCells." */
  appendPageBreak(
    pageBreak?: GoogleAppsScript.Document.PageBreak | null,
  ): GoogleAppsScript.Document.PageBreak {
    this.charge('appendPageBreak');
    return this.wrapNode(appendChild(this.node, this.pageBreakArgument(pageBreak)));
  }

  insertPageBreak(
    childIndex: number,
    pageBreak?: GoogleAppsScript.Document.PageBreak | null,
  ): GoogleAppsScript.Document.PageBreak {
    this.charge('insertPageBreak');
    return this.wrapNode(this.insertAtIndex(childIndex, this.pageBreakArgument(pageBreak)));
  }

  private pageBreakArgument(pageBreak: unknown): DocNode {
    let current: DocNode | null = this.node;
    while (current) {
      if (current.type === 'TABLE_CELL')
        throw new Error(DOCUMENT_ERRORS.invalidArgument('pageBreak'));
      current = current.parent;
    }
    if (pageBreak === undefined || pageBreak === null) return newNode('PAGE_BREAK');
    return requireDetached(nodeOf(pageBreak, 'pageBreak'));
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.charge('getHeading');
    return (this.node.attrs.HEADING ?? 'NORMAL') as GoogleAppsScript.Document.ParagraphHeading;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): P {
    return this.setAttribute(
      'setHeading',
      'HEADING',
      enumName(heading, PARAGRAPH_HEADING_NAMES, 'heading'),
    );
  }

  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.charge('getAlignment');
    return (this.node.attrs.HORIZONTAL_ALIGNMENT ??
      null) as GoogleAppsScript.Document.HorizontalAlignment;
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): P {
    return this.setAttribute(
      'setAlignment',
      'HORIZONTAL_ALIGNMENT',
      enumName(alignment, HORIZONTAL_ALIGNMENT_NAMES, 'alignment'),
    );
  }

  getIndentEnd(): number {
    return this.numberAttribute('getIndentEnd', 'INDENT_END');
  }
  getIndentFirstLine(): number {
    return this.numberAttribute('getIndentFirstLine', 'INDENT_FIRST_LINE');
  }
  getIndentStart(): number {
    return this.numberAttribute('getIndentStart', 'INDENT_START');
  }
  getLineSpacing(): number {
    return this.numberAttribute('getLineSpacing', 'LINE_SPACING');
  }
  getSpacingAfter(): number {
    return this.numberAttribute('getSpacingAfter', 'SPACING_AFTER');
  }
  getSpacingBefore(): number {
    return this.numberAttribute('getSpacingBefore', 'SPACING_BEFORE');
  }
  setIndentEnd(indentEnd: number): P {
    return this.setNumber('setIndentEnd', 'INDENT_END', indentEnd);
  }
  setIndentFirstLine(indentFirstLine: number): P {
    return this.setNumber('setIndentFirstLine', 'INDENT_FIRST_LINE', indentFirstLine);
  }
  setIndentStart(indentStart: number): P {
    return this.setNumber('setIndentStart', 'INDENT_START', indentStart);
  }
  setLineSpacing(multiplier: number): P {
    return this.setNumber('setLineSpacing', 'LINE_SPACING', multiplier);
  }
  setSpacingAfter(spacingAfter: number): P {
    return this.setNumber('setSpacingAfter', 'SPACING_AFTER', spacingAfter);
  }
  setSpacingBefore(spacingBefore: number): P {
    return this.setNumber('setSpacingBefore', 'SPACING_BEFORE', spacingBefore);
  }

  isLeftToRight(): boolean {
    this.charge('isLeftToRight');
    return (this.node.attrs.LEFT_TO_RIGHT ?? true) as boolean;
  }

  setLeftToRight(leftToRight: boolean): P {
    return this.setAttribute('setLeftToRight', 'LEFT_TO_RIGHT', Boolean(leftToRight));
  }

  getLinkUrl(): string {
    this.charge('getLinkUrl');
    return this.linkUrl();
  }

  setLinkUrl(url: string): P {
    this.charge('setLinkUrl');
    this.setLink(url);
    return this.self();
  }

  getPositionedImages(): GoogleAppsScript.Document.PositionedImage[] {
    this.charge('getPositionedImages');
    return [];
  }

  getPositionedImage(_id: string): GoogleAppsScript.Document.PositionedImage {
    this.charge('getPositionedImage');
    return null as unknown as GoogleAppsScript.Document.PositionedImage;
  }

  removePositionedImage(_id: string): boolean {
    this.charge('removePositionedImage');
    return false;
  }
}

export class FakeParagraph extends ParagraphBase {}
assertGoogleShape<FakeParagraph, GoogleAppsScript.Document.Paragraph>(true);
registerElementClass('PARAGRAPH', FakeParagraph);

/**
 * Body: developers.google.com/apps-script/reference/document/body
 * "The Body may contain ListItem, Paragraph, Table, and TableOfContents elements."
 */
import { assertGoogleShape } from '../../core/typing';
import { requireDetached } from './element';
import { PARAGRAPH_HEADING_NAMES, enumName } from './enums';
import { DOCUMENT_ERRORS } from './errors';
import { appendChild, DocNode, newNode, newParagraph } from './model';
import { PageSectionBase } from './section';
import { nodeOf, registerElementClass } from './session';

type B = GoogleAppsScript.Document.Body;
type PageBreak = GoogleAppsScript.Document.PageBreak;

/** A new Google Doc: US Letter, one-inch margins (in points). */
const PAGE_DEFAULTS: Record<string, number> = {
  MARGIN_TOP: 72,
  MARGIN_BOTTOM: 72,
  MARGIN_LEFT: 72,
  MARGIN_RIGHT: 72,
  PAGE_WIDTH: 612,
  PAGE_HEIGHT: 792,
};

export class FakeBody extends PageSectionBase {
  private pageNumber(method: string, key: string): number {
    this.charge(method);
    return (this.node.attrs[key] ?? PAGE_DEFAULTS[key]) as number;
  }

  private setPageNumber(method: string, key: string, value: unknown): B {
    this.charge(method);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new Error(DOCUMENT_ERRORS.invalidArgument(key.toLowerCase()));
    }
    this.node.attrs[key] = value;
    return this.self();
  }

  private pageBreakNode(pageBreak: unknown): DocNode {
    if (pageBreak === undefined || pageBreak === null) return newNode('PAGE_BREAK');
    const node = requireDetached(nodeOf(pageBreak, 'pageBreak'));
    if (node.type !== 'PAGE_BREAK') throw new Error(DOCUMENT_ERRORS.invalidArgument('pageBreak'));
    return node;
  }

  /** A page break sits in a paragraph of its own. */
  appendPageBreak(pageBreak?: PageBreak | null): PageBreak {
    this.charge('appendPageBreak');
    const holder = appendChild(this.node, newParagraph(''));
    return this.wrapNode<PageBreak>(appendChild(holder, this.pageBreakNode(pageBreak)));
  }

  insertPageBreak(childIndex: number, pageBreak?: PageBreak | null): PageBreak {
    this.charge('insertPageBreak');
    const holder = this.insertAtIndex(childIndex, newParagraph(''));
    return this.wrapNode<PageBreak>(appendChild(holder, this.pageBreakNode(pageBreak)));
  }

  getHeadingAttributes(paragraphHeading: GoogleAppsScript.Document.ParagraphHeading): object {
    this.charge('getHeadingAttributes');
    const name = enumName(paragraphHeading, PARAGRAPH_HEADING_NAMES, 'paragraphHeading');
    const styles = (this.node.attrs.__headingStyles ?? {}) as Record<string, object>;
    return { ...(styles[name] ?? {}) };
  }

  setHeadingAttributes(
    paragraphHeading: GoogleAppsScript.Document.ParagraphHeading,
    attributes: object,
  ): B {
    this.charge('setHeadingAttributes');
    const name = enumName(paragraphHeading, PARAGRAPH_HEADING_NAMES, 'paragraphHeading');
    const styles = (this.node.attrs.__headingStyles ?? {}) as Record<string, object>;
    this.node.attrs.__headingStyles = { ...styles, [name]: { ...attributes } };
    return this.self();
  }

  getMarginBottom(): number {
    return this.pageNumber('getMarginBottom', 'MARGIN_BOTTOM');
  }
  getMarginLeft(): number {
    return this.pageNumber('getMarginLeft', 'MARGIN_LEFT');
  }
  getMarginRight(): number {
    return this.pageNumber('getMarginRight', 'MARGIN_RIGHT');
  }
  getMarginTop(): number {
    return this.pageNumber('getMarginTop', 'MARGIN_TOP');
  }
  getPageHeight(): number {
    return this.pageNumber('getPageHeight', 'PAGE_HEIGHT');
  }
  getPageWidth(): number {
    return this.pageNumber('getPageWidth', 'PAGE_WIDTH');
  }
  setMarginBottom(marginBottom: number): B {
    return this.setPageNumber('setMarginBottom', 'MARGIN_BOTTOM', marginBottom);
  }
  setMarginLeft(marginLeft: number): B {
    return this.setPageNumber('setMarginLeft', 'MARGIN_LEFT', marginLeft);
  }
  setMarginRight(marginRight: number): B {
    return this.setPageNumber('setMarginRight', 'MARGIN_RIGHT', marginRight);
  }
  setMarginTop(marginTop: number): B {
    return this.setPageNumber('setMarginTop', 'MARGIN_TOP', marginTop);
  }
  setPageHeight(pageHeight: number): B {
    return this.setPageNumber('setPageHeight', 'PAGE_HEIGHT', pageHeight);
  }
  setPageWidth(pageWidth: number): B {
    return this.setPageNumber('setPageWidth', 'PAGE_WIDTH', pageWidth);
  }
}
assertGoogleShape<FakeBody, GoogleAppsScript.Document.Body>(true);
registerElementClass('BODY_SECTION', FakeBody);

/**
 * Google Docs: every DocumentApp call of the use cases, and the one styling rule of the documents
 * the add-on writes (default templates, the annual report's template, the disclosure file).
 * Errors propagate as DocumentApp throws them; the callers tell a missing document from a failing
 * service.
 */
import type { Align } from '../domain/documents/templates';

type Document = GoogleAppsScript.Document.Document;

/** DocumentApp's answers for a document that is not there or not shared (not a failed service). */
export const DOCUMENT_MISSING = /Document is missing|No item with the given ID could be found/i;
type Paragraph = GoogleAppsScript.Document.Paragraph;

/** A new document in the root of My Drive (DocumentApp can create nowhere else). */
export function createDocument(name: string): Document {
  return DocumentApp.create(name);
}

export function openDocumentById(id: string): Document {
  return DocumentApp.openById(id);
}

export function openDocumentByUrl(url: string): Document {
  return DocumentApp.openByUrl(url);
}

/** A block written as a paragraph: a title, a heading or a paragraph (others are left as they are). */
export interface StyledBlock {
  type: string;
  align?: Align;
}

/**
 * How a written block looks: a title is TITLE and centred, a heading takes `heading`, a paragraph
 * its alignment (left is the default, so no call). One call per setting, none for plain text.
 */
export function styleParagraph(
  paragraph: Paragraph,
  block: StyledBlock,
  heading: 'HEADING2' | 'HEADING3',
): void {
  if (block.type === 'title') {
    paragraph.setHeading(DocumentApp.ParagraphHeading.TITLE);
    paragraph.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  } else if (block.type === 'heading') {
    paragraph.setHeading(DocumentApp.ParagraphHeading[heading]);
  } else if (block.type === 'paragraph' && block.align === 'right') {
    paragraph.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
  } else if (block.type === 'paragraph' && block.align === 'center') {
    paragraph.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  }
}

/** Whether a body paragraph is a list item (one getType call). */
export function isListItem(paragraph: Paragraph): boolean {
  return paragraph.getType() === DocumentApp.ElementType.LIST_ITEM;
}

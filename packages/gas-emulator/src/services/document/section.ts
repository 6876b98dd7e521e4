/**
 * What Body, HeaderSection, FooterSection and TableCell share: they hold paragraphs, list items
 * and tables (developers.google.com/apps-script/reference/document/body and friends).
 *
 * Two structural rules of Google Docs are kept here: a section always ends with a paragraph (so
 * a table appended last is followed by an empty paragraph, and the last paragraph cannot be
 * removed), and a new section or cell starts with one empty paragraph.
 */
import { ContainerBase } from './container';
import { removeNode, requireDetached } from './element';
import { DOCUMENT_ERRORS } from './errors';
import { appendChild, DocNode, newNode, newParagraph, newTable, PARAGRAPH_TYPES } from './model';
import { assignList } from './listItem';
import { nodeOf } from './session';
import { checkDocumentSize } from './textView';

type Element = GoogleAppsScript.Document.Element;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;
type Table = GoogleAppsScript.Document.Table;

/** A string[][] argument: rows of cell strings (ragged rows are padded with empty cells). */
function tableCells(cells: unknown): string[][] {
  if (!Array.isArray(cells) || cells.some((row) => !Array.isArray(row))) {
    throw new Error(DOCUMENT_ERRORS.invalidArgument('cells'));
  }
  const width = Math.max(0, ...cells.map((row: unknown[]) => row.length));
  return cells.map((row: unknown[]) =>
    Array.from({ length: width }, (_, i) =>
      row[i] === undefined || row[i] === null ? '' : String(row[i]),
    ),
  );
}

export class FlowSectionBase extends ContainerBase {
  /** A paragraph-like argument: text makes a new one, an element must be detached. */
  private block(value: unknown, type: 'PARAGRAPH' | 'LIST_ITEM', argName: string): DocNode {
    if (typeof value === 'object' && value !== null) {
      const node = requireDetached(nodeOf(value, argName));
      if (node.type !== type) throw new Error(DOCUMENT_ERRORS.invalidArgument(argName));
      return node;
    }
    return newParagraph(String(value), type);
  }

  private tableArgument(value: unknown): DocNode {
    if (value === undefined || value === null) return newNode('TABLE', { BORDER_WIDTH: 1 });
    if (Array.isArray(value)) return newTable(tableCells(value));
    const node = requireDetached(nodeOf(value, 'table'));
    if (node.type !== 'TABLE') throw new Error(DOCUMENT_ERRORS.invalidArgument('table'));
    return node;
  }

  /** Places a list item and links it to the list before it. */
  private placeListItem(index: number, item: DocNode): DocNode {
    const placed = this.insertAtIndex(index, item);
    assignList(placed, this.node.children[this.node.children.indexOf(placed) - 1]);
    return placed;
  }

  /** Keeps the section ending with a paragraph after a table lands last. */
  protected endWithParagraph(): void {
    const last = this.node.children[this.node.children.length - 1];
    if (!last || !PARAGRAPH_TYPES.has(last.type)) appendChild(this.node, newParagraph(''));
  }

  appendParagraph(paragraph: string | Paragraph): Paragraph {
    this.charge('appendParagraph');
    const node = appendChild(this.node, this.block(paragraph, 'PARAGRAPH', 'paragraph'));
    checkDocumentSize(this.node);
    return this.wrapNode<Paragraph>(node);
  }

  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    this.charge('insertParagraph');
    const node = this.insertAtIndex(childIndex, this.block(paragraph, 'PARAGRAPH', 'paragraph'));
    checkDocumentSize(this.node);
    return this.wrapNode<Paragraph>(node);
  }

  appendListItem(listItem: string | ListItem): ListItem {
    this.charge('appendListItem');
    const item = this.block(listItem, 'LIST_ITEM', 'listItem');
    const node = this.placeListItem(this.node.children.length, item);
    checkDocumentSize(this.node);
    return this.wrapNode<ListItem>(node);
  }

  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    this.charge('insertListItem');
    const node = this.placeListItem(childIndex, this.block(listItem, 'LIST_ITEM', 'listItem'));
    checkDocumentSize(this.node);
    return this.wrapNode<ListItem>(node);
  }

  appendTable(cellsOrTable?: string[][] | Table | null): Table {
    this.charge('appendTable');
    const table = appendChild(this.node, this.tableArgument(cellsOrTable));
    this.endWithParagraph();
    checkDocumentSize(this.node);
    return this.wrapNode<Table>(table);
  }

  insertTable(childIndex: number, cellsOrTable?: string[][] | Table | null): Table {
    this.charge('insertTable');
    const table = this.insertAtIndex(childIndex, this.tableArgument(cellsOrTable));
    this.endWithParagraph();
    checkDocumentSize(this.node);
    return this.wrapNode<Table>(table);
  }

  /** A horizontal rule lives inside a paragraph: a new one holding it. */
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.charge('appendHorizontalRule');
    const holder = appendChild(this.node, newParagraph(''));
    return this.wrapNode(appendChild(holder, newNode('HORIZONTAL_RULE')));
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    this.charge('insertHorizontalRule');
    const holder = this.insertAtIndex(childIndex, newParagraph(''));
    return this.wrapNode(appendChild(holder, newNode('HORIZONTAL_RULE')));
  }

  removeChild(child: Element): Element {
    this.charge('removeChild');
    removeNode(this.requireChild(child));
    return this.self();
  }

  /** "Sets the contents … as plain text": one paragraph per line. */
  setText(text: string): Element {
    this.charge('setText');
    this.clearContents();
    for (const line of String(text).split(/\r\n|\n/)) appendChild(this.node, newParagraph(line));
    checkDocumentSize(this.node);
    return this.self();
  }

  /** Clearing leaves the one empty paragraph a section cannot do without. */
  override clear(): Element {
    this.charge('clear');
    this.clearContents();
    appendChild(this.node, newParagraph(''));
    return this.self();
  }
}

/** Body, header and footer: also list their paragraphs, list items and tables. */
export class PageSectionBase extends FlowSectionBase {
  /** "Retrieves all the Paragraphs contained in the section (including ListItems)." */
  getParagraphs(): Paragraph[] {
    this.charge('getParagraphs');
    return this.descendantsOf('PARAGRAPH', 'LIST_ITEM');
  }

  getListItems(): ListItem[] {
    this.charge('getListItems');
    return this.descendantsOf('LIST_ITEM');
  }

  getTables(): Table[] {
    this.charge('getTables');
    return this.descendantsOf('TABLE');
  }

  getImages(): GoogleAppsScript.Document.InlineImage[] {
    this.charge('getImages');
    return [];
  }

  private descendantsOf<T>(...types: string[]): T[] {
    const out: T[] = [];
    const walk = (node: DocNode) => {
      for (const child of node.children) {
        if (types.includes(child.type)) out.push(this.wrapNode<T>(child));
        walk(child);
      }
    };
    walk(this.node);
    return out;
  }
}

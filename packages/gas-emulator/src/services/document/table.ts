/**
 * Table, TableRow, TableCell:
 * developers.google.com/apps-script/reference/document/table, …/table-row, …/table-cell
 * "A Table may only contain TableRow elements", rows hold cells, and a cell holds paragraphs,
 * list items and tables like a section.
 */
import { assertGoogleShape } from '../../core/typing';
import { ContainerBase } from './container';
import { removeNode, requireDetached } from './element';
import { VERTICAL_ALIGNMENT_NAMES, enumName } from './enums';
import { DOCUMENT_ERRORS } from './errors';
import { appendChild, DocNode, newCell, newNode } from './model';
import { FlowSectionBase } from './section';
import { nodeOf, registerElementClass } from './session';

type Table = GoogleAppsScript.Document.Table;
type TableRow = GoogleAppsScript.Document.TableRow;
type TableCell = GoogleAppsScript.Document.TableCell;
type Element = GoogleAppsScript.Document.Element;

function setOrClear(node: DocNode, key: string, value: unknown): void {
  if (value === null || value === undefined) delete node.attrs[key];
  else node.attrs[key] = value;
}

function requireColor(color: unknown, arg: string): string | null {
  if (color === null) return null;
  if (!/^#[0-9a-fA-F]{6}$/.test(String(color)))
    throw new Error(DOCUMENT_ERRORS.invalidArgument(arg));
  return String(color);
}

function requireNumber(value: unknown, arg: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(DOCUMENT_ERRORS.invalidArgument(arg));
  }
  return value;
}

export class FakeTable extends ContainerBase {
  private rowArgument(tableRow: unknown): DocNode {
    if (tableRow === undefined || tableRow === null) return newNode('TABLE_ROW');
    const node = requireDetached(nodeOf(tableRow, 'tableRow'));
    if (node.type !== 'TABLE_ROW') throw new Error(DOCUMENT_ERRORS.invalidArgument('tableRow'));
    return node;
  }

  private rowAt(rowIndex: number): DocNode {
    const index = Number(rowIndex);
    const count = this.node.children.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new Error(DOCUMENT_ERRORS.rowIndex(index, count));
    }
    return this.node.children[index];
  }

  appendTableRow(tableRow?: TableRow): TableRow {
    this.charge('appendTableRow');
    return this.wrapNode<TableRow>(appendChild(this.node, this.rowArgument(tableRow)));
  }

  insertTableRow(childIndex: number, tableRow?: TableRow | null): TableRow {
    this.charge('insertTableRow');
    return this.wrapNode<TableRow>(this.insertAtIndex(childIndex, this.rowArgument(tableRow)));
  }

  getNumRows(): number {
    this.charge('getNumRows', 'local');
    return this.node.children.length;
  }

  getRow(rowIndex: number): TableRow {
    this.charge('getRow', 'local');
    return this.wrapNode<TableRow>(this.rowAt(rowIndex));
  }

  getCell(rowIndex: number, cellIndex: number): TableCell {
    this.charge('getCell', 'local');
    const row = this.rowAt(rowIndex);
    const index = Number(cellIndex);
    if (!Number.isInteger(index) || index < 0 || index >= row.children.length) {
      throw new Error(DOCUMENT_ERRORS.cellIndex(index, row.children.length));
    }
    return this.wrapNode<TableCell>(row.children[index]);
  }

  /** "Removes the TableRow at the specified row index." Returns the removed row. */
  removeRow(rowIndex: number): TableRow {
    this.charge('removeRow');
    const row = this.rowAt(rowIndex);
    removeNode(row);
    return this.wrapNode<TableRow>(row);
  }

  removeChild(child: Element): Table {
    this.charge('removeChild');
    removeNode(this.requireChild(child));
    return this.self();
  }

  override clear(): Table {
    this.charge('clear');
    this.clearContents();
    return this.self();
  }

  getBorderColor(): string {
    this.charge('getBorderColor');
    return (this.node.attrs.BORDER_COLOR ?? null) as string;
  }

  setBorderColor(color: string): Table {
    this.charge('setBorderColor');
    setOrClear(this.node, 'BORDER_COLOR', requireColor(color, 'color'));
    return this.self();
  }

  getBorderWidth(): number {
    this.charge('getBorderWidth');
    return (this.node.attrs.BORDER_WIDTH ?? null) as number;
  }

  setBorderWidth(width: number): Table {
    this.charge('setBorderWidth');
    this.node.attrs.BORDER_WIDTH = requireNumber(width, 'width');
    return this.self();
  }

  /** Width in points; null for a column left at its automatic width. */
  getColumnWidth(columnIndex: number): number {
    this.charge('getColumnWidth');
    const widths = (this.node.attrs.__columnWidths ?? {}) as Record<number, number>;
    return widths[Number(columnIndex)] ?? (null as unknown as number);
  }

  setColumnWidth(columnIndex: number, width: number): Table {
    this.charge('setColumnWidth');
    const widths = (this.node.attrs.__columnWidths ?? {}) as Record<number, number>;
    this.node.attrs.__columnWidths = {
      ...widths,
      [Number(columnIndex)]: requireNumber(width, 'width'),
    };
    return this.self();
  }

  getLinkUrl(): string {
    this.charge('getLinkUrl');
    return this.linkUrl();
  }

  setLinkUrl(url: string): Table {
    this.charge('setLinkUrl');
    this.setLink(url);
    return this.self();
  }
}
assertGoogleShape<FakeTable, GoogleAppsScript.Document.Table>(true);
registerElementClass('TABLE', FakeTable);

export class FakeTableRow extends ContainerBase {
  private cellArgument(value: unknown): DocNode {
    if (value === undefined || value === null) return newCell('');
    if (typeof value === 'object') {
      const node = requireDetached(nodeOf(value, 'tableCell'));
      if (node.type !== 'TABLE_CELL') throw new Error(DOCUMENT_ERRORS.invalidArgument('tableCell'));
      return node;
    }
    return newCell(String(value));
  }

  private cellAt(cellIndex: number): DocNode {
    const index = Number(cellIndex);
    const count = this.node.children.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new Error(DOCUMENT_ERRORS.cellIndex(index, count));
    }
    return this.node.children[index];
  }

  appendTableCell(textContentsOrCell?: string | TableCell | null): TableCell {
    this.charge('appendTableCell');
    return this.wrapNode<TableCell>(appendChild(this.node, this.cellArgument(textContentsOrCell)));
  }

  insertTableCell(childIndex: number, textContentsOrCell?: string | TableCell | null): TableCell {
    this.charge('insertTableCell');
    return this.wrapNode<TableCell>(
      this.insertAtIndex(childIndex, this.cellArgument(textContentsOrCell)),
    );
  }

  getCell(cellIndex: number): TableCell {
    this.charge('getCell', 'local');
    return this.wrapNode<TableCell>(this.cellAt(cellIndex));
  }

  getNumCells(): number {
    this.charge('getNumCells', 'local');
    return this.node.children.length;
  }

  removeCell(cellIndex: number): TableCell {
    this.charge('removeCell');
    const cell = this.cellAt(cellIndex);
    removeNode(cell);
    return this.wrapNode<TableCell>(cell);
  }

  removeChild(child: Element): TableRow {
    this.charge('removeChild');
    removeNode(this.requireChild(child));
    return this.self();
  }

  override clear(): TableRow {
    this.charge('clear');
    this.clearContents();
    return this.self();
  }

  getParentTable(): Table {
    this.charge('getParentTable', 'local');
    return this.wrapNode<Table>(this.node.parent);
  }

  getMinimumHeight(): number {
    this.charge('getMinimumHeight');
    return (this.node.attrs.MINIMUM_HEIGHT ?? 0) as number;
  }

  setMinimumHeight(minHeight: number): TableRow {
    this.charge('setMinimumHeight');
    this.node.attrs.MINIMUM_HEIGHT = requireNumber(minHeight, 'minHeight');
    return this.self();
  }

  getLinkUrl(): string {
    this.charge('getLinkUrl');
    return this.linkUrl();
  }

  setLinkUrl(url: string): TableRow {
    this.charge('setLinkUrl');
    this.setLink(url);
    return this.self();
  }
}
assertGoogleShape<FakeTableRow, GoogleAppsScript.Document.TableRow>(true);
registerElementClass('TABLE_ROW', FakeTableRow);

export class FakeTableCell extends FlowSectionBase {
  private numberAttr(method: string, key: string, fallback: number | null): number {
    this.charge(method);
    return (this.node.attrs[key] ?? fallback) as number;
  }

  private setNumberAttr(method: string, key: string, value: unknown): TableCell {
    this.charge(method);
    this.node.attrs[key] = requireNumber(value, key.toLowerCase());
    return this.self();
  }

  getParentRow(): TableRow {
    this.charge('getParentRow', 'local');
    return this.wrapNode<TableRow>(this.node.parent);
  }

  getParentTable(): Table {
    this.charge('getParentTable', 'local');
    return this.wrapNode<Table>(this.node.parent?.parent);
  }

  getBackgroundColor(): string {
    this.charge('getBackgroundColor');
    return (this.node.attrs.BACKGROUND_COLOR ?? null) as string;
  }

  setBackgroundColor(color: string): TableCell {
    this.charge('setBackgroundColor');
    setOrClear(this.node, 'BACKGROUND_COLOR', requireColor(color, 'color'));
    return this.self();
  }

  /** Merged cells are not modeled: every cell spans one row and one column. */
  getColSpan(): number {
    this.charge('getColSpan');
    return 1;
  }

  getRowSpan(): number {
    this.charge('getRowSpan');
    return 1;
  }

  getPaddingBottom(): number {
    return this.numberAttr('getPaddingBottom', 'PADDING_BOTTOM', 5);
  }
  getPaddingLeft(): number {
    return this.numberAttr('getPaddingLeft', 'PADDING_LEFT', 5);
  }
  getPaddingRight(): number {
    return this.numberAttr('getPaddingRight', 'PADDING_RIGHT', 5);
  }
  getPaddingTop(): number {
    return this.numberAttr('getPaddingTop', 'PADDING_TOP', 5);
  }
  setPaddingBottom(paddingBottom: number): TableCell {
    return this.setNumberAttr('setPaddingBottom', 'PADDING_BOTTOM', paddingBottom);
  }
  setPaddingLeft(paddingLeft: number): TableCell {
    return this.setNumberAttr('setPaddingLeft', 'PADDING_LEFT', paddingLeft);
  }
  setPaddingRight(paddingRight: number): TableCell {
    return this.setNumberAttr('setPaddingRight', 'PADDING_RIGHT', paddingRight);
  }
  setPaddingTop(paddingTop: number): TableCell {
    return this.setNumberAttr('setPaddingTop', 'PADDING_TOP', paddingTop);
  }

  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    this.charge('getVerticalAlignment');
    return (this.node.attrs.VERTICAL_ALIGNMENT ??
      'TOP') as GoogleAppsScript.Document.VerticalAlignment;
  }

  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): TableCell {
    this.charge('setVerticalAlignment');
    this.node.attrs.VERTICAL_ALIGNMENT = enumName(alignment, VERTICAL_ALIGNMENT_NAMES, 'alignment');
    return this.self();
  }

  getWidth(): number {
    return this.numberAttr('getWidth', 'WIDTH', null);
  }

  setWidth(width: number): TableCell {
    return this.setNumberAttr('setWidth', 'WIDTH', width);
  }

  getLinkUrl(): string {
    this.charge('getLinkUrl');
    return this.linkUrl();
  }

  setLinkUrl(url: string): TableCell {
    this.charge('setLinkUrl');
    this.setLink(url);
    return this.self();
  }
}
assertGoogleShape<FakeTableCell, GoogleAppsScript.Document.TableCell>(true);
registerElementClass('TABLE_CELL', FakeTableCell);

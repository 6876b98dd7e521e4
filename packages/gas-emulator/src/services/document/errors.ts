/**
 * DocumentApp error messages, in one table. "observed" = Apps Script's own text as scripts meet it
 * (public bug reports); "assumed" = the emulator's wording where Google documents a failure but
 * not its text.
 */
export const DOCUMENT_ERRORS = {
  /** observed (gas-fakes issue #45): any call through a Document after saveAndClose(). */
  closed: 'Document is closed, its contents cannot be updated.',
  /** observed: DocumentApp.openById with an unknown, trashed or unreadable id. */
  missing: "Document is missing (perhaps it was deleted, or you don't have read access?)",
  /** observed wording of Apps Script's bad-argument errors. */
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  /** observed (gas-fakes issue #51): removing / clearing away a section's last paragraph. */
  lastParagraph: "Can't remove the last paragraph in a document section.",
  /** observed: appending or inserting an element that already sits in a document. */
  notDetached: 'Element must be detached.',
  /** observed: Container.getChild(i) past the end. */
  childIndex: (index: number, count: number) =>
    `Child index (${index}) must be less than the number of child elements (${count}).`,
  /** assumed: insertX(i, …) past the end (insertion may equal the count). */
  insertIndex: (index: number, count: number) =>
    `Index (${index}) must be less than or equal to the number of child elements (${count}).`,
  /** assumed: a Text offset outside the text. */
  offset: (offset: number, length: number) =>
    `Index (${offset}) must be less than the content length (${length}).`,
  /** assumed: insertText past the end. */
  insertOffset: (offset: number, length: number) =>
    `Index (${offset}) must be less than or equal to the content length (${length}).`,
  /** assumed: a range whose end is before its start. */
  badRange: (start: number, end: number) =>
    `Invalid range: end offset (${end}) is before start offset (${start}).`,
  /** assumed: Element.asX() on an element of another type. */
  invalidCast: (from: string, to: string) => `Cannot cast element of type ${from} to ${to}.`,
  /** assumed: the element is not a child of this container (removeChild, getChildIndex). */
  notAChild: 'Element is not a child of this element.',
  /** assumed: RE2 refused the search pattern (syntax error or unsupported feature). */
  badPattern: (pattern: string, why: string) =>
    `Invalid argument: searchPattern (${why}): ${pattern}`,
  /** assumed: a document already has a header/footer (addHeader twice). */
  sectionExists: (kind: 'header' | 'footer') => `Document already has a ${kind}.`,
  /** assumed: Table.getCell / getRow out of range. */
  rowIndex: (index: number, count: number) =>
    `Row index (${index}) must be less than the number of rows (${count}).`,
  cellIndex: (index: number, count: number) =>
    `Cell index (${index}) must be less than the number of cells (${count}).`,
  /** assumed: a table needs rectangular, non-empty cells. */
  tableCells: 'Invalid argument: cells (a table needs at least one row and one cell)',
  /** documented: "Documents ... are limited to 1.02 million characters" (Docs size limits). */
  tooLarge: 'Document size exceeds the limit of 1,020,000 characters.',
  /** assumed: DocumentApp.getUi() outside a document-bound execution with an editor open. */
  noUi: 'Cannot call DocumentApp.getUi() from this context.',
  /** the emulator does not model this part of the service. */
  unsupported: (what: string) => `Emulator: ${what} is not supported by the DocumentApp emulator`,
};

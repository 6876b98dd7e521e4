/**
 * The bytes behind a Drive file: stored bytes for uploaded files, and for Google Docs / Sheets
 * what Drive exports (PDF, Markdown). File.getBlob() and File.getAs() are built on this.
 * developers.google.com/apps-script/reference/drive/file#getAs(String)
 */
import type { Workspace } from '../../workspace';
import { decodeBytes, encodeString, makeBlob, renameForType } from '../blob';
import { DRIVE_ERRORS } from './errors';
import { renderDocumentPdf, renderPdf } from './pdf';
import { GOOGLE_DOCS_MIME, GOOGLE_SHEETS_MIME, type DriveFileRecord } from './store';

const PDF = 'application/pdf';
const MARKDOWN = 'text/markdown';

/** Copies a Google Doc's content to a new id (File.makeCopy): DocumentApp owns the content. */
export function cloneGoogleDoc(ws: Workspace, fromId: string, toId: string): void {
  ws.documents.clone(fromId, toId);
}

/** The Doc's paragraphs (header, body, footer), as DocumentApp renders them. */
function paragraphsOfDoc(ws: Workspace, id: string): string[] {
  return ws.documents.renderText(id).split('\n');
}

function cellText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value ?? '');
}

/** Each sheet's name, then its rows as tab-separated values (Sheets' PDF export, reduced). */
function paragraphsOfSpreadsheet(ws: Workspace, id: string): string[] {
  const model = ws.spreadsheets.get(id);
  if (!model) return [];
  const lines: string[] = [];
  for (const sheet of model.sheets) {
    lines.push(sheet.name);
    const lastColumn = sheet.lastColumn();
    for (let r = 1; r <= sheet.lastRow(); r++) {
      const cells: string[] = [];
      for (let c = 1; c <= lastColumn; c++) cells.push(cellText(sheet.cell(r, c)?.value));
      lines.push(cells.join('\t'));
    }
  }
  return lines;
}

/** HTML as a browser would print it, roughly: tags dropped, block ends become line breaks. */
function paragraphsOfHtml(html: string): string[] {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|table|ul|ol)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return text.replace(/\n+$/, '').split('\n');
}

/** The searchable text of a file (DriveApp.searchFiles "fullText contains"). */
export function searchableText(ws: Workspace, record: DriveFileRecord): string {
  if (record.mimeType === GOOGLE_DOCS_MIME) return paragraphsOfDoc(ws, record.id).join('\n');
  if (record.mimeType === GOOGLE_SHEETS_MIME)
    return paragraphsOfSpreadsheet(ws, record.id).join('\n');
  if (record.bytes && record.mimeType.startsWith('text/')) return decodeBytes(record.bytes);
  return '';
}

function baseType(contentType: string): string {
  return String(contentType).split(';')[0].trim().toLowerCase();
}

/** Whether `getAs(contentType)` needs a real conversion (charged as 'convert'). */
export function isConversion(record: DriveFileRecord, contentType: string): boolean {
  return baseType(contentType) !== baseType(record.mimeType);
}

function blob(ws: Workspace, bytes: Uint8Array, type: string, name: string) {
  return makeBlob(bytes, type, name, { ws, service: 'DriveApp' });
}

function pdfOf(ws: Workspace, record: DriveFileRecord, paragraphs: string[]) {
  const bytes = renderPdf(paragraphs, { title: record.name, creationDate: ws.clock.date() });
  return blob(ws, bytes, PDF, renameForType(record.name, PDF) ?? `${record.name}.pdf`);
}

/**
 * File.getAs(contentType). "For most blobs, 'application/pdf' is the only valid option. For images
 * in BMP, GIF, JPEG, or PNG format, any of 'image/bmp', 'image/gif', 'image/jpeg', or 'image/png'
 * are also valid. For a Google Docs document, 'text/markdown' is also valid." Converting an
 * image to another image format is not emulated (no image codec here) and is refused.
 */
export function convertFile(
  ws: Workspace,
  record: DriveFileRecord,
  contentType: string,
): GoogleAppsScript.Base.Blob {
  const target = baseType(contentType);
  const refuse = () =>
    new Error(DRIVE_ERRORS.unsupportedConversion(record.mimeType, String(contentType)));
  if (record.mimeType === GOOGLE_DOCS_MIME) {
    if (target === PDF) {
      const model = ws.documents.get(record.id);
      if (!model) return pdfOf(ws, record, paragraphsOfDoc(ws, record.id));
      const bytes = renderDocumentPdf(model, { title: record.name, creationDate: ws.clock.date() });
      return blob(ws, bytes, PDF, renameForType(record.name, PDF) ?? `${record.name}.pdf`);
    }
    if (target === MARKDOWN) {
      const text = paragraphsOfDoc(ws, record.id).join('\n');
      return blob(ws, encodeString(text), MARKDOWN, `${record.name}.md`);
    }
    throw refuse();
  }
  if (record.mimeType === GOOGLE_SHEETS_MIME) {
    if (target === PDF) return pdfOf(ws, record, paragraphsOfSpreadsheet(ws, record.id));
    throw refuse();
  }
  if (!record.bytes) throw refuse(); // folders, forms, shortcuts: nothing to export
  const source = baseType(record.mimeType);
  if (target === source) {
    return blob(
      ws,
      new Uint8Array(record.bytes),
      record.mimeType,
      renameForType(record.name, target) ?? record.name,
    );
  }
  if (target === PDF && source.startsWith('text/')) {
    const text = decodeBytes(record.bytes);
    const paragraphs = source === 'text/html' ? paragraphsOfHtml(text) : text.split(/\r\n|\n|\r/);
    return pdfOf(ws, record, paragraphs);
  }
  throw refuse();
}

/**
 * File.getBlob(): the stored bytes, or for Google Docs and Sheets the PDF Drive exports (Apps
 * Script hands out a PDF for a Docs file's blob).
 */
export function blobOfFile(ws: Workspace, record: DriveFileRecord): GoogleAppsScript.Base.Blob {
  if (record.mimeType === GOOGLE_DOCS_MIME || record.mimeType === GOOGLE_SHEETS_MIME) {
    return convertFile(ws, record, PDF);
  }
  if (!record.bytes) {
    throw new Error(DRIVE_ERRORS.unsupportedConversion(record.mimeType, record.mimeType));
  }
  return blob(ws, new Uint8Array(record.bytes), record.mimeType, record.name);
}

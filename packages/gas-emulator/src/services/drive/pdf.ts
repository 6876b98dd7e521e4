/**
 * The PDFs Drive exports: File.getAs('application/pdf') / getBlob() of a Google Doc, a
 * spreadsheet or a text file, and DocumentApp's Document.getAs('application/pdf').
 *
 * Laid out with pdfkit (a PDF layout library) and Noto Sans JP embedded as a subset, as Google
 * embeds the fonts a document uses: a Doc keeps its headings, alignment, lists, tables and page
 * breaks (pdfLayout.ts); plain text (sheets, text files) is laid out as left-aligned paragraphs.
 * Characters the font has no glyph for (emoji, outside JIS) are drawn as 〓 (U+3013, the geta mark
 * Japanese typesetting uses for a missing glyph).
 *
 * Blob.getAs is synchronous in Apps Script, so generation is too: pdfkit writes every chunk from
 * end() on the same tick into its stream's buffer, and read() takes them at once (its 'data'
 * events would come on a later tick, through the stream machinery).
 */
import PDFDocument from 'pdfkit';
import type { DocumentModel } from '../document/model';
import { pdfFont, sharedLayoutCache } from './pdfFonts';
import { BODY_SIZE, DocumentLayout, PDF_PAGE, faceName } from './pdfLayout';

export { PDF_PAGE } from './pdfLayout';
export { extractPdfLines, extractPdfText, pdfPageCount, type PdfLine } from './pdfText';

export interface PdfOptions {
  /** Document title (Info dictionary). */
  title?: string;
  /** CreationDate in the Info dictionary (the virtual clock's now). */
  creationDate?: Date;
  fontSize?: number;
}

const MISSING_GLYPH = '\u3013';

/** Text as the font can draw it: tabs as spaces, control characters dropped, no-glyph as 〓. */
function cleanText(text: string): string {
  const font = pdfFont('regular');
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n') out += ch;
    else if (code === 0x09) out += '    ';
    // U+000B is Docs' line break inside a paragraph.
    else if (code === 0x0b) out += '\n';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else out += font.hasGlyphForCodePoint(code) ? ch : MISSING_GLYPH;
  }
  return out;
}

/** Runs `draw` on a fresh A4 document with the Japanese faces registered; returns the bytes. */
function produce(options: PdfOptions, draw: (doc: PDFKit.PDFDocument) => void): Uint8Array {
  const info: PDFKit.DocumentInfo = {
    Producer: 'Google Docs Renderer',
    Creator: 'Google',
    // A fixed date without one keeps the bytes reproducible (the file id is a hash of Info).
    CreationDate: options.creationDate ?? new Date(0),
  };
  if (options.title !== undefined) info.Title = options.title;
  const doc = new PDFDocument({
    size: [PDF_PAGE.width, PDF_PAGE.height],
    margin: PDF_PAGE.margin,
    bufferPages: true,
    // Not the default Helvetica: reading its metrics again for every document costs time.
    font: pdfFont('regular') as unknown as string,
    info,
    pdfVersion: '1.4',
  });
  // pdfkit takes an already parsed font (anything with layout()), so the parse is shared; so is
  // its cache of laid-out text, which only depends on the font. The regular face is the
  // document's default font already: it is filed under its name so that font() finds it (pdfkit
  // would otherwise open it again on every call, to find it equal to the default).
  const internals = doc as unknown as {
    _font: { layoutCache?: object };
    _fontFamilies: Record<string, unknown>;
  };
  internals._fontFamilies[faceName('regular')] = internals._font;
  for (const face of ['regular', 'bold'] as const) {
    doc.registerFont(faceName(face), pdfFont(face) as unknown as ArrayBuffer);
    doc.font(faceName(face));
    internals._font.layoutCache = sharedLayoutCache(face);
  }
  doc.font(faceName('regular')).fontSize(options.fontSize ?? BODY_SIZE);
  draw(doc);
  doc.end();
  // Every chunk is buffered in the stream by now: read() hands them over at once.
  const bytes = doc.read() as Buffer | null;
  if (!bytes || !bytes.subarray(-8).toString('latin1').includes('%%EOF')) {
    throw new Error('PDF generation did not finish synchronously');
  }
  return new Uint8Array(bytes);
}

/**
 * Renders paragraphs of plain text (one string each; empty strings are blank lines) on A4 pages,
 * left-aligned. There is always at least one page, as in Docs.
 */
export function renderPdf(paragraphs: string[], options: PdfOptions = {}): Uint8Array {
  const size = options.fontSize ?? BODY_SIZE;
  return produce(options, (doc) => {
    const width = PDF_PAGE.width - 2 * PDF_PAGE.margin;
    // Docs' 1.15 line spacing, as pdfLayout.ts uses for a paragraph.
    const lineGap = doc.fontSize(size).currentLineHeight(true) * 0.15;
    for (const paragraph of paragraphs) {
      const text = cleanText(String(paragraph));
      if (text.trim() === '') {
        const height = doc.currentLineHeight(true) + lineGap;
        if (doc.y + height > doc.page.maxY()) doc.addPage();
        doc.y += height;
        continue;
      }
      doc.text(text, PDF_PAGE.margin, doc.y, { width, lineGap });
    }
  });
}

/** A Google Doc's PDF: header, body and footer as the document model holds them. */
export function renderDocumentPdf(model: DocumentModel, options: PdfOptions = {}): Uint8Array {
  return produce(options, (doc) => new DocumentLayout(doc, cleanText).render(model));
}

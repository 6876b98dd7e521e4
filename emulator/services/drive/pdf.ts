/**
 * A small, valid PDF 1.4 writer for text: what Drive's "download as PDF" of a Google Doc gives,
 * reduced to paragraphs of plain text on A4 pages.
 *
 * Japanese text uses the non-embedded CID font HeiseiKakuGo-W5 with the UniJIS-UCS2-H CMap (one
 * of the standard Japanese fonts PDF readers with the Adobe-Japan1 collection substitute), so
 * strings are written as UTF-16BE hex. Characters outside the BMP (UCS-2 cannot carry them) are
 * written as 〓 (U+3013, the geta mark Japanese typesetting uses for a missing glyph).
 */

export interface PdfOptions {
  /** Document title (Info dictionary). */
  title?: string;
  /** CreationDate in the Info dictionary (the virtual clock's now). */
  creationDate?: Date;
  fontSize?: number;
}

export const PDF_PAGE = {
  /** A4 in points, as Google Docs' default page size for the ja locale. */
  width: 595.28,
  height: 841.89,
  /** One-inch margins, Google Docs' default. */
  margin: 72,
};

const FONT_SIZE = 11;
const LINE_HEIGHT_FACTOR = 1.5;
const MISSING_GLYPH = 0x3013;

/** Half-width (ASCII, half-width katakana) characters are 0.5 em wide, the rest 1 em. */
function charWidthEm(code: number): number {
  if (code < 0x80) return 0.5;
  if (code >= 0xff61 && code <= 0xff9f) return 0.5;
  return 1;
}

/** UCS-2 code units of `text`, with non-BMP characters replaced. */
function ucs2(text: string): number[] {
  const codes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x09) codes.push(0x20, 0x20, 0x20, 0x20);
    else if (code < 0x20) continue;
    else codes.push(code > 0xffff ? MISSING_GLYPH : code);
  }
  return codes;
}

/** Splits paragraphs into lines that fit the text width (Docs wraps anywhere in Japanese). */
export function wrapLines(paragraphs: string[], maxWidthEm: number): number[][] {
  const lines: number[][] = [];
  for (const paragraph of paragraphs) {
    // Docs uses U+000B (vertical tab) for a line break inside a paragraph.
    const softBreak = String.fromCharCode(0x0b);
    for (const rawLine of String(paragraph)
      .split(softBreak)
      .join('\n')
      .split(/\r\n|\r|\n/)) {
      const codes = ucs2(rawLine);
      let line: number[] = [];
      let width = 0;
      for (const code of codes) {
        const w = charWidthEm(code);
        if (width + w > maxWidthEm && line.length > 0) {
          lines.push(line);
          line = [];
          width = 0;
        }
        line.push(code);
        width += w;
      }
      lines.push(line);
    }
  }
  return lines;
}

function hex(codes: number[]): string {
  return codes.map((c) => c.toString(16).padStart(4, '0').toUpperCase()).join('');
}

/** A PDF text string in UTF-16BE with byte order mark, as the spec allows for Info entries. */
function textString(text: string): string {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return `<FEFF${hex(codes)}>`;
}

function pdfDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}${p(
    date.getUTCHours(),
  )}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z)`;
}

/**
 * Renders paragraphs (one string each; empty strings are blank lines) into PDF bytes. There is
 * always at least one page, as in Docs.
 */
export function renderPdf(paragraphs: string[], options: PdfOptions = {}): Uint8Array {
  const fontSize = options.fontSize ?? FONT_SIZE;
  const leading = fontSize * LINE_HEIGHT_FACTOR;
  const textWidth = PDF_PAGE.width - 2 * PDF_PAGE.margin;
  const textHeight = PDF_PAGE.height - 2 * PDF_PAGE.margin;
  const linesPerPage = Math.max(1, Math.floor(textHeight / leading));
  const lines = wrapLines(paragraphs, textWidth / fontSize);
  const pages: number[][][] = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  if (pages.length === 0) pages.push([]);

  // Object numbers: 1 catalog, 2 pages, 3 Type0 font, 4 CID font, 5 descriptor, 6 info,
  // then a page and its content stream per page.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 7 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${
    pages.length
  } >>`;
  objects[3] =
    '<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [4 0 R] >>';
  objects[4] =
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500 231 325 500 327 389 500] >>';
  objects[5] =
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 114 >>';
  const info = ['/Producer (Google Docs Renderer)'];
  if (options.title !== undefined) info.push(`/Title ${textString(options.title)}`);
  if (options.creationDate) info.push(`/CreationDate ${pdfDate(options.creationDate)}`);
  objects[6] = `<< ${info.join(' ')} >>`;
  pages.forEach((pageLines, i) => {
    const pageId = pageIds[i];
    const top = PDF_PAGE.height - PDF_PAGE.margin - fontSize;
    const body = pageLines.map((codes) => `<${hex(codes)}> Tj T*`).join('\n');
    const stream = `BT\n/F1 ${fontSize} Tf\n${leading} TL\n${PDF_PAGE.margin} ${top.toFixed(
      2,
    )} Td\n${body}\nET`;
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PDF_PAGE.width} ${PDF_PAGE.height}] ` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });

  // The file is ASCII except the binary-marker comment; latin1 keeps one byte per character so
  // string lengths are byte offsets.
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefOffset = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) {
    out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** The number of pages of a PDF this writer made (for tests and scenario checks). */
export function pdfPageCount(bytes: Uint8Array): number {
  const match = /\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(
    Buffer.from(bytes).toString('latin1'),
  );
  return match ? Number(match[1]) : 0;
}

/** The text lines of a PDF this writer made, decoded from its UTF-16BE hex strings. */
export function extractPdfText(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  for (const match of text.matchAll(/<([0-9A-F]*)> Tj/g)) {
    const codes = match[1].match(/.{4}/g) ?? [];
    lines.push(String.fromCharCode(...codes.map((c) => parseInt(c, 16))));
  }
  return lines;
}

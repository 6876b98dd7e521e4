/**
 * Lays a Google Doc (the emulator's document model, packages/gas-emulator/src/services/document/model.ts) out on
 * A4 pages with pdfkit, as Drive's "Download > PDF" does: paragraph headings, alignment (justified
 * Japanese spread by character spacing), indents, line spacing and spacing before and after, bold,
 * size, colour, underline and strikethrough of text runs, numbered and bulleted list items with
 * their nesting, tables with cell borders, widths and backgrounds, horizontal rules, page breaks,
 * header and footer on every page (pushing the body away when taller than their margin). Not
 * drawn: italics (Noto Sans JP has none), images, footnotes, a table row split over two pages.
 *
 * Line breaking is pdfkit's, which follows the Unicode line breaking algorithm (UAX #14, package
 * `linebreak`): that already keeps Japanese kinsoku rules — no break before 。、）」・ー or small
 * kana, none after （「 — so no line starts with 「。」.
 *
 * Sizes follow Google Docs' defaults (points): body 11, Title 26, Subtitle 15, Heading 1–6
 * 20/16/14/12/11/11, list indent 36 per level with the glyph 18 before the text, cell padding 5.
 */
import type { DocNode, DocumentModel, CharStyle } from '../document/model';
import { plainText, sameStyle } from '../document/model';
import type { PdfFace } from './pdfFonts';

type Doc = PDFKit.PDFDocument;

export const PDF_PAGE = {
  /** A4 in points, as Google Docs' default page size for the ja locale. */
  width: 595.28,
  height: 841.89,
  /** One-inch margins, Google Docs' default. */
  margin: 72,
  /** Header and footer sit half an inch from the page edge. */
  headerMargin: 36,
};

/** Body text size in points. */
export const BODY_SIZE = 11;
/** Docs' default line spacing: 1.15 times the font's own line height. */
const LINE_SPACING = 1.15;

interface HeadingStyle {
  size: number;
  before: number;
  after: number;
  color: string;
  face: PdfFace;
}

const HEADING_STYLES: Record<string, HeadingStyle> = {
  NORMAL: { size: BODY_SIZE, before: 0, after: 0, color: '#000000', face: 'regular' },
  TITLE: { size: 26, before: 0, after: 3, color: '#000000', face: 'regular' },
  SUBTITLE: { size: 15, before: 0, after: 16, color: '#666666', face: 'regular' },
  HEADING1: { size: 20, before: 20, after: 6, color: '#000000', face: 'regular' },
  HEADING2: { size: 16, before: 18, after: 6, color: '#000000', face: 'regular' },
  HEADING3: { size: 14, before: 16, after: 4, color: '#434343', face: 'regular' },
  HEADING4: { size: 12, before: 14, after: 4, color: '#666666', face: 'regular' },
  HEADING5: { size: 11, before: 12, after: 4, color: '#666666', face: 'regular' },
  HEADING6: { size: 11, before: 12, after: 4, color: '#666666', face: 'regular' },
};

const ALIGNMENTS: Record<string, 'left' | 'center' | 'right' | 'justify'> = {
  LEFT: 'left',
  CENTER: 'center',
  RIGHT: 'right',
  JUSTIFY: 'justify',
};

const LIST_INDENT = 36;
const GLYPH_GAP = 18;
const CELL_PADDING = 5;

/** The font name registered for a face (see drawing in pdf.ts). */
export function faceName(face: PdfFace): string {
  return face === 'bold' ? 'jp-bold' : 'jp-regular';
}

interface Box {
  x: number;
  width: number;
}

interface Run {
  text: string;
  face: PdfFace;
  size: number;
  color: string;
  underline: boolean;
  strike: boolean;
}

function toLatin(n: number, upper: boolean): string {
  let out = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) {
    out = String.fromCharCode(97 + ((v - 1) % 26)) + out;
  }
  return upper ? out.toUpperCase() : out;
}

function toRoman(n: number, upper: boolean): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let v = n;
  for (const [value, digits] of table) {
    while (v >= value) {
      out += digits;
      v -= value;
    }
  }
  return upper ? out.toUpperCase() : out;
}

/** Docs' bullets cycle ● ○ ■ by nesting level; the hollow and square kinds keep their glyph. */
const BULLETS = ['\u25cf', '\u25cb', '\u25a0'];

/** The glyph Docs draws before a list item: "1." "a." "i." or a bullet. */
export function listMarker(glyph: string, level: number, ordinal: number): string {
  switch (glyph) {
    case 'NUMBER':
      return `${ordinal}.`;
    case 'LATIN_UPPER':
      return `${toLatin(ordinal, true)}.`;
    case 'LATIN_LOWER':
      return `${toLatin(ordinal, false)}.`;
    case 'ROMAN_UPPER':
      return `${toRoman(ordinal, true)}.`;
    case 'ROMAN_LOWER':
      return `${toRoman(ordinal, false)}.`;
    case 'HOLLOW_BULLET':
      return BULLETS[1];
    case 'SQUARE_BULLET':
      return BULLETS[2];
    default:
      return BULLETS[level % BULLETS.length];
  }
}

/** Ordinals of list items: counted per list and level; a shallower item restarts deeper levels. */
class ListCounter {
  private readonly counts = new Map<string, number[]>();

  next(listId: string, level: number): number {
    const levels = this.counts.get(listId) ?? [];
    levels.length = Math.max(levels.length, level + 1);
    levels[level] = (levels[level] ?? 0) + 1;
    levels.length = level + 1; // deeper levels start again at 1
    this.counts.set(listId, levels);
    return levels[level];
  }
}

function numberAttr(node: DocNode, key: string): number | null {
  const value = node.attrs[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function runStyle(style: CharStyle, base: HeadingStyle): Omit<Run, 'text'> {
  return {
    face: style.BOLD === true ? 'bold' : style.BOLD === false ? 'regular' : base.face,
    size: typeof style.FONT_SIZE === 'number' && style.FONT_SIZE > 0 ? style.FONT_SIZE : base.size,
    color: typeof style.FOREGROUND_COLOR === 'string' ? style.FOREGROUND_COLOR : base.color,
    underline: style.UNDERLINE === true,
    strike: style.STRIKETHROUGH === true,
  };
}

/**
 * A paragraph's content split at page breaks: each piece is the runs of equal style (a line
 * break inside the paragraph, '\r' in the model, becomes '\n').
 */
function piecesOf(paragraph: DocNode, base: HeadingStyle): Run[][] {
  const pieces: Run[][] = [[]];
  for (const child of paragraph.children) {
    if (child.type === 'PAGE_BREAK') {
      pieces.push([]);
      continue;
    }
    if (child.type !== 'TEXT') continue;
    let start = 0;
    for (let i = 1; i <= child.text.length; i++) {
      if (i < child.text.length && sameStyle(child.styles[i], child.styles[start])) continue;
      const text = child.text.slice(start, i).replace(/\r/g, '\n');
      pieces[pieces.length - 1].push({ text, ...runStyle(child.styles[start] ?? {}, base) });
      start = i;
    }
  }
  return pieces;
}

/** Kana, kanji and full-width forms: a line holding them is justified by spacing characters. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

type Fragment = (text: string, x: number, y: number, options: Record<string, unknown>) => void;

/**
 * Justified Japanese: pdfkit justifies by widening spaces, which Japanese text has none of, so a
 * full line of it (every line but a paragraph's last, which pdfkit draws left-aligned) is
 * spread by character spacing to the full width instead, as Docs and Word do. pdfkit draws each
 * line through the document's _fragment(); this wraps it on this document only.
 */
function justifyJapanese(doc: Doc): void {
  const target = doc as unknown as { _fragment: Fragment };
  const draw = target._fragment.bind(doc);
  target._fragment = (text, x, y, options) => {
    const lineWidth = Number(options.lineWidth ?? 0);
    const chars = [...text.replace(/\s+$/, '')];
    if (options.align !== 'justify' || chars.length < 2 || !JAPANESE.test(text)) {
      draw(text, x, y, options);
      return;
    }
    const natural = doc.widthOfString(chars.join(''), { ...options, characterSpacing: 0 });
    const spacing = Math.max(0, (lineWidth - natural) / (chars.length - 1));
    draw(chars.join(''), x, y, { ...options, align: 'left', characterSpacing: spacing });
  };
}

/** Draws a document model onto a pdfkit document whose fonts are registered (see pdf.ts). */
export class DocumentLayout {
  private readonly lists = new ListCounter();

  constructor(
    private readonly doc: Doc,
    private readonly clean: (text: string) => string,
  ) {
    justifyJapanese(doc);
  }

  private get content(): Box {
    return { x: PDF_PAGE.margin, width: PDF_PAGE.width - 2 * PDF_PAGE.margin };
  }

  /** The space added below each line for a paragraph's line spacing (LINE_SPACING, a factor). */
  private lineGap(node: DocNode, face: PdfFace, size: number): number {
    const spacing = numberAttr(node, 'LINE_SPACING') ?? LINE_SPACING;
    this.doc.font(faceName(face)).fontSize(size);
    return Math.max(0, this.doc.currentLineHeight(true) * (spacing - 1));
  }

  /** One line's height, from baseline to baseline, in a paragraph. */
  private lineHeight(node: DocNode, face: PdfFace, size: number): number {
    const gap = this.lineGap(node, face, size);
    return this.doc.currentLineHeight(true) + gap;
  }

  /** Starts a new page when fewer than `height` points are left (unless already at the top). */
  private ensureRoom(height: number): void {
    const top = this.doc.page.margins.top;
    if (this.doc.y + height > this.doc.page.maxY() && this.doc.y > top + 0.5) {
      this.doc.addPage();
    }
  }

  /** The body, then every page's header and footer (pages are buffered until the end). */
  render(model: DocumentModel): void {
    const header = model.header && plainText(model.header).trim() !== '' ? model.header : null;
    const footer = model.footer && plainText(model.footer).trim() !== '' ? model.footer : null;
    const headerHeight = header ? this.sectionHeight(header) : 0;
    const footerHeight = footer ? this.sectionHeight(footer) : 0;
    // As in Docs, a header or footer taller than its margin leaves room pushes the body away.
    const bodyMargins = {
      top: Math.max(PDF_PAGE.margin, PDF_PAGE.headerMargin + headerHeight),
      bottom: Math.max(PDF_PAGE.margin, PDF_PAGE.headerMargin + footerHeight),
      left: PDF_PAGE.margin,
      right: PDF_PAGE.margin,
    };
    const options = (this.doc as unknown as { options: { margin?: number; margins?: object } })
      .options;
    options.margin = undefined; // pages pdfkit adds take `margins` then
    options.margins = bodyMargins;
    Object.assign(this.doc.page.margins, bodyMargins);
    this.doc.x = PDF_PAGE.margin;
    this.doc.y = bodyMargins.top;
    this.blocks(model.body, this.content);
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      if (!header && !footer) break;
      this.doc.switchToPage(i);
      const margins = this.doc.page.margins;
      const saved = { ...margins };
      // Drawing in the margins must not make pdfkit start a new page.
      margins.top = 0;
      margins.bottom = 0;
      if (header) {
        this.doc.y = PDF_PAGE.headerMargin;
        this.blocks(header, this.content);
      }
      if (footer) {
        this.doc.y = PDF_PAGE.height - PDF_PAGE.headerMargin - footerHeight;
        this.blocks(footer, this.content);
      }
      Object.assign(margins, saved);
    }
  }

  /** Paragraphs, list items and tables of a section or cell, top to bottom, in `box`. */
  blocks(section: DocNode, box: Box): void {
    for (const child of section.children) {
      if (child.type === 'TABLE') this.table(child, box);
      else if (child.type === 'PARAGRAPH' || child.type === 'LIST_ITEM') this.paragraph(child, box);
    }
  }

  private headingOf(node: DocNode): HeadingStyle {
    return HEADING_STYLES[String(node.attrs.HEADING ?? 'NORMAL')] ?? HEADING_STYLES.NORMAL;
  }

  /** Left indent of the text, of the first line (the list glyph), and right indent. */
  private indents(node: DocNode): { start: number; first: number; end: number } {
    const level = Number(node.attrs.NESTING_LEVEL ?? 0);
    const listStart = node.type === 'LIST_ITEM' ? LIST_INDENT * (level + 1) : 0;
    const start = numberAttr(node, 'INDENT_START') ?? listStart;
    const first =
      numberAttr(node, 'INDENT_FIRST_LINE') ??
      (node.type === 'LIST_ITEM' ? start - GLYPH_GAP : start);
    return { start, first, end: numberAttr(node, 'INDENT_END') ?? 0 };
  }

  private paragraph(node: DocNode, box: Box): void {
    const base = this.headingOf(node);
    const align = ALIGNMENTS[String(node.attrs.HORIZONTAL_ALIGNMENT ?? '')] ?? 'left';
    const before = numberAttr(node, 'SPACING_BEFORE') ?? base.before;
    const after = numberAttr(node, 'SPACING_AFTER') ?? base.after;
    const indent = this.indents(node);
    const textBox = {
      x: box.x + indent.start,
      width: Math.max(box.width - indent.start - indent.end, 10),
    };
    const pieces = piecesOf(node, base);
    const firstRun = pieces[0][0] ?? { ...runStyle({}, base), text: '' };
    if (before > 0 && this.doc.y > this.doc.page.margins.top + 0.5) this.doc.y += before;

    let marker: string | null = null;
    if (node.type === 'LIST_ITEM') {
      const glyph = String(node.attrs.GLYPH_TYPE ?? 'BULLET');
      const level = Number(node.attrs.NESTING_LEVEL ?? 0);
      const ordinal = this.lists.next(String(node.attrs.LIST_ID ?? ''), level);
      marker = listMarker(glyph, level, ordinal);
    }

    pieces.forEach((runs, index) => {
      if (index > 0) {
        this.doc.addPage();
        this.doc.y = this.doc.page.margins.top;
      }
      const lineHeight = this.lineHeight(
        node,
        runs[0]?.face ?? firstRun.face,
        runs[0]?.size ?? firstRun.size,
      );
      this.ensureRoom(lineHeight);
      const y = this.doc.y;
      if (index === 0 && marker !== null) {
        this.doc.font(faceName(firstRun.face)).fontSize(firstRun.size).fillColor(firstRun.color);
        this.doc.text(this.clean(marker), box.x + indent.first, y, { lineBreak: false });
        this.doc.y = y;
      }
      const texts = runs.filter((r) => r.text !== '');
      if (texts.length === 0) {
        // An empty paragraph is a blank line; the empty side of a page break takes no room.
        if (pieces.length === 1 || marker !== null) this.doc.y = y + lineHeight;
        return;
      }
      // A paragraph without a glyph indents its first line by INDENT_FIRST_LINE.
      const firstLine = index === 0 && marker === null ? indent.first - indent.start : 0;
      texts.forEach((run, i) => {
        this.doc.font(faceName(run.face)).fontSize(run.size).fillColor(run.color);
        const options: PDFKit.Mixins.TextOptions = {
          width: textBox.width,
          align,
          continued: i < texts.length - 1,
          underline: run.underline,
          strike: run.strike,
          lineGap: this.lineGap(node, run.face, run.size),
          indent: i === 0 ? firstLine : undefined,
        };
        if (i === 0) this.doc.text(this.clean(run.text), textBox.x, y, options);
        else this.doc.text(this.clean(run.text), options);
      });
    });

    if (node.children.some((c) => c.type === 'HORIZONTAL_RULE')) {
      const ruleY = this.doc.y + 3;
      this.doc
        .moveTo(box.x, ruleY)
        .lineTo(box.x + box.width, ruleY)
        .lineWidth(0.75)
        .strokeColor('#000000')
        .stroke();
      this.doc.y = ruleY + 6;
    }
    this.doc.x = box.x;
    this.doc.y += after;
  }

  /** The height a section or cell's blocks take in `width` (without drawing). */
  private sectionHeight(section: DocNode, width = this.content.width): number {
    let height = 0;
    for (const child of section.children) {
      if (child.type === 'TABLE') {
        height += this.tableRowHeights(child, { x: 0, width }).reduce((a, b) => a + b, 0);
      } else if (child.type === 'PARAGRAPH' || child.type === 'LIST_ITEM') {
        height += this.paragraphHeight(child, width);
      }
    }
    return height;
  }

  private paragraphHeight(node: DocNode, width: number): number {
    const base = this.headingOf(node);
    const indent = this.indents(node);
    const run = piecesOf(node, base)[0][0] ?? { ...runStyle({}, base), text: '' };
    const lineHeight = this.lineHeight(node, run.face, run.size);
    const text = this.clean(plainText(node).replace(/\r/g, '\n'));
    const before = numberAttr(node, 'SPACING_BEFORE') ?? base.before;
    const after = numberAttr(node, 'SPACING_AFTER') ?? base.after;
    if (text.trim() === '') return lineHeight + before + after;
    this.doc.font(faceName(run.face)).fontSize(run.size);
    const textHeight = this.doc.heightOfString(text, {
      width: Math.max(width - indent.start - indent.end, 10),
      lineGap: this.lineGap(node, run.face, run.size),
    });
    return Math.max(textHeight, lineHeight) + before + after;
  }

  /** Column widths: a cell's WIDTH where set (first row), the rest shared equally. */
  private columnWidths(table: DocNode, box: Box): number[] {
    const columns = Math.max(1, ...table.children.map((row) => row.children.length));
    const firstRow = table.children[0]?.children ?? [];
    const set = Array.from({ length: columns }, (_, i) =>
      firstRow[i] ? numberAttr(firstRow[i], 'WIDTH') : null,
    );
    const fixed = set.reduce<number>((sum, w) => sum + (w ?? 0), 0);
    const free = set.filter((w) => w === null).length;
    const share = free > 0 ? Math.max(box.width - fixed, 0) / free : 0;
    return set.map((w) => w ?? share);
  }

  private cellPadding(cell: DocNode): { top: number; bottom: number; left: number; right: number } {
    return {
      top: numberAttr(cell, 'PADDING_TOP') ?? CELL_PADDING,
      bottom: numberAttr(cell, 'PADDING_BOTTOM') ?? CELL_PADDING,
      left: numberAttr(cell, 'PADDING_LEFT') ?? CELL_PADDING,
      right: numberAttr(cell, 'PADDING_RIGHT') ?? CELL_PADDING,
    };
  }

  private tableRowHeights(table: DocNode, box: Box): number[] {
    const widths = this.columnWidths(table, box);
    return table.children.map((row) => {
      let height = numberAttr(row, 'MINIMUM_HEIGHT') ?? 0;
      row.children.forEach((cell, i) => {
        const pad = this.cellPadding(cell);
        const inner = Math.max((widths[i] ?? 0) - pad.left - pad.right, 10);
        height = Math.max(height, this.sectionHeight(cell, inner) + pad.top + pad.bottom);
      });
      return height;
    });
  }

  /** A table: rows kept whole on a page, each cell's blocks drawn in its box, then its borders. */
  private table(node: DocNode, box: Box): void {
    const widths = this.columnWidths(node, box);
    const heights = this.tableRowHeights(node, box);
    const borderWidth = numberAttr(node, 'BORDER_WIDTH') ?? 1;
    const borderColor =
      typeof node.attrs.BORDER_COLOR === 'string' ? node.attrs.BORDER_COLOR : '#000000';
    node.children.forEach((row, r) => {
      this.ensureRoom(heights[r]);
      const top = this.doc.y;
      let x = box.x;
      row.children.forEach((cell, c) => {
        const width = widths[c] ?? 0;
        const background = cell.attrs.BACKGROUND_COLOR;
        if (typeof background === 'string') {
          this.doc.rect(x, top, width, heights[r]).fill(background);
        }
        const pad = this.cellPadding(cell);
        const margins = this.doc.page.margins;
        const bottom = margins.bottom;
        margins.bottom = 0; // a cell never starts a page of its own: the row was fitted above
        this.doc.y = top + pad.top;
        this.blocks(cell, { x: x + pad.left, width: Math.max(width - pad.left - pad.right, 10) });
        margins.bottom = bottom;
        if (borderWidth > 0) {
          this.doc
            .rect(x, top, width, heights[r])
            .lineWidth(borderWidth)
            .strokeColor(borderColor)
            .stroke();
        }
        x += width;
      });
      this.doc.x = box.x;
      this.doc.y = top + heights[r];
    });
  }
}

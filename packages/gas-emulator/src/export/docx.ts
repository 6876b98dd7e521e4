/**
 * A Google Doc as a Word file (.docx), what Drive's "Download > Microsoft Word" gives, reduced to
 * what the emulator models: headings, alignment, character formatting, bulleted and numbered
 * lists, tables, horizontal rules, page breaks, header and footer. Built with the `docx` package.
 * Like the PDF (packages/gas-emulator/src/services/drive/pdfLayout.ts): A4 with one-inch margins, tables with the
 * border width and colour the model holds and equal columns unless a cell has a width, bullets
 * ● ○ ■ by glyph type. Text is marked Japanese (East Asian language ja-JP, Noto Sans JP) so Word and
 * LibreOffice apply Japanese line breaking (kinsoku: no 。、 at a line start).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { sameStyle, type DocNode, type DocumentModel } from '../services/document/model';

type Block = Paragraph | Table;

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
  TITLE: HeadingLevel.TITLE,
};

const ALIGNMENTS: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};

/** A4 and Docs' one-inch margins, in twips (1/20 pt). */
const PAGE = { width: 11906, height: 16838, margin: 1440 };
const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;

/** The bullet kinds: Docs cycles ● ○ ■ by level for BULLET; the others keep their glyph. */
const BULLET_GLYPHS: Record<string, (level: number) => string> = {
  BULLET: (level) => ['\u25cf', '\u25cb', '\u25a0'][level % 3],
  HOLLOW_BULLET: () => '\u25cb',
  SQUARE_BULLET: () => '\u25a0',
};

/** Numbered glyph types and their Word level formats; the bullet kinds use Word bullets. */
const NUMBER_FORMATS: Record<string, (typeof LevelFormat)[keyof typeof LevelFormat]> = {
  NUMBER: LevelFormat.DECIMAL,
  LATIN_UPPER: LevelFormat.UPPER_LETTER,
  LATIN_LOWER: LevelFormat.LOWER_LETTER,
  ROMAN_UPPER: LevelFormat.UPPER_ROMAN,
  ROMAN_LOWER: LevelFormat.LOWER_ROMAN,
};

function numberingReference(glyph: string): string {
  return `emulator-${glyph.toLowerCase()}`;
}

/** Text runs of a paragraph: one TextRun per stretch of equal style, '\r' as a line break. */
function runsOf(paragraph: DocNode): Array<TextRun | PageBreak> {
  const runs: Array<TextRun | PageBreak> = [];
  for (const child of paragraph.children) {
    if (child.type === 'PAGE_BREAK') {
      runs.push(new PageBreak());
      continue;
    }
    if (child.type !== 'TEXT') continue;
    let start = 0;
    for (let i = 1; i <= child.text.length; i++) {
      if (i < child.text.length && sameStyle(child.styles[i], child.styles[start])) continue;
      const style = child.styles[start] ?? {};
      child.text
        .slice(start, i)
        .split('\r')
        .forEach((piece, index) => {
          runs.push(
            new TextRun({
              text: piece,
              break: index > 0 ? 1 : undefined,
              bold: style.BOLD === true ? true : undefined,
              italics: style.ITALIC === true ? true : undefined,
              strike: style.STRIKETHROUGH === true ? true : undefined,
              underline: style.UNDERLINE === true ? {} : undefined,
              size: typeof style.FONT_SIZE === 'number' ? style.FONT_SIZE * 2 : undefined,
              color:
                typeof style.FOREGROUND_COLOR === 'string'
                  ? style.FOREGROUND_COLOR.replace('#', '')
                  : undefined,
              font: typeof style.FONT_FAMILY === 'string' ? style.FONT_FAMILY : undefined,
            }),
          );
        });
      start = i;
    }
  }
  return runs;
}

/** A paragraph attribute in points, as twips (1/20 pt); absent when the model has none. */
function twipsOf(node: DocNode, key: string): number | undefined {
  const value = node.attrs[key];
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 20) : undefined;
}

/** Indents and spacing the model sets explicitly (list items otherwise take their level's). */
function spacingOf(node: DocNode) {
  const start = twipsOf(node, 'INDENT_START');
  const end = twipsOf(node, 'INDENT_END');
  const first = twipsOf(node, 'INDENT_FIRST_LINE');
  const lineSpacing = node.attrs.LINE_SPACING;
  const line =
    typeof lineSpacing === 'number' && lineSpacing > 0 ? Math.round(lineSpacing * 240) : undefined;
  const before = twipsOf(node, 'SPACING_BEFORE');
  const after = twipsOf(node, 'SPACING_AFTER');
  const indent =
    start === undefined && end === undefined && first === undefined
      ? undefined
      : {
          left: start,
          right: end,
          ...(first !== undefined && start !== undefined && first < start
            ? { hanging: start - first }
            : first !== undefined
              ? { firstLine: first - (start ?? 0) }
              : {}),
        };
  const spacing =
    line === undefined && before === undefined && after === undefined
      ? undefined
      : { line, before, after };
  return { indent, spacing };
}

function paragraphOf(node: DocNode, listInstances: Map<string, number>): Paragraph {
  const heading = HEADINGS[String(node.attrs.HEADING ?? 'NORMAL')];
  const alignment = ALIGNMENTS[String(node.attrs.HORIZONTAL_ALIGNMENT ?? '')];
  const hasRule = node.children.some((c) => c.type === 'HORIZONTAL_RULE');
  const options: ConstructorParameters<typeof Paragraph>[0] = {
    children: runsOf(node),
    heading,
    alignment,
    ...spacingOf(node),
    border: hasRule
      ? { bottom: { color: 'auto', space: 1, style: BorderStyle.SINGLE, size: 6 } }
      : undefined,
  };
  if (node.type === 'LIST_ITEM') {
    const glyph = String(node.attrs.GLYPH_TYPE ?? 'BULLET');
    const level = Number(node.attrs.NESTING_LEVEL ?? 0);
    if (NUMBER_FORMATS[glyph]) {
      const listId = String(node.attrs.LIST_ID ?? '');
      if (!listInstances.has(listId)) listInstances.set(listId, listInstances.size + 1);
      return new Paragraph({
        ...options,
        numbering: {
          reference: numberingReference(glyph),
          level,
          instance: listInstances.get(listId),
        },
      });
    }
    const bullet = BULLET_GLYPHS[glyph] ? glyph : 'BULLET';
    return new Paragraph({
      ...options,
      numbering: { reference: numberingReference(bullet), level },
    });
  }
  return new Paragraph(options);
}

/** The table's border as Word writes it: size in eighths of a point; width 0 is no border. */
function borderOf(table: DocNode) {
  const width = typeof table.attrs.BORDER_WIDTH === 'number' ? table.attrs.BORDER_WIDTH : 1;
  const color =
    typeof table.attrs.BORDER_COLOR === 'string'
      ? table.attrs.BORDER_COLOR.replace('#', '')
      : '000000';
  const side =
    width > 0
      ? { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(width * 8)), color }
      : { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return {
    top: side,
    bottom: side,
    left: side,
    right: side,
    insideHorizontal: side,
    insideVertical: side,
  };
}

/** Column widths in twips: a first-row cell's WIDTH (points) where set, the rest shared. */
function columnWidthsOf(table: DocNode): number[] {
  const columns = Math.max(1, ...table.children.map((row) => row.children.length));
  const firstRow = table.children[0]?.children ?? [];
  const set = Array.from({ length: columns }, (_, i) => {
    const width = firstRow[i]?.attrs.WIDTH;
    return typeof width === 'number' && width > 0 ? Math.round(width * 20) : null;
  });
  const fixed = set.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const free = set.filter((w) => w === null).length;
  const share = free > 0 ? Math.max(TEXT_WIDTH_TWIPS - fixed, 0) / free : 0;
  return set.map((w) => Math.round(w ?? share));
}

function tableOf(node: DocNode, listInstances: Map<string, number>): Table {
  const columnWidths = columnWidthsOf(node);
  const rows = node.children
    .filter((row) => row.children.length > 0)
    .map(
      (row) =>
        new TableRow({
          children: row.children.map(
            (cell, i) =>
              new TableCell({
                children: blocksOf(cell, listInstances) as Paragraph[],
                width: { size: columnWidths[i] ?? 0, type: WidthType.DXA },
                shading:
                  typeof cell.attrs.BACKGROUND_COLOR === 'string'
                    ? { fill: cell.attrs.BACKGROUND_COLOR.replace('#', '') }
                    : undefined,
              }),
          ),
        }),
    );
  return new Table({
    rows:
      rows.length > 0
        ? rows
        : [new TableRow({ children: [new TableCell({ children: [new Paragraph('')] })] })],
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths,
    borders: borderOf(node),
  });
}

function blocksOf(section: DocNode, listInstances: Map<string, number>): Block[] {
  const blocks: Block[] = [];
  for (const child of section.children) {
    if (child.type === 'TABLE') blocks.push(tableOf(child, listInstances));
    else if (child.type === 'PARAGRAPH' || child.type === 'LIST_ITEM') {
      blocks.push(paragraphOf(child, listInstances));
    }
  }
  return blocks;
}

/** The .docx bytes of a document model (packages/gas-emulator/src/services/document/model.ts). */
export async function documentToDocx(model: DocumentModel): Promise<Buffer> {
  const listInstances = new Map<string, number>();
  const children = blocksOf(model.body, listInstances);
  const indent = (level: number) => ({
    paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } },
  });
  const doc = new Document({
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'Noto Sans JP' },
            language: { value: 'en-US', eastAsia: 'ja-JP' },
          },
        },
      },
    },
    numbering: {
      config: [
        ...Object.entries(NUMBER_FORMATS).map(([glyph, format]) => ({
          reference: numberingReference(glyph),
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: indent(level),
          })),
        })),
        ...Object.entries(BULLET_GLYPHS).map(([glyph, text]) => ({
          reference: numberingReference(glyph),
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: text(level),
            alignment: AlignmentType.START,
            style: indent(level),
          })),
        })),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        headers: model.header
          ? { default: new Header({ children: blocksOf(model.header, listInstances) }) }
          : undefined,
        footers: model.footer
          ? { default: new Footer({ children: blocksOf(model.footer, listInstances) }) }
          : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

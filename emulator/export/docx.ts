/**
 * A Google Doc as a Word file (.docx), what Drive's "Download > Microsoft Word" gives, reduced to
 * what the emulator models: headings, alignment, character formatting, bulleted and numbered
 * lists, tables, horizontal rules, page breaks, header and footer. Built with the `docx` package.
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

function paragraphOf(node: DocNode, listInstances: Map<string, number>): Paragraph {
  const heading = HEADINGS[String(node.attrs.HEADING ?? 'NORMAL')];
  const alignment = ALIGNMENTS[String(node.attrs.HORIZONTAL_ALIGNMENT ?? '')];
  const hasRule = node.children.some((c) => c.type === 'HORIZONTAL_RULE');
  const options: ConstructorParameters<typeof Paragraph>[0] = {
    children: runsOf(node),
    heading,
    alignment,
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
    return new Paragraph({ ...options, bullet: { level } });
  }
  return new Paragraph(options);
}

function tableOf(node: DocNode, listInstances: Map<string, number>): Table {
  const rows = node.children
    .filter((row) => row.children.length > 0)
    .map(
      (row) =>
        new TableRow({
          children: row.children.map(
            (cell) => new TableCell({ children: blocksOf(cell, listInstances) as Paragraph[] }),
          ),
        }),
    );
  return new Table({
    rows:
      rows.length > 0
        ? rows
        : [new TableRow({ children: [new TableCell({ children: [new Paragraph('')] })] })],
    width: { size: 100, type: WidthType.PERCENTAGE },
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

/** The .docx bytes of a document model (emulator/services/document/model.ts). */
export async function documentToDocx(model: DocumentModel): Promise<Buffer> {
  const listInstances = new Map<string, number>();
  const children = blocksOf(model.body, listInstances);
  const doc = new Document({
    numbering: {
      config: Object.entries(NUMBER_FORMATS).map(([glyph, format]) => ({
        reference: numberingReference(glyph),
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format,
          text: `%${level + 1}.`,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [
      {
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

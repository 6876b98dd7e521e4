/**
 * The PDF of a Google Doc keeps its layout (issue 15): Document.getAs('application/pdf')
 * (https://developers.google.com/apps-script/reference/document/document#getAs(String)) and
 * File.getAs (https://developers.google.com/apps-script/reference/drive/file#getAs(String)) give
 * what Docs' "Download > PDF" gives: alignment, headings, numbered and bulleted lists, tables with
 * borders, bold and sizes, page breaks, and Japanese line breaking (no 。 or 、 at a line start).
 * The PDF is read back with the emulator's text extraction (packages/gas-emulator/src/services/drive/pdfText.ts).
 */
import JSZip from 'jszip';
import { documentToDocx } from '../src/export/docx';
import { fromByteArray } from '../src/services/blob';
import { Workspace } from '../src/workspace';
import { createDocumentApp } from '../src/services/document/app';
import { createDriveApp } from '../src/services/drive/app';
import {
  PDF_PAGE,
  extractPdfLines,
  extractPdfText,
  pdfPageCount,
  renderDocumentPdf,
} from '../src/services/drive/pdf';

const USER = 'desk@city.example.lg.jp';
/** Long enough to wrap over several lines, with many 。 and 、 that could fall at a line start. */
const LONG =
  '青森市（以下「甲」という。）と株式会社みちのく開発（以下「乙」という。）は、公民連携による地域課題の解決に向けて、' +
  '相互に連携し、協力することについて、次のとおり協定を締結する。甲及び乙は、本協定に基づく連携事項の実施に当たり、' +
  '知り得た相手方の秘密を、相手方の書面による承諾なく第三者に開示し、又は漏えいしてはならない。本協定が終了した後も、同様とする。';

function setup() {
  const ws = new Workspace({ now: '2026-05-11T09:00:00+09:00' });
  const DocumentApp = createDocumentApp(ws);
  const DriveApp = createDriveApp(ws);
  const run = <T>(fn: () => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: USER }, fn);
  return { ws, DocumentApp, DriveApp, run };
}

/** The agreement-like document of the issue: title, lists, a long paragraph, a 2×2 table. */
function buildDocument(DocumentApp: GoogleAppsScript.Document.DocumentApp): string {
  const doc = DocumentApp.create('協定書');
  const body = doc.getBody();
  const title = body.getParagraphs()[0];
  title.setText('事業連携協定書');
  title.setHeading(DocumentApp.ParagraphHeading.TITLE);
  title.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body.appendParagraph(LONG);
  const first = body.appendListItem('連携事項の一つ目');
  first.setGlyphType(DocumentApp.GlyphType.NUMBER);
  body.appendListItem('連携事項の二つ目');
  body.appendListItem('二つ目の細目').setNestingLevel(1);
  body.appendListItem('連携事項の三つ目');
  body.appendParagraph('次の資料を添付する。');
  const bullet = body.appendListItem('事業計画書');
  bullet.setGlyphType(DocumentApp.GlyphType.BULLET);
  bullet.setListId(bullet); // a list of its own
  body.appendListItem('収支予算書').setListId(bullet);
  const right = body.appendParagraph('令和8年5月11日');
  right.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
  body.appendTable([
    ['甲', '乙'],
    ['青森市長　印', '代表取締役　印'],
  ]);
  const bold = body.appendParagraph('以上');
  bold.editAsText().setBold(true).setFontSize(14);
  const id = doc.getId();
  doc.saveAndClose();
  return id;
}

describe('a Google Doc as PDF', () => {
  const { ws, DocumentApp, DriveApp, run } = setup();
  const id = run(() => buildDocument(DocumentApp));
  const bytes = run(() =>
    fromByteArray(DriveApp.getFileById(id).getAs('application/pdf').getBytes()),
  );
  const lines = extractPdfLines(bytes);
  const text = lines.map((l) => l.text);

  test('is a PDF with the document text in order', () => {
    expect(Buffer.from(bytes).toString('latin1').startsWith('%PDF-1.4')).toBe(true);
    const joined = text.join('');
    const order = [
      '事業連携協定書',
      '青森市（以下',
      '連携事項の一つ目',
      '次の資料',
      '事業計画書',
      '令和8年5月11日',
      '甲 乙',
      '以上',
    ];
    const positions = order.map((s) => joined.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(joined).toContain(LONG.replace(/\s/g, ''));
  });

  test('the centered title is centered on the page', () => {
    const title = lines.find((l) => l.text === '事業連携協定書')!;
    expect(title.size).toBe(26);
    expect(Math.abs(title.x + title.width / 2 - PDF_PAGE.width / 2)).toBeLessThan(1);
  });

  test('a right-aligned paragraph ends at the right margin', () => {
    const date = lines.find((l) => l.text === '令和8年5月11日')!;
    expect(Math.abs(date.x + date.width - (PDF_PAGE.width - PDF_PAGE.margin))).toBeLessThan(1);
  });

  test('numbered items carry 1. 2. 3., a nested item restarts at 1., bullets carry ●', () => {
    expect(text).toContain('1. 連携事項の一つ目');
    expect(text).toContain('2. 連携事項の二つ目');
    expect(text).toContain('1. 二つ目の細目');
    expect(text).toContain('3. 連携事項の三つ目');
    expect(text).toContain('● 事業計画書');
    expect(text).toContain('● 収支予算書');
    const level0 = lines.find((l) => l.text.endsWith('連携事項の一つ目'))!;
    const level1 = lines.find((l) => l.text.endsWith('二つ目の細目'))!;
    expect(level1.x - level0.x).toBeCloseTo(36, 0);
  });

  test('the table keeps its cells side by side, with borders', () => {
    expect(text).toContain('甲 乙');
    expect(text).toContain('青森市長　印 代表取締役　印');
    const row1 = lines.find((l) => l.text === '甲 乙')!;
    // Two equal columns over the text width: the second cell starts half-way.
    const half = (PDF_PAGE.width - 2 * PDF_PAGE.margin) / 2;
    expect(row1.width).toBeGreaterThan(half);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/FlateDecode'); // content is compressed; borders are checked below
  });

  test('bold and size of text runs are kept', () => {
    const end = lines.find((l) => l.text === '以上')!;
    expect(end.size).toBe(14);
  });

  test('no line starts with 。 、 ） 」 and none ends with （ 「', () => {
    const wrapped = lines.filter((l) => LONG.includes(l.text));
    expect(wrapped.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line.text).not.toMatch(/^[。、）」]/);
      expect(line.text).not.toMatch(/[（「]$/);
    }
  });

  test('lines of the long paragraph stay within the margins', () => {
    for (const line of lines) {
      expect(line.x).toBeGreaterThanOrEqual(PDF_PAGE.margin - 0.5);
      expect(line.x + line.width).toBeLessThanOrEqual(PDF_PAGE.width - PDF_PAGE.margin + 0.5);
    }
  });

  test('Document.getAs gives the same layout as File.getAs', () => {
    const viaDocument = run(() =>
      fromByteArray(DocumentApp.openById(id).getAs('application/pdf').getBytes()),
    );
    expect(extractPdfText(viaDocument)).toEqual(extractPdfText(bytes));
  });

  test('a justified Japanese paragraph fills every line but its last to the right margin', () => {
    const otherId = run(() => {
      const doc = DocumentApp.create('両端揃え');
      doc.getBody().appendParagraph(LONG).setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY);
      return doc.getId();
    });
    const found = extractPdfLines(renderDocumentPdf(ws.documents.require(otherId)));
    const right = PDF_PAGE.width - PDF_PAGE.margin;
    expect(found.length).toBeGreaterThan(2);
    for (const line of found.slice(0, -1)) {
      expect(line.x).toBeCloseTo(PDF_PAGE.margin, 1);
      expect(Math.abs(line.x + line.width - right)).toBeLessThan(0.5);
    }
    expect(found[found.length - 1].x + found[found.length - 1].width).toBeLessThan(right - 11);
    expect(found.map((l) => l.text).join('')).toBe(LONG);
    // Left-aligned, the same paragraph leaves its lines ragged.
    const ragged = lines.filter((l) => LONG.includes(l.text)).slice(0, -1);
    expect(ragged.some((l) => right - (l.x + l.width) > 1)).toBe(true);
  });

  test('line spacing, indents and spacing before a paragraph are kept', () => {
    const otherId = run(() => {
      const doc = DocumentApp.create('行間');
      const body = doc.getBody();
      body.appendParagraph(LONG);
      body.appendParagraph(LONG).setLineSpacing(2).setIndentStart(36).setSpacingBefore(24);
      return doc.getId();
    });
    const found = extractPdfLines(renderDocumentPdf(ws.documents.require(otherId)));
    const firstStart = found.findIndex((l) => l.x > PDF_PAGE.margin + 1);
    const single = found.slice(0, firstStart);
    const double = found.slice(firstStart);
    const pitch = (ls: typeof found) => ls[1].y - ls[0].y;
    // Docs' default is 1.15: twice the font's line height is 2 / 1.15 times the default pitch.
    expect(pitch(double) / pitch(single)).toBeCloseTo(2 / 1.15, 2);
    expect(double.every((l) => Math.abs(l.x - (PDF_PAGE.margin + 36)) < 0.01)).toBe(true);
    expect(double[0].y - single[single.length - 1].y).toBeCloseTo(pitch(single) + 24, 1);
  });

  test('a page break starts a new page', () => {
    const otherId = run(() => {
      const doc = DocumentApp.create('改ページ');
      const body = doc.getBody();
      body.appendParagraph('一枚目');
      body.appendPageBreak();
      body.appendParagraph('二枚目');
      return doc.getId();
    });
    const pdf = renderDocumentPdf(ws.documents.require(otherId));
    expect(pdfPageCount(pdf)).toBe(2);
    const page2 = extractPdfLines(pdf).find((l) => l.text === '二枚目')!;
    expect(page2.page).toBe(2);
  });

  test('header and footer are drawn on every page, in the margins', () => {
    const otherId = run(() => {
      const doc = DocumentApp.create('ヘッダ');
      doc.addHeader().setText('青森市公民連携デスク');
      doc.addFooter().setText('取扱注意');
      const body = doc.getBody();
      body.appendParagraph('本文');
      body.appendPageBreak();
      body.appendParagraph('二枚目');
      return doc.getId();
    });
    const found = extractPdfLines(renderDocumentPdf(ws.documents.require(otherId)));
    const headers = found.filter((l) => l.text === '青森市公民連携デスク');
    const footers = found.filter((l) => l.text === '取扱注意');
    expect(headers.map((l) => l.page)).toEqual([1, 2]);
    expect(footers.map((l) => l.page)).toEqual([1, 2]);
    expect(headers[0].y).toBeLessThan(PDF_PAGE.margin);
    expect(footers[0].y).toBeGreaterThan(PDF_PAGE.height - PDF_PAGE.margin);
  });

  test('a header taller than its half-inch leaves room pushes the body down', () => {
    const otherId = run(() => {
      const doc = DocumentApp.create('長いヘッダ');
      doc.addHeader().setText(LONG);
      doc.getBody().appendParagraph('本文の一行目');
      return doc.getId();
    });
    const found = extractPdfLines(renderDocumentPdf(ws.documents.require(otherId)));
    const headerLines = found.filter((l) => LONG.includes(l.text));
    const body = found.find((l) => l.text === '本文の一行目')!;
    expect(headerLines.length).toBeGreaterThan(2);
    const lastHeader = headerLines[headerLines.length - 1];
    // The body's first baseline sits a full line below the header's last one, past the margin.
    expect(body.y - lastHeader.y).toBeGreaterThan(body.size * 1.4);
    expect(body.y).toBeGreaterThan(PDF_PAGE.margin + body.size);
  });

  test('one PDF takes well under 100 ms once the font is loaded', () => {
    const model = ws.documents.require(id);
    renderDocumentPdf(model);
    // The fastest of a few runs: other work on the machine can only slow a run down.
    const times = Array.from({ length: 5 }, () => {
      const start = performance.now();
      renderDocumentPdf(model);
      return performance.now() - start;
    });
    expect(Math.min(...times)).toBeLessThan(100);
  });

  test('the font is embedded as a subset (the file stays small)', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Regular/);
    expect(bytes.length).toBeLessThan(200_000);
  });
});

describe('the same document as .docx keeps the layout the PDF shows', () => {
  const { ws, DocumentApp, run } = setup();
  const id = run(() => buildDocument(DocumentApp));
  const parts = (async () => {
    const zip = await JSZip.loadAsync(await documentToDocx(ws.documents.require(id)));
    const part = (name: string) => zip.file(name)!.async('string');
    return {
      document: await part('word/document.xml'),
      numbering: await part('word/numbering.xml'),
      styles: await part('word/styles.xml'),
    };
  })();

  test('the title is centered and the date right-aligned', async () => {
    const { document } = await parts;
    const paragraphOf = (text: string) =>
      document.split('</w:p>').find((p) => p.includes(`>${text}</w:t>`))!;
    expect(paragraphOf('事業連携協定書')).toContain('<w:jc w:val="center"/>');
    expect(paragraphOf('令和8年5月11日')).toContain('<w:jc w:val="right"/>');
  });

  test('numbered items use a decimal list, bullets the ● glyph, nesting as the level', async () => {
    const { document, numbering } = await parts;
    const nested = document.split('</w:p>').find((p) => p.includes('二つ目の細目'))!;
    expect(nested).toContain('<w:ilvl w:val="1"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1."/>');
    expect(numbering).toContain('<w:lvlText w:val="\u25cf"/>');
  });

  test('the table has two equal columns over the text width and single borders', async () => {
    const { document } = await parts;
    const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(document)![1];
    expect([...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([4513, 4513]);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(document)![1];
    expect(borders).toContain('<w:insideV w:val="single" w:color="000000" w:sz="8"/>');
  });

  test('A4 with one-inch margins, and Japanese text marked ja-JP for line breaking', async () => {
    const { document, styles } = await parts;
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    expect(styles).toContain('w:eastAsia="ja-JP"');
    expect(styles).toContain('w:eastAsia="Noto Sans JP"');
  });

  test('line spacing, indent and spacing before set on a paragraph are written', async () => {
    const otherId = run(() => {
      const doc = DocumentApp.create('行間');
      doc
        .getBody()
        .appendParagraph('二倍の行間')
        .setLineSpacing(2)
        .setIndentStart(36)
        .setSpacingBefore(24);
      return doc.getId();
    });
    const zip = await JSZip.loadAsync(await documentToDocx(ws.documents.require(otherId)));
    const document = await zip.file('word/document.xml')!.async('string');
    const paragraph = document.split('</w:p>').find((p) => p.includes('>二倍の行間</w:t>'))!;
    expect(paragraph).toMatch(/<w:spacing w:before="480" w:line="480"\/>/);
    expect(paragraph).toContain('<w:ind w:left="720"/>');
  });

  test('bold and size of the closing line are kept', async () => {
    const { document } = await parts;
    const closing = document.split('</w:p>').find((p) => p.includes('>以上</w:t>'))!;
    expect(closing).toContain('<w:b/>');
    expect(closing).toContain('<w:sz w:val="28"/>');
  });
});

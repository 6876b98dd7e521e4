/**
 * The PDF writer behind File.getAs('application/pdf') and getBlob()
 * (https://developers.google.com/apps-script/reference/drive/file#getAs(String)), here for plain
 * text (sheets, text files; Docs: document-pdf.test.ts). Structure checked against PDF 1.4:
 * header, objects, a cross-reference table whose entries are the byte offsets of "n 0 obj",
 * trailer and startxref; text read back through the fonts' ToUnicode maps.
 */
import {
  PDF_PAGE,
  extractPdfLines,
  extractPdfText,
  pdfPageCount,
  renderPdf,
} from '../src/services/drive/pdf';

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

test('output starts with the %PDF-1.4 header and ends with %%EOF', () => {
  const text = latin1(renderPdf(['hello']));
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
});

test('startxref points at the xref table', () => {
  const text = latin1(renderPdf(['hello']));
  const startxref = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
});

test('every xref entry is the byte offset of its object', () => {
  const text = latin1(renderPdf(['一', '二', '三']));
  const startxref = Number(/startxref\n(\d+)\n/.exec(text)?.[1]);
  const table = text.slice(startxref).split('\n');
  const count = Number(table[1].split(' ')[1]);
  for (let id = 1; id < count; id++) {
    const offset = Number(table[2 + id].slice(0, 10));
    expect(text.slice(offset, offset + `${id} 0 obj`.length)).toBe(`${id} 0 obj`);
  }
});

test('xref entries are 20 bytes long, as the format requires', () => {
  const text = latin1(renderPdf(['x']));
  const entries = text.match(/\d{10} \d{5} [fn] \n/g) ?? [];
  expect(entries.length).toBeGreaterThan(0);
  entries.forEach((e) => expect(e.length).toBe(20));
});

test('trailer /Size matches the number of xref entries', () => {
  const text = latin1(renderPdf(['x']));
  const size = Number(/\/Size (\d+)/.exec(text)?.[1]);
  const declared = Number(/xref\n0 (\d+)\n/.exec(text)?.[1]);
  expect(size).toBe(declared);
});

test('stream /Length equals the bytes between stream and endstream', () => {
  const text = latin1(renderPdf(['長い本文', 'second']));
  const streams = [...text.matchAll(/\/Length (\d+)\n(?:\/Filter \/FlateDecode\n)?>>\nstream\n/g)];
  expect(streams.length).toBeGreaterThan(1);
  for (const match of streams) {
    const start = match.index! + match[0].length;
    const length = Number(match[1]);
    expect(text.slice(start + length, start + length + 10)).toBe('\nendstream');
  }
});

test('Japanese text is drawn with Noto Sans JP, embedded as a subset with a ToUnicode map', () => {
  const text = latin1(renderPdf(['公民連携']));
  expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Regular/);
  expect(text).toContain('/Encoding /Identity-H');
  expect(text).toContain('/FontFile2');
  expect(text).toMatch(/\/ToUnicode \d+ 0 R/);
});

test('an empty document still has one page', () => {
  expect(pdfPageCount(renderPdf([]))).toBe(1);
});

test('page count grows with long text', () => {
  const short = pdfPageCount(renderPdf(['one line']));
  const long = pdfPageCount(renderPdf(Array.from({ length: 200 }, (_, i) => `行 ${i}`)));
  expect(short).toBe(1);
  expect(long).toBeGreaterThan(3);
});

test('long paragraphs wrap within the margins: full-width characters are wider than ASCII', () => {
  const width = PDF_PAGE.width - 2 * PDF_PAGE.margin;
  const wide = extractPdfLines(renderPdf(['あ'.repeat(80)]));
  const narrow = extractPdfLines(renderPdf(['a'.repeat(60)]));
  expect(wide).toHaveLength(2);
  expect(narrow).toHaveLength(1);
  expect(wide[0].width).toBeLessThanOrEqual(width + 0.5);
  expect(wide[0].width).toBeGreaterThan(width - 11);
  expect(wide[0].text).toBe('あ'.repeat(41));
});

test('no wrapped line starts with 。 or 、 (Japanese line breaking)', () => {
  // 40 characters fit on a line: the 41st is 。, which must not start the next line.
  const lines = extractPdfText(renderPdf(['あ'.repeat(41) + '。続きの文、です。']));
  expect(lines.length).toBe(2);
  expect(lines[1]).not.toMatch(/^[。、]/);
  expect(lines.join('')).toBe('あ'.repeat(41) + '。続きの文、です。');
});

test('characters the font has no glyph for become the geta mark U+3013', () => {
  expect(extractPdfText(renderPdf(['😀']))).toEqual(['\u3013']);
});

test('extractPdfText reads the lines back, a blank line taking its room', () => {
  const lines = extractPdfLines(renderPdf(['一行目', '', 'third']));
  expect(lines.map((l) => l.text)).toEqual(['一行目', 'third']);
  expect(lines[1].y - lines[0].y).toBeGreaterThan(2 * 11);
});

test('tabs become spaces, control characters are dropped', () => {
  expect(extractPdfText(renderPdf(['a\tb\u0001c']))).toEqual(['a    bc']);
});

test('the title goes into the Info dictionary as a UTF-16BE text string', () => {
  const text = latin1(renderPdf(['x'], { title: '報告' }));
  expect(text).toMatch(/\/Title \d+ 0 R/);
  expect(text).toContain('(\u00fe\u00ffX1TJ)');
});

test('the same input gives the same bytes (a fixed date and a file id from the Info)', () => {
  const date = new Date('2026-05-11T00:37:00Z');
  const a = renderPdf(['公民連携'], { creationDate: date });
  const b = renderPdf(['公民連携'], { creationDate: date });
  expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  expect(latin1(a)).toContain('(D:20260511003700Z)');
});

/**
 * The PDF writer behind File.getAs('application/pdf') and getBlob() of Google Docs
 * (https://developers.google.com/apps-script/reference/drive/file#getAs(String)).
 * Structure checked against PDF 1.4 (ISO 32000 predecessor): header, objects, a cross-reference
 * table whose entries are the byte offsets of "n 0 obj", trailer and startxref.
 */
import {
  extractPdfText,
  pdfPageCount,
  renderPdf,
  wrapLines,
} from '../../emulator/services/drive/pdf';

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
  for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/g)) {
    expect(match[2].length).toBe(Number(match[1]));
  }
});

test('Japanese text uses HeiseiKakuGo-W5 with UniJIS-UCS2-H', () => {
  const text = latin1(renderPdf(['公民連携']));
  expect(text).toContain('/BaseFont /HeiseiKakuGo-W5');
  expect(text).toContain('/Encoding /UniJIS-UCS2-H');
});

test('text is written as UTF-16BE hex strings', () => {
  const text = latin1(renderPdf(['公']));
  expect(text).toContain('<516C> Tj');
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

test('long paragraphs wrap: full-width characters take twice the width of ASCII', () => {
  expect(wrapLines(['あ'.repeat(10)], 5)).toHaveLength(2);
  expect(wrapLines(['a'.repeat(10)], 5)).toHaveLength(1);
});

test('characters outside the BMP become the geta mark U+3013', () => {
  expect(extractPdfText(renderPdf(['😀']))).toEqual(['\u3013']);
});

test('extractPdfText reads the lines back', () => {
  expect(extractPdfText(renderPdf(['一行目', '', 'third']))).toEqual(['一行目', '', 'third']);
});

test('the title goes into the Info dictionary as a UTF-16BE text string', () => {
  const text = latin1(renderPdf(['x'], { title: '報告' }));
  expect(text).toContain('/Title <FEFF5831544A>');
});

/**
 * packages/gas-emulator/src/export/docx.ts: a Google Doc as Word (.docx), as Drive's "Download > Microsoft Word"
 * gives it (developers.google.com/drive/api/guides/ref-export-formats: Documents export to
 * application/vnd.openxmlformats-officedocument.wordprocessingml.document).
 */
import JSZip from 'jszip';
import { Workspace } from '../src/workspace';
import { createDocumentApp } from '../src/services/document/app';
import { documentToDocx } from '../src/export/docx';

const USER = 'desk@city.example.lg.jp';

function buildDocument(
  fill: (
    doc: GoogleAppsScript.Document.Document,
    app: GoogleAppsScript.Document.DocumentApp,
  ) => void,
) {
  const ws = new Workspace();
  const app = createDocumentApp(ws);
  const id = ws.run({ functionName: 'test', source: 'manual', activeUser: USER }, () => {
    const doc = app.create('export');
    fill(doc, app);
    return doc.getId();
  });
  return ws.documents.get(id)!;
}

async function documentXml(model: ReturnType<typeof buildDocument>, part = 'word/document.xml') {
  const zip = await JSZip.loadAsync(await documentToDocx(model));
  return zip.file(part)!.async('string');
}

test('the export is a zip (PK header)', async () => {
  const bytes = await documentToDocx(buildDocument(() => undefined));
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('paragraph text appears in word/document.xml', async () => {
  const model = buildDocument((doc) => doc.getBody().appendParagraph('公民連携の協定'));
  expect(await documentXml(model)).toContain('公民連携の協定');
});

test('a HEADING1 paragraph uses the Heading1 style', async () => {
  const model = buildDocument((doc, app) =>
    doc.getBody().appendParagraph('見出し').setHeading(app.ParagraphHeading.HEADING1),
  );
  expect(await documentXml(model)).toContain('w:val="Heading1"');
});

test('centered paragraphs are centered', async () => {
  const model = buildDocument((doc, app) =>
    doc.getBody().appendParagraph('中央').setAlignment(app.HorizontalAlignment.CENTER),
  );
  expect(await documentXml(model)).toContain('<w:jc w:val="center"/>');
});

test('bold runs are bold', async () => {
  const model = buildDocument((doc) =>
    doc.getBody().appendParagraph('太字').editAsText().setBold(true),
  );
  expect(await documentXml(model)).toMatch(/<w:b\/>[\s\S]*太字/);
});

test('tables become w:tbl with their cell text', async () => {
  const model = buildDocument((doc) => doc.getBody().appendTable([['項目', '金額']]));
  const xml = await documentXml(model);
  expect(xml).toContain('<w:tbl>');
  expect(xml).toContain('金額');
});

test('list items are numbered paragraphs (w:numPr)', async () => {
  const model = buildDocument((doc, app) =>
    doc.getBody().appendListItem('一つ目').setGlyphType(app.GlyphType.NUMBER),
  );
  expect(await documentXml(model)).toContain('<w:numPr>');
});

test('the header goes into a header part', async () => {
  const model = buildDocument((doc) => doc.addHeader().appendParagraph('市役所ヘッダー'));
  const zip = await JSZip.loadAsync(await documentToDocx(model));
  const headers = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  const texts = await Promise.all(headers.map((name) => zip.file(name)!.async('string')));
  expect(texts.join('')).toContain('市役所ヘッダー');
});

test('the footer goes into a footer part', async () => {
  const model = buildDocument((doc) => doc.addFooter().appendParagraph('フッター'));
  const zip = await JSZip.loadAsync(await documentToDocx(model));
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d*\.xml$/.test(name));
  const texts = await Promise.all(footers.map((name) => zip.file(name)!.async('string')));
  expect(texts.join('')).toContain('フッター');
});

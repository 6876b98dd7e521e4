/**
 * Blob, checked against https://developers.google.com/apps-script/reference/base/blob (REF).
 */
import { Workspace } from '../src/workspace';
import { makeBlob, readBlob } from '../src/services/blob';
import { createUtilities } from '../src/services/utilities';

const REF = 'https://developers.google.com/apps-script/reference/base/blob';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe(`Blob data (${REF})`, () => {
  test('getBytes returns Java (signed) bytes', () => {
    const blob = makeBlob(Uint8Array.from([0, 127, 128, 255]));
    expect(blob.getBytes()).toEqual([0, 127, -128, -1]);
  });

  test('getBytes returns a copy: changing it leaves the blob alone', () => {
    const blob = makeBlob(utf8('abc'));
    blob.getBytes()[0] = 0;
    expect(blob.getDataAsString()).toBe('abc');
  });

  test('getDataAsString decodes UTF-8 by default', () => {
    expect(makeBlob(utf8('公民連携デスク')).getDataAsString()).toBe('公民連携デスク');
  });

  test('getDataAsString(charset) decodes Shift_JIS', () => {
    const sjis = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]); // 日本
    expect(makeBlob(sjis).getDataAsString('Shift_JIS')).toBe('日本');
  });

  test('setDataFromString(string, charset) stores the text in that charset', () => {
    const blob = makeBlob(new Uint8Array()).setDataFromString('日本', 'Shift_JIS');
    expect(blob.getBytes()).toEqual([0x93 - 256, 0xfa - 256, 0x96 - 256, 0x7b]);
  });

  test('setDataFromString without a charset stores UTF-8', () => {
    const blob = makeBlob(new Uint8Array()).setDataFromString('é');
    expect(blob.getBytes()).toEqual([-61, -87]);
  });

  test('setBytes replaces the data and returns the blob for chaining', () => {
    const blob = makeBlob(utf8('old'));
    expect(blob.setBytes([104, 105])).toBe(blob);
    expect(blob.getDataAsString()).toBe('hi');
  });
});

describe(`Blob name and content type (${REF})`, () => {
  test('content type and name are null unless given', () => {
    const blob = makeBlob(utf8('x'));
    expect(blob.getContentType()).toBeNull();
    expect(blob.getName()).toBeNull();
  });

  test('setName and setContentType change them and return the blob', () => {
    const blob = makeBlob(utf8('x'));
    expect(blob.setName('memo.txt').setContentType('text/plain')).toBe(blob);
    expect([blob.getName(), blob.getContentType()]).toEqual(['memo.txt', 'text/plain']);
  });

  test('setContentTypeFromExtension guesses from the name', () => {
    const blob = makeBlob(utf8('a,b'), null, 'list.csv').setContentTypeFromExtension();
    expect(blob.getContentType()).toBe('text/csv');
  });

  test('setContentTypeFromExtension gives null when the extension is unknown', () => {
    const blob = makeBlob(utf8('x'), 'text/plain', 'data.unknownext').setContentTypeFromExtension();
    expect(blob.getContentType()).toBeNull();
  });

  test('isGoogleType is true for Google Workspace types only', () => {
    const sheet = makeBlob(new Uint8Array(), 'application/vnd.google-apps.spreadsheet');
    expect(sheet.isGoogleType()).toBe(true);
    expect(makeBlob(new Uint8Array(), 'application/pdf').isGoogleType()).toBe(false);
  });
});

describe(`copyBlob and getAs (${REF})`, () => {
  test('copyBlob is an independent copy', () => {
    const original = makeBlob(utf8('one'), 'text/plain', 'a.txt');
    const copy = original.copyBlob();
    copy.setDataFromString('two').setName('b.txt');
    expect([original.getDataAsString(), original.getName()]).toEqual(['one', 'a.txt']);
    expect([copy.getDataAsString(), copy.getName(), copy.getContentType()]).toEqual([
      'two',
      'b.txt',
      'text/plain',
    ]);
  });

  test('getAs its own type replaces the extension after the final period', () => {
    const pdf = makeBlob(utf8('%PDF-1.4'), 'application/pdf', 'ShoppingList.12.25.2014');
    expect(pdf.getAs('application/pdf').getName()).toBe('ShoppingList.12.25.pdf');
  });

  test('getAs keeps the data', () => {
    const png = makeBlob(Uint8Array.from([137, 80, 78, 71]), 'image/png', 'logo');
    const converted = png.getAs('image/png');
    expect(converted.getBytes()).toEqual(png.getBytes());
    expect(converted.getName()).toBe('logo.png');
  });

  test('getAs another type is not supported here', () => {
    const text = makeBlob(utf8('x'), 'text/plain', 'a.txt');
    expect(() => text.getAs('image/png')).toThrow(
      'Converting from text/plain to image/png is not supported.',
    );
  });

  test('getAs needs a content type', () => {
    expect(() => makeBlob(utf8('x')).getAs('application/pdf')).toThrow(
      'Blob object must have non-null content type for this operation.',
    );
  });
});

describe('emulator plumbing', () => {
  test('readBlob gives other services the raw data without charging', () => {
    const ws = new Workspace();
    const blob = makeBlob(utf8('hi'), 'text/plain', 'a.txt', { ws });
    const before = ws.ledger.records.length;
    expect(readBlob(blob)).toEqual({ bytes: utf8('hi'), contentType: 'text/plain', name: 'a.txt' });
    expect(ws.ledger.records.length).toBe(before);
  });

  test('calls on a blob from Utilities.newBlob are recorded on the ledger', () => {
    const ws = new Workspace();
    const blob = createUtilities(ws).newBlob('x');
    blob.getBytes();
    expect(ws.ledger.records.map((r) => r.method)).toEqual(['Utilities.newBlob', 'Blob.getBytes']);
  });
});

/**
 * Text: developers.google.com/apps-script/reference/document/text
 */
import { Workspace } from '../src/workspace';
import { createDocumentApp } from '../src/services/document/app';

const USER = 'desk@city.example.lg.jp';
const REF = 'https://developers.google.com/apps-script/reference/document/text';

function withText<T>(
  initial: string,
  fn: (text: GoogleAppsScript.Document.Text, body: GoogleAppsScript.Document.Body) => T,
): T {
  const ws = new Workspace();
  const app = createDocumentApp(ws);
  return ws.run({ functionName: 'test', source: 'manual', activeUser: USER }, () => {
    const body = app.create('doc').getBody();
    const paragraph = body.appendParagraph(initial);
    return fn(paragraph.editAsText(), body);
  });
}

describe('Text editing', () => {
  test(`appendText adds at the end (${REF}#appendText(String))`, () => {
    withText('ab', (t) => expect(t.appendText('c').getText()).toBe('abc'));
  });

  test(`insertText inserts at an offset (${REF}#insertText(Integer,String))`, () => {
    withText('ac', (t) => expect(t.insertText(1, 'b').getText()).toBe('abc'));
  });

  test('insertText at the length appends; past it fails', () => {
    withText('ab', (t) => {
      expect(t.insertText(2, 'c').getText()).toBe('abc');
      expect(() => t.insertText(9, 'x')).toThrow('Index (9)');
    });
  });

  test(`deleteText removes an inclusive range (${REF}#deleteText(Integer,Integer))`, () => {
    withText('abcdef', (t) => expect(t.deleteText(1, 3).getText()).toBe('aef'));
  });

  test('deleteText with the end before the start fails', () => {
    withText('abcdef', (t) => expect(() => t.deleteText(3, 1)).toThrow());
  });

  test('deleteText past the end fails', () => {
    withText('abc', (t) => expect(() => t.deleteText(0, 5)).toThrow('Index (5)'));
  });

  test(`setText replaces all of the text (${REF}#setText(String))`, () => {
    withText('old', (t) => expect(t.setText('新しい').getText()).toBe('新しい'));
  });

  test('inserted text takes the attributes of the character before it', () => {
    withText('ab', (t) => {
      t.setBold(0, 0, true);
      t.insertText(1, 'X');
      expect(t.isBold(1)).toBe(true);
      expect(t.isBold(2)).toBeNull();
    });
  });

  test('editAsText of the body spans paragraphs joined by \\n', () => {
    withText('二', (_t, body) => {
      body.getChild(0).asParagraph().setText('一');
      expect(body.editAsText().getText()).toBe('一\n二');
    });
  });

  test('editAsText of the body inserts into the right paragraph', () => {
    withText('二', (_t, body) => {
      body.getChild(0).asParagraph().setText('一');
      body.editAsText().insertText(2, '第');
      expect(body.getChild(1).asParagraph().getText()).toBe('第二');
    });
  });

  test('editAsText().setBold on the body styles every paragraph', () => {
    withText('二', (_t, body) => {
      body.getChild(0).asParagraph().setText('一');
      body.editAsText().setBold(true);
      expect(body.getChild(0).asParagraph().editAsText().isBold()).toBe(true);
      expect(body.getChild(1).asParagraph().editAsText().isBold()).toBe(true);
    });
  });

  test('getType of a Text is TEXT', () => {
    withText('a', (t) => expect(String(t.getType())).toBe('TEXT'));
  });
});

describe('Text attributes', () => {
  test(`setBold over a range and isBold(offset) (${REF}#setBold(Integer,Integer,Boolean))`, () => {
    withText('abcdef', (t) => {
      t.setBold(2, 3, true);
      expect([0, 2, 3, 4].map((i) => t.isBold(i))).toEqual([null, true, true, null]);
    });
  });

  test(`isBold() without offset is null when the text is mixed (${REF}#isBold())`, () => {
    withText('abc', (t) => {
      t.setBold(0, 0, true);
      expect(t.isBold()).toBeNull();
      t.setBold(true);
      expect(t.isBold()).toBe(true);
    });
  });

  test(`setItalic(false) is stored as false (${REF}#setItalic(Boolean))`, () => {
    withText('abc', (t) => expect(t.setItalic(false).isItalic()).toBe(false));
  });

  test(`setFontSize over a range (${REF}#setFontSize(Integer,Integer,Number))`, () => {
    withText('abc', (t) => {
      t.setFontSize(1, 2, 14);
      expect(t.getFontSize(0)).toBeNull();
      expect(t.getFontSize(1)).toBe(14);
    });
  });

  test(`setForegroundColor takes CSS hex (${REF}#setForegroundColor(String))`, () => {
    withText('abc', (t) => {
      expect(t.setForegroundColor('#ff0000').getForegroundColor()).toBe('#ff0000');
      expect(() => t.setForegroundColor('red')).toThrow('Invalid argument');
    });
  });

  test(`setLinkUrl / getLinkUrl (${REF}#setLinkUrl(Integer,Integer,String))`, () => {
    withText('see here', (t) => {
      t.setLinkUrl(4, 7, 'https://example.com');
      expect(t.getLinkUrl(5)).toBe('https://example.com');
      expect(t.getLinkUrl(0)).toBeNull();
    });
  });

  test(`getTextAttributeIndices marks where formatting changes (${REF}#getTextAttributeIndices())`, () => {
    withText('abcdef', (t) => {
      t.setBold(2, 3, true);
      expect(t.getTextAttributeIndices()).toEqual([0, 2, 4]);
    });
  });

  test('getTextAttributeIndices of uniform text is [0]', () => {
    withText('abc', (t) => expect(t.getTextAttributeIndices()).toEqual([0]));
  });

  test(`getAttributes(offset) reports that character's attributes (${REF}#getAttributes(Integer))`, () => {
    withText('abc', (t) => {
      t.setUnderline(1, 1, true);
      expect(t.getAttributes(1).UNDERLINE).toBe(true);
      expect(t.getAttributes(0).UNDERLINE).toBeNull();
    });
  });

  test(`setAttributes(start, end, attributes) styles a range (${REF}#setAttributes(Integer,Integer,Object))`, () => {
    withText('abcd', (t) => {
      t.setAttributes(1, 2, { BOLD: true, ITALIC: true });
      expect(t.isItalic(2)).toBe(true);
      expect(t.isBold(3)).toBeNull();
    });
  });

  test('an offset outside the text is refused', () => {
    withText('abc', (t) => expect(() => t.isBold(3)).toThrow('Index (3)'));
  });

  test('setBold with a range past the end is refused', () => {
    withText('abc', (t) => expect(() => t.setBold(0, 5, true)).toThrow());
  });

  test(`setTextAlignment SUPERSCRIPT over a range (${REF}#setTextAlignment(Integer,Integer,TextAlignment))`, () => {
    withText('x2', (t) => {
      t.setTextAlignment(1, 1, 'SUPERSCRIPT' as unknown as GoogleAppsScript.Document.TextAlignment);
      expect(String(t.getTextAlignment(1))).toBe('SUPERSCRIPT');
    });
  });

  test('setFontSize rejects non-positive sizes', () => {
    withText('abc', (t) => expect(() => t.setFontSize(0)).toThrow('Invalid argument: size'));
  });
});

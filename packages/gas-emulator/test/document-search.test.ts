/**
 * findText / replaceText (RE2 patterns, matched per Text element):
 * developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 * developers.google.com/apps-script/reference/document/body#findText(String)
 * developers.google.com/apps-script/reference/document/text#replaceText(String,String)
 */
import { Workspace } from '../src/workspace';
import { createDocumentApp } from '../src/services/document/app';
import { compileSearchPattern, findMatches } from '../src/services/document/re2';

const USER = 'desk@city.example.lg.jp';
const REF = 'https://developers.google.com/apps-script/reference/document/body';

function withBody<T>(
  fn: (body: GoogleAppsScript.Document.Body, app: GoogleAppsScript.Document.DocumentApp) => T,
): T {
  const ws = new Workspace();
  const app = createDocumentApp(ws);
  return ws.run({ functionName: 'test', source: 'manual', activeUser: USER }, () =>
    fn(app.create('doc').getBody(), app),
  );
}

describe('replaceText', () => {
  test(`replaces every occurrence in the body (${REF}#replaceText(String,String))`, () => {
    withBody((body) => {
      body.appendParagraph('{{名前}}様、{{名前}}様');
      body.replaceText('\\{\\{名前\\}\\}', '山田');
      expect(body.getText()).toBe('\n山田様、山田様');
    });
  });

  test('unescaped braces that are not a repetition are literal in RE2', () => {
    withBody((body) => {
      body.appendParagraph('{{金額}}円');
      body.replaceText('{{金額}}', '1,000');
      expect(body.getText()).toBe('\n1,000円');
    });
  });

  test('escaped placeholder \\{\\{金額\\}\\} matches', () => {
    withBody((body) => {
      body.appendParagraph('金額: {{金額}}');
      body.replaceText('\\{\\{金額\\}\\}', '5,000');
      expect(body.getText()).toBe('\n金額: 5,000');
    });
  });

  test('an unbalanced "(" is refused as an invalid pattern', () => {
    withBody((body) => {
      body.appendParagraph('(x');
      expect(() => body.replaceText('(', 'y')).toThrow('Invalid argument: searchPattern');
    });
  });

  test('lookahead is refused (RE2 does not support it)', () => {
    withBody((body) => {
      expect(() => body.replaceText('a(?=b)', 'x')).toThrow('Invalid argument: searchPattern');
    });
  });

  test('lookbehind is refused', () => {
    withBody((body) => {
      expect(() => body.replaceText('(?<=a)b', 'x')).toThrow('Invalid argument: searchPattern');
    });
  });

  test('backreferences are refused', () => {
    withBody((body) => {
      expect(() => body.replaceText('(a)\\1', 'x')).toThrow('Invalid argument: searchPattern');
    });
  });

  test('the replacement is literal: $1 and $& are not expanded', () => {
    withBody((body) => {
      body.appendParagraph('abc');
      body.replaceText('(b)', '[$1$&]');
      expect(body.getText()).toBe('\na[$1$&]c');
    });
  });

  test('regular expression classes work: \\d+ replaces digits', () => {
    withBody((body) => {
      body.appendParagraph('第12号');
      body.replaceText('\\d+', 'N');
      expect(body.getText()).toBe('\n第N号');
    });
  });

  test('a match never spans two paragraphs', () => {
    withBody((body) => {
      body.appendParagraph('{{名');
      body.appendParagraph('前}}');
      body.replaceText('\\{\\{名\\s*前\\}\\}', 'X');
      expect(body.getText()).toBe('\n{{名\n前}}');
    });
  });

  test('a match never spans two table cells', () => {
    withBody((body) => {
      body.appendTable([['ab', 'cd']]);
      body.replaceText('bc', 'X');
      expect(body.getTables()[0].getText()).toBe('ab\ncd');
    });
  });

  test('a placeholder whose first half is bold is still one Text element and matches', () => {
    withBody((body) => {
      const p = body.appendParagraph('宛名: {{名前}}');
      p.editAsText().setBold(4, 6, true);
      body.replaceText('\\{\\{名前\\}\\}', '佐藤');
      expect(p.getText()).toBe('宛名: 佐藤');
    });
  });

  test('the replacement takes the attributes of the first replaced character', () => {
    withBody((body) => {
      const p = body.appendParagraph('A {{x}} B');
      p.editAsText().setBold(2, 3, true);
      body.replaceText('\\{\\{x\\}\\}', 'VALUE');
      const t = p.editAsText();
      expect([2, 3, 4, 5, 6].map((i) => t.isBold(i))).toEqual([true, true, true, true, true]);
      expect(t.isBold(7)).toBeNull();
    });
  });

  test('text around a replacement keeps its attributes', () => {
    withBody((body) => {
      const p = body.appendParagraph('ab{{x}}cd');
      p.editAsText().setItalic(0, 1, true);
      body.replaceText('\\{\\{x\\}\\}', 'Z');
      expect(p.editAsText().isItalic(0)).toBe(true);
      expect(p.editAsText().isItalic(2)).toBeNull();
    });
  });

  test('replacing with an empty string deletes the match', () => {
    withBody((body) => {
      body.appendParagraph('a{{x}}b');
      body.replaceText('\\{\\{x\\}\\}', '');
      expect(body.getText()).toBe('\nab');
    });
  });

  test('replaceText returns the element it was called on', () => {
    withBody((body, app) => {
      expect(body.replaceText('x', 'y').getType()).toBe(app.ElementType.BODY_SECTION);
    });
  });

  test('replaceText reaches header-less body tables and list items', () => {
    withBody((body) => {
      body.appendListItem('項目 {{n}}');
      body.appendTable([['{{n}}']]);
      body.replaceText('\\{\\{n\\}\\}', '1');
      expect(body.getListItems()[0].getText()).toBe('項目 1');
      expect(body.getTables()[0].getCell(0, 0).getText()).toBe('1');
    });
  });

  test('Paragraph.replaceText only touches that paragraph', () => {
    withBody((body) => {
      const a = body.appendParagraph('x');
      body.appendParagraph('x');
      a.replaceText('x', 'y');
      expect(body.getText()).toBe('\ny\nx');
    });
  });

  test('(?i) makes the pattern case-insensitive (RE2 flag syntax)', () => {
    withBody((body) => {
      body.appendParagraph('ABC abc');
      body.replaceText('(?i)abc', 'x');
      expect(body.getText()).toBe('\nx x');
    });
  });

  test('a replacement containing a newline becomes a line break inside the paragraph', () => {
    withBody((body) => {
      const p = body.appendParagraph('{{addr}}');
      body.replaceText('\\{\\{addr\\}\\}', '東京都\n千代田区');
      expect(p.getText()).toBe('東京都\r千代田区');
      expect(body.getNumChildren()).toBe(2);
    });
  });
});

describe('findText', () => {
  test(`returns a RangeElement with inclusive offsets (${REF}#findText(String))`, () => {
    withBody((body) => {
      body.appendParagraph('契約金額は{{金額}}円');
      const found = body.findText('\\{\\{金額\\}\\}');
      expect(found.getStartOffset()).toBe(5);
      expect(found.getEndOffsetInclusive()).toBe(10);
      expect(found.isPartial()).toBe(true);
    });
  });

  test('the found element is a Text element', () => {
    withBody((body, app) => {
      body.appendParagraph('abc');
      expect(body.findText('b').getElement().getType()).toBe(app.ElementType.TEXT);
    });
  });

  test('returns null when nothing matches', () => {
    withBody((body) => expect(body.findText('zzz')).toBeNull());
  });

  test(`continues after a previous result (${REF}#findText(String,RangeElement))`, () => {
    withBody((body) => {
      body.appendParagraph('a-a');
      body.appendParagraph('a');
      const first = body.findText('a');
      const second = body.findText('a', first);
      const third = body.findText('a', second);
      expect([first, second, third].map((r) => r.getStartOffset())).toEqual([0, 2, 0]);
      expect(body.findText('a', third)).toBeNull();
    });
  });

  test('findText on a Text element searches only it', () => {
    withBody((body) => {
      body.appendParagraph('xa');
      const p = body.appendParagraph('yb');
      expect(p.editAsText().findText('a')).toBeNull();
      expect(p.editAsText().findText('b').getStartOffset()).toBe(1);
    });
  });

  test('findText with an invalid pattern fails', () => {
    withBody((body) =>
      expect(() => body.findText('[a')).toThrow('Invalid argument: searchPattern'),
    );
  });
});

describe('RE2 patterns (re2js)', () => {
  const matches = (pattern: string, text: string) =>
    findMatches(compileSearchPattern(pattern), text).map((m) => text.slice(m.start, m.end));

  test('\\s is ASCII whitespace only: an ideographic space (U+3000) is not \\s', () => {
    expect(matches('\\s', 'a\u3000b c')).toEqual([' ']);
  });

  test('. matches any character except \\n (it matches the \\r of a line break)', () => {
    expect(matches('a.b', 'a\rb')).toEqual(['a\rb']);
  });

  test('\\p{Han} matches kanji (Unicode scripts)', () => {
    expect(matches('\\p{Han}+', 'abc漢字def')).toEqual(['漢字']);
  });

  test('POSIX classes like [[:digit:]] work', () => {
    expect(matches('[[:digit:]]+', 'a12b')).toEqual(['12']);
  });

  test('\\Q…\\E quotes metacharacters', () => {
    expect(matches('\\Q(1+1)\\E', 'x(1+1)y')).toEqual(['(1+1)']);
  });

  test('named groups (?P<name>…) are accepted', () => {
    expect(matches('(?P<n>\\d)', 'a1')).toEqual(['1']);
  });

  test('counted repetition works and above 1000 is refused', () => {
    expect(matches('a{2}', 'aaa')).toEqual(['aa']);
    expect(() => compileSearchPattern('a{1001}')).toThrow('Invalid argument: searchPattern');
  });

  test('escaping any ASCII punctuation is allowed (\\- \\: \\@)', () => {
    expect(matches('\\-\\:\\@', 'x-:@y')).toEqual(['-:@']);
  });

  test('an unknown escape like \\k is refused', () => {
    expect(() => compileSearchPattern('\\k')).toThrow('Invalid argument: searchPattern');
  });

  test('\\z anchors at the end of the text', () => {
    expect(matches('b\\z', 'bab')).toEqual(['b']);
  });
});

describe('Text elements across reopening', () => {
  test('a placeholder split over two appendText runs does not match in the same execution', () => {
    withBody((body) => {
      const p = body.appendParagraph('{{名');
      p.appendText('前}}');
      body.replaceText('\\{\\{名前\\}\\}', 'X');
      expect(p.getText()).toBe('{{名前}}');
    });
  });

  test('after reopening, contiguous runs are one Text element and the placeholder matches', () => {
    const ws = new Workspace();
    const app = createDocumentApp(ws);
    const run = <T>(fn: () => T) =>
      ws.run({ functionName: 'test', source: 'manual', activeUser: USER }, fn);
    const id = run(() => {
      const doc = app.create('doc');
      doc.getBody().appendParagraph('{{名').appendText('前}}').setBold(true);
      return doc.getId();
    });
    run(() => {
      const body = app.openById(id).getBody();
      expect(body.getChild(1).asParagraph().getNumChildren()).toBe(1);
      body.replaceText('\\{\\{名前\\}\\}', 'X');
      expect(body.getText()).toBe('\nX');
    });
  });
});

describe('Limits', () => {
  test('a document holds at most 1,020,000 characters (Docs size limit)', () => {
    withBody((body) => {
      expect(() => body.appendParagraph('x'.repeat(1_020_001))).toThrow('1,020,000');
    });
  });
});

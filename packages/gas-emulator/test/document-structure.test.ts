/**
 * Body, Paragraph, ListItem, Table, TableRow, TableCell and Element:
 * developers.google.com/apps-script/reference/document/{body,paragraph,list-item,table,…}
 */
import { Workspace } from '../src/workspace';
import { createDocumentApp } from '../src/services/document/app';

const USER = 'desk@city.example.lg.jp';
const REF = 'https://developers.google.com/apps-script/reference/document/';

function withBody<T>(
  fn: (
    body: GoogleAppsScript.Document.Body,
    app: GoogleAppsScript.Document.DocumentApp,
    ws: Workspace,
  ) => T,
): T {
  const ws = new Workspace();
  const app = createDocumentApp(ws);
  return ws.run({ functionName: 'test', source: 'manual', activeUser: USER }, () =>
    fn(app.create('doc').getBody(), app, ws),
  );
}

describe('Body paragraphs', () => {
  test(`appendParagraph adds after the initial empty paragraph (${REF}body#appendParagraph(String))`, () => {
    withBody((body) => {
      body.appendParagraph('一');
      expect(body.getNumChildren()).toBe(2);
      expect(body.getChild(1).asParagraph().getText()).toBe('一');
    });
  });

  test(`insertParagraph places at the child index (${REF}body#insertParagraph(Integer,String))`, () => {
    withBody((body) => {
      body.appendParagraph('b');
      body.insertParagraph(0, 'a');
      expect(body.getText()).toBe('a\n\nb');
    });
  });

  test('insertParagraph past the end fails', () => {
    withBody((body) => {
      expect(() => body.insertParagraph(5, 'x')).toThrow('Index (5)');
    });
  });

  test('a newline inside appendParagraph text is a line break (\\r), not a new paragraph', () => {
    withBody((body) => {
      const p = body.appendParagraph('1行目\n2行目');
      expect(p.getText()).toBe('1行目\r2行目');
      expect(body.getNumChildren()).toBe(2);
    });
  });

  test(`getParagraphs includes list items (${REF}body#getParagraphs())`, () => {
    withBody((body) => {
      body.appendListItem('item');
      expect(body.getParagraphs().map((p) => p.getText())).toEqual(['', 'item']);
    });
  });

  test('appending a paragraph element that is already in the document fails: "Element must be detached."', () => {
    withBody((body) => {
      const p = body.appendParagraph('x');
      expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
    });
  });

  test(`appending a copy() of a paragraph works (${REF}paragraph#copy())`, () => {
    withBody((body) => {
      const p = body.appendParagraph('x');
      body.appendParagraph(p.copy());
      expect(body.getText()).toBe('\nx\nx');
    });
  });

  test(`setText replaces the contents, one paragraph per line (${REF}body#setText(String))`, () => {
    withBody((body) => {
      body.appendParagraph('old');
      body.setText('a\nb');
      expect(body.getNumChildren()).toBe(2);
      expect(body.getText()).toBe('a\nb');
    });
  });

  test(`clear leaves one empty paragraph (${REF}body#clear())`, () => {
    withBody((body) => {
      body.appendParagraph('x');
      body.appendTable([['a']]);
      body.clear();
      expect(body.getNumChildren()).toBe(1);
      expect(body.getText()).toBe('');
    });
  });
});

describe('Body children', () => {
  test('getChild past the end fails with the child count', () => {
    withBody((body) => {
      expect(() => body.getChild(3)).toThrow(
        'Child index (3) must be less than the number of child elements (1).',
      );
    });
  });

  test(`getChildIndex finds a child by identity, not wrapper (${REF}body#getChildIndex(Element))`, () => {
    withBody((body) => {
      body.appendParagraph('x');
      const second = body.getChild(1);
      expect(body.getChildIndex(second)).toBe(1);
      expect(body.getChildIndex(body.getParagraphs()[1])).toBe(1);
    });
  });

  test(`removeChild removes a paragraph (${REF}body#removeChild(Element))`, () => {
    withBody((body) => {
      const p = body.appendParagraph('gone');
      body.appendParagraph('kept');
      body.removeChild(p);
      expect(body.getText()).toBe('\nkept');
    });
  });

  test(`removing the last paragraph fails: "Can't remove the last paragraph in a document section."`, () => {
    withBody((body) => {
      const last = body.appendParagraph('last');
      expect(() => last.removeFromParent()).toThrow(
        "Can't remove the last paragraph in a document section.",
      );
    });
  });

  test('removing a paragraph that is not last works', () => {
    withBody((body) => {
      body.appendParagraph('x');
      body.getChild(0).removeFromParent();
      expect(body.getNumChildren()).toBe(1);
    });
  });

  test(`getNextSibling / getPreviousSibling walk the children, null at the ends (${REF}element#getNextSibling())`, () => {
    withBody((body) => {
      const p = body.appendParagraph('x');
      expect(p.getPreviousSibling().asParagraph().getText()).toBe('');
      expect(p.getNextSibling()).toBeNull();
    });
  });

  test(`getParent of a paragraph is the body (${REF}element#getParent())`, () => {
    withBody((body, app) => {
      expect(body.appendParagraph('x').getParent().getType()).toBe(app.ElementType.BODY_SECTION);
    });
  });

  test('asTable on a paragraph is refused', () => {
    withBody((body) => {
      expect(() => body.getChild(0).asTable()).toThrow();
    });
  });

  test(`isAtDocumentEnd is true for the last body paragraph only (${REF}paragraph#isAtDocumentEnd())`, () => {
    withBody((body) => {
      const first = body.getChild(0).asParagraph();
      const last = body.appendParagraph('x');
      expect(first.isAtDocumentEnd()).toBe(false);
      expect(last.isAtDocumentEnd()).toBe(true);
    });
  });

  test(`findElement finds tables in order and continues from a result (${REF}body#findElement(ElementType,RangeElement))`, () => {
    withBody((body, app) => {
      body.appendTable([['1']]);
      body.appendTable([['2']]);
      const first = body.findElement(app.ElementType.TABLE);
      const second = body.findElement(app.ElementType.TABLE, first);
      expect(first.getElement().asTable().getText()).toBe('1');
      expect(second.getElement().asTable().getText()).toBe('2');
      expect(body.findElement(app.ElementType.TABLE, second)).toBeNull();
    });
  });

  test('findElement results are whole elements: isPartial false, offsets -1', () => {
    withBody((body, app) => {
      const found = body.findElement(app.ElementType.PARAGRAPH);
      expect(found.isPartial()).toBe(false);
      expect(found.getStartOffset()).toBe(-1);
      expect(found.getEndOffsetInclusive()).toBe(-1);
    });
  });
});

describe('Paragraph formatting', () => {
  test(`setHeading / getHeading (${REF}paragraph#setHeading(ParagraphHeading))`, () => {
    withBody((body, app) => {
      const p = body.appendParagraph('見出し').setHeading(app.ParagraphHeading.HEADING1);
      expect(p.getHeading()).toBe(app.ParagraphHeading.HEADING1);
    });
  });

  test('a new paragraph has the NORMAL heading', () => {
    withBody((body, app) => {
      expect(body.appendParagraph('x').getHeading()).toBe(app.ParagraphHeading.NORMAL);
    });
  });

  test(`setAlignment / getAlignment (${REF}paragraph#setAlignment(HorizontalAlignment))`, () => {
    withBody((body, app) => {
      const p = body.appendParagraph('x').setAlignment(app.HorizontalAlignment.CENTER);
      expect(p.getAlignment()).toBe(app.HorizontalAlignment.CENTER);
    });
  });

  test('setHeading with a value that is not a ParagraphHeading is an invalid argument', () => {
    withBody((body) => {
      expect(() =>
        body
          .appendParagraph('x')
          .setHeading('BIG' as unknown as GoogleAppsScript.Document.ParagraphHeading),
      ).toThrow('Invalid argument: heading');
    });
  });

  test(`appendText adds a new Text element to the paragraph (${REF}paragraph#appendText(String))`, () => {
    withBody((body) => {
      const p = body.appendParagraph('税込');
      p.appendText('金額').setBold(true);
      expect(p.getNumChildren()).toBe(2);
      expect(p.getText()).toBe('税込金額');
      expect(p.editAsText().isBold(0)).toBeNull();
      expect(p.editAsText().isBold(2)).toBe(true);
    });
  });

  test(`setText clears the paragraph's contents (${REF}paragraph#setText(String))`, () => {
    withBody((body) => {
      const p = body.appendParagraph('a');
      p.appendText('b');
      p.setText('c');
      expect(p.getNumChildren()).toBe(1);
      expect(p.getText()).toBe('c');
    });
  });

  test(`getAttributes returns every Attribute key, null when inherited (${REF}element#getAttributes())`, () => {
    withBody((body, app) => {
      const attrs = body.appendParagraph('x').getAttributes();
      expect(attrs[String(app.Attribute.HEADING)]).toBe('NORMAL');
      expect(attrs[String(app.Attribute.BOLD)]).toBeNull();
      expect(Object.keys(attrs)).toContain('FONT_SIZE');
    });
  });

  test(`setAttributes applies character and paragraph attributes (${REF}element#setAttributes(Object))`, () => {
    withBody((body, app) => {
      const style: Record<string, unknown> = {};
      style[String(app.Attribute.BOLD)] = true;
      style[String(app.Attribute.HORIZONTAL_ALIGNMENT)] = app.HorizontalAlignment.RIGHT;
      const p = body.appendParagraph('x').setAttributes(style);
      expect(p.editAsText().isBold()).toBe(true);
      expect(p.getAlignment()).toBe(app.HorizontalAlignment.RIGHT);
    });
  });

  test(`merge joins a paragraph into the preceding one (${REF}paragraph#merge())`, () => {
    withBody((body) => {
      body.getChild(0).asParagraph().setText('前');
      const merged = body.appendParagraph('後').merge();
      expect(merged.asParagraph().getText()).toBe('前後');
      expect(body.getNumChildren()).toBe(1);
    });
  });

  test(`appendHorizontalRule on the body puts the rule in a new paragraph (${REF}body#appendHorizontalRule())`, () => {
    withBody((body, app) => {
      const rule = body.appendHorizontalRule();
      expect(rule.getType()).toBe(app.ElementType.HORIZONTAL_RULE);
      expect(rule.getParent().getType()).toBe(app.ElementType.PARAGRAPH);
      expect(body.getNumChildren()).toBe(2);
    });
  });

  test(`appendPageBreak on the body (${REF}body#appendPageBreak())`, () => {
    withBody((body, app) => {
      expect(body.appendPageBreak().getType()).toBe(app.ElementType.PAGE_BREAK);
    });
  });

  test('a page break may not go in a table cell ("PageBreaks may not be contained within TableCells")', () => {
    withBody((body) => {
      const cell = body.appendTable([['x']]).getCell(0, 0);
      expect(() => cell.getChild(0).asParagraph().appendPageBreak()).toThrow();
    });
  });
});

describe('ListItem', () => {
  test(`consecutive list items share one list id (${REF}list-item#getListId())`, () => {
    withBody((body) => {
      const a = body.appendListItem('a');
      const b = body.appendListItem('b');
      expect(a.getListId()).toBe(b.getListId());
    });
  });

  test('a list item after a paragraph starts a new list', () => {
    withBody((body) => {
      const a = body.appendListItem('a');
      body.appendParagraph('gap');
      const b = body.appendListItem('b');
      expect(a.getListId()).not.toBe(b.getListId());
    });
  });

  test(`setListId joins another list (${REF}list-item#setListId(ListItem))`, () => {
    withBody((body) => {
      const a = body.appendListItem('a');
      body.appendParagraph('gap');
      const b = body.appendListItem('b').setListId(a);
      expect(b.getListId()).toBe(a.getListId());
    });
  });

  test(`setGlyphType / getGlyphType (${REF}list-item#setGlyphType(GlyphType))`, () => {
    withBody((body, app) => {
      const item = body.appendListItem('a').setGlyphType(app.GlyphType.NUMBER);
      expect(item.getGlyphType()).toBe(app.GlyphType.NUMBER);
    });
  });

  test(`setNestingLevel / getNestingLevel (${REF}list-item#setNestingLevel(Integer))`, () => {
    withBody((body) => {
      const item = body.appendListItem('a');
      expect(item.getNestingLevel()).toBe(0);
      expect(item.setNestingLevel(2).getNestingLevel()).toBe(2);
    });
  });

  test('getListItems lists only list items', () => {
    withBody((body) => {
      body.appendParagraph('p');
      body.appendListItem('li');
      expect(body.getListItems().map((l) => l.getText())).toEqual(['li']);
    });
  });

  test('insertListItem places a list item at an index', () => {
    withBody((body, app) => {
      body.insertListItem(0, 'first');
      expect(body.getChild(0).getType()).toBe(app.ElementType.LIST_ITEM);
    });
  });
});

describe('Tables', () => {
  test(`appendTable(cells) creates a TableCell per string (${REF}body#appendTable(String[][]))`, () => {
    withBody((body) => {
      const table = body.appendTable([
        ['項目', '金額'],
        ['委託料', '1,000'],
      ]);
      expect(table.getNumRows()).toBe(2);
      expect(table.getRow(0).getNumCells()).toBe(2);
      expect(table.getCell(1, 1).getText()).toBe('1,000');
    });
  });

  test('a table appended last is followed by an empty paragraph (a section ends with a paragraph)', () => {
    withBody((body, app) => {
      body.appendTable([['a']]);
      expect(body.getNumChildren()).toBe(3);
      expect(body.getChild(2).getType()).toBe(app.ElementType.PARAGRAPH);
    });
  });

  test('getTables lists tables', () => {
    withBody((body) => {
      body.appendTable([['a']]);
      expect(body.getTables()).toHaveLength(1);
    });
  });

  test(`appendTableRow and appendTableCell grow a table (${REF}table#appendTableRow())`, () => {
    withBody((body) => {
      const table = body.appendTable([['a']]);
      const row = table.appendTableRow();
      row.appendTableCell('b');
      expect(table.getNumRows()).toBe(2);
      expect(table.getCell(1, 0).getText()).toBe('b');
    });
  });

  test(`removeRow removes and returns the row (${REF}table#removeRow(Integer))`, () => {
    withBody((body) => {
      const table = body.appendTable([['a'], ['b']]);
      expect(table.removeRow(0).getText()).toBe('a');
      expect(table.getNumRows()).toBe(1);
    });
  });

  test('getCell out of range fails', () => {
    withBody((body) => {
      const table = body.appendTable([['a']]);
      expect(() => table.getCell(0, 3)).toThrow('Cell index (3)');
      expect(() => table.getRow(2)).toThrow('Row index (2)');
    });
  });

  test(`a TableCell takes paragraphs (${REF}table-cell#appendParagraph(String))`, () => {
    withBody((body) => {
      const cell = body.appendTable([['a']]).getCell(0, 0);
      cell.appendParagraph('b');
      expect(cell.getText()).toBe('a\nb');
      expect(cell.getNumChildren()).toBe(2);
    });
  });

  test(`getParentRow / getParentTable navigate up (${REF}table-cell#getParentTable())`, () => {
    withBody((body, app) => {
      const cell = body.appendTable([['a']]).getCell(0, 0);
      expect(cell.getParentRow().getType()).toBe(app.ElementType.TABLE_ROW);
      expect(cell.getParentTable().getType()).toBe(app.ElementType.TABLE);
    });
  });

  test(`TableCell.setBackgroundColor takes CSS hex (${REF}table-cell#setBackgroundColor(String))`, () => {
    withBody((body) => {
      const cell = body
        .appendTable([['a']])
        .getCell(0, 0)
        .setBackgroundColor('#eeeeee');
      expect(cell.getBackgroundColor()).toBe('#eeeeee');
      expect(() => cell.setBackgroundColor('grey')).toThrow('Invalid argument');
    });
  });

  test('TableCell.replaceText replaces in the cell only', () => {
    withBody((body) => {
      body.appendParagraph('X');
      const cell = body.appendTable([['X']]).getCell(0, 0);
      cell.replaceText('X', 'Y');
      expect(body.getText()).toBe('\nX\nY\n');
    });
  });

  test('appendTable with a ragged array pads rows', () => {
    withBody((body) => {
      const table = body.appendTable([['a', 'b'], ['c']]);
      expect(table.getRow(1).getNumCells()).toBe(2);
    });
  });
});

describe('Header and footer sections', () => {
  test(`HeaderSection holds paragraphs and tables (${REF}header-section)`, () => {
    withBody((_body, app) => {
      const doc = app.create('h');
      const header = doc.addHeader();
      header.appendParagraph('市役所');
      header.appendTable([['a']]);
      expect(header.getParagraphs().length).toBeGreaterThanOrEqual(2);
      expect(header.getTables()).toHaveLength(1);
    });
  });
});

describe('Ledger', () => {
  test('every facade call is charged under DocumentApp with its Class.method', () => {
    withBody((body, _app, ws) => {
      body.appendParagraph('x').setHeading(DocumentAppHeading());
      const methods = ws.ledger.records
        .filter((r) => r.service === 'DocumentApp')
        .map((r) => r.method);
      expect(methods).toEqual(
        expect.arrayContaining(['Body.appendParagraph', 'Paragraph.setHeading']),
      );
    });
  });

  test("handles are 'local', element calls 'documentEdit' (applied at save), open and save 'document'", () => {
    // Document#saveAndClose(): "Causes pending updates to be flushed and applied."
    const ws = new Workspace();
    const app = createDocumentApp(ws);
    ws.run({ functionName: 'test', source: 'manual', activeUser: USER }, () => {
      const id = app.create('doc').getId();
      const doc = app.openById(id);
      const body = doc.getBody();
      body.getChild(0);
      body.getText();
      body.appendParagraph('x').setHeading(DocumentAppHeading());
      doc.saveAndClose();
    });
    const kinds = Object.fromEntries(ws.ledger.records.map((r) => [r.method, r.kind]));
    expect(kinds['Body.getChild']).toBe('local');
    expect(kinds['Body.getText']).toBe('documentEdit');
    expect(kinds['Body.appendParagraph']).toBe('documentEdit');
    expect(kinds['Paragraph.setHeading']).toBe('documentEdit');
    expect(kinds['DocumentApp.openById']).toBe('document');
    expect(kinds['Document.saveAndClose']).toBe('document');
  });
});

function DocumentAppHeading(): GoogleAppsScript.Document.ParagraphHeading {
  return 'HEADING2' as unknown as GoogleAppsScript.Document.ParagraphHeading;
}

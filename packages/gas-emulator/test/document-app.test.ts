/**
 * DocumentApp and Document: developers.google.com/apps-script/reference/document/document-app
 * and developers.google.com/apps-script/reference/document/document
 */
import { Workspace } from '../src/workspace';
import { createDocumentApp } from '../src/services/document/app';
import { GOOGLE_DOCS_MIME } from '../src/services/drive/store';

const USER = 'desk@city.example.lg.jp';
const REF = 'https://developers.google.com/apps-script/reference/document/';

function setup() {
  const ws = new Workspace({ now: '2025-04-01T09:00:00+09:00' });
  const app = createDocumentApp(ws);
  const run = <T>(fn: () => T, containerId?: string, effectiveUser?: string): T =>
    ws.run(
      { functionName: 'test', source: 'manual', activeUser: USER, containerId, effectiveUser },
      fn,
    );
  return { ws, app, run };
}

describe('DocumentApp.create', () => {
  test(`creates a Google Docs file in Drive owned by the user (${REF}document-app#create(String))`, () => {
    const { ws, app, run } = setup();
    const id = run(() => app.create('協定書').getId());
    const record = ws.drive.get(id)!;
    expect(record.name).toBe('協定書');
    expect(record.mimeType).toBe(GOOGLE_DOCS_MIME);
    expect(record.owner).toBe(USER);
  });

  test('a new document body holds one empty paragraph', () => {
    const { app, run } = setup();
    run(() => {
      const body = app.create('x').getBody();
      expect(body.getNumChildren()).toBe(1);
      expect(body.getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
      expect(body.getText()).toBe('');
    });
  });

  test('create charges the ledger under DocumentApp', () => {
    const { ws, app, run } = setup();
    run(() => app.create('x'));
    expect(
      ws.ledger.records.some(
        (r) => r.service === 'DocumentApp' && r.method === 'DocumentApp.create',
      ),
    ).toBe(true);
  });
});

describe('DocumentApp.openById / openByUrl', () => {
  test(`openById returns the same content (${REF}document-app#openById(String))`, () => {
    const { app, run } = setup();
    const id = run(() => {
      const doc = app.create('x');
      doc.getBody().appendParagraph('本文');
      return doc.getId();
    });
    expect(run(() => app.openById(id).getBody().getText())).toBe('\n本文');
  });

  test('openById with an unknown id fails with "Document is missing"', () => {
    const { app, run } = setup();
    expect(() => run(() => app.openById('nope'))).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  test('openById of a trashed document fails', () => {
    const { ws, app, run } = setup();
    const id = run(() => app.create('x').getId());
    ws.drive.get(id)!.trashed = true;
    expect(() => run(() => app.openById(id))).toThrow('Document is missing');
  });

  test('openById by a user without access fails', () => {
    const { app, run } = setup();
    const id = run(() => app.create('x').getId());
    expect(() => run(() => app.openById(id), undefined, 'other@example.com')).toThrow(
      'Document is missing',
    );
  });

  test('openById of a spreadsheet id is not a document', () => {
    const { ws, app, run } = setup();
    const file = ws.drive.createFile({ name: 's', mimeType: 'text/plain', owner: USER });
    expect(() => run(() => app.openById(file.id))).toThrow('Document is missing');
  });

  test(`openByUrl accepts the edit URL (${REF}document-app#openByUrl(String))`, () => {
    const { app, run } = setup();
    run(() => {
      const id = app.create('x').getId();
      expect(app.openByUrl(`https://docs.google.com/document/d/${id}/edit`).getId()).toBe(id);
    });
  });

  test('openByUrl accepts the URL getUrl() returns', () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x');
      expect(app.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
    });
  });

  test('openByUrl with a URL that is not a Docs URL is an invalid argument', () => {
    const { app, run } = setup();
    expect(() => run(() => app.openByUrl('https://example.com/x'))).toThrow(
      'Invalid argument: url',
    );
  });
});

describe('DocumentApp.getActiveDocument', () => {
  test(`is null outside a document-bound script (${REF}document-app#getActiveDocument())`, () => {
    const { app, run } = setup();
    expect(run(() => app.getActiveDocument())).toBeNull();
  });

  test('is the container document when bound to one', () => {
    const { app, run } = setup();
    const id = run(() => app.create('x').getId());
    expect(run(() => app.getActiveDocument().getId(), id)).toBe(id);
  });

  test('getUi fails outside a document-bound execution', () => {
    const { app, run } = setup();
    expect(() => run(() => app.getUi())).toThrow(
      'Cannot call DocumentApp.getUi() from this context.',
    );
  });
});

describe('DocumentApp enums', () => {
  test(`ParagraphHeading has HEADING1..6, TITLE, SUBTITLE, NORMAL (${REF}paragraph-heading)`, () => {
    const { app } = setup();
    expect(Object.keys(app.ParagraphHeading).sort()).toEqual(
      [
        'HEADING1',
        'HEADING2',
        'HEADING3',
        'HEADING4',
        'HEADING5',
        'HEADING6',
        'NORMAL',
        'SUBTITLE',
        'TITLE',
      ].sort(),
    );
  });

  test(`HorizontalAlignment is LEFT, CENTER, RIGHT, JUSTIFY (${REF}horizontal-alignment)`, () => {
    const { app } = setup();
    expect(Object.keys(app.HorizontalAlignment)).toEqual(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
  });

  test(`GlyphType lists the eight glyphs (${REF}glyph-type)`, () => {
    const { app } = setup();
    expect(Object.keys(app.GlyphType)).toHaveLength(8);
    expect(String(app.GlyphType.NUMBER)).toBe('NUMBER');
  });

  test(`Attribute includes BOLD and FONT_SIZE (${REF}attribute)`, () => {
    const { app } = setup();
    expect(String(app.Attribute.BOLD)).toBe('BOLD');
    expect(String(app.Attribute.FONT_SIZE)).toBe('FONT_SIZE');
  });
});

describe('Document identity', () => {
  test(`getUrl is https://docs.google.com/open?id=<id> (${REF}document#getUrl())`, () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x');
      expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    });
  });

  test('setName renames the Drive file', () => {
    const { ws, app, run } = setup();
    const id = run(() => app.create('old').setName('new').getId());
    expect(ws.drive.get(id)!.name).toBe('new');
  });

  test('getName reads the Drive file name', () => {
    const { ws, app, run } = setup();
    run(() => {
      const doc = app.create('old');
      ws.drive.get(doc.getId())!.name = 'renamed in Drive';
      expect(doc.getName()).toBe('renamed in Drive');
    });
  });

  test('addEditor shares the file and getEditors lists the owner and editors', () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x').addEditor('partner@example.com');
      expect(doc.getEditors().map((u) => u.getEmail())).toEqual([USER, 'partner@example.com']);
    });
  });
});

describe('Document header and footer', () => {
  test(`getHeader is null until addHeader (${REF}document#getHeader())`, () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x');
      expect(doc.getHeader()).toBeNull();
      doc.addHeader().appendParagraph('ヘッダー');
      expect(doc.getHeader().getText()).toBe('\nヘッダー');
    });
  });

  test('getFooter is null until addFooter', () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x');
      expect(doc.getFooter()).toBeNull();
      expect(doc.addFooter().getType()).toBe(app.ElementType.FOOTER_SECTION);
    });
  });

  test('a header removed from its parent is gone from the document', () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x');
      doc.addHeader().removeFromParent();
      expect(doc.getHeader()).toBeNull();
    });
  });
});

describe('Document.saveAndClose', () => {
  test(`calls after saveAndClose fail: "Document is closed, its contents cannot be updated." (${REF}document#saveAndClose())`, () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x');
      doc.saveAndClose();
      expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    });
  });

  test('elements obtained before saveAndClose also fail afterwards', () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x');
      const body = doc.getBody();
      doc.saveAndClose();
      expect(() => body.appendParagraph('late')).toThrow('Document is closed');
    });
  });

  test('the id stays readable after saveAndClose and the document reopens', () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('x');
      doc.getBody().appendParagraph('kept');
      doc.saveAndClose();
      expect(app.openById(doc.getId()).getBody().getText()).toBe('\nkept');
    });
  });
});

describe('Document.getAs / getBlob', () => {
  test(`getAs('application/pdf') gives a PDF blob named after the document (${REF}document#getAs(String))`, () => {
    const { app, run } = setup();
    run(() => {
      const doc = app.create('通知書');
      doc.getBody().appendParagraph('本文');
      const blob = doc.getAs('application/pdf');
      expect(blob.getContentType()).toBe('application/pdf');
      expect(blob.getName()).toBe('通知書.pdf');
      expect(blob.getDataAsString('ISO-8859-1').startsWith('%PDF-')).toBe(true);
    });
  });

  test('getAs of another type is refused ("currently only application/pdf is supported")', () => {
    const { app, run } = setup();
    expect(() => run(() => app.create('x').getAs('text/plain'))).toThrow('is not supported');
  });

  test('getBlob is a PDF', () => {
    const { app, run } = setup();
    expect(run(() => app.create('x').getBlob().getContentType())).toBe('application/pdf');
  });

  test('getAs is charged as a conversion', () => {
    const { ws, app, run } = setup();
    run(() => app.create('x').getAs('application/pdf'));
    expect(ws.ledger.records.find((r) => r.method === 'Document.getAs')!.kind).toBe('convert');
  });
});

describe('DocumentStore (for Drive)', () => {
  test('clone deep-copies content under a new id', () => {
    const { ws, app, run } = setup();
    const id = run(() => {
      const doc = app.create('x');
      doc.getBody().appendParagraph('original');
      return doc.getId();
    });
    ws.documents.clone(id, 'copy-id');
    ws.documents.get('copy-id')!.body.children[1].children[0].text = 'changed';
    expect(ws.documents.renderText(id)).toBe('\noriginal');
  });

  test('renderText gives header, body and footer in order', () => {
    const { ws, app, run } = setup();
    const id = run(() => {
      const doc = app.create('x');
      doc.addFooter().getChild(0).asParagraph().setText('F');
      doc.addHeader().getChild(0).asParagraph().setText('H');
      doc.getBody().getChild(0).asParagraph().setText('B');
      return doc.getId();
    });
    expect(ws.documents.renderText(id)).toBe('H\nB\nF');
  });
});

/**
 * File: https://developers.google.com/apps-script/reference/drive/file
 */
import { Workspace } from '../src/workspace';
import { DRIVE_ERRORS } from '../src/services/drive/errors';
import { extractPdfText } from '../src/services/drive/pdf';
import { fromByteArray } from '../src/services/blob';
import { GOOGLE_DOCS_MIME } from '../src/services/drive/store';
import { appendChild, detach, newParagraph } from '../src/services/document/model';
import { DESK, newDrive } from './support/drive';

const REF = 'https://developers.google.com/apps-script/reference/drive/file';

function emails(users: Array<{ getEmail(): string }>): string[] {
  return users.map((u) => u.getEmail());
}

describe('File metadata', () => {
  test(`getUrl of an uploaded file is its Drive viewer URL (${REF}#getUrl())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(file.getUrl()).toBe(
        `https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`,
      );
    });
  });

  test(`getUrl of a Google Doc opens it in Docs (${REF}#getUrl())`, () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: '協定書', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    run(() => {
      expect(DriveApp.getFileById(record.id).getUrl()).toBe(
        `https://docs.google.com/document/d/${record.id}/edit?usp=drivesdk`,
      );
    });
  });

  test(`setName renames the file (${REF}#setName(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      expect(DriveApp.createFile('a.txt', 'x').setName('b.txt').getName()).toBe('b.txt');
    });
  });

  test(`getSize of an uploaded file is its byte count (${REF}#getSize())`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFile('a.txt', 'あ').getSize())).toBe(3);
  });

  test(`getSize of a Google Workspace file is 0 (${REF}#getSize())`, () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: 'doc', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    expect(run(() => DriveApp.getFileById(record.id).getSize())).toBe(0);
  });

  test(`getDescription is null until set (${REF}#getDescription())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(file.getDescription()).toBeNull();
      expect(file.setDescription('説明').getDescription()).toBe('説明');
    });
  });

  test(`getDateCreated is the virtual time of creation (${REF}#getDateCreated())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const created = DriveApp.createFile('a.txt', 'x').getDateCreated();
      expect(created.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-04-01T00:00:00Z'));
    });
  });

  test(`getLastUpdated moves when the file changes (${REF}#getLastUpdated())`, () => {
    const { ws, DriveApp, run } = newDrive();
    const id = run(() => DriveApp.createFile('a.txt', 'x').getId());
    const before = run(() => DriveApp.getFileById(id).getLastUpdated().getTime());
    ws.clock.advance(60_000);
    const after = run(() => DriveApp.getFileById(id).setName('b.txt').getLastUpdated().getTime());
    expect(after).toBeGreaterThan(before);
  });

  test(`getOwner returns the creator (${REF}#getOwner())`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFile('a.txt', 'x').getOwner().getEmail())).toBe(DESK);
  });

  test('Drive User getDomain is the domain of the address (https://developers.google.com/apps-script/reference/drive/user#getDomain())', () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFile('a.txt', 'x').getOwner().getDomain())).toBe(
      'city.example.lg.jp',
    );
  });

  test(`setContent overwrites the content (${REF}#setContent(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'old').setContent('new');
      expect(file.getBlob().getDataAsString()).toBe('new');
    });
  });

  test(`setContent throws above 10MB (${REF}#setContent(String))`, () => {
    const { DriveApp, run } = newDrive();
    const big = 'a'.repeat(10 * 1024 * 1024 + 1);
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(() => file.setContent(big)).toThrow(DRIVE_ERRORS.contentTooLarge('10MB'));
    });
  });

  test(`setStarred / isStarred (${REF}#setStarred(Boolean))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(file.isStarred()).toBe(false);
      expect(file.setStarred(true).isStarred()).toBe(true);
    });
  });
});

describe('File trash', () => {
  test(`setTrashed(true) puts the file in the trash (${REF}#setTrashed(Boolean))`, () => {
    const { DriveApp, run } = newDrive();
    expect(run(() => DriveApp.createFile('a.txt', 'x').setTrashed(true).isTrashed())).toBe(true);
  });

  test(`setTrashed(false) restores it (${REF}#setTrashed(Boolean))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x').setTrashed(true).setTrashed(false);
      expect(file.isTrashed()).toBe(false);
      expect(DriveApp.getFiles().hasNext()).toBe(true);
    });
  });

  test(`only the owner may trash the file (${REF}#setTrashed(Boolean))`, () => {
    const { DriveApp, run } = newDrive();
    const id = run(() => DriveApp.createFile('a.txt', 'x').addEditor('editor@example.com').getId());
    expect(() =>
      run(() => DriveApp.getFileById(id).setTrashed(true), 'editor@example.com'),
    ).toThrow(DRIVE_ERRORS.accessDenied);
  });

  test('a file inside a trashed folder reports isTrashed', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      const file = folder.createFile('a.txt', 'x');
      folder.setTrashed(true);
      expect(file.isTrashed()).toBe(true);
    });
  });
});

describe('File sharing', () => {
  test(`a new file is private with permission NONE (${REF}#getSharingAccess())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
      expect(file.getSharingPermission()).toBe(DriveApp.Permission.NONE);
    });
  });

  test(`setSharing sets the general access (${REF}#setSharing(Access,Permission))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x').setSharing(
        DriveApp.Access.DOMAIN_WITH_LINK,
        DriveApp.Permission.COMMENT,
      );
      expect(file.getSharingAccess()).toBe(DriveApp.Access.DOMAIN_WITH_LINK);
      expect(file.getSharingPermission()).toBe(DriveApp.Permission.COMMENT);
    });
  });

  test(`addEditor adds to the editors (${REF}#addEditor(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x').addEditor('a@example.com');
      expect(emails(file.getEditors())).toEqual(['a@example.com']);
    });
  });

  test(`addEditor promotes a viewer out of the viewers (${REF}#addEditor(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x')
        .addViewer('a@example.com')
        .addEditor('a@example.com');
      expect(emails(file.getViewers())).toEqual([]);
      expect(emails(file.getEditors())).toEqual(['a@example.com']);
    });
  });

  test(`addViewer has no effect on an editor (${REF}#addViewer(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x')
        .addEditor('a@example.com')
        .addViewer('a@example.com');
      expect(emails(file.getViewers())).toEqual([]);
    });
  });

  test(`addEditors adds several (${REF}#addEditors(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x').addEditors(['a@example.com', 'b@example.com']);
      expect(emails(file.getEditors())).toEqual(['a@example.com', 'b@example.com']);
    });
  });

  test(`getViewers includes commenters (${REF}#getViewers())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x')
        .addViewer('v@example.com')
        .addCommenter('c@example.com');
      expect(emails(file.getViewers())).toEqual(['v@example.com', 'c@example.com']);
    });
  });

  test(`removeEditor also removes the user from the viewers (${REF}#removeEditor(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x')
        .addEditor('a@example.com')
        .removeEditor('a@example.com');
      expect(file.getEditors()).toEqual([]);
    });
  });

  test(`removeViewer has no effect on an editor (${REF}#removeViewer(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x')
        .addEditor('a@example.com')
        .removeViewer('a@example.com');
      expect(emails(file.getEditors())).toEqual(['a@example.com']);
    });
  });

  test(`getEditors is empty for a user without edit access (${REF}#getEditors())`, () => {
    const { DriveApp, run } = newDrive();
    const id = run(() =>
      DriveApp.createFile('a.txt', 'x')
        .addEditor('a@example.com')
        .addViewer('v@example.com')
        .getId(),
    );
    expect(run(() => DriveApp.getFileById(id).getEditors().length, 'v@example.com')).toBe(0);
  });

  test(`getAccess reports each user's permission (${REF}#getAccess(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x')
        .addEditor('e@example.com')
        .addViewer('v@example.com');
      expect(file.getAccess(DESK)).toBe(DriveApp.Permission.OWNER);
      expect(file.getAccess('e@example.com')).toBe(DriveApp.Permission.EDIT);
      expect(file.getAccess('v@example.com')).toBe(DriveApp.Permission.VIEW);
      expect(file.getAccess('x@example.com')).toBe(DriveApp.Permission.NONE);
    });
  });

  test(`revokePermissions removes every grant of the user (${REF}#revokePermissions(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x')
        .addCommenter('c@example.com')
        .revokePermissions('c@example.com');
      expect(file.getAccess('c@example.com')).toBe(DriveApp.Permission.NONE);
    });
  });

  test(`setOwner hands the file over and keeps the previous owner as editor (${REF}#setOwner(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x').setOwner('boss@city.example.lg.jp');
      expect(file.getOwner().getEmail()).toBe('boss@city.example.lg.jp');
      expect(emails(file.getEditors())).toEqual([DESK]);
    });
  });

  test('addEditor with something that is not an email throws "Invalid email: …" (observed)', () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(() => file.addEditor('not-an-email')).toThrow('Invalid email: not-an-email');
    });
  });

  test('a viewer cannot rename the file', () => {
    const { DriveApp, run } = newDrive();
    const id = run(() => DriveApp.createFile('a.txt', 'x').addViewer('v@example.com').getId());
    expect(() => run(() => DriveApp.getFileById(id).setName('b'), 'v@example.com')).toThrow(
      DRIVE_ERRORS.accessDenied,
    );
  });
});

describe('File copies and moves', () => {
  test(`makeCopy() names the copy "Copy of …" in the same folder (${REF}#makeCopy())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      const copy = folder.createFile('a.txt', 'x').makeCopy();
      expect(copy.getName()).toBe('Copy of a.txt');
      expect(copy.getParents().next().getId()).toBe(folder.getId());
    });
  });

  test(`makeCopy(name) names the copy (${REF}#makeCopy(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const original = DriveApp.createFile('a.txt', 'x');
      const copy = original.makeCopy('b.txt');
      expect(copy.getName()).toBe('b.txt');
      expect(copy.getId()).not.toBe(original.getId());
      expect(copy.getBlob().getDataAsString()).toBe('x');
    });
  });

  test(`makeCopy(destination) copies into that folder (${REF}#makeCopy(Folder))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      const copy = DriveApp.createFile('a.txt', 'x').makeCopy(folder);
      expect(copy.getParents().next().getId()).toBe(folder.getId());
      expect(copy.getName()).toBe('Copy of a.txt');
    });
  });

  test(`makeCopy(name, destination) (${REF}#makeCopy(String,Folder))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const folder = DriveApp.createFolder('f');
      const copy = DriveApp.createFile('a.txt', 'x').makeCopy('c.txt', folder);
      expect([copy.getName(), copy.getParents().next().getName()]).toEqual(['c.txt', 'f']);
    });
  });

  test('a copy is owned by the copier and not shared', () => {
    const { DriveApp, run } = newDrive();
    const id = run(() =>
      DriveApp.createFile('a.txt', 'x')
        .setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW)
        .getId(),
    );
    run(() => {
      const copy = DriveApp.getFileById(id).makeCopy('mine.txt', DriveApp.createFolder('g'));
      expect(copy.getOwner().getEmail()).toBe('other@example.com');
      expect(copy.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
    }, 'other@example.com');
  });

  test(`moveTo replaces the parents by the destination (${REF}#moveTo(Folder))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const a = DriveApp.createFolder('a');
      const b = DriveApp.createFolder('b');
      const file = a.createFile('x.txt', 'x').moveTo(b);
      const parents: string[] = [];
      const it = file.getParents();
      while (it.hasNext()) parents.push(it.next().getName());
      expect(parents).toEqual(['b']);
      expect(a.getFiles().hasNext()).toBe(false);
    });
  });
});

describe('File content: getBlob and getAs', () => {
  test(`getBlob returns the bytes with name and MIME type (${REF}#getBlob())`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const blob = DriveApp.createFile('a.csv', 'x,y', 'text/csv').getBlob();
      expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual([
        'a.csv',
        'text/csv',
        'x,y',
      ]);
    });
  });

  test(`getAs('application/pdf') of a text file renders a PDF named .pdf (${REF}#getAs(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const pdf = DriveApp.createFile('報告.txt', '一行目\n二行目').getAs('application/pdf');
      expect(pdf.getContentType()).toBe('application/pdf');
      expect(pdf.getName()).toBe('報告.pdf');
      expect(extractPdfText(fromByteArray(pdf.getBytes()))).toEqual(['一行目', '二行目']);
    });
  });

  test(`getAs replaces only the part after the final period (${REF}#getAs(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const pdf = DriveApp.createFile('ShoppingList.12.25.2014', 'x').getAs('application/pdf');
      expect(pdf.getName()).toBe('ShoppingList.12.25.pdf');
    });
  });

  test(`getAs of an unsupported conversion throws "Converting from … to … is not supported." (${REF}#getAs(String))`, () => {
    const { DriveApp, run } = newDrive();
    run(() => {
      const file = DriveApp.createFile('a.txt', 'x');
      expect(() => file.getAs('image/png')).toThrow(
        'Converting from text/plain to image/png is not supported.',
      );
    });
  });

  test(`getAs('application/pdf') of a Google Doc is a PDF charged as a conversion (${REF}#getAs(String))`, () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: '協定書', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    run(() => {
      const pdf = DriveApp.getFileById(record.id).getAs('application/pdf');
      expect(pdf.getName()).toBe('協定書.pdf');
      expect(String.fromCharCode(...fromByteArray(pdf.getBytes()).slice(0, 5))).toBe('%PDF-');
    });
    expect(ws.ledger.records.find((r) => r.method === 'File.getAs')?.kind).toBe('convert');
  });

  test(`getBlob of a Google Doc is its PDF export (${REF}#getBlob())`, () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: '協定書', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    expect(run(() => DriveApp.getFileById(record.id).getBlob().getContentType())).toBe(
      'application/pdf',
    );
  });

  test(`getAs('text/markdown') is valid for a Google Doc (${REF}#getAs(String))`, () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: 'doc', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    expect(run(() => DriveApp.getFileById(record.id).getAs('text/markdown').getContentType())).toBe(
      'text/markdown',
    );
  });

  test(`getAs of a Google Doc to another type is refused (${REF}#getAs(String))`, () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: 'doc', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    run(() => {
      expect(() => DriveApp.getFileById(record.id).getAs('text/csv')).toThrow(
        `Converting from ${GOOGLE_DOCS_MIME} to text/csv is not supported.`,
      );
    });
  });
});

describe('Google Docs files and DocumentApp', () => {
  /** Seeds a Doc's body through DocumentApp's store, one paragraph per line of `text`. */
  function seedDoc(ws: Workspace, id: string, text: string): void {
    const doc = ws.documents.create(id);
    detach(doc.body.children[0]);
    for (const line of text.split('\n')) appendChild(doc.body, newParagraph(line));
  }

  test(`makeCopy of a Google Doc copies its content through DocumentApp (${REF}#makeCopy(String))`, () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: 'ひな形', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    seedDoc(ws, record.id, '本文');
    const copyId = run(() => DriveApp.getFileById(record.id).makeCopy('協定書').getId());
    expect(ws.documents.renderText(copyId)).toBe('本文');
  });

  test(`the PDF of a Google Doc carries the document's text (${REF}#getAs(String))`, () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: '協定書', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    seedDoc(ws, record.id, '第1条\n第2条');
    const bytes = run(() => DriveApp.getFileById(record.id).getAs('application/pdf').getBytes());
    expect(extractPdfText(fromByteArray(bytes))).toEqual(['第1条', '第2条']);
  });

  test('fullText search finds a Google Doc by its text', () => {
    const { ws, DriveApp, run } = newDrive();
    const record = ws.drive.createFile({ name: 'doc', mimeType: GOOGLE_DOCS_MIME, owner: DESK });
    seedDoc(ws, record.id, '包括連携協定');
    expect(run(() => DriveApp.searchFiles("fullText contains '連携'").next().getId())).toBe(
      record.id,
    );
  });
});

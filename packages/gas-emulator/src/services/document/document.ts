/**
 * Document: developers.google.com/apps-script/reference/document/document
 *
 * Identity (name, id, URL, editors) is Drive's; content is the DocumentStore's. After
 * saveAndClose() every call through this Document (and the elements obtained from it) fails with
 * "Document is closed, its contents cannot be updated."
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { BLOB_ERRORS, makeBlob, renameForType } from '../blob';
import { renderDocumentPdf } from '../drive/pdf';
import { GOOGLE_DOCS_MIME, type DriveFileRecord } from '../drive/store';
import { DOCUMENT_ERRORS } from './errors';
import { newSection, type DocumentModel } from './model';
import { DocSession, wrap } from './session';

type Doc = GoogleAppsScript.Document.Document;
const PDF = 'application/pdf';

export class FakeDocument {
  private readonly session: DocSession;

  constructor(
    private readonly ws: Workspace,
    private readonly model: DocumentModel,
  ) {
    this.session = new DocSession(ws, model.id);
  }

  private charge(
    method: string,
    kind: 'document' | 'documentEdit' | 'local' | 'drive' | 'convert' = 'documentEdit',
  ): void {
    this.session.charge(`Document.${method}`, kind);
  }

  /** Identity calls (id, name, URL) are Drive's and keep working after saveAndClose(). */
  private chargeIdentity(method: string, kind: 'local' | 'drive'): void {
    this.ws.charge('DocumentApp', `Document.${method}`, kind);
  }

  private record(): DriveFileRecord {
    const record = this.ws.drive.get(this.model.id);
    if (!record) throw new Error(DOCUMENT_ERRORS.missing);
    return record;
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.charge('getBody', 'local');
    return wrap(this.session, this.model.body);
  }

  /** null until addHeader() (documented: "Retrieves the document's header section, if one exists"). */
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.charge('getHeader', 'local');
    return (this.model.header ? wrap(this.session, this.model.header) : null) as never;
  }

  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.charge('getFooter', 'local');
    return (this.model.footer ? wrap(this.session, this.model.footer) : null) as never;
  }

  /** "Adds a document header section, if none exists." */
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this.charge('addHeader');
    if (this.model.header) throw new Error(DOCUMENT_ERRORS.sectionExists('header'));
    this.model.header = newSection('HEADER_SECTION');
    this.model.header.owner = this.model;
    return wrap(this.session, this.model.header);
  }

  addFooter(): GoogleAppsScript.Document.FooterSection {
    this.charge('addFooter');
    if (this.model.footer) throw new Error(DOCUMENT_ERRORS.sectionExists('footer'));
    this.model.footer = newSection('FOOTER_SECTION');
    this.model.footer.owner = this.model;
    return wrap(this.session, this.model.footer);
  }

  getId(): string {
    this.chargeIdentity('getId', 'local');
    return this.model.id;
  }

  getName(): string {
    this.chargeIdentity('getName', 'drive');
    return this.record().name;
  }

  setName(name: string): Doc {
    this.charge('setName', 'drive');
    const record = this.record();
    record.name = String(name);
    this.ws.drive.touch(record);
    return this as unknown as Doc;
  }

  /** Documented form: "https://docs.google.com/open?id=<id>". */
  getUrl(): string {
    this.chargeIdentity('getUrl', 'local');
    return `https://docs.google.com/open?id=${this.model.id}`;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.charge('getEditors', 'drive');
    const record = this.record();
    return [record.owner, ...record.editors].map(userOf);
  }

  getViewers(): GoogleAppsScript.Base.User[] {
    this.charge('getViewers', 'drive');
    const record = this.record();
    return [...record.viewers, ...record.commenters].map(userOf);
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Doc {
    this.charge('addEditor', 'drive');
    const email = emailOf(emailAddress);
    const record = this.record();
    if (email !== record.owner && !record.editors.includes(email)) record.editors.push(email);
    record.viewers = record.viewers.filter((v) => v !== email);
    return this as unknown as Doc;
  }

  addEditors(emailAddresses: string[]): Doc {
    this.charge('addEditors', 'drive');
    for (const email of emailAddresses.map(emailOf)) {
      const record = this.record();
      if (email !== record.owner && !record.editors.includes(email)) record.editors.push(email);
    }
    return this as unknown as Doc;
  }

  addViewer(emailAddress: string | GoogleAppsScript.Base.User): Doc {
    this.charge('addViewer', 'drive');
    const email = emailOf(emailAddress);
    const record = this.record();
    // "This method has no effect if the user is already an editor" (Drive File.addViewer).
    if (
      email !== record.owner &&
      !record.editors.includes(email) &&
      !record.viewers.includes(email)
    ) {
      record.viewers.push(email);
    }
    return this as unknown as Doc;
  }

  addViewers(emailAddresses: string[]): Doc {
    this.charge('addViewers', 'drive');
    const record = this.record();
    for (const email of emailAddresses.map(emailOf)) {
      if (
        email !== record.owner &&
        !record.editors.includes(email) &&
        !record.viewers.includes(email)
      ) {
        record.viewers.push(email);
      }
    }
    return this as unknown as Doc;
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Doc {
    this.charge('removeEditor', 'drive');
    const email = emailOf(emailAddress);
    const record = this.record();
    record.editors = record.editors.filter((e) => e !== email);
    return this as unknown as Doc;
  }

  removeViewer(emailAddress: string | GoogleAppsScript.Base.User): Doc {
    this.charge('removeViewer', 'drive');
    const email = emailOf(emailAddress);
    const record = this.record();
    record.viewers = record.viewers.filter((e) => e !== email);
    record.commenters = record.commenters.filter((e) => e !== email);
    return this as unknown as Doc;
  }

  /** No editor UI is emulated: there is never a cursor or selection. */
  getCursor(): GoogleAppsScript.Document.Position | null {
    this.charge('getCursor', 'local');
    return null;
  }

  getSelection(): GoogleAppsScript.Document.Range {
    this.charge('getSelection', 'local');
    return null as unknown as GoogleAppsScript.Document.Range;
  }

  /** "Saves the current Document. Causes pending updates to be flushed and applied." */
  saveAndClose(): void {
    this.charge('saveAndClose', 'document');
    this.session.closed = true;
  }

  /**
   * "Retrieve the current Document contents as a blob of the specified type" — documented:
   * "currently only 'application/pdf' is supported".
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.charge('getAs', 'convert');
    const target = String(contentType).split(';')[0].trim().toLowerCase();
    if (target !== PDF) {
      throw new Error(BLOB_ERRORS.unsupportedConversion(GOOGLE_DOCS_MIME, String(contentType)));
    }
    return this.pdf();
  }

  /** "Retrieves the current Document contents as a blob" (a PDF, as Apps Script gives). */
  getBlob(): GoogleAppsScript.Base.Blob {
    this.charge('getBlob', 'convert');
    return this.pdf();
  }

  private pdf(): GoogleAppsScript.Base.Blob {
    const name = this.record().name;
    const bytes = renderDocumentPdf(this.ws.documents.get(this.model.id) ?? this.model, {
      title: name,
      creationDate: this.ws.clock.date(),
    });
    return makeBlob(bytes, PDF, renameForType(`${name}.pdf`, PDF), {
      ws: this.ws,
      service: 'DocumentApp',
    });
  }
}
assertGoogleShape<FakeDocument, Doc>(true);

function emailOf(user: unknown): string {
  if (typeof user === 'object' && user !== null && 'getEmail' in user) {
    return String((user as GoogleAppsScript.Base.User).getEmail());
  }
  const email = String(user ?? '');
  if (!/^[^@\s]+@[^@\s]+$/.test(email))
    throw new Error(DOCUMENT_ERRORS.invalidArgument('emailAddress'));
  return email;
}

/** A Base.User for an address (getEmail, getName…), as Docs lists editors. */
function userOf(email: string): GoogleAppsScript.Base.User {
  return {
    getEmail: () => email,
    getName: () => email.split('@')[0],
    getDomain: () => email.split('@')[1] ?? '',
    getPhotoUrl: () => '',
    getUserLoginId: () => email,
  } as unknown as GoogleAppsScript.Base.User;
}

export function makeDocument(ws: Workspace, model: DocumentModel): Doc {
  return new FakeDocument(ws, model) as unknown as Doc;
}

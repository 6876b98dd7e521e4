/**
 * Every emulated Google Doc's content, by Drive file id. Drive owns the file (name, owner,
 * parents, trash, sharing); this store owns what is inside it.
 */
import type { Workspace } from '../../workspace';
import { DOCUMENT_ERRORS } from './errors';
import {
  adoptSections,
  cloneDocument,
  DocumentModel,
  mergeAdjacentText,
  newSection,
  plainText,
} from './model';

export type { DocumentModel };

export class DocumentStore {
  private readonly byId = new Map<string, DocumentModel>();

  constructor(private readonly ws: Workspace) {}

  /** A new document as DocumentApp.create makes it: a body with one empty paragraph. */
  create(id: string): DocumentModel {
    const doc: DocumentModel = {
      id,
      body: newSection('BODY_SECTION'),
      header: null,
      footer: null,
      listCounter: 0,
    };
    adoptSections(doc);
    this.byId.set(id, doc);
    return doc;
  }

  get(id: string): DocumentModel | undefined {
    return this.byId.get(id);
  }

  require(id: string): DocumentModel {
    const doc = this.byId.get(id);
    if (!doc) throw new Error(DOCUMENT_ERRORS.missing);
    return doc;
  }

  all(): DocumentModel[] {
    return [...this.byId.values()];
  }

  /** Deep copy of a document's content under a new id (Drive File.makeCopy). */
  clone(fromId: string, toId: string): void {
    const from = this.byId.get(fromId);
    if (!from) return;
    this.byId.set(toId, cloneDocument(from, toId));
  }

  /** Plain text of header, body and footer, in that order, one line per paragraph. */
  renderText(id: string): string {
    const doc = this.byId.get(id);
    if (!doc) return '';
    return [doc.header, doc.body, doc.footer]
      .filter((s): s is NonNullable<typeof s> => s !== null)
      .map(plainText)
      .join('\n');
  }

  /**
   * What reopening a document shows: contiguous text of a paragraph as one Text element (Google
   * stores runs by paragraph, whatever their formatting).
   */
  normalize(id: string): void {
    const doc = this.byId.get(id);
    if (!doc) return;
    for (const section of [doc.header, doc.body, doc.footer])
      if (section) mergeAdjacentText(section);
  }

  /** Seeds a document's content outside any execution (tests, scenarios). */
  replace(id: string, doc: Omit<DocumentModel, 'id'>): DocumentModel {
    const model: DocumentModel = { ...doc, id };
    adoptSections(model);
    this.byId.set(id, model);
    void this.ws;
    return model;
  }
}

/**
 * The DocumentApp global: developers.google.com/apps-script/reference/document/document-app
 */
import type { Workspace } from '../../workspace';
import { assertGoogleShape } from '../../core/typing';
import { GOOGLE_DOCS_MIME } from '../drive/store';
import { createUi } from '../ui';
import { makeDocument } from './document';
import {
  ATTRIBUTE,
  ELEMENT_TYPE,
  FONT_FAMILY,
  GLYPH_TYPE,
  HORIZONTAL_ALIGNMENT,
  PARAGRAPH_HEADING,
  POSITIONED_LAYOUT,
  TEXT_ALIGNMENT,
  VERTICAL_ALIGNMENT,
} from './enums';
import { DOCUMENT_ERRORS } from './errors';
import './facades';

type G = GoogleAppsScript.Document.DocumentApp;
type Doc = GoogleAppsScript.Document.Document;

/** Edit URLs (/document/d/<id>/edit…) and the documented getUrl() form (open?id=<id>). */
const DOC_URL =
  /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]+)(?:[/?#]|$)/;
const OPEN_URL = /^https:\/\/docs\.google\.com\/open\?(?:.*&)?id=([A-Za-z0-9_-]+)/;

export class FakeDocumentApp {
  readonly Attribute = ATTRIBUTE;
  readonly ElementType = ELEMENT_TYPE;
  readonly FontFamily = FONT_FAMILY;
  readonly GlyphType = GLYPH_TYPE;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;
  readonly ParagraphHeading = PARAGRAPH_HEADING;
  readonly PositionedLayout = POSITIONED_LAYOUT;
  readonly TextAlignment = TEXT_ALIGNMENT;
  readonly VerticalAlignment = VERTICAL_ALIGNMENT;

  constructor(private readonly ws: Workspace) {}

  private charge(method: string, kind: 'document' | 'local' | 'drive' = 'document'): void {
    this.ws.charge('DocumentApp', `DocumentApp.${method}`, kind);
  }

  private user(): string {
    return this.ws.current?.effectiveUser || this.ws.defaultUser;
  }

  /** Opens a document the effective user can see; reopening shows merged Text runs. */
  private open(id: string): Doc {
    const record = this.ws.drive.get(id);
    const model = this.ws.documents.get(id);
    if (
      !record ||
      !model ||
      record.mimeType !== GOOGLE_DOCS_MIME ||
      record.trashed ||
      !this.ws.drive.canView(record, this.ws.current?.effectiveUser ?? '')
    ) {
      throw new Error(DOCUMENT_ERRORS.missing);
    }
    this.ws.documents.normalize(id);
    return makeDocument(this.ws, model);
  }

  /** "Creates and returns a new document" in the user's My Drive. */
  create(name: string): Doc {
    this.charge('create', 'drive');
    if (name === undefined || name === null)
      throw new Error(DOCUMENT_ERRORS.invalidArgument('name'));
    const file = this.ws.drive.createFile({
      name: String(name),
      mimeType: GOOGLE_DOCS_MIME,
      owner: this.user(),
    });
    return makeDocument(this.ws, this.ws.documents.create(file.id));
  }

  openById(id: string): Doc {
    this.charge('openById');
    return this.open(String(id));
  }

  openByUrl(url: string): Doc {
    this.charge('openByUrl');
    const text = String(url);
    const match = DOC_URL.exec(text) ?? OPEN_URL.exec(text);
    if (!match) throw new Error(DOCUMENT_ERRORS.invalidArgument('url'));
    return this.open(match[1]);
  }

  /** "Returns the document to which the script is container-bound", or null. */
  getActiveDocument(): Doc {
    this.charge('getActiveDocument', 'local');
    const containerId = this.ws.current?.containerId;
    if (!containerId || !this.ws.documents.get(containerId)) return null as unknown as Doc;
    return makeDocument(this.ws, this.ws.documents.get(containerId)!);
  }

  /** Only a document-bound execution with an open editor has a Ui. */
  getUi(): GoogleAppsScript.Base.Ui {
    this.charge('getUi', 'local');
    const execution = this.ws.current;
    const containerId = execution?.containerId;
    if (!execution || !execution.hasUi || !containerId || !this.ws.documents.get(containerId)) {
      throw new Error(DOCUMENT_ERRORS.noUi);
    }
    return createUi(this.ws);
  }
}
assertGoogleShape<FakeDocumentApp, G>(true);

export function createDocumentApp(ws: Workspace): G {
  return new FakeDocumentApp(ws) as unknown as G;
}

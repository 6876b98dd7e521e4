/**
 * Drive's state: every file and folder of the emulated account, by id.
 * Reference: https://developers.google.com/apps-script/reference/drive
 *
 * Facades (DriveApp, Folder, File) are thin views over DriveFileRecord; other services (DocumentApp,
 * SpreadsheetApp, FormApp) create their files here so that DriveApp sees them.
 */
import type { Workspace } from '../../workspace';

export const GOOGLE_DOCS_MIME = 'application/vnd.google-apps.document';
export const GOOGLE_SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
export const GOOGLE_FORMS_MIME = 'application/vnd.google-apps.form';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';

/** DriveApp.Access names (developers.google.com/apps-script/reference/drive/access). */
export type AccessName = 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'PRIVATE';
/** DriveApp.Permission names (developers.google.com/apps-script/reference/drive/permission). */
export type PermissionName = 'VIEW' | 'EDIT' | 'COMMENT' | 'OWNER' | 'ORGANIZER' | 'NONE';

/** Shaped like real root ids ("0A…Uk9PVA", base64 of "ROOT" at the end). */
export const ROOT_FOLDER_ID = '0AEmulatedRootFolderUk9PVA';

export interface DriveFileRecord {
  readonly id: string;
  name: string;
  mimeType: string;
  owner: string;
  trashed: boolean;
  starred: boolean;
  /** Folder ids; Drive allows several parents through addFile, one through moveTo. */
  parents: string[];
  dateCreated: Date;
  lastUpdated: Date;
  /** null until set, as File.getDescription() returns null for a file without one. */
  description: string | null;
  /** Link / domain sharing besides the explicit editors and viewers. */
  sharing: { access: AccessName; permission: PermissionName };
  shareableByEditors: boolean;
  editors: string[];
  viewers: string[];
  commenters: string[];
  /** Content of a binary (non-Google) file; Google files keep theirs in their own service. */
  bytes?: Uint8Array;
  /** For shortcuts: the id of the file they point to. */
  targetId?: string;
}

export interface CreateFileInit {
  name: string;
  mimeType: string;
  owner: string;
  /** Defaults to the root folder ("My Drive"). */
  parentId?: string;
  bytes?: Uint8Array;
  /** Use this id instead of a new one (files whose id another service already minted). */
  id?: string;
}

export class DriveStore {
  readonly rootId: string;
  private readonly byId = new Map<string, DriveFileRecord>();

  constructor(private readonly ws: Workspace) {
    // A fixed id, not ws.newId(): creating the store must not shift the ids other services mint.
    this.rootId = ROOT_FOLDER_ID;
    const now = ws.clock.date();
    this.byId.set(this.rootId, {
      id: this.rootId,
      name: 'My Drive',
      mimeType: FOLDER_MIME,
      owner: ws.defaultUser,
      trashed: false,
      starred: false,
      parents: [],
      dateCreated: now,
      lastUpdated: now,
      description: null,
      sharing: { access: 'PRIVATE', permission: 'NONE' },
      shareableByEditors: true,
      editors: [],
      viewers: [],
      commenters: [],
    });
  }

  createFile(init: CreateFileInit): DriveFileRecord {
    const now = this.ws.clock.date();
    const record: DriveFileRecord = {
      id: init.id ?? this.ws.newId(),
      name: init.name,
      mimeType: init.mimeType,
      owner: init.owner,
      trashed: false,
      starred: false,
      parents: [init.parentId ?? this.rootId],
      dateCreated: now,
      lastUpdated: new Date(now.getTime()),
      description: null,
      sharing: { access: 'PRIVATE', permission: 'NONE' },
      shareableByEditors: true,
      editors: [],
      viewers: [],
      commenters: [],
      bytes: init.bytes,
    };
    this.byId.set(record.id, record);
    return record;
  }

  createFolder(name: string, owner: string, parentId?: string): DriveFileRecord {
    return this.createFile({ name, mimeType: FOLDER_MIME, owner, parentId });
  }

  get(id: string): DriveFileRecord | undefined {
    const record = this.byId.get(id) ?? this.adoptFromOtherService(id);
    if (record) this.refreshName(record);
    return record;
  }

  /** Every record, root included, in creation order. */
  all(): DriveFileRecord[] {
    this.adoptAllFromOtherServices();
    const records = [...this.byId.values()];
    records.forEach((r) => this.refreshName(r));
    return records;
  }

  /** Renames in Drive and in the service that owns the file (a spreadsheet's or form's title). */
  rename(record: DriveFileRecord, name: string): void {
    record.name = name;
    const sheet = this.ws.spreadsheets.get(record.id);
    if (sheet) sheet.name = name;
    const form = this.ws.forms.get(record.id);
    if (form) form.title = name;
    this.touch(record);
  }

  /** A spreadsheet or form renamed through its own service shows its new name in Drive too. */
  private refreshName(record: DriveFileRecord): void {
    if (record.mimeType === GOOGLE_SHEETS_MIME) {
      const sheet = this.ws.spreadsheets.get(record.id);
      if (sheet) record.name = sheet.name;
    } else if (record.mimeType === GOOGLE_FORMS_MIME) {
      const form = this.ws.forms.get(record.id);
      if (form) record.name = form.title;
    }
  }

  isFolder(record: DriveFileRecord): boolean {
    return record.mimeType === FOLDER_MIME;
  }

  /** Direct children of a folder (files and folders, trashed ones included). */
  childrenOf(folderId: string): DriveFileRecord[] {
    return this.all().filter((r) => r.parents.includes(folderId));
  }

  /** Marks a change: Drive's "last updated" moves to now. */
  touch(record: DriveFileRecord): void {
    record.lastUpdated = this.ws.clock.date();
  }

  /** Whether `user` may see the file: owner, editor, viewer, commenter, or general access. */
  canView(record: DriveFileRecord, user: string): boolean {
    if (!user) return true; // an execution that does not reveal its user: do not guess
    if (record.id === this.rootId) return true;
    if (record.owner === user || record.editors.includes(user)) return true;
    if (record.viewers.includes(user) || record.commenters.includes(user)) return true;
    if (this.generalPermission(record, user) !== 'NONE') return true;
    return record.parents.some((p) => p !== this.rootId && this.canViewParent(p, user));
  }

  /** Whether `user` may change the file (rename, move, share, add content). */
  canEdit(record: DriveFileRecord, user: string): boolean {
    if (!user) return true;
    if (record.id === this.rootId) return true;
    if (record.owner === user || record.editors.includes(user)) return true;
    if (this.generalPermission(record, user) === 'EDIT') return true;
    return record.parents.some((p) => p !== this.rootId && this.canEditParent(p, user));
  }

  /** What link / domain sharing grants `user` ("besides any individual users"). */
  generalPermission(record: DriveFileRecord, user: string): PermissionName {
    const { access, permission } = record.sharing;
    if (access === 'ANYONE' || access === 'ANYONE_WITH_LINK') return permission;
    if (access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') {
      const domain = (email: string) => email.slice(email.indexOf('@') + 1).toLowerCase();
      return domain(user) === domain(record.owner) ? permission : 'NONE';
    }
    return 'NONE';
  }

  private canViewParent(id: string, user: string): boolean {
    const parent = this.byId.get(id);
    return !!parent && this.canView(parent, user);
  }

  private canEditParent(id: string, user: string): boolean {
    const parent = this.byId.get(id);
    return !!parent && this.canEdit(parent, user);
  }

  /**
   * Spreadsheets and forms created by SpreadsheetApp / FormApp also live in Drive: the first time
   * Drive is asked about one, it gets a record with the same id (in the root folder).
   */
  private adoptFromOtherService(id: string): DriveFileRecord | undefined {
    const sheet = this.ws.spreadsheets.get(id);
    if (sheet) return this.adopt(id, sheet.name, GOOGLE_SHEETS_MIME, sheet.owner);
    const form = this.ws.forms.get(id);
    if (form) return this.adopt(id, form.title, GOOGLE_FORMS_MIME, form.owner);
    return undefined;
  }

  private adoptAllFromOtherServices(): void {
    for (const sheet of this.ws.spreadsheets.all()) {
      if (!this.byId.has(sheet.id))
        this.adopt(sheet.id, sheet.name, GOOGLE_SHEETS_MIME, sheet.owner);
    }
    for (const form of this.ws.forms.all()) {
      if (!this.byId.has(form.id)) this.adopt(form.id, form.title, GOOGLE_FORMS_MIME, form.owner);
    }
  }

  private adopt(id: string, name: string, mimeType: string, owner: string): DriveFileRecord {
    return this.createFile({ id, name, mimeType, owner });
  }
}

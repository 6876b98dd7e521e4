/**
 * Blob: developers.google.com/apps-script/reference/base/blob
 *
 * The data interchange object every emulated service hands around (Drive files, Docs getAs,
 * Mail attachments, Utilities.newBlob). Bytes are held unsigned; Apps Script exposes them as
 * Java bytes, i.e. signed numbers from -128 to 127.
 */
import type { Workspace } from '../workspace';
import { assertGoogleShape } from '../core/typing';

export const BLOB_ERRORS = {
  nullContentType: 'Blob object must have non-null content type for this operation.',
  nullData: 'Blob object must have non-null data for this operation.',
  unsupportedConversion: (from: string, to: string) =>
    `Converting from ${from} to ${to} is not supported.`,
  unsupportedCharset: (name: string) => `Unsupported charset: ${name}`,
} as const;

// ---------------------------------------------------------------------------------------------
// Bytes and charsets (shared with Utilities)
// ---------------------------------------------------------------------------------------------

/** Java bytes: -128..127, as Apps Script returns them from getBytes(), computeDigest()… */
export function toSignedBytes(bytes: Uint8Array): GoogleAppsScript.Byte[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** Accepts Apps Script byte arrays (signed or unsigned numbers) and typed arrays. */
export function fromByteArray(data: ArrayLike<number>): Uint8Array {
  return Uint8Array.from(Array.from(data), (b) => Number(b) & 0xff);
}

/** A Java charset name or an Apps Script Charset enum value, as a canonical key. */
function charsetKey(charset: string): string {
  const key = String(charset).toUpperCase().replace(/[_\s]/g, '-');
  const aliases: Record<string, string> = {
    UTF8: 'UTF-8',
    'US-ASCII': 'US-ASCII',
    ASCII: 'US-ASCII',
    'ISO-8859-1': 'ISO-8859-1',
    'ISO8859-1': 'ISO-8859-1',
    LATIN1: 'ISO-8859-1',
    'SHIFT-JIS': 'SHIFT_JIS',
    SJIS: 'SHIFT_JIS',
    'WINDOWS-31J': 'SHIFT_JIS',
    MS932: 'SHIFT_JIS',
    CP932: 'SHIFT_JIS',
    EUCJP: 'EUC-JP',
    'EUC-JP': 'EUC-JP',
    UTF16: 'UTF-16',
  };
  return aliases[key] ?? key;
}

const SUPPORTED_CHARSETS = new Set([
  'UTF-8',
  'US-ASCII',
  'ISO-8859-1',
  'UTF-16',
  'UTF-16BE',
  'UTF-16LE',
  'SHIFT_JIS',
  'EUC-JP',
]);

function requireCharset(charset: string): string {
  const key = charsetKey(charset);
  if (!SUPPORTED_CHARSETS.has(key)) throw new Error(BLOB_ERRORS.unsupportedCharset(charset));
  return key;
}

/** Java replaces characters a charset cannot encode with '?'. */
const REPLACEMENT = 0x3f;

const reverseTables = new Map<string, Map<number, number[]>>();

/** Builds char → bytes for a double-byte Japanese charset from the WHATWG decoder. */
function reverseTable(key: 'SHIFT_JIS' | 'EUC-JP'): Map<number, number[]> {
  const cached = reverseTables.get(key);
  if (cached) return cached;
  const table = new Map<number, number[]>();
  const decoder = new TextDecoder(key === 'SHIFT_JIS' ? 'shift_jis' : 'euc-jp');
  const add = (bytes: number[]) => {
    const text = decoder.decode(Uint8Array.from(bytes));
    if (text.length === 1 && text !== '\ufffd' && !table.has(text.charCodeAt(0))) {
      table.set(text.charCodeAt(0), bytes);
    }
  };
  for (let b = 0; b < 0x80; b++) add([b]);
  if (key === 'SHIFT_JIS') {
    for (let b = 0xa1; b <= 0xdf; b++) add([b]); // half-width katakana
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) add([lead, trail]);
    }
  } else {
    for (let b = 0xa1; b <= 0xdf; b++) add([0x8e, b]);
    for (let lead = 0xa1; lead <= 0xfe; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) add([lead, trail]);
    }
  }
  reverseTables.set(key, table);
  return table;
}

/** String → bytes in a Java charset (default UTF-8, Apps Script's platform charset). */
export function encodeString(text: string, charset = 'UTF-8'): Uint8Array {
  const key = requireCharset(charset);
  switch (key) {
    case 'UTF-8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'US-ASCII':
    case 'ISO-8859-1': {
      const max = key === 'US-ASCII' ? 0x7f : 0xff;
      const out: number[] = [];
      for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        out.push(code <= max ? code : REPLACEMENT);
      }
      return Uint8Array.from(out);
    }
    case 'UTF-16': // Java writes a big-endian byte order mark
    case 'UTF-16BE': {
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.alloc(le.length);
      for (let i = 0; i < le.length; i += 2) {
        be[i] = le[i + 1];
        be[i + 1] = le[i];
      }
      const body = new Uint8Array(be);
      if (key === 'UTF-16BE') return body;
      const withBom = new Uint8Array(body.length + 2);
      withBom.set([0xfe, 0xff]);
      withBom.set(body, 2);
      return withBom;
    }
    case 'UTF-16LE':
      return new Uint8Array(Buffer.from(text, 'utf16le'));
    default: {
      const table = reverseTable(key as 'SHIFT_JIS' | 'EUC-JP');
      const out: number[] = [];
      for (let i = 0; i < text.length; i++)
        out.push(...(table.get(text.charCodeAt(i)) ?? [REPLACEMENT]));
      return Uint8Array.from(out);
    }
  }
}

/** Bytes → string in a Java charset; malformed input becomes U+FFFD as Java's decoder does. */
export function decodeBytes(bytes: Uint8Array, charset = 'UTF-8'): string {
  const key = requireCharset(charset);
  switch (key) {
    case 'US-ASCII':
      return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\ufffd')).join('');
    case 'ISO-8859-1':
      return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    case 'UTF-16': {
      if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
      const body = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes;
      return new TextDecoder('utf-16be').decode(body);
    }
    case 'UTF-16BE':
      return new TextDecoder('utf-16be').decode(bytes);
    case 'UTF-16LE':
      return new TextDecoder('utf-16le').decode(bytes);
    case 'SHIFT_JIS':
      return new TextDecoder('shift_jis').decode(bytes);
    case 'EUC-JP':
      return new TextDecoder('euc-jp').decode(bytes);
    default:
      // Java keeps a leading UTF-8 byte order mark as U+FEFF.
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }
}

// ---------------------------------------------------------------------------------------------
// Content types and file extensions
// ---------------------------------------------------------------------------------------------

const EXTENSION_TO_TYPE: Record<string, string> = {
  txt: 'text/plain',
  text: 'text/plain',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  xml: 'text/xml',
  json: 'application/json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/x-gzip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  ics: 'text/calendar',
  rtf: 'application/rtf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/x-vnd.oasis.opendocument.spreadsheet',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
};

const TYPE_TO_EXTENSION: Record<string, string> = {
  'text/plain': 'txt',
  'image/jpeg': 'jpg',
  'text/html': 'html',
};
for (const [ext, type] of Object.entries(EXTENSION_TO_TYPE)) {
  if (!TYPE_TO_EXTENSION[type]) TYPE_TO_EXTENSION[type] = ext;
}

export function contentTypeFromName(name: string | null): string | null {
  if (!name) return null;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return null;
  return EXTENSION_TO_TYPE[name.slice(dot + 1).toLowerCase()] ?? null;
}

/**
 * getAs renames: "it assumes that the part of the filename that follows the final period (if
 * any) is an existing extension that should be replaced" ("ShoppingList.12.25.2014" becomes
 * "ShoppingList.12.25.pdf").
 */
export function renameForType(name: string | null, contentType: string): string | null {
  if (name === null) return null;
  const extension = TYPE_TO_EXTENSION[contentType];
  if (!extension) return name;
  const dot = name.lastIndexOf('.');
  return `${dot < 0 ? name : name.slice(0, dot)}.${extension}`;
}

function baseType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// The facade
// ---------------------------------------------------------------------------------------------

export interface BlobOptions {
  /** Records calls on this workspace's ledger (pure computation: kind 'free'). */
  ws?: Pick<Workspace, 'charge'>;
  /** The global the calls are recorded under; defaults to 'Utilities'. */
  service?: string;
}

class FakeBlob {
  private bytes: Uint8Array;
  private contentType: string | null;
  private name: string | null;

  constructor(
    bytes: Uint8Array,
    contentType: string | null,
    name: string | null,
    private readonly options: BlobOptions,
  ) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.name = name;
  }

  private charge(method: string): void {
    this.options.ws?.charge(this.options.service ?? 'Utilities', `Blob.${method}`, 'free');
  }

  private self(): GoogleAppsScript.Base.Blob {
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  private copy(): GoogleAppsScript.Base.Blob {
    return makeBlob(new Uint8Array(this.bytes), this.contentType, this.name, this.options);
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    this.charge('copyBlob');
    return this.copy();
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    this.charge('getBlob');
    return this.self();
  }

  /**
   * "Return the data inside this object as a blob converted to the specified content type."
   * Only identity conversions exist here (renaming the extension as the reference describes);
   * services that can really convert (Docs to PDF…) implement their own getAs.
   */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.charge('getAs');
    if (this.contentType === null) throw new Error(BLOB_ERRORS.nullContentType);
    const target = baseType(String(contentType));
    if (baseType(this.contentType) !== target) {
      throw new Error(BLOB_ERRORS.unsupportedConversion(this.contentType, String(contentType)));
    }
    return makeBlob(
      new Uint8Array(this.bytes),
      this.contentType,
      renameForType(this.name, target),
      this.options,
    );
  }

  getBytes(): GoogleAppsScript.Byte[] {
    this.charge('getBytes');
    return toSignedBytes(this.bytes);
  }

  getContentType(): string | null {
    this.charge('getContentType');
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    this.charge('getDataAsString');
    return decodeBytes(this.bytes, charset ?? 'UTF-8');
  }

  getName(): string | null {
    this.charge('getName');
    return this.name;
  }

  /** "Returns whether this blob is a Google Workspace file (Sheets, Docs, etc.)." */
  isGoogleType(): boolean {
    this.charge('isGoogleType');
    return this.contentType !== null && this.contentType.startsWith('application/vnd.google-apps.');
  }

  setBytes(data: GoogleAppsScript.Byte[]): GoogleAppsScript.Base.Blob {
    this.charge('setBytes');
    this.bytes = fromByteArray(data);
    return this.self();
  }

  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.charge('setContentType');
    this.contentType =
      contentType === null || contentType === undefined ? null : String(contentType);
    return this.self();
  }

  /** "The contentType is null if it cannot be guessed from its extension." */
  setContentTypeFromExtension(): GoogleAppsScript.Base.Blob {
    this.charge('setContentTypeFromExtension');
    this.contentType = contentTypeFromName(this.name);
    return this.self();
  }

  setDataFromString(string: string, charset?: string): GoogleAppsScript.Base.Blob {
    this.charge('setDataFromString');
    this.bytes = encodeString(String(string), charset ?? 'UTF-8');
    return this.self();
  }

  setName(name: string): GoogleAppsScript.Base.Blob {
    this.charge('setName');
    this.name = name === null || name === undefined ? null : String(name);
    return this.self();
  }
}
assertGoogleShape<FakeBlob, GoogleAppsScript.Base.Blob>(true);

/**
 * A Blob over `bytes`. Other emulated services create theirs with this; pass `options.ws` so
 * calls on it are recorded, and `options.service` to record them under that service's global.
 */
export function makeBlob(
  bytes: Uint8Array,
  contentType: string | null = null,
  name: string | null = null,
  options: BlobOptions = {},
): GoogleAppsScript.Base.Blob {
  return new FakeBlob(bytes, contentType, name, options) as unknown as GoogleAppsScript.Base.Blob;
}

export interface BlobContents {
  bytes: Uint8Array;
  contentType: string | null;
  name: string | null;
}

/**
 * The bytes, content type and name of any Blob or BlobSource, without recording calls on the
 * ledger (for emulated services that consume blobs: Drive createFile, Mail attachments, zip…).
 */
export function readBlob(source: GoogleAppsScript.Base.BlobSource): BlobContents {
  const blob: unknown = source instanceof FakeBlob ? source : source.getBlob();
  if (blob instanceof FakeBlob) {
    const inner = blob as unknown as BlobContents;
    return { bytes: inner.bytes, contentType: inner.contentType, name: inner.name };
  }
  const foreign = blob as GoogleAppsScript.Base.Blob;
  return {
    bytes: fromByteArray(foreign.getBytes()),
    contentType: foreign.getContentType(),
    name: foreign.getName(),
  };
}

export function isEmulatedBlob(value: unknown): value is GoogleAppsScript.Base.Blob {
  return value instanceof FakeBlob;
}

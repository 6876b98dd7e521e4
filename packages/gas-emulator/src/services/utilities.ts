/**
 * Utilities: developers.google.com/apps-script/reference/utilities/utilities
 *
 * Pure computation inside the Apps Script runtime: every call is recorded as 'free' (no round
 * trip), except sleep(), which spends its milliseconds on the running execution so the virtual
 * clock and the execution time limit see it.
 */
import { createHash, createHmac, createSign, randomUUID } from 'node:crypto';
import { crc32, deflateRawSync, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import type { Workspace } from '../workspace';
import { assertGoogleShape } from '../core/typing';
import {
  contentTypeFromName,
  decodeBytes,
  encodeString,
  fromByteArray,
  makeBlob,
  readBlob,
  toSignedBytes,
} from './blob';
import { formatDate as formatJavaDate, parseDate as parseJavaDate } from './simpleDateFormat';

export { formatDate } from './simpleDateFormat';
export { makeBlob } from './blob';

/** "The maximum allowed value is 300000 (or 5 minutes)." (Utilities.sleep reference) */
export const MAX_SLEEP_MS = 300_000;

export const UTILITIES_ERRORS = {
  signatureMismatch: (types: string, method: string) =>
    `The parameters (${types}) don't match the method signature for Utilities.${method}.`,
  sleepTooLarge: 'Argument too large: milliseconds',
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  couldNotDecode: 'Could not decode string.',
  invalidZip: 'Could not unzip blob: it is not a valid zip archive.',
  invalidGzip: 'Could not ungzip blob: it is not valid gzip data.',
} as const;

// ---------------------------------------------------------------------------------------------
// Enums: plain objects; each value's text is its name, as Apps Script enums print.
// ---------------------------------------------------------------------------------------------

export const Charset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

export const DigestAlgorithm = {
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const;

export const MacAlgorithm = {
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const;

export const RsaAlgorithm = { RSA_SHA_1: 'RSA_SHA_1', RSA_SHA_256: 'RSA_SHA_256' } as const;

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

const NODE_HMAC: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

const NODE_RSA: Record<string, string> = { RSA_SHA_1: 'RSA-SHA1', RSA_SHA_256: 'RSA-SHA256' };

// ---------------------------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------------------------

/** How Apps Script names argument types in "The parameters (…) don't match…" messages. */
function javaTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return 'number[]';
  return 'Object';
}

function signatureError(method: string, args: unknown[]): Error {
  return new Error(UTILITIES_ERRORS.signatureMismatch(args.map(javaTypeName).join(','), method));
}

/** Works across realms (the add-on may run in a vm context with its own Date). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function isByteArray(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || ArrayBuffer.isView(value);
}

/** A Charset enum value, or a Java charset name. */
function charsetName(charset: unknown): string {
  if (charset === undefined || charset === null) return 'UTF-8';
  const text = String(charset);
  if (text === Charset.UTF_8) return 'UTF-8';
  if (text === Charset.US_ASCII) return 'US-ASCII';
  return text;
}

/** String arguments are encoded (UTF-8 unless a Charset is given); byte arrays taken as is. */
function bytesOf(value: unknown, charset: unknown, method: string, args: unknown[]): Uint8Array {
  if (typeof value === 'string') return encodeString(value, charsetName(charset));
  if (isByteArray(value)) return fromByteArray(value);
  throw signatureError(method, args);
}

// ---------------------------------------------------------------------------------------------
// MD2 (RFC 1319): Java's MessageDigest has it; OpenSSL 3 (node) does not.
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const MD2_S = [
  41, 46, 67, 201, 162, 216, 124, 1, 61, 54, 84, 161, 236, 240, 6, 19, 98, 167, 5, 243, 192, 199,
  115, 140, 152, 147, 43, 217, 188, 76, 130, 202, 30, 155, 87, 60, 253, 212, 224, 22, 103, 66, 111,
  24, 138, 23, 229, 18, 190, 78, 196, 214, 218, 158, 222, 73, 160, 251, 245, 142, 187, 47, 238,
  122, 169, 104, 121, 145, 21, 178, 7, 63, 148, 194, 16, 137, 11, 34, 95, 33, 128, 127, 93, 154,
  90, 144, 50, 39, 53, 62, 204, 231, 191, 247, 151, 3, 255, 25, 48, 179, 72, 165, 181, 209, 215,
  94, 146, 42, 172, 86, 170, 198, 79, 184, 56, 210, 150, 164, 125, 182, 118, 252, 107, 226, 156,
  116, 4, 241, 69, 157, 112, 89, 100, 113, 135, 32, 134, 91, 207, 101, 230, 45, 168, 2, 27, 96, 37,
  173, 174, 176, 185, 246, 28, 70, 97, 105, 52, 64, 126, 15, 85, 71, 163, 35, 221, 81, 175, 58, 195,
  92, 249, 206, 186, 197, 234, 38, 44, 83, 13, 110, 133, 40, 132, 9, 211, 223, 205, 244, 65, 129,
  77, 82, 106, 220, 55, 200, 108, 193, 171, 250, 36, 225, 123, 8, 12, 189, 177, 74, 120, 136, 149,
  139, 227, 99, 232, 109, 233, 203, 213, 254, 59, 0, 29, 57, 242, 239, 183, 14, 102, 88, 208, 228,
  166, 119, 114, 248, 235, 117, 75, 10, 49, 68, 80, 180, 143, 237, 31, 26, 219, 153, 141, 51, 159,
  17, 131, 20,
];

function md2(input: Uint8Array): Uint8Array {
  const padLength = 16 - (input.length % 16);
  const message = new Uint8Array(input.length + padLength + 16);
  message.set(input);
  message.fill(padLength, input.length, input.length + padLength);
  const checksum = new Uint8Array(16);
  let last = 0;
  for (let i = 0; i < input.length + padLength; i += 16) {
    for (let j = 0; j < 16; j++) {
      checksum[j] ^= MD2_S[message[i + j] ^ last];
      last = checksum[j];
    }
  }
  message.set(checksum, input.length + padLength);
  const x = new Uint8Array(48);
  for (let i = 0; i < message.length; i += 16) {
    for (let j = 0; j < 16; j++) {
      x[16 + j] = message[i + j];
      x[32 + j] = x[16 + j] ^ x[j];
    }
    let t = 0;
    for (let round = 0; round < 18; round++) {
      for (let k = 0; k < 48; k++) {
        x[k] ^= MD2_S[t];
        t = x[k];
      }
      t = (t + round) & 0xff;
    }
  }
  return x.slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// Base64 (RFC 4648): the standard and the URL-safe ("web safe") alphabets, with padding.
// ---------------------------------------------------------------------------------------------

function base64Decode(encoded: unknown, webSafe: boolean, method: string): Uint8Array {
  if (typeof encoded !== 'string') throw signatureError(method, [encoded]);
  const text = encoded.replace(/\s+/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  const unpadded = text.replace(/=+$/, '');
  if (!alphabet.test(text) || unpadded.length % 4 === 1) {
    throw new Error(UTILITIES_ERRORS.couldNotDecode);
  }
  return new Uint8Array(Buffer.from(unpadded, webSafe ? 'base64url' : 'base64'));
}

function base64Encode(bytes: Uint8Array, webSafe: boolean): string {
  const standard = Buffer.from(bytes).toString('base64');
  return webSafe ? standard.replace(/\+/g, '-').replace(/\//g, '_') : standard;
}

// ---------------------------------------------------------------------------------------------
// formatString: sprintf-like '%' conversions.
// ---------------------------------------------------------------------------------------------

const FORMAT_SPEC = /%(?:(\d+)\$)?([-+ 0#]*)(\d+)?(?:\.(\d+))?([%sdifeEgGxXocbu])/g;

function applyWidth(body: string, flags: string, width: number | undefined, numeric: boolean) {
  if (width === undefined || body.length >= width) return body;
  if (flags.includes('-')) return body.padEnd(width, ' ');
  if (numeric && flags.includes('0')) {
    const sign = /^[+\- ]/.test(body) ? body[0] : '';
    return sign + body.slice(sign.length).padStart(width - sign.length, '0');
  }
  return body.padStart(width, ' ');
}

function formatOne(
  conversion: string,
  flags: string,
  precision: number | undefined,
  arg: unknown,
): { body: string; numeric: boolean } {
  const signed = (n: number, text: string) =>
    n >= 0 && !Object.is(n, -0) && flags.includes('+')
      ? `+${text}`
      : n >= 0 && flags.includes(' ')
        ? ` ${text}`
        : text;
  switch (conversion) {
    case 's': {
      const text = String(arg);
      return { body: precision === undefined ? text : text.slice(0, precision), numeric: false };
    }
    case 'c':
      return {
        body: typeof arg === 'number' ? String.fromCharCode(arg) : String(arg).charAt(0),
        numeric: false,
      };
    case 'b':
      return { body: arg ? 'true' : 'false', numeric: false };
    case 'd':
    case 'i':
    case 'u': {
      const n = Math.trunc(Number(arg));
      return { body: signed(n, String(n)), numeric: true };
    }
    case 'f': {
      const n = Number(arg);
      return { body: signed(n, n.toFixed(precision ?? 6)), numeric: true };
    }
    case 'e':
    case 'E': {
      const n = Number(arg);
      const text = n.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      return { body: signed(n, conversion === 'E' ? text.toUpperCase() : text), numeric: true };
    }
    case 'g':
    case 'G': {
      const n = Number(arg);
      const text = n.toPrecision(precision === 0 ? 1 : (precision ?? 6));
      return { body: signed(n, conversion === 'G' ? text.toUpperCase() : text), numeric: true };
    }
    case 'x':
    case 'X':
    case 'o': {
      const n = Math.trunc(Number(arg)) >>> 0;
      const radix = conversion === 'o' ? 8 : 16;
      let text = n.toString(radix);
      if (conversion === 'X') text = text.toUpperCase();
      if (flags.includes('#') && n !== 0)
        text = (conversion === 'o' ? '0' : '0' + conversion) + text;
      return { body: text, numeric: true };
    }
    default:
      return { body: '%', numeric: false };
  }
}

function sprintf(template: string, args: unknown[]): string {
  let next = 0;
  return template.replace(
    FORMAT_SPEC,
    (_match, position: string | undefined, flags: string, width, precision, conversion) => {
      if (conversion === '%') return '%';
      const arg = position !== undefined ? args[Number(position) - 1] : args[next++];
      const { body, numeric } = formatOne(
        conversion,
        flags,
        precision === undefined ? undefined : Number(precision),
        arg,
      );
      return applyWidth(body, flags, width === undefined ? undefined : Number(width), numeric);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/** RFC 4180: quoted fields may hold delimiters, line breaks and "" for a quote. */
function parseCsvText(csv: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < csv.length) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && csv[i + 1] === '\n') i++;
    } else {
      field += c;
    }
    i++;
  }
  // A final line break ends the last record rather than starting an empty one.
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// ZIP (PKZIP APPNOTE): stored or deflated entries, UTF-8 names.
// ---------------------------------------------------------------------------------------------

interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

function writeZip(entries: ZipEntry[], modified: Date): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const { time, day } = dosDateTime(modified);
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = deflateRawSync(entry.bytes);
    const crc = crc32(entry.bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.bytes.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

function readZip(bytes: Uint8Array): ZipEntry[] {
  const buffer = Buffer.from(bytes);
  let endAt = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      endAt = i;
      break;
    }
  }
  if (endAt < 0) throw new Error(UTILITIES_ERRORS.invalidZip);
  const count = buffer.readUInt16LE(endAt + 10);
  let at = buffer.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(UTILITIES_ERRORS.invalidZip);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localAt = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt =
      localAt + 30 + buffer.readUInt16LE(localAt + 26) + buffer.readUInt16LE(localAt + 28);
    const data = buffer.subarray(dataAt, dataAt + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(UTILITIES_ERRORS.invalidZip);
    // Directories have no data and are not returned as blobs.
    if (!name.endsWith('/')) {
      entries.push({ name, bytes: new Uint8Array(method === 8 ? inflateRawSync(data) : data) });
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// The facade
// ---------------------------------------------------------------------------------------------

type Blob = GoogleAppsScript.Base.Blob;
type BlobSource = GoogleAppsScript.Base.BlobSource;
type Bytes = GoogleAppsScript.Byte[];

class FakeUtilities {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm;

  constructor(private readonly ws: Workspace) {}

  private charge(method: string): void {
    this.ws.charge('Utilities', `Utilities.${method}`, 'free');
  }

  private blob(bytes: Uint8Array, contentType: string | null, name: string | null): Blob {
    return makeBlob(bytes, contentType, name, { ws: this.ws, service: 'Utilities' });
  }

  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): Bytes {
    this.charge('base64Decode');
    return toSignedBytes(base64Decode(encoded, false, 'base64Decode'));
  }

  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): Bytes {
    this.charge('base64DecodeWebSafe');
    return toSignedBytes(base64Decode(encoded, true, 'base64DecodeWebSafe'));
  }

  base64Encode(data: Bytes | string, charset?: GoogleAppsScript.Utilities.Charset): string {
    this.charge('base64Encode');
    return base64Encode(bytesOf(data, charset, 'base64Encode', [data]), false);
  }

  base64EncodeWebSafe(data: Bytes | string, charset?: GoogleAppsScript.Utilities.Charset): string {
    this.charge('base64EncodeWebSafe');
    return base64Encode(bytesOf(data, charset, 'base64EncodeWebSafe', [data]), true);
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: Bytes | string,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    this.charge('computeDigest');
    const args = charset === undefined ? [algorithm, value] : [algorithm, value, charset];
    const name = String(algorithm);
    if (!(name in DigestAlgorithm)) throw signatureError('computeDigest', args);
    const bytes = bytesOf(value, charset, 'computeDigest', args);
    if (name === DigestAlgorithm.MD2) return toSignedBytes(md2(bytes));
    return toSignedBytes(createHash(NODE_DIGEST[name]).update(bytes).digest());
  }

  computeHmacSha256Signature(
    value: Bytes | string,
    key: Bytes | string,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    this.charge('computeHmacSha256Signature');
    return this.hmac('computeHmacSha256Signature', MacAlgorithm.HMAC_SHA_256, value, key, charset);
  }

  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: Bytes | string,
    key: Bytes | string,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    this.charge('computeHmacSignature');
    if (!(String(algorithm) in MacAlgorithm)) {
      throw signatureError('computeHmacSignature', [algorithm, value, key]);
    }
    return this.hmac('computeHmacSignature', String(algorithm), value, key, charset);
  }

  private hmac(method: string, algorithm: string, value: unknown, key: unknown, charset: unknown) {
    const args = [value, key];
    // The string overloads take two strings, the byte overloads two byte arrays.
    if (typeof value === 'string' ? typeof key !== 'string' : !isByteArray(key)) {
      throw signatureError(method, args);
    }
    const mac = createHmac(NODE_HMAC[algorithm], bytesOf(key, charset, method, args));
    return toSignedBytes(mac.update(bytesOf(value, charset, method, args)).digest());
  }

  computeRsaSha1Signature(
    value: string,
    key: string,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    this.charge('computeRsaSha1Signature');
    return this.rsa('computeRsaSha1Signature', RsaAlgorithm.RSA_SHA_1, value, key, charset);
  }

  computeRsaSha256Signature(
    value: string,
    key: string,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    this.charge('computeRsaSha256Signature');
    return this.rsa('computeRsaSha256Signature', RsaAlgorithm.RSA_SHA_256, value, key, charset);
  }

  computeRsaSignature(
    algorithm: GoogleAppsScript.Utilities.RsaAlgorithm,
    value: string,
    key: string,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    this.charge('computeRsaSignature');
    if (!(String(algorithm) in RsaAlgorithm)) {
      throw signatureError('computeRsaSignature', [algorithm, value, key]);
    }
    return this.rsa('computeRsaSignature', String(algorithm), value, key, charset);
  }

  /** Signs with a PEM private key (e.g. a service account's "private_key"). */
  private rsa(method: string, algorithm: string, value: unknown, key: unknown, charset: unknown) {
    if (typeof value !== 'string' || typeof key !== 'string') {
      throw signatureError(method, [value, key]);
    }
    const signer = createSign(NODE_RSA[algorithm]).update(bytesOf(value, charset, method, []));
    try {
      return toSignedBytes(signer.sign(key.replace(/\\n/g, '\n')));
    } catch {
      throw new Error(UTILITIES_ERRORS.invalidArgument('key'));
    }
  }

  /**
   * "Formats date according to specification described in Java SE SimpleDateFormat class."
   * English names; unknown time zones format as GMT, as Java's TimeZone does.
   */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.charge('formatDate');
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('formatDate', [date, timeZone, format]);
    }
    if (Number.isNaN((date as Date).getTime())) {
      throw new Error(UTILITIES_ERRORS.invalidArgument('date'));
    }
    return formatJavaDate(date as Date, timeZone, format);
  }

  /** "Performs sprintf-like string formatting using '%'-style format strings." */
  formatString(template: string, ...args: unknown[]): string {
    this.charge('formatString');
    return sprintf(String(template), args);
  }

  /** "Get a UUID as a string (equivalent to using the java.util.UUID.randomUUID() method)." */
  getUuid(): string {
    this.charge('getUuid');
    return randomUUID();
  }

  /** "gzip-compresses the provided Blob data and returns it in a new Blob object." */
  gzip(blob: BlobSource, name?: string): Blob {
    this.charge('gzip');
    const source = readBlob(blob);
    // gas-fakes (checked against live Apps Script) keeps the source's name.
    const gzName = name ?? source.name ?? 'archive.gz';
    return this.blob(new Uint8Array(gzipSync(source.bytes)), 'application/x-gzip', gzName);
  }

  /** "Uncompresses a Blob object and returns a Blob containing the uncompressed data." */
  ungzip(blob: BlobSource): Blob {
    this.charge('ungzip');
    const source = readBlob(blob);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(gunzipSync(source.bytes));
    } catch {
      throw new Error(UTILITIES_ERRORS.invalidGzip);
    }
    const name = source.name ? source.name.replace(/\.gz$/i, '') : null;
    return this.blob(bytes, null, name);
  }

  /** "Creates a new Blob object that is a zip file containing the data from the Blobs." */
  zip(blobs: BlobSource[], name?: string): Blob {
    this.charge('zip');
    if (!Array.isArray(blobs)) throw signatureError('zip', [blobs]);
    const entries = blobs.map((source, index) => {
      const { bytes, name: entryName } = readBlob(source);
      return { name: entryName ?? `file${index + 1}`, bytes };
    });
    const zipped = writeZip(entries, new Date(this.ws.clock.now()));
    return this.blob(zipped, 'application/zip', name ?? 'archive.zip');
  }

  /** "Takes a Blob representing a zip file and returns its component files." */
  unzip(blob: BlobSource): Blob[] {
    this.charge('unzip');
    return readZip(readBlob(blob).bytes).map((entry) =>
      this.blob(entry.bytes, contentTypeFromName(entry.name), entry.name),
    );
  }

  /**
   * "Create a new Blob object from a byte array / string." A string is stored as UTF-8 and, with
   * no content type given, typed text/plain; a byte array has no content type.
   */
  newBlob(data: Bytes | string, contentType?: string, name?: string): Blob {
    this.charge('newBlob');
    let bytes: Uint8Array;
    let type: string | null =
      contentType === undefined || contentType === null ? null : contentType;
    if (typeof data === 'string') {
      bytes = encodeString(data, 'UTF-8');
      if (type === null && contentType === undefined) type = 'text/plain';
    } else if (isByteArray(data)) {
      bytes = fromByteArray(data);
    } else {
      throw signatureError('newBlob', [data, contentType, name].slice(0, arguments.length));
    }
    return this.blob(bytes, type, name === undefined || name === null ? null : String(name));
  }

  /** "Returns a tabular 2D array representation of a CSV string." */
  parseCsv(csv: string, delimiter?: GoogleAppsScript.Char): string[][] {
    this.charge('parseCsv');
    if (typeof csv !== 'string') throw signatureError('parseCsv', [csv]);
    return parseCsvText(csv, delimiter === undefined ? ',' : String(delimiter));
  }

  /** "Parses the provided string date according to the specification … SimpleDateFormat." */
  parseDate(date: string, timeZone: string, format: string): Date {
    this.charge('parseDate');
    if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('parseDate', [date, timeZone, format]);
    }
    return parseJavaDate(date, timeZone, format, this.ws.clock.now());
  }

  /**
   * "Sleeps for specified number of milliseconds. Immediately puts the script to sleep for the
   * specified number of milliseconds. The maximum allowed value is 300000 (or 5 minutes)."
   * The sleep is spent on the execution: the virtual clock advances and counts toward the limit.
   */
  sleep(milliseconds: GoogleAppsScript.Integer): void {
    this.charge('sleep');
    const ms = Math.trunc(Number(milliseconds));
    if (typeof milliseconds !== 'number' || Number.isNaN(ms)) {
      throw signatureError('sleep', [milliseconds]);
    }
    if (ms > MAX_SLEEP_MS) throw new Error(UTILITIES_ERRORS.sleepTooLarge);
    if (ms < 0) throw new Error(UTILITIES_ERRORS.invalidArgument('milliseconds'));
    this.ws.requireExecution().spend(ms);
  }

  /** Deprecated in the reference: use JSON.parse. */
  jsonParse(jsonString: string): unknown {
    this.charge('jsonParse');
    return JSON.parse(jsonString);
  }

  /** Deprecated in the reference: use JSON.stringify. */
  jsonStringify(obj: unknown): string {
    this.charge('jsonStringify');
    return JSON.stringify(obj);
  }
}
assertGoogleShape<FakeUtilities, GoogleAppsScript.Utilities.Utilities>(true);

export function createUtilities(ws: Workspace): GoogleAppsScript.Utilities.Utilities {
  return new FakeUtilities(ws) as unknown as GoogleAppsScript.Utilities.Utilities;
}

/** Bytes → string in a charset, for services that read blob text (re-exported convenience). */
export { decodeBytes, encodeString };

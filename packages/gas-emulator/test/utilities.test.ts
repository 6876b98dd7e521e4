/**
 * Utilities service, checked against
 * https://developers.google.com/apps-script/reference/utilities/utilities (REF below) and, for
 * formatDate/parseDate, the Java SimpleDateFormat documentation it points to
 * https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html (SDF below).
 */
import type { Execution } from '../src/core/execution';
import { generateKeyPairSync, createVerify } from 'node:crypto';
import { Workspace } from '../src/workspace';
import { createUtilities, formatDate, MAX_SLEEP_MS } from '../src/services/utilities';

const REF = 'https://developers.google.com/apps-script/reference/utilities/utilities';

function setup(now = '2026-04-01T09:00:00+09:00') {
  const ws = new Workspace({ now });
  const utilities = createUtilities(ws);
  const run = <T>(body: (execution: Execution) => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: 'desk@city.example.lg.jp' }, body);
  return { ws, utilities, run };
}

const hex = (bytes: number[]) =>
  bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');

describe(`formatDate (${REF}#formatDate(Date,String,String))`, () => {
  const { utilities } = setup();

  test('Asia/Tokyo: 23:59:59 on 31 March is still March (UTC+9)', () => {
    const lastSecond = new Date('2026-03-31T14:59:59Z');
    expect(utilities.formatDate(lastSecond, 'Asia/Tokyo', 'yyyy/MM/dd HH:mm:ss')).toBe(
      '2026/03/31 23:59:59',
    );
  });

  test('Asia/Tokyo: one second later is 1 April 00:00:00', () => {
    const midnight = new Date('2026-03-31T15:00:00Z');
    expect(utilities.formatDate(midnight, 'Asia/Tokyo', 'yyyy/MM/dd HH:mm:ss')).toBe(
      '2026/04/01 00:00:00',
    );
  });

  test('the same instant in UTC is still 31 March', () => {
    const midnightJst = new Date('2026-03-31T15:00:00Z');
    expect(utilities.formatDate(midnightJst, 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2026-03-31 15:00');
  });

  test('Java\'s old id "JST" is Asia/Tokyo (SDF: TimeZone.getTimeZone)', () => {
    expect(utilities.formatDate(new Date('2026-03-31T15:00:00Z'), 'JST', 'yyyy/MM/dd HH:mm')).toBe(
      '2026/04/01 00:00',
    );
  });

  test('America/New_York before the March DST change is EST (UTC-5)', () => {
    const before = new Date('2026-03-08T06:59:59Z');
    expect(utilities.formatDate(before, 'America/New_York', 'HH:mm:ss z Z')).toBe(
      '01:59:59 EST -0500',
    );
  });

  test('America/New_York after the March DST change is EDT (UTC-4)', () => {
    const after = new Date('2026-03-08T07:00:00Z');
    expect(utilities.formatDate(after, 'America/New_York', 'HH:mm:ss z Z')).toBe(
      '03:00:00 EDT -0400',
    );
  });

  test('America/New_York: 01:30 happens twice when DST ends in November', () => {
    const first = new Date('2026-11-01T05:30:00Z');
    const second = new Date('2026-11-01T06:30:00Z');
    expect(utilities.formatDate(first, 'America/New_York', 'HH:mm z')).toBe('01:30 EDT');
    expect(utilities.formatDate(second, 'America/New_York', 'HH:mm z')).toBe('01:30 EST');
  });

  test('custom "GMT+09:00" zones are fixed offsets (SDF: general time zone syntax)', () => {
    const date = new Date('2026-03-31T15:00:00Z');
    expect(utilities.formatDate(date, 'GMT+09:00', 'yyyy-MM-dd HH:mm z')).toBe(
      '2026-04-01 00:00 GMT+09:00',
    );
  });

  test('"GMT+9" and "GMT+0900" mean the same as "GMT+09:00"', () => {
    const date = new Date('2026-03-31T15:00:00Z');
    expect(utilities.formatDate(date, 'GMT+9', 'HH:mm')).toBe('00:00');
    expect(utilities.formatDate(date, 'GMT+0900', 'HH:mm')).toBe('00:00');
  });

  test("the REF example pattern \"yyyy-MM-dd'T'HH:mm:ss'Z'\" in GMT", () => {
    expect(
      utilities.formatDate(new Date('2026-04-01T00:00:00Z'), 'GMT', "yyyy-MM-dd'T'HH:mm:ss'Z'"),
    ).toBe('2026-04-01T00:00:00Z');
  });

  test("an unknown zone id formats as GMT, as Java's TimeZone.getTimeZone does", () => {
    expect(utilities.formatDate(new Date('2026-04-01T00:00:00Z'), 'Mars/Olympus', 'HH:mm z')).toBe(
      '00:00 GMT',
    );
  });

  test("quoted Japanese literals: 'yyyy年M月d日' with the kanji quoted", () => {
    const date = new Date('2026-04-01T00:00:00+09:00');
    expect(utilities.formatDate(date, 'Asia/Tokyo', "yyyy'年'M'月'd'日'")).toBe('2026年4月1日');
  });

  test('unquoted non-ASCII characters are passed through (SDF: only A-Z, a-z are letters)', () => {
    const date = new Date('2026-04-01T00:00:00+09:00');
    expect(utilities.formatDate(date, 'Asia/Tokyo', 'yyyy年M月d日')).toBe('2026年4月1日');
  });

  test("'' is a single quote, inside and outside quoted text (SDF)", () => {
    const date = new Date('2026-04-01T17:05:00+09:00');
    expect(utilities.formatDate(date, 'Asia/Tokyo', "h 'o''clock' a, ''yy")).toBe(
      "5 o'clock PM, '26",
    );
  });

  test('quoted letters are literal text, not fields (SDF)', () => {
    const date = new Date('2026-04-01T00:00:00+09:00');
    expect(utilities.formatDate(date, 'Asia/Tokyo', "'Today is' EEEE")).toBe('Today is Wednesday');
  });

  test('E..EEE give the short English day name, EEEE the full one', () => {
    const date = new Date('2026-04-05T12:00:00+09:00'); // a Sunday
    expect(utilities.formatDate(date, 'Asia/Tokyo', 'E EE EEE EEEE')).toBe('Sun Sun Sun Sunday');
  });

  test('day names follow the zone: 1 April 00:30 JST is Wednesday, Tuesday in UTC', () => {
    const date = new Date('2026-03-31T15:30:00Z');
    expect(utilities.formatDate(date, 'Asia/Tokyo', 'EEEE')).toBe('Wednesday');
    expect(utilities.formatDate(date, 'UTC', 'EEEE')).toBe('Tuesday');
  });

  test('M and MM are numbers, MMM the short and MMMM the full English month', () => {
    const date = new Date('2026-09-03T12:00:00Z');
    expect(utilities.formatDate(date, 'UTC', 'M MM MMM MMMM')).toBe('9 09 Sep September');
  });

  test('yy is the last two digits; y, yyy and yyyy the full year; yyyyy pads (SDF: Year)', () => {
    const date = new Date('2026-09-03T12:00:00Z');
    expect(utilities.formatDate(date, 'UTC', 'yy|y|yyy|yyyy|yyyyy')).toBe(
      '26|2026|2026|2026|02026',
    );
  });

  test('d and dd: count is the minimum number of digits (SDF: Number)', () => {
    const date = new Date('2026-04-01T12:00:00Z');
    expect(utilities.formatDate(date, 'UTC', 'd dd ddd')).toBe('1 01 001');
  });

  test('hours: H (0-23), k (1-24), K (0-11), h (1-12) at midnight', () => {
    const date = new Date('2026-04-01T00:00:00Z');
    expect(utilities.formatDate(date, 'UTC', 'H k K h a')).toBe('0 24 0 12 AM');
  });

  test('hours: H, k, K, h and a in the afternoon', () => {
    const date = new Date('2026-04-01T13:07:00Z');
    expect(utilities.formatDate(date, 'UTC', 'HH kk KK hh a')).toBe('13 13 01 01 PM');
  });

  test('S is milliseconds; SSS pads to three digits', () => {
    const date = new Date('2026-04-01T00:00:00.007Z');
    expect(utilities.formatDate(date, 'UTC', 's.S s.SSS')).toBe('0.7 0.007');
  });

  test('G is the era; D day in year; F day of week in month; u day number (1=Monday)', () => {
    const date = new Date('2026-04-15T12:00:00Z'); // Wednesday, 3rd Wednesday of April
    expect(utilities.formatDate(date, 'UTC', 'G D F u')).toBe('AD 105 3 3');
  });

  test('w and W use US weeks: Sunday first, week 1 holds 1 January', () => {
    const date = new Date('2026-03-31T12:00:00Z');
    expect(utilities.formatDate(date, 'UTC', 'w W')).toBe('14 5');
  });

  test('Y (week year) is next year in the last days of December', () => {
    const date = new Date('2025-12-31T12:00:00Z');
    expect(utilities.formatDate(date, 'UTC', 'YYYY yyyy w')).toBe('2026 2025 1');
  });

  test('z gives the short zone name, zzzz the long one', () => {
    const date = new Date('2026-04-01T00:00:00Z');
    expect(utilities.formatDate(date, 'Asia/Tokyo', 'z|zzzz')).toBe('JST|Japan Standard Time');
  });

  test('Z is an RFC 822 offset; X, XX, XXX ISO 8601 offsets', () => {
    const date = new Date('2026-04-01T00:00:00Z');
    expect(utilities.formatDate(date, 'Asia/Tokyo', 'Z X XX XXX')).toBe('+0900 +09 +0900 +09:00');
  });

  test('X formats a zero offset as "Z"', () => {
    expect(utilities.formatDate(new Date('2026-04-01T00:00:00Z'), 'UTC', 'X')).toBe('Z');
  });

  test('a letter that is not a pattern letter throws "Illegal pattern character"', () => {
    expect(() => utilities.formatDate(new Date(), 'UTC', 'yyyy-MM-dd x')).toThrow(
      "Illegal pattern character 'x'",
    );
  });

  test('an unterminated quote throws (SDF: IllegalArgumentException)', () => {
    expect(() => utilities.formatDate(new Date(), 'UTC', "yyyy 'oops")).toThrow(
      'Unterminated quote',
    );
  });

  test('a non-Date first argument does not match the method signature', () => {
    expect(() =>
      utilities.formatDate('2026-04-01' as unknown as Date, 'Asia/Tokyo', 'yyyy'),
    ).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  test('the pure formatDate export gives the same result as the service', () => {
    const date = new Date('2026-03-31T15:00:00Z');
    expect(formatDate(date, 'Asia/Tokyo', 'yyyy/MM/dd')).toBe('2026/04/01');
  });
});

describe(`parseDate (${REF}#parseDate(String,String,String))`, () => {
  const { utilities } = setup();

  test('parses a date and time in the given zone', () => {
    const date = utilities.parseDate('2026/04/01 09:30', 'Asia/Tokyo', 'yyyy/MM/dd HH:mm');
    expect(date.toISOString()).toBe('2026-04-01T00:30:00.000Z');
  });

  test('abutting numeric fields take their counts ("yyyyMMdd")', () => {
    expect(utilities.parseDate('20260401', 'UTC', 'yyyyMMdd').toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    );
  });

  test('text that does not match throws "Unparseable date"', () => {
    expect(() => utilities.parseDate('April', 'UTC', 'yyyy-MM-dd')).toThrow(
      'Unparseable date: "April"',
    );
  });
});

describe(`formatString (${REF}#formatString(String,Object...))`, () => {
  const { utilities } = setup();

  test('%s substitutes arguments in order', () => {
    expect(utilities.formatString('%s, %s!', 'Hello', 'world')).toBe('Hello, world!');
  });

  test('%-11s left-justifies in a field of 11', () => {
    expect(utilities.formatString('%-11s*', 'abc')).toBe('abc        *');
  });

  test('%11.6f right-justifies a fixed-point number', () => {
    expect(utilities.formatString('%11.6f', 3.14159)).toBe('   3.141590');
  });

  test('%d formats integers; %05d zero-pads; %+d shows the sign', () => {
    expect(utilities.formatString('%d|%05d|%+d', 42, 42, 42)).toBe('42|00042|+42');
  });

  test('%x, %X and %o format hexadecimal and octal; %% is a percent sign', () => {
    expect(utilities.formatString('%x %X %o 100%%', 255, 255, 8)).toBe('ff FF 10 100%');
  });
});

describe(`getUuid (${REF}#getUuid())`, () => {
  test('returns an RFC 4122 version 4 UUID string', () => {
    const { utilities } = setup();
    expect(utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  test('returns a different UUID each call', () => {
    const { utilities } = setup();
    expect(utilities.getUuid()).not.toBe(utilities.getUuid());
  });
});

describe(`computeDigest (${REF}#computeDigest(DigestAlgorithm,String))`, () => {
  const { utilities } = setup();

  test('SHA_256 of "abc" matches the FIPS 180-2 vector, as signed bytes', () => {
    const digest = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(hex(digest)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('digest bytes are Java bytes: -128..127 (0xba is -70)', () => {
    const digest = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]);
    expect(digest.every((b) => b >= -128 && b <= 127)).toBe(true);
  });

  test('MD5 of the empty string', () => {
    const digest = utilities.computeDigest(utilities.DigestAlgorithm.MD5, '');
    expect(hex(digest)).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });

  test('MD2 (RFC 1319 test suite)', () => {
    const digest = utilities.computeDigest(
      utilities.DigestAlgorithm.MD2,
      'The quick brown fox jumps over the lazy dog',
    );
    expect(hex(digest)).toBe('03d85a0d629d2c442e987525319fc471');
  });

  test('SHA_1, SHA_384 and SHA_512 give 20, 48 and 64 bytes', () => {
    const { SHA_1, SHA_384, SHA_512 } = utilities.DigestAlgorithm;
    expect(utilities.computeDigest(SHA_1, 'abc')).toHaveLength(20);
    expect(utilities.computeDigest(SHA_384, 'abc')).toHaveLength(48);
    expect(utilities.computeDigest(SHA_512, 'abc')).toHaveLength(64);
  });

  test('a byte array digests the same as the string it encodes', () => {
    const bytes = utilities.newBlob('公民連携').getBytes();
    const { SHA_256 } = utilities.DigestAlgorithm;
    expect(utilities.computeDigest(SHA_256, bytes)).toEqual(
      utilities.computeDigest(SHA_256, '公民連携', utilities.Charset.UTF_8),
    );
  });

  test('US_ASCII turns characters it cannot encode into "?"', () => {
    const { MD5 } = utilities.DigestAlgorithm;
    expect(utilities.computeDigest(MD5, '日', utilities.Charset.US_ASCII)).toEqual(
      utilities.computeDigest(MD5, '?'),
    );
  });
});

describe(`computeHmacSignature (${REF}#computeHmacSha256Signature(String,String))`, () => {
  const { utilities } = setup();

  test('HMAC-SHA256 matches RFC 4231 test case 2', () => {
    const mac = utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    expect(hex(mac)).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  test('computeHmacSignature with HMAC_SHA_256 equals computeHmacSha256Signature', () => {
    expect(
      utilities.computeHmacSignature(utilities.MacAlgorithm.HMAC_SHA_256, 'data', 'key'),
    ).toEqual(utilities.computeHmacSha256Signature('data', 'key'));
  });

  test('HMAC_MD5 matches RFC 2104 / 2202 test case 2', () => {
    const mac = utilities.computeHmacSignature(
      utilities.MacAlgorithm.HMAC_MD5,
      'what do ya want for nothing?',
      'Jefe',
    );
    expect(hex(mac)).toBe('750c783e6ab0b503eaa86e310a5db738');
  });
});

describe(`computeRsaSha256Signature (${REF}#computeRsaSha256Signature(String,String))`, () => {
  test('signs with a PEM private key; the public key verifies it', () => {
    const { utilities } = setup();
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const signature = utilities.computeRsaSha256Signature('payload', pem);
    const verified = createVerify('RSA-SHA256')
      .update('payload')
      .verify(publicKey, Buffer.from(signature.map((b) => b & 0xff)));
    expect(verified).toBe(true);
  });
});

describe(`base64 (${REF}#base64Encode(String))`, () => {
  const { utilities } = setup();

  test('REF example: "A string here" encodes to QSBzdHJpbmcgaGVyZQ==', () => {
    const blob = utilities.newBlob('A string here', 'text/plain');
    expect(utilities.base64Encode(blob.getBytes())).toBe('QSBzdHJpbmcgaGVyZQ==');
  });

  test('Japanese text is encoded as UTF-8', () => {
    expect(utilities.base64Encode('日本語')).toBe('5pel5pys6Kqe');
    expect(utilities.base64Encode('日本語', utilities.Charset.UTF_8)).toBe('5pel5pys6Kqe');
  });

  test('base64Decode returns signed bytes that decode back to the text', () => {
    const bytes = utilities.base64Decode('5pel5pys6Kqe');
    expect(bytes[0]).toBe(-26); // 0xe6
    expect(utilities.newBlob(bytes).getDataAsString()).toBe('日本語');
  });

  test('the web-safe alphabet uses "-" and "_" where the standard one has "+" and "/"', () => {
    const bytes = [-5, -1]; // 0xfb 0xff
    expect(utilities.base64Encode(bytes)).toBe('+/8=');
    expect(utilities.base64EncodeWebSafe(bytes)).toBe('-_8=');
  });

  test('base64DecodeWebSafe reads the web-safe alphabet', () => {
    expect(utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });

  test('base64Decode rejects characters outside its alphabet', () => {
    expect(() => utilities.base64Decode('-_8=')).toThrow('Could not decode string.');
  });
});

describe(`newBlob (${REF}#newBlob(String,String,String))`, () => {
  const { utilities } = setup();

  test('a string blob holds its UTF-8 bytes, with the given type and name', () => {
    const blob = utilities.newBlob('公民', 'text/csv', 'list.csv');
    expect(blob.getBytes()).toHaveLength(6);
    expect(blob.getContentType()).toBe('text/csv');
    expect(blob.getName()).toBe('list.csv');
  });

  test('a byte-array blob has no content type and no name unless given', () => {
    const blob = utilities.newBlob([1, 2, 3]);
    expect(blob.getContentType()).toBeNull();
    expect(blob.getName()).toBeNull();
  });
});

describe(`parseCsv (${REF}#parseCsv(String))`, () => {
  const { utilities } = setup();

  test('REF example: rows split on newlines, fields on commas', () => {
    expect(utilities.parseCsv('a,b,c\nd,e,f')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  test('REF example: a custom delimiter', () => {
    expect(utilities.parseCsv('a\tb\tc\nd\te\tf', '\t')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  test('quoted fields keep commas, line breaks and "" quotes', () => {
    expect(utilities.parseCsv('"a,1","line\nbreak","say ""hi"""')).toEqual([
      ['a,1', 'line\nbreak', 'say "hi"'],
    ]);
  });
});

describe(`gzip and zip (${REF}#gzip(BlobSource))`, () => {
  const { utilities } = setup();

  test('ungzip restores what gzip compressed', () => {
    const text = utilities.newBlob('Some text to compress using gzip compression');
    const gzipped = utilities.gzip(text, 'text.gz');
    expect(gzipped.getName()).toBe('text.gz');
    expect(gzipped.getContentType()).toBe('application/x-gzip');
    expect(utilities.ungzip(gzipped).getDataAsString()).toBe(
      'Some text to compress using gzip compression',
    );
  });

  test('unzip returns the named blobs that zip stored', () => {
    const zipped = utilities.zip(
      [
        utilities.newBlob('one', 'text/plain', 'a.txt'),
        utilities.newBlob('二', 'text/plain', 'b.txt'),
      ],
      'files.zip',
    );
    expect(zipped.getName()).toBe('files.zip');
    const files = utilities.unzip(zipped);
    expect(files.map((f) => [f.getName(), f.getDataAsString()])).toEqual([
      ['a.txt', 'one'],
      ['b.txt', '二'],
    ]);
  });
});

describe(`sleep (${REF}#sleep(Integer))`, () => {
  test('advances the virtual clock by the milliseconds slept', () => {
    const { ws, utilities, run } = setup();
    const before = ws.clock.now();
    run(() => utilities.sleep(1500));
    expect(ws.clock.now() - before).toBe(1500);
  });

  test('counts toward the execution time', () => {
    const { ws, utilities, run } = setup();
    const execution = run((e) => {
      utilities.sleep(2000);
      return e;
    });
    expect(execution.modeledMs).toBeGreaterThanOrEqual(2000);
    expect(ws.ledger.records.some((r) => r.method === 'Utilities.sleep')).toBe(true);
  });

  test('"The maximum allowed value is 300000 (or 5 minutes)": 300000 is allowed', () => {
    const { utilities, run } = setup();
    expect(() => run(() => utilities.sleep(MAX_SLEEP_MS))).not.toThrow();
  });

  test('more than 300000 milliseconds throws', () => {
    const { utilities, run } = setup();
    expect(() => run(() => utilities.sleep(MAX_SLEEP_MS + 1))).toThrow(
      'Argument too large: milliseconds',
    );
  });

  test('sleeping past the 6-minute execution limit stops the execution', () => {
    const { utilities, run } = setup();
    expect(() =>
      run(() => {
        for (let i = 0; i < 2; i++) utilities.sleep(MAX_SLEEP_MS);
      }),
    ).toThrow('Exceeded maximum execution time');
  });
});

describe('ledger', () => {
  test('pure functions are recorded as free calls', () => {
    const { ws, utilities } = setup();
    utilities.getUuid();
    const record = ws.ledger.records[ws.ledger.records.length - 1];
    expect(record).toMatchObject({ service: 'Utilities', method: 'Utilities.getUuid', ms: 0 });
  });
});

describe('enums', () => {
  test('Charset, DigestAlgorithm and MacAlgorithm list the REF values', () => {
    const { utilities } = setup();
    expect(Object.keys(utilities.Charset)).toEqual(['US_ASCII', 'UTF_8']);
    expect(Object.keys(utilities.DigestAlgorithm)).toEqual([
      'MD2',
      'MD5',
      'SHA_1',
      'SHA_256',
      'SHA_384',
      'SHA_512',
    ]);
    expect(Object.keys(utilities.MacAlgorithm)).toEqual([
      'HMAC_MD5',
      'HMAC_SHA_1',
      'HMAC_SHA_256',
      'HMAC_SHA_384',
      'HMAC_SHA_512',
    ]);
  });
});

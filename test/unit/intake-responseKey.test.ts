import { canonicalTimestamp, fnv1a32, responseKey } from '../../src/domain/responseKey';

// responseKey.ts: a duplicate delivery of the same form-submit event, or the same response read
// back from the response sheet (docs/domain.md「automation … intake without a human」, menu
// 未登録の回答を登録), must give the same key so a response is never registered twice.

const ANSWERS = ['株式会社テスト', 'taro@example.jp', '実証実験の提案'];

describe('fnv1a32', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['b', 'e70c2de5'],
    ['foobar', 'bf9cf968'],
  ])('matches the published FNV-1a 32-bit vector for %j → %s', (input, hash) => {
    expect(fnv1a32(input)).toBe(hash);
  });

  it('always returns 8 lowercase hex digits', () => {
    for (const text of ['', 'x', '公民連携', '😀', 'a'.repeat(1000)]) {
      expect(fnv1a32(text)).toMatch(/^[0-9a-f]{8}$/);
    }
  });

  it('is deterministic', () => {
    expect(fnv1a32('公民連携デスク')).toBe(fnv1a32('公民連携デスク'));
  });

  it('differs for texts differing in one character', () => {
    expect(fnv1a32('提案A')).not.toBe(fnv1a32('提案B'));
  });
});

describe('canonicalTimestamp', () => {
  it('ja zero-padded yyyy/MM/dd HH:mm:ss → yyyyMMddHHmmss', () => {
    expect(canonicalTimestamp('2025/09/01 09:05:03')).toBe('20250901090503');
  });

  it('ja unpadded yyyy/M/d H:mm:ss gives the same canonical form', () => {
    expect(canonicalTimestamp('2025/9/1 9:05:03')).toBe('20250901090503');
  });

  it('en_US M/d/yyyy H:mm:ss gives the same canonical form', () => {
    expect(canonicalTimestamp('9/1/2025 9:05:03')).toBe('20250901090503');
  });

  it('en_US reads month before day (3/4/2025 is 4 March)', () => {
    expect(canonicalTimestamp('3/4/2025 14:00:00')).toBe('20250304140000');
  });

  it('keeps the afternoon hour of a 24-hour clock', () => {
    expect(canonicalTimestamp('2025/12/31 23:59:59')).toBe('20251231235959');
  });

  it('a date without a time reads as midnight', () => {
    expect(canonicalTimestamp('2025/09/01')).toBe('20250901000000');
  });

  it('text with fewer than three numbers is kept, without whitespace', () => {
    expect(canonicalTimestamp(' 不明 な 時刻 ')).toBe('不明な時刻');
  });
});

describe('responseKey', () => {
  it('has the form F<yyyyMMddHHmmss>-<8 hex digits>', () => {
    expect(responseKey('2025/09/01 09:05:03', ANSWERS)).toMatch(/^F20250901090503-[0-9a-f]{8}$/);
  });

  it('is the same for a yyyy/MM/dd H:mm:ss timestamp and its zero-padded form', () => {
    expect(responseKey('2025/9/1 9:05:03', ANSWERS)).toBe(
      responseKey('2025/09/01 09:05:03', ANSWERS),
    );
  });

  it('is the same for the en_US M/d/yyyy H:mm:ss form of the same instant', () => {
    expect(responseKey('9/1/2025 9:05:03', ANSWERS)).toBe(
      responseKey('2025/09/01 09:05:03', ANSWERS),
    );
  });

  it('is the same for a duplicate delivery of the same event', () => {
    expect(responseKey('2025/09/01 09:05:03', [...ANSWERS])).toBe(
      responseKey('2025/09/01 09:05:03', [...ANSWERS]),
    );
  });

  it('differs when the answers differ at the same second', () => {
    expect(responseKey('2025/09/01 09:05:03', ANSWERS)).not.toBe(
      responseKey('2025/09/01 09:05:03', ['株式会社べつ', 'hanako@example.jp', '別の提案']),
    );
  });

  it('differs when the same answers are sent a second later', () => {
    expect(responseKey('2025/09/01 09:05:03', ANSWERS)).not.toBe(
      responseKey('2025/09/01 09:05:04', ANSWERS),
    );
  });

  it('does not confuse answers moved across the separator (["ab","c"] vs ["a","bc"])', () => {
    expect(responseKey('2025/09/01 09:05:03', ['ab', 'c'])).not.toBe(
      responseKey('2025/09/01 09:05:03', ['a', 'bc']),
    );
  });

  it('hashes the answers joined with NUL', () => {
    expect(responseKey('2025/09/01 09:05:03', ['a', 'b'])).toBe(
      `F20250901090503-${fnv1a32('a\u0000b')}`,
    );
  });
});

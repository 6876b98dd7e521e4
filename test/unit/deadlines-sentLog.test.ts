import {
  CHUNK_CHARS,
  decodeSent,
  encodeSent,
  HASH_CHARS,
  keyHash,
  pruneSent,
  sentLogRow,
} from '../../src/domain/deadlines/sentLog';
import { remindersFor } from '../../src/domain/deadlines/reminders';
import { defaultSettings } from '../../src/domain/settings';
import { sweepCase } from '../support/reminders';

describe('sent keys (never twice)', () => {
  it('hashes are 8 characters, stable, and differ for different keys', () => {
    const a = keyHash('R8-0001|提案書確認|2026-05-20|overdue|desk');
    expect(a).toHaveLength(HASH_CHARS);
    expect(keyHash('R8-0001|提案書確認|2026-05-20|overdue|desk')).toBe(a);
    expect(keyHash('R8-0001|提案書確認|2026-05-21|overdue|desk')).not.toBe(a);
    const many = new Set(Array.from({ length: 50_000 }, (_, i) => keyHash(`R8-${i}|x|d|k|r`)));
    expect(many.size).toBe(50_000);
  });

  it('round trip through property-sized chunks, each under the 9 KB limit', () => {
    const hashes = new Set(Array.from({ length: 2_500 }, (_, i) => keyHash(`k${i}`)));
    const chunks = encodeSent(hashes);
    expect(chunks.length).toBe(Math.ceil((2_500 * HASH_CHARS) / CHUNK_CHARS));
    for (const c of chunks) expect(Buffer.byteLength(c)).toBeLessThanOrEqual(9 * 1024);
    expect(decodeSent(chunks)).toEqual(hashes);
  });

  it('a smaller set blanks the chunks it no longer needs', () => {
    expect(encodeSent([keyHash('a')], 3)).toEqual([expect.any(String), '', '']);
    expect(decodeSent([undefined, ''])).toEqual(new Set());
  });

  it('forgets keys no case can produce any more, keeps the rest', () => {
    const stored = new Set(['aaaaaaaa', 'bbbbbbbb']);
    expect(pruneSent(stored, new Set(['bbbbbbbb', 'cccccccc']))).toEqual(new Set(['bbbbbbbb']));
  });

  it('a 送信記録 row is text (a hostile value cannot become a formula)', () => {
    const [r] = remindersFor(
      sweepCase({ caseNumber: '=HYPERLINK("x")', status: '受付・内容確認', dueDate: '2026-05-01' }),
      { today: '2026-05-20', settings: defaultSettings(), departments: {} },
    );
    const row = sentLogRow('2026/05/20 08:30', 'a@x.jp', r, '期限超過');
    expect(row).toEqual([
      "'2026/05/20 08:30",
      "'a@x.jp",
      `'=HYPERLINK("x")`,
      "'受付・内容確認",
      "'2026-05-01",
      "'期限超過",
      `'=HYPERLINK("x")|受付・内容確認|2026-05-01|overdue|desk`,
    ]);
  });
});

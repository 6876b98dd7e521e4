/** The sweep's send journal (sweepState.ts) and the 送信記録 rows rebuilt from it (sentLog.ts). */
import {
  carriedFrom,
  JOURNAL_PART_CHARS,
  JournalEntry,
  journalIntentWrites,
  journalOutcomeKey,
  readJournal,
} from '../../src/domain/deadlines/sweepState';
import { journalRows, keyHash, keyParts, rowText } from '../../src/domain/deadlines/sentLog';
import { PROPERTY_VALUE_LIMIT_BYTES } from 'gas-emulator/services/properties';
import { SENT_LOG_UNCONFIRMED } from '../../src/strings';

function entry(slot: number, fields: Partial<JournalEntry> = {}): JournalEntry {
  return {
    slot,
    day: '2026-05-20',
    at: '2026/05/20 08:30',
    to: 'douro@city.example.lg.jp',
    recipient: keyHash('douro@city.example.lg.jp'),
    items: [['R8-0002|提案書確認|2026-05-19|overdue|douro@city.example.lg.jp', '提案書確認']],
    outcome: 'intent',
    ...fields,
  };
}

/** The document properties after writing an intent and, optionally, its outcome. */
function stored(e: JournalEntry, outcome?: 'sent' | 'failed'): Record<string, string> {
  return {
    ...journalIntentWrites(e),
    ...(outcome ? { [journalOutcomeKey(e.slot)]: outcome } : {}),
  };
}

describe('the send journal', () => {
  it('reads back what was written, in slot order, with the next free slot', () => {
    const all = { ...stored(entry(3), 'sent'), ...stored(entry(1)), other: 'x' };
    const journal = readJournal(all);
    expect(journal.entries.map((e) => [e.slot, e.outcome])).toEqual([
      [1, 'intent'],
      [3, 'sent'],
    ]);
    expect(journal.entries[1]).toEqual({ ...entry(3), outcome: 'sent' });
    expect(journal.nextSlot).toBe(4);
    expect(journal.keys.sort()).toEqual(
      Object.keys({ ...stored(entry(3), 'sent'), ...stored(entry(1)) }).sort(),
    );
  });

  it('blanked slots are gone; an empty journal starts at slot 0', () => {
    const blank = Object.fromEntries(Object.keys(stored(entry(0), 'sent')).map((k) => [k, '']));
    expect(readJournal(blank)).toEqual({ entries: [], keys: [], nextSlot: 0 });
  });

  it('a digest of 100 long items is split into values below the 9 KB limit', () => {
    const items: Array<[string, string]> = Array.from({ length: 100 }, (_, i) => [
      `R8-${i}|実施可否判断|2026-05-19|overdue|とても長い担当課のアドレス${i}@city.example.lg.jp`,
      '実施可否判断',
    ]);
    const e = entry(0, { items, to: '😀'.repeat(3000) });
    const writes = journalIntentWrites(e);
    expect(Object.keys(writes).length).toBeGreaterThan(2);
    for (const v of Object.values(writes)) {
      expect(Buffer.byteLength(v, 'utf8')).toBeLessThan(PROPERTY_VALUE_LIMIT_BYTES);
      expect(v.length).toBeLessThanOrEqual(JOURNAL_PART_CHARS);
    }
    expect(readJournal(writes).entries[0]).toEqual(e);
  });

  it('confirmed sends count as sent (and as mailed today); an intent alone does not', () => {
    const sent = entry(0, { outcome: 'sent' });
    const inFlight = entry(1, {
      to: 'desk@x',
      recipient: keyHash('desk'),
      items: [['k|s|d|overdue|desk', 's']],
    });
    const failed = entry(2, { outcome: 'failed', items: [['f|s|d|overdue|x', 's']] });
    const yesterday = entry(3, {
      outcome: 'sent',
      day: '2026-05-19',
      items: [['y|s|d|dueSoon|z', 's']],
    });
    const carried = carriedFrom([sent, inFlight, failed, yesterday], '2026-05-20');
    expect(carried.sent).toEqual(new Set([keyHash(sent.items[0][0]), keyHash('y|s|d|dueSoon|z')]));
    expect(carried.mailedToday).toEqual(new Set([sent.recipient]));
    expect(carried.unconfirmed).toEqual([inFlight]);
  });
});

describe('送信記録 rows from the journal', () => {
  it('one row per reminder; an unconfirmed send is marked; a failed one has none', () => {
    const rows = journalRows([
      entry(0, { outcome: 'sent' }),
      entry(1),
      entry(2, { outcome: 'failed' }),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      "'2026/05/20 08:30",
      "'douro@city.example.lg.jp",
      "'R8-0002",
      "'提案書確認",
      "'2026-05-19",
      "'期限超過",
      "'R8-0002|提案書確認|2026-05-19|overdue|douro@city.example.lg.jp",
    ]);
    expect(rows[1][5]).toBe(`'期限超過${SENT_LOG_UNCONFIRMED}`);
  });

  it('keys are read from the end (a case number may hold "|")', () => {
    expect(keyParts('A|B|協定期間|2026-07-01|renewal|desk')).toEqual({
      caseNumber: 'A|B',
      due: '2026-07-01',
      kind: 'renewal',
    });
  });

  it('a row compares equal to its value read back from the sheet', () => {
    const [row] = journalRows([entry(0, { outcome: 'sent' })]);
    expect(rowText(row)).toBe(rowText(row.map((v) => v.slice(1))));
    expect(rowText(row)).not.toBe(rowText(['', ...row.slice(1)]));
  });
});

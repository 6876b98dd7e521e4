/**
 * "Never twice": the keys of reminders already sent. The 送信記録 sheet keeps every key in full
 * for people; the sweep keeps a compact copy in document properties, which it reads anyway, so
 * deduplication costs no extra service call. Each key is stored as an 8-character hash (41 bits:
 * with 40,000 keys stored, a new key collides with probability below 2 × 10⁻⁸), and only keys a
 * case can still produce are kept (see liveKeysOf), so the store stays small. Pure.
 */
import { REMINDER_KIND_LABELS, SENT_LOG_UNCONFIRMED } from '../../strings/reminders';
import type { Reminder } from './reminders';
import { cyrb53 } from '../hash';
import type { JournalEntry } from './sweepState';

export const HASH_CHARS = 8;
/** Characters per property value: below the 9 KB limit per value. */
export const CHUNK_CHARS = 8_000;
/** At most this many chunks (≈ 240 KB, half the 500 KB store, 30,000 keys). */
export const MAX_CHUNKS = 30;
export const MAX_KEYS = (MAX_CHUNKS * CHUNK_CHARS) / HASH_CHARS;

const HASH_SPACE = 36 ** HASH_CHARS;

/** cyrb53 (a public-domain 53-bit string hash), reduced to 8 base-36 characters. */
export function keyHash(key: string): string {
  const [h1, h2] = cyrb53(key);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return (n % HASH_SPACE).toString(36).padStart(HASH_CHARS, '0');
}

/** The stored hashes, from the chunk values (fixed width, no separators). */
export function decodeSent(chunks: ReadonlyArray<string | undefined>): Set<string> {
  const set = new Set<string>();
  for (const chunk of chunks) {
    if (!chunk) continue;
    for (let i = 0; i + HASH_CHARS <= chunk.length; i += HASH_CHARS) {
      set.add(chunk.slice(i, i + HASH_CHARS));
    }
  }
  return set;
}

/** Chunk values for the hashes; at least `previousCount` values so emptied chunks are cleared. */
export function encodeSent(hashes: Iterable<string>, previousCount = 0): string[] {
  const all = [...hashes].sort().join('');
  const chunks: string[] = [];
  for (let i = 0; i < all.length; i += CHUNK_CHARS) chunks.push(all.slice(i, i + CHUNK_CHARS));
  while (chunks.length < previousCount) chunks.push('');
  return chunks;
}

/** Keeps the hashes some case can still produce (the run adds what it sends afterwards). */
export function pruneSent(stored: ReadonlySet<string>, live: ReadonlySet<string>): Set<string> {
  return new Set([...stored].filter((h) => live.has(h)));
}

export type SentLogRow = [string, string, string, string, string, string, string];

/** One 送信記録 row in SENT_LOG_HEADERS order: 送信日時, 宛先, 案件番号, ステータス, 期限, 種別, キー. */
export function sentLogRow(
  sentAt: string,
  to: string,
  reminder: Pick<Reminder, 'caseNumber' | 'status' | 'due' | 'key'>,
  kindLabel: string,
): SentLogRow {
  const row: SentLogRow = [
    sentAt,
    to,
    reminder.caseNumber,
    reminder.status,
    reminder.due,
    kindLabel,
    reminder.key,
  ];
  // Values come from the register and 担当課 (typed by people): written as text, never formulas.
  return row.map((v) => (v === '' ? '' : `'${v}`)) as SentLogRow;
}

/** A reminder key's parts (case | status | due | kind | recipient; the case number may hold '|'). */
export function keyParts(key: string): { caseNumber: string; due: string; kind: string } {
  const parts = key.split('|');
  const tail = parts.slice(-4);
  return { caseNumber: parts.slice(0, -4).join('|'), due: tail[1] ?? '', kind: tail[2] ?? '' };
}

/**
 * The 送信記録 rows of journal slots, in slot order: one per reminder of a digest sent; a digest
 * whose send was interrupted (intent without outcome) gets its rows marked 送信未確認; a failed
 * send gets none. Built from the slot alone, so every run that rebuilds them gets the same rows.
 */
export function journalRows(entries: readonly JournalEntry[]): SentLogRow[] {
  const rows: SentLogRow[] = [];
  for (const e of entries) {
    if (e.outcome === 'failed') continue;
    for (const [key, status] of e.items) {
      const { caseNumber, due, kind } = keyParts(key);
      const label = REMINDER_KIND_LABELS[kind] ?? kind;
      const kindLabel = e.outcome === 'sent' ? label : `${label}${SENT_LOG_UNCONFIRMED}`;
      rows.push(sentLogRow(e.at, e.to, { caseNumber, status, due, key }, kindLabel));
    }
  }
  return rows;
}

/** A row as getValues() reads it back (the apostrophe that kept it text is not part of it). */
export function rowText(row: readonly unknown[]): string {
  return row
    .map((v) => {
      const text = v instanceof Date ? v.toISOString() : String(v ?? '');
      return text.startsWith("'") ? text.slice(1) : text;
    })
    .join('\t');
}

/**
 * What the sweep remembers between runs (in document properties, read with everything else):
 * the day it last swept and whether that day is finished, who already had that day's digest,
 * when responses were last recovered, and where the next 送信記録 row goes. Pure.
 */
import { isBusinessDay, IsoDate } from '../calendar';
import type { Settings } from '../settings';
import { keyHash } from './sentLog';

export interface SweepState {
  /** The day of the latest sweep (Tokyo). */
  day: IsoDate | '';
  /** Whether that day's sweep finished (a run stopped by the time limit leaves it false). */
  done: boolean;
  /** Hashes of recipients who received that day's digest. */
  mailed: string[];
  /** The day missed form responses were last registered (set once the recovery finished). */
  recoveredOn: IsoDate | '';
  /**
   * The day of the latest recovery attempt and how many were started that day: an attempt that
   * stopped (killed, or failed) is tried again the next hour, at most MAX_RECOVERY_TRIES times,
   * so a recovery that always fails never keeps the day's sweep from running.
   */
  recoveryTriedOn: IsoDate | '';
  recoveryTries: number;
  /** 1-based row where the next 送信記録 row goes, and the sheet's row count (0: unknown). */
  logNextRow: number;
  logMaxRows: number;
  /** How many property values hold sent keys. */
  chunks: number;
  /** Problems the desk could not be emailed about (e.g. the quota was gone): told next run. */
  untold: string[];
}

/** Untold problems kept at most (the newest), each cut to a short line: the state stays small. */
export const MAX_UNTOLD = 10;
const UNTOLD_CHARS = 300;

/** The problems still to tell after a run: none when told, else the newest few. */
export function untoldAfter(problems: readonly string[], told: boolean): string[] {
  return told ? [] : problems.slice(-MAX_UNTOLD).map((p) => p.slice(0, UNTOLD_CHARS));
}

export const EMPTY_SWEEP_STATE: SweepState = {
  day: '',
  done: false,
  mailed: [],
  recoveredOn: '',
  recoveryTriedOn: '',
  recoveryTries: 0,
  logNextRow: 0,
  logMaxRows: 0,
  chunks: 0,
  untold: [],
};

export function parseSweepState(text: string | null | undefined): SweepState {
  if (!text) return { ...EMPTY_SWEEP_STATE };
  try {
    const parsed = JSON.parse(text) as Partial<SweepState>;
    return {
      ...EMPTY_SWEEP_STATE,
      ...parsed,
      mailed: Array.isArray(parsed.mailed) ? parsed.mailed.map(String) : [],
      untold: Array.isArray(parsed.untold) ? parsed.untold.map(String) : [],
    };
  } catch {
    return { ...EMPTY_SWEEP_STATE };
  }
}

/** Who already had today's digest (nobody, on a new day). */
export function mailedOn(state: SweepState, today: IsoDate): Set<string> {
  return new Set(state.day === today ? state.mailed : []);
}

export type HourlyDecision = 'recover' | 'sweep' | 'idle';

/** Recovery attempts a day before the sweep goes ahead without it (the menu can still run it). */
export const MAX_RECOVERY_TRIES = 3;

/** How many recovery attempts were started today. */
export function recoveryTriesOn(state: SweepState, today: IsoDate): number {
  return state.recoveryTriedOn === today ? state.recoveryTries : 0;
}

/**
 * What the hourly trigger does now. Once a day it first registers missed form responses (its own
 * execution, so each stays small); from the configured hour on a business day it sweeps until the
 * day is done (a run stopped near the time limit is continued the next hour).
 */
export function decideHourlyRun(
  state: SweepState,
  today: IsoDate,
  hour: number,
  settings: Settings,
): HourlyDecision {
  if (state.recoveredOn !== today && recoveryTriesOn(state, today) < MAX_RECOVERY_TRIES) {
    return 'recover';
  }
  if (hour < settings.sweepHour) return 'idle';
  if (state.day === today && state.done) return 'idle';
  return isBusinessDay(today, settings.extraClosures) ? 'sweep' : 'idle';
}

/**
 * The send journal (docs/reliability.md, "The reminder sweep"): one slot per digest, written right
 * before its send (the intent: recipient and the reminders it carries) and marked right after
 * (its outcome). A run consolidates every slot left by an interrupted run before it plans, and
 * blanks the slots in its final write. Stored in document properties, read by the one
 * getProperties() every run makes.
 */
export const JOURNAL_PREFIX = 'reminders.journal.';

export type JournalOutcome = 'intent' | 'sent' | 'failed';

export interface JournalEntry {
  slot: number;
  /** The Tokyo day of the run that wrote it. */
  day: IsoDate;
  /** When it was sent (Tokyo text, as the 送信記録 shows it). */
  at: string;
  /** The address(es) the digest went to. */
  to: string;
  /** Hash of the recipient ("one digest per day" is counted per recipient). */
  recipient: string;
  /** Reminder key and the case's status (for the 送信記録 row), per item. */
  items: Array<[key: string, status: string]>;
  outcome: JournalOutcome;
}

/**
 * Characters per property value of a slot: a value may hold 9 KB, and one character takes at
 * most 3 bytes in UTF-8 (4 for a surrogate pair, which is 2 characters).
 */
export const JOURNAL_PART_CHARS = 2_500;

const partKey = (slot: number, part: number) => `${JOURNAL_PREFIX}${slot}.${part}`;
export const journalOutcomeKey = (slot: number) => `${JOURNAL_PREFIX}${slot}.outcome`;

/** The property values of a slot's intent (split in parts when long; one setProperties call). */
export function journalIntentWrites(entry: JournalEntry): Record<string, string> {
  const text = JSON.stringify({
    d: entry.day,
    at: entry.at,
    to: entry.to,
    r: entry.recipient,
    i: entry.items,
  });
  const writes: Record<string, string> = {};
  let part = 0;
  for (let start = 0; start < text.length; part++) {
    let end = Math.min(start + JOURNAL_PART_CHARS, text.length);
    // Never split a surrogate pair between two values.
    if (end < text.length && /[\udc00-\udfff]/.test(text[end])) end -= 1;
    writes[partKey(entry.slot, part)] = text.slice(start, end);
    start = end;
  }
  writes[journalOutcomeKey(entry.slot)] = 'intent';
  return writes;
}

export interface Journal {
  /** Slots left by earlier runs, in slot order (sends in the order they were made). */
  entries: JournalEntry[];
  /** Every journal property holding a value: the final write blanks them. */
  keys: string[];
  /** The first slot number free for this run. */
  nextSlot: number;
}

const JOURNAL_KEY = /^reminders\.journal\.(\d+)\.(\d+|outcome)$/;

/** The journal as stored (blank values are slots already consolidated). */
export function readJournal(all: Record<string, string>): Journal {
  const slots = new Map<number, { parts: string[]; outcome: string }>();
  const keys: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    const m = JOURNAL_KEY.exec(key);
    if (!m || value === '') continue;
    keys.push(key);
    const slot = Number(m[1]);
    const s = slots.get(slot) ?? { parts: [], outcome: '' };
    if (m[2] === 'outcome') s.outcome = value;
    else s.parts[Number(m[2])] = value;
    slots.set(slot, s);
  }
  const entries: JournalEntry[] = [];
  for (const slot of [...slots.keys()].sort((a, b) => a - b)) {
    const s = slots.get(slot)!;
    const entry = parseSlot(slot, s.parts.join(''), s.outcome);
    if (entry) entries.push(entry);
  }
  const nextSlot = slots.size ? Math.max(...slots.keys()) + 1 : 0;
  return { entries, keys, nextSlot };
}

function parseSlot(slot: number, text: string, outcome: string): JournalEntry | null {
  try {
    const p = JSON.parse(text) as { d: string; at: string; to: string; r: string; i: unknown };
    if (!Array.isArray(p.i)) return null;
    return {
      slot,
      day: String(p.d),
      at: String(p.at),
      to: String(p.to),
      recipient: String(p.r),
      items: p.i.map((x) => [String((x as string[])[0]), String((x as string[])[1])]),
      outcome: outcome === 'sent' || outcome === 'failed' ? outcome : 'intent',
    };
  } catch {
    return null; // a slot whose parts do not parse was never a complete intent: nothing was sent
  }
}

/** What the slots of earlier runs mean for this one. */
export interface Carried {
  /** Hashes of the reminders confirmed sent. */
  sent: Set<string>;
  /** Hashes of recipients confirmed to have had today's digest. */
  mailedToday: Set<string>;
  /** Digests whose send was interrupted: they may have gone; their reminders are sent again. */
  unconfirmed: JournalEntry[];
}

/**
 * Consolidates the journal: a confirmed send counts as sent; an intent without outcome (the
 * run stopped at or right after the send) is sent again, at least once in all (its 送信記録 rows
 * say 送信未確認); a failed send counts as not sent.
 */
export function carriedFrom(entries: readonly JournalEntry[], today: IsoDate): Carried {
  const carried: Carried = { sent: new Set(), mailedToday: new Set(), unconfirmed: [] };
  for (const e of entries) {
    if (e.outcome === 'intent') carried.unconfirmed.push(e);
    if (e.outcome !== 'sent') continue;
    for (const [key] of e.items) carried.sent.add(keyHash(key));
    if (e.day === today) carried.mailedToday.add(e.recipient);
  }
  return carried;
}

/**
 * The sweep's document properties: its state, the sent-key chunks, the 担当課 snapshot and the
 * register's sheet id. All are read by the one getProperties() call every run makes anyway, and
 * written back by one setProperties() call.
 */
import { decodeSent, encodeSent } from '../domain/deadlines/sentLog';
import {
  carriedFrom,
  Journal,
  mailedOn,
  parseSweepState,
  readJournal,
  SweepState,
} from '../domain/deadlines/sweepState';
import type { IsoDate } from '../domain/calendar';

export const REMINDER_PROP = {
  state: 'reminders.state',
  sentChunk: (i: number) => `reminders.sent.${i}`,
  departments: 'reminders.departments',
  registerSheetId: 'reminders.registerSheetId',
} as const;

export function sweepStateOf(all: Record<string, string>): SweepState {
  return parseSweepState(all[REMINDER_PROP.state]);
}

/** Hashes of the reminders already sent. */
export function sentOf(all: Record<string, string>, state: SweepState): Set<string> {
  const chunks: string[] = [];
  for (let i = 0; i < state.chunks; i++) chunks.push(all[REMINDER_PROP.sentChunk(i)] ?? '');
  return decodeSent(chunks);
}

/**
 * What is known sent: the stored keys and today's recipients, plus what the journal of an
 * interrupted run confirms (the sweep and its preview plan from this).
 */
export function knownSends(
  all: Record<string, string>,
  state: SweepState,
  today: IsoDate,
): { sent: Set<string>; mailedToday: Set<string>; journal: Journal } {
  const journal = readJournal(all);
  const carried = carriedFrom(journal.entries, today);
  return {
    sent: new Set([...sentOf(all, state), ...carried.sent]),
    mailedToday: new Set([...mailedOn(state, today), ...carried.mailedToday]),
    journal,
  };
}

/** The property values that store a new state and sent set (emptied chunks are blanked). */
export function stateWrites(state: SweepState, sent: Iterable<string>): Record<string, string> {
  const chunks = encodeSent(sent, state.chunks);
  const used = chunks.filter((c) => c !== '').length;
  const writes: Record<string, string> = {};
  chunks.forEach((chunk, i) => (writes[REMINDER_PROP.sentChunk(i)] = chunk));
  writes[REMINDER_PROP.state] = JSON.stringify({ ...state, chunks: used });
  return writes;
}

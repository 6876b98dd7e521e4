/**
 * Intent records and idempotency keys (docs/reliability.md, "Intent before the effect" and
 * "Idempotency keys"): the one place where an operation's intent is read, written before its
 * effect and cleared after it, and where the request ids already done are kept with their
 * results. Every record is a document property. The caller holds the desk's lock
 * (src/store/deskLock.ts) and passes the values of its one getProperties() read (`all`): each
 * write keeps that copy current, so later reads in the same execution see it. An operation that
 * reads no snapshot (setup's steps) passes null and reads its record with one call (`…Now`).
 * Each write or clear is one call; reading from the snapshot costs none.
 */
type Properties = GoogleAppsScript.Properties.Properties;
export type PropertyValues = Record<string, string>;

/** [request id, result], newest last. */
export type DoneIds<R> = Array<[string, R]>;

/** The request ids kept in `text` (unreadable or absent: none). */
export function doneIdsOf<R>(text: string | undefined): DoneIds<R> {
  try {
    const parsed = JSON.parse(text || '[]') as DoneIds<R>;
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The result kept for `id`, if it is done. */
export function doneResultOf<R>(done: DoneIds<R>, id: string): R | undefined {
  return done.find(([rid]) => rid === id)?.[1];
}

/** `done` with `entries` added (an id done again keeps its newest result), the newest `kept`. */
export function withDone<R>(done: DoneIds<R>, entries: DoneIds<R>, kept: number): DoneIds<R> {
  const ids = new Set(entries.map(([id]) => id));
  return [...done.filter(([id]) => !ids.has(id)), ...entries].slice(-kept);
}

/** Ids done with no result to return (a refusal told once): absent or unreadable is none. */
export function idListOf(text: string | undefined): string[] {
  const parsed = doneIdsOf<unknown>(text) as unknown[];
  return parsed.filter((id): id is string => typeof id === 'string');
}

/** Adds `id` to the list kept under `key`, the newest `kept` (one call); the list written. */
export function rememberId(
  props: Properties,
  key: string,
  list: readonly string[],
  id: string,
  kept: number,
): string[] {
  const next = [...list.filter((known) => known !== id), id].slice(-kept);
  props.setProperty(key, JSON.stringify(next));
  return next;
}

/** An intent written as JSON (null when absent or unreadable: a record of no use is no intent). */
export function readIntent<T>(all: PropertyValues, key: string): T | null {
  const text = all[key];
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** An intent read with its own call (an operation without a snapshot of the properties). */
export function readIntentNow<T>(props: Properties, key: string): T | null {
  return readIntent<T>({ [key]: props.getProperty(key) ?? '' }, key);
}

/** A text intent read with its own call: empty when there is none. */
export function readIntentTextNow(props: Properties, key: string): string {
  return props.getProperty(key) ?? '';
}

/** An intent that is one text (a name or an id): empty when there is none. */
export function readIntentText(all: PropertyValues, key: string): string {
  return all[key] ?? '';
}

/**
 * Writes an intent (JSON, or a text as it is) before its effect, with `together` in the same
 * call — a reserved sequence number is never taken without the intent that names it. One call.
 */
export function writeIntent(
  props: Properties,
  all: PropertyValues | null,
  key: string,
  value: unknown,
  together: PropertyValues = {},
): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (Object.keys(together).length) props.setProperties({ ...together, [key]: text });
  else props.setProperty(key, text);
  if (all) Object.assign(all, together, { [key]: text });
}

/** Clears an intent once its effect is in. One call. */
export function clearIntent(props: Properties, all: PropertyValues | null, key: string): void {
  props.deleteProperty(key);
  if (all) delete all[key];
}

/**
 * The record of one operation on one thing (a document of a case, a reply letter): the attempt
 * in flight and the request ids recently completed with their results, so the same button
 * pressed again returns the first result instead of repeating the operation.
 */
export interface OpRecord<P, R> {
  pending: P | null;
  done: DoneIds<R>;
}

/** Completed ids kept per operation record: far more than a person retries within. */
const RECORD_DONE_KEPT = 10;

export function readRecord<P, R>(all: PropertyValues, key: string): OpRecord<P, R> {
  const parsed = readIntent<Partial<OpRecord<P, R>>>(all, key) ?? {};
  return {
    pending: parsed.pending ?? null,
    done: Array.isArray(parsed.done) ? parsed.done : [],
  };
}

/** The record, with `together` in the same call (see writeIntent). One call. */
export function writeRecord<P, R>(
  props: Properties,
  all: PropertyValues,
  key: string,
  record: OpRecord<P, R>,
  together: PropertyValues = {},
): void {
  const kept = { pending: record.pending, done: record.done.slice(-RECORD_DONE_KEPT) };
  writeIntent(props, all, key, kept, together);
}

/** The pending attempt becomes done with its result. One call. */
export function finishRecord<P, R>(
  props: Properties,
  all: PropertyValues,
  key: string,
  record: OpRecord<P, R>,
  id: string,
  result: R,
): void {
  record.pending = null;
  record.done = withDone(record.done, [[id, result]], RECORD_DONE_KEPT);
  writeRecord(props, all, key, record);
}

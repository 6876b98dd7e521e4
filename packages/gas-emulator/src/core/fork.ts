/**
 * Forking a workspace: an independent copy of everything it holds (files, properties, triggers,
 * mail, clock, ledger), so a test or the chaos enumeration can set a desk up once and run each
 * fault on its own copy. Google has no such thing; it is a tool of the emulator, used between
 * executions (never while one runs).
 *
 * The copy is deep and keeps prototypes, so the stores' methods work on the copy; references
 * between objects (a store's back-reference to its workspace, an execution held by a lock) point
 * into the copy. Functions are shared (they hold no state of their own here); a WeakMap cannot be
 * enumerated and starts empty in the copy (the emulator keeps only per-execution handles in them).
 */
import type { CoreWorkspace } from './workspace';

export function forkWorkspace<W extends CoreWorkspace>(ws: W): W {
  if (ws.ledger.current) {
    throw new Error('Emulator: a workspace cannot be forked during an execution');
  }
  // The loaded bundle's global scope belongs to its host: a host made for the copy sets its own.
  const seen = new Map<object, unknown>();
  for (const shared of ws.notCopiedByFork()) seen.set(shared, null);
  return deepCopy(ws, seen) as W;
}

function deepCopy(value: unknown, seen: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') {
    const copy = new Date((value as Date).getTime());
    seen.set(value, copy);
    return copy;
  }
  if (ArrayBuffer.isView(value)) {
    const view = value as unknown as { slice(): unknown };
    const copy = view.slice();
    seen.set(value, copy);
    return copy;
  }
  if (value instanceof ArrayBuffer) {
    const copy = value.slice(0);
    seen.set(value, copy);
    return copy;
  }
  if (tag === '[object WeakMap]') {
    const copy = new WeakMap();
    seen.set(value, copy);
    return copy;
  }
  if (tag === '[object RegExp]') return value;
  if (value instanceof Map) {
    const copy = new Map();
    seen.set(value, copy);
    for (const [k, v] of value) copy.set(deepCopy(k, seen), deepCopy(v, seen));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set();
    seen.set(value, copy);
    for (const v of value) copy.add(deepCopy(v, seen));
    return copy;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (let i = 0; i < value.length; i++) copy[i] = deepCopy(value[i], seen);
    return copy;
  }
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<PropertyKey, unknown>;
  seen.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in descriptor) descriptor.value = deepCopy(descriptor.value, seen);
    Object.defineProperty(copy, key, descriptor);
  }
  return copy;
}

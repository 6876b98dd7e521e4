/**
 * A virtual clock. Every emulated service and the add-on's `new Date()` read it, so tests and
 * scenarios decide what "now" is. Modeled service latency advances it too (see latency.ts).
 */
export class VirtualClock {
  private nowMs: number;

  constructor(start: Date | string | number = '2026-04-01T09:00:00+09:00') {
    this.nowMs = new Date(start).getTime();
  }

  now(): number {
    return this.nowMs;
  }

  date(): Date {
    return new Date(this.nowMs);
  }

  set(when: Date | string | number): void {
    const ms = new Date(when).getTime();
    if (Number.isNaN(ms)) throw new Error(`VirtualClock.set: invalid date ${String(when)}`);
    // Executions, triggers and logs are stamped with this clock; going back would reorder them.
    if (ms < this.nowMs) throw new Error('VirtualClock.set: time does not run backwards');
    this.nowMs = ms;
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('VirtualClock.advance: time does not run backwards');
    this.nowMs += ms;
  }

  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }

  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}

/**
 * A `Date` constructor for the sandbox whose "now" is the virtual clock. Only the no-argument
 * forms (`new Date()`, `Date.now()`, and `Date()` called without `new`, which returns the current
 * time as a string) change; everything else is the real Date. Dates made by the emulated services
 * (host Dates) still pass `instanceof Date` inside the sandbox, as values from Range.getValues()
 * do in Apps Script.
 */
export function makeVirtualDate(clock: VirtualClock): DateConstructor {
  const RealDate = Date;
  class VirtualDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now());
      else super(...(args as [string]));
    }
    static override now(): number {
      return clock.now();
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      // Subclasses made in the sandbox keep the ordinary prototype-chain check.
      if (this !== sandboxDate && this !== VirtualDate) {
        return Function.prototype[Symbol.hasInstance].call(this, value);
      }
      return value instanceof RealDate;
    }
  }
  Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
  Object.defineProperty(VirtualDate, 'length', { value: 7 });
  // A class cannot be called without `new`; `Date()` must return the current time as a string.
  const sandboxDate = new Proxy(VirtualDate, {
    apply: () => new RealDate(clock.now()).toString(),
  });
  Object.defineProperty(VirtualDate.prototype, 'constructor', {
    value: sandboxDate,
    writable: true,
    configurable: true,
  });
  return sandboxDate as unknown as DateConstructor;
}

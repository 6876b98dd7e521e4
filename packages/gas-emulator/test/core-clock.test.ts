/**
 * The virtual clock and the sandbox's Date.
 * The V8 runtime (https://developers.google.com/apps-script/guides/v8-runtime) runs standard
 * ECMAScript: `new Date()`, `Date.now()` and `Date()` give the current time, every other Date form
 * is pure computation. The emulator's "now" is the virtual clock.
 */
import * as vm from 'vm';
import { makeVirtualDate, VirtualClock } from '../src/core/clock';

const START = '2026-04-01T09:00:00+09:00';
const START_MS = Date.parse(START);

/** Runs `code` in a fresh vm context whose Date is the virtual Date of `clock`. */
function inSandbox(
  clock: VirtualClock,
  code: string,
  extra: Record<string, unknown> = {},
): unknown {
  return vm.runInContext(code, vm.createContext({ Date: makeVirtualDate(clock), ...extra }));
}

describe('VirtualClock', () => {
  test('starts at the given time', () => {
    expect(new VirtualClock(START).now()).toBe(START_MS);
  });

  test('date() returns the current virtual time as a Date', () => {
    expect(new VirtualClock(START).date().getTime()).toBe(START_MS);
  });

  test('set moves the clock to the given instant', () => {
    const clock = new VirtualClock(START);
    clock.set('2026-05-01T00:00:00Z');
    expect(clock.now()).toBe(Date.parse('2026-05-01T00:00:00Z'));
  });

  test('set refuses an invalid date', () => {
    expect(() => new VirtualClock(START).set('not a date')).toThrow(/invalid date/);
  });

  test('set refuses an instant earlier than now', () => {
    const clock = new VirtualClock(START);
    expect(() => clock.set(START_MS - 1)).toThrow('time does not run backwards');
    expect(clock.now()).toBe(START_MS);
  });

  test('set to the current instant is allowed', () => {
    const clock = new VirtualClock(START);
    clock.set(START);
    expect(clock.now()).toBe(START_MS);
  });

  test('advance adds milliseconds', () => {
    const clock = new VirtualClock(START);
    clock.advance(1500);
    expect(clock.now()).toBe(START_MS + 1500);
  });

  test('advanceMinutes and advanceDays add whole minutes and days', () => {
    const clock = new VirtualClock(START);
    clock.advanceMinutes(2);
    clock.advanceDays(1);
    expect(clock.now()).toBe(START_MS + 2 * 60_000 + 86_400_000);
  });

  test('advance refuses to run time backwards', () => {
    const clock = new VirtualClock(START);
    expect(() => clock.advance(-1)).toThrow('time does not run backwards');
    expect(clock.now()).toBe(START_MS);
  });
});

describe('makeVirtualDate (the sandbox Date)', () => {
  test('new Date() inside the sandbox is the virtual now', () => {
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, 'new Date().getTime()')).toBe(START_MS);
  });

  test('Date.now() inside the sandbox is the virtual now', () => {
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, 'Date.now()')).toBe(START_MS);
  });

  test('the sandbox follows the clock as it advances', () => {
    const clock = new VirtualClock(START);
    const context = vm.createContext({ Date: makeVirtualDate(clock) });
    clock.advanceMinutes(5);
    expect(vm.runInContext('Date.now()', context)).toBe(START_MS + 5 * 60_000);
    expect(vm.runInContext('new Date().getTime()', context)).toBe(START_MS + 5 * 60_000);
  });

  test('Date() called without new returns the virtual now as a string (ECMAScript Date())', () => {
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, 'Date()')).toBe(new Date(START_MS).toString());
  });

  test('new Date(year, month, day) is unaffected by the clock', () => {
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, 'new Date(2026, 0, 1).getTime()')).toBe(new Date(2026, 0, 1).getTime());
  });

  test('new Date(milliseconds) and new Date(string) are unaffected by the clock', () => {
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, 'new Date(0).getTime()')).toBe(0);
    expect(inSandbox(clock, "new Date('2020-02-29T00:00:00Z').getTime()")).toBe(
      Date.parse('2020-02-29T00:00:00Z'),
    );
  });

  test('Date.UTC and Date.parse are the real ones', () => {
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, 'Date.UTC(2026, 3, 1)')).toBe(Date.UTC(2026, 3, 1));
    expect(inSandbox(clock, "Date.parse('2026-04-01T00:00:00Z')")).toBe(Date.UTC(2026, 3, 1));
  });

  test('sandbox dates are Dates: instanceof Date and [object Date]', () => {
    const clock = new VirtualClock(START);
    expect(
      inSandbox(
        clock,
        'var d = new Date(); [d instanceof Date, Object.prototype.toString.call(d)]',
      ),
    ).toEqual([true, '[object Date]']);
  });

  test('Dates made outside the sandbox (service values) pass instanceof Date inside it', () => {
    // Range.getValues() returns Date objects for date cells, and scripts test them with instanceof.
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, 'serviceDate instanceof Date', { serviceDate: new Date(0) })).toBe(
      true,
    );
  });

  test('non-dates are not instanceof Date', () => {
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, "[{} instanceof Date, '2026' instanceof Date]")).toEqual([
      false,
      false,
    ]);
  });

  test('new Date().constructor === Date inside the sandbox', () => {
    const clock = new VirtualClock(START);
    expect(inSandbox(clock, 'new Date().constructor === Date')).toBe(true);
  });

  test('a subclass of Date made in the sandbox keeps its own instanceof', () => {
    const clock = new VirtualClock(START);
    const result = inSandbox(
      clock,
      'class Day extends Date {}; [new Day() instanceof Day, new Date() instanceof Day, new Day().getTime()]',
    );
    expect(result).toEqual([true, false, START_MS]);
  });
});

/**
 * Logger and console: what the script writes to its logs.
 * Reference: https://developers.google.com/apps-script/reference/base/logger and
 * https://developers.google.com/apps-script/reference/base/console
 */
import type { Workspace } from '../workspace';
import { assertGoogleShape } from '../core/typing';

/** Cloud Logging severities used by console (console.log is DEBUG in Apps Script). */
export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

export interface LogEntry {
  level: LogLevel;
  message: string;
  atMs: number;
  /** Which execution wrote it (0 outside an execution). */
  executionId: number;
}

export class LogState {
  readonly entries: LogEntry[] = [];
  /** Logger.getLog() covers the current execution only; Logger.clear() empties it. */
  private loggerLines: string[] = [];
  private loggerExecutionId = -1;
  readonly timers = new Map<string, number>();

  constructor(private readonly ws: Workspace) {}

  add(level: LogLevel, message: string): void {
    this.entries.push({
      level,
      message,
      atMs: this.ws.clock.now(),
      executionId: this.ws.current?.id ?? 0,
    });
  }

  loggerLog(): string[] {
    const executionId = this.ws.current?.id ?? 0;
    if (executionId !== this.loggerExecutionId) {
      this.loggerExecutionId = executionId;
      this.loggerLines = [];
    }
    return this.loggerLines;
  }

  clearLogger(): void {
    this.loggerLines = [];
    this.loggerExecutionId = this.ws.current?.id ?? 0;
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toString();
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/**
 * printf-style substitution (%s, %d, %i, %f, %o, %O, %j, %%); values left over are appended,
 * separated by spaces, as console does.
 */
export function formatLogMessage(format: unknown, values: unknown[]): string {
  if (typeof format !== 'string') return [format, ...values].map(show).join(' ');
  let index = 0;
  const text = format.replace(/%([sdifoOj%])/g, (match, code: string) => {
    if (code === '%') return '%';
    if (index >= values.length) return match;
    const value = values[index++];
    if (code === 'd' || code === 'i') return String(Math.trunc(Number(value)));
    if (code === 'f') return String(Number(value));
    return show(value);
  });
  const rest = values.slice(index).map(show);
  return rest.length ? [text, ...rest].join(' ') : text;
}

function timestamp(ms: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: '2-digit',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const millis = String(ms % 1000).padStart(3, '0');
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}:${millis}`;
}

class FakeLogger {
  constructor(private readonly ws: Workspace) {}

  /** log(data) or log(format, ...values) with %s placeholders (reference: Logger.log). */
  log(formatOrData: unknown, ...values: unknown[]): FakeLogger {
    this.ws.charge('Logger', 'Logger.log', 'free');
    const message = values.length ? formatLogMessage(formatOrData, values) : show(formatOrData);
    this.ws.logs.add('INFO', message);
    const zone = this.ws.timeZone;
    this.ws.logs.loggerLog().push(`[${timestamp(this.ws.clock.now(), zone)} ${zone}] ${message}`);
    return this;
  }

  getLog(): string {
    this.ws.charge('Logger', 'Logger.getLog', 'free');
    const lines = this.ws.logs.loggerLog();
    return lines.map((line) => `${line}\n`).join('');
  }

  clear(): void {
    this.ws.charge('Logger', 'Logger.clear', 'free');
    this.ws.logs.clearLogger();
  }
}
assertGoogleShape<FakeLogger, GoogleAppsScript.Base.Logger>(true);

class FakeConsole {
  constructor(private readonly ws: Workspace) {}

  log(formatOrObject?: unknown, ...values: unknown[]): void {
    this.write('log', 'DEBUG', arguments.length ? [formatOrObject, ...values] : []);
  }

  info(formatOrObject?: unknown, ...values: unknown[]): void {
    this.write('info', 'INFO', arguments.length ? [formatOrObject, ...values] : []);
  }

  warn(formatOrObject?: unknown, ...values: unknown[]): void {
    this.write('warn', 'WARNING', arguments.length ? [formatOrObject, ...values] : []);
  }

  error(formatOrObject?: unknown, ...values: unknown[]): void {
    this.write('error', 'ERROR', arguments.length ? [formatOrObject, ...values] : []);
  }

  /** Starts a timer on the virtual clock. */
  time(label: string): void {
    this.ws.charge('console', 'console.time', 'free');
    this.ws.logs.timers.set(String(label), this.ws.clock.now());
  }

  /** Logs "label: Nms" with the virtual time elapsed since console.time(label). */
  timeEnd(label: string): void {
    this.ws.charge('console', 'console.timeEnd', 'free');
    const key = String(label);
    const started = this.ws.logs.timers.get(key);
    if (started === undefined) return;
    this.ws.logs.timers.delete(key);
    this.ws.logs.add('INFO', `${key}: ${this.ws.clock.now() - started}ms`);
  }

  private write(method: string, level: LogLevel, args: unknown[]): void {
    this.ws.charge('console', `console.${method}`, 'free');
    const [format, ...values] = args;
    this.ws.logs.add(level, args.length ? formatLogMessage(format, values) : '');
  }
}
assertGoogleShape<FakeConsole, Console>(true);

export function createLogger(ws: Workspace): GoogleAppsScript.Base.Logger {
  return new FakeLogger(ws) as unknown as GoogleAppsScript.Base.Logger;
}

export function createConsole(ws: Workspace): Console {
  return new FakeConsole(ws) as unknown as Console;
}

/**
 * Logger and console emulation.
 * https://developers.google.com/apps-script/reference/base/logger
 * https://developers.google.com/apps-script/reference/base/console
 */
import { Workspace } from '../src/workspace';
import { createConsole, createLogger } from '../src/services/logger';

function setup() {
  const ws = new Workspace();
  const run = <T>(body: () => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: 'desk@city.example.lg.jp' }, body);
  return { ws, logger: createLogger(ws), console: createConsole(ws), run };
}

// logger#log(data)
test('Logger.log writes the message to the log', () => {
  const { ws, logger, run } = setup();
  run(() => logger.log('hello'));
  expect(ws.logs.entries.map((e) => e.message)).toEqual(['hello']);
});

// logger#log(format, values): "%s" placeholders are replaced by the values
test('Logger.log substitutes %s placeholders', () => {
  const { ws, logger, run } = setup();
  run(() => logger.log('The name is %s, age %s', 'Taro', 30));
  expect(ws.logs.entries[0].message).toBe('The name is Taro, age 30');
});

// logger#getLog: returns the complete list of messages in the current log
test('Logger.getLog returns what was logged', () => {
  const { logger, run } = setup();
  run(() => {
    logger.log('one');
    logger.log('two');
    const log = logger.getLog();
    expect(log).toContain('one');
    expect(log.indexOf('one')).toBeLessThan(log.indexOf('two'));
  });
});

// logger#clear
test('Logger.clear empties the log', () => {
  const { logger, run } = setup();
  run(() => {
    logger.log('one');
    logger.clear();
    expect(logger.getLog()).toBe('');
  });
});

// logger#log returns the Logger for chaining
test('Logger.log chains', () => {
  const { logger, run } = setup();
  run(() => expect(logger.log('a')).toBe(logger));
});

// console#info / warn / error record their severity
test('console methods record their severity', () => {
  const { ws, console, run } = setup();
  run(() => {
    console.info('i');
    console.warn('w');
    console.error('e');
  });
  expect(ws.logs.entries.map((e) => e.level)).toEqual(['INFO', 'WARNING', 'ERROR']);
});

// console#log(formatOrObject, values): sprintf-style formatting
test('console.log formats %s and %d', () => {
  const { ws, console, run } = setup();
  run(() => console.log('Timing the %s function (%d arguments)', 'myFunction', 1));
  expect(ws.logs.entries[0].message).toBe('Timing the myFunction function (1 arguments)');
});

// console#time / timeEnd: logs the duration on the (virtual) clock
test('console.timeEnd logs the elapsed virtual time', () => {
  const { ws, console, run } = setup();
  run(() => {
    console.time('work');
    ws.clock.advance(1234);
    console.timeEnd('work');
  });
  expect(ws.logs.entries[0].message).toBe('work: 1234ms');
});

// ledger: logging costs nothing
test('logging is charged as free', () => {
  const { ws, logger, run } = setup();
  run(() => logger.log('x'));
  expect(ws.ledger.records[0]).toMatchObject({ service: 'Logger', kind: 'free', ms: 0 });
});

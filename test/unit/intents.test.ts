/**
 * Intent records and idempotency keys in one place (src/store/intents.ts, docs/reliability.md):
 * each write is one call and keeps the execution's copy of the properties current.
 */
import {
  clearIntent,
  doneIdsOf,
  doneResultOf,
  idListOf,
  rememberId,
  finishRecord,
  readIntent,
  readIntentText,
  readIntentNow,
  readIntentTextNow,
  readRecord,
  withDone,
  writeIntent,
  writeRecord,
} from '../../src/store/intents';

/** Document properties that record each call, as the emulator's ledger would count them. */
function fakeProperties(initial: Record<string, string> = {}) {
  const stored: Record<string, string> = { ...initial };
  const calls: string[] = [];
  const props = {
    setProperty: (key: string, value: string) => {
      calls.push(`setProperty ${key}`);
      stored[key] = value;
      return props;
    },
    setProperties: (values: Record<string, string>) => {
      calls.push(`setProperties ${Object.keys(values).sort().join(',')}`);
      Object.assign(stored, values);
      return props;
    },
    deleteProperty: (key: string) => {
      calls.push(`deleteProperty ${key}`);
      delete stored[key];
      return props;
    },
  };
  return { props: props as unknown as GoogleAppsScript.Properties.Properties, stored, calls };
}

describe('intent records', () => {
  it('an intent is written in one call, read back from the same execution, and cleared', () => {
    const { props, stored, calls } = fakeProperties();
    const all: Record<string, string> = {};
    writeIntent(props, all, 'intake.pending.k', { caseNumber: 'R8-001', receipt: 'sending' });
    expect(readIntent(all, 'intake.pending.k')).toEqual({
      caseNumber: 'R8-001',
      receipt: 'sending',
    });
    expect(stored['intake.pending.k']).toBe(all['intake.pending.k']);
    clearIntent(props, all, 'intake.pending.k');
    expect(readIntent(all, 'intake.pending.k')).toBeNull();
    expect(stored).toEqual({});
    expect(calls).toEqual(['setProperty intake.pending.k', 'deleteProperty intake.pending.k']);
  });

  it('an intent written with a reserved number goes in the same call: never one without the other', () => {
    const { props, stored, calls } = fakeProperties();
    const all: Record<string, string> = {};
    writeIntent(props, all, 'intent', { n: 7 }, { 'seq.R8': '7' });
    expect(calls).toEqual(['setProperties intent,seq.R8']);
    expect(stored).toEqual({ intent: '{"n":7}', 'seq.R8': '7' });
    expect(all).toEqual(stored);
  });

  it('a text intent is stored as it is, so records of earlier versions still read', () => {
    const { props } = fakeProperties();
    const all: Record<string, string> = { 'documents.folder.R8-001': 'R8-001 株式会社テスト' };
    expect(readIntentText(all, 'documents.folder.R8-001')).toBe('R8-001 株式会社テスト');
    writeIntent(props, all, 'documents.folder.R8-002', 'R8-002 大学');
    expect(all['documents.folder.R8-002']).toBe('R8-002 大学');
    expect(readIntentText(all, 'absent')).toBe('');
  });

  it('an unreadable record is no intent, not a crash', () => {
    expect(readIntent({ k: '{not json' }, 'k')).toBeNull();
    expect(readRecord({ k: '{not json' }, 'k')).toEqual({ pending: null, done: [] });
    expect(doneIdsOf('[broken')).toEqual([]);
    expect(doneIdsOf('{"a":1}')).toEqual([]);
  });
});

describe('idempotency keys', () => {
  it('a request id done again keeps its newest result once; the oldest go past the limit', () => {
    let done = doneIdsOf<number>(undefined);
    done = withDone(done, [['a', 1]], 3);
    done = withDone(done, [['b', 2]], 3);
    done = withDone(done, [['a', 3]], 3);
    expect(done).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
    done = withDone(
      done,
      [
        ['c', 4],
        ['d', 5],
      ],
      3,
    );
    expect(done.map(([id]) => id)).toEqual(['a', 'c', 'd']);
    expect(doneResultOf(done, 'c')).toBe(4);
    expect(doneResultOf(done, 'b')).toBeUndefined();
  });

  it('an operation record: pending written before the effect, done with its result after', () => {
    const { props, calls } = fakeProperties();
    const all: Record<string, string> = {};
    const rec = readRecord<{ stage: string }, string>(all, 'documents.gen.R8-001.agreement');
    rec.pending = { stage: 'copy' };
    writeRecord(props, all, 'documents.gen.R8-001.agreement', rec);
    const again = readRecord<{ stage: string }, string>(all, 'documents.gen.R8-001.agreement');
    expect(again.pending).toEqual({ stage: 'copy' });
    finishRecord(props, all, 'documents.gen.R8-001.agreement', again, 'req-1', 'doc-url');
    const finished = readRecord<{ stage: string }, string>(all, 'documents.gen.R8-001.agreement');
    expect(finished.pending).toBeNull();
    expect(doneResultOf(finished.done, 'req-1')).toBe('doc-url');
    expect(calls).toHaveLength(2);
  });

  it('an operation record keeps its last 10 request ids', () => {
    const { props } = fakeProperties();
    const all: Record<string, string> = {};
    const rec = readRecord<null, number>(all, 'r');
    for (let i = 0; i < 15; i++) finishRecord(props, all, 'r', rec, `id${i}`, i);
    const kept = readRecord<null, number>(all, 'r').done;
    expect(kept).toHaveLength(10);
    expect(kept[0]).toEqual(['id5', 5]);
  });
});

describe('a list of ids told once', () => {
  it('keeps each id once, the newest last, and reads an earlier list as it was stored', () => {
    const { props, stored, calls } = fakeProperties();
    let list = idListOf(undefined);
    list = rememberId(props, 'told', list, 'a', 2);
    list = rememberId(props, 'told', list, 'b', 2);
    list = rememberId(props, 'told', list, 'a', 2);
    expect(list).toEqual(['b', 'a']);
    list = rememberId(props, 'told', list, 'c', 2);
    expect(idListOf(stored.told)).toEqual(['a', 'c']);
    expect(calls).toHaveLength(4);
    expect(idListOf('["x","y"]')).toEqual(['x', 'y']);
    expect(idListOf('nonsense')).toEqual([]);
  });
});

describe('an operation without a snapshot of the properties (setup steps)', () => {
  it('reads its record with one call and writes and clears it without a snapshot', () => {
    const { props, stored, calls } = fakeProperties({ 'setup.formPartial': 'form1:3' });
    const reading = props as unknown as { getProperty: (key: string) => string | null };
    reading.getProperty = (key: string) => {
      calls.push(`getProperty ${key}`);
      return stored[key] ?? null;
    };
    expect(readIntentTextNow(props, 'setup.formPartial')).toBe('form1:3');
    expect(readIntentNow(props, 'setup.documents')).toBeNull();
    writeIntent(props, null, 'setup.documents', { templates: { a: 'id1' } });
    expect(readIntentNow(props, 'setup.documents')).toEqual({ templates: { a: 'id1' } });
    clearIntent(props, null, 'setup.documents');
    expect(stored['setup.documents']).toBeUndefined();
    expect(calls).toEqual([
      'getProperty setup.formPartial',
      'getProperty setup.documents',
      'setProperty setup.documents',
      'getProperty setup.documents',
      'deleteProperty setup.documents',
    ]);
  });
});

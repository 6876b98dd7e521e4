/**
 * PropertiesService emulation.
 * https://developers.google.com/apps-script/reference/properties/properties-service
 * https://developers.google.com/apps-script/reference/properties/properties
 * https://developers.google.com/apps-script/guides/services/quotas
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { createPropertiesService, PROPERTIES_ERRORS } from '../src/services/properties';

const DESK = 'desk@city.example.lg.jp';
const OTHER = 'partner@company.example.co.jp';

function setup() {
  const ws = new Workspace({ now: '2026-04-01T09:00:00+09:00' });
  const props = createPropertiesService(ws);
  const run = <T>(body: () => T, options: Partial<ExecutionOptions> = {}): T =>
    ws.run(
      {
        functionName: 'test',
        source: 'manual',
        activeUser: DESK,
        containerId: 'sheet-1',
        ...options,
      },
      body,
    );
  return { ws, props, run };
}

// properties#getProperty: "null if the key does not exist"
test('getProperty returns null for a missing key', () => {
  const { props, run } = setup();
  run(() => expect(props.getScriptProperties().getProperty('missing')).toBeNull());
});

// guides/properties "Data format": values are stored as strings
test('setProperty stores values as strings', () => {
  const { props, run } = setup();
  run(() => {
    props.getScriptProperties().setProperty('count', 5 as unknown as string);
    expect(props.getScriptProperties().getProperty('count')).toBe('5');
  });
});

// properties#getProperties: returns a copy of the store
test('getProperties returns a copy that does not write through', () => {
  const { props, run } = setup();
  run(() => {
    const store = props.getScriptProperties();
    store.setProperty('a', '1');
    const copy = store.getProperties();
    copy.a = 'changed';
    expect(store.getProperty('a')).toBe('1');
  });
});

// properties#getKeys
test('getKeys lists every key', () => {
  const { props, run } = setup();
  run(() => {
    props.getScriptProperties().setProperties({ a: '1', b: '2' });
    expect(props.getScriptProperties().getKeys().sort()).toEqual(['a', 'b']);
  });
});

// properties#setProperties(properties, deleteAllOthers)
test('setProperties with deleteAllOthers removes the other keys', () => {
  const { props, run } = setup();
  run(() => {
    const store = props.getScriptProperties();
    store.setProperties({ a: '1', b: '2' });
    store.setProperties({ c: '3' }, true);
    expect(store.getProperties()).toEqual({ c: '3' });
  });
});

// properties#deleteProperty
test('deleteProperty removes one key', () => {
  const { props, run } = setup();
  run(() => {
    const store = props.getScriptProperties();
    store.setProperties({ a: '1', b: '2' });
    store.deleteProperty('a');
    expect(store.getProperties()).toEqual({ b: '2' });
  });
});

// properties#deleteAllProperties
test('deleteAllProperties empties the store', () => {
  const { props, run } = setup();
  run(() => {
    const store = props.getScriptProperties();
    store.setProperties({ a: '1', b: '2' });
    store.deleteAllProperties();
    expect(store.getKeys()).toEqual([]);
  });
});

// properties#setProperty returns the Properties store for chaining
test('setters chain', () => {
  const { props, run } = setup();
  run(() => {
    const store = props.getScriptProperties();
    expect(store.setProperty('a', '1').setProperty('b', '2').getProperty('b')).toBe('2');
  });
});

// properties-service#getScriptProperties: shared by all users of the script
test('script properties are shared between users', () => {
  const { props, run } = setup();
  run(() => props.getScriptProperties().setProperty('k', 'v'));
  run(() => expect(props.getScriptProperties().getProperty('k')).toBe('v'), { activeUser: OTHER });
});

// properties-service#getUserProperties: only the current user can access
test('user properties are private to each user', () => {
  const { props, run } = setup();
  run(() => props.getUserProperties().setProperty('k', 'mine'));
  run(() => expect(props.getUserProperties().getProperty('k')).toBeNull(), { activeUser: OTHER });
});

// guides/triggers/installable: installable triggers run as their creator, so the user store is the
// effective user's
test('user properties follow the effective user in an installable trigger', () => {
  const { props, run } = setup();
  run(() => props.getUserProperties().setProperty('k', 'owner'));
  run(() => expect(props.getUserProperties().getProperty('k')).toBe('owner'), {
    source: 'installable',
    activeUser: '',
    effectiveUser: DESK,
  });
});

// properties-service#getDocumentProperties: per document
test('document properties are per container document', () => {
  const { props, run } = setup();
  run(() => props.getDocumentProperties().setProperty('k', 'one'));
  run(() => expect(props.getDocumentProperties().getProperty('k')).toBeNull(), {
    containerId: 'sheet-2',
  });
});

// properties-service#getDocumentProperties: "returns null" when not bound / not an add-on
test('getDocumentProperties returns null without a container', () => {
  const { props, run } = setup();
  run(() => expect(props.getDocumentProperties()).toBeNull(), { containerId: null });
});

// quotas: "Properties value size 9 KB / val"
test('a value over 9 KB is refused with "Argument too large: value"', () => {
  const { props, run } = setup();
  run(() =>
    expect(() => props.getScriptProperties().setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large: value',
    ),
  );
});

// quotas: the 9 KB limit is in bytes, so multibyte text reaches it sooner
test('the value limit counts UTF-8 bytes', () => {
  const { props, run } = setup();
  run(() =>
    expect(() => props.getScriptProperties().setProperty('ja', 'あ'.repeat(3100))).toThrow(
      PROPERTIES_ERRORS.valueTooLarge,
    ),
  );
});

// quotas: "Properties total storage 500 KB / property store"
test('a store over 500 KB is refused with the storage quota message', () => {
  const { props, run } = setup();
  run(() => {
    const store = props.getScriptProperties();
    for (let i = 0; i < 55; i++) store.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => {
      for (let i = 55; i < 60; i++) store.setProperty(`k${i}`, 'x'.repeat(9000));
    }).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });
});

// quotas: the 500 KB limit is per store; a refused write changes nothing
test('a refused setProperties leaves the store unchanged', () => {
  const { props, run } = setup();
  run(() => {
    const store = props.getScriptProperties();
    const batch: Record<string, string> = {};
    for (let i = 0; i < 60; i++) batch[`k${i}`] = 'x'.repeat(9000);
    expect(() => store.setProperties(batch)).toThrow(PROPERTIES_ERRORS.storeFull);
    expect(store.getKeys()).toEqual([]);
  });
});

// reference/script/auth-mode: NONE "does not allow access to any services that require authorization"
test('properties are unavailable in AuthMode.NONE', () => {
  const { props, run } = setup();
  run(() => expect(() => props.getDocumentProperties()).toThrow(/permission/), {
    source: 'simple',
    authMode: 'NONE',
  });
});

// ledger: each Properties call is charged to PropertiesService
test('each call is charged to the ledger', () => {
  const { ws, props, run } = setup();
  run(() => props.getScriptProperties().getProperty('a'));
  const methods = ws.ledger.records.map((r) => r.method);
  expect(methods).toEqual(['PropertiesService.getScriptProperties', 'Properties.getProperty']);
  expect(ws.ledger.records[1].kind).toBe('properties');
});

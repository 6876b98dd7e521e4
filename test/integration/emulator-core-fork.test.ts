/** forkWorkspace (packages/gas-emulator/src/core/fork.ts): an independent copy of a workspace, prototypes kept. */
import { forkWorkspace } from 'gas-emulator/core/fork';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../../esbuild.config';
import { Q } from '../../src/strings';
import { newDesk, proposal, registerRecords } from '../support/desk';

describe('forkWorkspace', () => {
  test('the copy works on its own: what happens in one is not seen in the other', () => {
    const desk = newDesk();
    const ws = forkWorkspace(desk.ws);
    const fork = { ...desk, ws, host: new AddonHost(ws, OUT_DIR) };
    fork.host.submitForm(fork.formId, proposal({ [Q.title]: 'in the fork' }));
    expect(registerRecords(fork).map((r) => r['件名'])).toEqual(['in the fork']);
    expect(registerRecords(desk)).toEqual([]);
    expect(fork.ws.mail.outbox.length).toBeGreaterThan(desk.ws.mail.outbox.length);
    desk.host.submitForm(desk.formId, proposal({ [Q.title]: 'in the original' }));
    expect(registerRecords(desk).map((r) => r['件名'])).toEqual(['in the original']);
    expect(registerRecords(fork).map((r) => r['件名'])).toEqual(['in the fork']);
  });

  test('the clock, properties and triggers are copied, not shared', () => {
    const desk = newDesk();
    const ws = forkWorkspace(desk.ws);
    ws.clock.advance(60_000);
    expect(ws.clock.now()).toBe(desk.ws.clock.now() + 60_000);
    expect(ws.triggers).not.toBe(desk.ws.triggers);
    const original = desk.ws.properties.documents.get(desk.spreadsheetId)!;
    const copied = ws.properties.documents.get(desk.spreadsheetId)!;
    expect(Object.fromEntries(copied)).toEqual(Object.fromEntries(original));
    copied.set('only.in.fork', 'x');
    expect(original.has('only.in.fork')).toBe(false);
  });

  test('a workspace cannot be forked while an execution runs', () => {
    const desk = newDesk();
    expect(() =>
      desk.ws.run({ functionName: 'f', source: 'test', activeUser: 'a@b.jp' }, () =>
        forkWorkspace(desk.ws),
      ),
    ).toThrow('cannot be forked');
  });
});

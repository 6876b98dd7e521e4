import * as vm from 'vm';
import { Workspace } from '../../emulator/core/workspace';
import { createGlobals } from '../../emulator/globals';
test('x', () => {
  const ws = new Workspace();
  const g = createGlobals(ws);
  (g as any).hostDate = new Date(0);
  (g as any).hostArr = [1];
  const ctx = vm.createContext(g);
  const r = vm.runInContext(`[hostDate instanceof Date, hostArr instanceof Array, typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof fetch, typeof TextEncoder, typeof structuredClone, typeof URL, typeof queueMicrotask, typeof WebAssembly, typeof setInterval, typeof global, typeof module, typeof exports].join(',')`, ctx);
  console.log(r);
});

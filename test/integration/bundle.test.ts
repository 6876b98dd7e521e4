import { readFileSync } from 'fs';
import { runInNewContext } from 'vm';
import { Workspace } from 'gas-emulator/workspace';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../../esbuild.config';

const code = readFileSync(`${OUT_DIR}/Code.js`, 'utf8');
const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'onEdit',
  'onProposalSubmitted',
  'menuSetup',
  'menuRecoverResponses',
  'menuShowTriggerStatus',
];

describe('dist/Code.js as Apps Script loads it', () => {
  test('every entry point is a top-level function declaration', () => {
    for (const name of ENTRY_POINTS) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  test('has no module syntax (Apps Script has no module system: guides/v8-runtime)', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  test('loads in a bare context with nothing but ECMAScript built-ins, making no service call', () => {
    const context: Record<string, unknown> = {};
    runInNewContext(code, context);
    for (const name of ENTRY_POINTS) expect(typeof context[name]).toBe('function');
  });

  test('uses no Node or browser global Apps Script lacks', () => {
    for (const global of [
      'process.',
      'Buffer.',
      'setTimeout(',
      'fetch(',
      'TextEncoder',
      'window.',
    ]) {
      expect(code).not.toContain(global);
    }
  });

  test('gas-local loads it with the emulator globals and exposes the entry points', () => {
    const host = new AddonHost(new Workspace(), OUT_DIR);
    expect(host.functionNames()).toEqual(expect.arrayContaining(ENTRY_POINTS));
  });

  test('dist/appsscript.json is the manifest: Asia/Tokyo, V8, explicit scopes', () => {
    const manifest = JSON.parse(readFileSync(`${OUT_DIR}/appsscript.json`, 'utf8'));
    expect(manifest.timeZone).toBe('Asia/Tokyo');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
  });

  test('the manifest asks for Docs and full Drive: templates a city points 設定 at are its own files', () => {
    const manifest = JSON.parse(readFileSync(`${OUT_DIR}/appsscript.json`, 'utf8'));
    expect(manifest.oauthScopes).toEqual(
      expect.arrayContaining([
        'https://www.googleapis.com/auth/documents',
        'https://www.googleapis.com/auth/drive',
      ]),
    );
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive.file');
  });

  test('the manifest deploys the public page as a web app anyone may open, run as the desk', () => {
    // manifest reference, "webapp": executeAs USER_DEPLOYING, access ANYONE_ANONYMOUS — the public
    // list needs no Google sign-in (docs/public-page.md); pushing keeps these settings.
    const manifest = JSON.parse(readFileSync(`${OUT_DIR}/appsscript.json`, 'utf8'));
    expect(manifest.webapp).toEqual({ executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
  });

  test('the manifest asks for spreadsheets: the hourly sweep may have to open the desk by URL', () => {
    // A time-driven trigger can get null from getActiveSpreadsheet(); SpreadsheetApp.openByUrl
    // then needs the full spreadsheets scope ("Required permissions: …/auth/spreadsheets").
    const manifest = JSON.parse(readFileSync(`${OUT_DIR}/appsscript.json`, 'utf8'));
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets');
  });
});

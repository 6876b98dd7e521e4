/**
 * The emulator's main entry: a workspace (one emulated account-and-project), its fork, the
 * Apps Script globals for a bundle, and the host that loads a built add-on and drives it the
 * way Google does (menus, triggers, form submissions, dialogs). Every module is also reachable
 * by path: `gas-emulator/services/spreadsheet/app` and so on.
 */
export { Workspace } from './workspace';
export type { WorkspaceOptions } from './workspace';
export { CoreWorkspace } from './core/workspace';
export { forkWorkspace } from './core/fork';
export { createGlobals } from './globals';
export * from './host';

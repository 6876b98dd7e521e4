/**
 * A bare Workspace with DriveApp for the emulator's Drive tests: `run` executes a body as a
 * manual execution of `activeUser` (the desk by default), as Apps Script would.
 */
import { Workspace } from '../../src/workspace';
import { createDriveApp } from '../../src/services/drive/app';

export const DESK = 'desk@city.example.lg.jp';

export function newDrive(user = DESK) {
  const ws = new Workspace({ now: '2026-04-01T09:00:00+09:00' });
  const DriveApp = createDriveApp(ws);
  const run = <T>(body: () => T, activeUser = user): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser }, body);
  return { ws, DriveApp, run };
}

/** The names an iterator yields, in order (it is used up). */
export function names(iterator: { hasNext(): boolean; next(): { getName(): string } }): string[] {
  const out: string[] = [];
  while (iterator.hasNext()) out.push(iterator.next().getName());
  return out;
}

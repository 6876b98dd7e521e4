/**
 * The repository's TypeScript sources and their code lines, for the guard tests that check where
 * a call may appear (test/unit/storage-layer.test.ts, test/unit/desk-lock.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';

export function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Lines that are code (comments dropped: they may name a call to explain why it is avoided). */
export function codeLines(file: string): Array<[number, string]> {
  let inBlock = false;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i): [number, string] => {
      let code = line;
      if (inBlock) {
        const end = code.indexOf('*/');
        if (end < 0) return [i + 1, ''];
        code = code.slice(end + 2);
        inBlock = false;
      }
      code = code.replace(/\/\*.*?\*\//g, '');
      const start = code.indexOf('/*');
      if (start >= 0) {
        inBlock = true;
        code = code.slice(0, start);
      }
      return [i + 1, code.replace(/\/\/.*$/, '')];
    });
}

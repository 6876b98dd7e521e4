/**
 * `npm run preview` (scripts/preview.ts) as a person runs it: a port in use is reported in one
 * line (or, with no PORT named, the next free port is taken), and the server stops with the
 * command that started it — even when that command is killed outright — leaving no stray
 * server holding the port.
 */
import { ChildProcess, spawn } from 'child_process';
import { createServer, Server, Socket } from 'net';
import { resolve } from 'path';
import { startPreviewServer } from '../../scripts/preview';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

function holdPort(): Promise<{ server: Server; port: number }> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => server.close(() => done()));
}

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = new Socket();
    probe.once('connect', () => {
      probe.destroy();
      done(true);
    });
    probe.once('error', () => done(false));
    probe.connect(port, '127.0.0.1');
  });
}

function collect(child: ChildProcess): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { out: () => out, err: () => err };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done(child.exitCode);
    child.once('exit', (code) => done(code));
  });
}

async function until(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

test('a port named by PORT and in use: one line saying what to do, exit code 1', async () => {
  const { server, port } = await holdPort();
  try {
    const child = spawn(TSX, ['scripts/preview.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
    });
    const output = collect(child);
    expect(await exited(child)).toBe(1);
    expect(output.out()).toBe('');
    expect(output.err().trim().split('\n')).toEqual([
      `ポート ${port} は使用中です（前のプレビューが動いていれば止めるか、PORT=<番号> で別のポートを指定してください）。`,
    ]);
  } finally {
    await closeServer(server);
  }
}, 60_000);

test('with no PORT named, a port in use is passed over for the next free one', async () => {
  const { server, port } = await holdPort();
  try {
    const preview = await startPreviewServer({
      port,
      nextFreePort: true,
      build: false,
      seed: false,
    });
    try {
      const taken = Number(new URL(preview.url).port);
      expect(taken).toBeGreaterThan(port);
      expect(taken).toBeLessThanOrEqual(port + 20);
      expect(await listening(taken)).toBe(true);
    } finally {
      await preview.close();
    }
  } finally {
    await closeServer(server);
  }
});

test('killed outright (SIGKILL to the command that started it), the server stops and frees its port', async () => {
  // The port is free when we choose it; the server takes it.
  const { server, port } = await holdPort();
  await closeServer(server);
  // sh stands for `npm run preview`: `; true` keeps sh as a separate parent of tsx.
  const parent = spawn('sh', ['-c', `"${TSX}" scripts/preview.ts; true`], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    detached: true, // its own process group, so the finally below can end all of it
  });
  const output = collect(parent);
  try {
    expect(await until(() => output.out().includes('preview: http'), 50_000)).toBe(true);
    expect(await listening(port)).toBe(true);
    parent.kill('SIGKILL');
    expect(await until(async () => !(await listening(port)), 10_000)).toBe(true);
  } finally {
    try {
      process.kill(-parent.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}, 90_000);

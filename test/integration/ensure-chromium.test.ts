/**
 * scripts/ensure-chromium.sh, the pretest of `npm test` (README's second command), run on a made-up
 * PATH: Chromium found, installed with apt-get when the user may (root or sudo -n), or one line of
 * advice and exit code 1 when it can do neither.
 */
import { spawnSync } from 'child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const SCRIPT = resolve(__dirname, '../../scripts/ensure-chromium.sh');
const ADVICE =
  'npm test needs Chromium for its browser tests: run "sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary, then npm test again.';

let bin: string;

beforeEach(() => {
  bin = mkdtempSync(join(tmpdir(), 'ensure-chromium-'));
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

/** An executable shell script in the fake bin. */
function tool(name: string, body: string): string {
  const path = join(bin, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** An apt-get that logs its arguments and, on install, puts a `chromium` into the fake bin. */
function fakeAptGet(installWorks = true): void {
  symlinkSync('/usr/bin/env', join(bin, 'env'));
  symlinkSync('/bin/chmod', join(bin, 'chmod'));
  tool(
    'apt-get',
    `echo "$*" >> "${bin}/apt.log"
case "$*" in *install*)
  ${installWorks ? `printf '#!/bin/sh\\n' > "${bin}/chromium"; chmod 755 "${bin}/chromium"` : 'exit 100'};;
esac`,
  );
}

function run(env: Record<string, string> = {}) {
  const result = spawnSync('/bin/bash', [SCRIPT], {
    env: { PATH: bin, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

function aptLog(): string[] {
  try {
    return readFileSync(join(bin, 'apt.log'), 'utf8').trim().split('\n');
  } catch {
    return [];
  }
}

test('Chromium on the PATH under any of its names is found, and nothing is installed', () => {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const path = tool(name, 'exit 0');
    fakeAptGet();
    expect(run()).toEqual({ code: 0, stdout: `Chromium: ${path}`, stderr: '' });
    expect(aptLog()).toEqual([]);
    rmSync(bin, { recursive: true, force: true });
    bin = mkdtempSync(join(tmpdir(), 'ensure-chromium-'));
  }
});

test('CHROMIUM_PATH is used as given; a wrong one is reported in one line, not replaced', () => {
  const path = tool('my-chrome', 'exit 0');
  expect(run({ CHROMIUM_PATH: path })).toEqual({
    code: 0,
    stdout: `Chromium: ${path}`,
    stderr: '',
  });
  fakeAptGet();
  tool('id', 'echo 0');
  const missing = run({ CHROMIUM_PATH: join(bin, 'nowhere') });
  expect(missing.code).toBe(1);
  expect(missing.stderr).toBe(
    `CHROMIUM_PATH=${join(bin, 'nowhere')} is not an executable file. ${ADVICE}`,
  );
  expect(aptLog()).toEqual([]);
});

test('missing, and the user may not install: exactly one line of advice, exit code 1', () => {
  expect(run()).toEqual({ code: 1, stdout: '', stderr: ADVICE });

  // sudo that asks for a password (sudo -n fails) is no better.
  tool('id', 'echo 1000');
  tool('sudo', 'exit 1');
  fakeAptGet();
  expect(run()).toEqual({ code: 1, stdout: '', stderr: ADVICE });
  expect(aptLog()).toEqual([]);
});

test('missing, as root: installs Debian chromium and its Japanese fonts with apt-get', () => {
  tool('id', 'echo 0');
  fakeAptGet();
  const result = run();
  expect(result.code).toBe(0);
  expect(result.stdout.split('\n').pop()).toBe(`Chromium: ${join(bin, 'chromium')}`);
  expect(aptLog()).toEqual([
    'update -qq',
    'install -y -qq --no-install-recommends chromium fonts-noto-cjk',
  ]);
});

test('missing, with passwordless sudo: installs through sudo -n', () => {
  tool('id', 'echo 1000');
  tool('sudo', `[ "$1" = "-n" ] && shift; echo "sudo $*" >> "${bin}/sudo.log"; "$@"`);
  fakeAptGet();
  const result = run();
  expect(result.code).toBe(0);
  expect(result.stdout.split('\n').pop()).toBe(`Chromium: ${join(bin, 'chromium')}`);
  const sudoLog = readFileSync(join(bin, 'sudo.log'), 'utf8').trim().split('\n');
  expect(sudoLog[0]).toBe('sudo true');
  expect(sudoLog.slice(1)).toEqual([
    'sudo apt-get update -qq',
    'sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk',
  ]);
});

test('an install that fails ends on the one line of advice, exit code 1', () => {
  tool('id', 'echo 0');
  fakeAptGet(false);
  const result = run();
  expect(result.code).toBe(1);
  expect(result.stderr.split('\n').pop()).toBe(ADVICE);
});

/**
 * npm run preview — the sidebar and the dialogs outside Google.
 *
 * Builds the add-on, sets up a desk on the emulator with a few cases, and serves on localhost:
 *   /                        the cases (links)
 *   /sidebar?row=N           the sidebar for register row N, exactly as the emulator's HtmlService
 *                            renders it when a person selects the row and clicks the menu item
 *                            (&section=department|dialogue|documents opens another menu item)
 *   /dialog/preConsultation  the 事前相談 dialog
 *   /dialog/search           the 案件を検索 dialog
 *   /dialog/wizard           the 初期設定ウィザード dialog (on a blank spreadsheet with `blank`)
 *   /dialog/health           the ヘルスチェック dialog
 *   POST /run                google.script.run, bridged to AddonHost.scriptRun (JSON rules enforced)
 * The only change to the pages is a small script, placed first in <head>, that defines
 * google.script.run (and google.script.host) on top of fetch('/run').
 *
 * Browser tests (test/browser/) start the same server with startPreviewServer().
 */
import { readFileSync } from 'fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { buildAll, OUT_DIR } from '../esbuild.config';
import { escapeHtml } from 'gas-emulator/services/html';
import { AddonHost, errorMessage } from 'gas-emulator/host';
import { Workspace } from 'gas-emulator/workspace';
import { CHOICES, MENU, Q, SHEET } from '../src/strings';
import { HEALTH_MENU } from '../src/strings/health';
import { Desk, newDesk, proposal, registerRecords, STAFF } from '../test/support/desk';

export interface PreviewOptions {
  /** 0 picks a free port. */
  port?: number;
  /** When the port is taken, use the next free one instead of stopping. */
  nextFreePort?: boolean;
  /** Add departments and a few cases (including one with hostile text). */
  seed?: boolean;
  /** Build dist/ first (tests skip it: jest's globalSetup has built it). */
  build?: boolean;
  /** Who clicks and calls (must be desk staff to act). */
  user?: string;
  /** Print each google.script.run call and its service calls. */
  log?: boolean;
  /** The desk's virtual clock at start (ISO); tests keep newDesk's fixed date. */
  now?: string;
  /**
   * A spreadsheet the add-on is opened in but not set up (no 設定): the wizard's first run, as
   * 初期設定 in a new file shows it. No cases, so `/` lists only the wizard.
   */
  blank?: boolean;
}

export interface PreviewServer {
  url: string;
  desk: Desk;
  close(): Promise<void>;
}

/** Text with markup that must be shown literally, never run. */
export const HOSTILE = {
  organisation: '"><img src=x onerror="document.body.dataset.pwned=1">株式会社テスト',
  title: '<script>document.body.dataset.pwned=1</script>見える化の提案',
} as const;

const SECTION_MENUS: Record<string, string> = {
  status: MENU.changeStatus,
  department: MENU.assignDepartment,
  dialogue: MENU.addDialogue,
  documents: MENU.generateDocument,
};

/** 担当課 and a few proposals through the form, as applicants send them. */
export function seedPreview(desk: Desk): void {
  const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
  const departments = model.sheetByName(SHEET.departments)!;
  [
    ['道路維持課', 'douro@city.aomori.example.lg.jp', '雪谷', ''],
    ['観光課', 'kanko@city.aomori.example.lg.jp', '浜田', ''],
    ['資産経営課', 'shisan@city.aomori.example.lg.jp', '柳川', 'ネーミングライツ担当'],
  ].forEach((row, r) =>
    row.forEach((value, c) => (departments.cellForWrite(r + 2, c + 1).value = value)),
  );
  const proposals = [
    proposal(),
    proposal({
      [Q.organisation]: '国立大学法人 北の大学',
      [Q.applicantType]: CHOICES.applicantType[1],
      [Q.name]: '八甲田 花子',
      [Q.email]: 'hanako@kita-univ.example.ac.jp',
      [Q.title]: 'AIカメラによる観光客の周遊分析の実証実験',
      [Q.method]: CHOICES.method[1],
    }),
    proposal({
      [Q.organisation]: '青森りんご飲料株式会社',
      [Q.email]: 'info@ringo-drink.example.co.jp',
      [Q.title]: '市民体育館のネーミングライツ',
      [Q.method]: 'ネーミングライツ',
      [Q.roles]: [],
    }),
    proposal({
      [Q.organisation]: HOSTILE.organisation,
      [Q.email]: 'test@hostile.example.co.jp',
      [Q.title]: HOSTILE.title,
    }),
  ];
  for (const answers of proposals) {
    desk.ws.clock.advanceMinutes(17);
    for (const outcome of desk.host.submitForm(desk.formId, answers)) {
      if (outcome.error) throw outcome.error;
    }
  }
}

/** A spreadsheet with the add-on opened but never set up (as test/integration/wizard.test.ts). */
export function blankDesk(user: string, now?: string): Desk {
  const ws = new Workspace({ now: now ?? '2026-05-11T09:00:00+09:00', user });
  ws.ui.addonName = '公民連携デスク';
  const spreadsheet = ws.spreadsheets.create('公民連携デスク 案件管理', user);
  const host = new AddonHost(ws, OUT_DIR);
  const opened = host.openSpreadsheet(spreadsheet.id, user, 'NONE');
  if (opened.error) throw opened.error;
  return { ws, host, spreadsheetId: spreadsheet.id, formId: '' };
}

/** The person selects register row `row` (as clicking a cell of it does). */
export function selectRegisterRow(desk: Desk, row: number): void {
  const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
  const register = model.sheetByName(SHEET.register)!;
  model.activeSheetId = register.sheetId;
  model.activeRange = { row, column: 1, numRows: 1, numColumns: 1 };
  model.currentCell = { row, column: 1 };
}

/** google.script.run and google.script.host over fetch('/run'), as the page sees them in Google. */
const BRIDGE = `<script>
(function () {
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, onFailure); };
        if (name === 'withFailureHandler') return function (f) { return runner(onSuccess, f); };
        if (name === 'withUserObject') return function () { return runner(onSuccess, onFailure); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/run', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: name, args: args })
          })
            .then(function (response) { return response.json(); })
            .then(function (reply) {
              if (reply.ok) { if (onSuccess) onSuccess(reply.result); }
              else if (onFailure) onFailure(new Error(reply.message));
            }, function (error) { if (onFailure) onFailure(error); });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null),
    host: {
      close: function () { document.documentElement.setAttribute('data-host-closed', 'true'); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () {} }
    }
  } };
})();
</script>`;

export function withBridge(html: string): string {
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}\n${BRIDGE}`)
    : `${BRIDGE}\n${html}`;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The HTML the menu item put on screen, or what it showed instead (an alert, an error). */
function openSurface(
  desk: Desk,
  caption: string,
  kind: 'sidebars' | 'dialogs',
  user: string,
): { html: string } | { problem: string } {
  const ui = desk.ws.ui;
  const [shown, alerts] = [ui[kind].length, ui.alerts.length];
  const outcome = desk.host.clickMenu(desk.spreadsheetId, caption, user);
  if (ui[kind].length > shown) return { html: ui[kind][ui[kind].length - 1].html };
  const alert = ui.alerts.slice(alerts).pop();
  if (alert) return { problem: alert.prompt };
  return { problem: outcome.error ? errorMessage(outcome.error) : `${caption}: nothing shown` };
}

function caseList(desk: Desk): string {
  const set = desk.ws.spreadsheets.get(desk.spreadsheetId)?.sheetByName(SHEET.register);
  const items = (set ? registerRecords(desk) : []).map((record, i) => {
    const text = ['案件番号', 'ステータス', '件名', '事業者名']
      .map((header) => String(record[header] ?? ''))
      .join(' — ');
    return `<li><a href="/sidebar?row=${i + 2}">${escapeHtml(text)}</a></li>`;
  });
  return page(
    '公民連携デスク preview',
    `<h1>公民連携デスク — preview</h1>
<p>Each link opens the sidebar of a register row, as 公民連携 › ${escapeHtml(MENU.changeStatus)} does.
Emails sent: ${desk.ws.mail.outbox.length}.</p>
<ol>${items.join('\n')}</ol>
<p><a href="/dialog/preConsultation">${escapeHtml(MENU.registerPreConsultation)}</a></p>
<p><a href="/dialog/search">${escapeHtml(MENU.searchCases)}</a></p>
<p><a href="/dialog/wizard">${escapeHtml(MENU.wizard)}</a></p>
<p><a href="/dialog/health">${escapeHtml(HEALTH_MENU)}</a></p>`,
  );
}

function json(res: ServerResponse, status: number, body: object): void {
  send(res, status, 'application/json', JSON.stringify(body));
}

/** The page the menu item showed, with the bridge; or what it showed instead. */
function sendSurface(res: ServerResponse, shown: { html: string } | { problem: string }): void {
  if ('html' in shown) return send(res, 200, 'text/html', withBridge(shown.html));
  send(res, 409, 'text/html', page('preview', `<p role="alert">${escapeHtml(shown.problem)}</p>`));
}

/**
 * One google.script.run call. The reply is what the page's handlers receive: the value for the
 * success handler, or the message of the Error given to the failure handler.
 */
function runCall(desk: Desk, user: string, body: string, log: boolean): [number, object] {
  let call: { name?: unknown; args?: unknown };
  try {
    call = JSON.parse(body) as typeof call;
  } catch {
    return [400, { ok: false, message: 'bad JSON' }];
  }
  if (typeof call.name !== 'string' || !Array.isArray(call.args)) {
    return [400, { ok: false, message: 'expected {name, args[]}' }];
  }
  try {
    const result = desk.host.scriptRun(desk.spreadsheetId, call.name, call.args, user);
    if (log)
      console.log(`run ${call.name}: ${desk.host.lastExecution().calls.length} service calls`);
    return [200, { ok: true, result }];
  } catch (error) {
    return [200, { ok: false, message: errorMessage(error) }];
  }
}

/** A port another process holds: one line to the person, not a stack. */
export class PortInUse extends Error {}

/**
 * Listens on 127.0.0.1:`port`; when it is taken, tries the next ports (`nextFreePort`, up to 20
 * further) or stops with one line saying what to do.
 */
function listen(server: Server, port: number, nextFreePort: boolean): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tryPort = (candidate: number) => {
      const onError = (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE') return reject(error);
        if (nextFreePort && candidate < port + 20) return tryPort(candidate + 1);
        reject(
          new PortInUse(
            `ポート ${candidate} は使用中です（前のプレビューが動いていれば止めるか、PORT=<番号> で別のポートを指定してください）。`,
          ),
        );
      };
      server.once('error', onError);
      server.listen(candidate, '127.0.0.1', () => {
        server.off('error', onError);
        resolve();
      });
    };
    tryPort(port);
  });
}

export async function startPreviewServer(options: PreviewOptions = {}): Promise<PreviewServer> {
  const user = options.user ?? STAFF;
  // The port is taken first, so a port in use is reported at once, before the build and the desk.
  let desk: Desk | undefined;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!desk) return send(res, 503, 'text/plain', 'starting, try again in a moment');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /') return send(res, 200, 'text/html', caseList(desk));
    if (route === 'GET /sidebar') {
      const row = Number(url.searchParams.get('row'));
      const caption = SECTION_MENUS[url.searchParams.get('section') ?? 'status'];
      if (!Number.isInteger(row) || row < 2 || !caption) {
        return send(res, 400, 'text/plain', 'row must be a register row (2 or more)');
      }
      selectRegisterRow(desk, row);
      return sendSurface(res, openSurface(desk, caption, 'sidebars', user));
    }
    if (route === 'GET /dialog/preConsultation') {
      return sendSurface(res, openSurface(desk, MENU.registerPreConsultation, 'dialogs', user));
    }
    if (route === 'GET /dialog/search') {
      return sendSurface(res, openSurface(desk, MENU.searchCases, 'dialogs', user));
    }
    if (route === 'GET /dialog/wizard') {
      return sendSurface(res, openSurface(desk, MENU.wizard, 'dialogs', user));
    }
    if (route === 'GET /dialog/health') {
      return sendSurface(res, openSurface(desk, HEALTH_MENU, 'dialogs', user));
    }
    if (route === 'POST /run') {
      const [status, reply] = runCall(desk, user, await readBody(req), options.log ?? false);
      return json(res, status, reply);
    }
    if (route === 'GET /favicon.ico') return send(res, 204, 'text/plain', '');
    send(res, 404, 'text/plain', 'not found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', errorMessage(error)));
  });
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  await listen(server, options.port ?? 8765, options.nextFreePort ?? false);
  try {
    if (options.build !== false) await buildAll();
    const ready = options.blank
      ? blankDesk(user, options.now)
      : newDesk(options.now ? { now: options.now } : {});
    if (options.seed !== false && !options.blank) seedPreview(ready);
    desk = ready;
  } catch (error) {
    await close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, desk, close };
}

if (process.argv[1] && process.argv[1].endsWith('preview.ts')) {
  // The browser's clock is real, so the desk's is too (dates typed in the sidebar are checked
  // against the server's today).
  startPreviewServer({
    port: Number(process.env.PORT) || 8765,
    // A port named by PORT is the person's choice: taken, it is reported, not replaced.
    nextFreePort: !process.env.PORT,
    log: true,
    now: new Date().toISOString(),
  })
    .then((preview) => {
      console.log(`公民連携デスク preview: ${preview.url}/ (Ctrl+C to stop)`);
      stopWithParent(preview);
    })
    .catch((error: unknown) => {
      console.error(error instanceof PortInUse ? error.message : error);
      process.exit(1);
    });
}

/** A process's parent and start time from /proc (Linux), or null when it is gone or unknown. */
function procStat(pid: number): { ppid: number; start: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid … starttime": comm may hold spaces, so split after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), start: fields[19] };
  } catch {
    return null;
  }
}

/** This process's ancestors (below init) with their start times, so a reused pid is not taken for one. */
function ancestors(): Array<{ pid: number; start: string }> {
  const chain: Array<{ pid: number; start: string }> = [];
  for (let pid = process.ppid; pid > 1 && chain.length < 32;) {
    const stat = procStat(pid);
    if (!stat) break;
    chain.push({ pid, start: stat.start });
    pid = stat.ppid;
  }
  return chain;
}

/**
 * The server stops with its parent: on Ctrl+C or a terminating signal, and when any process that
 * started it is gone — `npm run preview` killed outright leaves tsx (our parent) alive, so the
 * parent alone is not enough — so no stray server keeps the port.
 */
function stopWithParent(preview: PreviewServer): void {
  const parent = process.ppid;
  const chain = ancestors();
  const stop = () => {
    void preview.close().finally(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stop);
  setInterval(() => {
    const orphaned = process.ppid !== parent;
    if (orphaned || chain.some(({ pid, start }) => procStat(pid)?.start !== start)) stop();
  }, 1000).unref();
}

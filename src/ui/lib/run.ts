/// <reference lib="dom" />
/**
 * google.script.run as a typed promise. The handler names and their argument and result types come
 * from the contract (src/app/sidebarContract.ts), so the page and the server cannot drift apart.
 * Every outcome is a ServerResult: a failure of the call itself (network, quota, a handler that
 * threw) becomes `{ ok: false }` with a Japanese message, never a stack.
 */
import type { HandlerName, Handlers, ServerResult } from '../../app/sidebarContract';
import { SIDEBAR } from '../../strings/sidebar';

export type { HandlerName, Handlers };

/** The part of google.script.run the pages use (guides/html/reference/run). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

interface GoogleScript {
  script: {
    run: ScriptRunner;
    host: { close(): void };
  };
}

function googleScript(): GoogleScript | null {
  const candidate = (globalThis as { google?: GoogleScript }).google;
  return candidate && candidate.script && candidate.script.run ? candidate : null;
}

/** The first line of an error's message: enough to report, never a stack. */
export function errorDetail(error: unknown): string {
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error ?? '');
  return message.split('\n')[0].slice(0, 200);
}

/** A reply is trusted only if it has the ServerResult shape. */
function isServerResult(value: unknown): value is ServerResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as { ok?: unknown; message?: unknown };
  return reply.ok === true || (reply.ok === false && typeof reply.message === 'string');
}

/** Handlers that change something: each call carries a request id (src/app/sidebarContract.ts). */
const CHANGING: ReadonlySet<HandlerName> = new Set<HandlerName>([
  'sidebarMoveCase',
  'sidebarAssignDepartment',
  'sidebarAddDialogue',
  'sidebarSaveGoals',
  'sidebarSetChecklistItem',
  'sidebarSavePublication',
  'sidebarSaveAgreement',
  'sidebarRecordReceipt',
  'sidebarGenerateDocument',
  'sidebarSendReplyLetter',
  'dialogRegisterPreConsultation',
]);

/**
 * Request ids of actions not yet confirmed, by handler and argument: pressing the same button
 * with the same input after a failure (or an answer that never came) sends the same id, so the
 * server completes the first attempt instead of repeating it. A success forgets the id: the same
 * input pressed again later is a new action.
 */
const unconfirmed = new Map<string, string>();

function newRequestId(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The argument with its request id, and the key the id is kept under until confirmed. */
export function withRequestId<K extends HandlerName>(
  name: K,
  arg: Handlers[K][0],
): { arg: Handlers[K][0]; key: string | null } {
  if (!CHANGING.has(name)) return { arg, key: null };
  const key = `${name}:${JSON.stringify(arg)}`;
  const requestId = unconfirmed.get(key) ?? newRequestId();
  unconfirmed.set(key, requestId);
  return { arg: { ...(arg as object), requestId } as Handlers[K][0], key };
}

export function call<K extends HandlerName>(
  name: K,
  plainArg: Handlers[K][0],
): Promise<ServerResult<Handlers[K][1]>> {
  const { arg, key } = withRequestId(name, plainArg);
  return send(name, arg).then((result) => {
    if (key !== null && result.ok) unconfirmed.delete(key);
    return result;
  });
}

function send<K extends HandlerName>(
  name: K,
  arg: Handlers[K][0],
): Promise<ServerResult<Handlers[K][1]>> {
  return new Promise((resolve) => {
    const google = googleScript();
    if (!google) {
      resolve({ ok: false, message: SIDEBAR.outsideGoogle });
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) =>
        resolve(
          isServerResult(value)
            ? (value as ServerResult<Handlers[K][1]>)
            : { ok: false, message: SIDEBAR.badReply },
        ),
      )
      .withFailureHandler((error) =>
        resolve({ ok: false, message: SIDEBAR.failure(errorDetail(error)) }),
      ) as ScriptRunner & Record<string, (arg: unknown) => void>;
    runner[name](arg);
  });
}

/** Closes the dialog (google.script.host.close); nothing to do outside Google. */
export function closeHost(): void {
  googleScript()?.script.host.close();
}

/**
 * MailApp: sends (records) email, with Apps Script's quotas and per-message limits.
 * Reference: https://developers.google.com/apps-script/reference/mail/mail-app
 * Limits: https://developers.google.com/apps-script/guides/services/quotas
 *
 * Quota window: the quotas page says quotas "are per user and reset 24 hours after the first
 * request", so each sender's window opens at its first counted send and closes 24 hours later
 * (not at a fixed midnight).
 */
import type { Workspace } from '../workspace';
import { assertGoogleShape } from '../core/typing';

export type MailAccountKind = 'consumer' | 'workspace';

/** Per-message limits from the quotas page ("Current limitations"). */
export const MAIL_LIMITS = {
  recipientsPerMessage: 50,
  attachmentsPerMessage: 250,
  totalAttachmentBytes: 25 * 1024 * 1024,
  bodyBytes: { consumer: 200 * 1024, workspace: 400 * 1024 } as Record<MailAccountKind, number>,
  /** Apps Script rejects subjects over 250 characters. */
  subjectLength: 250,
  windowMs: 24 * 60 * 60 * 1000,
} as const;

export const MAIL_ERRORS = {
  quota: 'Service invoked too many times for one day: email.',
  invalidEmail: (address: string) => `Invalid email: ${address}`,
  noRecipient: 'Failed to send email: no recipient',
  tooManyRecipients: 'Limit Exceeded: Email Recipients Per Message.',
  bodySize: 'Limit Exceeded: Email Body Size.',
  totalAttachmentsSize: 'Limit Exceeded: Email Total Attachments Size.',
  /** Assumed wording, following the other "Limit Exceeded" messages. */
  tooManyAttachments: 'Limit Exceeded: Email Attachments Per Message.',
  subjectTooLong: 'Argument too large: subject',
  /** Simple triggers (LIMITED) and AuthMode.NONE cannot send mail. */
  noPermission: (method: string) =>
    `You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/script.send_mail`,
} as const;

export interface SentAttachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface SentMail {
  /** Comma-separated addresses, as MailApp takes them ('' when none). */
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  noReply: boolean;
  attachments: SentAttachment[];
  sentAtMs: number;
  /** The sending account, or a no-reply address for Workspace accounts with noReply. */
  from: string;
}

interface QuotaWindow {
  startMs: number;
  used: number;
}

export class MailState {
  readonly outbox: SentMail[] = [];
  readonly account: MailAccountKind;
  private readonly windows = new Map<string, QuotaWindow>();

  /**
   * @param dailyQuota recipients per day: 100 for consumer accounts, 1,500 for Workspace.
   * @param account decides the body size limit; by default a quota of 100 or less means consumer.
   */
  constructor(
    private readonly ws: Workspace,
    readonly dailyQuota: number,
    account?: MailAccountKind,
  ) {
    this.account = account ?? (dailyQuota <= 100 ? 'consumer' : 'workspace');
  }

  /** Recipients the user may still send to in the current 24-hour window. */
  remaining(user = this.currentSender()): number {
    return Math.max(0, this.dailyQuota - this.window(user).used);
  }

  /** Test helper: pretend the user has `n` recipients left in the current window. */
  setRemaining(n: number, user = this.currentSender()): void {
    this.window(user).used = this.dailyQuota - n;
  }

  /** Counts `recipients` against the sender's quota, or fails when they do not fit. */
  consume(user: string, recipients: number): void {
    const window = this.window(user);
    if (window.used + recipients > this.dailyQuota) throw new Error(MAIL_ERRORS.quota);
    window.used += recipients;
  }

  currentSender(): string {
    return this.ws.current?.effectiveUser ?? this.ws.defaultUser;
  }

  private window(user: string): QuotaWindow {
    const now = this.ws.clock.now();
    let window = this.windows.get(user);
    if (!window || now - window.startMs >= MAIL_LIMITS.windowMs) {
      window = { startMs: now, used: 0 };
      this.windows.set(user, window);
    }
    return window;
  }
}

type BlobLike = {
  getBytes(): number[] | Uint8Array;
  getName(): string | null;
  getContentType(): string | null;
};
type BlobSourceLike = { getBlob(): BlobLike } | BlobLike;

const EMAIL_PATTERN = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

/** Splits a comma-separated list; "Name <a@b.jp>" is accepted and reduced to the address. */
function parseAddresses(list: string | undefined): string[] {
  if (list === undefined || list === null) return [];
  return String(list)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const angle = /<([^>]*)>\s*$/.exec(part);
      const address = angle ? angle[1].trim() : part;
      if (!EMAIL_PATTERN.test(address)) throw new Error(MAIL_ERRORS.invalidEmail(part));
      return address;
    });
}

function toAttachment(source: BlobSourceLike): SentAttachment {
  const blob =
    'getBlob' in source && typeof source.getBlob === 'function'
      ? source.getBlob()
      : (source as BlobLike);
  return {
    name: blob.getName() ?? '',
    contentType: blob.getContentType() ?? 'application/octet-stream',
    bytes: toBytes(blob.getBytes()),
  };
}

/** Apps Script bytes are signed (-128..127); stored unsigned. */
function toBytes(raw: number[] | Uint8Array): Uint8Array {
  if (raw instanceof Uint8Array) return new Uint8Array(raw);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw[i] & 0xff;
  return bytes;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

class FakeMailApp {
  constructor(private readonly ws: Workspace) {}

  getRemainingDailyQuota(): number {
    this.ws.charge('MailApp', 'MailApp.getRemainingDailyQuota', 'local');
    this.requirePermission('MailApp.getRemainingDailyQuota');
    return this.ws.mail.remaining();
  }

  /**
   * sendEmail(message) | sendEmail(recipient, subject, body[, options])
   * | sendEmail(to, replyTo, subject, body).
   */
  sendEmail(
    first: string | GoogleAppsScript.Mail.MailAdvancedParameters,
    second?: string,
    third?: string,
    fourth?: string | GoogleAppsScript.Mail.MailAdvancedParameters,
  ): void {
    this.ws.charge('MailApp', 'MailApp.sendEmail', 'mail');
    this.requirePermission('MailApp.sendEmail');
    let message: GoogleAppsScript.Mail.MailAdvancedParameters;
    if (typeof first === 'object' && first !== null) message = { ...first };
    else if (typeof fourth === 'string') {
      message = { to: first, replyTo: second, subject: third, body: fourth };
    } else message = { ...(fourth ?? {}), to: first, subject: second, body: third };
    this.send(message);
  }

  private send(message: GoogleAppsScript.Mail.MailAdvancedParameters): void {
    const mail = this.ws.mail;
    const to = parseAddresses(message.to);
    const cc = parseAddresses(message.cc);
    const bcc = parseAddresses(message.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error(MAIL_ERRORS.noRecipient);
    if (count > MAIL_LIMITS.recipientsPerMessage) throw new Error(MAIL_ERRORS.tooManyRecipients);
    const replyTo = message.replyTo ? parseAddresses(message.replyTo).join(',') : '';
    const subject = message.subject === undefined ? '' : String(message.subject);
    if (subject.length > MAIL_LIMITS.subjectLength) throw new Error(MAIL_ERRORS.subjectTooLong);
    const body = message.body === undefined ? '' : String(message.body);
    const htmlBody = message.htmlBody === undefined ? '' : String(message.htmlBody);
    const bodyLimit = MAIL_LIMITS.bodyBytes[mail.account];
    if (utf8Bytes(body) > bodyLimit || utf8Bytes(htmlBody) > bodyLimit) {
      throw new Error(MAIL_ERRORS.bodySize);
    }
    // The service reads each attachment itself: no call the script could count (see Ledger.internal).
    const attachments = this.ws.ledger.internal(() =>
      (message.attachments ?? []).map((a) => toAttachment(a as unknown as BlobSourceLike)),
    );
    if (attachments.length > MAIL_LIMITS.attachmentsPerMessage) {
      throw new Error(MAIL_ERRORS.tooManyAttachments);
    }
    const attachmentBytes = attachments.reduce((sum, a) => sum + a.bytes.length, 0);
    if (attachmentBytes > MAIL_LIMITS.totalAttachmentBytes) {
      throw new Error(MAIL_ERRORS.totalAttachmentsSize);
    }
    const sender = mail.currentSender();
    mail.consume(sender, count);
    // noReply only works for Workspace accounts (reference: MailApp.sendEmail advanced parameters).
    const noReply = !!message.noReply && mail.account === 'workspace';
    mail.outbox.push({
      to: to.join(','),
      cc: cc.join(','),
      bcc: bcc.join(','),
      replyTo,
      subject,
      body,
      htmlBody,
      name: message.name === undefined ? '' : String(message.name),
      noReply,
      attachments,
      sentAtMs: this.ws.clock.now(),
      from: noReply ? `noreply@${sender.split('@')[1] ?? ''}` : sender,
    });
  }

  private requirePermission(method: string): void {
    const mode = this.ws.current?.authMode;
    if (mode === 'NONE' || mode === 'LIMITED' || mode === 'CUSTOM_FUNCTION') {
      throw new Error(MAIL_ERRORS.noPermission(method));
    }
  }
}
assertGoogleShape<FakeMailApp, GoogleAppsScript.Mail.MailApp>(true);

export function createMailApp(ws: Workspace): GoogleAppsScript.Mail.MailApp {
  return new FakeMailApp(ws) as unknown as GoogleAppsScript.Mail.MailApp;
}

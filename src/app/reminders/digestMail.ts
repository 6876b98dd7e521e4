/**
 * Sending one digest. MailApp refuses a message whose recipients do not fit in what is left of
 * the daily quota ("Service invoked too many times for one day: email.") and counts nothing; the
 * sweep sends most urgent first and stops at the first refusal, so the urgent ones go first and
 * the rest wait. Asking getRemainingDailyQuota() first would cost a call and still not be enough:
 * the intake may send receipts between the question and the send.
 */
import type { Settings } from '../../domain/settings';
import type { RenderedMail } from '../../domain/deadlines/digest';
import { sendAsDesk } from '../../adapters/mailer';

export type SendResult = { ok: true } | { ok: false; quota: boolean; message: string };

const QUOTA_MESSAGE = /too many times for one day: email/i;

export function sendDigestMail(settings: Settings, to: string, mail: RenderedMail): SendResult {
  // An empty htmlBody would be sent as an empty HTML part, which mail clients show instead of
  // the text body: a plain-text message (the desk notice) has none.
  const html = mail.htmlBody ? { htmlBody: mail.htmlBody } : {};
  try {
    sendAsDesk(settings, to, mail.subject, mail.body, html);
    return { ok: true };
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    return { ok: false, quota: QUOTA_MESSAGE.test(message), message };
  }
}

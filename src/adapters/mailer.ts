import type { Settings } from '../domain/settings';
import type { DeskContact } from '../strings';

/** The desk's contact block, as printed in emails, the form and documents. */
export function contactOf(settings: Settings): DeskContact {
  return {
    deskName: settings.deskName,
    department: settings.department,
    address: settings.address,
    phone: settings.phone,
    email: settings.deskEmail,
  };
}

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

/**
 * Sends one email as the desk — its name as the sender's, replies to its address — with any
 * other options (an HTML part, attachments): every email the add-on sends goes through here.
 * Throws what the mail service throws; each caller decides what a refusal means.
 */
export function sendAsDesk(
  settings: Settings,
  to: string,
  subject: string,
  body: string,
  extra: MailOptions = {},
): void {
  const options: MailOptions = { name: settings.deskName, ...extra };
  if (settings.deskEmail) options.replyTo = settings.deskEmail;
  MailApp.sendEmail(to, subject, body, options);
}

/**
 * Sends one plain-text email as the desk. Returns false instead of throwing when the mail
 * service refuses (quota, bad address): callers record it and a later run retries.
 */
export function sendDeskMail(
  settings: Settings,
  to: string,
  subject: string,
  body: string,
): boolean {
  if (!to.trim()) return false;
  try {
    sendAsDesk(settings, to.trim(), subject, body);
    return true;
  } catch (error) {
    console.warn(`メール送信に失敗しました（${to}）: ${(error as Error).message}`);
    return false;
  }
}

/** How many more emails the person running the script may send today (one call). */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

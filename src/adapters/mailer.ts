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
  const options: GoogleAppsScript.Mail.MailAdvancedParameters = { name: settings.deskName };
  if (settings.deskEmail) options.replyTo = settings.deskEmail;
  try {
    MailApp.sendEmail(to.trim(), subject, body, options);
    return true;
  } catch (error) {
    console.warn(`メール送信に失敗しました（${to}）: ${(error as Error).message}`);
    return false;
  }
}

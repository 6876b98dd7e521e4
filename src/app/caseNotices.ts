import { MAIL, PartnerNote } from '../strings';
import type { Settings } from '../domain/settings';
import { STATUS_INELIGIBLE } from '../domain/screening';
import { isValidEmail } from '../domain/screening';
import { contactOf, sendDeskMail } from '../adapters/mailer';

export interface NoticeCase {
  caseNumber: string;
  status: string;
  organisation: string;
  applicantType: string;
  name: string;
  email: string;
  title: string;
  method: string;
  reasons: string[];
  /** The organisation's earlier cases, for information (src/domain/partners.ts). */
  partner?: PartnerNote | null;
}

/** The applicant's receipt (or the polite 対象外 reply). Returns whether it went out. */
export function sendReceipt(settings: Settings, c: NoticeCase): boolean {
  if (!settings.sendReceipts || !isValidEmail(c.email)) return false;
  const contact = contactOf(settings);
  if (c.status === STATUS_INELIGIBLE) {
    return sendDeskMail(
      settings,
      c.email,
      MAIL.ineligibleSubject(c.caseNumber, settings.deskName),
      MAIL.ineligibleBody({ name: c.name, caseNumber: c.caseNumber, title: c.title, contact }),
    );
  }
  return sendDeskMail(
    settings,
    c.email,
    MAIL.receiptSubject(c.caseNumber, settings.deskName),
    MAIL.receiptBody({
      name: c.name,
      organisation: c.organisation,
      caseNumber: c.caseNumber,
      title: c.title,
      contact,
    }),
  );
}

/** One email to all desk staff about a new case. */
export function notifyDesk(settings: Settings, c: NoticeCase, registerUrl: string): boolean {
  if (!settings.staffEmails.length) return false;
  return sendDeskMail(
    settings,
    settings.staffEmails.join(','),
    MAIL.deskSubject(c.caseNumber, c.title, c.reasons.length > 0),
    MAIL.deskBody({ ...c, url: registerUrl }),
  );
}

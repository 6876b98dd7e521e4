import { MAIL, PartnerNote } from '../strings';
import type { Settings } from '../domain/settings';
import { STATUS_INELIGIBLE } from '../domain/screening';
import { isValidEmail } from '../domain/screening';
import { contactOf, sendDeskMail } from '../adapters/mailer';
import { receiptNotes } from '../domain/applicantNotice';

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
  /** 提案区分, 課題 and 事前相談の希望: the receipt's paragraphs differ by them (issue 12). */
  proposalKind?: string;
  challenge?: string;
  preConsultation?: string;
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
      notes: receiptNotes({
        method: c.method,
        proposalKind: c.proposalKind ?? '',
        challenge: c.challenge ?? '',
        preConsultation: c.preConsultation ?? '',
      }),
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

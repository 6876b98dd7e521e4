import { CHOICES, INELIGIBLE, Q, REVIEW } from '../strings';
import type { Proposal } from './proposal';
import { INDIVIDUAL, isKnownChoice } from './proposal';
import { fitsInCell } from './cellText';
import { INELIGIBLE as INELIGIBLE_STATUS } from './workflow/statuses';
import { milestoneStatus } from './workflow/tracks';

/** A new eligible case starts at the screening step of the process table (受付・内容確認). */
export const STATUS_RECEIVED: string = milestoneStatus('partnership', 'screening') ?? '';
/** An ineligible one is registered in the terminal status for that outcome (対象外). */
export const STATUS_INELIGIBLE: string = INELIGIBLE_STATUS;

export interface Screening {
  status: string;
  ineligibleReason: string;
  /** Reasons the desk must look at this case (要確認); the case is registered regardless. */
  reviewReasons: string[];
  /** Fields too long for one cell, kept whole elsewhere. */
  longFields: Array<keyof Proposal>;
}

// A deliberately permissive check: one @, a dot in the domain, no spaces. The form already
// validates; this catches forms a city edited and responses entered by other means.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9０-９]+([-－‐ー（）() ]?[0-9０-９]+)*$/;

const REQUIRED: Array<[keyof Proposal, string]> = [
  ['organisation', Q.organisation],
  ['applicantType', Q.applicantType],
  ['name', Q.name],
  ['email', Q.email],
  ['title', Q.title],
  ['content', Q.content],
  ['method', Q.method],
];

const TEXT_FIELDS: Array<keyof Proposal> = [
  'organisation',
  'name',
  'email',
  'phone',
  'title',
  'content',
  'roles',
  'attachments',
  'challenge',
];

/** Screens a proposal against the guideline's 留意事項; never drops it. */
export function screen(p: Proposal): Screening {
  const reasons: string[] = [];
  for (const [field, label] of REQUIRED) {
    if (String(p[field]).trim() === '') reasons.push(REVIEW.missing(label));
  }
  if (p.email.trim() !== '' && !EMAIL.test(p.email.trim())) reasons.push(REVIEW.badEmail);
  if (p.phone.trim() === '') reasons.push(REVIEW.missing(Q.phone));
  else if (!PHONE.test(p.phone.trim()) || p.phone.replace(/[^0-9０-９]/g, '').length < 10) {
    reasons.push(REVIEW.badPhone);
  }
  if (p.consent.trim() === '') reasons.push(REVIEW.noConsent);
  if (p.applicantType !== '' && !isKnownChoice(CHOICES.applicantType, p.applicantType)) {
    reasons.push(REVIEW.unknownChoice(Q.applicantType, p.applicantType));
  }
  if (p.method !== '' && !isKnownChoice(CHOICES.method, p.method)) {
    reasons.push(REVIEW.unknownChoice(Q.method, p.method));
  }
  if (p.proposalKind === CHOICES.proposalKind[1] && p.challenge.trim() === '') {
    reasons.push(REVIEW.challengeMissing);
  }
  const start = dayNumberOf(p.periodStart);
  const end = dayNumberOf(p.periodEnd);
  if (start !== null && end !== null && end < start) {
    reasons.push(REVIEW.reversedPeriod(p.periodStart, p.periodEnd));
  }
  for (const title of p.unknownQuestions) reasons.push(REVIEW.unknownQuestion(title));
  const longFields = TEXT_FIELDS.filter((f) => !fitsInCell(String(p[f])));
  const ineligible = p.applicantType === INDIVIDUAL;
  return {
    status: ineligible ? STATUS_INELIGIBLE : STATUS_RECEIVED,
    ineligibleReason: ineligible ? INELIGIBLE.individual : '',
    reviewReasons: reasons,
    longFields,
  };
}

/**
 * yyyyMMdd of a date answer as the sheet shows it ('yyyy/MM/dd', 'M/d/yyyy') or the form gives
 * it ('yyyy-MM-dd'); null for anything else (a blank or a typed text is not compared).
 */
export function dayNumberOf(text: string): number | null {
  const t = text.trim();
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (ymd) return Number(ymd[1]) * 10_000 + Number(ymd[2]) * 100 + Number(ymd[3]);
  const mdy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (mdy) return Number(mdy[3]) * 10_000 + Number(mdy[1]) * 100 + Number(mdy[2]);
  return null;
}

export function isValidEmail(address: string): boolean {
  return EMAIL.test(address.trim());
}

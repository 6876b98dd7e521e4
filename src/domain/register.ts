import {
  LONG_TEXT_NOTE,
  PUBLICATION_CHOICES,
  REGISTER_HEADERS,
  REVIEW,
  VALUES,
  Q,
} from '../strings';
import { asCellText, fitsInCell, splitForCells } from './cellText';
import type { Proposal } from './proposal';
import type { Screening } from './screening';
import { defaultSettings, Settings } from './settings';
import { fromTokyoDate, toTokyoDate } from './calendar';
import { dueDateFor } from './deadlines/dueDates';
import { isStatus } from './workflow/statuses';
import { organisationKey } from './organisation';

/** The register's columns, in sheet order. Adding a column = adding a key to REGISTER_HEADERS. */
export type RegisterKey = keyof typeof REGISTER_HEADERS;
export const REGISTER_COLUMNS = Object.keys(REGISTER_HEADERS) as RegisterKey[];
export const REGISTER_HEADER_ROW = REGISTER_COLUMNS.map((k) => REGISTER_HEADERS[k]);

/** 1-based column of a register field. */
export function registerColumn(key: RegisterKey): number {
  return REGISTER_COLUMNS.indexOf(key) + 1;
}

/** Column letter(s) of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

export type CellOut = string | number | boolean | Date;

export interface NewCase {
  caseNumber: string;
  proposal: Proposal;
  screening: Screening;
  source: string;
  responseKey: string;
  /** The desk's settings (due days, closures); the defaults when not given. */
  settings?: Settings;
}

/** Tokyo-midnight Date of the first status's due date, or '' (e.g. 対象外 has none). */
function initialDueDate(status: string, submittedAt: Date, settings: Settings): Date | '' {
  if (!isStatus(status) || isNaN(submittedAt.getTime())) return '';
  try {
    const due = dueDateFor({ status, enteredOn: toTokyoDate(submittedAt) }, settings);
    return due ? fromTokyoDate(due) : '';
  } catch {
    return ''; // a date outside the holiday table: the sweep computes it later, nothing breaks
  }
}

/** Text kept whole outside the register because it does not fit in one cell. */
export interface LongText {
  caseNumber: string;
  field: string;
  text: string;
}

const PREVIEW_CHARS = 1000;

const FIELD_LABELS: Partial<Record<keyof Proposal, string>> = {
  organisation: Q.organisation,
  address: Q.address,
  representative: Q.representative,
  name: Q.name,
  email: Q.email,
  phone: Q.phone,
  title: Q.title,
  content: Q.content,
  roles: Q.roles,
  attachments: Q.attachments,
  challenge: Q.challenge,
};

/**
 * The register row of a new case, every free text written as text (see cellText.ts), plus the
 * long texts to keep elsewhere. Pure: the adapter writes the row in one batch.
 */
export function newCaseRow(c: NewCase): {
  row: CellOut[];
  longTexts: LongText[];
  reasons: string[];
} {
  const { proposal: p, screening: s } = c;
  const longTexts: LongText[] = [];
  const reasons = [...s.reviewReasons];
  const text = (field: keyof Proposal): string => {
    const value = String(p[field] ?? '');
    if (fitsInCell(value)) return asCellText(value);
    const label = FIELD_LABELS[field] ?? String(field);
    longTexts.push({ caseNumber: c.caseNumber, field: label, text: value });
    reasons.push(REVIEW.longText(label));
    return asCellText(LONG_TEXT_NOTE(value.length) + splitForCells(value, PREVIEW_CHARS)[0]);
  };
  const values: Record<RegisterKey, CellOut> = {
    caseNumber: asCellText(c.caseNumber),
    receivedAt: p.submittedAt,
    status: s.status,
    statusChangedAt: p.submittedAt,
    dueDate: initialDueDate(s.status, p.submittedAt, c.settings ?? defaultSettings()),
    track: asCellText(p.method),
    proposalKind: asCellText(p.proposalKind),
    challenge: text('challenge'),
    title: text('title'),
    content: text('content'),
    organisation: text('organisation'),
    applicantType: asCellText(p.applicantType),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    roles: text('roles'),
    periodStart: asCellText(p.periodStart),
    periodEnd: asCellText(p.periodEnd),
    personalData: asCellText(p.personalData),
    preConsultation: asCellText(p.preConsultation),
    attachments: text('attachments'),
    consent: asCellText(p.consent),
    review: '',
    reviewReasons: '',
    ineligibleReason: s.ineligibleReason,
    department: '',
    departmentDue: '',
    owner: '',
    lastDialogueAt: '',
    goal: '',
    roleSplit: '',
    pocChecklist: '',
    pocEnd: '',
    reportDue: '',
    // From the form since issue 12 (blank for older responses; staff may type it).
    representative: text('representative'),
    partnershipItems: '',
    agreementDate: '',
    agreementEnd: '',
    folder: '',
    latestDocument: '',
    latestPdf: '',
    documentVersions: '',
    receipt: VALUES.receiptPending,
    source: c.source,
    responseKey: c.responseKey,
    publicationConsent: asCellText(p.publicationConsent ?? ''),
    publication: PUBLICATION_CHOICES[2],
    publicSummary: '',
    publishedOn: '',
    organisationKey: asCellText(organisationKey(String(p.organisation ?? ''))),
    address: text('address'),
    replyReason: '',
    replyNumber: '',
    proposalReceivedOn: '',
    proposalFileUrl: '',
    reportReceivedOn: '',
    reportFileUrl: '',
    departmentAnswer: '',
    departmentAnsweredAt: '',
  };
  values.review = reasons.length ? VALUES.review : '';
  values.reviewReasons = asCellText(reasons.join('\n'));
  return { row: REGISTER_COLUMNS.map((k) => values[k]), longTexts, reasons };
}

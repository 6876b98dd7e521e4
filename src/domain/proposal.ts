import { CHOICES, Q } from '../strings';

/** One proposal as the applicant typed it: every text exactly as submitted (never normalised). */
export interface Proposal {
  submittedAt: Date;
  timestampText: string;
  organisation: string;
  /**
   * 所在地 and 代表者（役職・氏名） (issue 12), for the agreement's 乙 block and the reply letter's
   * address. Optional: responses to a form made before these questions have neither.
   */
  address?: string;
  representative?: string;
  applicantType: string;
  name: string;
  email: string;
  phone: string;
  title: string;
  proposalKind: string;
  challenge: string;
  method: string;
  content: string;
  roles: string;
  periodStart: string;
  periodEnd: string;
  personalData: string;
  preConsultation: string;
  attachments: string;
  consent: string;
  /** 公開への同意: the applicant's answer (PUBLICATION_CONSENT_CHOICES), '' when not asked. */
  publicationConsent?: string;
  /** Question titles the register has no column for (a form a city edited). */
  unknownQuestions: string[];
}

const FIELD_BY_TITLE = new Map<string, keyof Proposal>(
  Object.entries(Q).map(([field, title]) => [title, field as keyof Proposal]),
);

const TIMESTAMP_TITLES = ['タイムスタンプ', 'Timestamp'];
const EMAIL_COLLECTED_TITLES = ['メールアドレス', 'Email Address'];

/**
 * Builds a proposal from a form-submit event's namedValues (title → answers). Answers of a
 * question asked twice, or checkbox answers, are joined with '、'.
 */
export function proposalFromNamedValues(
  namedValues: Record<string, string[] | string>,
  timestampText: string,
  submittedAt: Date,
): Proposal {
  const proposal: Proposal = {
    submittedAt,
    timestampText,
    organisation: '',
    address: '',
    representative: '',
    applicantType: '',
    name: '',
    email: '',
    phone: '',
    title: '',
    proposalKind: '',
    challenge: '',
    method: '',
    content: '',
    roles: '',
    periodStart: '',
    periodEnd: '',
    personalData: '',
    preConsultation: '',
    attachments: '',
    consent: '',
    publicationConsent: '',
    unknownQuestions: [],
  };
  const target = proposal as unknown as Record<string, unknown>;
  for (const [title, answer] of Object.entries(namedValues)) {
    const text = (Array.isArray(answer) ? answer : [answer]).filter((a) => a !== '').join('、');
    const field = FIELD_BY_TITLE.get(title.trim());
    if (field) target[field] = text;
    else if (!TIMESTAMP_TITLES.includes(title) && !EMAIL_COLLECTED_TITLES.includes(title)) {
      if (text !== '') proposal.unknownQuestions.push(title);
    }
  }
  return proposal;
}

/** Builds namedValues from a response-sheet row (header titles + display values). */
export function namedValuesFromRow(headers: string[], row: string[]): Record<string, string[]> {
  const named: Record<string, string[]> = {};
  headers.forEach((h, i) => {
    if (h === '') return;
    (named[h] ??= []).push(row[i] ?? '');
  });
  return named;
}

/** True when the event carries no answer at all (Apps Script sometimes fires such events). */
export function isBlankSubmission(
  namedValues: Record<string, string[] | string> | undefined,
): boolean {
  if (!namedValues) return true;
  return Object.entries(namedValues).every(
    ([title, answers]) =>
      TIMESTAMP_TITLES.includes(title) ||
      (Array.isArray(answers) ? answers : [answers]).every((a) => String(a).trim() === ''),
  );
}

export function isKnownChoice(list: readonly string[], value: string): boolean {
  return list.includes(value);
}

export const INDIVIDUAL = CHOICES.applicantType[4];

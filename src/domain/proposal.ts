import { CHOICES } from '../strings';
import { PROPOSAL_FIELDS, ProposalAnswers, ProposalFieldTable } from './proposalFields';

/**
 * One proposal as the applicant typed it: every text exactly as submitted (never normalised).
 * Its answers are the field table's keys (src/domain/proposalFields.ts); a question added after
 * desks were in use (所在地, 代表者, 公開への同意) is optional, as older responses have none.
 */
export type Proposal = ProposalAnswers & {
  submittedAt: Date;
  timestampText: string;
  /** Question titles the register has no column for (a form a city edited). */
  unknownQuestions: string[];
};

const TIMESTAMP_TITLES = ['タイムスタンプ', 'Timestamp'];
const EMAIL_COLLECTED_TITLES = ['メールアドレス', 'Email Address'];

/** A proposal with every field of the table answered '' (the start of a parse or a 事前相談). */
export function blankProposal(
  submittedAt: Date,
  timestampText: string,
  fields: ProposalFieldTable = PROPOSAL_FIELDS,
): Proposal {
  const answers = Object.fromEntries(fields.map((f) => [f.key, '']));
  return { ...answers, submittedAt, timestampText, unknownQuestions: [] } as unknown as Proposal;
}

/**
 * Builds a proposal from a form-submit event's namedValues (title → answers), reading each
 * answer by its field's question title. Answers of a question asked twice, or checkbox answers,
 * are joined with '、'.
 */
export function proposalFromNamedValues(
  namedValues: Record<string, string[] | string>,
  timestampText: string,
  submittedAt: Date,
  fields: ProposalFieldTable = PROPOSAL_FIELDS,
): Proposal {
  const byTitle = new Map(fields.map((f) => [f.title, f.key]));
  const proposal = blankProposal(submittedAt, timestampText, fields);
  const target = proposal as unknown as Record<string, unknown>;
  for (const [title, answer] of Object.entries(namedValues)) {
    const text = (Array.isArray(answer) ? answer : [answer]).filter((a) => a !== '').join('、');
    const field = byTitle.get(title.trim());
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

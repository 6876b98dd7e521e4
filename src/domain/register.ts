import { LONG_TEXT_NOTE, PUBLICATION_CHOICES, REGISTER_HEADERS, REVIEW, VALUES } from '../strings';
import { asCellText, fitsInCell, splitForCells } from './cellText';
import type { Proposal } from './proposal';
import { PROPOSAL_FIELDS, ProposalColumn, ProposalFieldTable } from './proposalFields';
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

/** Columns holding calendar dates (written by the add-on as Tokyo-midnight Date values). */
export const DATE_COLUMNS: readonly RegisterKey[] = [
  'statusChangedAt',
  'dueDate',
  'departmentDue',
  'lastDialogueAt',
  'pocEnd',
  'reportDue',
  'agreementDate',
  'agreementEnd',
  'publishedOn',
  'proposalReceivedOn',
  'reportReceivedOn',
];

/**
 * The register's date and date-time columns. A number read from one of them through the Sheets
 * API (src/adapters/sheetsApi.ts) is a serial date, turned back into a Date as getValues gives it.
 */
export const DATE_KEYS: ReadonlySet<RegisterKey> = new Set<RegisterKey>([
  ...DATE_COLUMNS,
  'receivedAt',
  'departmentAnsweredAt',
]);

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

/**
 * The proposal's part of a register row: each field of the table in its column, written as text
 * (see cellText.ts); a free text too long for a cell is kept whole in `longTexts` under its
 * question title, and the cell holds a note and its beginning.
 */
export function proposalCells(
  caseNumber: string,
  p: Proposal,
  fields: ProposalFieldTable = PROPOSAL_FIELDS,
): { cells: Record<string, CellOut>; longTexts: LongText[]; reasons: string[] } {
  const answers = p as unknown as Record<string, unknown>;
  const cells: Record<string, CellOut> = {};
  const longTexts: LongText[] = [];
  const reasons: string[] = [];
  for (const f of fields) {
    const value = String(answers[f.key] ?? '');
    if (!f.longText || fitsInCell(value)) {
      cells[f.column] = asCellText(value);
      continue;
    }
    longTexts.push({ caseNumber, field: f.title, text: value });
    reasons.push(REVIEW.longText(f.title));
    cells[f.column] = asCellText(
      LONG_TEXT_NOTE(value.length) + splitForCells(value, PREVIEW_CHARS)[0],
    );
  }
  return { cells, longTexts, reasons };
}

/**
 * The register row of a new case, every free text written as text (see cellText.ts), plus the
 * long texts to keep elsewhere; `values` holds the same cells by column key. Pure: the adapter
 * writes the row in one batch. The proposal's columns come from the field table.
 */
export function newCaseRow(
  c: NewCase,
  fields: ProposalFieldTable = PROPOSAL_FIELDS,
): {
  row: CellOut[];
  values: Record<string, CellOut>;
  longTexts: LongText[];
  reasons: string[];
} {
  const { proposal: p, screening: s } = c;
  const answers = proposalCells(c.caseNumber, p, fields);
  const longTexts = answers.longTexts;
  const reasons = [...s.reviewReasons, ...answers.reasons];
  // Every column the proposal does not fill, so a new register column cannot be forgotten here.
  const desk: Record<Exclude<RegisterKey, ProposalColumn>, CellOut> = {
    caseNumber: asCellText(c.caseNumber),
    receivedAt: p.submittedAt,
    status: s.status,
    statusChangedAt: p.submittedAt,
    dueDate: initialDueDate(s.status, p.submittedAt, c.settings ?? defaultSettings()),
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
    publication: PUBLICATION_CHOICES[2],
    publicSummary: '',
    publishedOn: '',
    organisationKey: asCellText(organisationKey(String(p.organisation ?? ''))),
    replyReason: '',
    replyNumber: '',
    proposalReceivedOn: '',
    proposalFileUrl: '',
    reportReceivedOn: '',
    reportFileUrl: '',
    departmentAnswer: '',
    departmentAnsweredAt: '',
  };
  desk.review = reasons.length ? VALUES.review : '';
  desk.reviewReasons = asCellText(reasons.join('\n'));
  const values: Record<string, CellOut> = { ...answers.cells, ...desk };
  return { row: REGISTER_COLUMNS.map((k) => values[k] ?? ''), values, longTexts, reasons };
}

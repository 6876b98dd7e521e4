import { WORKFLOW_UI } from '../strings/workflow';
import { PartnerNote, Q, REVIEW, VALUES } from '../strings';
import { isBlankSubmission, proposalFromNamedValues, Proposal } from '../domain/proposal';
import { isValidEmail, screen } from '../domain/screening';
import { newCaseRow, registerColumn, RegisterKey } from '../domain/register';
import { readRegisterColumn } from '../store/registerLayout';
import {
  appendCaseRow,
  findRegisterSheet,
  readRegisterRowsBetween,
  RegisterSheet,
} from '../store/register';
import { submittedStampOf } from '../store/responses';
import { organisationKey } from '../domain/organisation';
import { canonicalKeyOf, partnerMatch } from '../domain/partners';
import { PARTNER_PROP } from './partners';
import { isOpen, isStatus, statusFromText } from '../domain/workflow/statuses';
import { answersKey, legacyKey } from '../domain/responseKey';
import type { Settings } from '../domain/settings';
import { PROP, TriggerRecord, parseJson, documentProperties } from '../adapters/properties';
import { deskSettings } from '../store/settings';
import { notifyDesk, sendReceipt, NoticeCase } from './caseNotices';
import { tokyoDateTimeText } from '../domain/tokyoTime';
import { storeLongTexts } from '../store/longTexts';
import { isDateValue } from '../domain/workflow';
import { nextCaseNumber, takeCaseNumber } from '../store/caseNumbers';
import { takeDeskLock } from '../store/deskLock';
import { clearIntent, readIntent, writeIntent } from '../store/intents';
import { activeSpreadsheetIfAny, openSpreadsheet } from '../adapters/sheets';

/**
 * The journal of a response being registered (docs/reliability.md, "Intake and recovery"), kept in document
 * properties from the reservation of its case number until its register row exists:
 * - receipt: 'sending' = intent recorded, the send may or may not have happened; 'sent' /
 *   'failed' = its outcome; 'none' = no receipt is due (no valid address, or receipts are off).
 *   'reserved' is what an older version wrote (treated as 'sending').
 * - desk: 'sending' = the desk notice is due or in flight; 'none' = none is due. Absent in an
 *   older version's record, whose notice had gone with its receipt.
 */
export interface PendingIntake {
  caseNumber: string;
  receipt: 'reserved' | 'sending' | 'sent' | 'failed' | 'none';
  desk?: 'sending' | 'none';
}

export const PENDING_PREFIX = 'intake.pending.';

/** One response as it arrived: its answers by question title and the instant it was submitted. */
export interface IncomingResponse {
  named: Record<string, string[]>;
  submittedAt: Date;
  timestampText: string;
}

/** The keys of a response: the current one, and the one an older version stored. */
export function keysOf(r: IncomingResponse, p: Proposal): { key: string; legacy: string } {
  return {
    key: answersKey(r.submittedAt, r.named),
    legacy: legacyKey(r.submittedAt, [p.email, p.organisation, p.title, p.name]),
  };
}

/** Whether an event comes from the desk's form (another form may post to the same file). */
export function isDeskFormAnswer(namedValues: Record<string, string[]>): boolean {
  return Q.title in namedValues || Q.organisation in namedValues;
}

/**
 * Reads a timestamp text written in Japan time. Only a fallback: the instant itself is read from
 * the response sheet's cell (a Date) or the form response, whatever the spreadsheet's zone.
 */
export function timestampInstant(text: string, fallback: Date): Date {
  const m = text.match(/\d+/g);
  if (!m || m.length < 6) return fallback;
  let [y, mo, d] = m.map(Number);
  if (String(m[2]).length === 4) [y, mo, d] = [Number(m[2]), Number(m[0]), Number(m[1])];
  const [h, mi, s] = m.slice(3, 6).map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h - 9, mi, s));
}

type SheetsEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;
type FormsEvent = GoogleAppsScript.Events.FormsOnFormSubmit;
export type FormSubmitEvent = SheetsEvent | FormsEvent;

/**
 * The response an event carries. The spreadsheet's event gives display texts (e.values,
 * e.namedValues) in the spreadsheet's zone and locale, so the instant is read from the timestamp
 * cell (a Date) rather than parsed; the form's own event gives a FormResponse.
 */
export function incomingOf(e: FormSubmitEvent | undefined): IncomingResponse | null {
  if (!e) return null;
  if ('response' in e && e.response) return incomingOfFormResponse(e.response);
  const s = e as SheetsEvent;
  const named = s.namedValues;
  if (!named || isBlankSubmission(named) || !isDeskFormAnswer(named)) return null;
  const timestampText = String((s.values && s.values[0]) || '');
  let stamp: unknown = null;
  if (s.range) stamp = submittedStampOf(s.range);
  const submittedAt = isDateValue(stamp) ? stamp : timestampInstant(timestampText, new Date());
  return { named, submittedAt, timestampText };
}

function incomingOfFormResponse(
  response: GoogleAppsScript.Forms.FormResponse,
): IncomingResponse | null {
  const named: Record<string, string[]> = {};
  for (const item of response.getItemResponses()) {
    const answer = item.getResponse() as unknown;
    const text = Array.isArray(answer) ? answer.map(String).join(', ') : String(answer ?? '');
    (named[item.getItem().getTitle()] ??= []).push(text);
  }
  const respondent = response.getRespondentEmail();
  if (respondent) named[Q.email] = [respondent];
  if (isBlankSubmission(named) || !isDeskFormAnswer(named)) return null;
  const submittedAt = response.getTimestamp() as unknown as Date;
  return { named, submittedAt, timestampText: tokyoDateTimeText(submittedAt) };
}

/** What registering one response needs from its execution. */
export interface IntakeContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  props: GoogleAppsScript.Properties.Properties;
  /** Document properties as read under the lock; sequences are updated here as they are used. */
  all: Record<string, string>;
  settings: Settings;
  register: RegisterSheet;
  source: string;
  /** Extra properties to write with the reservation (the trigger's last run). */
  withReservation?: Record<string, string>;
  /** The organisation's earlier cases, noted in the desk notice (information, not 要確認). */
  partner?: PartnerNote | null;
}

/** Earlier cases of the organisation read for the note: the latest ones, in one read. */
const PARTNER_CASES_READ = 10;
/** …within this many rows of the latest (so the read stays small in a long register). */
const PARTNER_WINDOW_ROWS = 500;

/**
 * The desk notice's note on a repeat proposer: the rows whose 事業者キー is the new case's, and — in one more read (Sheet.getSheetValues, 1 call, only for a
 * repeat proposer) — the latest of them, to point out an open one with a similar title.
 */
function partnerNoteOf(
  register: RegisterSheet,
  proposal: Proposal,
  organisationKeys: unknown[][],
  mergesJson: string | undefined,
): PartnerNote | null {
  const canonical = canonicalKeyOf(mergesJson);
  const ownKey = organisationKey(proposal.organisation);
  if (!ownKey) return null;
  const own = canonical(ownKey);
  const rows: number[] = [];
  organisationKeys.forEach((k, i) => {
    if (canonical(String(k[0] ?? '')) === own) rows.push(i + 2);
  });
  if (!rows.length) return null;
  const last = rows[rows.length - 1];
  const latest = rows.filter((r) => r > last - PARTNER_WINDOW_ROWS).slice(-PARTNER_CASES_READ);
  const first = latest[0];
  // Columns found by header (src/domain/registerLayout.ts): A up to the last of the three.
  const values = readRegisterRowsBetween(register, first, last, ['caseNumber', 'title', 'status']);
  const cell = (r: number, key: RegisterKey) =>
    String(values[r - first][registerColumn(key) - 1] ?? '');
  const read = latest.map((r) => ({
    caseNumber: cell(r, 'caseNumber'),
    title: cell(r, 'title'),
    status: statusFromText(cell(r, 'status')),
  }));
  return partnerMatch(proposal.title, rows.length, read, (s) => isStatus(s) && isOpen(s));
}

/**
 * Registers one form submission as a case (the spreadsheet's or the form's form-submit
 * trigger). Call budget (bench: intake): at most 15 service calls besides the emails, whatever
 * the register's size — one read of the key column, one of 事業者キー, one row append: 14; a
 * repeat proposer's earlier cases take one more read (15).
 *
 * The document lock is held from the duplicate check until the row is appended, so recovery or a
 * second delivery can never number the same response twice or give two rows one number. A
 * delivery finding the response's journal without its row resumes where the stopped execution
 * left off (see completeIntake).
 */
export function registerSubmission(e: FormSubmitEvent): string | null {
  const incoming = incomingOf(e);
  if (!incoming) return null;
  const fromForm = 'response' in e && !!e.response;
  const lock = takeDeskLock('intake');
  try {
    const ss = deskSpreadsheet(e);
    const props = documentProperties();
    const all = props.getProperties();
    const record = parseJson<TriggerRecord>(all[PROP.formSubmitTrigger]);
    // A superseded spreadsheet trigger (its owner was replaced): the desk's trigger handles it.
    // A trigger a desk installed on the form is not recorded; duplicates are found by key.
    if (!fromForm && e.triggerUid && record && record.uid !== String(e.triggerUid)) return null;
    const settings = deskSettings(all, ss);
    const proposal = proposalOf(incoming);
    const { key, legacy } = keysOf(incoming, proposal);
    const register = findRegisterSheet(ss);
    if (!register) throw new Error(WORKFLOW_UI.noRegister);
    // The key column, and 事業者キー (the last column) for the partner note: one call each,
    // from the header row (never an empty range) to the last row with content.
    // Each read starts at the header, which checks the stored layout (registerLayout.ts).
    const keys = readRegisterColumn(register, props, all, 'responseKey');
    if (keys.some((k) => k[0] === key || k[0] === legacy)) return null; // delivered again
    const organisationKeys = readRegisterColumn(register, props, all, 'organisationKey');
    const partner = partnerNoteOf(register, proposal, organisationKeys, all[PARTNER_PROP.merges]);
    const lastRun = JSON.stringify({ at: tokyoDateTimeText(new Date()), error: '' });
    return completeIntake(
      {
        ss,
        props,
        all,
        settings,
        register,
        source: VALUES.sourceForm,
        withReservation: { [PROP.lastRun('formSubmit')]: lastRun },
        partner,
      },
      proposal,
      key,
    );
  } finally {
    lock.releaseLock();
  }
}

function deskSpreadsheet(e: FormSubmitEvent): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const active = activeSpreadsheetIfAny();
  if (active) return active;
  const form = (e as FormsEvent).source;
  if (form) return openSpreadsheet({ id: form.getDestinationId() });
  throw new Error('案件台帳のスプレッドシートを開けません。');
}

export function proposalOf(r: IncomingResponse): Proposal {
  return proposalFromNamedValues(r.named, r.timestampText, r.submittedAt);
}

/**
 * Takes one response, not yet in the register, to its register row — from the start, or from
 * where a stopped execution left its journal. Call with the document lock held. Each step writes
 * its record before the next effect (docs/reliability.md, "Intake and recovery"):
 * 1. reserve the case number, with the receipt's intent ('sending') in the same write;
 * 2. send the receipt; record its outcome together with the desk notice's intent;
 * 3. send the desk notice; the appended row is its outcome (a failed send flags the row 要確認);
 * 4. delete the journal (a stale one, whose row exists, is deleted by recovery).
 * An ambiguous send (intent without outcome) is repeated once: receipts and desk notices are
 * at-least-once.
 */
export function completeIntake(ctx: IntakeContext, proposal: Proposal, key: string): string {
  const { props, all, settings } = ctx;
  const journalKey = PENDING_PREFIX + key;
  const wantsReceipt = settings.sendReceipts && isValidEmail(proposal.email);
  const wantsDesk = settings.staffEmails.length > 0;
  const journal = readIntent<PendingIntake>(all, journalKey);
  let p: PendingIntake;
  if (journal) p = journal;
  else {
    const reservation = nextCaseNumber(all, settings.caseNumberFormat, proposal.submittedAt);
    p = {
      caseNumber: reservation.caseNumber,
      receipt: wantsReceipt ? 'sending' : 'none',
      ...(wantsReceipt ? {} : { desk: wantsDesk ? 'sending' : 'none' }),
    };
    takeCaseNumber(props, all, reservation, { key: journalKey, value: p }, ctx.withReservation);
  }
  const screening = screen(proposal);
  const build = () =>
    newCaseRow({
      caseNumber: p.caseNumber,
      proposal,
      screening,
      source: ctx.source,
      settings,
      responseKey: key,
    });
  let built = build();
  const notice = {
    ...noticeOf(p.caseNumber, proposal, screening.status, built.reasons),
    partner: ctx.partner ?? null,
  };
  if (p.receipt === 'sending' || p.receipt === 'reserved') {
    const sent = sendReceipt(settings, notice);
    p = { ...p, receipt: sent ? 'sent' : 'failed', desk: wantsDesk ? 'sending' : 'none' };
    writeIntent(props, all, journalKey, p);
  } else if (p.desk === undefined && p.receipt !== 'none') {
    p = { ...p, desk: 'none' }; // an older version's record: its notice went with its receipt
  }
  if (p.desk === 'sending' && !notifyDesk(settings, notice, all[PROP.spreadsheetUrl] ?? '')) {
    screening.reviewReasons.push(REVIEW.deskNoticeFailed); // shown on the row: never silent
    built = build();
  }
  built.row[registerColumn('receipt') - 1] =
    p.receipt === 'sent' ? VALUES.receiptSent : VALUES.receiptPending;
  if (built.longTexts.length) storeLongTexts(ctx.ss, built.longTexts, props, all);
  // The row is built in register order; each value goes to its column found by header.
  appendCaseRow(ctx.register, built.row);
  clearIntent(props, all, journalKey);
  return p.caseNumber;
}

export function noticeOf(
  caseNumber: string,
  p: Proposal,
  status: string,
  reasons: string[],
): NoticeCase {
  return {
    caseNumber,
    status,
    organisation: p.organisation,
    applicantType: p.applicantType,
    name: p.name,
    email: p.email,
    title: p.title,
    method: p.method,
    reasons,
    proposalKind: p.proposalKind,
    challenge: p.challenge,
    preConsultation: p.preConsultation,
  };
}

import { Q, SHEET, VALUES } from '../strings';
import { fiscalYearOf } from '../domain/fiscalYear';
import { formatCaseNumber, sequenceKey } from '../domain/caseNumber';
import { isBlankSubmission, proposalFromNamedValues, Proposal } from '../domain/proposal';
import { screen } from '../domain/screening';
import { columnLetter, newCaseRow, registerColumn } from '../domain/register';
import { responseKey } from '../domain/responseKey';
import { PROP, TriggerRecord, parseJson, settingsFromSnapshot } from '../adapters/properties';
import { readSettingsSheet } from './settingsSync';
import { notifyDesk, sendReceipt, NoticeCase } from './caseNotices';
import { tokyoDateTimeText } from '../domain/tokyoTime';
import { storeLongTexts } from './longTexts';

/** How long a submission waits for another one being registered (ms). */
export const INTAKE_LOCK_WAIT_MS = 60_000;

/** A response reserved a case number but was not yet written to the register. */
export interface PendingIntake {
  caseNumber: string;
  receipt: 'reserved' | 'sent' | 'failed';
}

export const PENDING_PREFIX = 'intake.pending.';

/** The key identifying a response, from what a form-submit event or a response row carries. */
export function keyOfProposal(p: Proposal): string {
  return responseKey(p.timestampText, [p.email, p.organisation, p.title, p.name]);
}

/** Whether an event comes from the desk's form (another form may post to the same file). */
export function isDeskFormAnswer(namedValues: Record<string, string[]>): boolean {
  return Q.title in namedValues || Q.organisation in namedValues;
}

export function timestampInstant(text: string, fallback: Date): Date {
  const m = text.match(/\d+/g);
  if (!m || m.length < 6) return fallback;
  let [y, mo, d] = m.map(Number);
  if (String(m[2]).length === 4) [y, mo, d] = [Number(m[2]), Number(m[0]), Number(m[1])];
  const [h, mi, s] = m.slice(3, 6).map(Number);
  // The linked sheet writes Japan time (the spreadsheet's zone); keep the instant exact.
  return new Date(Date.UTC(y, mo - 1, d, h - 9, mi, s));
}

/**
 * Registers one form submission as a case. Call budget (bench: intake): 12 service calls besides
 * the emails, whatever the register's size — one read of the key column, one row append.
 *
 * Order matters for "never lost, never doubled": the case number is reserved in document
 * properties under the lock (with the response's key, so a duplicate event is recognised even
 * before the row exists), the emails go out, their outcome is recorded, then the row is appended
 * (appendRow is atomic). A failure at any point leaves the response in the response sheet and
 * the reservation in properties; recovery finishes the job exactly once.
 */
export function registerSubmission(e: GoogleAppsScript.Events.SheetsOnFormSubmit): string | null {
  const named = e && e.namedValues;
  if (!named || isBlankSubmission(named) || !isDeskFormAnswer(named)) return null;
  const timestampText = String((e.values && e.values[0]) || '');
  const proposal = proposalFromNamedValues(
    named,
    timestampText,
    timestampInstant(timestampText, new Date()),
  );
  const key = keyOfProposal(proposal);

  const lock = LockService.getDocumentLock();
  lock.waitLock(INTAKE_LOCK_WAIT_MS);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const record = parseJson<TriggerRecord>(all[PROP.formSubmitTrigger]);
  if (e.triggerUid && record && record.uid !== String(e.triggerUid)) {
    lock.releaseLock();
    return null; // a superseded trigger (its owner was replaced): the desk's trigger handles it
  }
  const settings = settingsFromSnapshot(all) ?? readSettingsSheet(ss);
  const keyColumn = columnLetter(registerColumn('responseKey'));
  const keys = ss.getRange(`'${SHEET.register}'!${keyColumn}2:${keyColumn}`).getValues();
  if (all[PENDING_PREFIX + key] || keys.some((k) => k[0] === key)) {
    lock.releaseLock();
    return null; // the same response, delivered again
  }
  const fiscalYear = fiscalYearOf(proposal.submittedAt);
  const sequence = Number(all[sequenceKey(fiscalYear)] || 0) + 1;
  const caseNumber = formatCaseNumber(settings.caseNumberFormat, fiscalYear, sequence);
  const pending: PendingIntake = { caseNumber, receipt: 'reserved' };
  props.setProperties({
    [sequenceKey(fiscalYear)]: String(sequence),
    [PENDING_PREFIX + key]: JSON.stringify(pending),
    [PROP.lastRun('formSubmit')]: JSON.stringify({ at: tokyoDateTimeText(new Date()), error: '' }),
  });
  lock.releaseLock();

  const screening = screen(proposal);
  const built = newCaseRow({
    caseNumber,
    proposal,
    screening,
    source: VALUES.sourceForm,
    settings,
    responseKey: key,
  });
  const notice = noticeOf(caseNumber, proposal, screening.status, built.reasons);
  const receiptSent = sendReceipt(settings, notice);
  notifyDesk(settings, notice, all[PROP.spreadsheetUrl] ?? '');
  props.setProperty(
    PENDING_PREFIX + key,
    JSON.stringify({
      caseNumber,
      receipt: receiptSent ? 'sent' : 'failed',
    } satisfies PendingIntake),
  );
  built.row[registerColumn('receipt') - 1] = receiptSent
    ? VALUES.receiptSent
    : VALUES.receiptPending;
  const register = ss.getSheetByName(SHEET.register);
  if (!register)
    throw new Error(`シート「${SHEET.register}」がありません。初期設定を実行してください。`);
  register.appendRow(built.row);
  if (built.longTexts.length) storeLongTexts(ss, built.longTexts);
  return caseNumber;
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
  };
}

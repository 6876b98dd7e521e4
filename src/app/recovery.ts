import { MAIL, SHEET, VALUES } from '../strings';
import { fiscalYearOf } from '../domain/fiscalYear';
import { formatCaseNumber, sequenceKey } from '../domain/caseNumber';
import { isBlankSubmission, namedValuesFromRow, proposalFromNamedValues } from '../domain/proposal';
import { screen } from '../domain/screening';
import {
  CellOut,
  LongText,
  newCaseRow,
  registerColumn,
  REGISTER_COLUMNS,
} from '../domain/register';
import { isValidEmail } from '../domain/screening';
import type { Settings } from '../domain/settings';
import { PROP, parseJson, settingsFromSnapshot } from '../adapters/properties';
import { sendDeskMail } from '../adapters/mailer';
import { readSettingsSheet } from './settingsSync';
import {
  INTAKE_LOCK_WAIT_MS,
  isDeskFormAnswer,
  keyOfProposal,
  PENDING_PREFIX,
  PendingIntake,
  timestampInstant,
} from './intake';
import { sendReceipt } from './caseNotices';
import { storeLongTexts } from './longTexts';

export interface RecoveryResult {
  registered: string[];
  receiptsSent: number;
}

/** The sheet the form writes its responses to (recorded by setup; found by name otherwise). */
export function findResponseSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  all: Record<string, string>,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const sheets = ss.getSheets();
  const id = all[PROP.responseSheetId];
  const byId = id ? sheets.find((s) => String(s.getSheetId()) === id) : undefined;
  return byId ?? sheets.find((s) => /^(フォームの回答|Form Responses)/.test(s.getName())) ?? null;
}

/**
 * Registers every response of the response sheet that is not yet in the register — exactly once,
 * with the case number it had reserved if its intake stopped midway — then sends every receipt
 * still marked 未送信. One read of each sheet, one batched write of the new rows.
 */
export function recoverResponses(): RecoveryResult {
  const lock = LockService.getDocumentLock();
  lock.waitLock(INTAKE_LOCK_WAIT_MS);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const settings = settingsFromSnapshot(all) ?? readSettingsSheet(ss);
  const register = ss.getSheetByName(SHEET.register);
  const responses = findResponseSheet(ss, all);
  if (!register || !responses) return { registered: [], receiptsSent: 0 };

  const answers = responses.getDataRange().getDisplayValues();
  const registerRows = register.getDataRange().getValues();
  const keyIndex = registerColumn('responseKey') - 1;
  const known = new Set(registerRows.slice(1).map((r) => String(r[keyIndex])));

  const sequences: Record<string, string> = {};
  const newRows: CellOut[][] = [];
  const longTexts: LongText[] = [];
  const registered: string[] = [];
  const headers = (answers[0] ?? []).map(String);
  for (const row of answers.slice(1)) {
    const named = namedValuesFromRow(headers, row);
    if (isBlankSubmission(named) || !isDeskFormAnswer(named)) continue;
    const proposal = proposalFromNamedValues(named, row[0], timestampInstant(row[0], new Date()));
    const key = keyOfProposal(proposal);
    if (known.has(key)) continue;
    known.add(key);
    const pending = parseJson<PendingIntake>(all[PENDING_PREFIX + key]);
    const caseNumber = pending
      ? pending.caseNumber
      : nextCaseNumber(settings, proposal.submittedAt, all, sequences);
    const built = newCaseRow({
      caseNumber,
      proposal,
      screening: screen(proposal),
      source: VALUES.sourceRecovery,
      settings,
      responseKey: key,
    });
    if (pending && pending.receipt === 'sent')
      built.row[registerColumn('receipt') - 1] = VALUES.receiptSent;
    newRows.push(built.row);
    longTexts.push(...built.longTexts);
    registered.push(caseNumber);
  }
  if (Object.keys(sequences).length) props.setProperties(sequences);
  if (newRows.length) {
    register
      .getRange(registerRows.length + 1, 1, newRows.length, REGISTER_COLUMNS.length)
      .setValues(newRows);
  }
  if (longTexts.length) storeLongTexts(ss, longTexts);
  const receiptsSent = sendPendingReceipts(register, settings, registerRows.length, newRows);
  for (const key of Object.keys(all)) {
    if (key.startsWith(PENDING_PREFIX) && known.has(key.slice(PENDING_PREFIX.length))) {
      props.deleteProperty(key);
    }
  }
  lock.releaseLock();
  if (registered.length && settings.staffEmails.length) {
    sendDeskMail(
      settings,
      settings.staffEmails.join(','),
      MAIL.recoverySubject(registered.length),
      MAIL.recoveryBody(registered, ss.getUrl()),
    );
  }
  return { registered, receiptsSent };
}

function nextCaseNumber(
  settings: Settings,
  submittedAt: Date,
  all: Record<string, string>,
  sequences: Record<string, string>,
): string {
  const fy = fiscalYearOf(submittedAt);
  const key = sequenceKey(fy);
  const next = Number(sequences[key] ?? all[key] ?? 0) + 1;
  sequences[key] = String(next);
  return formatCaseNumber(settings.caseNumberFormat, fy, next);
}

/** Sends every receipt still marked 未送信 and writes the receipt column back in one batch. */
function sendPendingReceipts(
  register: GoogleAppsScript.Spreadsheet.Sheet,
  settings: Settings,
  existingRowCount: number,
  newRows: CellOut[][],
): number {
  const lastRow = existingRowCount + newRows.length;
  if (lastRow < 2) return 0;
  const rows = register.getRange(2, 1, lastRow - 1, REGISTER_COLUMNS.length).getValues();
  const col = (k: (typeof REGISTER_COLUMNS)[number]) => registerColumn(k) - 1;
  let sent = 0;
  let changed = false;
  const receipts = rows.map((r) => {
    if (r[col('receipt')] !== VALUES.receiptPending) return [r[col('receipt')]];
    changed = true;
    const email = String(r[col('email')]);
    if (!isValidEmail(email)) return [VALUES.receiptNoAddress];
    const ok = sendReceipt(settings, {
      caseNumber: String(r[col('caseNumber')]),
      status: String(r[col('status')]),
      organisation: String(r[col('organisation')]),
      applicantType: String(r[col('applicantType')]),
      name: String(r[col('name')]),
      email,
      title: String(r[col('title')]),
      method: String(r[col('track')]),
      reasons: [],
    });
    if (ok) sent++;
    return [ok ? VALUES.receiptSent : VALUES.receiptPending];
  });
  if (changed)
    register.getRange(2, registerColumn('receipt'), receipts.length, 1).setValues(receipts);
  return sent;
}

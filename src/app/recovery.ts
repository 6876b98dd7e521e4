import { SHEET, VALUES } from '../strings';
import { isBlankSubmission, namedValuesFromRow } from '../domain/proposal';
import { registerColumn, REGISTER_COLUMNS } from '../domain/register';
import { isValidEmail } from '../domain/screening';
import type { Settings } from '../domain/settings';
import { PROP, settingsFromSnapshot } from '../adapters/properties';
import { readSettingsSheet } from './settingsSync';
import {
  completeIntake,
  INTAKE_LOCK_WAIT_MS,
  isDeskFormAnswer,
  keysOf,
  PENDING_PREFIX,
  proposalOf,
  timestampInstant,
} from './intake';
import { sendReceipt } from './caseNotices';
import { isDateValue } from '../domain/workflow';

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
 * 未登録の回答を登録 (menu) and the hourly trigger's daily recovery: registers every response of
 * the response sheet that is not yet in the register, exactly once — resuming the journal of an
 * intake that stopped midway, with the case number it had reserved — then sends every receipt
 * still marked 未送信, and deletes journals whose row exists. Holds the document lock throughout,
 * so it never meets an intake between its reservation and its row (docs/reliability.md).
 */
export function recoverResponses(): RecoveryResult {
  const lock = LockService.getDocumentLock();
  lock.waitLock(INTAKE_LOCK_WAIT_MS);
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const props = PropertiesService.getDocumentProperties();
    const all = props.getProperties();
    const settings = settingsFromSnapshot(all) ?? readSettingsSheet(ss);
    const register = ss.getSheetByName(SHEET.register);
    const responses = findResponseSheet(ss, all);
    if (!register)
      throw new Error(`シート「${SHEET.register}」がありません。初期設定を実行してください。`);
    if (!responses) return { registered: [], receiptsSent: 0 };

    const range = responses.getDataRange();
    const answers = range.getDisplayValues();
    const stamps = range.getValues(); // the timestamp as an instant, whatever the sheet's zone
    const registerRows = register.getDataRange().getValues();
    const keyIndex = registerColumn('responseKey') - 1;
    const inRegister = new Set(registerRows.slice(1).map((r) => String(r[keyIndex])));
    const known = new Set(inRegister);
    // An older version's key matches one response: once used, a second response with the same
    // legacy key (same person, same second) is a different response.
    const legacyKnown = new Set(inRegister);

    const registered: string[] = [];
    const headers = (answers[0] ?? []).map(String);
    answers.slice(1).forEach((row, i) => {
      const named = namedValuesFromRow(headers, row);
      if (isBlankSubmission(named) || !isDeskFormAnswer(named)) return;
      const stamp = stamps[i + 1]?.[0];
      const submittedAt = isDateValue(stamp) ? stamp : timestampInstant(row[0], new Date());
      const incoming = { named, submittedAt, timestampText: row[0] };
      const proposal = proposalOf(incoming);
      const { key, legacy } = keysOf(incoming, proposal);
      if (known.has(key)) return;
      if (legacyKnown.has(legacy)) {
        legacyKnown.delete(legacy);
        return;
      }
      known.add(key);
      const ctx = { ss, props, all, settings, register, source: VALUES.sourceRecovery };
      registered.push(completeIntake(ctx, proposal, key));
    });
    const receiptsSent = sendPendingReceipts(register, settings);
    // Journals whose row already existed: their intake stopped after appending it.
    for (const name of Object.keys(all)) {
      if (name.startsWith(PENDING_PREFIX) && inRegister.has(name.slice(PENDING_PREFIX.length))) {
        props.deleteProperty(name);
      }
    }
    return { registered, receiptsSent };
  } finally {
    lock.releaseLock();
  }
}

/**
 * Sends every receipt still marked 未送信, one at a time: the cell is written right after its
 * send, so a stop repeats at most the one send in flight (at-least-once, docs/reliability.md).
 */
function sendPendingReceipts(
  register: GoogleAppsScript.Spreadsheet.Sheet,
  settings: Settings,
): number {
  if (!settings.sendReceipts) return 0;
  const lastRow = register.getLastRow();
  if (lastRow < 2) return 0;
  const rows = register.getRange(2, 1, lastRow - 1, REGISTER_COLUMNS.length).getValues();
  const col = (k: (typeof REGISTER_COLUMNS)[number]) => registerColumn(k) - 1;
  let sent = 0;
  rows.forEach((r, i) => {
    if (r[col('receipt')] !== VALUES.receiptPending) return;
    const cell = register.getRange(i + 2, registerColumn('receipt'));
    const email = String(r[col('email')]);
    if (!isValidEmail(email)) {
      cell.setValue(VALUES.receiptNoAddress);
      return;
    }
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
      proposalKind: String(r[col('proposalKind')]),
      challenge: String(r[col('challenge')]),
      preConsultation: String(r[col('preConsultation')]),
    });
    if (!ok) return; // still 未送信: the next recovery tries again
    cell.setValue(VALUES.receiptSent);
    sent++;
  });
  return sent;
}

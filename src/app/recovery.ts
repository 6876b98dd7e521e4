import { WORKFLOW_UI } from '../strings/workflow';
import { VALUES } from '../strings';
import { isBlankSubmission, namedValuesFromRow } from '../domain/proposal';
import type { RegisterKey } from '../domain/register';
import { layoutFromHeader, RegisterLayout } from '../domain/registerLayout';
import { REGISTER_HEADERS } from '../strings';
import { REGISTER_LAYOUT_TEXT } from '../strings/registerLayout';
import { isValidEmail } from '../domain/screening';
import type { Settings } from '../domain/settings';
import { documentProperties } from '../adapters/properties';
import { deskSettings } from '../store/settings';
import {
  completeIntake,
  isDeskFormAnswer,
  keysOf,
  PENDING_PREFIX,
  proposalOf,
  timestampInstant,
} from './intake';
import { sendReceipt } from './caseNotices';
import { isDateValue } from '../domain/workflow';
import { takeDeskLock } from '../store/deskLock';
import { clearIntent } from '../store/intents';
import { activeSpreadsheet } from '../adapters/sheets';
import {
  findRegisterSheet,
  readWholeRegister,
  RegisterSheet,
  settleReceiptCells,
} from '../store/register';
import { findResponseSheet, readResponses } from '../store/responses';

export interface RecoveryResult {
  registered: string[];
  receiptsSent: number;
}

/**
 * 未登録の回答を登録 (menu) and the hourly trigger's daily recovery: registers every response of
 * the response sheet that is not yet in the register, exactly once — resuming the journal of an
 * intake that stopped midway, with the case number it had reserved — then sends every receipt
 * still marked 未送信, and deletes journals whose row exists. Holds the document lock throughout,
 * so it never meets an intake between its reservation and its row (docs/reliability.md).
 */
export function recoverResponses(): RecoveryResult {
  const lock = takeDeskLock('intake');
  try {
    const ss = activeSpreadsheet();
    const props = documentProperties();
    const all = props.getProperties();
    const settings = deskSettings(all, ss);
    const register = findRegisterSheet(ss);
    const responses = findResponseSheet(ss, all);
    if (!register) throw new Error(WORKFLOW_UI.noRegister);
    if (!responses) return { registered: [], receiptsSent: 0 };

    // The timestamp is read as an instant (stamps), whatever the sheet's zone.
    const { answers, stamps } = readResponses(responses);
    const registerRows = readWholeRegister(register);
    // Columns found by the header this read brought (src/domain/registerLayout.ts): no call more,
    // and right even when a column moved since the stored layout. Without 回答キー every
    // response would look new: refused by name instead.
    const layout = layoutFromHeader(registerRows[0] ?? []).layout;
    if (layout.columns.responseKey < 1) {
      throw new Error(REGISTER_LAYOUT_TEXT.missingColumn(REGISTER_HEADERS.responseKey));
    }
    const keyIndex = layout.columns.responseKey - 1;
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
    const receiptsSent = sendPendingReceipts(register, settings, layout);
    // Journals whose row already existed: their intake stopped after appending it.
    for (const name of Object.keys(all)) {
      if (name.startsWith(PENDING_PREFIX) && inRegister.has(name.slice(PENDING_PREFIX.length))) {
        clearIntent(props, all, name);
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
  register: RegisterSheet,
  settings: Settings,
  layout: RegisterLayout,
): number {
  if (!settings.sendReceipts || layout.columns.receipt < 1) return 0;
  // A field without a column (a renamed header) reads as nothing.
  const col = (k: RegisterKey) => layout.columns[k] - 1;
  let sent = 0;
  const isPending = (r: unknown[]) => r[col('receipt')] === VALUES.receiptPending;
  settleReceiptCells(register, layout, isPending, (r) => {
    const email = String(r[col('email')]);
    if (!isValidEmail(email)) return VALUES.receiptNoAddress;
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
    if (!ok) return null; // still 未送信: the next recovery tries again
    sent++;
    return VALUES.receiptSent;
  });
  return sent;
}

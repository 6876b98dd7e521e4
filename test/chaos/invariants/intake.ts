/**
 * Invariants of the intake, recovery and setup (issue 10; docs/reliability.md "Intake and recovery"): per
 * case, exactly one receipt to the applicant and one desk notice, except that the one send in
 * flight at a fault may be repeated once (both are at-least-once) or be missing while the register
 * shows it (受付通知 未送信, or 要確認 with the desk-notice message); no email for a number the
 * register does not hold; no journal left once recovery ran.
 */
import { REVIEW, SHEET, VALUES } from '../../../src/strings';
import { STAFF } from '../../support/desk';
import type { Desk } from '../../support/desk';
import type { InjectedFault } from '../harness';
import { documentProperties, mailCount, registerRows, sheetValues } from './common';

export function intakeInvariants(
  desk: Desk,
  fault: InjectedFault | null,
  options: { journalsCleared?: boolean } = {},
): string[] {
  const found: string[] = [];
  const allowedRepeats = fault ? 1 : 0;
  const numbers = new Set<string>();
  for (const r of registerRows(desk)) {
    const n = r.get('caseNumber');
    numbers.add(n);
    const email = r.get('email');
    const receipts = mailCount(desk, email, `受付番号 ${n}）`);
    const receiptFlagged = r.get('receipt') === VALUES.receiptPending;
    if (receipts === 0 && !receiptFlagged) found.push(`${n}: no receipt, not shown as 未送信`);
    if (receipts > 1 + allowedRepeats) found.push(`${n}: ${receipts} receipts`);
    if (receipts > 0 && receiptFlagged) found.push(`${n}: receipt sent but shown as 未送信`);
    const notices = mailCount(desk, STAFF, `新しい提案 ${n}:`);
    const noticeFlagged = r.get('reviewReasons').includes(REVIEW.deskNoticeFailed);
    if (notices === 0 && !noticeFlagged) found.push(`${n}: no desk notice, not flagged`);
    if (notices > 1 + allowedRepeats) found.push(`${n}: ${notices} desk notices`);
  }
  const journals = Object.entries(documentProperties(desk)).filter(([k]) =>
    k.startsWith('intake.pending.'),
  );
  const reserved = journals.map(([, v]) => String(JSON.parse(v).caseNumber));
  for (const m of desk.ws.mail.outbox) {
    const n = /受付番号 (\S+?)）/.exec(m.subject)?.[1] ?? /新しい提案 (\S+?):/.exec(m.subject)?.[1];
    if (n && !numbers.has(n) && !reserved.includes(n)) found.push(`email for unknown case ${n}`);
  }
  if (options.journalsCleared && journals.length) {
    found.push(`journals left after recovery: ${journals.map(([k]) => k).join(', ')}`);
  }
  return found;
}

/** Setup made each thing once: sheets by name, one linked form, one trigger per kind, templates. */
export function setupInvariants(desk: Desk, fault: InjectedFault | null): string[] {
  const found: string[] = [];
  const ss = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
  const names = ss.sheets.map((s) => s.name);
  for (const n of new Set(names)) {
    if (names.filter((x) => x === n).length > 1) found.push(`sheet ${n} twice`);
  }
  for (const required of [SHEET.settings, SHEET.register, SHEET.history]) {
    if (!names.includes(required)) found.push(`sheet ${required} missing`);
  }
  // Two forms post here: the proposal form and the 庁内回答フォーム (issue 12), one sheet each.
  const responseSheets = names.filter((n) => /^(フォームの回答|Form Responses)/.test(n));
  if (responseSheets.length !== 2) found.push(`${responseSheets.length} response sheets`);
  const props = documentProperties(desk);
  const forms = [...desk.ws.forms.all()];
  const linked = forms.filter((f) => f.destination?.spreadsheetId === desk.spreadsheetId);
  if (linked.length !== 2) found.push(`${linked.length} forms linked`);
  const recorded = [props['form.id'], props['departmentForm.id']];
  if (linked.some((f) => !recorded.includes(f.id)) || recorded[0] === recorded[1])
    found.push('recorded forms are not the linked ones');
  // The one window setup cannot close: a stop right after FormApp.create (an empty orphan form).
  if (forms.length > 2 + (fault ? 1 : 0)) found.push(`${forms.length} forms`);
  const triggers = desk.ws.triggers.triggers.filter((t) => !t.disabled);
  for (const handler of ['onProposalSubmitted', 'onDailySweep']) {
    const count = triggers.filter((t) => t.handlerFunction === handler).length;
    if (count !== 1) found.push(`${count} triggers for ${handler}`);
  }
  const settings = new Map(sheetValues(desk, SHEET.settings).map((r) => [String(r[0]), r[1]]));
  // The five document templates setup makes (年次報告's is made on its first use).
  const templateIds = [...settings.entries()]
    .filter(([label]) => label.startsWith('テンプレート') && label !== 'テンプレート: 年次報告')
    .map(([, v]) => String(v));
  if (templateIds.length !== 5 || templateIds.some((id) => id === '')) {
    found.push(`template settings: ${templateIds.join(',')}`);
  }
  const liveDocs = desk.ws.drive
    .all()
    .filter((f) => !f.trashed && f.mimeType === 'application/vnd.google-apps.document')
    .map((f) => f.id);
  const orphanDocs = liveDocs.filter((id) => !templateIds.includes(id));
  if (orphanDocs.length > (fault ? 1 : 0)) found.push(`${orphanDocs.length} orphan documents`);
  if (Object.keys(props).some((k) => k === 'setup.documents')) found.push('setup journal left');
  const folders = desk.ws.drive
    .all()
    .filter((f) => !f.trashed && f.name.includes('文書') && desk.ws.drive.isFolder(f));
  const rootId = String(settings.get('文書フォルダID') ?? '');
  if (!folders.some((f) => f.id === rootId)) found.push('documents folder not recorded');
  if (folders.length > 1 + (fault ? 1 : 0)) found.push(`${folders.length} documents folders`);
  if (ss.timeZone !== 'Asia/Tokyo') found.push(`spreadsheet zone ${ss.timeZone}`);
  return found;
}

/**
 * onEdit guard for the register's status column (simple trigger, AuthMode.LIMITED). A person may
 * type a status straight into the register: a move the process allows, made by desk staff, is
 * recorded like one from the sidebar (change date, due date, history row); anything else is put
 * back and the editor is told why in a toast (a simple trigger must not block on a dialog: it
 * has 30 seconds and a modal alert would wait for a click).
 *
 * The status before the edit is e.oldValue. When it is unknown (a multi-cell paste) it is taken
 * from the case's last history row, or — for a form case never acted on — from how the intake
 * registers cases (対象外 with a reason, otherwise 受付・内容確認).
 */
import { SHEET, VALUES } from '../../strings';
import { HISTORY_NOTES, WORKFLOW_UI } from '../../strings/workflow';
import { isDeskStaff, Settings } from '../../domain/settings';
import { toTokyoDate } from '../../domain/calendar';
import { columnLetter, registerColumn } from '../../domain/register';
import {
  CaseRecord,
  caseRecordFromRow,
  planStatusChange,
  rowWithChanges,
} from '../../domain/workflow';
import { STATUS_RECEIVED } from '../../domain/screening';
import { PROP, settingsFromSnapshot } from '../../adapters/properties';
import { UI } from '../../strings';
import { WORKFLOW_LAST_COLUMN } from './caseRow';
import { appendHistory } from './history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const TOAST_SECONDS = 15;

export function guardStatusEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range) return;
  const range = e.range;
  const sheet = range.getSheet();
  if (sheet.getName() !== SHEET.register) return;
  const statusColumn = registerColumn('status');
  const row = range.getRow();
  const column = range.getColumn();
  const numRows = range.getNumRows();
  const numColumns = range.getNumColumns();
  if (column > statusColumn || column + numColumns - 1 < statusColumn) return;
  if (row + numRows - 1 < 2) return;
  const ss = e.source ?? sheet.getParent();
  if (numRows === 1 && numColumns === 1) {
    guardOneCell(ss, row, e.oldValue === undefined ? null : String(e.oldValue));
  } else {
    revertPastedStatuses(ss, Math.max(row, 2), row + numRows - 1);
  }
}

function settingsOf(): Settings | null {
  const props = PropertiesService.getDocumentProperties();
  const snapshot = props ? props.getProperty(PROP.settings) : null;
  return snapshot ? settingsFromSnapshot({ [PROP.settings]: snapshot }) : null;
}

function toast(ss: Spreadsheet, message: string): void {
  ss.toast(message, WORKFLOW_UI.toastTitle, TOAST_SECONDS);
}

function guardOneCell(ss: Spreadsheet, row: number, oldValue: string | null): void {
  const range = ss.getRange(
    `'${SHEET.register}'!A${row}:${columnLetter(WORKFLOW_LAST_COLUMN)}${row}`,
  );
  const values = range.getValues()[0];
  const record = caseRecordFromRow(values);
  const typed = record.status;
  const from = oldValue ?? statusBefore(ss, record);
  const revert = (message: string) => {
    if (from === null) {
      toast(ss, `${message}\n${WORKFLOW_UI.statusEditUnknownOld}`);
      return;
    }
    range.setValues([rowWithChanges(values, { status: from })]);
    toast(ss, WORKFLOW_UI.statusEditReverted(message));
  };
  if (record.caseNumber.trim() === '') return revert(WORKFLOW_UI.noSuchRow(row));
  if (typed === from) return;
  const settings = settingsOf();
  const email = Session.getActiveUser().getEmail();
  if (!settings || !isDeskStaff(settings, email)) return revert(UI.notDeskStaff(email));
  const now = new Date();
  const plan = planStatusChange({
    record: { ...record, status: from ?? '' },
    expectedStatus: from ?? '',
    to: typed,
    today: toTokyoDate(now),
    actor: email,
    settings,
  });
  if (!plan.ok) return revert(plan.message);
  try {
    appendHistory(ss, {
      at: now,
      actor: email,
      caseNumber: record.caseNumber,
      from: plan.from,
      to: plan.to,
      comment: HISTORY_NOTES.directEdit,
    });
  } catch (error) {
    return revert((error as Error).message);
  }
  range.setValues([rowWithChanges(values, plan.changes)]);
  toast(ss, WORKFLOW_UI.statusEditRecorded(record.caseNumber, plan.from, plan.to));
}

/** The case's status as last recorded: its last history row, else as the intake registered it. */
function statusBefore(ss: Spreadsheet, record: CaseRecord): string | null {
  if (record.caseNumber.trim() === '') return '';
  const recorded = lastRecordedStatuses(ss).get(record.caseNumber);
  return recorded ?? intakeStatus(record);
}

function intakeStatus(record: Pick<CaseRecord, 'ineligibleReason'>): string {
  return record.ineligibleReason.trim() ? VALUES.ineligible : STATUS_RECEIVED;
}

/** Case number → the status its last history row moved it to (one read of 履歴). */
function lastRecordedStatuses(ss: Spreadsheet): Map<string, string> {
  const sheet = ss.getSheetByName(SHEET.history);
  const last = new Map<string, string>();
  if (!sheet || sheet.getLastRow() < 2) return last;
  for (const r of sheet.getRange(2, 3, sheet.getLastRow() - 1, 3).getValues()) {
    last.set(String(r[0]), String(r[2]));
  }
  return last;
}

/**
 * A paste over several status cells cannot be checked move by move (no old values): every
 * status that differs from the recorded one is put back, in one write of the status column.
 */
function revertPastedStatuses(ss: Spreadsheet, firstRow: number, lastRow: number): void {
  const statusColumn = registerColumn('status');
  const rows = ss
    .getRange(`'${SHEET.register}'!A${firstRow}:${columnLetter(WORKFLOW_LAST_COLUMN)}${lastRow}`)
    .getValues()
    .map(caseRecordFromRow);
  const recorded = lastRecordedStatuses(ss);
  let reverted = 0;
  const statuses = rows.map((record) => {
    const before = record.caseNumber
      ? (recorded.get(record.caseNumber) ?? intakeStatus(record))
      : '';
    if (before === null || before === record.status) return [record.status];
    reverted++;
    return [before];
  });
  if (!reverted) return;
  const column = columnLetter(statusColumn);
  const target: Range = ss.getRange(`'${SHEET.register}'!${column}${firstRow}:${column}${lastRow}`);
  target.setValues(statuses);
  toast(ss, WORKFLOW_UI.pasteReverted(reverted));
}

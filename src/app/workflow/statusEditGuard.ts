/**
 * onEdit guard for the register's status column (simple trigger, AuthMode.LIMITED). People type
 * a status, paste several, clear a block or paste whole rows: every register row of the edited
 * block whose status changed is judged on its own. A move the process allows, made by desk
 * staff, is recorded like one from the sidebar (change date, due date, owner, history row);
 * anything else is put back and the editor is told why in one toast (a simple trigger has 30
 * seconds and a modal alert would wait for a click).
 *
 * The status before the edit is e.oldValue when Sheets gives it (one cell typed). A paste or a
 * multi-cell edit gives none: it is then the case's last history row, or — for a case never
 * acted on — how the intake registered it (対象外 with a reason, otherwise 受付・内容確認).
 *
 * Cost: one read of the block's rows (A to 報告書期限), the 履歴 read only when some old value is
 * unknown, one write of the changed rows, one history append for all recorded moves, one toast.
 */
import { SHEET, UI, VALUES } from '../../strings';
import { HISTORY_NOTES, WORKFLOW_UI } from '../../strings/workflow';
import { isDeskStaff, Settings } from '../../domain/settings';
import { toTokyoDate } from '../../domain/calendar';
import { asCellText } from '../../domain/cellText';
import { CellOut, registerColumn, RegisterKey } from '../../domain/register';
import {
  CaseRecord,
  caseRecordFromRow,
  planStatusChange,
  RowChanges,
  isStatus,
  rowWithChanges,
  statusFromText,
} from '../../domain/workflow';
import { STATUS_RECEIVED } from '../../domain/screening';
import { PROP, settingsFromSnapshot } from '../../adapters/properties';
import { WORKFLOW_LAST_COLUMN } from './caseRow';
import { isProtectionRefusal } from './history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TOAST_SECONDS = 15;
/** Reasons listed one per line in the toast; the rest are counted. */
const REASONS_SHOWN = 5;

/** What the guard decided for one register row whose status changed. */
type Verdict =
  | {
      kind: 'recorded';
      row: number;
      caseNumber: string;
      from: string;
      to: string;
      changes: RowChanges;
    }
  | { kind: 'reverted'; row: number; caseNumber: string; restore: string; reason: string };

interface EditedRow {
  row: number;
  record: CaseRecord;
  /** The status the row held before the edit, as far as it can be known. */
  before: string;
}

/** The edited block's register rows as read, and those whose status changed. */
interface EditedBlock {
  firstRow: number;
  values: unknown[][];
  changed: EditedRow[];
  /** 履歴, when it was read for the statuses before the edit. */
  history?: Sheet | null;
}

export function guardStatusEdit(e: GoogleAppsScript.Events.SheetsOnEdit, sheet: Sheet): void {
  const range = e.range;
  const statusColumn = registerColumn('status');
  const column = range.getColumn();
  const numColumns = range.getNumColumns();
  if (column > statusColumn || column + numColumns - 1 < statusColumn) return;
  const top = range.getRow();
  const numRows = range.getNumRows();
  const firstRow = Math.max(top, 2);
  const lastRow = top + numRows - 1;
  if (lastRow < firstRow) return;
  const ss = e.source ?? sheet.getParent();
  // Sheets gives oldValue only for one cell typed; absent, it may also mean the cell was empty.
  // An old value that is no status (text left by an import or a failed edit) is no basis to
  // judge a move from: the case's history is, so a person can repair the cell by typing.
  const single = numRows === 1 && numColumns === 1;
  const typedOver = single && e.oldValue !== undefined ? statusFromText(String(e.oldValue)) : '';
  const oldValue = isStatus(typedOver) ? typedOver : undefined;

  const block = readBlock(ss, sheet, firstRow, lastRow, oldValue);
  if (!block.changed.length) return;
  const email = Session.getActiveUser().getEmail();
  const verdicts = judge(block.changed, email);
  const final = verdicts.some((v) => v.kind === 'recorded')
    ? recordHistory(ss, block.history, verdicts, email)
    : verdicts;
  writeRows(sheet, block, final);
  ss.toast(toastMessage(final), WORKFLOW_UI.toastTitle, TOAST_SECONDS);
}

/** The block's rows (one register read) and those whose status differs from before. */
function readBlock(
  ss: Spreadsheet,
  sheet: Sheet,
  firstRow: number,
  lastRow: number,
  oldValue: string | undefined,
): EditedBlock {
  const values = sheet
    .getRange(firstRow, 1, lastRow - firstRow + 1, WORKFLOW_LAST_COLUMN)
    .getValues();
  const records = values.map(caseRecordFromRow);
  const needHistory =
    oldValue === undefined && records.some((record) => record.caseNumber.trim() !== '');
  const history = needHistory ? ss.getSheetByName(SHEET.history) : undefined;
  const recorded = history ? lastRecordedStatuses(history) : new Map<string, string>();
  const changed: EditedRow[] = [];
  records.forEach((record, i) => {
    const hasCase = record.caseNumber.trim() !== '';
    const before =
      oldValue ?? (hasCase ? (recorded.get(record.caseNumber) ?? intakeStatus(record)) : '');
    if (record.status !== before) changed.push({ row: firstRow + i, record, before });
  });
  return { firstRow, values, changed, history };
}

function intakeStatus(record: Pick<CaseRecord, 'ineligibleReason'>): string {
  return record.ineligibleReason.trim() ? VALUES.ineligible : STATUS_RECEIVED;
}

/** Case number → the status its last history row left it in (one read of 履歴 C:E). */
function lastRecordedStatuses(sheet: Sheet): Map<string, string> {
  const last = new Map<string, string>();
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return last;
  for (const [caseNumber, , to] of sheet.getRange(2, 3, lastRow - 1, 3).getValues()) {
    last.set(String(caseNumber), String(to));
  }
  return last;
}

/** Each changed row on its own: staff, a case, a move the process allows. */
function judge(rows: EditedRow[], email: string): Verdict[] {
  const settings = settingsOf();
  const staff = settings !== null && isDeskStaff(settings, email);
  const today = toTokyoDate(new Date());
  return rows.map(({ row, record, before }): Verdict => {
    const caseNumber = record.caseNumber.trim();
    const revert = (reason: string): Verdict => ({
      kind: 'reverted',
      row,
      caseNumber,
      restore: before,
      reason,
    });
    if (!caseNumber) return revert(WORKFLOW_UI.noSuchRow(row));
    if (!staff) return revert(UI.notDeskStaff(email));
    let plan: ReturnType<typeof planStatusChange>;
    try {
      plan = planStatusChange({
        record: { ...record, status: before },
        expectedStatus: before,
        to: record.status,
        today,
        actor: email,
        settings: settings as Settings,
      });
    } catch (error) {
      // e.g. a due date past the holiday table: this row is put back, the others still judged.
      return revert((error as Error).message);
    }
    if (!plan.ok) return revert(plan.message);
    return {
      kind: 'recorded',
      row,
      caseNumber,
      from: plan.from,
      to: plan.to,
      changes: plan.changes,
    };
  });
}

function settingsOf(): Settings | null {
  const props = PropertiesService.getDocumentProperties();
  const snapshot = props ? props.getProperty(PROP.settings) : null;
  return snapshot ? settingsFromSnapshot({ [PROP.settings]: snapshot }) : null;
}

/**
 * Appends the history rows of all recorded moves, one appendRow each: appendRow is atomic
 * against the sidebar's own appends, while a block written below getLastRow() could overwrite a
 * row someone appended in between — and the history must never lose a row. Pastes of many
 * statuses are rare, so the extra calls are the cheaper risk. If 履歴 refuses the first write,
 * nothing is recorded and every move is put back instead.
 */
function recordHistory(
  ss: Spreadsheet,
  history: Sheet | null | undefined,
  verdicts: Verdict[],
  email: string,
): Verdict[] {
  const now = new Date();
  const rows = verdicts.flatMap((v) =>
    v.kind === 'recorded'
      ? [
          [
            now,
            asCellText(email),
            asCellText(v.caseNumber),
            v.from,
            v.to,
            asCellText(HISTORY_NOTES.directEdit),
          ],
        ]
      : [],
  );
  /** Puts back every recorded move from the `appended`-th on (their history rows are missing). */
  const refuse = (reason: string, appended = 0) => {
    let index = 0;
    return verdicts.map((v): Verdict => {
      if (v.kind !== 'recorded' || index++ < appended) return v;
      return { kind: 'reverted', row: v.row, caseNumber: v.caseNumber, restore: v.from, reason };
    });
  };
  const sheet = history === undefined ? ss.getSheetByName(SHEET.history) : history;
  if (!sheet) return refuse(WORKFLOW_UI.noSheet(SHEET.history));
  let appended = 0;
  try {
    for (const row of rows) {
      sheet.appendRow(row);
      appended++;
    }
  } catch (error) {
    if (isProtectionRefusal(error)) {
      return refuse(WORKFLOW_UI.logProtected(SHEET.history, email), appended);
    }
    // Any other failure (a service error midway): a move without its history row is never kept.
    console.error(`status edit guard: ${(error as Error)?.message ?? String(error)}`);
    return refuse(WORKFLOW_UI.historyWriteFailed, appended);
  }
  return verdicts;
}

/**
 * One write covering the changed rows, from the status column to the last column a verdict
 * changes (a revert rewrites only the status column). Unchanged rows lying between two changed
 * ones are written back as they were read a moment ago.
 */
function writeRows(sheet: Sheet, block: EditedBlock, verdicts: Verdict[]): void {
  const statusColumn = registerColumn('status');
  const changesOf = (v: Verdict): RowChanges =>
    v.kind === 'recorded' ? v.changes : { status: asCellText(v.restore) };
  const columns = verdicts.flatMap((v) =>
    (Object.keys(changesOf(v)) as RegisterKey[]).map(registerColumn),
  );
  const lastColumn = Math.max(...columns);
  const byRow = new Map(verdicts.map((v) => [v.row, v]));
  const first = verdicts[0].row;
  const last = verdicts[verdicts.length - 1].row;
  const out: CellOut[][] = [];
  for (let row = first; row <= last; row++) {
    const verdict = byRow.get(row);
    const values = block.values[row - block.firstRow];
    const full = rowWithChanges(values, verdict ? changesOf(verdict) : {});
    out.push(full.slice(statusColumn - 1, lastColumn));
  }
  sheet.getRange(first, statusColumn, out.length, lastColumn - statusColumn + 1).setValues(out);
}

function toastMessage(verdicts: Verdict[]): string {
  if (verdicts.length === 1) {
    const v = verdicts[0];
    return v.kind === 'recorded'
      ? WORKFLOW_UI.statusEditRecorded(v.caseNumber, v.from, v.to)
      : WORKFLOW_UI.statusEditReverted(v.reason);
  }
  const recorded = verdicts.filter((v) => v.kind === 'recorded').length;
  const reverted = verdicts.flatMap((v) => (v.kind === 'reverted' ? [v] : []));
  const lines = [WORKFLOW_UI.statusEditsSummary(recorded, reverted.length)];
  for (const v of reverted.slice(0, REASONS_SHOWN)) {
    lines.push(WORKFLOW_UI.statusEditRowReason(v.caseNumber, v.row, v.reason));
  }
  if (reverted.length > REASONS_SHOWN) {
    lines.push(WORKFLOW_UI.statusEditMoreReasons(reverted.length - REASONS_SHOWN));
  }
  return lines.join('\n');
}

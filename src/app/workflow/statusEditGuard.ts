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
 * A recorded move the process table marks tells the applicant (src/domain/applicantNotice.ts). A
 * simple trigger may not send mail, so the notice is journaled with the move and waits in the
 * journal's outbox for the next action or the hourly run (journal.ts).
 *
 * Cost: one read of the block's rows (A to 報告書期限), the 履歴 read only when some old value is
 * unknown, one write of the changed rows, one history append for all recorded moves, one toast.
 */
import { SHEET, UI, VALUES } from '../../strings';
import { HISTORY_NOTES, WORKFLOW_UI } from '../../strings/workflow';
import { isDeskStaff, Settings } from '../../domain/settings';
import { toTokyoDate } from '../../domain/calendar';
import { asCellText } from '../../domain/cellText';
import { CellOut, RegisterKey } from '../../domain/register';
import { placeInSheetRow, toRegisterOrder } from '../../domain/registerLayout';
import {
  primeRegisterLayout,
  refreshRegisterLayout,
  registerLayout,
} from '../../store/registerLayout';
import {
  readLastRecordedStatuses,
  readRegisterBlock,
  writeRegisterBlock,
} from '../../store/statusGuardRegister';
import {
  CaseRecord,
  caseRecordFromRow,
  planStatusChange,
  RowChanges,
  isStatus,
  MoveKind,
  rowWithChanges,
  statusFromText,
} from '../../domain/workflow';
import { STATUS_RECEIVED } from '../../domain/screening';
import { documentProperties } from '../../adapters/properties';
import { settingsFromSnapshot } from '../../store/settings';
import { WorkflowError } from '../../store/context';
import { isProtectionRefusal } from '../../store/history';
import {
  ApplicantMail,
  completePending,
  LockedDesk,
  MailNotAllowed,
  newOpId,
  runCaseOp,
} from '../../store/journal';
import { applicantNoticeOf } from './statusChange';
import { withNote } from '../../domain/applicantNotice';
import { takeDeskLock } from '../../store/deskLock';
import { activeUserEmail } from '../../adapters/session';

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
      moveKind: MoveKind;
      record: CaseRecord;
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
}

export function guardStatusEdit(e: GoogleAppsScript.Events.SheetsOnEdit, sheet: Sheet): void {
  const range = e.range;
  // Columns are found by header (src/domain/registerLayout.ts), kept in the document properties:
  // read here before the lock to know where 状態 is; an edit of the header row stores it anew.
  const layoutProps = documentProperties();
  const before = layoutProps.getProperties();
  primeRegisterLayout(before);
  if (range.getRow() === 1) refreshRegisterLayout(sheet, layoutProps, before);
  const layout = registerLayout(e.source ?? sheet.getParent());
  const statusColumn = layout.columns.status;
  if (statusColumn < 1) return;
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

  // Under the document lock, like every action on a case (see journal.ts): a sidebar move of the
  // same case waits, and an interrupted guard is completed by the next action or the hourly run.
  const locked = takeDeskLock('statusEdit') !== null;
  const email = activeUserEmail();
  const props = documentProperties();
  const all = props.getProperties();
  const settings = settingsFromSnapshot(all);
  // A simple trigger may not send mail (docs/reliability.md): notices wait in the outbox.
  const desk: LockedDesk = {
    ss,
    settings: settings as Settings,
    actor: email,
    props,
    all,
    canSendMail: false,
  };
  let busy = !locked;
  if (locked) busy = !completedBefore(desk);
  const block = readBlock(ss, sheet, firstRow, lastRow, oldValue);
  if (!block.changed.length) return;
  let final: Verdict[];
  if (!busy) {
    const verdicts = judge(block.changed, email, settings);
    final = record(desk, verdicts, (list) => writeRows(sheet, block, list));
  } else {
    // Without the lock nothing is judged or journaled: the typed values are put back at once.
    final = block.changed.map((c) => revertOf(c, WORKFLOW_UI.busy));
    writeRows(sheet, block, final);
  }
  ss.toast(toastMessage(final), WORKFLOW_UI.toastTitle, TOAST_SECONDS);
}

/**
 * Completes what an earlier action left; false when that needs an email only a full execution
 * may send (a hand-off killed before its send): the edit is then put back as if busy.
 */
function completedBefore(desk: LockedDesk): boolean {
  try {
    completePending(desk);
    return true;
  } catch (error) {
    if (error instanceof MailNotAllowed) return false;
    throw error;
  }
}

function revertOf(row: EditedRow, reason: string): Verdict {
  return {
    kind: 'reverted',
    row: row.row,
    caseNumber: row.record.caseNumber.trim(),
    restore: row.before,
    reason,
  };
}

/**
 * Records the verdicts exactly once through the journal: history rows of the allowed moves (each
 * with its own 操作ID), then each row's cells (the move's changes, or the status put back). If
 * 履歴 refuses the rows (its protection), every move is put back instead.
 */
function record(
  desk: LockedDesk,
  verdicts: Verdict[],
  writeBlock: (verdicts: Verdict[]) => void,
): Verdict[] {
  const id = newOpId('edit');
  const now = new Date();
  const notices: ApplicantMail[] = [];
  const events = verdicts.flatMap((v, i) => {
    if (v.kind !== 'recorded') return [];
    const notice = applicantNoticeOf(v.record, { to: v.to, kind: v.moveKind }, desk);
    if (notice.mail) notices.push(notice.mail);
    return [
      {
        at: now,
        actor: desk.actor,
        caseNumber: v.caseNumber,
        from: v.from,
        to: v.to,
        comment: withNote(HISTORY_NOTES.directEdit, notice.note),
        opId: `${id}.${i}`,
      },
    ];
  });
  // By field: the columns are found when a retry writes them (src/store/journal.ts).
  const writes = (list: Verdict[]) =>
    list.map((v) => ({
      row: v.row,
      caseNumber: v.caseNumber,
      cells: Object.entries(changesOf(v)) as Array<[RegisterKey, CellOut]>,
    }));
  try {
    runCaseOp(desk, id, () => ({
      history: events,
      rows: writes(verdicts),
      ...(notices.length ? { notices } : {}),
      firstWrite: () => writeBlock(verdicts),
      result: undefined,
    }));
    return verdicts;
  } catch (error) {
    const reason =
      isProtectionRefusal(error) || error instanceof WorkflowError
        ? WORKFLOW_UI.logProtected(SHEET.history, desk.actor)
        : WORKFLOW_UI.historyWriteFailed;
    if (!(error instanceof WorkflowError)) throw error;
    const reverted = verdicts.map((v): Verdict =>
      v.kind === 'recorded'
        ? { kind: 'reverted', row: v.row, caseNumber: v.caseNumber, restore: v.from, reason }
        : v,
    );
    runCaseOp(desk, `${id}.revert`, () => ({
      history: [],
      rows: writes(reverted),
      firstWrite: () => writeBlock(reverted),
      result: undefined,
    }));
    return reverted;
  }
}

function changesOf(v: Verdict): RowChanges {
  return v.kind === 'recorded' ? v.changes : { status: asCellText(v.restore) };
}

/**
 * One write covering the changed rows, from the status column to the last column a verdict
 * changes (a revert rewrites only the status column). Unchanged rows lying between two changed
 * ones are written back as they were read a moment ago.
 */
function writeRows(sheet: Sheet, block: EditedBlock, verdicts: Verdict[]): void {
  const layout = registerLayout(sheet.getParent());
  const statusColumn = layout.columns.status;
  const columns = verdicts.flatMap((v) =>
    (Object.keys(changesOf(v)) as RegisterKey[]).map((key) => layout.columns[key]),
  );
  const lastColumn = Math.max(...columns);
  const byRow = new Map(verdicts.map((v) => [v.row, v]));
  const first = verdicts[0].row;
  const last = verdicts[verdicts.length - 1].row;
  const out: CellOut[][] = [];
  for (let row = first; row <= last; row++) {
    const verdict = byRow.get(row);
    const values = block.values[row - block.firstRow];
    const full = placeInSheetRow(
      layout,
      rowWithChanges(toRegisterOrder(layout, values), verdict ? changesOf(verdict) : {}),
      rowWithChanges(values, {}),
      '' as CellOut,
    );
    out.push(full.slice(statusColumn - 1, lastColumn));
  }
  writeRegisterBlock(sheet, first, statusColumn, out);
}

/** The block's rows (one register read) and those whose status differs from before. */
function readBlock(
  ss: Spreadsheet,
  sheet: Sheet,
  firstRow: number,
  lastRow: number,
  oldValue: string | undefined,
): EditedBlock {
  const layout = registerLayout(ss);
  const values = readRegisterBlock(sheet, firstRow, lastRow);
  const records = values.map((row) => caseRecordFromRow(toRegisterOrder(layout, row)));
  const needHistory =
    oldValue === undefined && records.some((record) => record.caseNumber.trim() !== '');
  const recorded = needHistory ? readLastRecordedStatuses(ss) : new Map<string, string>();
  const changed: EditedRow[] = [];
  records.forEach((record, i) => {
    const hasCase = record.caseNumber.trim() !== '';
    const before =
      oldValue ?? (hasCase ? (recorded.get(record.caseNumber) ?? intakeStatus(record)) : '');
    if (record.status !== before) changed.push({ row: firstRow + i, record, before });
  });
  return { firstRow, values, changed };
}

export function intakeStatus(record: Pick<CaseRecord, 'ineligibleReason'>): string {
  return record.ineligibleReason.trim() ? VALUES.ineligible : STATUS_RECEIVED;
}

/** Each changed row on its own: staff, a case, a move the process allows. */
function judge(rows: EditedRow[], email: string, settings: Settings | null): Verdict[] {
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
      moveKind: plan.kind,
      record,
      changes: plan.changes,
    };
  });
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

/**
 * What the hourly trigger does for the desk's actions on cases (docs/reliability.md): completes
 * an action a kill left pending (journal.ts), then puts back any status typed into the register
 * whose guard (statusEditGuard.ts) was killed before it recorded anything — the edit was never
 * judged, so it is treated like a refused one and the desk is told.
 */
import { VALUES } from '../../strings';
import { WORKFLOW_UI } from '../../strings/workflow';
import { asCellText } from '../../domain/cellText';
import { CellOut } from '../../domain/register';
import { toRegisterOrder } from '../../domain/registerLayout';
import { registerLayout } from '../../store/registerLayout';
import { caseRecordFromRow } from '../../domain/workflow';
import { settingsFromSnapshot } from '../../store/settings';
import type { Settings } from '../../domain/settings';
import { completePending, LockedDesk } from '../../store/journal';
import { intakeStatus } from './statusEditGuard';
import { readRegisterToReconcile, writeRegisterBlock } from '../../store/statusGuardRegister';

/**
 * Runs under the caller's document lock, with the properties it read; returns a line per status
 * put back (for the desk's notice). Reads the register and 履歴 once each.
 */
export function reconcileCaseActions(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string>,
): string[] {
  const settings = settingsFromSnapshot(all);
  const desk: LockedDesk = { ss, settings: settings as Settings, actor: '', props, all };
  completePending(desk);
  const read = readRegisterToReconcile(ss);
  if (!read) return [];
  const { register, rows, recorded } = read;
  // Columns found by header (src/domain/registerLayout.ts): A up to the last field of ours.
  const layout = registerLayout(ss);
  const sourceColumn = layout.columns.source;
  const notes: string[] = [];
  const statusIndex = layout.columns.status - 1;
  const reverted = new Map<number, string>();
  rows.forEach((values, i) => {
    const record = caseRecordFromRow(toRegisterOrder(layout, values));
    const caseNumber = record.caseNumber.trim();
    if (!caseNumber) return;
    const known = recorded.get(caseNumber);
    // Cases with no history row are judged only when the add-on registered them (imported rows
    // may carry any status).
    const source = sourceColumn > 0 ? String(values[sourceColumn - 1]) : '';
    const expected = known ?? (ADDON_SOURCES.includes(source) ? intakeStatus(record) : null);
    if (expected === null || record.status === expected) return;
    reverted.set(i, expected);
    notes.push(WORKFLOW_UI.unrecordedStatusReverted(caseNumber, record.status, expected));
  });
  if (reverted.size) {
    // One write from the first status put back to the last; the statuses in between are written
    // back as read (text as text), under the caller's lock.
    const indexes = [...reverted.keys()];
    const first = Math.min(...indexes);
    const block = rows.slice(first, Math.max(...indexes) + 1).map((values, j) => {
      const put = reverted.get(first + j);
      const cell = put ?? values[statusIndex];
      return [typeof cell === 'string' ? asCellText(cell) : (cell as CellOut)];
    });
    writeRegisterBlock(register, first + 2, statusIndex + 1, block);
  }
  // The notes go into トリガーの状態 (one document property, 9 KB at most): the first few by
  // name, the rest counted — the register itself shows every status put back.
  return notes.length > NOTES_SHOWN
    ? [...notes.slice(0, NOTES_SHOWN), WORKFLOW_UI.moreStatusesReverted(notes.length - NOTES_SHOWN)]
    : notes;
}

const NOTES_SHOWN = 5;

const ADDON_SOURCES: string[] = [VALUES.sourceForm, VALUES.sourceRecovery, VALUES.sourceStaff];

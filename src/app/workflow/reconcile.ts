/**
 * What the hourly trigger does for the desk's actions on cases (docs/reliability.md): completes
 * an action a kill left pending (journal.ts), then puts back any status typed into the register
 * whose guard (statusEditGuard.ts) was killed before it recorded anything — the edit was never
 * judged, so it is treated like a refused one and the desk is told.
 */
import { SHEET, VALUES } from '../../strings';
import { WORKFLOW_UI } from '../../strings/workflow';
import { asCellText } from '../../domain/cellText';
import { registerColumn } from '../../domain/register';
import { caseRecordFromRow } from '../../domain/workflow';
import { settingsFromSnapshot } from '../../adapters/properties';
import type { Settings } from '../../domain/settings';
import { WORKFLOW_LAST_COLUMN } from './caseRow';
import { completePending, LockedDesk } from './journal';
import { intakeStatus, lastRecordedStatuses } from './statusEditGuard';

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
  const register = ss.getSheetByName(SHEET.register);
  const history = ss.getSheetByName(SHEET.history);
  if (!register || !history) return [];
  const last = register.getLastRow();
  if (last < 2) return [];
  const recorded = lastRecordedStatuses(history);
  const sourceColumn = registerColumn('source');
  const width = Math.max(WORKFLOW_LAST_COLUMN, sourceColumn);
  const rows = register.getRange(2, 1, last - 1, width).getValues();
  const notes: string[] = [];
  rows.forEach((values, i) => {
    const record = caseRecordFromRow(values);
    const caseNumber = record.caseNumber.trim();
    if (!caseNumber) return;
    const known = recorded.get(caseNumber);
    // Cases with no history row are judged only when the add-on registered them (imported rows
    // may carry any status).
    const source = String(values[sourceColumn - 1]);
    const expected = known ?? (ADDON_SOURCES.includes(source) ? intakeStatus(record) : null);
    if (expected === null || record.status === expected) return;
    register.getRange(i + 2, registerColumn('status')).setValue(asCellText(expected));
    notes.push(WORKFLOW_UI.unrecordedStatusReverted(caseNumber, record.status, expected));
  });
  // The notes go into トリガーの状態 (one document property, 9 KB at most): the first few by
  // name, the rest counted — the register itself shows every status put back.
  return notes.length > NOTES_SHOWN
    ? [...notes.slice(0, NOTES_SHOWN), WORKFLOW_UI.moreStatusesReverted(notes.length - NOTES_SHOWN)]
    : notes;
}

const NOTES_SHOWN = 5;

const ADDON_SOURCES: string[] = [VALUES.sourceForm, VALUES.sourceRecovery, VALUES.sourceStaff];

/**
 * The advanced Sheets service's state: whether the project enabled it, and what the API sees of
 * a spreadsheet while SpreadsheetApp holds writes back.
 *
 * SpreadsheetApp bundles writes ("Spreadsheet operations are sometimes bundled together to improve
 * performance", SpreadsheetApp.flush reference) and commits them before its own next read (Apps
 * Script blog 2010, "Optimizing Spreadsheet Operations": "Every time you do a read, we must first
 * empty (commit) the write cache"). The advanced service is another client of the Sheets API: it
 * does not go through SpreadsheetApp's cache, so it neither commits those writes nor sees them —
 * scripts call SpreadsheetApp.flush() before it [report: a common Stack Overflow answer]. The
 * emulator applies writes to its model at once and keeps the cost of the cache in the ledger
 * (Execution.pendingWrites); for the API it keeps a copy of every spreadsheet as committed, taken
 * when an execution's first write after a commit is charged (CoreWorkspace.writesPending), and
 * reads that copy while the execution's writes are pending. "Sometimes bundled": the emulator
 * always holds them back, the reading under which a missing flush() shows.
 */
import type { Workspace } from '../../workspace';
import type { Execution } from '../../core/execution';
import type { SpreadsheetModel } from '../spreadsheet/model';
import type { SheetView, SpreadsheetView } from './values';

function committedCopy(model: SpreadsheetModel): SpreadsheetView {
  return {
    locale: model.locale,
    timeZone: model.timeZone,
    sheets: model.sheets.map((sheet): SheetView => ({
      name: sheet.name,
      hidden: sheet.hidden,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      grid: sheet.grid.map((cells) => cells && cells.map((cell) => cell && { ...cell })),
    })),
  };
}

export class SheetsApiState {
  /**
   * Whether the project's manifest enables the service (createGlobals sets it): copies are kept
   * only then, so projects without it pay nothing for them.
   */
  enabled = false;
  /** Per execution with pending writes: each spreadsheet as committed, by id. */
  private readonly committed = new WeakMap<Execution, Map<string, SpreadsheetView>>();

  constructor(private readonly ws: Workspace) {}

  /** The execution's first write since a commit is about to be applied: keep what is committed. */
  writesPending(execution: Execution): void {
    if (!this.enabled) return;
    const copies = new Map<string, SpreadsheetView>();
    for (const model of this.ws.spreadsheets.all()) copies.set(model.id, committedCopy(model));
    this.committed.set(execution, copies);
  }

  /**
   * The spreadsheet as the API reads it now: as committed while the running execution's writes
   * are pending, otherwise as stored. A spreadsheet made after the copy is read as stored.
   */
  view(model: SpreadsheetModel): SpreadsheetView {
    const execution = this.ws.current;
    if (!execution?.pendingWrites) return model;
    return this.committed.get(execution)?.get(model.id) ?? model;
  }
}

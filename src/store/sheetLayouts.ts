/**
 * The onChange trigger's refresh of every layout found by header: the register's
 * (src/store/registerLayout.ts) and the log sheets' (src/store/logLayouts.ts). The change event
 * does not say which sheet changed, so each header row is read — all of them in one Sheets API
 * values.batchGet (src/adapters/sheetsApi.ts), which keeps a column change within the calls the
 * register alone cost before: properties (2), the spreadsheet's id and the read (2), one write
 * when a layout moved.
 */
import { SHEET } from '../strings';
import { layoutFromHeader } from '../domain/registerLayout';
import { LOG_SHEETS, LOG_SPECS, LogSheet } from '../domain/logSheets';
import { batchGetValues, sheetsApiAvailable } from '../adapters/sheetsApi';
import {
  refreshRegisterLayoutOf,
  REGISTER_LAYOUT_PROP,
  registerLayoutText,
} from './registerLayout';
import {
  LOG_LAYOUT_PROP,
  logLayoutChanges,
  logLayoutOfHeader,
  LogReadings,
  readLogHeader,
  writePropertyChanges,
} from './logLayouts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Reads the headers and stores each layout that moved (one write for all of them). Through the
 * API: the register and the logs whose layout is stored (a log without one — its sheet made
 * since by the intake, or never — is not known to exist, and a range of a missing sheet fails the
 * whole read). Without the API, or when it fails (a log sheet deleted, a service error), through
 * SpreadsheetApp: every sheet by name — a missing log's stored layout is deleted, and a service
 * error fails here again and propagates.
 */
export function refreshSheetLayouts(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string>,
): void {
  const logs = LOG_SHEETS.filter((log) => all[LOG_LAYOUT_PROP[log]] !== undefined);
  const headers = headersViaApi(ss, [SHEET.register, ...logs.map((log) => LOG_SPECS[log].name)]);
  if (!headers) {
    refreshRegisterLayoutOf(ss, props, all);
    const readings: LogReadings = {};
    for (const log of LOG_SHEETS) {
      const sheet = ss.getSheetByName(LOG_SPECS[log].name);
      readings[log] = sheet ? readLogHeader(sheet, log) : null;
    }
    writePropertyChanges(props, all, logLayoutChanges(all, readings));
    return;
  }
  const register = layoutFromHeader(headers[0]);
  const registerText = registerLayoutText(all, register.layout, register.renamed);
  const readings: LogReadings = {};
  logs.forEach((log: LogSheet, i) => (readings[log] = logLayoutOfHeader(log, headers[i + 1])));
  const changes = logLayoutChanges(all, readings);
  if (registerText !== null) changes.set[REGISTER_LAYOUT_PROP] = registerText;
  writePropertyChanges(props, all, changes);
}

/** Row 1 of each named sheet in one values.batchGet (2 calls), or null (no API, or it failed). */
function headersViaApi(ss: Spreadsheet, names: readonly string[]): unknown[][] | null {
  if (!sheetsApiAvailable()) return null;
  try {
    const read = batchGetValues(
      ss.getId(),
      names.map((name) => `'${name.replace(/'/g, "''")}'!1:1`),
    );
    return read.map((rows) => rows[0] ?? []);
  } catch {
    return null; // a missing sheet and a failing service look alike here: SpreadsheetApp tells
  }
}

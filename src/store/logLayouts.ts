/**
 * The layouts of the log sheets (履歴, 対話記録, 送信記録, 長文保管; src/domain/logSheets.ts), kept
 * in document properties like the register's (src/store/registerLayout.ts): every operation reads
 * them with the one getProperties() call it already makes (settingsFromSnapshot primes them), so
 * finding a column costs no call. Setup and 設定を反映 (the sheets made or upgraded), an edit of a
 * log's header row and the onChange trigger (src/store/sheetLayouts.ts) store them again. With
 * none stored (a desk not yet upgraded), a log's layout is its header constant's positions —
 * exactly how earlier versions wrote and read it.
 */
import { LOG_SHEETS, LOG_SPECS, logFields, LogSheet, RenamedLogHeader } from '../domain/logSheets';
import {
  layoutOfHeader,
  layoutPropertyText,
  parseSheetLayout,
  placeFields,
  positionalLayoutOf,
  renamedInProperty,
  SheetLayout,
  SheetLayoutReading,
  spanOfFields,
  toFieldOrder,
} from '../domain/sheetLayout';
import { ensureSheet } from '../adapters/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

/** The document property holding each log's layout (beside REGISTER_LAYOUT_PROP). */
export const LOG_LAYOUT_PROP: Readonly<Record<LogSheet, string>> = {
  history: 'log.layout.history',
  dialogues: 'log.layout.dialogues',
  sentLog: 'log.layout.sentLog',
  longText: 'log.layout.longText',
};

/** A header row read: the layout it describes; null for a log whose sheet is missing. */
export type LogReadings = Partial<Record<LogSheet, SheetLayoutReading | null>>;

// Apps Script starts each execution with fresh globals; the emulator keeps one scope per host,
// so every properties read replaces what an earlier execution left here.
const current: Partial<Record<LogSheet, SheetLayout>> = {};

/** Takes the stored layouts from the properties one getProperties() returned. */
export function primeLogLayouts(all: Record<string, string>): void {
  for (const log of LOG_SHEETS) {
    const stored = parseSheetLayout(logFields(log), all[LOG_LAYOUT_PROP[log]]);
    if (stored) current[log] = stored;
    else delete current[log];
  }
}

/** The layout in force: the stored one, else the header constant's positions (no call). */
export function logLayout(log: LogSheet): SheetLayout {
  return current[log] ?? positionalLayoutOf(logFields(log));
}

/** Column of a log's header (1-based), or 0 when the sheet has none (its header renamed). */
export function logColumn(log: LogSheet, header: string): number {
  return logLayout(log).columns[header] ?? 0;
}

/** A row in the log's canonical order from cells read off the sheet from `firstColumn`. */
export function toLogOrder(
  log: LogSheet,
  sheetRow: readonly unknown[],
  firstColumn = 1,
  layout = logLayout(log),
): unknown[] {
  return toFieldOrder(logFields(log), layout, sheetRow, firstColumn);
}

/**
 * The sheet row for a row in canonical order: each value under its header, `base` (the cells as
 * read; [] for a new row) elsewhere, `fill` past it. A field without a column is not written.
 */
export function placeLogRow<T>(
  log: LogSheet,
  row: readonly T[],
  fill: T,
  base: readonly T[] = [],
  layout = logLayout(log),
): T[] {
  return placeFields(logFields(log), layout, row, base, fill);
}

/**
 * The columns a read of the log's first `count` fields (canonical order) needs: from the first
 * to the last of them. Positional, the span of earlier versions' reads (1..count).
 */
export function logSpan(
  log: LogSheet,
  count: number = LOG_SPECS[log].headers.length,
  layout = logLayout(log),
): { first: number; last: number } {
  return spanOfFields(layout, LOG_SPECS[log].headers.slice(0, count));
}

/** The columns a read of the given fields (by header) needs. */
export function logSpanOf(
  log: LogSheet,
  headers: readonly string[],
  layout = logLayout(log),
): { first: number; last: number } {
  return spanOfFields(layout, headers);
}

/** Reads a log's header row (2 calls) and makes it this execution's layout. */
export function readLogHeader(sheet: Sheet, log: LogSheet): SheetLayoutReading {
  const header = sheet.getLastColumn() > 0 ? sheet.getSheetValues(1, 1, 1, -1)[0] : [];
  const reading = layoutOfHeader(logFields(log), header);
  current[log] = reading.layout;
  return reading;
}

/** The layout a header row describes, made this execution's layout (a header read elsewhere). */
export function logLayoutOfHeader(log: LogSheet, header: readonly unknown[]): SheetLayoutReading {
  const reading = layoutOfHeader(logFields(log), header);
  current[log] = reading.layout;
  return reading;
}

/**
 * A log sheet made, or upgraded in place (ensureSheet: headers a newer version added go after the
 * last one; a renamed header is not added again, src/domain/sheetLayout.ts), and the layout of
 * the header it has now, in force for the execution.
 */
export function upgradeLogSheet(
  ss: Spreadsheet,
  log: LogSheet,
  widths?: number[],
): { sheet: Sheet; created: boolean; reading: SheetLayoutReading } {
  const fields = logFields(log);
  const { sheet, created, header } = ensureSheet(ss, {
    name: LOG_SPECS[log].name,
    headers: [...LOG_SPECS[log].headers],
    widths,
    notAdded: (found) => layoutOfHeader(fields, found).renamed,
  });
  return { sheet, created, reading: logLayoutOfHeader(log, header) };
}

/**
 * The property writes the readings call for, against the properties read (`all`; null: write
 * each): the layout text where it changed, and the layouts of missing sheets to delete.
 */
export function logLayoutChanges(
  all: Record<string, string> | null,
  readings: LogReadings,
): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const log of LOG_SHEETS) {
    const reading = readings[log];
    const prop = LOG_LAYOUT_PROP[log];
    if (reading === undefined) continue;
    if (reading === null) {
      if (all && all[prop] !== undefined) remove.push(prop);
      continue;
    }
    const text = layoutPropertyText(logFields(log), reading.layout, reading.renamed);
    if (!all || all[prop] !== text) set[prop] = text;
  }
  return { set, remove };
}

/**
 * Writes property changes: one call for one value, one for several (setProperties keeps the
 * others), one per deletion; none when nothing changed. `all` is kept in step.
 */
export function writePropertyChanges(
  props: Properties,
  all: Record<string, string> | null,
  changes: { set: Record<string, string>; remove: string[] },
): void {
  const keys = Object.keys(changes.set);
  if (keys.length === 1) props.setProperty(keys[0], changes.set[keys[0]]);
  else if (keys.length > 1) props.setProperties(changes.set);
  for (const key of changes.remove) props.deleteProperty(key);
  if (!all) return;
  Object.assign(all, changes.set);
  for (const key of changes.remove) delete all[key];
}

/** Stores the layouts the readings describe where they changed (see logLayoutChanges). */
export function storeLogLayouts(
  props: Properties,
  all: Record<string, string> | null,
  readings: LogReadings,
): void {
  writePropertyChanges(props, all, logLayoutChanges(all, readings));
}

/**
 * A log's header may have changed (its row 1 edited): reads it (2 calls) and stores the layout
 * it describes (a write only when it moved).
 */
export function refreshLogLayout(
  sheet: Sheet,
  log: LogSheet,
  props: Properties,
  all: Record<string, string> | null,
): SheetLayoutReading {
  const reading = readLogHeader(sheet, log);
  storeLogLayouts(props, all, { [log]: reading });
  return reading;
}

/**
 * Each of `logs` whose sheet exists, upgraded in place (設定を反映: getSheetByName each, then
 * ensureSheet's calls), and the readings of their headers; a missing sheet is null (its stored
 * layout goes) and left for setup, or the intake for 長文保管, to make.
 */
export function upgradeExistingLogSheets(
  ss: Spreadsheet,
  logs: readonly LogSheet[] = LOG_SHEETS,
): LogReadings {
  const readings: LogReadings = {};
  for (const log of logs) {
    readings[log] = ss.getSheetByName(LOG_SPECS[log].name)
      ? upgradeLogSheet(ss, log).reading
      : null;
  }
  return readings;
}

/** The renamed headers the readings found, by sheet and name. */
export function renamedOfReadings(readings: LogReadings): RenamedLogHeader[] {
  return LOG_SHEETS.flatMap((log) =>
    (readings[log]?.renamed ?? []).map((header) => ({ sheet: LOG_SPECS[log].name, header })),
  );
}

/**
 * The renamed log headers the stored layouts record, by sheet and name (no call: from the
 * properties already read); null when no log layout is stored.
 */
export function logRenamedHeaders(all: Record<string, string>): RenamedLogHeader[] | null {
  let stored = false;
  const renamed: RenamedLogHeader[] = [];
  for (const log of LOG_SHEETS) {
    const keys = renamedInProperty(logFields(log), all[LOG_LAYOUT_PROP[log]]);
    if (keys === null) continue;
    stored = true;
    renamed.push(...keys.map((header) => ({ sheet: LOG_SPECS[log].name, header })));
  }
  return stored ? renamed : null;
}

/**
 * Writes ids the documents feature made (the root folder, default templates, the annual report
 * template) into 設定, each in column B of the row whose label is the setting's (SETTING_DEFINITIONS).
 * Only those cells are written: the rest of the sheet is the city's. The caller snapshots the
 * settings afterwards (src/store/settings.ts).
 */
import { SHEET } from '../strings';
import { SETTING_DEFINITIONS, Settings } from '../domain/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type SettingChanges = Partial<Record<keyof Settings, string>>;

/** The labels of column A, trimmed (3 calls: getLastRow, getRange, getValues). */
function settingLabels(sheet: Sheet): string[] {
  return sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((row) => String(row[0]).trim());
}

function labelOf(key: string): string | undefined {
  return SETTING_DEFINITIONS.find((d) => d.key === key)?.label;
}

/**
 * Writes values by label: one setValues per run of adjacent rows (the template rows are one).
 * Nothing when 設定 is missing.
 */
export function writeSettingValues(ss: Spreadsheet, changes: SettingChanges): void {
  const sheet = ss.getSheetByName(SHEET.settings);
  if (!sheet) return;
  const labels = settingLabels(sheet);
  const byRow = new Map<number, string>();
  for (const [key, value] of Object.entries(changes)) {
    const label = labelOf(key);
    const index = label ? labels.indexOf(label) : -1;
    if (index >= 0) byRow.set(index + 1, `'${value}`);
  }
  for (const run of adjacentRuns([...byRow.keys()])) {
    sheet.getRange(run[0], 2, run.length, 1).setValues(run.map((row) => [byRow.get(row)]));
  }
}

/** Writes one value by label (one setValue). Nothing when 設定 or the row is missing. */
export function writeSettingValue(ss: Spreadsheet, key: keyof Settings, value: string): void {
  const sheet = ss.getSheetByName(SHEET.settings);
  if (!sheet) return;
  const index = settingLabels(sheet).indexOf(labelOf(key) as string);
  if (index >= 0) sheet.getRange(index + 1, 2).setValue(`'${value}`);
}

/** [3, 9, 10, 11] → [[3], [9, 10, 11]]. */
function adjacentRuns(rows: number[]): number[][] {
  const runs: number[][] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === row - 1) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

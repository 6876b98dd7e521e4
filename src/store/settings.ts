import { SHEET, UI } from '../strings';
import { defaultSettings, Settings, settingsFromRows, settingsProblems } from '../domain/settings';
import { parseJson, PROP } from '../adapters/properties';
import { primeRegisterLayout } from './registerLayout';
import { primeLogLayouts } from './logLayouts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The one way an execution loads the settings: the snapshot among the document properties it
 * has already read (no call; see docs/architecture.md, "Settings"), else — before the first setup
 * finished — the 設定 sheet (one read). `ss` may be a function, so a spreadsheet is opened only
 * when the sheet must be read.
 */
export function deskSettings(
  all: Record<string, string>,
  ss: Spreadsheet | (() => Spreadsheet),
): Settings {
  return settingsFromSnapshot(all) ?? readSettingsSheet(typeof ss === 'function' ? ss() : ss);
}

/** Reads the 設定 sheet (one read); blank or missing items keep their defaults. */
export function readSettingsSheet(ss: Spreadsheet): Settings {
  return readSettingsIfAny(ss) ?? defaultSettings();
}

/** The settings in 設定 (getSheetByName, one read), or null when there is no 設定 yet. */
export function readSettingsIfAny(ss: Spreadsheet): Settings | null {
  const sheet = ss.getSheetByName(SHEET.settings);
  if (!sheet) return null;
  return settingsFromRows(sheet.getDataRange().getValues());
}

/** Thrown when 設定 holds a value that would break the desk; its message is shown as is. */
export class SettingsRefused extends Error {}

/**
 * Copies the settings into document properties, where the intake reads them with its single
 * getProperties() call. Run by setup, by the 設定を反映 menu item and when 設定 is edited. Settings
 * with a problem (settingsProblems) are refused whole: the snapshot keeps the last good ones.
 */
export function snapshotSettings(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
): Settings {
  const settings = readSettingsSheet(ss);
  const problems = settingsProblems(settings);
  if (problems.length) throw new SettingsRefused(UI.settingsRefused(problems));
  props.setProperty(PROP.settings, JSON.stringify(settings));
  return settings;
}

/** The settings snapshot among the document properties already read (no call), or null. */
export function settingsFromSnapshot(all: Record<string, string>): Settings | null {
  // The same read holds the column layouts of the register and the log sheets
  // (src/store/registerLayout.ts, src/store/logLayouts.ts).
  primeRegisterLayout(all);
  primeLogLayouts(all);
  const stored = parseJson<Partial<Settings>>(all[PROP.settings]);
  // A snapshot written by an older version lacks newer settings: they take their defaults.
  return stored ? { ...defaultSettings(), ...stored } : null;
}

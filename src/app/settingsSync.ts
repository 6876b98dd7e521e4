import { SHEET, UI } from '../strings';
import { defaultSettings, Settings, settingsFromRows, settingsProblems } from '../domain/settings';
import { PROP } from '../adapters/properties';

/** Reads the 設定 sheet (one read); blank or missing items keep their defaults. */
export function readSettingsSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const sheet = ss.getSheetByName(SHEET.settings);
  if (!sheet) return defaultSettings();
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
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
): Settings {
  const settings = readSettingsSheet(ss);
  const problems = settingsProblems(settings);
  if (problems.length) throw new SettingsRefused(UI.settingsRefused(problems));
  props.setProperty(PROP.settings, JSON.stringify(settings));
  return settings;
}

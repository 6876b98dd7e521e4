import { SHEET } from '../strings';
import { defaultSettings, Settings, settingsFromRows } from '../domain/settings';
import { PROP } from '../adapters/properties';

/** Reads the 設定 sheet (one read); blank or missing items keep their defaults. */
export function readSettingsSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const sheet = ss.getSheetByName(SHEET.settings);
  if (!sheet) return defaultSettings();
  return settingsFromRows(sheet.getDataRange().getValues());
}

/**
 * Copies the settings into document properties, where the intake reads them with its single
 * getProperties() call. Run by setup, by the 設定を反映 menu item and when 設定 is edited.
 */
export function snapshotSettings(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
): Settings {
  const settings = readSettingsSheet(ss);
  props.setProperty(PROP.settings, JSON.stringify(settings));
  return settings;
}

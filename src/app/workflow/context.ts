/**
 * Who is acting, with which settings, in which spreadsheet — the first five service calls of
 * every workflow action, in the order that refuses a stranger before any document access.
 */
import { PROP, settingsFromSnapshot } from '../../adapters/properties';
import { activeSpreadsheet } from '../../adapters/sheets';
import type { Settings } from '../../domain/settings';
import { requireDeskStaff } from '../access';
import { readSettingsSheet } from '../settingsSync';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DeskContext {
  ss: Spreadsheet;
  settings: Settings;
  /** The desk staff member acting (checked against 設定). */
  actor: string;
}

/** A message meant for the person as is (refusals, bad input); anything else is unexpected. */
export class WorkflowError extends Error {}

/**
 * Settings come from the snapshot in document properties (2 calls); only when it is missing
 * (before the first setup finished) is the 設定 sheet read instead.
 */
export function openDeskContext(): DeskContext {
  const props = PropertiesService.getDocumentProperties();
  const snapshot = props ? props.getProperty(PROP.settings) : null;
  let settings = snapshot ? settingsFromSnapshot({ [PROP.settings]: snapshot }) : null;
  if (settings) {
    const actor = requireDeskStaff(settings);
    return { ss: activeSpreadsheet(), settings, actor };
  }
  const ss = activeSpreadsheet();
  settings = readSettingsSheet(ss);
  return { ss, settings, actor: requireDeskStaff(settings) };
}

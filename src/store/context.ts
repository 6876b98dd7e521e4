/**
 * Who is acting, with which settings, in which spreadsheet — the first five service calls of
 * every workflow action, in the order that refuses a stranger before any document access.
 */
import { activeSpreadsheet } from '../adapters/sheets';
import type { Settings } from '../domain/settings';
import { requireDeskStaff } from './access';
import { deskSettings } from './settings';
import { documentPropertiesIfAny } from '../adapters/properties';

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
  const { spreadsheet, settings, actor } = openDeskLazily();
  return { ss: spreadsheet(), settings, actor };
}

/** The desk before its spreadsheet is opened: `spreadsheet()` opens it on first use (1 call). */
export interface LazyDeskContext extends Omit<DeskContext, 'ss'> {
  spreadsheet: () => Spreadsheet;
  /** Every document property, as the one getProperties() call returned them. */
  all: Record<string, string>;
}

/**
 * Like openDeskContext (4 calls with a snapshot: the properties 2, who asks 2), leaving the
 * spreadsheet unopened for an operation that may not need it (案件を検索 reads through the
 * Sheets API by id).
 */
export function openDeskLazily(): LazyDeskContext {
  const props = documentPropertiesIfAny();
  // All properties in the same one call: the register layout comes with the settings.
  const all = props ? props.getProperties() : {};
  let opened: Spreadsheet | undefined;
  const spreadsheet = () => (opened ??= activeSpreadsheet());
  return { ...checkedDesk(all, spreadsheet), spreadsheet, all };
}

/**
 * The desk from document properties already read (openDeskContext, openLockedDesk): settings as
 * deskSettings loads them, then the person, then the spreadsheet — with a snapshot, a stranger
 * is refused before any document access; without one, the 設定 sheet is read first.
 */
export function deskOf(all: Record<string, string>): DeskContext {
  let opened: Spreadsheet | undefined;
  const spreadsheet = () => (opened ??= activeSpreadsheet());
  return { ...checkedDesk(all, spreadsheet), ss: spreadsheet() };
}

function checkedDesk(
  all: Record<string, string>,
  spreadsheet: () => Spreadsheet,
): Omit<DeskContext, 'ss'> {
  const settings = deskSettings(all, spreadsheet);
  const actor = requireDeskStaff(settings);
  return { settings, actor };
}

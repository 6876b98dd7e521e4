/**
 * The editor's UI (dialogs, sidebars, alerts, prompts): the one place the add-on calls
 * SpreadsheetApp.getUi(). Each function is one getUi call and one UI call.
 */
import { APP_NAME } from '../strings';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

/** An alert with an OK button, titled with the add-on's name. */
export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(APP_NAME, message, ui.ButtonSet.OK);
}

/** A prompt with OK and Cancel: the text typed, or null when the person cancelled. */
export function prompt(message: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(APP_NAME, message, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

export function showSidebar(output: HtmlOutput): void {
  SpreadsheetApp.getUi().showSidebar(output);
}

export function showModalDialog(output: HtmlOutput, title: string): void {
  SpreadsheetApp.getUi().showModalDialog(output, title);
}

/** The add-on's menu, to which the caller adds its items. */
export function addonMenu(): GoogleAppsScript.Base.Menu {
  return SpreadsheetApp.getUi().createAddonMenu();
}

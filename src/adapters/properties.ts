/**
 * Document-property keys the add-on owns, and typed access to the values one getProperties()
 * call returns (the intake reads them all at once to stay within its call budget).
 */

export const PROP = {
  settings: 'settings.snapshot',
  formId: 'form.id',
  spreadsheetUrl: 'spreadsheet.url',
  responseSheetId: 'form.responseSheetId',
  formSubmitTrigger: 'trigger.formSubmit',
  dailyTrigger: 'trigger.daily',
  /** The onChange trigger that keeps the register's layout (src/store/registerLayout.ts). */
  changeTrigger: 'trigger.change',
  lastRun: (kind: string) => `trigger.${kind}.lastRun`,
  /** The add-on version that last upgraded the sheets (setup, 設定を反映; src/app/health.ts). */
  addonVersion: 'addon.version',
  /** The register's grid (rows × columns) as the daily sweep last read it (ヘルスチェック). */
  registerCells: 'health.registerCells',
  // 庁内回答フォーム (issue 12): its id, response sheet, the hand-off link template, the code's
  // secret and the answers whose desk mail went (src/app/departmentAnswer.ts).
  departmentFormId: 'departmentForm.id',
  departmentResponseSheetId: 'departmentForm.responseSheetId',
  departmentPrefill: 'departmentForm.prefill',
  departmentSecret: 'departmentForm.secret',
  departmentMailed: 'departmentForm.mailed',
} as const;

export interface TriggerRecord {
  uid: string;
  owner: string;
  installedAt: string;
}

export interface LastRun {
  at: string;
  error: string;
}

export function parseJson<T>(text: string | null | undefined): T | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** The document properties, or null outside a document (a simple trigger checks). 1 call. */
export function documentPropertiesIfAny(): GoogleAppsScript.Properties.Properties | null {
  return PropertiesService.getDocumentProperties();
}

/** The script's properties: the public page's cache, read by the web app outside the desk. 1 call. */
export function scriptProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}

export function documentProperties(): GoogleAppsScript.Properties.Properties {
  const props = PropertiesService.getDocumentProperties();
  if (!props) throw new Error('この操作はスプレッドシートの中からのみ実行できます。');
  return props;
}

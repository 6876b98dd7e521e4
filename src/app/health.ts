/**
 * ヘルスチェック (issue 16): gathers the snapshot src/domain/health.ts judges. Each probe is isolated
 * — a service that fails is reported as "could not check", never as "missing", and never hides
 * the other probes. Read-only: nothing is written, so a kill or a retry changes nothing.
 *
 * Call budget (bench: health, ≤ 15): document properties 2, the spreadsheet 1, the mail quota 1,
 * the time zone 1, one DocumentApp.openById per template set (5 by default), the 応募フォーム 3
 * (open, accepting, destination) and the 庁内回答フォーム 2 (open, destination) — 15 calls. The
 * department form's 受付 switch is not asked: a closed form tells the department that opens the
 * link, who is staff of the city, while an unlinked one loses answers silently, so the link is the
 * check kept (the report says the switch was not checked). Triggers, storage, the register's size,
 * its renamed headers and the version are read from the one getProperties(): setup records the
 * triggers (src/adapters/triggers.ts), each trigger its last run, the sweep the register's size,
 * the stored layouts the renamed headers (src/store/registerLayout.ts, src/store/logLayouts.ts),
 * setup and 設定を反映 the version.
 */
import { HEALTH, HEALTH_ITEM } from '../strings/health';
import { defaultSettings, SETTING_DEFINITIONS, Settings } from '../domain/settings';
import { DOCUMENT_KINDS } from '../domain/documents/kinds';
import { tokyoDateTimeText } from '../domain/tokyoTime';
import {
  evaluateHealth,
  FormSnapshot,
  healthDigestLines,
  healthReport,
  HealthReport,
  HealthSnapshot,
  Probe,
  spreadsheetIdOfUrl,
  TemplateSnapshot,
  TriggerSnapshot,
} from '../domain/health';
import {
  documentProperties,
  LastRun,
  parseJson,
  PROP,
  TriggerRecord,
} from '../adapters/properties';
import { HANDLER, TriggerKind, triggerRecordProp } from '../adapters/triggers';
import { activeSpreadsheet } from '../adapters/sheets';
import { driveIdOf } from './documents/caseFolder';
import { deskSettings } from '../store/settings';
import { registerRenamedHeaders } from '../store/registerLayout';
import { logRenamedHeaders } from '../store/logLayouts';
import { showModalDialog } from '../adapters/ui';
import { templateFromFile } from '../adapters/html';
import { remainingMailQuota } from '../adapters/mailer';
import { DOCUMENT_MISSING, openDocumentById } from '../adapters/docs';
import { DRIVE_NOT_FOUND } from '../adapters/drive';
import { openFormById } from '../adapters/forms';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

declare const __ADDON_VERSION__: string | undefined;

/** package.json's version, injected by the build (esbuild.config.ts `define`); 'dev' unbuilt. */
export const ADDON_VERSION: string =
  typeof __ADDON_VERSION__ === 'string' && __ADDON_VERSION__ ? __ADDON_VERSION__ : 'dev';

/** Records which version of the add-on last upgraded the sheets (setup, 設定を反映). */
export function recordAddonVersion(props: GoogleAppsScript.Properties.Properties): void {
  props.setProperty(PROP.addonVersion, ADDON_VERSION);
}

const HEALTH_PAGE = 'health';
const DIALOG_WIDTH = 820;
const DIALOG_HEIGHT = 640;

/** Menu: opens the dialog; the page asks healthCheck for the report. */
export function openHealthDialog(): void {
  const template = templateFromFile(HEALTH_PAGE);
  template.caseRefJson = '';
  template.section = '';
  const output = template.evaluate().setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  showModalDialog(output, HEALTH.pageTitle);
}

/**
 * The whole check, for the page. Open to anyone who can open the spreadsheet (like トリガーの状態):
 * it shows what 設定 already shows, and the mail quota of the person asking.
 */
export function checkHealth(): HealthReport {
  const now = new Date();
  const props = documentProperties();
  const all = props.getProperties();
  const ss = activeSpreadsheet();
  const settings = settingsOrDefaults(all, ss);
  const snapshot: HealthSnapshot = {
    nowMs: now.getTime(),
    triggers: triggerSnapshots(all),
    mailQuota: probe(() => remainingMailQuota(), NEVER_MISSING),
    templates: templateSnapshots(settings, true),
    forms: formSnapshots(all),
    spreadsheetId: spreadsheetIdOfUrl(all[PROP.spreadsheetUrl] ?? '') || spreadsheetId(ss),
    spreadsheetTimeZone: probe(() => ss.getSpreadsheetTimeZone(), NEVER_MISSING),
    deskTimeZone: settings.timeZone,
    properties: all,
    registerCells: registerCellsOf(all),
    registerRenamed: registerRenamedHeaders(all) ?? undefined,
    logRenamed: logRenamedHeaders(all) ?? undefined,
    version: { sheets: all[PROP.addonVersion] ?? '', running: ADDON_VERSION },
  };
  return healthReport(snapshot, tokyoDateTimeText(now));
}

/**
 * The sweep's subset for the desk's digest: what the properties it already read tell, plus the
 * spreadsheet's time zone (1 call). The daily trigger is the one running: its own last error is
 * what this run reports by itself.
 */
export function sweepHealthLines(
  ss: Spreadsheet,
  all: Record<string, string>,
  settings: Settings,
  registerCells: number | null,
): string[] {
  const items = evaluateHealth({
    nowMs: Date.now(),
    triggers: triggerSnapshots(all).map((t) =>
      t.kind === 'daily' ? { ...t, skipLastError: true } : t,
    ),
    // Without a recorded form the intake cannot work; an open form is checked by the page only.
    forms: all[PROP.formId]
      ? undefined
      : [{ key: 'proposal', label: HEALTH_ITEM.forms.proposal, id: '' }],
    spreadsheetTimeZone: probe(() => ss.getSpreadsheetTimeZone(), NEVER_MISSING),
    deskTimeZone: settings.timeZone,
    properties: all,
    registerCells,
    registerRenamed: registerRenamedHeaders(all) ?? undefined,
    logRenamed: logRenamedHeaders(all) ?? undefined,
    version: { sheets: all[PROP.addonVersion] ?? '', running: ADDON_VERSION },
  });
  return healthDigestLines(items);
}

/** What the sweep writes with its last write: the register's grid as it read it. */
export function registerCellsWrite(rows: number, columns: number): Record<string, string> {
  return { [PROP.registerCells]: String(Math.max(0, rows) * Math.max(0, columns)) };
}

function registerCellsOf(all: Record<string, string>): number | null {
  const cells = Number(all[PROP.registerCells]);
  return all[PROP.registerCells] && Number.isFinite(cells) ? cells : null;
}

/** The settings as every execution loads them; the page must show even if 設定 cannot be read. */
function settingsOrDefaults(all: Record<string, string>, ss: Spreadsheet): Settings {
  try {
    return deskSettings(all, ss);
  } catch {
    return defaultSettings();
  }
}

function spreadsheetId(ss: Spreadsheet): string {
  try {
    return ss.getId();
  } catch {
    return '';
  }
}

function triggerSnapshots(all: Record<string, string>): TriggerSnapshot[] {
  return (Object.keys(HANDLER) as TriggerKind[]).map((kind) => {
    const record = parseJson<TriggerRecord>(all[triggerRecordProp(kind)]);
    return {
      kind,
      record: record ? { owner: record.owner, installedAt: record.installedAt } : null,
      lastRun: parseJson<LastRun>(all[PROP.lastRun(kind)]),
    };
  });
}

/** The templates of 設定; with `open`, each set one is opened (a Google Doc that can be read). */
function templateSnapshots(settings: Settings, open: boolean): TemplateSnapshot[] {
  const keys: Array<{ key: keyof Settings; optional: boolean }> = [
    ...DOCUMENT_KINDS.map((k) => ({ key: k.templateSetting, optional: false })),
    { key: 'templateAnnualReport', optional: true },
  ];
  return keys.map(({ key, optional }) => {
    const id = String(settings[key] ?? '').trim();
    const label = SETTING_DEFINITIONS.find((d) => d.key === key)?.label ?? String(key);
    const snapshot: TemplateSnapshot = { key: String(key), label, id, optional };
    if (open && id) {
      snapshot.probe = probe(() => {
        openDocumentById(driveIdOf(id) || id);
        return true as const;
      }, DOCUMENT_MISSING);
    }
    return snapshot;
  });
}

/** The proposal form (always expected) and 庁内回答フォーム when one is recorded. */
function formSnapshots(all: Record<string, string>): FormSnapshot[] {
  const forms = [formSnapshot('proposal', all[PROP.formId] ?? '', true)];
  const department = all[PROP.departmentFormId] ?? '';
  if (department) forms.push(formSnapshot('department', department, false));
  return forms;
}

/** With `askAccepting` false the form's 受付 switch is left unasked (see the file comment). */
function formSnapshot(key: string, id: string, askAccepting: boolean): FormSnapshot {
  const label = HEALTH_ITEM.forms[key] ?? key;
  if (!id) return { key, label, id };
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = openFormById(id);
  } catch (error) {
    return { key, label, id, probe: failure(error, DRIVE_NOT_FOUND) };
  }
  return {
    key,
    label,
    id,
    probe: probe(() => {
      const accepting = askAccepting ? form.isAcceptingResponses() : undefined;
      let destinationId = '';
      try {
        destinationId = form.getDestinationId();
      } catch (error) {
        // "The form currently has no response destination." is an answer: not linked.
        if (!NO_DESTINATION.test(String((error as Error)?.message))) throw error;
      }
      return { accepting, destinationId, url: '' };
    }, NEVER_MISSING),
  };
}

/** Apps Script's answers that say the item is not there or not shared (not a failed service). */
const NO_DESTINATION = /no response destination/i;
const NEVER_MISSING = /$^/;

function probe<T>(read: () => T, missing: RegExp): Probe<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    return failure(error, missing);
  }
}

function failure(error: unknown, missing: RegExp): Probe<never> {
  const message = String((error as Error)?.message ?? error);
  if (missing.test(message)) return { ok: false, missing: true };
  return { ok: false, missing: false, message: message.split('\n')[0].slice(0, 200) };
}

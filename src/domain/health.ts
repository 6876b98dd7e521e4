/**
 * ヘルスチェック: judges a plain snapshot of the desk's running conditions — triggers, mail quota,
 * templates, the form, the time zone, storage, the register's size, the version that last
 * upgraded the sheets — into items with a status and one line of what to do. Pure: the snapshot
 * is gathered by src/app/health.ts (the page) and by the daily sweep (a cheap subset, for the
 * desk's digest). A probe that was not run is absent and yields no item; a probe whose service
 * failed says so and is never read as "missing" (docs/reliability.md).
 */
import { HEALTH_ACTION, HEALTH_DIGEST, HEALTH_ITEM } from '../strings/health';
import { REGISTER_LAYOUT_TEXT } from '../strings/registerLayout';
import { logRenamedLines, RenamedLogHeader } from './logSheets';

export type HealthStatus = 'ok' | 'warn' | 'error';
export type HealthGroup =
  'triggers' | 'mail' | 'templates' | 'forms' | 'spreadsheet' | 'storage' | 'version';

export interface HealthItem {
  /** Stable id of the check ('trigger.daily', 'template.templatePocAgreement', …). */
  id: string;
  group: HealthGroup;
  label: string;
  status: HealthStatus;
  detail: string;
  /** One line of what to do; '' when ok. */
  action: string;
}

export interface HealthReport {
  /** Tokyo date-time text of the check. */
  checkedAt: string;
  items: HealthItem[];
  errors: number;
  warnings: number;
}

/** The outcome of one probe: a value, the thing is not there (or not shared), or no answer. */
export type Probe<T> =
  | { ok: true; value: T }
  | { ok: false; missing: true }
  | { ok: false; missing: false; message: string };

export interface TriggerSnapshot {
  kind: 'formSubmit' | 'daily' | 'change';
  /** What setup recorded (owner, Tokyo date-time text), or null. */
  record: { owner: string; installedAt: string } | null;
  lastRun: { at: string; error: string } | null;
  /** The sweep judges the daily trigger while it runs: its own last error is not news. */
  skipLastError?: boolean;
}

export interface TemplateSnapshot {
  /** The 設定 key (templateReplyAccepted…) and its label. */
  key: string;
  label: string;
  id: string;
  /** Made on first use when blank (the annual report's), so blank is fine. */
  optional: boolean;
  /** Absent when the id is blank. */
  probe?: Probe<true>;
}

export interface FormSnapshot {
  /** Which form ('proposal', 'department') and its label. */
  key: string;
  label: string;
  id: string;
  /** Absent when no id is recorded. */
  /** `accepting` absent: not asked (src/app/health.ts keeps the page within its call budget). */
  probe?: Probe<{ accepting?: boolean; destinationId: string; url: string }>;
}

export interface HealthSnapshot {
  /** The instant of the check (ms since the epoch). */
  nowMs: number;
  triggers?: TriggerSnapshot[];
  mailQuota?: Probe<number>;
  templates?: TemplateSnapshot[];
  forms?: FormSnapshot[];
  spreadsheetId?: string;
  spreadsheetTimeZone?: Probe<string>;
  deskTimeZone?: string;
  /** Every document property as getProperties() returns it. */
  properties?: Record<string, string>;
  /** The register's grid (rows × columns) as the sweep last read it, or null if never. */
  registerCells?: number | null;
  /**
   * The register's headers renamed by staff (their fields read and written nowhere), as the
   * stored layout records them; absent when no layout is stored.
   */
  registerRenamed?: string[];
  /**
   * The log sheets' headers renamed by staff (src/domain/logSheets.ts), as their stored layouts
   * record them; absent when no log layout is stored.
   */
  logRenamed?: RenamedLogHeader[];
  /** Versions: the one recorded by the last setup / 設定を反映, and the one running. */
  version?: { sheets: string; running: string };
}

/** Apps Script's quotas page: "Properties value size 9 KB / val", "total storage 500 KB". */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
/** Google Sheets: up to 10 million cells per spreadsheet, all sheets together. */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;

/** Thresholds: the share of a limit from which a warning (or an error) is shown. */
export const STORAGE_WARN = 0.7;
export const STORAGE_ERROR = 0.9;
/** The register shares the cell limit with 履歴, 対話記録, 送信記録…: warned early. */
export const REGISTER_WARN = 0.4;
export const REGISTER_ERROR = 0.7;
/** Below this many recipients left today, mail is short (a day's receipts and digests). */
export const MAIL_QUOTA_WARN = 20;
/**
 * The hourly trigger records a run at least once a day (the daily recovery, src/domain/deadlines/
 * sweepState.ts decideHourlyRun): a record older than this means it stopped firing.
 */
export const DAILY_STALE_HOURS = 26;

const HOUR_MS = 3_600_000;

/** Tokyo date-time text (YYYY/MM/DD HH:mm, src/domain/tokyoTime.ts) as an instant, or NaN. */
export function tokyoTextMs(text: string): number {
  const m = /^(\d{4})[/-](\d{2})[/-](\d{2})[ T](\d{2}):(\d{2})/.exec(text.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi] = m.map(Number);
  return Date.UTC(y, mo - 1, d, h - 9, mi);
}

/** UTF-8 bytes of a string (Apps Script counts the property store in bytes of keys and values). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function propertiesUsage(all: Record<string, string>): { total: number; largest: number } {
  let total = 0;
  let largest = 0;
  for (const [key, value] of Object.entries(all)) {
    const size = utf8Length(value);
    total += utf8Length(key) + size;
    largest = Math.max(largest, size);
  }
  return { total, largest };
}

/** The spreadsheet id in a Google Sheets URL (…/spreadsheets/d/<id>/…), or ''. */
export function spreadsheetIdOfUrl(url: string): string {
  const m = /\/spreadsheets\/d\/([-\w]+)/.exec(url);
  return m ? m[1] : '';
}

const ok = (id: string, group: HealthGroup, label: string, detail: string): HealthItem => ({
  id,
  group,
  label,
  status: 'ok',
  detail,
  action: '',
});

function failed(id: string, group: HealthGroup, label: string, message: string): HealthItem {
  return {
    id,
    group,
    label,
    status: 'warn',
    detail: HEALTH_ITEM.probeFailed(message),
    action: HEALTH_ACTION.probeFailed,
  };
}

function triggerItem(t: TriggerSnapshot, nowMs: number): HealthItem {
  const id = `trigger.${t.kind}`;
  const label = HEALTH_ITEM.trigger(HEALTH_ITEM.triggerLabels[t.kind] ?? t.kind);
  if (!t.record) {
    return {
      id,
      group: 'triggers',
      label,
      status: 'error',
      detail: HEALTH_ITEM.triggerMissing,
      action: HEALTH_ACTION.triggerMissing,
    };
  }
  const error = t.skipLastError ? '' : (t.lastRun?.error ?? '').trim();
  const detail = HEALTH_ITEM.triggerDetail({
    owner: t.record.owner,
    installedAt: t.record.installedAt,
    lastRun: t.lastRun?.at ?? '',
    error,
  });
  if (error) {
    const action = FAILED_ACTION[t.kind];
    return { id, group: 'triggers', label, status: 'error', detail, action };
  }
  if (t.kind === 'daily') {
    // Never run: judged from when it was installed (a new desk's trigger has not fired yet).
    const since = tokyoTextMs(t.lastRun?.at ?? t.record.installedAt);
    const hours = Math.floor((nowMs - since) / HOUR_MS);
    if (Number.isFinite(since) && hours >= DAILY_STALE_HOURS) {
      return {
        id,
        group: 'triggers',
        label,
        status: 'error',
        detail: `${detail} / ${HEALTH_ITEM.triggerStale(hours)}`,
        action: HEALTH_ACTION.triggerStale(t.record.owner),
      };
    }
  }
  return ok(id, 'triggers', label, detail);
}

const FAILED_ACTION: Record<TriggerSnapshot['kind'], string> = {
  formSubmit: HEALTH_ACTION.formSubmitFailed,
  daily: HEALTH_ACTION.dailyFailed,
  change: HEALTH_ACTION.changeFailed,
};

function mailItem(probe: Probe<number>): HealthItem {
  const id = 'mail.quota';
  const label = HEALTH_ITEM.mailQuota;
  if (!probe.ok) return failed(id, 'mail', label, probe.missing ? '' : probe.message);
  const left = probe.value;
  const detail = HEALTH_ITEM.mailQuotaDetail(left);
  if (left <= 0) {
    return {
      id,
      group: 'mail',
      label,
      status: 'error',
      detail,
      action: HEALTH_ACTION.mailQuotaNone,
    };
  }
  if (left < MAIL_QUOTA_WARN) {
    return { id, group: 'mail', label, status: 'warn', detail, action: HEALTH_ACTION.mailQuotaLow };
  }
  return ok(id, 'mail', label, detail);
}

function templateItem(t: TemplateSnapshot): HealthItem {
  const id = `template.${t.key}`;
  const label = HEALTH_ITEM.template(t.label);
  if (!t.id.trim()) {
    if (t.optional) return ok(id, 'templates', label, HEALTH_ITEM.templateUnsetOnDemand);
    return {
      id,
      group: 'templates',
      label,
      status: 'warn',
      detail: HEALTH_ITEM.templateUnset,
      action: HEALTH_ACTION.templateUnset(t.label),
    };
  }
  const probe = t.probe;
  if (!probe) return ok(id, 'templates', label, t.id);
  if (probe.ok) return ok(id, 'templates', label, HEALTH_ITEM.templateOk);
  if (!probe.missing) return failed(id, 'templates', label, probe.message);
  return {
    id,
    group: 'templates',
    label,
    status: 'error',
    detail: HEALTH_ITEM.templateMissing(t.id),
    action: HEALTH_ACTION.templateMissing(t.label),
  };
}

function formItem(f: FormSnapshot, spreadsheetId: string): HealthItem {
  const id = `form.${f.key}`;
  const label = f.label;
  const problem = (detail: string, action: string): HealthItem => ({
    id,
    group: 'forms',
    label,
    status: 'error',
    detail,
    action,
  });
  if (!f.id.trim()) return problem(HEALTH_ITEM.formUnset, HEALTH_ACTION.formUnset);
  const probe = f.probe;
  if (!probe) return ok(id, 'forms', label, f.id);
  if (!probe.ok) {
    if (!probe.missing) return failed(id, 'forms', label, probe.message);
    return problem(HEALTH_ITEM.formMissing(f.id), HEALTH_ACTION.formMissing);
  }
  if (probe.value.accepting === false) {
    return problem(HEALTH_ITEM.formClosed, HEALTH_ACTION.formClosed);
  }
  // An unknown spreadsheet id (never recorded) is not a reason to call the link wrong.
  if (spreadsheetId && probe.value.destinationId !== spreadsheetId) {
    return problem(HEALTH_ITEM.formUnlinked, HEALTH_ACTION.formUnlinked);
  }
  if (probe.value.accepting === undefined) return ok(id, 'forms', label, HEALTH_ITEM.formLinked);
  return ok(id, 'forms', label, HEALTH_ITEM.formOk(probe.value.url));
}

function timeZoneItem(probe: Probe<string>, desk: string): HealthItem {
  const id = 'spreadsheet.timeZone';
  const label = HEALTH_ITEM.timeZone;
  if (!probe.ok) return failed(id, 'spreadsheet', label, probe.missing ? '' : probe.message);
  const detail = HEALTH_ITEM.timeZoneDetail(probe.value, desk);
  if (probe.value === desk) return ok(id, 'spreadsheet', label, detail);
  return {
    id,
    group: 'spreadsheet',
    label,
    status: 'error',
    detail,
    action: HEALTH_ACTION.timeZone(desk),
  };
}

function byShare(share: number, warn: number, error: number): HealthStatus {
  return share >= error ? 'error' : share >= warn ? 'warn' : 'ok';
}

function propertiesItem(all: Record<string, string>): HealthItem {
  const { total, largest } = propertiesUsage(all);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  const detail = HEALTH_ITEM.propertiesDetail(
    kb(total),
    kb(PROPERTY_STORE_LIMIT_BYTES),
    kb(largest),
    kb(PROPERTY_VALUE_LIMIT_BYTES),
  );
  const status = [
    byShare(total / PROPERTY_STORE_LIMIT_BYTES, STORAGE_WARN, STORAGE_ERROR),
    byShare(largest / PROPERTY_VALUE_LIMIT_BYTES, STORAGE_WARN, STORAGE_ERROR),
  ].reduce(worse);
  const label = HEALTH_ITEM.properties;
  const action = status === 'ok' ? '' : HEALTH_ACTION.propertiesFull;
  return { id: 'storage.properties', group: 'storage', label, status, detail, action };
}

function registerItem(cells: number | null): HealthItem {
  const id = 'storage.register';
  const label = HEALTH_ITEM.register;
  if (cells === null) return ok(id, 'storage', label, HEALTH_ITEM.registerUnknown);
  const status = byShare(cells / SPREADSHEET_CELL_LIMIT, REGISTER_WARN, REGISTER_ERROR);
  const detail = HEALTH_ITEM.registerDetail(cells, SPREADSHEET_CELL_LIMIT);
  const action = status === 'ok' ? '' : HEALTH_ACTION.registerLarge;
  return { id, group: 'storage', label, status, detail, action };
}

/** Each renamed header by name (src/domain/registerLayout.ts renamedMessage's wording). */
function registerHeadersItem(renamed: readonly string[]): HealthItem {
  const id = 'spreadsheet.registerHeaders';
  const label = HEALTH_ITEM.registerHeaders;
  if (!renamed.length) return ok(id, 'spreadsheet', label, HEALTH_ITEM.registerHeadersOk);
  return {
    id,
    group: 'spreadsheet',
    label,
    status: 'warn',
    detail: renamed.map((header) => REGISTER_LAYOUT_TEXT.renamed(header)).join(' '),
    action: HEALTH_ACTION.registerRenamed,
  };
}

/** Each renamed log header by sheet and name (src/domain/logSheets.ts logRenamedLines). */
function logHeadersItem(renamed: readonly RenamedLogHeader[]): HealthItem {
  const id = 'spreadsheet.logHeaders';
  const label = HEALTH_ITEM.logHeaders;
  if (!renamed.length) return ok(id, 'spreadsheet', label, HEALTH_ITEM.logHeadersOk);
  return {
    id,
    group: 'spreadsheet',
    label,
    status: 'warn',
    detail: logRenamedLines(renamed).join(' '),
    action: HEALTH_ACTION.logRenamed,
  };
}

function versionItem(v: { sheets: string; running: string }): HealthItem {
  const id = 'version.sheets';
  const label = HEALTH_ITEM.version;
  const detail = HEALTH_ITEM.versionDetail(v.sheets, v.running);
  if (v.sheets === v.running) return ok(id, 'version', label, detail);
  const action = v.sheets ? HEALTH_ACTION.versionOld : HEALTH_ACTION.versionUnknown;
  return { id, group: 'version', label, status: 'warn', detail, action };
}

const RANK: Record<HealthStatus, number> = { ok: 0, warn: 1, error: 2 };

function worse(a: HealthStatus, b: HealthStatus): HealthStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Every check the snapshot has data for, in the page's order. */
export function evaluateHealth(s: HealthSnapshot): HealthItem[] {
  const items: HealthItem[] = [];
  for (const t of s.triggers ?? []) items.push(triggerItem(t, s.nowMs));
  if (s.mailQuota) items.push(mailItem(s.mailQuota));
  for (const t of s.templates ?? []) items.push(templateItem(t));
  for (const f of s.forms ?? []) items.push(formItem(f, s.spreadsheetId ?? ''));
  if (s.spreadsheetTimeZone && s.deskTimeZone) {
    items.push(timeZoneItem(s.spreadsheetTimeZone, s.deskTimeZone));
  }
  if (s.registerRenamed) items.push(registerHeadersItem(s.registerRenamed));
  if (s.logRenamed) items.push(logHeadersItem(s.logRenamed));
  if (s.properties) items.push(propertiesItem(s.properties));
  if (s.registerCells !== undefined) items.push(registerItem(s.registerCells));
  if (s.version) items.push(versionItem(s.version));
  return items;
}

export function healthReport(s: HealthSnapshot, checkedAt: string): HealthReport {
  const items = evaluateHealth(s);
  return {
    checkedAt,
    items,
    errors: items.filter((i) => i.status === 'error').length,
    warnings: items.filter((i) => i.status === 'warn').length,
  };
}

/**
 * The digest's lines: one per problem, most serious first. A probe that found no answer is left
 * out (the next day's check tells), so a passing outage never alarms the desk by email.
 */
export function healthDigestLines(items: readonly HealthItem[]): string[] {
  return items
    .filter((i) => i.status !== 'ok' && i.action !== HEALTH_ACTION.probeFailed)
    .sort((a, b) => RANK[b.status] - RANK[a.status])
    .map((i) => HEALTH_DIGEST.line(i.label, i.action));
}

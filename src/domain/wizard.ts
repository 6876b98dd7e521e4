/**
 * The setup wizard's rules (issue 16 part 2), pure so the page and the server check a city's
 * answers the same way: what the person typed, every problem in words for them, and which 設定
 * items and 担当課 rows the answers change (a second run changes only what changed).
 */
import { WIZARD_TEXT as T } from '../strings/wizard';
import { validateCaseNumberFormat } from './caseNumber';
import { DESK_TIME_ZONE, Settings } from './settings';

export interface WizardDepartment {
  name: string;
  email: string;
  person: string;
}

/** What the wizard asks. Every field is text as typed (the page sends strings only). */
export interface WizardInput {
  cityName: string;
  deskName: string;
  /** 担当部署: the desk's place in the city's organisation (signature of emails). */
  department: string;
  address: string;
  phone: string;
  deskEmail: string;
  /** Desk staff, separated by commas, spaces or new lines. */
  staffEmails: string;
  departments: WizardDepartment[];
  mayorTitle: string;
  mayorName: string;
  cityAddress: string;
  caseNumberFormat: string;
  replyNumberFormat: string;
  timeZone: string;
}

export type WizardField = keyof WizardInput | `departments.${number}.${keyof WizardDepartment}`;

export interface WizardProblem {
  field: WizardField;
  message: string;
}

/** Settings the wizard writes, each from the field of the same name. */
export const WIZARD_SETTING_KEYS = [
  'cityName',
  'deskName',
  'department',
  'address',
  'phone',
  'deskEmail',
  'staffEmails',
  'mayorTitle',
  'mayorName',
  'cityAddress',
  'caseNumberFormat',
  'replyNumberFormat',
  'timeZone',
] as const satisfies ReadonlyArray<keyof Settings & keyof WizardInput>;

export type WizardSettingKey = (typeof WIZARD_SETTING_KEYS)[number];

/** The most departments one run takes (the page's rows; 担当課 may hold more). */
export const WIZARD_MAX_DEPARTMENTS = 100;
const MAX_TEXT = 500;

const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()"]+$/;
/** Digits with single hyphens or brackets between groups; 10 to 13 digits (NFKC first). */
const PHONE = /^\+?\(?\d+\)?(?:[-\s]?\(?\d+\)?)*$/;
const IANA_ZONE = /^(?:UTC|GMT|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

function clean(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, MAX_TEXT) : '';
}

/** The page's answers with every field a trimmed string (anything else becomes ''). */
export function normalizeWizardInput(raw: unknown): WizardInput {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const departments = Array.isArray(r.departments) ? r.departments : [];
  return {
    cityName: clean(r.cityName),
    deskName: clean(r.deskName),
    department: clean(r.department),
    address: clean(r.address),
    phone: clean(r.phone).normalize('NFKC'),
    deskEmail: clean(r.deskEmail).normalize('NFKC'),
    staffEmails: clean(typeof r.staffEmails === 'string' ? r.staffEmails : '').normalize('NFKC'),
    departments: departments
      .slice(0, WIZARD_MAX_DEPARTMENTS)
      .map((d) => (d && typeof d === 'object' ? (d as Record<string, unknown>) : {}))
      .map((d) => ({
        name: clean(d.name),
        email: clean(d.email).normalize('NFKC'),
        person: clean(d.person),
      }))
      .filter((d) => d.name || d.email || d.person),
    mayorTitle: clean(r.mayorTitle),
    mayorName: clean(r.mayorName),
    cityAddress: clean(r.cityAddress),
    caseNumberFormat: clean(r.caseNumberFormat),
    replyNumberFormat: clean(r.replyNumberFormat),
    timeZone: clean(r.timeZone) || DESK_TIME_ZONE,
  };
}

/** The staff list as addresses (commas, 、, spaces or new lines between them). */
export function staffList(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[,、，;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

export function isPhone(text: string): boolean {
  const normalized = text.normalize('NFKC');
  const digits = normalized.replace(/\D/g, '').length;
  return PHONE.test(normalized) && digits >= 10 && digits <= 13;
}

/** An IANA zone id the runtime knows (Asia/Tokyo, UTC…): what Sheets' setSpreadsheetTimeZone takes. */
export function isTimeZoneId(zone: string): boolean {
  if (!IANA_ZONE.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The reply letters' 文書番号 needs its per-year sequence, or two letters would share one. */
function replyNumberProblem(format: string): string | null {
  return /\{連番\}/.test(format) ? null : T.problems.replyNumberFormat;
}

/**
 * Every problem of the answers, in page order, each tied to its field. `currentUser` must stay
 * in the staff list: a person who removed themselves could not run the wizard again.
 */
export function validateWizardInput(input: WizardInput, currentUser = ''): WizardProblem[] {
  const problems: WizardProblem[] = [];
  const add = (field: WizardField, message: string) => problems.push({ field, message });
  const required: Array<keyof WizardInput> = [
    'cityName',
    'deskName',
    'department',
    'address',
    'phone',
    'staffEmails',
    'mayorTitle',
    'cityAddress',
    'caseNumberFormat',
    'replyNumberFormat',
    'timeZone',
  ];
  for (const field of required) {
    if (String(input[field]).trim() === '') add(field, T.problems.required(T.labels[field]));
  }
  if (input.phone && !isPhone(input.phone)) add('phone', T.problems.phone);
  if (input.deskEmail && !isEmail(input.deskEmail))
    add('deskEmail', T.problems.email(input.deskEmail));
  const staff = staffList(input.staffEmails);
  const badStaff = staff.filter((s) => !isEmail(s));
  if (badStaff.length) add('staffEmails', T.problems.email(badStaff.join(', ')));
  else if (
    staff.length &&
    currentUser &&
    !staff.some((s) => s.toLowerCase() === currentUser.toLowerCase())
  ) {
    add('staffEmails', T.problems.selfMissing(currentUser));
  }
  if (input.caseNumberFormat) {
    const format = validateCaseNumberFormat(input.caseNumberFormat);
    if (format) add('caseNumberFormat', format);
  }
  if (input.replyNumberFormat) {
    const reply = replyNumberProblem(input.replyNumberFormat);
    if (reply) add('replyNumberFormat', reply);
  }
  if (input.timeZone && !isTimeZoneId(input.timeZone)) {
    add('timeZone', T.problems.timeZone(input.timeZone));
  }
  const seen = new Set<string>();
  input.departments.forEach((d, i) => {
    if (!d.name) add(`departments.${i}.name`, T.problems.departmentName(i + 1));
    else if (seen.has(d.name)) add(`departments.${i}.name`, T.problems.departmentTwice(d.name));
    seen.add(d.name);
    if (!d.email) add(`departments.${i}.email`, T.problems.departmentEmail(d.name || `${i + 1}`));
    else if (!isEmail(d.email)) add(`departments.${i}.email`, T.problems.email(d.email));
  });
  return problems;
}

/** The answers as the settings they stand for (the staff list split into addresses). */
export function wizardSettings(input: WizardInput): Pick<Settings, WizardSettingKey> {
  return {
    cityName: input.cityName,
    deskName: input.deskName,
    department: input.department,
    address: input.address,
    phone: input.phone,
    deskEmail: input.deskEmail,
    staffEmails: staffList(input.staffEmails),
    mayorTitle: input.mayorTitle,
    mayorName: input.mayorName,
    cityAddress: input.cityAddress,
    caseNumberFormat: input.caseNumberFormat,
    replyNumberFormat: input.replyNumberFormat,
    timeZone: input.timeZone,
  };
}

/** The settings as the wizard's answers (what the page shows first). */
export function wizardInputFrom(settings: Settings, departments: WizardDepartment[]): WizardInput {
  return {
    cityName: settings.cityName,
    deskName: settings.deskName,
    department: settings.department,
    address: settings.address,
    phone: settings.phone,
    deskEmail: settings.deskEmail,
    staffEmails: settings.staffEmails.join('\n'),
    departments,
    mayorTitle: settings.mayorTitle,
    mayorName: settings.mayorName,
    cityAddress: settings.cityAddress,
    caseNumberFormat: settings.caseNumberFormat,
    replyNumberFormat: settings.replyNumberFormat,
    timeZone: settings.timeZone || DESK_TIME_ZONE,
  };
}

/** The wizard's settings whose value differs from the current ones (only these are written). */
export function changedSettingKeys(current: Settings, input: WizardInput): WizardSettingKey[] {
  const wanted = wizardSettings(input);
  return WIZARD_SETTING_KEYS.filter(
    (key) => JSON.stringify(current[key]) !== JSON.stringify(wanted[key]),
  );
}

/**
 * 担当課 rows after the wizard's departments are merged in: a department already listed (by
 * name) keeps its row and its other columns, with the email and person updated; a new one is
 * appended; a department the wizard does not list is kept as it is. `changed` says whether any
 * cell differs from `rows` (a second run with the same answers writes nothing).
 */
export function mergeDepartmentRows(
  rows: unknown[][],
  departments: WizardDepartment[],
  width = 4,
  columns: DepartmentColumns = { name: 0, email: 1, person: 2 },
): { rows: unknown[][]; changed: boolean } {
  const merged: unknown[][] = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  let changed = false;
  for (const d of departments) {
    const at = merged.findIndex((r) => String(r[columns.name] ?? '').trim() === d.name);
    if (at < 0) {
      const row = Array<unknown>(width).fill('');
      row[columns.name] = d.name;
      row[columns.email] = d.email;
      row[columns.person] = d.person;
      merged.push(row);
      changed = true;
      continue;
    }
    const row = merged[at];
    if (String(row[columns.email] ?? '').trim() !== d.email) {
      row[columns.email] = d.email;
      changed = true;
    }
    if (d.person && String(row[columns.person] ?? '').trim() !== d.person) {
      row[columns.person] = d.person;
      changed = true;
    }
  }
  return { rows: merged, changed };
}

/** Where 担当課, メールアドレス and 担当者 sit in the sheet's rows (0-based; found by header). */
export interface DepartmentColumns {
  name: number;
  email: number;
  person: number;
}

/**
 * One register row as a typed record: every column by its key, as text. Dates read back from
 * the sheet (Date values, or text a person typed) become ISO dates 'YYYY-MM-DD' in Tokyo, so
 * rules and the sidebar never see a raw Date. Pure.
 */
import { IsoDate, isIsoDate, toTokyoDate } from '../calendar';
import { RegisterKey, REGISTER_COLUMNS } from '../register';
import { tokyoDateTimeText } from '../tokyoTime';

export type CaseRecord = Record<RegisterKey, string>;

/** Columns holding calendar dates (written by the add-on as Tokyo-midnight Date values). */
export const DATE_COLUMNS: readonly RegisterKey[] = [
  'statusChangedAt',
  'dueDate',
  'departmentDue',
  'lastDialogueAt',
  'pocEnd',
  'reportDue',
  'agreementDate',
  'agreementEnd',
];

export function isDateValue(value: unknown): value is Date {
  // Dates made in another realm (the Apps Script sandbox) fail instanceof; look at the tag.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell as an ISO date: a Date (Tokyo day), 'YYYY-MM-DD' or 'YYYY/M/D' text; else ''. */
export function isoDateOfCell(value: unknown): IsoDate | '' {
  if (isDateValue(value)) return isNaN(value.getTime()) ? '' : toTokyoDate(value);
  const text = String(value ?? '')
    .trim()
    .normalize('NFKC');
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (!m) return '';
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : '';
}

function cellText(key: RegisterKey, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (DATE_COLUMNS.includes(key)) return isoDateOfCell(value) || String(value);
  if (isDateValue(value)) return tokyoDateTimeText(value);
  return String(value);
}

/** The record of a row as getValues() returns it; columns beyond the row read are ''. */
export function caseRecordFromRow(values: readonly unknown[]): CaseRecord {
  const record = {} as CaseRecord;
  REGISTER_COLUMNS.forEach((key, i) => (record[key] = cellText(key, values[i])));
  return record;
}

/** 実施準備 checklist ids stored in one cell, comma-separated. */
export function checklistIdsOf(cell: string): string[] {
  return cell
    .split(/[,、，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

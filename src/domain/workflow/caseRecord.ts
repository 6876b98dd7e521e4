/**
 * One register row as a typed record: every column by its key, as text. Dates read back from
 * the sheet (Date values, or text a person typed) become ISO dates 'YYYY-MM-DD' in Tokyo, so
 * rules and the sidebar never see a raw Date; the status is read as its canonical label. Pure.
 */
import { IsoDate, isIsoDate, toTokyoDate } from '../calendar';
import { DATE_COLUMNS, RegisterKey, REGISTER_COLUMNS } from '../register';
import { tokyoDateTimeText } from '../tokyoTime';
import { ERAS } from '../wareki';
import { statusFromText } from './statuses';
import { pocChecklist } from './pocChecklist';

export type CaseRecord = Record<RegisterKey, string>;

export function isDateValue(value: unknown): value is Date {
  // Dates made in another realm (the Apps Script sandbox) fail instanceof; look at the tag.
  return Object.prototype.toString.call(value) === '[object Date]';
}

const WESTERN_DATE = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/;
const WAREKI_DATE = /^(\D{2})(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/;
const WEEKDAY_SUFFIX = /\([日月火水木金土]\)$/;

/**
 * A cell as an ISO date: a Date (Tokyo day), or text as staff type it when a cell is formatted
 * as text — '2026-05-01', '2026/5/1', '2026年5月1日', '令和8年5月1日' (full-width digits and a
 * weekday like '（金）' allowed, as the desk's letters print them); else ''.
 */
export function isoDateOfCell(value: unknown): IsoDate | '' {
  if (isDateValue(value)) return isNaN(value.getTime()) ? '' : toTokyoDate(value);
  const text = String(value ?? '')
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(WEEKDAY_SUFFIX, '');
  const western = WESTERN_DATE.exec(text);
  if (western) return isoOf(Number(western[1]), western[2], western[3]);
  const wareki = WAREKI_DATE.exec(text);
  const era = wareki ? ERAS.find((e) => e.name === wareki[1]) : undefined;
  if (!wareki || !era) return '';
  const year = Number(era.start.slice(0, 4)) + (wareki[2] === '元' ? 1 : Number(wareki[2])) - 1;
  return isoOf(year, wareki[3], wareki[4]);
}

function isoOf(year: number, month: string, day: string): IsoDate | '' {
  const iso = `${String(year).padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : '';
}

/** A date column of the record, when it holds a readable date; '' for empty or unreadable text. */
export function knownDate(value: string): IsoDate | '' {
  return isIsoDate(value) ? value : '';
}

function cellText(key: RegisterKey, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (DATE_COLUMNS.includes(key)) return isoDateOfCell(value) || String(value);
  if (key === 'status') return statusFromText(String(value));
  if (isDateValue(value)) return tokyoDateTimeText(value);
  return String(value);
}

/** The record of a row as getValues() returns it; columns beyond the row read are ''. */
export function caseRecordFromRow(values: readonly unknown[]): CaseRecord {
  const record = {} as CaseRecord;
  REGISTER_COLUMNS.forEach((key, i) => (record[key] = cellText(key, values[i])));
  return record;
}

/**
 * 実施準備 checklist items done, as ids, from the cell: one Japanese label per line (what the
 * register shows staff), or the comma-separated ids earlier versions wrote.
 */
export function checklistIdsOf(cell: string): string[] {
  const ids: string[] = [];
  for (const line of cell.split(/\n/).map((l) => l.trim())) {
    const byLabel = pocChecklist.find((item) => item.label === line);
    if (byLabel) ids.push(byLabel.id);
    else ids.push(...line.split(/[,、，\s]+/).filter((t) => t !== ''));
  }
  return [...new Set(ids)];
}

/** The cell text of checklist items done: their labels, one per line, in checklist order. */
export function checklistCellOf(ids: readonly string[]): string {
  return pocChecklist
    .filter((item) => ids.includes(item.id))
    .map((item) => item.label)
    .join('\n');
}

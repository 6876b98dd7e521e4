/**
 * Helpers for the reminders tests, demo and bench: register rows built from a few fields, cases
 * placed straight into the emulated register, and the hourly trigger driven through a day.
 */
import { REGISTER_COLUMNS, registerColumn, RegisterKey } from '../../src/domain/register';
import type { CaseRecord } from '../../src/domain/workflow/caseRecord';
import type { SweepCase } from '../../src/domain/deadlines/reminders';
import { fromTokyoDate } from '../../src/domain/calendar';
import type { Desk } from './desk';

export function record(fields: Partial<CaseRecord> = {}): CaseRecord {
  const r = Object.fromEntries(REGISTER_COLUMNS.map((k) => [k, ''])) as CaseRecord;
  return {
    ...r,
    caseNumber: 'R8-0001',
    title: '除雪状況の見える化',
    organisation: '株式会社あおもりテック',
    name: '青森 太郎',
    email: 'taro@aomori-tech.example.co.jp',
    track: 'パートナーシップ事業',
    ...fields,
  };
}

export function sweepCase(fields: Partial<CaseRecord> = {}, row = 2): SweepCase {
  return { row, record: record(fields) };
}

const DATE_KEYS: RegisterKey[] = [
  'statusChangedAt',
  'dueDate',
  'departmentDue',
  'lastDialogueAt',
  'pocEnd',
  'reportDue',
  'agreementDate',
  'agreementEnd',
];

/**
 * Writes cases into the register model directly (as a person or the workflow would have left
 * them): dates as Tokyo-midnight Date values, text as text. Returns the rows used.
 */
export function placeCases(desk: Desk, cases: Array<Partial<CaseRecord>>, firstRow = 2): number[] {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
  if (sheet.maxRows < firstRow + cases.length) sheet.maxRows = firstRow + cases.length;
  return cases.map((fields, i) => {
    const row = firstRow + i;
    const full = record(fields);
    for (const key of REGISTER_COLUMNS) {
      const value = full[key];
      const cell = sheet.cellForWrite(row, registerColumn(key));
      cell.value = DATE_KEYS.includes(key) && value ? fromTokyoDate(value) : value;
    }
    return row;
  });
}

/** Fills 担当課 (name, email) straight into the model, as a person typing would. */
export function placeDepartments(desk: Desk, departments: Array<[string, string]>): void {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('担当課')!;
  departments.forEach(([name, email], i) => {
    sheet.cellForWrite(i + 2, 1).value = name;
    sheet.cellForWrite(i + 2, 2).value = email;
  });
}

/**
 * One day of the hourly trigger as Apps Script would run it: a first run after midnight
 * (recovery of missed responses), then the run at the sweep hour. Returns the sweep's outcome.
 */
export function runTriggerDay(desk: Desk, isoDate: string, hour = 8) {
  desk.ws.clock.set(`${isoDate}T00:30:00+09:00`);
  const recovery = desk.host.runDueTimeTriggers();
  desk.ws.clock.set(`${isoDate}T${String(hour).padStart(2, '0')}:30:00+09:00`);
  const sweep = desk.host.runDueTimeTriggers();
  for (const o of [...recovery, ...sweep]) if (o.error) throw o.error;
  return { recovery, sweep };
}

/** Emails sent since `from` (an index into the outbox). */
export function mailSince(desk: Desk, from: number) {
  return desk.ws.mail.outbox.slice(from);
}

/**
 * A department's answer through the 庁内回答フォーム (issue 12), delivered by the same
 * form-submit trigger as proposals (src/index.ts dispatches by the form's questions).
 *
 * Exactly once (docs/features.md, "Department answers"), in 12 calls plus the mark after the mail:
 * under the document lock, the answer's key (its instant and answers, src/domain/responseKey.ts)
 * is its operation id. Effects in order — the register row (担当課回答, 担当課回答日時 = the
 * answer's instant, 担当課期限 cleared), the 対話記録 row, the 履歴 row, the desk's mail, then the
 * id is marked mailed in document properties. A delivery finding the id marked does nothing; one
 * finding the register already holding this answer completes what is missing (each log row
 * found by its 操作ID) and sends the mail — again once, if the execution died right after it.
 * A refused answer (unknown case, not waiting for an answer, wrong code, other domain) changes
 * no case: its response row is flagged in 処理状況 and the desk is told, once, the same way.
 */
import { SHEET } from '../strings';
import { DEPT_FORM, DEPT_MAILS, DEPT_NOTES, DEPT_Q } from '../strings/departmentAnswer';
import { answerFromNamed, DepartmentAnswer, judgeAnswer } from '../domain/departmentAnswer';
import { answersKey } from '../domain/responseKey';
import { asCellText } from '../domain/cellText';
import { columnLetter, REGISTER_COLUMNS } from '../domain/register';
import { caseRecordFromRow, CaseRecord, dateCell, rowWithChanges } from '../domain/workflow';
import { toTokyoDate } from '../domain/calendar';
import { tokyoDateTimeText } from '../domain/tokyoTime';
import type { Settings } from '../domain/settings';
import { parseJson, PROP, settingsFromSnapshot } from '../adapters/properties';
import { sendDeskMail } from '../adapters/mailer';
import { readSettingsSheet } from './settingsSync';
import { INTAKE_LOCK_WAIT_MS, timestampInstant } from './intake';
import { completePending } from './workflow/journal';
import { historyHasOp, historyRow } from './workflow/history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type SheetsEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;

/** The ids whose desk mail went, newest last: far more than redeliveries arrive within. */
const MAILED_KEPT = 200;
/** The 対話記録 操作ID column (after its six columns), as the journal writes it. */
const DIALOGUE_OP_COLUMN = 7;
const COLLECTED_EMAIL_TITLES = ['メールアドレス', 'Email Address'];

/** Whether a form-submit event is an answer of the department form (no service call). */
export function isDepartmentAnswerEvent(e: unknown): boolean {
  const named = (e as SheetsEvent | undefined)?.namedValues;
  return !!named && DEPT_Q.code in named && DEPT_Q.caseNumber in named;
}

interface Arrived {
  answer: DepartmentAnswer;
  instant: Date;
  opId: string;
}

function arrivedOf(e: SheetsEvent): Arrived {
  const named = e.namedValues as Record<string, string[]>;
  const stampText = String((e.values && e.values[0]) || '');
  // The spreadsheet works in the desk's zone (setup), so the timestamp text reads as Japan time.
  const instant = timestampInstant(stampText, new Date());
  return {
    answer: answerFromNamed(named, DEPT_Q, COLLECTED_EMAIL_TITLES),
    instant,
    opId: `D${answersKey(instant, named)}`,
  };
}

/** Records one department answer, or flags and reports it; see the file comment. */
export function receiveDepartmentAnswer(e: SheetsEvent): void {
  const arrived = arrivedOf(e);
  const lock = LockService.getDocumentLock();
  // Held to the end of the execution (Apps Script releases it then): no call spent on release.
  lock.waitLock(INTAKE_LOCK_WAIT_MS);
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const mailed = parseJson<string[]>(all[PROP.departmentMailed]) ?? [];
  if (mailed.includes(arrived.opId)) return; // delivered again: everything was done
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = settingsFromSnapshot(all) ?? readSettingsSheet(ss);
  const desk = { ss, settings, props, all, actor: actorOf(arrived.answer) };
  // A case action a kill left half done is finished first (no call when there is none), so
  // it can never rewrite the case after this answer.
  completePending(desk);
  const found = findCase(ss, arrived.answer);
  // The spreadsheet's URL as setup recorded it (asking the spreadsheet would cost a call).
  const url = all[PROP.spreadsheetUrl] ?? '';
  const ctx: Ctx = { ss, props, settings, mailed, arrived, url };
  if (found && alreadyApplied(found.record, arrived)) {
    complete(ctx, found.record);
    return;
  }
  const judgement = judgeAnswer(
    found ? found.record : null,
    arrived.answer,
    all[PROP.departmentSecret] ?? '',
    settings.cityDomain,
    arrived.answer.respondent !== '',
  );
  if (!judgement.ok) {
    refuse(ctx, e, judgement.reason);
    return;
  }
  if (!found) return;
  const changes = {
    departmentAnswer: asCellText(judgement.text),
    departmentAnsweredAt: arrived.instant,
    departmentDue: '' as const,
  };
  found.range.setValues([rowWithChanges(found.values, changes)]);
  apply(ctx, found.record, judgement.text, judgement.note, false);
}

interface Ctx {
  ss: Spreadsheet;
  props: GoogleAppsScript.Properties.Properties;
  settings: Settings;
  mailed: string[];
  arrived: Arrived;
  url: string;
}

function actorOf(a: DepartmentAnswer): string {
  return a.respondent || a.answerer || DEPT_Q.answerer;
}

interface FoundCase {
  record: CaseRecord;
  range: Range;
  values: unknown[];
}

/**
 * The case's register row: the row the hand-off was made from (the link's 照会番号), read in one
 * range (2 calls); if rows moved since, the case number is looked up in column A.
 */
function findCase(ss: Spreadsheet, a: DepartmentAnswer): FoundCase | null {
  if (!a.caseNumber) return null;
  const read = (row: number): FoundCase | null => {
    const last = columnLetter(REGISTER_COLUMNS.length);
    const range = ss.getRange(`'${SHEET.register}'!A${row}:${last}${row}`);
    const values = range.getValues()[0];
    const record = caseRecordFromRow(values);
    return record.caseNumber.replace(/^'/, '') === a.caseNumber ? { record, range, values } : null;
  };
  const hinted = a.rowHint ? read(a.rowHint) : null;
  if (hinted) return hinted;
  const register = ss.getSheetByName(SHEET.register);
  if (!register) return null;
  const column = register.getRange(1, 1, Math.max(register.getMaxRows(), 1), 1);
  const cell = column.createTextFinder(a.caseNumber).matchEntireCell(true).findNext();
  return cell && cell.getRow() >= 2 ? read(cell.getRow()) : null;
}

/** The register already holds this answer (written by an attempt that then stopped). */
function alreadyApplied(record: CaseRecord, arrived: Arrived): boolean {
  return (
    record.departmentAnsweredAt === tokyoDateTimeText(arrived.instant) &&
    record.departmentAnswer.startsWith(arrived.answer.answer)
  );
}

/** Completes an answer whose register write was made: the missing log rows, then the mail. */
function complete(ctx: Ctx, record: CaseRecord): void {
  const department = record.department.trim();
  const note = DEPT_NOTES.history(department, ctx.arrived.answer.answer);
  apply(ctx, record, record.departmentAnswer, note, true);
}

function apply(ctx: Ctx, record: CaseRecord, text: string, note: string, checking: boolean): void {
  const { ss, arrived } = ctx;
  const a = arrived.answer;
  const department = record.department.trim();
  const dialogues = ss.getSheetByName(SHEET.dialogues);
  if (dialogues && !(checking && hasOpId(dialogues, DIALOGUE_OP_COLUMN, arrived.opId))) {
    dialogues.appendRow([
      dateCell(toTokyoDate(arrived.instant)),
      asCellText(record.caseNumber),
      asCellText(DEPT_NOTES.dialogueParties(department, a.answerer)),
      asCellText(text),
      asCellText(actorOf(a)),
      arrived.instant,
      asCellText(arrived.opId),
    ]);
  }
  if (!(checking && historyHasOp(ss, arrived.opId))) {
    const history = ss.getSheetByName(SHEET.history);
    if (history) {
      history.appendRow(
        historyRow({
          at: arrived.instant,
          actor: actorOf(a),
          caseNumber: record.caseNumber,
          from: record.status,
          to: record.status,
          comment: `${note}${a.comment ? `／${a.comment}` : ''}`,
          opId: arrived.opId,
        }),
      );
    }
  }
  tellDesk(
    ctx,
    DEPT_MAILS.answeredSubject(record.caseNumber, department, a.answer),
    DEPT_MAILS.answeredBody({
      caseNumber: record.caseNumber,
      title: record.title,
      department,
      answer: a.answer,
      comment: a.comment,
      answerer: a.answerer,
      respondent: a.respondent,
      at: tokyoDateTimeText(arrived.instant),
      url: ctx.url,
    }),
  );
}

/** A refused answer: its response row is flagged (処理状況), then the desk is told once. */
function refuse(ctx: Ctx, e: SheetsEvent, reason: string): void {
  const { arrived } = ctx;
  const a = arrived.answer;
  let sheetName = '';
  let row = 0;
  if (e.range) {
    const sheet = e.range.getSheet();
    sheetName = sheet.getName();
    row = e.range.getRow();
    sheet.getRange(row, flagColumn(sheet)).setValue(asCellText(DEPT_NOTES.flagged(reason)));
  }
  tellDesk(
    ctx,
    DEPT_MAILS.refusedSubject(a.caseNumber),
    DEPT_MAILS.refusedBody({
      reason,
      caseNumber: a.caseNumber,
      answer: a.answer,
      answerer: a.answerer,
      respondent: a.respondent,
      at: tokyoDateTimeText(arrived.instant),
      sheet: sheetName,
      row,
      url: ctx.url,
    }),
  );
}

/** The 処理状況 column setup added after the form's columns (added here if missing). */
function flagColumn(sheet: Sheet): number {
  const last = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, last).getValues()[0];
  const at = header.findIndex((h) => String(h) === DEPT_FORM.flagHeader);
  if (at >= 0) return at + 1;
  sheet.getRange(1, last + 1).setValue(DEPT_FORM.flagHeader);
  return last + 1;
}

/**
 * The desk's mail, then the id marked mailed (1 call). A mail the service refused is not marked:
 * the execution fails (the trigger status and its log show it) and the next delivery of the
 * event completes the answer from where it stands, sending the mail then.
 */
function tellDesk(ctx: Ctx, subject: string, body: string): void {
  const to = ctx.settings.staffEmails.join(',');
  if (to && !sendDeskMail(ctx.settings, to, subject, body)) {
    throw new Error(DEPT_MAILS.notSent(subject));
  }
  const mailed = [...ctx.mailed, ctx.arrived.opId].slice(-MAILED_KEPT);
  ctx.props.setProperty(PROP.departmentMailed, JSON.stringify(mailed));
}

function hasOpId(sheet: Sheet, column: number, id: string): boolean {
  const range = sheet.getRange(1, column, Math.max(sheet.getMaxRows(), 1), 1);
  return range.createTextFinder(id).matchEntireCell(true).findNext() !== null;
}

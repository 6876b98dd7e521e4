/**
 * A department's answer through the 庁内回答フォーム (issue 12), delivered by the same
 * form-submit trigger as proposals (src/index.ts dispatches by the form's questions).
 *
 * Exactly once (docs/features.md, "Department answers"), in 12 calls besides the mail: under the
 * document lock, the answer's key (its instant and answers, src/domain/responseKey.ts) is its
 * operation id. Effects in order — the register row (担当課回答, 担当課回答日時 = the answer's
 * instant, 担当課期限 cleared), the 対話記録 row, the desk's mail, then the 履歴 row, which is
 * also the mark that the mail went (so no property is written after the send). A delivery
 * finding the register holding this answer looks for the 履歴 row by its 操作ID: found, all was
 * done; missing, it adds the 対話記録 row if missing, sends the mail — again once, if the
 * execution died right after it — and writes the 履歴 row. The hourly trigger's daily recovery
 * (recoverDepartmentAnswers) does the same for the answers of the last days a delivery never
 * finished. A refused answer (unknown case, not waiting for an answer, wrong code, other domain)
 * changes no case: its response row is flagged in 処理状況, the desk is told, then the id is
 * marked in document properties (the refusal mail's mark).
 */
import { DEPT_FORM, DEPT_MAILS, DEPT_NOTES, DEPT_Q } from '../strings/departmentAnswer';
import { answerFromNamed, DepartmentAnswer, judgeAnswer } from '../domain/departmentAnswer';
import { answersKey } from '../domain/responseKey';
import { asCellText } from '../domain/cellText';
import { CaseRecord, dateCell } from '../domain/workflow';
import { toTokyoDate } from '../domain/calendar';
import { tokyoDateTimeText } from '../domain/tokyoTime';
import type { Settings } from '../domain/settings';
import { documentProperties, PROP } from '../adapters/properties';
import { takeDeskLock } from '../store/deskLock';
import { idListOf, rememberId } from '../store/intents';
import { sendDeskMail } from '../adapters/mailer';
import { deskSettings } from '../store/settings';
import { timestampInstant } from './intake';
import { completePending } from '../store/journal';
import { appendHistoryRows, historyHasOp, historyOpIds } from '../store/history';
import {
  appendAnswerDialogue,
  findAnsweredCase,
  writeAnsweredCase,
} from '../store/departmentAnswerCase';
import { flagResponseRow, readDepartmentResponses } from '../store/departmentAnswerResponses';
import { activeSpreadsheet } from '../adapters/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SheetsEvent = GoogleAppsScript.Events.SheetsOnFormSubmit;

/** Refused answers whose refusal was told, newest last: more than redeliveries arrive within. */
const MAILED_KEPT = 200;
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
  // Held to the end of the execution (Apps Script releases it then): no call spent on release.
  takeDeskLock('intake');
  const props = documentProperties();
  const all = props.getProperties();
  handle(e, arrived, activeSpreadsheet, props, all);
}

/** What one answer came to: recorded now, found done before, or refused. */
type Outcome = 'recorded' | 'done' | 'refused';

function handle(
  e: SheetsEvent,
  arrived: Arrived,
  spreadsheet: () => Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string>,
): Outcome {
  const mailed = idListOf(all[PROP.departmentMailed]);
  if (mailed.includes(arrived.opId)) return 'refused'; // its refusal was told: nothing left
  const ss = spreadsheet();
  const settings = deskSettings(all, ss);
  const desk = { ss, settings, props, all, actor: actorOf(arrived.answer) };
  // A case action a kill left half done is finished first (no call when there is none), so
  // it can never rewrite the case after this answer.
  completePending(desk);
  const a = arrived.answer;
  const found = a.caseNumber ? findAnsweredCase(ss, a.caseNumber, a.rowHint) : null;
  // The spreadsheet's URL as setup recorded it (asking the spreadsheet would cost a call).
  const url = all[PROP.spreadsheetUrl] ?? '';
  const ctx: Ctx = { ss, props, settings, mailed, arrived, url };
  if (found && alreadyApplied(found.record, arrived)) return complete(ctx, found.record);
  const judgement = judgeAnswer(
    found ? found.record : null,
    arrived.answer,
    all[PROP.departmentSecret] ?? '',
    settings.cityDomain,
    arrived.answer.respondent !== '',
  );
  if (!judgement.ok) {
    refuse(ctx, e, judgement.reason);
    return 'refused';
  }
  if (!found) return 'refused';
  const changes = {
    departmentAnswer: asCellText(judgement.text),
    departmentAnsweredAt: arrived.instant,
    departmentDue: '' as const,
  };
  // The changed fields at their columns; staff columns written back as read.
  writeAnsweredCase(found, changes);
  apply(ctx, found.record, judgement.text, judgement.note, false);
  return 'recorded';
}

/** How far back the daily recovery looks at the department form's answers. */
const RECOVERY_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The hourly trigger's daily recovery, under the document lock its caller holds: every answer of
 * the last RECOVERY_DAYS days on the department form's response sheet whose refusal was not told
 * and whose 履歴 row is missing is handled as its delivery would have been (completed from where
 * it stands, or recorded when the trigger never ran). Returns the lines for トリガーの状態.
 */
export function recoverDepartmentAnswers(
  ss: Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string>,
  now = new Date(),
): string[] {
  const sheetId = Number(all[PROP.departmentResponseSheetId]);
  if (!all[PROP.departmentResponseSheetId] || !Number.isFinite(sheetId)) return [];
  const responses = readDepartmentResponses(ss, sheetId);
  if (!responses) return [];
  const { table } = responses;
  const headers = table[0].map((h) => String(h).trim());
  const flagAt = headers.indexOf(DEPT_FORM.flagHeader);
  const mailed = idListOf(all[PROP.departmentMailed]);
  let recorded: Set<string> | null = null; // 履歴's 操作IDs, read once when first needed
  let recovered = 0;
  for (let i = 1; i < table.length; i++) {
    const values = table[i].map((v, c) => (c === flagAt ? '' : String(v)));
    const named: Record<string, string[]> = {};
    headers.forEach((h, c) => {
      if (h !== '' && c !== flagAt) (named[h] ??= []).push(values[c]);
    });
    if (!(DEPT_Q.code in named) || !values[0]) continue;
    const event = { namedValues: named, values } as unknown as SheetsEvent;
    const arrived = arrivedOf(event);
    if (now.getTime() - arrived.instant.getTime() > RECOVERY_DAYS * DAY_MS) continue;
    if (mailed.includes(arrived.opId)) continue;
    recorded ??= historyOpIds(ss);
    if (recorded.has(arrived.opId)) continue;
    event.range = responses.rowRange(i + 1);
    if (handle(event, arrived, () => ss, props, props.getProperties()) !== 'done') recovered++;
  }
  return recovered ? [DEPT_NOTES.recovered(recovered)] : [];
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

/** The register already holds this answer (written by an attempt that then stopped). */
function alreadyApplied(record: CaseRecord, arrived: Arrived): boolean {
  return (
    record.departmentAnsweredAt === tokyoDateTimeText(arrived.instant) &&
    record.departmentAnswer.startsWith(arrived.answer.answer)
  );
}

/**
 * An answer the register already holds: done when its 履歴 row (the last write) is there; else the
 * missing 対話記録 row, the mail and the 履歴 row.
 */
function complete(ctx: Ctx, record: CaseRecord): Outcome {
  if (historyHasOp(ctx.ss, ctx.arrived.opId)) return 'done';
  const department = record.department.trim();
  const note = DEPT_NOTES.history(department, ctx.arrived.answer.answer);
  apply(ctx, record, record.departmentAnswer, note, true);
  return 'recorded';
}

function apply(ctx: Ctx, record: CaseRecord, text: string, note: string, checking: boolean): void {
  const { ss, arrived } = ctx;
  const a = arrived.answer;
  const department = record.department.trim();
  const dialogue = [
    dateCell(toTokyoDate(arrived.instant)),
    asCellText(record.caseNumber),
    asCellText(DEPT_NOTES.dialogueParties(department, a.answerer)),
    asCellText(text),
    asCellText(actorOf(a)),
    arrived.instant,
    asCellText(arrived.opId),
  ];
  appendAnswerDialogue(ss, dialogue, arrived.opId, checking);
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
  // Last, after the mail: this row is what tells a later delivery that the mail went.
  const event = {
    at: arrived.instant,
    actor: actorOf(a),
    caseNumber: record.caseNumber,
    from: record.status,
    to: record.status,
    comment: `${note}${a.comment ? `／${a.comment}` : ''}`,
    opId: arrived.opId,
  };
  appendHistoryRows(ss, event.actor, [event], false);
}

/** A refused answer: its response row is flagged (処理状況), the desk told, the id marked. */
function refuse(ctx: Ctx, e: SheetsEvent, reason: string): void {
  const { arrived } = ctx;
  const a = arrived.answer;
  let sheetName = '';
  let row = 0;
  if (e.range) {
    ({ sheetName, row } = flagResponseRow(e.range, asCellText(DEPT_NOTES.flagged(reason))));
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
  markRefusalTold(ctx);
}

/**
 * The desk's mail. One the service refused throws: the execution fails (the trigger status and
 * its log show it) and the next delivery, or the daily recovery, completes the answer from where
 * it stands, sending the mail then.
 */
function tellDesk(ctx: Ctx, subject: string, body: string): void {
  const to = ctx.settings.staffEmails.join(',');
  if (to && !sendDeskMail(ctx.settings, to, subject, body)) {
    throw new Error(DEPT_MAILS.notSent(subject));
  }
}

/** A refusal's mark after its mail (1 call): a later delivery of the answer does nothing. */
function markRefusalTold(ctx: Ctx): void {
  rememberId(ctx.props, PROP.departmentMailed, ctx.mailed, ctx.arrived.opId, MAILED_KEPT);
}

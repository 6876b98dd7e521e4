/**
 * The demo's one story (issue 15): Aomori City's desk over fiscal year 2026, on one emulated
 * desk, April 2026 to March 2027, day by day. Setup goes through the wizard's handlers; proposals
 * through the form (one missed by its trigger, recovered by the next hourly run); every case moves
 * only through the add-on's entry points — sidebar handlers (google.script.run), typed edits
 * (onEdit), menus and triggers — never by writing cells. Departments answer through the
 * 庁内回答フォーム link of their hand-off mail. The hourly trigger runs every day, so the daily sweep
 * runs every business day, Golden Week and the year end included. What happens comes from
 * scripts/demo-cases.ts; this file plays it and returns what the demo writes to out/.
 */
import type { SentMail } from 'gas-emulator/services/mail';
import { answersFromPrefilledUrl } from 'gas-emulator/services/form/store';
import { Workspace } from 'gas-emulator/workspace';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../esbuild.config';
import type {
  CaseRef,
  GeneratedDocument,
  ServerResult,
  WizardSaved,
  WizardView,
} from '../src/app/sidebarContract';
import type { WizardInput } from '../src/domain/wizard';
import { addCalendarDays, isBusinessDay, nextBusinessDayOnOrAfter } from '../src/domain/calendar';
import { registerColumn } from '../src/domain/register';
import { pocChecklist } from '../src/domain/workflow/pocChecklist';
import { DEPT_Q } from '../src/strings/departmentAnswer';
import { MENU, Q, SHEET } from '../src/strings';
import type { Desk } from '../test/support/desk';
import { Action, CASES, CHALLENGES, DEPARTMENTS, StoryCase } from './demo-cases';

export const STAFF = 'renkei@city.aomori.example.lg.jp';
export const FIRST_DAY = '2026-04-01';
export const LAST_DAY = '2027-03-31';
/** The demo's own extra closure day (設定 › 休庁日（追加）), to show it is honoured. */
export const EXTRA_CLOSURE = '2026-12-28';

export interface Story {
  desk: Desk;
  /** The story, one line per event, in the order it happened. */
  lines: string[];
  /** The digests the daily sweep sent, by day. */
  digests: Array<{ day: string; mails: SentMail[] }>;
  /** Weekdays the city was closed (holidays, the year end, the extra closure): no digest. */
  closedWeekdays: string[];
  /** Indices (into the outbox) of mails the sweep sent. */
  digestIndices: Set<number>;
  /** Every document generated, in order. */
  documents: GeneratedDocument[];
}

type Progress = (line: string) => void;

export function runStory(progress: Progress = () => undefined): Story {
  const desk = setUp();
  const lines: string[] = [];
  const digests: Story['digests'] = [];
  const digestIndices = new Set<number>();
  const closedWeekdays: string[] = [];
  const documents: GeneratedDocument[] = [];
  const story = new Player(desk, lines, documents);
  lines.push(
    `${FIRST_DAY} 初期設定（ウィザード）: 設定・担当課 ${DEPARTMENTS.length} 課・フォーム・トリガー`,
  );
  story.prepare();

  const events = schedule();
  for (let day = FIRST_DAY; day <= LAST_DAY; day = addCalendarDays(day, 1)) {
    if (day.endsWith('-01')) progress(`${day.slice(0, 7)}…`);
    if (day !== FIRST_DAY) {
      const before = desk.ws.mail.outbox.length;
      const { recoveryMails } = runTriggerDay(desk, day);
      const sent = desk.ws.mail.outbox.slice(before + recoveryMails);
      sent.forEach((_, i) => digestIndices.add(before + recoveryMails + i));
      if (recoveryMails) story.noteRecovery(day);
      if (sent.length) {
        digests.push({ day, mails: sent });
        lines.push(`${day} 毎日の期限確認: 通知 ${sent.length} 通（${recipients(sent)}）`);
      } else if (!isBusinessDay(day, [EXTRA_CLOSURE]) && isWeekdayClosure(day)) {
        closedWeekdays.push(day);
        lines.push(`${day} 休庁日: 期限確認の通知なし`);
      }
    }
    desk.ws.clock.set(`${day}T10:00:00+09:00`);
    for (const event of events.get(day) ?? []) story.play(day, event);
  }
  return { desk, lines, digests, closedWeekdays, digestIndices, documents };
}

function isWeekdayClosure(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Who got each digest: the desk, a department by name, or the applicant's address. */
function recipients(mails: SentMail[]): string {
  const name = (to: string) =>
    to === STAFF ? 'デスク' : (DEPARTMENTS.find((d) => d.email === to)?.name ?? to);
  return mails.map((m) => name(m.to)).join('、');
}

type Event =
  { kind: 'arrive'; story: StoryCase } | { kind: 'act'; story: StoryCase; action: Action };

/** Every event by day; a day the city is closed moves to the next business day. */
function schedule(): Map<string, Event[]> {
  const events = new Map<string, Event[]>();
  const at = (day: string, event: Event) => {
    // Applicants submit on any day; staff act on business days only.
    const d = event.kind === 'arrive' ? day : nextBusinessDayOnOrAfter(day, [EXTRA_CLOSURE]);
    events.set(d, [...(events.get(d) ?? []), event]);
  };
  for (const c of CASES) {
    at(c.on, { kind: 'arrive', story: c });
    for (const [day, actions] of c.timeline) {
      for (const action of actions) at(day, { kind: 'act', story: c, action });
    }
  }
  return events;
}

/**
 * One day of the hourly trigger as Apps Script runs it: the run after midnight (which recovers
 * responses whose form-submit trigger never ran), then the run at the sweep hour.
 */
function runTriggerDay(desk: Desk, day: string): { recoveryMails: number } {
  const before = desk.ws.mail.outbox.length;
  desk.ws.clock.set(`${day}T00:30:00+09:00`);
  const recovery = desk.host.runDueTimeTriggers();
  const recoveryMails = desk.ws.mail.outbox.length - before;
  desk.ws.clock.set(`${day}T08:30:00+09:00`);
  const sweep = desk.host.runDueTimeTriggers();
  for (const o of [...recovery, ...sweep]) if (o.error) throw o.error;
  return { recoveryMails };
}

/** A blank spreadsheet, the add-on installed, then the wizard's page: load, save, each step. */
function setUp(): Desk {
  const ws = new Workspace({ now: `${FIRST_DAY}T09:00:00+09:00`, user: STAFF });
  ws.ui.addonName = '公民連携デスク';
  const spreadsheet = ws.spreadsheets.create('青森市公民連携デスク 案件管理', STAFF);
  const host = new AddonHost(ws, OUT_DIR);
  const installed = host.install(spreadsheet.id, STAFF);
  if (installed.error) throw installed.error;
  const desk: Desk = { ws, host, spreadsheetId: spreadsheet.id, formId: '' };
  const run = <T>(name: string, arg: unknown): T => {
    const r = host.scriptRun<ServerResult<T>>(spreadsheet.id, name, [arg], STAFF);
    if (!r.ok) throw new Error(`${name}: ${r.message}`);
    return r.value;
  };
  const view = run<WizardView>('wizardLoad', {});
  const input: WizardInput = {
    ...view.input,
    cityName: '青森市',
    deskName: '青森市公民連携デスク',
    department: '青森市 企画部 企画調整課',
    address: '青森県青森市中央一丁目22番5号',
    phone: '017-734-0000',
    deskEmail: STAFF,
    staffEmails: STAFF,
    mayorTitle: '青森市長',
    mayorName: '西 秀記',
    cityAddress: '青森県青森市中央一丁目22番5号',
    replyNumberFormat: '青企第{連番}号',
    departments: DEPARTMENTS,
  };
  const saved = run<WizardSaved>('wizardSave', input);
  if (!saved.ok) throw new Error(`wizard: ${saved.problems.map((p) => p.message).join(', ')}`);
  for (const step of run<WizardView>('wizardLoad', {}).steps) {
    for (let round = 0; round < 20; round++) {
      if (run<{ done: boolean }>('wizardRunStep', { step: step.id }).done) break;
    }
  }
  run('wizardSummary', {});
  desk.formId = ws.spreadsheets.get(spreadsheet.id)!.formId ?? '';
  if (!desk.formId) throw new Error('the wizard did not link a form');
  return desk;
}

/** Plays the cases' events through the add-on's entry points and logs each in Japanese. */
class Player {
  private readonly refs = new Map<string, CaseRef>();

  constructor(
    private readonly desk: Desk,
    private readonly lines: string[],
    private readonly documents: GeneratedDocument[],
  ) {}

  /** April 1st: 課題一覧 typed in, published to the form; an extra closure day in 設定. */
  prepare(): void {
    CHALLENGES.forEach((row, r) =>
      row.forEach((value, c) => this.type(SHEET.challenges, r + 2, c + 1, value)),
    );
    this.menu(MENU.refreshChallenges);
    this.typeSetting('休庁日（追加）', EXTRA_CLOSURE);
    this.lines.push(
      `${FIRST_DAY} 課題一覧 ${CHALLENGES.length} 件をフォームに反映、${EXTRA_CLOSURE} を休庁日（追加）に設定`,
    );
  }

  noteRecovery(day: string): void {
    this.lines.push(`${day} 毎時トリガー: 未登録だった回答を登録し、受付メールを送信`);
  }

  play(day: string, event: Event): void {
    this.desk.ws.clock.advanceMinutes(7);
    if (event.kind === 'arrive') return this.arrive(day, event.story);
    const ref = this.ref(event.story);
    const log = (what: string): void => {
      this.lines.push(`${day} ${ref.caseNumber} ${what}`);
    };
    const a = event.action;
    switch (a.do) {
      case 'move': {
        const r = this.call('sidebarMoveCase', {
          ...ref,
          expectedStatus: this.status(ref),
          to: a.to,
          comment: a.comment ?? '',
          ...(a.letterReason ? { letterReason: a.letterReason } : {}),
        });
        return log(
          `「${a.to}」へ: ${r.ok ? `→ ${this.status(ref)}` : `拒否「${oneLine(r.message)}」`}`,
        );
      }
      case 'assign': {
        const r = this.call('sidebarAssignDepartment', {
          ...ref,
          department: a.department,
          request: a.request,
          dueDate: '',
        });
        return log(`担当課「${a.department}」へ庁内調整を依頼: ${outcome(r)}`);
      }
      case 'departmentAnswer':
        return log(this.departmentAnswer(ref, a));
      case 'dialogue':
        return log(
          `対話記録: ${outcome(this.call('sidebarAddDialogue', { ...ref, date: day, parties: a.parties, summary: a.summary }))}`,
        );
      case 'goals':
        return log(
          `目標・役割分担: ${outcome(this.call('sidebarSaveGoals', { ...ref, goal: a.goal, roleSplit: a.roleSplit }))}`,
        );
      case 'receipt': {
        const r = this.call('sidebarRecordReceipt', {
          ...ref,
          document: a.document,
          receivedOn: day,
          fileUrl: a.fileUrl ?? '',
        });
        return log(`${a.document === 'proposal' ? '提案書' : '報告書'}の受領を記録: ${outcome(r)}`);
      }
      case 'agreement': {
        const { representative, partnershipItems, agreementDate, agreementEnd } = a;
        const r = this.call('sidebarSaveAgreement', {
          ...ref,
          representative,
          partnershipItems,
          agreementDate,
          agreementEnd,
        });
        return log(
          `協定の内容を入力（代表者: ${representative || '未入力'}、締結 ${agreementDate}）: ${outcome(r)}`,
        );
      }
      case 'checklist': {
        const label = pocChecklist.find((i) => i.id === a.itemId)?.label ?? a.itemId;
        const r = this.call('sidebarSetChecklistItem', { ...ref, itemId: a.itemId, done: true });
        return log(`実施準備チェック「${label}」: ${outcome(r)}`);
      }
      case 'generate': {
        const r = this.call<GeneratedDocument>('sidebarGenerateDocument', {
          ...ref,
          kind: a.kind,
          confirmed: false,
        });
        if (r.ok) this.documents.push(r.value);
        const number = a.kind.startsWith('reply') ? String(this.cell(ref, 'replyNumber')) : '';
        return log(
          `文書作成: ${r.ok ? r.value.name : `拒否「${oneLine(r.message)}」`}${number ? `（文書番号 ${number}）` : ''}`,
        );
      }
      case 'sendLetter': {
        const r = this.call<{ sentTo: string }>('sidebarSendReplyLetter', { ...ref, kind: a.kind });
        return log(
          `回答書をメールで送付: ${r.ok ? r.value.sentTo : `拒否「${oneLine(r.message)}」`}`,
        );
      }
      case 'publish': {
        const r = this.call('sidebarSavePublication', {
          ...ref,
          decision: '公開',
          summary: a.summary,
          publishedOn: day,
        });
        return log(`公開可否を「公開」に: ${outcome(r)}`);
      }
      case 'typeCell': {
        this.type(SHEET.register, ref.row, registerColumn(a.key), a.value);
        return log(`台帳に直接入力: ${a.note}${a.value ? `（${a.value}）` : ''}`);
      }
      case 'typeStatus': {
        this.type(SHEET.register, ref.row, registerColumn('status'), a.value);
        const toast = this.desk.ws.ui.toasts.at(-1);
        return log(
          `台帳の状態を「${a.value}」と直接入力: ${oneLine(toast?.message ?? '')} → ${this.status(ref)}`,
        );
      }
    }
  }

  private arrive(day: string, c: StoryCase): void {
    const { desk } = this;
    const title = String(c.answers[Q.title] ?? c.answers.title);
    if (c.via === 'preConsultation') {
      const r = this.call<CaseRef>('dialogRegisterPreConsultation', c.answers);
      if (!r.ok) throw new Error(r.message);
      this.refs.set(c.key, r.value);
      this.lines.push(
        `${day} ${r.value.caseNumber} 事前相談を登録「${title}」（${c.answers.organisation}）`,
      );
      return;
    }
    // Applicants submit in the afternoon (the missed one late at night); the clock only moves on.
    const at = Date.parse(`${day}T${c.via === 'missed' ? '22:10' : '13:05'}:00+09:00`);
    if (at > desk.ws.clock.now()) desk.ws.clock.set(new Date(at).toISOString());
    if (c.via === 'missed') {
      // An outage: the response is stored by Forms but its form-submit trigger never runs.
      desk.ws.forms.recordResponse(desk.formId, c.answers);
      this.lines.push(`${day} フォーム回答「${title}」— 送信時にトリガーが動かず未登録`);
      return;
    }
    const outcomes = desk.host.submitForm(desk.formId, c.answers, {
      skipValidation: c.skipValidation === true,
    });
    for (const o of outcomes) if (o.error) throw o.error;
    const ref = this.ref(c);
    const flag = this.cell(ref, 'review') ? '［要確認］' : '';
    this.lines.push(
      `${day} ${ref.caseNumber} 提案受付「${title}」（${c.answers[Q.organisation]}）→ ${this.status(ref)}${flag}`,
    );
  }

  private departmentAnswer(ref: CaseRef, a: Extract<Action, { do: 'departmentAnswer' }>): string {
    const handOffs = this.desk.ws.mail.outbox.filter(
      (m) =>
        m.body.includes(ref.caseNumber) &&
        /https:\/\/docs\.google\.com\/forms\/d\/e\//.test(m.body),
    );
    const mail = handOffs.at(-1);
    if (!mail) return '担当課回答: 依頼メールが見つからない';
    const url = /https:\/\/docs\.google\.com\/forms\/d\/e\/\S+/.exec(mail.body)![0];
    const prefilled = answersFromPrefilledUrl(this.desk.ws, url);
    const outcomes = this.desk.host.submitForm(
      prefilled.formId,
      {
        ...prefilled.answers,
        [DEPT_Q.answer]: a.answer,
        [DEPT_Q.comment]: a.comment,
        [DEPT_Q.answerer]: a.answerer,
      },
      { respondentEmail: mail.to },
    );
    for (const o of outcomes) if (o.error) throw o.error;
    return `担当課が庁内回答フォームで回答「${a.answer}」（${a.answerer}）→ 台帳: ${String(this.cell(ref, 'departmentAnswer') || '（未記録）')}`;
  }

  private ref(c: StoryCase): CaseRef {
    const known = this.refs.get(c.key);
    if (known) return known;
    const title = String(c.answers[Q.title]);
    const sheet = this.sheet(SHEET.register);
    for (let row = 2; row <= sheet.lastRow(); row++) {
      if (sheet.cell(row, registerColumn('title'))?.value === title) {
        const ref = {
          row,
          caseNumber: String(sheet.cell(row, registerColumn('caseNumber'))?.value),
        };
        this.refs.set(c.key, ref);
        return ref;
      }
    }
    throw new Error(`demo: no case titled ${title}`);
  }

  private sheet(name: string) {
    return this.desk.ws.spreadsheets.get(this.desk.spreadsheetId)!.sheetByName(name)!;
  }

  private cell(ref: CaseRef, key: Parameters<typeof registerColumn>[0]): unknown {
    return this.sheet(SHEET.register).cell(ref.row, registerColumn(key))?.value ?? '';
  }

  private status(ref: CaseRef): string {
    return String(this.cell(ref, 'status'));
  }

  private call<T = unknown>(name: string, arg: unknown): ServerResult<T> {
    return this.desk.host.scriptRun<ServerResult<T>>(this.desk.spreadsheetId, name, [arg], STAFF);
  }

  /** A person typing into a cell: the edit goes through onEdit, as in the spreadsheet. */
  private type(sheet: string, row: number, column: number, value: string): void {
    this.desk.host.editCell(this.desk.spreadsheetId, sheet, row, column, value, STAFF);
  }

  private typeSetting(label: string, value: string): void {
    const sheet = this.sheet(SHEET.settings);
    for (let row = 2; row <= sheet.lastRow(); row++) {
      if (sheet.cell(row, 1)?.value === label) return this.type(SHEET.settings, row, 2, value);
    }
    throw new Error(`demo: no setting ${label}`);
  }

  private menu(caption: string): void {
    const o = this.desk.host.clickMenu(this.desk.spreadsheetId, caption, STAFF);
    if (o.error) throw o.error;
  }
}

function outcome(r: ServerResult<unknown>): string {
  return r.ok ? 'OK' : `拒否「${oneLine(r.message)}」`;
}

function oneLine(text: string): string {
  return text.split('\n').join(' ');
}

/** Types a 設定 value as staff would (onEdit applies it). */
export function typeSetting(desk: Desk, label: string, value: string): void {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.settings)!;
  for (let row = 2; row <= sheet.lastRow(); row++) {
    if (sheet.cell(row, 1)?.value === label) {
      desk.host.editCell(desk.spreadsheetId, SHEET.settings, row, 2, value, STAFF);
      return;
    }
  }
  throw new Error(`demo: no setting ${label}`);
}

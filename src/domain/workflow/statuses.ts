/**
 * Every status a case can hold, as the Japanese label stored in the register's 状態 column, with
 * what the status itself does wherever it appears (docs/domain.md "The process"): its due-date
 * rule, who is reminded, and for the terminal ones their outcome. What depends on the track
 * (order, gates, milestones, notices) is in the step lists of tracks.ts; the two together are
 * the process table (PROCESS, tracks.ts), and every other rule looks its status up there.
 *
 * How the answer (回答) is recorded: a positive answer (可) is the status '回答（可）'; a negative
 * answer (不可) is a move to the terminal status '不採択' — from 実施可否判断 or, per the guideline
 * (実施困難と判断した場合は検討過程において早めに回答します), from any earlier step. So no case
 * ever sits in an ambiguous "回答" status, and 不採択 always means "the 不可 answer was sent".
 */
import type { DueSettingKey } from '../settings';

/**
 * When a status falls due (docs/domain.md "Deadlines and reminders"): a number of days held in a
 * setting, counted from entering the status or — 対話の原則, silence is what is due — from the
 * last logged dialogue when later (business days unless 設定 says 暦日); or, for the applicant's
 * report, 設定's calendar days after the PoC end (moved off a closed day).
 */
export type DueRule =
  | { readonly from: 'entered' | 'lastDialogue'; readonly setting: DueSettingKey }
  | { readonly from: 'pocEnd'; readonly setting: 'pocReportDays' };

/**
 * Who the daily sweep reminds of the due date: the desk; the department with a copy to the desk
 * (the department acts); the department and the desk (both act, each by its own due date); the
 * applicant (the desk instead when the address is unusable). A department item goes to the
 * desk when the case has no department or the department no usable address.
 */
export type Reminded = 'desk' | 'departmentWithDeskCopy' | 'departmentAndDesk' | 'applicant';

/** How a terminal status ends the case (statistics group it; publication asks for realised). */
export type Outcome = 'realised' | 'declined' | 'withdrawn' | 'ineligible';

export interface StatusDefinition {
  readonly terminal: boolean;
  readonly due?: DueRule;
  /** Who is reminded of the due date; a status with a due rule and no one named reminds the desk. */
  readonly remind?: Reminded;
  /** Terminal statuses only. */
  readonly outcome?: Outcome;
  /** Entering it is the desk's answer to the applicant (the 不可 answer; open steps: tracks.ts). */
  readonly answer?: true;
  /** Terminal statuses: entering it tells the applicant (open steps say it per track). */
  readonly notifyApplicant?: boolean;
}

export const STATUS_TABLE = {
  事前相談: { terminal: false },
  '受付・内容確認': {
    terminal: false,
    due: { from: 'entered', setting: 'dueReceiptCheck' },
    remind: 'desk',
  },
  '対話・調整': {
    terminal: false,
    due: { from: 'lastDialogue', setting: 'dueDialogueIdle' },
    remind: 'desk',
  },
  提案書確認: {
    terminal: false,
    due: { from: 'entered', setting: 'dueProposalReview' },
    remind: 'departmentWithDeskCopy',
  },
  実施可否判断: {
    terminal: false,
    due: { from: 'entered', setting: 'dueDecision' },
    remind: 'departmentAndDesk',
  },
  '回答（可）': { terminal: false },
  連携協定締結: {
    terminal: false,
    due: { from: 'entered', setting: 'dueAgreement' },
    remind: 'desk',
  },
  事業実施: { terminal: false },
  実施準備: { terminal: false },
  '実証実験の実施・立ち合い': { terminal: false },
  報告書作成: {
    terminal: false,
    due: { from: 'pocEnd', setting: 'pocReportDays' },
    remind: 'applicant',
  },
  報告書受領: { terminal: false },
  担当課へ引継ぎ: { terminal: false },
  // 完了 done; 不採択 declined (不可 answer sent); 取下げ withdrawn; 対象外 ineligible (e.g. 個人).
  // 対象外 tells no one: the intake's polite reply already told them (src/app/caseNotices.ts).
  完了: { terminal: true, outcome: 'realised', notifyApplicant: true },
  不採択: { terminal: true, outcome: 'declined', answer: true, notifyApplicant: true },
  取下げ: { terminal: true, outcome: 'withdrawn', notifyApplicant: true },
  対象外: { terminal: true, outcome: 'ineligible', notifyApplicant: false },
} as const satisfies Readonly<Record<string, StatusDefinition>>;

type Table = typeof STATUS_TABLE;
export type Status = keyof Table;
export type TerminalStatus = {
  [S in Status]: Table[S]['terminal'] extends true ? S : never;
}[Status];
export type OpenStatus = Exclude<Status, TerminalStatus>;

export const ALL_STATUSES = Object.keys(STATUS_TABLE) as readonly Status[];

export const OPEN_STATUSES = ALL_STATUSES.filter(
  (s) => !STATUS_TABLE[s].terminal,
) as readonly OpenStatus[];

export const TERMINAL_STATUSES = ALL_STATUSES.filter(
  (s) => STATUS_TABLE[s].terminal,
) as readonly TerminalStatus[];

/** The terminal status with this outcome in a status table (the real one by default). */
export function statusWithOutcome(
  outcome: Outcome,
  statuses: Readonly<Record<string, StatusDefinition>> = STATUS_TABLE,
): string {
  const found = Object.keys(statuses).find((s) => statuses[s].outcome === outcome);
  if (found === undefined) throw new Error(`no terminal status with outcome ${outcome}`);
  return found;
}

/** 完了: the case was carried out (after every step of its track). */
export const COMPLETED = statusWithOutcome('realised') as TerminalStatus;
/** 不採択: the 不可 answer. */
export const DECLINED = statusWithOutcome('declined') as TerminalStatus;
/** 取下げ: withdrawn by the applicant. */
export const WITHDRAWN = statusWithOutcome('withdrawn') as TerminalStatus;
/** 対象外: not eligible (個人). */
export const INELIGIBLE = statusWithOutcome('ineligible') as TerminalStatus;

export function isStatus(value: string): value is Status {
  return Object.prototype.hasOwnProperty.call(STATUS_TABLE, value);
}

/** Spaces and full-/half-width forms do not tell two statuses apart ('回答(可)' = '回答（可）'). */
function statusKey(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

const STATUS_BY_KEY = new Map<string, Status>(ALL_STATUSES.map((s) => [statusKey(s), s]));

/**
 * The status a cell's text stands for: the canonical label when the text is one written with
 * stray spaces or other-width characters (typed or pasted by hand), else the text as it is.
 */
export function statusFromText(text: string): string {
  return STATUS_BY_KEY.get(statusKey(text)) ?? text;
}

export function isTerminal(status: Status): status is TerminalStatus {
  return (STATUS_TABLE as Readonly<Record<string, StatusDefinition>>)[status]?.terminal === true;
}

export function isOpen(status: Status): status is OpenStatus {
  return !isTerminal(status);
}

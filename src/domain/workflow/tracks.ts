/**
 * The process table (docs/domain.md "The process"): the status definitions of statuses.ts, one
 * ordered list of steps per track (連携手法), and the documents each step allows. Allowed moves
 * are derived from the step lists by moves.ts; due dates, reminders, checklist and receipt
 * gates, milestones (answer, agreement, PoC end, realised), documents, statistics, publication
 * and applicant notices look their status up here. Changing the process means editing this
 * table (and, for a new due time, the settings list).
 */
import type { DOCUMENT_KIND_LABELS } from '../../strings/documents';
import {
  COMPLETED,
  OpenStatus,
  Outcome,
  Status,
  STATUS_TABLE,
  StatusDefinition,
  statusWithOutcome,
  TerminalStatus,
} from './statuses';

export type Track = 'partnership' | 'poc' | 'other';

/** The documents the desk generates (src/domain/documents/kinds.ts). */
export type DocumentKindId = keyof typeof DOCUMENT_KIND_LABELS;

export interface Step<S extends string = OpenStatus> {
  readonly status: S;
  /** May be skipped: the first step is then simply not entered, a later one jumped over. */
  readonly optional?: boolean;
  /** Milestone: reaching this step means the applicant has had the desk's answer; decline ends here. */
  readonly answer?: boolean;
  /** Eligibility is checked up to and including this step; 対象外 is possible until then. */
  readonly screening?: boolean;
  /** Milestone: the agreement (協定) is concluded here (statistics, documents). */
  readonly agreement?: true;
  /**
   * Milestone: entering this step means the experiment has ended; the PoC end date is today
   * unless recorded, and the report's due date counts from it.
   */
  readonly pocEnd?: true;
  /** Milestone: the partnership is realised from this step on (published when the other conditions hold). */
  readonly realised?: true;
  /** Checklist gate: leaving this step forward needs the PoC preparation checklist done. */
  readonly checklist?: true;
  /**
   * Entering this step (not by a step back) tells the applicant, by a short notice
   * (src/domain/applicantNotice.ts); 設定「申請者に通知しない段階」 turns a stage off.
   */
  readonly notifyApplicant?: true;
  /**
   * Receipt gate (issue 12): a forward move needs this date recorded in the register — on
   * `leave`, any move past this step; on `enter`, any move to this step or past it.
   */
  readonly requires?: StepGate;
}

/** Register dates a gate may ask for: when the desk received the applicant's file. */
export type GateField = 'proposalReceivedOn' | 'reportReceivedOn';

export interface StepGate {
  readonly field: GateField;
  readonly on: 'enter' | 'leave';
}

export interface TrackDefinition<S extends string = OpenStatus> {
  readonly label: string;
  readonly steps: readonly Step<S>[];
}

/**
 * When a document kind may be made: on `tracks`, at the statuses in `at` (a step of the case's
 * track or a terminal status) and from the track's `from` milestone on (完了 included); made
 * again past the `confirmPast` milestone only after an explicit confirmation (a signed
 * agreement is normally not drafted again).
 */
export interface DocumentRule {
  readonly tracks: readonly Track[];
  readonly at?: readonly string[];
  readonly from?: 'answer';
  readonly confirmPast?: 'agreement';
}

/** The whole table: what the rules of src/domain take as their table (tests pass another). */
export interface ProcessTable {
  readonly statuses: Readonly<Record<string, StatusDefinition>>;
  readonly tracks: Readonly<Record<Track, TrackDefinition<string>>>;
  readonly documents: Readonly<Record<DocumentKindId, DocumentRule>>;
}

export const TRACKS: Readonly<Record<Track, TrackDefinition>> = {
  // Guideline flow 「パートナーシップ」. The agreement is optional: 連携協定によらないで個別に
  // 事業を実施する場合があります.
  partnership: {
    label: 'パートナーシップ事業',
    steps: [
      { status: '事前相談', optional: true },
      { status: '受付・内容確認', screening: true },
      { status: '対話・調整', notifyApplicant: true },
      { status: '提案書確認', requires: { field: 'proposalReceivedOn', on: 'leave' } },
      { status: '実施可否判断' },
      { status: '回答（可）', answer: true, notifyApplicant: true },
      {
        status: '連携協定締結',
        optional: true,
        agreement: true,
        realised: true,
        notifyApplicant: true,
      },
      { status: '事業実施', realised: true },
    ],
  },
  // Guideline flow 「実証実験サポート」: the agreement is not marked optional there, and the
  // applicant's report (報告書) is due after the experiment.
  poc: {
    label: '実証実験サポート',
    steps: [
      { status: '事前相談', optional: true },
      { status: '受付・内容確認', screening: true },
      { status: '対話・調整', notifyApplicant: true },
      { status: '提案書確認', requires: { field: 'proposalReceivedOn', on: 'leave' } },
      { status: '実施可否判断' },
      { status: '回答（可）', answer: true, notifyApplicant: true },
      { status: '連携協定締結', agreement: true, notifyApplicant: true },
      { status: '実施準備', checklist: true },
      { status: '実証実験の実施・立ち合い', realised: true },
      { status: '報告書作成', pocEnd: true, realised: true },
      {
        status: '報告書受領',
        realised: true,
        notifyApplicant: true,
        requires: { field: 'reportReceivedOn', on: 'enter' },
      },
    ],
  },
  // 企業版ふるさと納税, 公有財産の利活用, 指定管理者制度, ネーミングライツ, 広告事業, その他:
  // each has its own statutory procedure run by the owning department (寄附受納, 貸付・売払い,
  // 指定手続, 公募…), so the desk only receives, checks and hands over. Handing over is the
  // desk's answer to the applicant ("担当課から連絡します"); 完了 means the department has taken
  // the case, not that the project is finished.
  other: {
    label: 'その他の連携手法',
    steps: [
      { status: '事前相談', optional: true },
      { status: '受付・内容確認', screening: true },
      // The desk's answer: the applicant learns the department will contact them (guideline).
      { status: '担当課へ引継ぎ', answer: true, notifyApplicant: true },
    ],
  },
};

/**
 * The documents the desk generates and where (everything else about a kind is its row of
 * DOCUMENT_KIND_TABLE, src/domain/documents/kindTable.ts; its rule stays here, where status
 * names are written): the accepted
 * reply and the agreements once the 可 answer is recorded; the declined reply drafted with the
 * decision or once the case is declined, on any track (a decline may come early, guideline:
 * 実施困難と判断した場合は…早めに回答).
 */
export const DOCUMENT_RULES: Readonly<Record<DocumentKindId, DocumentRule>> = {
  replyAccepted: { tracks: ['partnership', 'poc'], from: 'answer' },
  replyDeclined: { tracks: ['partnership', 'poc', 'other'], at: ['実施可否判断', '不採択'] },
  partnershipAgreement: { tracks: ['partnership'], from: 'answer', confirmPast: 'agreement' },
  comprehensiveAgreement: { tracks: ['partnership'], from: 'answer', confirmPast: 'agreement' },
  pocAgreement: { tracks: ['poc'], from: 'answer', confirmPast: 'agreement' },
};

export const PROCESS: ProcessTable = {
  statuses: STATUS_TABLE,
  tracks: TRACKS,
  documents: DOCUMENT_RULES,
};

export const ALL_TRACKS: readonly Track[] = ['partnership', 'poc', 'other'];

/** The definition of a status in a table; undefined for a text that is no status there. */
export function statusDefinition(
  status: string,
  table: ProcessTable = PROCESS,
): StatusDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(table.statuses, status)
    ? table.statuses[status]
    : undefined;
}

/** The terminal status with this outcome (完了, 不採択, 取下げ, 対象外 in the real table). */
export function terminalWith(outcome: Outcome, table: ProcessTable = PROCESS): string {
  return statusWithOutcome(outcome, table.statuses);
}

/** The step of `status` on `track`, or undefined when the track has no such step. */
export function stepOf(
  track: Track,
  status: string,
  table: ProcessTable = PROCESS,
): Step<string> | undefined {
  return table.tracks[track].steps.find((s) => s.status === status);
}

export type Milestone = 'answer' | 'agreement' | 'pocEnd' | 'realised' | 'screening';

/** The first step of the track carrying this milestone, or undefined. */
export function milestoneStatus(
  track: Track,
  milestone: Milestone,
  table: ProcessTable = PROCESS,
): string | undefined {
  return table.tracks[track].steps.find((s) => s[milestone] === true)?.status;
}

/** Every status that is this milestone on some track (e.g. the answers: 回答（可）, 担当課へ引継ぎ). */
export function milestoneStatuses(milestone: Milestone, table: ProcessTable = PROCESS): string[] {
  const found = ALL_TRACKS.flatMap((t) =>
    table.tracks[t].steps.filter((s) => s[milestone] === true).map((s) => s.status),
  );
  return [...new Set(found)];
}

/**
 * Position of a status in its track: the step's index; the completed status (完了) comes after
 * every step; other terminal statuses and statuses off the track are -1.
 */
export function stepIndex(track: Track, status: string, table: ProcessTable = PROCESS): number {
  const steps = table.tracks[track].steps;
  if (status === terminalWith('realised', table)) return steps.length;
  return steps.findIndex((step) => step.status === status);
}

/** The step of the track holding the PoC preparation checklist (実施準備). */
export function checklistStatus(track: Track, table: ProcessTable = PROCESS): string | undefined {
  return table.tracks[track].steps.find((s) => s.checklist === true)?.status;
}

/** Terminal statuses that count as realised on every track (完了: the case was carried out). */
export const REALISED_TERMINAL_STATUSES: readonly string[] = [COMPLETED];

/**
 * Terminal statuses that tell the applicant (the 不可 answer, completion, a withdrawal confirmed).
 * 対象外 does not: the intake's polite reply already told them (src/app/caseNotices.ts).
 */
export const TERMINAL_APPLICANT_NOTICES = Object.fromEntries(
  Object.entries(STATUS_TABLE)
    .filter(([, def]) => def.terminal)
    .map(([status, def]) => [status, (def as StatusDefinition).notifyApplicant === true]),
) as Readonly<Record<TerminalStatus, boolean>>;

/** Whether entering `status` on `track` tells the applicant (this table, before 設定). */
export function notifiesApplicant(
  track: Track,
  status: Status | string,
  table: ProcessTable = PROCESS,
): boolean {
  const def = statusDefinition(status, table);
  if (def?.terminal) return def.notifyApplicant === true;
  return stepOf(track, status, table)?.notifyApplicant === true;
}

/** Whether a case in `status` on `track` is realised (issue 13: agreement, PoC or completion). */
export function isRealised(track: Track, status: string, table: ProcessTable = PROCESS): boolean {
  if (statusDefinition(status, table)?.outcome === 'realised') return true;
  return stepOf(track, status, table)?.realised === true;
}

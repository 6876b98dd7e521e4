/**
 * The process table (docs/domain.md "The process"), whole, in this one file: what each status
 * does wherever it appears (STATUS_TABLE: its due-date rule, who is reminded, and for the
 * terminal ones their outcome), one ordered list of steps per track (連携手法) with what happens
 * at each (gates, milestones, applicant notices), and the documents each step allows. Allowed
 * moves are derived from the step lists (moves.ts); due dates, reminders, checklist and receipt
 * gates, milestones (answer, agreement, PoC end, realised), documents, statistics, publication
 * and applicant notices look their status up here (statuses.ts and tracks.ts hold the functions
 * that do). Changing the process means editing this file — and, for a new due time, the settings
 * list (src/domain/settings.ts); a status that tells the applicant also needs its notice's words
 * (src/strings/applicantNotices.ts).
 *
 * How the answer (回答) is recorded: a positive answer (可) is the status '回答（可）'; a negative
 * answer (不可) is a move to the terminal status '不採択' — from 実施可否判断 or, per the guideline
 * (実施困難と判断した場合は検討過程において早めに回答します), from any earlier step. So no case
 * ever sits in an ambiguous "回答" status, and 不採択 always means "the 不可 answer was sent".
 */
import type { DueSettingKey } from '../settings';
import type { DOCUMENT_KIND_LABELS } from '../../strings/documents';

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

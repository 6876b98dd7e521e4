/**
 * The process as data: one ordered list of steps per track (連携手法). Allowed moves are
 * derived from these lists by the rules in moves.ts, so changing the process means editing
 * only this table.
 */
import { isTerminal, OpenStatus, Status, TerminalStatus } from './statuses';

export type Track = 'partnership' | 'poc' | 'other';

export interface Step {
  readonly status: OpenStatus;
  /** May be skipped: the first step is then simply not entered, a later one jumped over. */
  readonly optional?: boolean;
  /** Reaching this step means the applicant has had the desk's answer; decline ends here. */
  readonly answer?: boolean;
  /** Eligibility is checked up to and including this step; 対象外 is possible until then. */
  readonly screening?: boolean;
  /** The partnership is realised from this step on (published when the other conditions hold). */
  readonly realised?: true;
  /**
   * Entering this step (not by a step back) tells the applicant, by a short notice
   * (src/domain/applicantNotice.ts); 設定「申請者に通知しない段階」 turns a stage off.
   */
  readonly notifyApplicant?: true;
  /**
   * A gate (issue 12): a forward move needs this date recorded in the register — on `leave`,
   * any move past this step; on `enter`, any move to this step or past it.
   */
  readonly requires?: StepGate;
}

/** Register dates a gate may ask for: when the desk received the applicant's file. */
export type GateField = 'proposalReceivedOn' | 'reportReceivedOn';

export interface StepGate {
  readonly field: GateField;
  readonly on: 'enter' | 'leave';
}

export interface TrackDefinition {
  readonly label: string;
  readonly steps: readonly Step[];
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
      { status: '連携協定締結', optional: true, realised: true, notifyApplicant: true },
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
      { status: '連携協定締結', notifyApplicant: true },
      { status: '実施準備' },
      { status: '実証実験の実施・立ち合い', realised: true },
      { status: '報告書作成', realised: true },
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
      { status: '担当課へ引継ぎ', answer: true },
    ],
  },
};

export const ALL_TRACKS: readonly Track[] = ['partnership', 'poc', 'other'];

/** Terminal statuses that count as realised on every track (完了: the case was carried out). */
export const REALISED_TERMINAL_STATUSES: readonly string[] = ['完了'];

/**
 * Terminal statuses that tell the applicant (the 不可 answer, completion, a withdrawal confirmed).
 * 対象外 does not: the intake's polite reply already told them (src/app/caseNotices.ts).
 */
export const TERMINAL_APPLICANT_NOTICES: Readonly<Record<TerminalStatus, boolean>> = {
  完了: true,
  不採択: true,
  取下げ: true,
  対象外: false,
};

/** Whether entering `status` on `track` tells the applicant (this table, before 設定). */
export function notifiesApplicant(track: Track, status: Status): boolean {
  if (isTerminal(status)) return TERMINAL_APPLICANT_NOTICES[status];
  return TRACKS[track].steps.some((s) => s.status === status && s.notifyApplicant === true);
}

/** Whether a case in `status` on `track` is realised (issue 13: agreement, PoC or completion). */
export function isRealised(track: Track, status: string): boolean {
  if (REALISED_TERMINAL_STATUSES.includes(status)) return true;
  return TRACKS[track].steps.some((s) => s.status === status && s.realised === true);
}

/**
 * The process as data: one ordered list of steps per track (連携手法). Allowed moves are
 * derived from these lists by the rules in moves.ts, so changing the process means editing
 * only this table.
 */
import { OpenStatus } from './statuses';

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
      { status: '対話・調整' },
      { status: '提案書確認' },
      { status: '実施可否判断' },
      { status: '回答（可）', answer: true },
      { status: '連携協定締結', optional: true, realised: true },
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
      { status: '対話・調整' },
      { status: '提案書確認' },
      { status: '実施可否判断' },
      { status: '回答（可）', answer: true },
      { status: '連携協定締結' },
      { status: '実施準備' },
      { status: '実証実験の実施・立ち合い', realised: true },
      { status: '報告書作成', realised: true },
      { status: '報告書受領', realised: true },
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

/** Whether a case in `status` on `track` is realised (issue 13: agreement, PoC or completion). */
export function isRealised(track: Track, status: string): boolean {
  if (REALISED_TERMINAL_STATUSES.includes(status)) return true;
  return TRACKS[track].steps.some((s) => s.status === status && s.realised === true);
}

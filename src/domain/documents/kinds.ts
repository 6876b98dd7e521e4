/**
 * The five documents the desk generates, and when each may be generated:
 * - 回答書（採択）: partnership or PoC cases at or past 回答（可） (the 可 answer is recorded);
 * - 回答書（不採択）: at 実施可否判断 (drafted with the decision) or once the case is 不採択, on any
 *   track (a decline may come early, guideline: 実施困難と判断した場合は…早めに回答);
 * - 事業連携協定書 / 包括連携協定書: partnership cases from 回答（可）;
 * - 実証実験に関する協定書: PoC cases from 回答（可）.
 * An agreement of a case already past 連携協定締結 (事業実施, 実施準備…, 完了) is regenerated only
 * after an explicit confirmation: a signed agreement is normally not drafted again.
 */
import { DOCUMENT_KIND_LABELS, DOCUMENT_MESSAGES } from '../../strings/documents';
import type { Settings } from '../settings';
import { Status, Track, TRACKS } from '../workflow';

export type DocumentKindId = keyof typeof DOCUMENT_KIND_LABELS;

export interface DocumentKind {
  readonly id: DocumentKindId;
  readonly label: string;
  /** The 設定 item holding the template's Google Docs id. */
  readonly templateSetting: keyof Settings;
  readonly agreement: boolean;
  /** Tracks whose cases may have it ('any' for the declined reply). */
  readonly tracks: readonly Track[];
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  {
    id: 'replyAccepted',
    label: DOCUMENT_KIND_LABELS.replyAccepted,
    templateSetting: 'templateReplyAccepted',
    agreement: false,
    tracks: ['partnership', 'poc'],
  },
  {
    id: 'replyDeclined',
    label: DOCUMENT_KIND_LABELS.replyDeclined,
    templateSetting: 'templateReplyDeclined',
    agreement: false,
    tracks: ['partnership', 'poc', 'other'],
  },
  {
    id: 'partnershipAgreement',
    label: DOCUMENT_KIND_LABELS.partnershipAgreement,
    templateSetting: 'templatePartnershipAgreement',
    agreement: true,
    tracks: ['partnership'],
  },
  {
    id: 'comprehensiveAgreement',
    label: DOCUMENT_KIND_LABELS.comprehensiveAgreement,
    templateSetting: 'templateComprehensiveAgreement',
    agreement: true,
    tracks: ['partnership'],
  },
  {
    id: 'pocAgreement',
    label: DOCUMENT_KIND_LABELS.pocAgreement,
    templateSetting: 'templatePocAgreement',
    agreement: true,
    tracks: ['poc'],
  },
];

export function documentKind(id: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.id === id);
}

export function isReplyLetter(kind: DocumentKind): boolean {
  return kind.id === 'replyAccepted' || kind.id === 'replyDeclined';
}

export type KindAvailability =
  { ok: true; needsConfirmation: boolean } | { ok: false; message: string };

const ANSWER_STATUS: Status = '回答（可）';
const AGREEMENT_STATUS: Status = '連携協定締結';

/** Whether this kind may be generated for a case on this track in this status. */
export function kindAvailability(
  kind: DocumentKind,
  track: Track,
  status: Status,
): KindAvailability {
  const refuse = (when: string): KindAvailability => ({
    ok: false,
    message: DOCUMENT_MESSAGES.notAvailable(kind.label, status, when),
  });
  if (kind.id === 'replyDeclined') {
    const fits = status === '不採択' || (status === '実施可否判断' && track !== 'other');
    return fits
      ? { ok: true, needsConfirmation: false }
      : refuse(DOCUMENT_MESSAGES.whenReplyDeclined);
  }
  const when =
    kind.id === 'replyAccepted'
      ? DOCUMENT_MESSAGES.whenReplyAccepted
      : kind.id === 'pocAgreement'
        ? DOCUMENT_MESSAGES.whenPoc
        : DOCUMENT_MESSAGES.whenPartnership;
  if (!kind.tracks.includes(track) || !isAtOrPast(track, status, ANSWER_STATUS))
    return refuse(when);
  const needsConfirmation = kind.agreement && isPast(track, status, AGREEMENT_STATUS);
  return { ok: true, needsConfirmation };
}

/** The kinds the sidebar offers for a case now (those needing confirmation included). */
export function availableKinds(track: Track, status: Status): DocumentKind[] {
  return DOCUMENT_KINDS.filter((kind) => kindAvailability(kind, track, status).ok);
}

/** Position in the track; 完了 comes after every step, other terminal statuses are off-track. */
function stepIndex(track: Track, status: Status): number {
  const steps = TRACKS[track].steps;
  if (status === '完了') return steps.length;
  return steps.findIndex((step) => step.status === status);
}

function isAtOrPast(track: Track, status: Status, milestone: Status): boolean {
  const index = stepIndex(track, status);
  const target = stepIndex(track, milestone);
  return index >= 0 && target >= 0 && index >= target;
}

function isPast(track: Track, status: Status, milestone: Status): boolean {
  const index = stepIndex(track, status);
  const target = stepIndex(track, milestone);
  return index >= 0 && target >= 0 && index > target;
}

/**
 * Which status changes the process allows, derived from the step lists in processTable.ts:
 * - forward: to the next step (from the last step: to 完了);
 * - skip-optional: over an optional next step (partnership without 連携協定);
 * - rework: back one step — but never back into an optional first step (事前相談): once a
 *   proposal is accepted it stays a formal case, further talks happen in 対話・調整;
 * - decline: to 不採択 from any step before the answer (早めに回答), including the regular 不可
 *   answer from 実施可否判断;
 * - ineligible: to 対象外 while eligibility is still being checked (up to 受付・内容確認);
 * - withdraw: to 取下げ from any open status.
 * Terminal statuses allow nothing.
 */
import { workflowMessages } from './messages';
import {
  COMPLETED,
  DECLINED,
  INELIGIBLE,
  isTerminal,
  Status,
  TERMINAL_STATUSES,
  WITHDRAWN,
} from './statuses';
import { GateField, stepIndex, Track, TRACKS } from './tracks';

export type MoveKind =
  'forward' | 'rework' | 'withdraw' | 'decline' | 'skip-optional' | 'ineligible';

export interface Move {
  readonly to: Status;
  readonly kind: MoveKind;
}

export type MoveCheck = { ok: true; kind: MoveKind } | { ok: false; message: string };

/**
 * The status a new case starts in. Ineligible applicants (個人, except 個人事業主) are still
 * registered so nothing is lost, but start in 対象外.
 */
export function initialStatus(
  track: Track,
  options: { preConsultation: boolean; eligible?: boolean },
): Status {
  if (options.eligible === false) return INELIGIBLE;
  const [first, second] = TRACKS[track].steps;
  return options.preConsultation || !first.optional ? first.status : second.status;
}

/** Statuses a new case of this track may start in (for validating imported rows). */
export function initialStatuses(track: Track): Status[] {
  const [first, second] = TRACKS[track].steps;
  return first.optional ? [first.status, second.status, INELIGIBLE] : [first.status, INELIGIBLE];
}

/** Every move allowed from `from`, in the order a menu should offer them. */
export function movesFrom(track: Track, from: Status): Move[] {
  if (isTerminal(from)) return [];
  const steps = TRACKS[track].steps;
  const index = steps.findIndex((step) => step.status === from);
  if (index < 0) return [];
  const statusAt = (i: number): Status => (i < steps.length ? steps[i].status : COMPLETED);

  const moves: Move[] = [{ to: statusAt(index + 1), kind: 'forward' }];
  if (index + 1 < steps.length && steps[index + 1].optional) {
    moves.push({ to: statusAt(index + 2), kind: 'skip-optional' });
  }
  const backIntoOptionalStart = index - 1 === 0 && steps[0].optional;
  if (index > 0 && !backIntoOptionalStart) {
    moves.push({ to: steps[index - 1].status, kind: 'rework' });
  }
  if (isBeforeAnswer(track, from)) moves.push({ to: DECLINED, kind: 'decline' });
  const screeningIndex = steps.findIndex((step) => step.screening);
  if (index <= screeningIndex) moves.push({ to: INELIGIBLE, kind: 'ineligible' });
  moves.push({ to: WITHDRAWN, kind: 'withdraw' });
  return moves;
}

export function allowedMoves(track: Track, from: Status): Status[] {
  return movesFrom(track, from).map((move) => move.to);
}

export function checkMove(track: Track, from: Status, to: Status): MoveCheck {
  if (isTerminal(from)) return { ok: false, message: workflowMessages.terminal(from) };
  if (!isInTrack(track, from)) {
    const label = TRACKS[track].label;
    return { ok: false, message: workflowMessages.notInTrack(from, label, initialStatuses(track)) };
  }
  const moves = movesFrom(track, from);
  const move = moves.find((candidate) => candidate.to === to);
  if (move) return { ok: true, kind: move.kind };
  const allowed = moves.map((candidate) => candidate.to);
  const message =
    from === to
      ? workflowMessages.sameStatus(from, allowed)
      : workflowMessages.notAllowed(from, to, allowed);
  return { ok: false, message };
}

/** True for the track's open steps before the answer step (where 不採択 is still possible). */
export function isBeforeAnswer(track: Track, status: Status): boolean {
  const steps = TRACKS[track].steps;
  const index = steps.findIndex((step) => step.status === status);
  const answerIndex = steps.findIndex((step) => step.answer);
  return index >= 0 && index < answerIndex;
}

export function isInTrack(track: Track, status: Status): boolean {
  return TRACKS[track].steps.some((step) => step.status === status);
}

/** All statuses a case of this track can hold: its steps, then the terminal ones. */
export function statusesOf(track: Track): Status[] {
  return [...TRACKS[track].steps.map((step) => step.status), ...TERMINAL_STATUSES];
}

/**
 * The register dates a move needs recorded (the gates of processTable.ts): only moves onward — a
 * forward move, a skip, 完了 — cross a gate; rework, decline and withdrawal never do.
 */
export function gatesCrossed(track: Track, from: Status, to: Status): GateField[] {
  const steps = TRACKS[track].steps;
  const fromIndex = stepIndex(track, from);
  const toIndex = stepIndex(track, to);
  if (fromIndex < 0 || toIndex <= fromIndex) return [];
  const fields: GateField[] = [];
  steps.forEach((step, i) => {
    const gate = step.requires;
    if (!gate || fields.includes(gate.field)) return;
    const crossed = gate.on === 'leave' ? fromIndex <= i && i < toIndex : i <= toIndex;
    if (crossed) fields.push(gate.field);
  });
  return fields;
}

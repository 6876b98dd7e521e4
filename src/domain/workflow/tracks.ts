/**
 * What the rules of src/domain ask the process table (processTable.ts): a status's definition,
 * a track's step, milestones, gates, realised cases and applicant notices — each taking the table
 * as a parameter (the real one by default; tests pass an extended one).
 */
import {
  COMPLETED,
  Outcome,
  Status,
  STATUS_TABLE,
  StatusDefinition,
  statusWithOutcome,
  TerminalStatus,
} from './statuses';
import { DOCUMENT_RULES, PROCESS, TRACKS } from './processTable';
import type { ProcessTable, Step, Track } from './processTable';

export { DOCUMENT_RULES, PROCESS, TRACKS };
export type {
  DocumentKindId,
  DocumentRule,
  GateField,
  ProcessTable,
  Step,
  StepGate,
  Track,
  TrackDefinition,
} from './processTable';

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

/**
 * The documents the desk generates, as DOCUMENT_KIND_TABLE (kindTable.ts) defines them; when each
 * may be generated is the process table's (DOCUMENT_RULES, src/domain/workflow/processTable.ts, taken
 * from that table):
 * - 回答書（採択）: partnership or PoC cases at or past the answer (回答（可）, the 可 answer);
 * - 回答書（不採択）: at 実施可否判断 (drafted with the decision) or once the case is 不採択, on any
 *   track (a decline may come early, guideline: 実施困難と判断した場合は…早めに回答);
 * - 事業連携協定書 / 包括連携協定書: partnership cases from the answer;
 * - 実証実験に関する協定書: PoC cases from the answer.
 * An agreement of a case already past the agreement step (事業実施, 実施準備…, 完了) is
 * regenerated only after an explicit confirmation: a signed agreement is normally not drafted
 * again.
 */
import { DOCUMENT_KIND_LABELS, DOCUMENT_MESSAGES } from '../../strings/documents';
import { DOCUMENT_KIND_IDS, DOCUMENT_KIND_TABLE, kindRow, TemplateSettingKey } from './kindTable';
import {
  DocumentKindId,
  milestoneStatus,
  PROCESS,
  ProcessTable,
  Status,
  statusDefinition,
  stepIndex,
  Track,
} from '../workflow';

export type { DocumentKindId } from '../workflow';

export interface DocumentKind {
  readonly id: DocumentKindId;
  readonly label: string;
  /** The 設定 item holding the template's Google Docs id. */
  readonly templateSetting: TemplateSettingKey;
  readonly agreement: boolean;
  /** Tracks whose cases may have it ('any' for the declined reply). */
  readonly tracks: readonly Track[];
}

/** The kinds, derived from DOCUMENT_KIND_TABLE (kindTable.ts), in its order. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = DOCUMENT_KIND_IDS.map((id) => ({
  id,
  label: DOCUMENT_KIND_LABELS[id],
  templateSetting: DOCUMENT_KIND_TABLE[id].templateSetting,
  agreement: kindRow(id).family === 'agreement',
  tracks: PROCESS.documents[id].tracks,
}));

export function documentKind(id: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.id === id);
}

export function isReplyLetter(kind: DocumentKind): boolean {
  return kindRow(kind.id).family === 'reply';
}

export type KindAvailability =
  { ok: true; needsConfirmation: boolean } | { ok: false; message: string };

/** Whether this kind may be generated for a case on this track in this status. */
export function kindAvailability(
  kind: DocumentKind,
  track: Track,
  status: Status | string,
  table: ProcessTable = PROCESS,
): KindAvailability {
  const refuse = (when: string): KindAvailability => ({
    ok: false,
    message: DOCUMENT_MESSAGES.notAvailable(kind.label, status, when),
  });
  const rule = table.documents[kind.id];
  const when = kindRow(kind.id).when;
  if (!rule.tracks.includes(track)) return refuse(when);
  // Named statuses: a step of the case's own track, or a terminal status.
  const listed =
    rule.at?.includes(status) === true &&
    (statusDefinition(status, table)?.terminal === true ||
      table.tracks[track].steps.some((step) => step.status === status));
  const fromMilestone = rule.from !== undefined && isAtOrPast(track, status, rule.from, table);
  if (!listed && !fromMilestone) return refuse(when);
  const needsConfirmation =
    rule.confirmPast !== undefined && isPast(track, status, rule.confirmPast, table);
  return { ok: true, needsConfirmation };
}

/** The kinds the sidebar offers for a case now (those needing confirmation included). */
export function availableKinds(
  track: Track,
  status: Status | string,
  table: ProcessTable = PROCESS,
): DocumentKind[] {
  return DOCUMENT_KINDS.filter((kind) => kindAvailability(kind, track, status, table).ok);
}

/** Position of the status and of the track's milestone step (-1 when either is off the track). */
function positions(
  track: Track,
  status: string,
  milestone: 'answer' | 'agreement',
  table: ProcessTable,
): [number, number] {
  const at = milestoneStatus(track, milestone, table);
  return [stepIndex(track, status, table), at === undefined ? -1 : stepIndex(track, at, table)];
}

function isAtOrPast(
  track: Track,
  status: string,
  milestone: 'answer' | 'agreement',
  table: ProcessTable,
): boolean {
  const [index, target] = positions(track, status, milestone, table);
  return index >= 0 && target >= 0 && index >= target;
}

function isPast(
  track: Track,
  status: string,
  milestone: 'answer' | 'agreement',
  table: ProcessTable,
): boolean {
  const [index, target] = positions(track, status, milestone, table);
  return index >= 0 && target >= 0 && index > target;
}

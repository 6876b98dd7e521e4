/**
 * Every status a case can hold, as the Japanese label stored in the register's 状態 column: the
 * lists and lookups derived from STATUS_TABLE (processTable.ts, where each status's behaviour is
 * written), and how a typed label is read back.
 */
import { STATUS_TABLE } from './processTable';
import type { OpenStatus, Outcome, Status, StatusDefinition, TerminalStatus } from './processTable';

export { STATUS_TABLE };
export type {
  DueRule,
  OpenStatus,
  Outcome,
  Reminded,
  Status,
  StatusDefinition,
  TerminalStatus,
} from './processTable';

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

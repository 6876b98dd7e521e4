/**
 * Case-number reservation, the "never doubled" rule (docs/reliability.md, "Intake and recovery"
 * and "Actions on a case"), in one place for every way a case is made: the form intake, its
 * recovery (which resumes the intake) and 事前相談 registered by the desk.
 *
 * The rule: numbers come from one sequence per fiscal year, kept in document properties; the
 * next number is taken only under the document lock, from the properties read under that lock,
 * and the new sequence value is written in the SAME setProperties call as the intent that holds
 * the number (the intake's journal, or the case action's intent) — so a kill never leaves a
 * number taken without its case, nor a case whose number the next reservation could take again.
 */
import { formatCaseNumber, sequenceKey } from '../domain/caseNumber';
import { fiscalYearOf } from '../domain/fiscalYear';
import { writeIntent } from './intents';

/** A reserved number and the property value that takes it (to write with the intent). */
export interface CaseNumberReservation {
  caseNumber: string;
  sequence: { key: string; value: string };
}

/**
 * The next case number of the fiscal year of `at`, from the document properties read under the
 * lock (no call). Nothing is taken until `sequence` is written with the intent; a format without
 * {連番} or the year throws (setup and 設定を反映 refuse such a format, settingsProblems).
 */
export function nextCaseNumber(
  all: Record<string, string>,
  format: string,
  at: Date,
): CaseNumberReservation {
  const fiscalYear = fiscalYearOf(at);
  const key = sequenceKey(fiscalYear);
  const value = Number(all[key] || 0) + 1;
  return {
    caseNumber: formatCaseNumber(format, fiscalYear, value),
    sequence: { key, value: String(value) },
  };
}

/**
 * Takes a reserved number: one setProperties call holding the sequence and the intent that names
 * it (and any other value the caller writes at that moment), through src/store/intents.ts. Both
 * are mirrored into `all` so a later reservation in the same execution (recovery registers many
 * responses) takes the next number.
 * A case action takes its number through its journal instead (runCaseOp writes
 * `newCase.sequence` with its intent, src/store/journal.ts).
 */
export function takeCaseNumber(
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string>,
  reservation: CaseNumberReservation,
  intent: { key: string; value: unknown },
  together: Record<string, string> = {},
): void {
  const { key, value } = reservation.sequence;
  writeIntent(props, all, intent.key, intent.value, { [key]: value, ...together });
}

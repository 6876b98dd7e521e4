/**
 * One row of `npm run bench`, shared by scripts/bench.ts and each scripts/bench-<feature>.ts:
 * an execution's service calls (MailApp.sendEmail counted apart, as the budgets count them) and
 * its modeled time beside the budget it must stay within.
 */
import type { Execution } from 'gas-emulator/core/execution';

export interface Budget {
  calls: number;
  ms: number;
  /** Calls allowed on top for each email sent (the sweep's intent and outcome per digest). */
  perEmail?: number;
}

/** The calls a row may make: the base budget plus its allowance per email. */
export function callBudget(row: BenchRow): number {
  return row.budget ? row.budget.calls + (row.budget.perEmail ?? 0) * row.emails : Infinity;
}

/** How a budget reads in the table: '≤14 calls' or '≤14+2/email calls'. */
export function budgetText(budget: Budget): string {
  const perEmail = budget.perEmail ? `+${budget.perEmail}/email` : '';
  return `≤${budget.calls}${perEmail} calls, ≤${budget.ms} ms`;
}

export interface BenchRow {
  operation: string;
  cases: number;
  calls: number;
  emails: number;
  ms: number;
  budget: Budget | null;
}

export function measure(
  operation: string,
  cases: number,
  execution: Execution,
  budget: Budget | null,
): BenchRow {
  const emails = execution.calls.filter((c) => c.method === 'MailApp.sendEmail').length;
  return {
    operation,
    cases,
    calls: execution.calls.length - emails,
    emails,
    ms: Math.round(execution.modeledMs),
    budget,
  };
}

/** Whether the row stays within its budget (a row without one always does). */
export function withinBudget(row: BenchRow): boolean {
  return !row.budget || (row.calls <= callBudget(row) && row.ms <= row.budget.ms);
}

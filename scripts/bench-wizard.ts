/**
 * The setup wizard's build (issue 16): each server call the page makes, and the whole build,
 * against the budgets — every call ≤ 10 s modeled (the page shows progress between calls), the
 * build ≤ 60 s modeled.
 */
import { Workspace } from 'gas-emulator/workspace';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../esbuild.config';
import type { ServerResult, WizardView } from '../src/app/sidebarContract';
import { STAFF } from '../test/support/desk';
import { BenchRow, measure } from './benchRow';

const STEP_BUDGET = { calls: 200, ms: 10_000 };
const BUILD_BUDGET = { calls: 1_500, ms: 60_000 };

export function benchWizard(): BenchRow[] {
  const ws = new Workspace({ now: '2026-05-11T09:00:00+09:00', user: STAFF });
  ws.ui.addonName = '公民連携デスク';
  const spreadsheet = ws.spreadsheets.create('公民連携デスク 案件管理', STAFF);
  const host = new AddonHost(ws, OUT_DIR);
  host.install(spreadsheet.id, STAFF);
  const labels: string[] = [];
  const call = <T>(name: string, arg: unknown): T => {
    labels.push(
      arg && typeof arg === 'object' && 'step' in arg ? `${name} ${String(arg.step)}` : name,
    );
    const result = host.scriptRun<ServerResult<T>>(spreadsheet.id, name, [arg], STAFF);
    if (!result.ok) throw new Error(`${name}: ${result.message}`);
    return result.value;
  };
  const first = ws.ledger.executions.length;
  const view = call<WizardView>('wizardLoad', {});
  call('wizardSave', view.input);
  for (const step of view.steps) {
    while (!call<{ done: boolean }>('wizardRunStep', { step: step.id }).done);
  }
  call('wizardSummary', {});
  const executions = ws.ledger.executions.slice(first);
  const rows = executions.map((e, i) =>
    measure(`wizard call ${i + 1}: ${labels[i]}`, 0, e, STEP_BUDGET),
  );
  const total: BenchRow = {
    operation: 'wizard: whole build (all calls)',
    cases: 0,
    calls: rows.reduce((n, r) => n + r.calls, 0),
    emails: 0,
    ms: rows.reduce((n, r) => n + r.ms, 0),
    budget: BUILD_BUDGET,
  };
  return [...rows, total];
}

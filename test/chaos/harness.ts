/**
 * The chaos enumeration (issue 10): every operation is run once clean to learn K, its number of
 * service calls; then, for every k from 1 to K, on a fresh desk, the execution is killed at call
 * k (or only call k fails), the recovery the product offers runs (the next trigger, the menu, the
 * same button pressed again), and the invariants are checked. Interleavings pause an execution
 * before each of its calls while another one runs to completion. Used by `npm run chaos`
 * (scripts/chaos.ts) and by jest (test/chaos/chaos.test.ts). See docs/reliability.md.
 */
import type { ArmedFault } from 'gas-emulator/core/execution';
import { FAULT_MESSAGES } from 'gas-emulator/core/execution';
import { forkWorkspace } from 'gas-emulator/core/fork';
import { AddonHost } from 'gas-emulator/host';
import type { Desk } from '../support/desk';

/** The fault a run injected, for invariants that allow the one send in flight. */
export interface InjectedFault {
  kind: 'kill' | 'fail' | 'pause';
  at: number;
  message?: string;
}

/** A desk with what a scenario arranged on it (case refs, snapshots to compare against). */
export interface World {
  desk: Desk;
  [key: string]: unknown;
}

export interface Scenario {
  /** As printed in the table, e.g. 'status change (sidebar)'. */
  name: string;
  /**
   * The world is arranged once and each run gets a fork of it (packages/gas-emulator/src/core/fork.ts); set when
   * `arrange` must run anew for every run (a world holding live references into the workspace).
   */
  arrangeEachRun?: boolean;
  /** A fresh desk in the state before the operation (runs clean, no faults armed). */
  arrange(): World;
  /** The operation: one user action or trigger. Errors it raises under a fault are expected. */
  act(world: World): void;
  /** Function name of the execution the fault targets (the entry point `act` calls). */
  target: string | RegExp;
  /** What the product offers after a failure; runs clean. Called after clean runs too. */
  recover(world: World): void;
  /** Invariant violations after recovery (empty: all hold). */
  check(world: World, fault: InjectedFault | null): string[];
}

export interface Interleaving {
  name: string;
  arrangeEachRun?: boolean;
  arrange(): World;
  /** The first execution, paused before each of its calls in turn. */
  act(world: World): void;
  target: string | RegExp;
  /** What runs while the first execution is paused (other executions, to completion). */
  during(world: World): void;
  recover(world: World): void;
  check(world: World, fault: InjectedFault | null): string[];
}

export interface ChaosRow {
  operation: string;
  K: number;
  runs: number;
  violations: number;
  /** The first few violations, with the fault that led to each. */
  examples: string[];
}

/** Messages a single failed call throws, chosen per run by the seed. */
const FAIL_MESSAGES = [
  FAULT_MESSAGES.serviceError,
  'Service error: Drive',
  FAULT_MESSAGES.lockTimeout,
  FAULT_MESSAGES.mailQuota,
];

/** A small seeded generator (mulberry32), so a run can be repeated with CHAOS_SEED. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function targetCalls(world: World, target: string | RegExp, firstExecution: number): number {
  const executions = world.desk.ws.ledger.executions.slice(firstExecution);
  const match = executions.find((e) =>
    typeof target === 'string' ? e.functionName === target : target.test(e.functionName),
  );
  if (!match) throw new Error(`chaos: no execution of ${String(target)} ran`);
  return match.calls.length;
}

/**
 * A copy of an arranged world: the workspace forked, a host loaded for it, the rest of the world
 * (plain data: case refs, requests, counts) shared read-only.
 */
export function forkWorld<W extends World>(world: W): W {
  const ws = forkWorkspace(world.desk.ws);
  return {
    ...world,
    desk: { ...world.desk, ws, host: new AddonHost(ws, world.desk.host.distDir) },
  };
}

/** Arranges once and hands out forks (or arranges every time when the scenario asks). */
function arranger(s: Scenario | Interleaving): () => World {
  if (s.arrangeEachRun) return () => s.arrange();
  let arranged: World | null = null;
  return () => forkWorld((arranged ??= s.arrange()));
}

function quietly(body: () => void): void {
  try {
    body();
  } catch {
    // A killed or failed execution: its error is what the fault produces.
  }
}

const MAX_EXAMPLES = 5;

function collect(row: ChaosRow, found: string[], fault: InjectedFault | null): void {
  row.runs += 1;
  if (!found.length) return;
  row.violations += found.length;
  const label = fault
    ? `${fault.kind}@${fault.at}${fault.message ? ` (${fault.message})` : ''}`
    : 'clean';
  for (const f of found)
    if (row.examples.length < MAX_EXAMPLES) row.examples.push(`${label}: ${f}`);
}

/** The clean run: K, and the invariants of an operation that met no fault. */
function cleanRun(s: Scenario | Interleaving, row: ChaosRow, arrange: () => World): number {
  const world = arrange();
  const first = world.desk.ws.ledger.executions.length;
  quietly(() => s.act(world));
  const K = targetCalls(world, s.target, first);
  s.recover(world);
  collect(row, s.check(world, null), null);
  return K;
}

export function runScenario(s: Scenario, random: () => number): ChaosRow {
  const row: ChaosRow = { operation: s.name, K: 0, runs: 0, violations: 0, examples: [] };
  const arrange = arranger(s);
  row.K = cleanRun(s, row, arrange);
  for (let k = 1; k <= row.K; k++) {
    for (const kind of ['kill', 'fail'] as const) {
      const world = arrange();
      const message =
        kind === 'fail' ? FAIL_MESSAGES[Math.floor(random() * FAIL_MESSAGES.length)] : undefined;
      const fault: InjectedFault = { kind, at: k, ...(message ? { message } : {}) };
      const armed: ArmedFault = world.desk.ws.ledger.arm({
        kind,
        at: k,
        functionName: s.target,
        ...(message ? { message } : {}),
      });
      quietly(() => s.act(world));
      world.desk.ws.ledger.disarm();
      quietly(() => s.recover(world));
      const found = s.check(world, armed.fired ? fault : null);
      collect(row, found, fault);
    }
  }
  return row;
}

export function runInterleaving(s: Interleaving): ChaosRow {
  const row: ChaosRow = { operation: s.name, K: 0, runs: 0, violations: 0, examples: [] };
  const arrange = arranger(s);
  row.K = cleanRun(s, row, arrange);
  for (let k = 1; k <= row.K; k++) {
    const world = arrange();
    const fault: InjectedFault = { kind: 'pause', at: k };
    world.desk.ws.ledger.arm({
      kind: 'pause',
      at: k,
      functionName: s.target,
      during: () => quietly(() => s.during(world)),
    });
    quietly(() => s.act(world));
    world.desk.ws.ledger.disarm();
    quietly(() => s.recover(world));
    collect(row, s.check(world, fault), fault);
  }
  return row;
}

export function formatTable(rows: ChaosRow[]): string {
  const head = ['operation', 'K', 'runs', 'violations'];
  const cells = rows.map((r) => [r.operation, String(r.K), String(r.runs), String(r.violations)]);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]) => c.map((v, i) => pad(v, widths[i], i > 0)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(text)));
  return right ? fill + text : text + fill;
}

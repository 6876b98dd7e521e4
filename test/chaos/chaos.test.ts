/**
 * The chaos enumeration inside `npm test` (issue 10): every scenario and interleaving, with a
 * fixed seed, must end with no violation. `npm run chaos` runs the same with a fresh seed.
 */
import { runInterleaving, runScenario, seededRandom } from './harness';
import { ALL_INTERLEAVINGS, ALL_SCENARIOS } from './scenarios';

const random = seededRandom(Number(process.env.CHAOS_SEED ?? 20261204));

describe('exactly once under kills and failed calls', () => {
  test.each(ALL_SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const row = runScenario(scenario, random);
    expect(row.K).toBeGreaterThan(0);
    expect(row.examples).toEqual([]);
    expect(row.violations).toBe(0);
  });
});

describe('exactly once when two executions interleave', () => {
  test.each(ALL_INTERLEAVINGS.map((s) => [s.name, s] as const))('%s', (_name, interleaving) => {
    const row = runInterleaving(interleaving);
    expect(row.examples).toEqual([]);
    expect(row.violations).toBe(0);
  });
});

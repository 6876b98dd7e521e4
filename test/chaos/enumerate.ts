/**
 * The chaos enumeration inside `npm test` (issue 10): every scenario and interleaving of an area,
 * with a fixed seed, must end with no violation. One test file per area (test/chaos/*.test.ts),
 * so jest runs the areas in parallel; `npm run chaos` runs them all with a fresh seed.
 */
import { Interleaving, runInterleaving, runScenario, Scenario, seededRandom } from './harness';

export function enumerate(area: { scenarios: Scenario[]; interleavings: Interleaving[] }): void {
  const random = seededRandom(Number(process.env.CHAOS_SEED ?? 20261204));
  describe('exactly once under kills and failed calls', () => {
    test.each(area.scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
      const row = runScenario(scenario, random);
      expect(row.K).toBeGreaterThan(0);
      expect(row.examples).toEqual([]);
      expect(row.violations).toBe(0);
    });
  });
  if (!area.interleavings.length) return;
  describe('exactly once when two executions interleave', () => {
    test.each(area.interleavings.map((s) => [s.name, s] as const))('%s', (_name, interleaving) => {
      const row = runInterleaving(interleaving);
      expect(row.examples).toEqual([]);
      expect(row.violations).toBe(0);
    });
  });
}

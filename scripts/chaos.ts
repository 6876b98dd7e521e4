/**
 * npm run chaos: the enumeration of issue 10 (see test/chaos/harness.ts and docs/reliability.md).
 * Kills each operation at every one of its service calls, fails each call once, pauses it while
 * another execution runs; prints a table and `violations: N`. Seeded: CHAOS_SEED=<n> repeats a
 * run; CHAOS_ONLY=<text> runs the operations whose name contains the text.
 */
import { buildAll } from '../esbuild.config';
import { formatTable, runInterleaving, runScenario, seededRandom } from '../test/chaos/harness';
import { ALL_INTERLEAVINGS, ALL_SCENARIOS } from '../test/chaos/scenarios';

async function main(): Promise<void> {
  await buildAll();
  const seed = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
  const only = process.env.CHAOS_ONLY ?? '';
  console.log(`seed: ${seed}`);
  const random = seededRandom(seed);
  const started = Date.now();
  const rows = [
    ...ALL_SCENARIOS.filter((s) => s.name.includes(only)).map((s) => runScenario(s, random)),
    ...ALL_INTERLEAVINGS.filter((s) => s.name.includes(only)).map(runInterleaving),
  ];
  console.log(formatTable(rows));
  for (const row of rows) {
    for (const example of row.examples) console.log(`  ${row.operation}: ${example}`);
  }
  const total = rows.reduce((sum, r) => sum + r.violations, 0);
  console.log(
    `runs: ${rows.reduce((sum, r) => sum + r.runs, 0)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`violations: ${total}`);
  process.exitCode = total === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});

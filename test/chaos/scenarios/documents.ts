/** Chaos scenarios of the documents operations (see test/chaos/harness.ts). */
import type { Interleaving, Scenario } from '../harness';

export const scenarios: Scenario[] = [];
export const interleavings: Interleaving[] = [];

/** Chaos enumeration of intake and recovery (test/chaos/scenarios/intake.ts; docs/reliability.md). */
import { enumerate } from './enumerate';
import { interleavings, scenarios } from './scenarios/intake';

enumerate({ scenarios: scenarios.filter((s) => !s.name.startsWith('setup')), interleavings });

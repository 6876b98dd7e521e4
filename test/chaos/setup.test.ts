/**
 * Chaos enumeration of setup (test/chaos/scenarios/intake.ts): its own file, since setup makes
 * about 500 calls (the five default templates) and so runs longest.
 */
import { enumerate } from './enumerate';
import { scenarios } from './scenarios/intake';

enumerate({ scenarios: scenarios.filter((s) => s.name.startsWith('setup')), interleavings: [] });

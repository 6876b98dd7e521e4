/** Chaos enumeration of the sweep operations (test/chaos/scenarios/sweep.ts; docs/reliability.md). */
import { enumerate } from './enumerate';
import * as area from './scenarios/sweep';

enumerate(area);

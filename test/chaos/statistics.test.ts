/** Chaos enumeration of the statistics (test/chaos/scenarios/statistics.ts; docs/reliability.md). */
import { enumerate } from './enumerate';
import * as area from './scenarios/statistics';

enumerate(area);

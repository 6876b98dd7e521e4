/** Chaos enumeration of the department answer (test/chaos/scenarios/departmentAnswer.ts; docs/features.md). */
import { enumerate } from './enumerate';
import * as area from './scenarios/departmentAnswer';

enumerate(area);

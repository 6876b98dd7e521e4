/** Chaos enumeration of the public list (test/chaos/scenarios/publication.ts; docs/reliability.md). */
import { enumerate } from './enumerate';
import * as area from './scenarios/publication';

enumerate(area);

/** Chaos enumeration of the disclosure case file (test/chaos/scenarios/disclosure.ts; docs/reliability.md). */
import { enumerate } from './enumerate';
import * as area from './scenarios/disclosure';

enumerate(area);

/** Chaos enumeration of the workflow operations (test/chaos/scenarios/workflow.ts; docs/reliability.md). */
import { enumerate } from './enumerate';
import * as area from './scenarios/workflow';

enumerate(area);

/** Chaos enumeration of the documents operations (test/chaos/scenarios/documents.ts; docs/reliability.md). */
import { enumerate } from './enumerate';
import * as area from './scenarios/documents';

enumerate(area);

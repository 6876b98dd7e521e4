/** Every chaos scenario and interleaving, by area. */
import type { Interleaving, Scenario } from '../harness';
import * as disclosure from './disclosure';
import * as documents from './documents';
import * as intake from './intake';
import * as publication from './publication';
import * as statistics from './statistics';
import * as sweep from './sweep';
import * as workbench from './workbench';
import * as workflow from './workflow';
import * as wizard from './wizard';
import * as departmentAnswer from './departmentAnswer';

const areas = [
  intake,
  workflow,
  workbench,
  departmentAnswer,
  sweep,
  documents,
  publication,
  disclosure,
  statistics,
  wizard,
];

export const ALL_SCENARIOS: Scenario[] = areas.flatMap((a) => a.scenarios);
export const ALL_INTERLEAVINGS: Interleaving[] = areas.flatMap((a) => a.interleavings);

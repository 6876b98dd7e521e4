/** Entry points of the setup wizard (re-exported by src/index.ts; see the note there). */
import type {
  ServerResult,
  WizardSaved,
  WizardStepRequest,
  WizardStepResult,
  WizardSummary,
  WizardView,
} from '../app/sidebarContract';
import type { WizardInput } from '../domain/wizard';
import {
  loadWizard,
  openWizardDialog,
  runWizardStep,
  saveWizard,
  wizardSummary as summary,
} from '../app/wizard';
import { serverResult } from '../app/workflow/handlers';
import { withRefusalAlert } from '../app/workflow/sidebarOpen';

export function menuOpenWizard(): void {
  withRefusalAlert(openWizardDialog);
}

export function wizardLoad(_arg?: Record<string, never>): ServerResult<WizardView> {
  return serverResult(loadWizard);
}

export function wizardSave(input: WizardInput): ServerResult<WizardSaved> {
  return serverResult(() => saveWizard(input));
}

export function wizardRunStep(request: WizardStepRequest): ServerResult<WizardStepResult> {
  return serverResult(() => runWizardStep(request));
}

export function wizardSummary(_arg?: Record<string, never>): ServerResult<WizardSummary> {
  return serverResult(summary);
}

/** Entry points of the workflow feature (re-exported by src/index.ts; see the note there). */
import type {
  AgreementRequest,
  AssignDepartmentRequest,
  CaseEditResult,
  ReceiptRequest,
  CaseRef,
  CaseView,
  ChecklistRequest,
  DialogueRequest,
  GoalsRequest,
  MoveRequest,
  MoveResult,
  PreConsultationRequest,
  PublicationRequest,
  ServerResult,
} from '../app/sidebarContract';
import { checkRef } from '../store/caseRow';
import { buildCaseView } from '../app/workflow/caseView';
import { deskOf, openDeskContext } from '../store/context';
import { documentPropertiesIfAny } from '../adapters/properties';
import { openLockedDesk } from '../store/journal';
import { assignDepartment } from '../app/workflow/departmentHandoff';
import { addDialogue } from '../app/workflow/dialogues';
import { saveGoals } from '../app/workflow/goals';
import { setChecklistItem } from '../app/workflow/checklist';
import { savePublication } from '../app/workflow/publicationFields';
import { registerPreConsultation } from '../app/workflow/preConsultation';
import { actThenView, serverResult } from '../app/workflow/handlers';
import {
  openCaseSidebar,
  openPreConsultationDialog,
  withRefusalAlert,
} from '../app/workflow/sidebarOpen';
import { moveCaseForSidebar } from '../app/workflow/statusChange';
import { recordReceipt, saveAgreement } from '../app/workflow/caseEdits';
import { readFullContent } from '../app/workflow/caseView';

export function menuChangeStatus(): void {
  withRefusalAlert(() => openCaseSidebar('status'));
}

export function menuAssignDepartment(): void {
  withRefusalAlert(() => openCaseSidebar('department'));
}

export function menuAddDialogue(): void {
  withRefusalAlert(() => openCaseSidebar('dialogue'));
}

export function menuRegisterPreConsultation(): void {
  withRefusalAlert(openPreConsultationDialog);
}

export function sidebarGetCase(ref: CaseRef): ServerResult<CaseView> {
  return serverResult(() => {
    const checked = checkRef(ref);
    // The properties read once: the desk (settings, who) and the 担当課 snapshot the view uses.
    const props = documentPropertiesIfAny();
    const all = props ? props.getProperties() : {};
    return buildCaseView(deskOf(all).ss, checked, all);
  });
}

export function sidebarMoveCase(request: MoveRequest): ServerResult<MoveResult> {
  return serverResult(() => moveCaseForSidebar(openLockedDesk(), request));
}

export function sidebarAssignDepartment(request: AssignDepartmentRequest): ServerResult<CaseView> {
  return actThenView(request, (ctx) => assignDepartment(ctx, request));
}

export function sidebarAddDialogue(request: DialogueRequest): ServerResult<CaseView> {
  return actThenView(request, (ctx) => addDialogue(ctx, request));
}

export function sidebarSaveGoals(request: GoalsRequest): ServerResult<CaseView> {
  return actThenView(request, (ctx) => saveGoals(ctx, request));
}

export function sidebarSaveAgreement(request: AgreementRequest): ServerResult<CaseEditResult> {
  return serverResult(() => saveAgreement(openLockedDesk(), request));
}

export function sidebarRecordReceipt(request: ReceiptRequest): ServerResult<CaseEditResult> {
  return serverResult(() => recordReceipt(openLockedDesk(), request));
}

/** The whole 提案内容 (the sidebar shows its beginning); read only. */
export function sidebarGetContent(ref: CaseRef): ServerResult<{ content: string }> {
  return serverResult(() => ({ content: readFullContent(openDeskContext().ss, checkRef(ref)) }));
}

export function sidebarSetChecklistItem(request: ChecklistRequest): ServerResult<CaseView> {
  return actThenView(request, (ctx) => setChecklistItem(ctx, request));
}

export function sidebarSavePublication(request: PublicationRequest): ServerResult<CaseView> {
  return actThenView(request, (ctx) => savePublication(ctx, request));
}

export function dialogRegisterPreConsultation(
  request: PreConsultationRequest,
): ServerResult<CaseRef> {
  return serverResult(() => registerPreConsultation(openLockedDesk(), request));
}

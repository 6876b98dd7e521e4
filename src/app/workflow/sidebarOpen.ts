/**
 * Menu items that open the sidebar on the case in the selected register row, or the
 * pre-consultation dialog. Refusals (not desk staff, no case selected) are shown in an alert.
 */
import { UI } from '../../strings';
import { WORKFLOW_UI } from '../../strings/workflow';
import { NotAllowedError } from '../../store/access';
import type { CaseRef } from '../sidebarContract';
import { openDeskContext, WorkflowError } from '../../store/context';
import { selectedCase } from '../../store/caseRow';
import { alert, showModalDialog, showSidebar } from '../../adapters/ui';
import { templateFromFile } from '../../adapters/html';

export type SidebarSection = 'status' | 'department' | 'dialogue' | 'documents';

const SIDEBAR_PAGE = 'sidebar';
const PRE_CONSULTATION_PAGE = 'preConsultation';
const DIALOG_WIDTH = 560;
const DIALOG_HEIGHT = 640;

/** Runs a menu action; a refusal or failure is shown in Japanese, never as a stack. */
export function withRefusalAlert(action: () => void): void {
  try {
    action();
  } catch (error) {
    const message = (error as Error).message;
    const known = error instanceof WorkflowError || error instanceof NotAllowedError;
    alert(known ? message : UI.error(message));
  }
}

export function openCaseSidebar(section: SidebarSection): void {
  const ctx = openDeskContext();
  showCaseSidebar(selectedCase(ctx.ss), section);
}

/** Shows the sidebar on a case (the selected row, or one chosen in 案件を検索). */
export function showCaseSidebar(ref: CaseRef, section: SidebarSection): void {
  const template = templateFromFile(SIDEBAR_PAGE);
  template.caseRefJson = JSON.stringify(ref);
  template.section = section;
  const output = template.evaluate().setTitle(WORKFLOW_UI.sidebarTitle(ref.caseNumber));
  showSidebar(output);
}

export function openPreConsultationDialog(): void {
  openDeskContext();
  const template = templateFromFile(PRE_CONSULTATION_PAGE);
  template.caseRefJson = '';
  template.section = '';
  const output = template.evaluate().setWidth(DIALOG_WIDTH).setHeight(DIALOG_HEIGHT);
  showModalDialog(output, WORKFLOW_UI.preConsultationTitle);
}

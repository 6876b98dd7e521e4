/**
 * 実施準備 (PoC preparation) checklist, from the guideline's PoC flow. Kept separate from the
 * status so preparation items can be ticked in any order while the case stays in 実施準備.
 */
import { OpenStatus } from './statuses';
import { checklistStatus } from './tracks';

export interface ChecklistItem {
  readonly id: string;
  readonly label: string;
}

/** The PoC step carrying the checklist gate in the process table (processTable.ts). */
export const POC_CHECKLIST_STATUS = checklistStatus('poc') as OpenStatus;

export const pocChecklist: readonly ChecklistItem[] = [
  { id: 'coordination', label: '土地・施設管理者、地元関係者との調整' },
  { id: 'permits', label: '使用許可申請等' },
  { id: 'publicNotice', label: '地域への周知' },
];

/** Items not yet done, in checklist order; the UI warns before leaving 実施準備 with any. */
export function pendingPocChecklistItems(doneIds: readonly string[]): ChecklistItem[] {
  return pocChecklist.filter((item) => !doneIds.includes(item.id));
}

/**
 * Everything the sidebar shows about one case, as JSON-safe values (dates as text): the row,
 * the moves the process allows from its status, the PoC checklist, its history and dialogues,
 * the departments to choose from and the documents it may have now.
 */
import { MOVE_LABELS } from '../../strings/workflow';
import { availableKinds } from '../../domain/documents/kinds';
import { publicationStateOf } from '../../domain/publication';
import {
  CaseRecord,
  checklistIdsOf,
  isStatus,
  movesFrom,
  POC_CHECKLIST_STATUS,
  pocChecklist,
  trackFromMethod,
  TRACKS,
} from '../../domain/workflow';
import type {
  CaseRef,
  CaseView,
  ChecklistState,
  DocumentKindOption,
  MoveOption,
} from '../sidebarContract';
import { readCaseRow, REGISTER_LAST_COLUMN } from './caseRow';
import { readDepartments } from './departments';
import { readCaseDialogues } from './dialogues';
import { readCaseHistory } from './history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function buildCaseView(ss: Spreadsheet, ref: CaseRef): CaseView {
  const { record } = readCaseRow(ss, ref, REGISTER_LAST_COLUMN);
  return {
    ...caseSummary(ref.row, record),
    history: readCaseHistory(ss, ref.caseNumber),
    dialogues: readCaseDialogues(ss, ref.caseNumber),
    departments: readDepartments(ss).map((d) => d.name),
  };
}

/** The parts of the view that come from the register row alone (pure). */
export function caseSummary(
  row: number,
  record: CaseRecord,
): Omit<CaseView, 'history' | 'dialogues' | 'departments'> {
  const track = trackFromMethod(record.track);
  return {
    row,
    caseNumber: record.caseNumber,
    title: record.title,
    organisation: record.organisation,
    applicantName: record.name,
    email: record.email,
    track,
    trackLabel: TRACKS[track].label,
    status: record.status,
    statusChangedAt: record.statusChangedAt,
    dueDate: record.dueDate,
    department: record.department,
    departmentDue: record.departmentDue,
    owner: record.owner,
    goal: record.goal,
    roleSplit: record.roleSplit,
    moves: moveOptions(record),
    checklist: checklistOf(record),
    documentKinds: documentKindsOf(record),
    latestDocument: record.latestDocument,
    latestPdf: record.latestPdf,
    publication: publicationStateOf(record),
    folder: record.folder,
  };
}

function moveOptions(record: CaseRecord): MoveOption[] {
  if (!isStatus(record.status)) return [];
  return movesFrom(trackFromMethod(record.track), record.status).map((move) => ({
    to: move.to,
    kind: move.kind,
    label: MOVE_LABELS[move.kind](move.to),
  }));
}

function checklistOf(record: CaseRecord): ChecklistState[] {
  const done = checklistIdsOf(record.pocChecklist);
  const relevant =
    trackFromMethod(record.track) === 'poc' &&
    (record.status === POC_CHECKLIST_STATUS || done.length > 0);
  if (!relevant) return [];
  return pocChecklist.map((item) => ({
    id: item.id,
    label: item.label,
    done: done.includes(item.id),
  }));
}

function documentKindsOf(record: CaseRecord): DocumentKindOption[] {
  if (!isStatus(record.status)) return [];
  return availableKinds(trackFromMethod(record.track), record.status).map((kind) => ({
    kind: kind.id,
    label: kind.label,
  }));
}

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
import { LONG_TEXT_NOTE, Q } from '../../strings';
import { readOrganisationKeys } from '../../store/caseListKeys';
import { organisationKey } from '../../domain/organisation';
import { canonicalKeyOf } from '../../domain/partners';
import { PARTNER_PROP } from '../partners';
import { readCaseRow } from '../../store/caseRow';
import { readDepartments } from '../../store/departments';
import { departmentsFromSnapshot } from '../../store/departmentSnapshot';
import { readCaseDialogues } from './dialogues';
import { readCaseHistory, readCaseRows } from '../../store/history';
import { joinLongText } from '../../store/longTexts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How much of 提案内容 the sidebar shows at first; the rest on demand (sidebarGetContent). */
export const CONTENT_PREVIEW_CHARS = 300;

/**
 * The sidebar's case. With the document properties the caller already read (`all`), the
 * department names come from the 担当課 snapshot kept there (src/store/departmentSnapshot.ts,
 * refreshed by setup, the wizard, 設定を反映 and every edit of 担当課) instead of a read of the
 * sheet: 2 calls fewer.
 */
export function buildCaseView(
  ss: Spreadsheet,
  ref: CaseRef,
  all?: Record<string, string>,
): CaseView {
  const { record } = readCaseRow(ss, ref);
  // An empty snapshot (setup before 担当課 was filled) is not trusted: the sheet is read.
  const snapshot = Object.keys((all && departmentsFromSnapshot(all)) ?? {});
  return {
    ...caseSummary(ref.row, record),
    history: readCaseHistory(ss, ref.caseNumber),
    dialogues: readCaseDialogues(ss, ref.caseNumber),
    departments: snapshot.length ? snapshot : readDepartments(ss).map((d) => d.name),
    partnerCases: otherCasesOf(ss, ref, record, all?.[PARTNER_PROP.merges]),
  };
}

/**
 * The organisation's other proposals: one read of the register's 事業者キー column (2 calls,
 * 10,000 short cells at most). Organisations staff merged in 事業者 count as one, as at intake
 * (the merges kept in document properties, src/app/partners.ts). Null when the case has no key.
 */
function otherCasesOf(
  ss: Spreadsheet,
  ref: CaseRef,
  record: CaseRecord,
  mergesJson: string | undefined,
): number | null {
  const canonical = canonicalKeyOf(mergesJson);
  const own = record.organisationKey.trim() || organisationKey(record.organisation);
  if (!own) return null;
  const key = canonical(own);
  const keys = readOrganisationKeys(ss);
  return keys.filter((k, i) => i + 2 !== ref.row && k !== '' && canonical(k) === key).length;
}

/** The note the intake puts before a long text's preview (src/domain/register.ts). */
const LONG_NOTE_HEAD = LONG_TEXT_NOTE(0).split('（')[0];

/** Whether 提案内容 was too long for its cell and is kept whole in 長文保管. */
export function isLongTextCell(cell: string): boolean {
  return cell.startsWith(LONG_NOTE_HEAD);
}

/** The text without the intake's long-text note. */
function withoutLongNote(cell: string): string {
  return isLongTextCell(cell) ? cell.slice(cell.indexOf('\n') + 1) : cell;
}

/**
 * The whole 提案内容: the register's cell, or — when it was too long for a cell — its parts in
 * 長文保管, read for this case only (see readCaseRows). Read only, no lock needed.
 */
export function readFullContent(ss: Spreadsheet, ref: CaseRef): string {
  const { record } = readCaseRow(ss, ref);
  if (!isLongTextCell(record.content)) return record.content;
  const rows = readCaseRows(ss, 'longText', 4, ref.caseNumber, Infinity);
  // The intake keeps it under the form's question (src/domain/register.ts FIELD_LABELS).
  return joinLongText(rows, ref.caseNumber, Q.content) || withoutLongNote(record.content);
}

/** The parts of the view that come from the register row alone (pure). */
export function caseSummary(
  row: number,
  record: CaseRecord,
): Omit<CaseView, 'history' | 'dialogues' | 'departments' | 'partnerCases'> {
  const track = trackFromMethod(record.track);
  const content = withoutLongNote(record.content);
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
    proposal: {
      kind: record.proposalKind,
      challenge: record.challenge,
      roles: record.roles,
      phone: record.phone,
      contentPreview: content.slice(0, CONTENT_PREVIEW_CHARS),
      contentMore: content.length > CONTENT_PREVIEW_CHARS || isLongTextCell(record.content),
    },
    agreement: {
      representative: record.representative,
      partnershipItems: record.partnershipItems,
      agreementDate: record.agreementDate,
      agreementEnd: record.agreementEnd,
    },
    receipts: {
      proposalReceivedOn: record.proposalReceivedOn,
      proposalFileUrl: record.proposalFileUrl,
      reportReceivedOn: record.reportReceivedOn,
      reportFileUrl: record.reportFileUrl,
      hasReport: TRACKS[track].steps.some((step) => step.requires?.field === 'reportReceivedOn'),
    },
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

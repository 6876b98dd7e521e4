/**
 * What crosses google.script.run between the sidebar (src/ui/) and the server (src/entries/).
 * Typed once here and imported by both sides (types only, erased from the bundle).
 *
 * google.script.run passes only JSON-like values: strings, numbers, booleans, null, plain
 * objects and arrays. Dates become strings here (ISO date 'YYYY-MM-DD' or Tokyo date-time text).
 * A server handler never throws at the sidebar: it returns `{ ok: false, message }` with a
 * Japanese message, so the sidebar never shows a raw stack.
 */
import type { WizardInput, WizardProblem } from '../domain/wizard';
import type { HealthReport } from '../domain/health';
import type { PreConsultationKey } from '../domain/proposalFields';

/** ヘルスチェック's report (issue 16): judged by src/domain/health.ts, shown by src/ui/health.ts. */
export type { HealthItem, HealthReport, HealthStatus } from '../domain/health';

export type ServerResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * An action's idempotency key: made by the page when the person starts an action and sent again,
 * unchanged, when they press the same button after a failure or a lost answer. The server
 * completes the first attempt instead of repeating it (see docs/reliability.md). Optional for
 * older pages; without it an action is not deduplicated.
 */
export interface Idempotent {
  requestId?: string;
}

/** Identifies a case on the server: its register row, checked against its number. */
export interface CaseRef {
  row: number;
  caseNumber: string;
}

export interface MoveOption {
  to: string;
  /** forward | rework | withdraw | decline | skip-optional | ineligible */
  kind: string;
  /** Button caption, e.g. 「対話・調整」へ進める / 差し戻し */
  label: string;
}

export interface HistoryEntry {
  at: string;
  by: string;
  from: string;
  to: string;
  comment: string;
  /** 回答書に記載する理由 (to 不採択): printed in the reply letter, unlike the internal comment. */
  letterReason?: string;
}

export interface DialogueEntry {
  date: string;
  parties: string;
  summary: string;
  by: string;
}

export interface ChecklistState {
  id: string;
  label: string;
  done: boolean;
}

export interface DocumentKindOption {
  kind: string;
  label: string;
}

/** 公開 (publication) of a case: the applicant's consent and the desk's decision and summary. */
export interface PublicationView {
  /** 公開への同意 as the applicant answered ('' for cases from before the question). */
  consent: string;
  /** 公開 / 非公開 / 未判断. */
  decision: string;
  summary: string;
  /** 'YYYY-MM-DD' or ''. */
  publishedOn: string;
  /** Whether the process table counts the case as realised (a condition of publication). */
  realised: boolean;
  /** Whether all four conditions hold, so the next 公開一覧を更新 lists it. */
  listed: boolean;
}

export interface CaseView {
  row: number;
  caseNumber: string;
  title: string;
  organisation: string;
  applicantName: string;
  email: string;
  track: string;
  trackLabel: string;
  status: string;
  statusChangedAt: string;
  dueDate: string;
  department: string;
  departmentDue: string;
  owner: string;
  goal: string;
  roleSplit: string;
  moves: MoveOption[];
  /** Present while the case is a PoC in 実施準備 (or has ticked items). */
  checklist: ChecklistState[];
  history: HistoryEntry[];
  dialogues: DialogueEntry[];
  /** Department names from 担当課, for the hand-off choice. */
  departments: string[];
  /** Document kinds that may be generated for this case now. */
  documentKinds: DocumentKindOption[];
  latestDocument: string;
  latestPdf: string;
  publication: PublicationView;
  /** The case's Drive folder (link), once made. */
  folder: string;
  /** The proposal as the applicant wrote it (issue 12: the sidebar as the desk's workbench). */
  proposal: ProposalView;
  /** 協定: what the agreement document prints (代表者, 連携事項, 締結日, 満了日). */
  agreement: AgreementView;
  /** When the applicant's files arrived (gates of the process table) and links to them. */
  receipts: ReceiptsView;
  /** Earlier proposals from the same organisation (事業者キー); null when not counted. */
  partnerCases: number | null;
}

export interface ProposalView {
  /** 提案区分 and 課題 (課題提案). */
  kind: string;
  challenge: string;
  /** 市に求める役割. */
  roles: string;
  phone: string;
  /** The first CONTENT_PREVIEW_CHARS characters of 提案内容. */
  contentPreview: string;
  /** Whether there is more: the whole text comes from sidebarGetContent. */
  contentMore: boolean;
}

export interface AgreementView {
  representative: string;
  partnershipItems: string;
  /** 'YYYY-MM-DD' or '' (or the text typed in the register when it is not a date). */
  agreementDate: string;
  agreementEnd: string;
}

export interface ReceiptsView {
  proposalReceivedOn: string;
  proposalFileUrl: string;
  reportReceivedOn: string;
  reportFileUrl: string;
  /** Whether the case's track has a report (PoC). */
  hasReport: boolean;
}

/** The parts of a CaseView that come from the register row alone. */
export type CaseSummary = Omit<
  CaseView,
  | 'history'
  | 'dialogues'
  | 'departments'
  | 'latestDocument'
  | 'latestPdf'
  | 'folder'
  | 'partnerCases'
>;

/**
 * What a move returns: the case's row as the move left it, and the history row it appended.
 * Built from the row the move already read, so a status change stays within its 10-call budget;
 * the sidebar merges it into the view it shows.
 */
export interface MoveResult {
  summary: CaseSummary;
  historyEntry: HistoryEntry;
}

export interface MoveRequest extends CaseRef, Idempotent {
  /** The status the sidebar showed; the server refuses if the case has moved since. */
  expectedStatus: string;
  to: string;
  comment: string;
  /** 回答書に記載する理由 (to 不採択): printed in the reply letter, unlike the internal comment. */
  letterReason?: string;
}

export interface AssignDepartmentRequest extends CaseRef, Idempotent {
  department: string;
  /** What the desk asks of the department. */
  request: string;
  /** 'YYYY-MM-DD'; empty means the server's default (settings). */
  dueDate: string;
}

export interface DialogueRequest extends CaseRef, Idempotent {
  date: string;
  parties: string;
  summary: string;
}

export interface GoalsRequest extends CaseRef, Idempotent {
  goal: string;
  roleSplit: string;
}

/** 協定の内容: every field as it should stand (blank clears it); dates 'YYYY-MM-DD' or ''. */
export interface AgreementRequest extends CaseRef, Idempotent {
  representative: string;
  partnershipItems: string;
  agreementDate: string;
  agreementEnd: string;
}

/** 提案書 / 報告書 received: the date ('YYYY-MM-DD') and a link to the file ('' for none). */
export interface ReceiptRequest extends CaseRef, Idempotent {
  document: 'proposal' | 'report';
  receivedOn: string;
  fileUrl: string;
}

/**
 * What an edit of the case's register cells returns, like a move: the row as the edit left it
 * and the history row it appended (no further reads, so it stays within the move's budget).
 */
export type CaseEditResult = MoveResult;

export interface ChecklistRequest extends CaseRef, Idempotent {
  itemId: string;
  done: boolean;
}

export interface GenerateDocumentRequest extends CaseRef, Idempotent {
  kind: string;
  /** Needed to regenerate an agreement once the case is past 連携協定締結. */
  confirmed: boolean;
}

export interface GeneratedDocument {
  documentUrl: string;
  pdfUrl: string;
  version: number;
  name: string;
}

export interface SendReplyRequest extends CaseRef, Idempotent {
  kind: string;
}

/** A case the desk registers itself (事前相談 before any form submission): dialog 'preConsultation'. */
export interface PublicationRequest extends CaseRef, Idempotent {
  decision: string;
  summary: string;
  /** 'YYYY-MM-DD' or ''. */
  publishedOn: string;
}

/** The fields the 事前相談 dialog asks, as the field table says (src/domain/proposalFields.ts). */
export type PreConsultationRequest = Idempotent & Record<PreConsultationKey, string>;

/**
 * Server handlers the pages call (top-level functions of the bundle, src/entries/), each as
 * [argument, value of its ServerResult]: the page's google.script.run wrapper (src/ui/lib/run.ts)
 * and the entry points are checked against this one list.
 *
 * Pages (src/ui/<name>.html, built to dist/<name>.html) are opened by the server with
 * HtmlService.createTemplateFromFile(name); the template gets two variables, printed escaped
 * with <?= ?> into data attributes of the page's root element:
 *   caseRefJson: JSON of CaseRef ('' for the pre-consultation dialog)
 *   section: which part to open first: 'status' | 'department' | 'dialogue' | 'documents'
 * Pages: 'sidebar' (showSidebar), 'preConsultation' (showModalDialog).
 */
/** 案件を検索 (dialog 'search'): every field optional, all given ones must hold. */
export interface SearchRequest {
  caseNumber: string;
  organisation: string;
  /** Words (space-separated) each found in the title or the content. */
  words: string;
  status: string;
  /** A fiscal year as '2026', or ''. */
  fiscalYear: string;
  department: string;
  /**
   * The id of the spreadsheet the dialog was opened in (the page has it from the server). When it
   * is the desk's own, the search reads through the Sheets API without opening the spreadsheet.
   */
  spreadsheetId?: string;
}

export interface SearchHit extends CaseRef {
  title: string;
  organisation: string;
  status: string;
  /** 'YYYY-MM-DD' or ''. */
  dueDate: string;
}

export interface SearchResult {
  /** The first matches in register order (at most the server's limit). */
  hits: SearchHit[];
  /** How many cases matched in all. */
  total: number;
}

/** The setup wizard (dialog 'wizard', src/app/wizard.ts). */
export interface WizardView {
  /** The current answers: 設定 and 担当課 as they are (the defaults on a blank spreadsheet). */
  input: WizardInput;
  steps: Array<{ id: string; label: string }>;
  /** No 設定 sheet yet. */
  firstRun: boolean;
}

/** Saving the answers: refused whole (ok false, every problem) or the labels changed. */
export interface WizardSaved {
  ok: boolean;
  problems: WizardProblem[];
  /** 設定 items whose value changed (labels). */
  changed: string[];
  /** 担当課 rows added and updated. */
  added: number;
  updated: number;
}

export interface WizardStepRequest {
  step: string;
}

export interface WizardStepResult {
  step: string;
  /** False: the step stopped at its time window; call it again to continue. */
  done: boolean;
}

export interface WizardLink {
  label: string;
  url: string;
}

export interface WizardSummary {
  deskName: string;
  links: WizardLink[];
}

export interface Handlers {
  sidebarGetCase: [CaseRef, CaseView];
  sidebarMoveCase: [MoveRequest, MoveResult];
  sidebarAssignDepartment: [AssignDepartmentRequest, CaseView];
  sidebarAddDialogue: [DialogueRequest, CaseView];
  sidebarSaveGoals: [GoalsRequest, CaseView];
  sidebarSaveAgreement: [AgreementRequest, CaseEditResult];
  sidebarRecordReceipt: [ReceiptRequest, CaseEditResult];
  sidebarGetContent: [CaseRef, { content: string }];
  sidebarSetChecklistItem: [ChecklistRequest, CaseView];
  sidebarSavePublication: [PublicationRequest, CaseView];
  sidebarGenerateDocument: [GenerateDocumentRequest, GeneratedDocument];
  sidebarSendReplyLetter: [SendReplyRequest, { sentTo: string }];
  sidebarOpenDocuments: [CaseRef, { folder: string }];
  dialogRegisterPreConsultation: [PreConsultationRequest, CaseRef];
  searchCases: [SearchRequest, SearchResult];
  searchOpenCase: [CaseRef, CaseRef];
  healthCheck: [Record<string, never>, HealthReport];
  wizardLoad: [Record<string, never>, WizardView];
  wizardSave: [WizardInput, WizardSaved];
  wizardRunStep: [WizardStepRequest, WizardStepResult];
  wizardSummary: [Record<string, never>, WizardSummary];
}

export type HandlerName = keyof Handlers;

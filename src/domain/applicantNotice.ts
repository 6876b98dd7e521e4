/**
 * The applicant's side of a move (issue 12, docs/features.md "Applicant notices"): which moves
 * tell the applicant (the process table, src/domain/workflow/processTable.ts, less the stages 設定
 * turns off), the short notice itself, and the receipt's paragraphs by track and kind. Pure.
 *
 * A notice carries the case's number and title, the new stage in plain words, what happens next
 * and the desk's contact — never the person's comment or any internal note.
 */
import { CHOICES, type DeskContact } from '../strings';
import {
  APPLICANT_NOTICE,
  NOTICE_HISTORY,
  NOTICE_STAGES,
  NoticeStage,
  RECEIPT_NOTES,
} from '../strings/applicantNotices';
import { isValidEmail } from './screening';
import type { Settings } from './settings';
import { isStatus, statusFromText, type Status } from './workflow/statuses';
import { notifiesApplicant, type Track } from './workflow/tracks';
import type { MoveKind } from './workflow/moves';
import { trackFromMethod } from './workflow/methods';

export type { NoticeStage } from '../strings/applicantNotices';

/** Whether a status is one the notices know (the process table marks no other). */
function isNoticeStage(status: string): status is NoticeStage {
  return status in NOTICE_STAGES;
}

/**
 * The stage a move tells the applicant about, or null: the process table marks the status, the
 * move is not a step back (re-entering a stage is no news to the applicant), and 設定「申請者に
 * 通知しない段階」 does not list it (labels compared as statuses: '回答(可)' = '回答（可）').
 */
export function applicantNoticeStage(input: {
  track: Track;
  to: Status;
  kind: MoveKind;
  noticesOff: readonly string[];
}): NoticeStage | null {
  if (input.kind === 'rework') return null;
  if (!notifiesApplicant(input.track, input.to) || !isNoticeStage(input.to)) return null;
  const off = new Set(input.noticesOff.map((label) => statusFromText(label.trim())));
  return off.has(input.to) ? null : input.to;
}

export interface NoticeCase {
  caseNumber: string;
  title: string;
  organisation: string;
  name: string;
}

/** The desk's contact block from settings. */
export function deskContactOf(
  settings: Pick<Settings, 'deskName' | 'department' | 'address' | 'phone' | 'deskEmail'>,
): DeskContact {
  return {
    deskName: settings.deskName,
    department: settings.department,
    address: settings.address,
    phone: settings.phone,
    email: settings.deskEmail,
  };
}

/** The notice of one stage: subject and plain-text body. */
export function composeApplicantNotice(
  c: NoticeCase,
  stage: NoticeStage,
  track: Track,
  contact: DeskContact,
): { subject: string; body: string } {
  const text = NOTICE_STAGES[stage];
  return {
    subject: APPLICANT_NOTICE.subject(contact.deskName, c.caseNumber, text.subject),
    body: APPLICANT_NOTICE.body({
      organisation: c.organisation,
      name: c.name,
      caseNumber: c.caseNumber,
      title: c.title,
      stage: text.stage,
      headline: text.headline,
      next: text.next[track] ?? text.next.default,
      contact,
    }),
  };
}

/** What a move does for the applicant: nothing, a notice, or a note that it could not be sent. */
export type NoticePlan =
  | { kind: 'none' }
  | { kind: 'send'; stage: NoticeStage; to: string; subject: string; body: string; note: string }
  | { kind: 'noAddress'; stage: NoticeStage; note: string };

/**
 * The notice a move sends, from the case's register record (its 連携手法, email and names) and
 * the move as planned. `note` goes into the move's history comment.
 */
export function planApplicantNotice(
  record: {
    track: string;
    caseNumber: string;
    title: string;
    organisation: string;
    name: string;
    email: string;
  },
  move: { to: string; kind: MoveKind },
  settings: Settings,
): NoticePlan {
  if (!isStatus(move.to)) return { kind: 'none' };
  const track = trackFromMethod(record.track);
  const stage = applicantNoticeStage({
    track,
    to: move.to,
    kind: move.kind,
    noticesOff: settings.applicantNoticesOff,
  });
  if (!stage) return { kind: 'none' };
  const label = NOTICE_STAGES[stage].stage;
  const to = record.email.trim();
  if (!isValidEmail(to)) return { kind: 'noAddress', stage, note: NOTICE_HISTORY.noAddress(label) };
  const mail = composeApplicantNotice(record, stage, track, deskContactOf(settings));
  return { kind: 'send', stage, to, ...mail, note: NOTICE_HISTORY.sent(label, to) };
}

/** A history comment with a note after it (on its own line when there is a comment). */
export function withNote(comment: string, note: string): string {
  if (!note) return comment;
  return comment ? `${comment}\n${note}` : note;
}

/** The history note of a notice the mail service refused. */
export function refusedNoticeNote(stage: NoticeStage, to: string): string {
  return NOTICE_HISTORY.refused(NOTICE_STAGES[stage].stage, to);
}

/**
 * The receipt's paragraphs that depend on the proposal (several may apply, in this order): the
 * PoC's cost and report duty (guideline 「実証実験サポート」), the 課題 a 課題提案 answers, and
 * the 事前相談 the applicant asked for. Each paragraph is a list of lines.
 */
export function receiptNotes(p: {
  method: string;
  proposalKind: string;
  challenge: string;
  preConsultation: string;
}): string[][] {
  const notes: string[][] = [];
  if (trackFromMethod(p.method) === 'poc') notes.push(RECEIPT_NOTES.poc);
  if (p.proposalKind.trim() === CHOICES.proposalKind[1]) {
    const challenge = p.challenge.trim();
    notes.push(challenge ? RECEIPT_NOTES.challenge(challenge) : RECEIPT_NOTES.challengeMissing);
  }
  if (p.preConsultation.trim() === CHOICES.preConsultation[0]) {
    notes.push(RECEIPT_NOTES.preConsultation);
  }
  return notes;
}

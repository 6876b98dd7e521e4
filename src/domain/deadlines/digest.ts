/**
 * Digests: one email per recipient per day listing their reminders, most urgent first, with a
 * plain-text body and an HTML body in which every value from the register is escaped. Pure.
 */
import type { DeskContact } from '../../strings';
import {
  APPLICANT_DIGEST,
  DIGEST,
  daysLeftText,
  REMINDER_KIND_LABELS,
  REMINDER_NOTES,
  reminderDate,
} from '../../strings/reminders';
import { HEALTH_DIGEST } from '../../strings/health';
import { staffDeadline } from '../calendar/displayDate';
import { byUrgency, DESK, Reminder, RecipientRole } from './reminders';

/** Items per digest: beyond this the rest wait for the next day (and the body stays small). */
export const MAX_ITEMS_PER_DIGEST = 100;

export interface Digest {
  /** DESK or an address: whom "one digest per day" is counted for. */
  recipient: string;
  role: RecipientRole;
  /** Items in this digest, most urgent first. */
  items: Reminder[];
  /** Items left for a later day because the digest is full. */
  overflow: Reminder[];
  /** daysLeft of the most urgent item: digests are sent in this order. */
  urgency: number;
}

/** Groups reminders by recipient, most urgent digest first. */
export function groupDigests(reminders: Reminder[], maxItems = MAX_ITEMS_PER_DIGEST): Digest[] {
  const byRecipient = new Map<string, Reminder[]>();
  for (const r of reminders) {
    const list = byRecipient.get(r.recipient) ?? [];
    list.push(r);
    byRecipient.set(r.recipient, list);
  }
  const digests: Digest[] = [];
  for (const [recipient, list] of byRecipient) {
    const sorted = [...list].sort(byUrgency);
    digests.push({
      recipient,
      role: recipient === DESK ? 'desk' : sorted[0].role,
      items: sorted.slice(0, maxItems),
      overflow: sorted.slice(maxItems),
      urgency: sorted[0].daysLeft,
    });
  }
  return digests.sort((a, b) => a.urgency - b.urgency || a.recipient.localeCompare(b.recipient));
}

// ---- rendering ------------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * A value on one line of a plain-text email: control characters and line breaks (which could
 * fake extra lines, e.g. a forged link) become spaces.
 */
export function oneLine(text: string): string {
  return String(text).replace(LINE_BREAKING, ' ').trim();
}

/** Only https links (the spreadsheet's) are printed; anything else becomes '#'. */
export function safeUrl(url: string): string {
  return /^https:\/\/[^\s"'<>]+$/.test(url) ? url : '#';
}

export interface RenderContext {
  today: string;
  contact: DeskContact;
  registerUrl: string;
  rowUrl: (row: number) => string;
  /** ヘルスチェック's problems, one line each, for the desk's digest only (src/domain/health.ts). */
  health?: readonly string[];
}

export interface RenderedMail {
  subject: string;
  body: string;
  htmlBody: string;
}

export function renderDigest(d: Digest, ctx: RenderContext): RenderedMail {
  return d.role === 'applicant' ? renderApplicantDigest(d, ctx) : renderStaffDigest(d, ctx);
}

function countKinds(items: Reminder[]) {
  return {
    overdue: items.filter((i) => i.kind === 'overdue').length,
    soon: items.filter((i) => i.kind === 'dueSoon').length,
    renewal: items.filter((i) => i.kind === 'renewal').length,
  };
}

function renderStaffDigest(d: Digest, ctx: RenderContext): RenderedMail {
  const c = countKinds(d.items);
  const health = d.role === 'desk' ? (ctx.health ?? []).map(oneLine) : [];
  // Staff-facing: the one date style of displayDate.ts (yyyy/MM/dd（曜）, issue 12).
  const date = staffDeadline(ctx.today);
  const subject = oneLine(DIGEST.subject(ctx.contact.deskName, date, c.overdue, c.soon, c.renewal));
  const greeting =
    d.role === 'department'
      ? DIGEST.greetingDepartment(d.items[0].department)
      : DIGEST.greetingDesk;
  const fields = (i: Reminder) => ({
    caseNumber: i.caseNumber,
    organisation: i.organisation,
    title: i.title,
    status: i.status,
    due: staffDeadline(i.due),
    left: daysLeftText(i.daysLeft, i.kind),
    kind: REMINDER_KIND_LABELS[i.kind],
    note: REMINDER_NOTES[i.note] ?? '',
  });
  const text = [
    oneLine(greeting),
    '',
    DIGEST.intro,
    '',
    ...d.items.flatMap((i) => {
      const f = fields(i);
      const line = DIGEST.itemLine({
        ...f,
        organisation: oneLine(f.organisation),
        title: oneLine(f.title),
        status: oneLine(f.status),
        caseNumber: oneLine(f.caseNumber),
      });
      return [line, `  ${DIGEST.linkLabel}: ${safeUrl(ctx.rowUrl(i.row))}`];
    }),
    ...(d.overflow.length ? ['', DIGEST.overflow(d.overflow.length)] : []),
    ...(health.length ? ['', HEALTH_DIGEST.header, ...health.map((l) => `・${l}`)] : []),
    '',
    DIGEST.footer(safeUrl(ctx.registerUrl)),
  ].join('\n');
  const head = DIGEST.columns.map((h) => `<th style="${TH}">${escapeHtml(h)}</th>`).join('');
  const rows = d.items
    .map((i) => {
      const f = fields(i);
      const color = i.kind === 'overdue' ? '#c62828' : i.kind === 'dueSoon' ? '#e65100' : '#1565c0';
      return [
        '<tr>',
        `<td style="${TD}"><a href="${escapeHtml(safeUrl(ctx.rowUrl(i.row)))}">${escapeHtml(f.caseNumber)}</a></td>`,
        `<td style="${TD}">${escapeHtml(f.organisation)}<br>${escapeHtml(f.title)}</td>`,
        `<td style="${TD}">${escapeHtml(f.status)}</td>`,
        `<td style="${TD}">${escapeHtml(f.due)}</td>`,
        `<td style="${TD};color:${color}">${escapeHtml(f.kind)}<br>${escapeHtml(f.left)}</td>`,
        `<td style="${TD}">${escapeHtml(f.note)}</td>`,
        '</tr>',
      ].join('');
    })
    .join('\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(DIGEST.intro)}</p>`,
    `<table style="border-collapse:collapse">`,
    `<tr>${head}</tr>`,
    rows,
    '</table>',
    d.overflow.length ? `<p>${escapeHtml(DIGEST.overflow(d.overflow.length))}</p>` : '',
    health.length
      ? `<p>${escapeHtml(HEALTH_DIGEST.header)}</p><ul>${health.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
      : '',
    `<p>${escapeHtml(DIGEST.footerHtml)}<br><a href="${escapeHtml(safeUrl(ctx.registerUrl))}">${escapeHtml(DIGEST.registerLinkLabel)}</a></p>`,
  ]
    .filter(Boolean)
    .join('\n');
  return { subject, body: text, htmlBody: html };
}

/** The applicant's digest: their PoC reports only, no link into the city's register. */
function renderApplicantDigest(d: Digest, ctx: RenderContext): RenderedMail {
  const first = d.items[0];
  const subject = oneLine(APPLICANT_DIGEST.subject(ctx.contact.deskName, reminderDate(ctx.today)));
  const greeting = APPLICANT_DIGEST.greeting(
    oneLine(first.organisation),
    oneLine(first.applicantName),
  );
  const anyOverdue = d.items.some((i) => i.kind === 'overdue');
  const fields = (i: Reminder) => ({
    caseNumber: i.caseNumber,
    title: i.title,
    due: reminderDate(i.due),
    left: daysLeftText(i.daysLeft, i.kind),
  });
  const signature = contactLines(ctx.contact);
  const text = [
    ...greeting,
    '',
    APPLICANT_DIGEST.intro(ctx.contact.deskName),
    '',
    ...d.items.map((i) => {
      const f = fields(i);
      return APPLICANT_DIGEST.itemLine({
        ...f,
        caseNumber: oneLine(f.caseNumber),
        title: oneLine(f.title),
      });
    }),
    ...(anyOverdue ? ['', APPLICANT_DIGEST.overdueNote] : []),
    '',
    APPLICANT_DIGEST.closing,
    '',
    ...signature,
  ].join('\n');
  const head = APPLICANT_DIGEST.columns
    .map((h) => `<th style="${TH}">${escapeHtml(h)}</th>`)
    .join('');
  const rows = d.items
    .map((i) => {
      const f = fields(i);
      return `<tr><td style="${TD}">${escapeHtml(f.caseNumber)}</td><td style="${TD}">${escapeHtml(f.title)}</td><td style="${TD}">${escapeHtml(f.due)}</td><td style="${TD}">${escapeHtml(f.left)}</td></tr>`;
    })
    .join('\n');
  const html = [
    `<p>${greeting.map(escapeHtml).join('<br>')}</p>`,
    `<p>${escapeHtml(APPLICANT_DIGEST.intro(ctx.contact.deskName))}</p>`,
    `<table style="border-collapse:collapse"><tr>${head}</tr>`,
    rows,
    '</table>',
    anyOverdue ? `<p>${escapeHtml(APPLICANT_DIGEST.overdueNote)}</p>` : '',
    `<p>${escapeHtml(APPLICANT_DIGEST.closing)}</p>`,
    `<p>${signature.map(escapeHtml).join('<br>')}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
  return { subject, body: text, htmlBody: html };
}

function contactLines(c: DeskContact): string[] {
  return APPLICANT_DIGEST.signature(c).map(oneLine);
}

const TH = 'border:1px solid #999;padding:4px 8px;background:#eee;text-align:left';
const TD = 'border:1px solid #999;padding:4px 8px;vertical-align:top';

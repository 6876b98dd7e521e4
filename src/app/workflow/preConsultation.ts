/**
 * 事前相談 registered by the desk before any form submission (guideline: 事前相談 is optional
 * and comes first). The case gets its number from the same per-fiscal-year sequence as the
 * intake (document properties, under the document lock) and is screened like a form case, so an
 * individual still lands in 対象外 and missing contact details are flagged 要確認.
 */
import { CHOICES, Q, SHEET, VALUES } from '../../strings';
import { HISTORY_NOTES, WORKFLOW_UI } from '../../strings/workflow';
import { toTokyoDate } from '../../domain/calendar';
import { formatCaseNumber, sequenceKey } from '../../domain/caseNumber';
import { asCellText } from '../../domain/cellText';
import { fiscalYearOf } from '../../domain/fiscalYear';
import type { Proposal } from '../../domain/proposal';
import { newCaseRow, registerColumn, RegisterKey } from '../../domain/register';
import { screen } from '../../domain/screening';
import { dateCell, initialStatus, trackFromMethod } from '../../domain/workflow';
import { documentProperties } from '../../adapters/properties';
import { INTAKE_LOCK_WAIT_MS } from '../intake';
import { storeLongTexts } from '../longTexts';
import type { CaseRef, PreConsultationRequest } from '../sidebarContract';
import { DeskContext, WorkflowError } from './context';
import { appendHistory } from './history';
import { requiredText, textField } from './requests';

export function registerPreConsultation(
  ctx: DeskContext,
  request: PreConsultationRequest,
): CaseRef {
  if (!request || typeof request !== 'object') throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  const now = new Date();
  const proposal = proposalOf(request, now);
  const register = ctx.ss.getSheetByName(SHEET.register);
  if (!register) throw new WorkflowError(WORKFLOW_UI.noRegister);
  const caseNumber = reserveCaseNumber(ctx, now);
  const screening = screen(proposal);
  const status = initialStatus(trackFromMethod(proposal.method), {
    preConsultation: true,
    eligible: screening.status !== VALUES.ineligible,
  });
  const built = newCaseRow({
    caseNumber,
    proposal,
    screening: { ...screening, status },
    source: VALUES.sourceStaff,
    settings: ctx.settings,
    responseKey: `staff:${caseNumber}`,
  });
  const set = (key: RegisterKey, value: string | Date) => {
    built.row[registerColumn(key) - 1] = value;
  };
  set('statusChangedAt', dateCell(toTokyoDate(now)));
  set('owner', asCellText(ctx.actor));
  set('receipt', ''); // nothing to acknowledge: the desk registered it itself
  register.appendRow(built.row);
  const row = register.getLastRow();
  // The register holds a preview of a text too long for a cell; the whole text is kept here.
  if (built.longTexts.length) storeLongTexts(ctx.ss, built.longTexts);
  appendHistory(ctx.ss, {
    at: now,
    actor: ctx.actor,
    caseNumber,
    from: '',
    to: status,
    comment: HISTORY_NOTES.preConsultationRegistered,
  });
  return { row, caseNumber };
}

/**
 * The next number of the fiscal year. Same property and format as the intake's reservation, under
 * the same document lock, so a form submission at the same moment never gets the same number.
 */
function reserveCaseNumber(ctx: DeskContext, now: Date): string {
  const lock = LockService.getDocumentLock();
  lock.waitLock(INTAKE_LOCK_WAIT_MS);
  try {
    const props = documentProperties();
    const fiscalYear = fiscalYearOf(now);
    const key = sequenceKey(fiscalYear);
    const sequence = Number(props.getProperty(key) || 0) + 1;
    const caseNumber = formatCaseNumber(ctx.settings.caseNumberFormat, fiscalYear, sequence);
    props.setProperty(key, String(sequence));
    return caseNumber;
  } finally {
    lock.releaseLock();
  }
}

function proposalOf(r: PreConsultationRequest, now: Date): Proposal {
  return {
    submittedAt: now,
    timestampText: '',
    organisation: requiredText(r.organisation, Q.organisation, 500),
    applicantType: requiredText(r.applicantType, Q.applicantType, 100),
    name: textField(r.name).trim(),
    email: textField(r.email).trim(),
    phone: textField(r.phone).trim(),
    title: requiredText(r.title, Q.title, 500),
    proposalKind: '',
    challenge: '',
    method: requiredText(r.method, Q.method, 100),
    content: textField(r.content).trim(),
    roles: '',
    periodStart: '',
    periodEnd: '',
    personalData: '',
    preConsultation: CHOICES.preConsultation[0],
    attachments: '',
    consent: '',
    unknownQuestions: [],
  };
}

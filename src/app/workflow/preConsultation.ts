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
import type { CaseRef, PreConsultationRequest } from '../sidebarContract';
import { WorkflowError } from './context';
import { LockedDesk, requestIdOf, runCaseOp } from './journal';
import { requiredText, textField } from './requests';

export function registerPreConsultation(ctx: LockedDesk, request: PreConsultationRequest): CaseRef {
  if (!request || typeof request !== 'object') throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  const id = requestIdOf(request.requestId);
  const now = new Date();
  const proposal = proposalOf(request, now);
  const outcome = runCaseOp(ctx, id, () => {
    // The number is reserved in the same write as the intent, under the document lock the intake
    // also takes: a form submission at the same moment never gets the same number.
    const fiscalYear = fiscalYearOf(now);
    const key = sequenceKey(fiscalYear);
    const sequence = Number(ctx.all[key] || 0) + 1;
    const caseNumber = formatCaseNumber(ctx.settings.caseNumberFormat, fiscalYear, sequence);
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
    return {
      newCase: {
        caseNumber,
        row: built.row,
        longTexts: built.longTexts,
        sequence: { key, value: String(sequence) },
      },
      history: [
        {
          at: now,
          actor: ctx.actor,
          caseNumber,
          from: '',
          to: status,
          comment: HISTORY_NOTES.preConsultationRegistered,
          opId: id,
        },
      ],
      rows: [],
      kept: caseNumber,
      result: caseNumber,
    };
  });
  const caseNumber = outcome.repeated ? String(outcome.kept ?? '') : outcome.result;
  return { row: caseRowOf(ctx, caseNumber), caseNumber };
}

/** The register row holding a case (1 read of column A; the case was just appended). */
function caseRowOf(ctx: LockedDesk, caseNumber: string): number {
  const register = ctx.ss.getSheetByName(SHEET.register);
  if (!register) throw new WorkflowError(WORKFLOW_UI.noRegister);
  const last = register.getLastRow();
  const numbers = register.getRange(1, 1, Math.max(last, 1), 1).getValues();
  for (let i = numbers.length - 1; i >= 0; i--) {
    if (String(numbers[i][0]).replace(/^'/, '') === caseNumber) return i + 1;
  }
  throw new WorkflowError(WORKFLOW_UI.invalidRequest);
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

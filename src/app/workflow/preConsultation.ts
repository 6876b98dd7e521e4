/**
 * 事前相談 registered by the desk before any form submission (guideline: 事前相談 is optional
 * and comes first). The case gets its number from the same per-fiscal-year sequence as the
 * intake (document properties, under the document lock) and is screened like a form case, so an
 * individual still lands in 対象外 and missing contact details are flagged 要確認.
 */
import { CHOICES, VALUES } from '../../strings';
import { HISTORY_NOTES, WORKFLOW_UI } from '../../strings/workflow';
import { toTokyoDate } from '../../domain/calendar';
import { asCellText } from '../../domain/cellText';
import { blankProposal, Proposal } from '../../domain/proposal';
import { preConsultationFields } from '../../domain/proposalFields';
import { newCaseRow, registerColumn, RegisterKey } from '../../domain/register';
import { screen } from '../../domain/screening';
import { dateCell, initialStatus, trackFromMethod } from '../../domain/workflow';
import type { CaseRef, PreConsultationRequest } from '../sidebarContract';
import { WorkflowError } from '../../store/context';
import { LockedDesk, requestIdOf, runCaseOp } from '../../store/journal';
import { requiredText, textField } from './requests';
import { nextCaseNumber } from '../../store/caseNumbers';
import { lastRowOfCase } from '../../store/register';

export function registerPreConsultation(ctx: LockedDesk, request: PreConsultationRequest): CaseRef {
  if (!request || typeof request !== 'object') throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  const id = requestIdOf(request.requestId);
  const now = new Date();
  const proposal = proposalOf(request, now);
  const outcome = runCaseOp(ctx, id, () => {
    // The number is reserved in the same write as the intent, under the document lock the intake
    // also takes: a form submission at the same moment never gets the same number.
    const { caseNumber, sequence } = nextCaseNumber(ctx.all, ctx.settings.caseNumberFormat, now);
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
        sequence,
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

/** The register row holding a case (1 read of its 案件番号 column; the case was just appended). */
function caseRowOf(ctx: LockedDesk, caseNumber: string): number {
  const row = lastRowOfCase(ctx.ss, caseNumber);
  if (row < 1) throw new WorkflowError(WORKFLOW_UI.invalidRequest);
  return row;
}

/**
 * The proposal of a 事前相談: the fields the dialog asks (the field table's, required ones
 * refused when blank or too long), every other answer blank, and 事前相談 希望する.
 */
function proposalOf(r: PreConsultationRequest, now: Date): Proposal {
  const proposal = blankProposal(now, '');
  const answers = proposal as unknown as Record<string, string>;
  const sent = r as unknown as Record<string, unknown>;
  for (const f of preConsultationFields()) {
    if (f.required) {
      answers[f.key] = requiredText(sent[f.key], f.label, f.maxLength);
      continue;
    }
    const text = textField(sent[f.key]).trim();
    if (f.maxLength !== undefined && text.length > f.maxLength) {
      throw new WorkflowError(WORKFLOW_UI.tooLong(f.label, f.maxLength));
    }
    answers[f.key] = text;
  }
  proposal.preConsultation = CHOICES.preConsultation[0];
  return proposal;
}

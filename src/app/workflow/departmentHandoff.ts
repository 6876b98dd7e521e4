/**
 * 庁内調整: the desk hands a case to the department that owns the subject. The department's
 * contact (担当課 sheet) gets one email with a case card (no register link, no applicant contact
 * unless 設定 allows), what is asked, by when, and a pre-filled link to the 庁内回答フォーム; the
 * register shows the department and its due date; the history records it. The email goes first:
 * if the mail service refuses it, nothing is recorded and the person is told to retry. Exactly
 * once through the journal (journal.ts): an email whose send was cut off is sent again once.
 */
import {
  DEPARTMENT_MAIL,
  HISTORY_NOTES,
  WEEKDAY_NAMES,
  WORKFLOW_FIELDS,
  WORKFLOW_UI,
} from '../../strings/workflow';
import { toTokyoDate } from '../../domain/calendar';
import { staffDeadline } from '../../domain/calendar/displayDate';
import { isValidEmail } from '../../domain/screening';
import { planDepartment } from '../../domain/workflow';
import { formatWareki } from '../../domain/wareki';
import type { AssignDepartmentRequest } from '../sidebarContract';
import { checkRef, readCaseRow } from '../../store/caseRow';
import { PROP } from '../../adapters/properties';
import { prefilledLink } from '../../adapters/departmentAnswerForm';
import { verificationCode } from '../../domain/departmentAnswer';
import { WorkflowError } from '../../store/context';
import { readDepartments } from '../../store/departments';
import { requiredText, textField } from './requests';
import { LockedDesk, requestIdOf, rowWrite, runCaseOp } from '../../store/journal';

const SUMMARY_CHARS = 600;

/** '令和8年5月25日（月）' — how a due date reads in a letter to a department. */
export function dueDateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${formatWareki(iso)}（${WEEKDAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}）`;
}

export function assignDepartment(ctx: LockedDesk, request: AssignDepartmentRequest): string {
  const ref = checkRef(request);
  const id = requestIdOf(request.requestId);
  const name = requiredText(request.department, WORKFLOW_FIELDS.department, 200);
  const ask = requiredText(request.request, WORKFLOW_FIELDS.departmentRequest, 2000);
  const now = new Date();
  runCaseOp(ctx, id, () => {
    const department = readDepartments(ctx.ss).find((d) => d.name === name);
    if (!department) throw new WorkflowError(WORKFLOW_UI.unknownDepartment(name));
    if (!isValidEmail(department.email))
      throw new WorkflowError(WORKFLOW_UI.departmentNoEmail(name));
    const caseRow = readCaseRow(ctx.ss, ref);
    const plan = planDepartment({
      record: caseRow.record,
      department: name,
      dueDate: textField(request.dueDate),
      today: toTokyoDate(now),
      actor: ctx.actor,
      settings: ctx.settings,
    });
    if (!plan.ok) throw new WorkflowError(plan.message);
    const r = caseRow.record;
    const due = dueDateText(plan.due);
    // The answer comes back through the 庁内回答フォーム: the link carries the case number and
    // a code signed with the desk's secret (src/domain/departmentAnswer.ts), built from the
    // template setup stored, so the hand-off spends no call on it.
    const secret = ctx.all[PROP.departmentSecret] ?? '';
    const code = secret
      ? verificationCode(secret, { caseNumber: r.caseNumber, department: name, due: plan.due })
      : '';
    const formUrl = code
      ? prefilledLink(ctx.all[PROP.departmentPrefill], r.caseNumber, code, ref.row)
      : '';
    return {
      mail: {
        to: department.email,
        subject: DEPARTMENT_MAIL.subject(r.caseNumber, r.title, due),
        body: DEPARTMENT_MAIL.body({
          department: department.name,
          contactName: department.contactName,
          caseNumber: r.caseNumber,
          title: r.title,
          organisation: r.organisation,
          track: r.track,
          status: r.status,
          summary: summaryOf(r.content),
          request: ask,
          due,
          contact: ctx.settings.departmentSeesApplicantContact
            ? { name: r.name, email: r.email, phone: r.phone }
            : null,
          formUrl,
          code,
          deskName: ctx.settings.deskName,
          deskDepartment: ctx.settings.department,
          phone: ctx.settings.phone,
          actor: ctx.actor,
        }),
        sent: false,
      },
      history: [
        {
          at: now,
          actor: ctx.actor,
          caseNumber: ref.caseNumber,
          from: r.status,
          to: r.status,
          comment: HISTORY_NOTES.departmentAssigned(name, staffDeadline(plan.due), ask),
          opId: id,
        },
      ],
      rows: [rowWrite(caseRow, plan.changes)],
      firstRead: { row: ref.row, range: caseRow.range, values: caseRow.values },
      result: undefined,
    };
  });
  return name;
}

function summaryOf(content: string): string {
  return content.length > SUMMARY_CHARS ? `${content.slice(0, SUMMARY_CHARS)}…` : content;
}

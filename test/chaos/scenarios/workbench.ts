/**
 * Chaos scenarios of the sidebar's workbench edits (issue 12, src/app/workflow/caseEdits.ts):
 * 協定の内容 and the receipt of the applicant's 提案書, each killed or failed at every call and
 * recovered as the product offers — the person presses the same button again (the page resends
 * the same request id). Each must be made once: its cells written, exactly one history row.
 */
import type { CaseRef, ServerResult } from '../../../src/app/sidebarContract';
import { newDesk } from '../../support/desk';
import { cellOf, historyOpIds, move, run, submitCase } from '../../support/workflow';
import type { Interleaving, Scenario, World } from '../harness';
import { commonInvariants } from '../invariants/common';

interface EditWorld extends World {
  ref: CaseRef;
  request: Record<string, unknown>;
  handler: string;
}

const REQUEST_ID = 'req-chaos-workbench-0001';

function send(w: World): ServerResult<unknown> {
  const ew = w as EditWorld;
  return run(ew.desk, ew.handler, ew.request);
}

function editScenario(
  name: string,
  handler: string,
  request: (ref: CaseRef) => Record<string, unknown>,
  made: (w: EditWorld) => string | null,
): Scenario {
  return {
    name,
    target: handler,
    arrange: () => {
      const desk = newDesk();
      const ref = submitCase(desk);
      for (const to of ['対話・調整', '提案書確認']) {
        const moved = move(desk, ref, to);
        if (!moved.ok) throw new Error(moved.message);
      }
      return {
        desk,
        ref,
        handler,
        request: { ...request(ref), requestId: REQUEST_ID },
      } as EditWorld;
    },
    act: (w) => void send(w),
    recover: (w) => void send(w),
    check: (w, fault) => {
      const ew = w as EditWorld;
      const found = [...commonInvariants(w.desk, fault)];
      const missing = made(ew);
      if (missing) found.push(missing);
      const rows = historyOpIds(w.desk).filter((id) => id === REQUEST_ID).length;
      if (rows !== 1) found.push(`history rows of the edit: ${rows} (expected exactly 1)`);
      return found;
    },
  };
}

const agreementScenario = editScenario(
  '協定の内容 (sidebar)',
  'sidebarSaveAgreement',
  (ref) => ({
    ...ref,
    representative: '代表取締役 青森 太郎',
    partnershipItems: '除雪車両の位置情報の提供',
    agreementDate: '2026-06-01',
    agreementEnd: '2027-03-31',
  }),
  (w) =>
    cellOf(w.desk, w.ref.row, 'representative') === '代表取締役 青森 太郎' &&
    cellOf(w.desk, w.ref.row, 'agreementEnd') instanceof Date
      ? null
      : 'the agreement data was not saved',
);

const receiptScenario = editScenario(
  '提案書受領日 (sidebar)',
  'sidebarRecordReceipt',
  (ref) => ({
    ...ref,
    document: 'proposal',
    receivedOn: '2026-05-11',
    fileUrl: 'https://drive.google.com/file/d/proposal/view',
  }),
  (w) =>
    cellOf(w.desk, w.ref.row, 'proposalReceivedOn') instanceof Date &&
    cellOf(w.desk, w.ref.row, 'proposalFileUrl') === 'https://drive.google.com/file/d/proposal/view'
      ? null
      : 'the receipt was not recorded',
);

export const scenarios: Scenario[] = [agreementScenario, receiptScenario];
export const interleavings: Interleaving[] = [];

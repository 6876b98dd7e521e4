/**
 * Issue 12 part 5, the sidebar as the desk's workbench, on the built bundle: the proposal shown
 * (its beginning, the whole text on demand, from 長文保管 when it was too long for a cell), the
 * agreement data and the receipts of the applicant's files saved exactly once (a history row
 * each), the receipts as gates of the process table, and the call budget of each handler.
 */
import type { CaseEditResult, CaseView } from '../../src/app/sidebarContract';
import { Q, SHEET } from '../../src/strings';
import { STATUS_CHANGE_BUDGET } from '../../scripts/bench-workflow';
import { newDesk, STAFF } from '../support/desk';
import { registerColumn } from '../../src/domain/register';
import {
  cellOf,
  expectOk,
  expectRefused,
  historyOpIds,
  historyRows,
  move,
  POC,
  run,
  seedDepartments,
  statusOf,
  submitCase,
} from '../support/workflow';

const midnight = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

/** The form's questions added by issue 12 (required), should the shared proposal lack them. */
const ADDRESS = {
  [Q.address]: '青森県青森市新町一丁目1番1号',
  [Q.representative]: '代表取締役 青森 太郎',
};

function submit(desk: ReturnType<typeof newDesk>, answers: Record<string, unknown> = {}) {
  return submitCase(desk, { ...ADDRESS, ...answers } as Parameters<typeof submitCase>[1]);
}

function callsOfLast(desk: ReturnType<typeof newDesk>): number {
  return desk.host.lastExecution().calls.filter((c) => c.method !== 'MailApp.sendEmail').length;
}

describe('what the sidebar shows of the proposal', () => {
  test('提案区分, 課題, 市に求める役割, phone, the first 300 characters and the other proposals', () => {
    const desk = newDesk();
    submit(desk);
    const long = `${'雪'.repeat(280)}ここまでが冒頭、${'氷'.repeat(100)}`;
    const ref = submit(desk, { [Q.content]: long });
    const view = expectOk(run<CaseView>(desk, 'sidebarGetCase', ref));
    expect(view.proposal.contentPreview).toBe(long.slice(0, 300));
    expect(view.proposal.contentMore).toBe(true);
    expect(view.proposal.phone).toBe(String(cellOf(desk, ref.row, 'phone')));
    expect(view.proposal.roles).toBe(String(cellOf(desk, ref.row, 'roles')));
    expect(view.proposal.kind).toBe(String(cellOf(desk, ref.row, 'proposalKind')));
    expect(view.partnerCases).toBe(1); // the first case, from the same company
    const full = expectOk(run<{ content: string }>(desk, 'sidebarGetContent', ref));
    expect(full.content).toBe(long);
  });

  test('a proposal longer than a cell comes whole from 長文保管', () => {
    const desk = newDesk();
    const long = `冒頭${'あ'.repeat(60_000)}末尾`;
    const ref = submit(desk, { [Q.content]: long });
    const view = expectOk(run<CaseView>(desk, 'sidebarGetCase', ref));
    expect(view.proposal.contentPreview.startsWith('冒頭あ')).toBe(true); // no storage note
    expect(view.proposal.contentMore).toBe(true);
    const full = expectOk(run<{ content: string }>(desk, 'sidebarGetContent', ref));
    expect(full.content).toBe(long);
    expect(desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.longText)).toBeTruthy();
  });
});

describe('協定の内容 from the sidebar', () => {
  test('saved into the register (dates as dates), with one history row, exactly once', () => {
    const desk = newDesk();
    const ref = submit(desk);
    const request = {
      ...ref,
      representative: '代表取締役 青森 太郎',
      partnershipItems: '除雪車両の位置情報の提供\n市民向け地図の公開',
      agreementDate: '2026-05-11',
      agreementEnd: '2027-03-31',
      requestId: 'req-agreement-0001',
    };
    const result = expectOk(run<CaseEditResult>(desk, 'sidebarSaveAgreement', request));
    expect(callsOfLast(desk)).toBeLessThanOrEqual(STATUS_CHANGE_BUDGET.calls);
    expect(result.summary.agreement).toEqual({
      representative: '代表取締役 青森 太郎',
      partnershipItems: '除雪車両の位置情報の提供\n市民向け地図の公開',
      agreementDate: '2026-05-11',
      agreementEnd: '2027-03-31',
    });
    expect(result.historyEntry.comment).toBe(
      '協定の内容を更新（締結日 2026/05/11、満了日 2027/03/31）',
    );
    expect(cellOf(desk, ref.row, 'representative')).toBe('代表取締役 青森 太郎');
    expect(cellOf(desk, ref.row, 'agreementEnd')).toEqual(midnight('2027-03-31'));
    expect(cellOf(desk, ref.row, 'owner')).toBe(STAFF);
    // The same button pressed again: nothing written twice.
    expectOk(run<CaseEditResult>(desk, 'sidebarSaveAgreement', request));
    expect(historyOpIds(desk).filter((id) => id === 'req-agreement-0001')).toHaveLength(1);
  });

  test('refused: an end before the start, a date that is not one, a closed case', () => {
    const desk = newDesk();
    const ref = submit(desk);
    const base = { ...ref, representative: '', partnershipItems: '' };
    expect(
      expectRefused(
        run(desk, 'sidebarSaveAgreement', {
          ...base,
          agreementDate: '2026-05-11',
          agreementEnd: '2026-04-01',
        }),
      ),
    ).toBe('協定満了日が協定締結日より前になっています。日付を確かめてください。');
    expect(
      expectRefused(
        run(desk, 'sidebarSaveAgreement', { ...base, agreementDate: '来年', agreementEnd: '' }),
      ),
    ).toContain('協定締結日「来年」は日付として読めません');
    expectOk(move(desk, ref, '取下げ'));
    expect(
      expectRefused(
        run(desk, 'sidebarSaveAgreement', { ...base, agreementDate: '', agreementEnd: '' }),
      ),
    ).toBe('「取下げ」の案件は変更できません。');
    expect(historyRows(desk)).toHaveLength(1); // the withdrawal only
  });
});

describe('提案書受領日 / 報告書受領日 as gates of the process table', () => {
  test('moving past 提案書確認 needs 提案書受領日; recording it opens the gate', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submit(desk);
    expectOk(move(desk, ref, '対話・調整'));
    expectOk(move(desk, ref, '提案書確認'));
    const refused = expectRefused(move(desk, ref, '実施可否判断', '', STAFF, { gates: false }));
    expect(refused).toBe(
      '「実施可否判断」へ進める前に「提案書受領日」を記録してください（サイドバーの「書類の受領」）。何も変更していません。',
    );
    expect(statusOf(desk, ref.row)).toBe('提案書確認');
    const url = 'https://drive.google.com/file/d/abc123/view';
    const recorded = expectOk(
      run<CaseEditResult>(desk, 'sidebarRecordReceipt', {
        ...ref,
        document: 'proposal',
        receivedOn: '2026-05-11',
        fileUrl: url,
      }),
    );
    expect(callsOfLast(desk)).toBeLessThanOrEqual(STATUS_CHANGE_BUDGET.calls);
    expect(recorded.summary.receipts).toMatchObject({
      proposalReceivedOn: '2026-05-11',
      proposalFileUrl: url,
    });
    expect(recorded.historyEntry.comment).toBe(`提案書受領日を記録：2026/05/11（${url}）`);
    expect(cellOf(desk, ref.row, 'proposalReceivedOn')).toEqual(midnight('2026-05-11'));
    expectOk(move(desk, ref, '実施可否判断', '', STAFF, { gates: false }));
    // The move wrote the whole row it read back as it was: the receipt is still there.
    expect(cellOf(desk, ref.row, 'proposalFileUrl')).toBe(url);
  });

  test('a PoC report: 報告書受領 needs 報告書受領日; a future date or a non-web link is refused', () => {
    const desk = newDesk();
    const ref = submit(desk, POC);
    for (const to of [
      '対話・調整',
      '提案書確認',
      '実施可否判断',
      '回答（可）',
      '連携協定締結',
      '実施準備',
    ]) {
      expectOk(move(desk, ref, to));
    }
    for (const itemId of ['coordination', 'permits', 'publicNotice']) {
      expectOk(run(desk, 'sidebarSetChecklistItem', { ...ref, itemId, done: true }));
    }
    expectOk(move(desk, ref, '実証実験の実施・立ち合い'));
    expectOk(move(desk, ref, '報告書作成'));
    expect(expectRefused(move(desk, ref, '報告書受領', '', STAFF, { gates: false }))).toContain(
      '「報告書受領日」を記録してください',
    );
    const request = { ...ref, document: 'report', receivedOn: '2026-05-12', fileUrl: '' };
    expect(expectRefused(run(desk, 'sidebarRecordReceipt', request))).toBe(
      '報告書受領日に未来の日付は指定できません。',
    );
    expect(
      expectRefused(
        run(desk, 'sidebarRecordReceipt', {
          ...request,
          receivedOn: '2026-05-11',
          fileUrl: 'javascript:alert(1)',
        }),
      ),
    ).toContain('https:// で始まるリンク');
    expectOk(run(desk, 'sidebarRecordReceipt', { ...request, receivedOn: '2026-05-11' }));
    expectOk(move(desk, ref, '報告書受領', '', STAFF, { gates: false }));
  });

  test('a status typed into the register is put back when it skips a gate', () => {
    const desk = newDesk();
    const ref = submit(desk);
    expectOk(move(desk, ref, '対話・調整'));
    expectOk(move(desk, ref, '提案書確認'));
    const outcomes = desk.host.editCell(
      desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('status'),
      '実施可否判断',
      STAFF,
    );
    for (const o of outcomes) if (o.error) throw o.error;
    expect(statusOf(desk, ref.row)).toBe('提案書確認');
    const toasts = desk.ws.ui.toasts;
    expect(toasts[toasts.length - 1]?.message ?? '').toContain(
      '「提案書受領日」を記録してください',
    );
  });
});

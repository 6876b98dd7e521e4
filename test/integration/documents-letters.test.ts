/**
 * Reply letters a city sends as they are (issue 12): the 文書番号 reserved once per case and kind
 * from 設定「文書番号の書式」 with a per-fiscal-year sequence, the addressee (the representative,
 * or the contact person), the sender with （公印省略）, and the 不採択 reason given when the case
 * is declined from the sidebar.
 */
import type { MoveRequest, MoveResult } from '../../src/app/sidebarContract';
import { Q } from '../../src/strings';
import { clickMenu, MENU } from '../support/desk';
import {
  caseAt,
  cell,
  documentsDesk,
  documentText,
  generate,
  generated,
  MAYOR_LINE,
  setCells,
  setSetting,
} from '../support/documents';
import { expectOk, run, statusOf } from '../support/workflow';

function failed(result: { ok: boolean; message?: string }): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.message as string;
}

function replySequence(desk: ReturnType<typeof documentsDesk>, fiscalYear: number): string {
  return desk.ws.properties
    .documentStore(desk.spreadsheetId)
    .get(`documents.replySequence.${fiscalYear}`)!;
}

describe('文書番号 of reply letters', () => {
  test('a regenerated letter keeps its number; the next letter takes the next one', () => {
    const desk = documentsDesk();
    const first = caseAt(desk, '回答（可）');
    const second = caseAt(desk, '回答（可）');
    const v1 = generated(generate(desk, first, 'replyAccepted'));
    expect(documentText(desk, v1.documentUrl).split('\n').slice(0, 3)).toEqual([
      first.caseNumber, // the header
      '青連第1号',
      expect.stringMatching(/^令和8年\d+月\d+日$/),
    ]);
    expect(cell(desk, first.row, 'replyNumber')).toBe('回答書（採択）:青連第1号');

    const v2 = generated(generate(desk, first, 'replyAccepted'));
    expect(v2.version).toBe(2);
    expect(documentText(desk, v2.documentUrl)).toContain('青連第1号');
    const other = generated(generate(desk, second, 'replyAccepted'));
    expect(documentText(desk, other.documentUrl)).toContain('青連第2号');
    expect(replySequence(desk, 2026)).toBe('2');
    // Agreements take no number.
    setCells(desk, first.row, {
      goal: '目標',
      roleSplit: '甲: 調整',
      partnershipItems: '連携',
      agreementDate: '2026-07-01',
      agreementEnd: '2027-03-31',
    });
    generated(generate(desk, first, 'partnershipAgreement'));
    expect(replySequence(desk, 2026)).toBe('2');
  });

  test('each kind of letter of a case has its own number, kept side by side in the cell', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '実施可否判断', { replyReason: '予算の確保が困難なため。' });
    generated(generate(desk, ref, 'replyDeclined'));
    setCells(desk, ref.row, { status: '回答（可）' });
    const accepted = generated(generate(desk, ref, 'replyAccepted'));
    expect(documentText(desk, accepted.documentUrl)).toContain('青連第2号');
    expect(cell(desk, ref.row, 'replyNumber')).toBe(
      '回答書（不採択）:青連第1号;回答書（採択）:青連第2号',
    );
  });

  test('the format of 設定 is used, tokens filled, and the sequence restarts each fiscal year', () => {
    const desk = documentsDesk();
    setSetting(desk, '文書番号の書式', '{元号}{年度}青連第{連番:3}号');
    const ref = caseAt(desk, '回答（可）');
    const doc = generated(generate(desk, ref, 'replyAccepted'));
    expect(documentText(desk, doc.documentUrl)).toContain('R8青連第001号');

    desk.ws.clock.set('2027-04-01T10:00:00+09:00');
    const next = caseAt(desk, '回答（可）');
    const later = generated(generate(desk, next, 'replyAccepted'));
    expect(documentText(desk, later.documentUrl)).toContain('R9青連第001号');
    expect(replySequence(desk, 2026)).toBe('1');
    expect(replySequence(desk, 2027)).toBe('1');
  });

  test('a number typed by hand into 文書番号 is the one printed', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', { replyNumber: '青連第999号' });
    const doc = generated(generate(desk, ref, 'replyAccepted'));
    expect(documentText(desk, doc.documentUrl)).toContain('青連第999号');
    expect(
      desk.ws.properties.documentStore(desk.spreadsheetId).get('documents.replySequence.2026'),
    ).toBeUndefined();
  });

  test('a format without {連番} is refused when 設定 is applied, and the old one stays', () => {
    const desk = documentsDesk();
    const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('設定')!;
    for (let r = 1; r <= sheet.lastRow(); r++) {
      if (sheet.cell(r, 1)?.value === '文書番号の書式') sheet.cellForWrite(r, 2).value = '青連第号';
    }
    clickMenu(desk, MENU.applySettings);
    const ref = caseAt(desk, '回答（可）');
    const doc = generated(generate(desk, ref, 'replyAccepted'));
    expect(documentText(desk, doc.documentUrl)).toContain('青連第1号');
  });
});

describe('addressee and sender', () => {
  test('to the representative of the organisation, from the mayor, （公印省略）', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）');
    const text = documentText(desk, generated(generate(desk, ref, 'replyAccepted')).documentUrl);
    expect(text).toContain('株式会社あおもりテック\n代表取締役 青森 一郎　様');
    expect(text).toContain(`${MAYOR_LINE}\n（公印省略）`);
  });

  test('without a representative (a sole proprietor), to the contact person; no seal note when off', () => {
    const desk = documentsDesk();
    setSetting(desk, '公印省略', 'いいえ');
    const ref = caseAt(desk, '回答（可）', {}, { [Q.representative]: '' });
    const text = documentText(desk, generated(generate(desk, ref, 'replyAccepted')).documentUrl);
    expect(text).toContain('株式会社あおもりテック\n青森 太郎　様');
    expect(text).not.toContain('公印省略');
  });

  test('a 市長名 still holding the title (before issue 12) is not printed twice', () => {
    const desk = documentsDesk();
    setSetting(desk, '市長名', '青森市長 西 秀記');
    const ref = caseAt(desk, '回答（可）');
    const text = documentText(desk, generated(generate(desk, ref, 'replyAccepted')).documentUrl);
    expect(text).toContain('\n青森市長 西 秀記\n');
    expect(text).not.toContain('青森市長　青森市長');
  });

  test('the address and representative from the form reach the register', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '受付・内容確認', {}, { [Q.address]: '弘前市下白銀町1-1' });
    expect(cell(desk, ref.row, 'address')).toBe('弘前市下白銀町1-1');
    expect(cell(desk, ref.row, 'representative')).toBe('代表取締役 青森 一郎');
  });
});

describe('the 不採択 reason', () => {
  function decline(
    desk: ReturnType<typeof documentsDesk>,
    ref: { row: number; caseNumber: string },
    letterReason?: string,
  ) {
    const request: MoveRequest = {
      ...ref,
      expectedStatus: statusOf(desk, ref.row),
      to: '不採択',
      comment: '庁内検討の結果（内部メモ）',
      ...(letterReason === undefined ? {} : { letterReason }),
    };
    return run<MoveResult>(desk, 'sidebarMoveCase', request);
  }

  test('given when declining, it is stored apart from the comment and printed in the letter', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '実施可否判断');
    const reason = '提案の内容が市の既存事業と重複するため。\n今後の参考とさせていただきます。';
    const moved = expectOk(decline(desk, ref, reason));
    expect(moved.historyEntry.letterReason).toBe(reason);
    expect(cell(desk, ref.row, 'status')).toBe('不採択');
    expect(cell(desk, ref.row, 'replyReason')).toBe(reason);

    const text = documentText(desk, generated(generate(desk, ref, 'replyDeclined')).documentUrl);
    expect(text).toContain(
      '1　回答　不採択\n2　理由\n提案の内容が市の既存事業と重複するため。\r今後の参考とさせていただきます。',
    );
    expect(text).not.toContain('内部メモ');
  });

  test('a decline without a reason is made; its letter then asks for 回答理由', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '実施可否判断');
    expectOk(decline(desk, ref));
    expect(cell(desk, ref.row, 'replyReason')).toBe('');
    const message = failed(generate(desk, ref, 'replyDeclined'));
    expect(message).toContain('案件台帳「回答理由」: 未入力');
    // No number was taken by the refusal.
    expect(
      desk.ws.properties.documentStore(desk.spreadsheetId).get('documents.replySequence.2026'),
    ).toBeUndefined();
  });

  test('storing the reason costs the move no extra call', () => {
    const desk = documentsDesk();
    const counted = () =>
      desk.host.lastExecution().calls.filter((c) => !c.method.startsWith('Blob.')).length;
    expectOk(decline(desk, caseAt(desk, '実施可否判断')));
    const without = counted();
    expectOk(decline(desk, caseAt(desk, '実施可否判断'), '理由'));
    expect(counted()).toBe(without);
  });
});

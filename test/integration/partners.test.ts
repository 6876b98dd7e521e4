/**
 * The partner master on the emulator, through its entry points: each case's 事業者キー at intake,
 * the desk notice's note on a repeat proposer (information, not 要確認) within the intake
 * budget, the 事業者 sheet rebuilt by the menu and once a day, and merges typed in 統合先.
 */
import { registerColumn } from '../../src/domain/register';
import { MENU, Q, SHEET } from '../../src/strings';
import { PARTNER_HEADERS } from '../../src/strings/partners';
import { clickMenu, newDesk, registerRecords, STAFF } from '../support/desk';
import {
  expectOk,
  move,
  preloadCases,
  rowsOf,
  run,
  sheetOf,
  submitCase,
} from '../support/workflow';
import type { CaseRef, CaseView } from '../../src/app/sidebarContract';

type Desk = ReturnType<typeof newDesk>;

function lastDeskNotice(desk: Desk): string {
  const notices = desk.ws.mail.outbox.filter((m) => m.to.includes(STAFF));
  return notices[notices.length - 1].body;
}

function budgetCalls(desk: Desk): string[] {
  return desk.host
    .lastExecution()
    .calls.filter((c) => c.method !== 'MailApp.sendEmail')
    .map((c) => c.method);
}

function refresh(desk: Desk, user = STAFF): string {
  const alerts = desk.ws.ui.alerts.length;
  clickMenu(desk, MENU.refreshPartners, user);
  return desk.ws.ui.alerts.slice(alerts).pop()?.prompt ?? '';
}

function partnerRowsOf(desk: Desk): unknown[][] {
  return rowsOf(desk, SHEET.partners).filter((r) => r.some((v) => v !== ''));
}

describe('at intake', () => {
  test('each case carries its organisation key in 事業者キー', () => {
    const desk = newDesk();
    submitCase(desk, { [Q.organisation]: '株式会社 アオモリ・テック' });
    const [record] = registerRecords(desk);
    expect(record['事業者キー']).toBe('アオモリテック');
  });

  test('a first proposal has no partner note', () => {
    const desk = newDesk();
    submitCase(desk);
    expect(lastDeskNotice(desk)).not.toContain('参考（同じ事業者からの提案）');
  });

  test('a repeat proposer is noted, with an open case of a similar title — not 要確認', () => {
    const desk = newDesk();
    const first = submitCase(desk, {
      [Q.organisation]: '株式会社アオモリテック',
      [Q.title]: '除雪車の位置情報の公開',
    });
    const other = submitCase(desk, {
      [Q.organisation]: 'アオモリテック㈱',
      [Q.title]: '市民体育館のネーミングライツ',
    });
    expectOk(move(desk, other, '取下げ'));
    const third = submitCase(desk, {
      [Q.organisation]: 'ｱｵﾓﾘ・ﾃｯｸ(株)',
      [Q.title]: '除雪車両の位置情報の公開について',
    });
    const body = lastDeskNotice(desk);
    expect(body).toContain(
      `参考（同じ事業者からの提案）: これまでに 2 件あります（${first.caseNumber}、${other.caseNumber}）。`,
    );
    expect(body).toContain(`件名の似た進行中の案件: ${first.caseNumber}「除雪車の位置情報の公開」`);
    expect(body).not.toContain(`件名の似た進行中の案件: ${other.caseNumber}`);
    const record = registerRecords(desk)[third.row - 2];
    expect(record['要確認']).toBe('');
    expect(record['確認事項']).toBe('');
  });

  test.each([10, 1000])(
    'with a repeat proposer among %i cases, the intake makes 15 calls (budget 15)',
    (size) => {
      const desk = newDesk();
      preloadCases(desk, size);
      const sheet = sheetOf(desk, SHEET.register);
      for (let row = 2; row < size + 2; row += 3) {
        sheet.cellForWrite(row, registerColumn('organisationKey')).value = 'アオモリテック';
      }
      submitCase(desk, { [Q.organisation]: '株式会社アオモリテック' });
      const calls = budgetCalls(desk);
      expect(calls).toHaveLength(15);
      // 回答キー, 事業者キー, then the latest earlier cases (the one call a repeat proposer adds)
      expect(calls.filter((c) => c === 'Sheet.getSheetValues')).toHaveLength(3);
      expect(desk.host.lastExecution().modeledMs).toBeLessThan(2000);
      expect(lastDeskNotice(desk)).toContain(`これまでに ${Math.ceil(size / 3)} 件あります`);
    },
  );

  test('without a repeat proposer the intake stays at its 14 calls', () => {
    const desk = newDesk();
    preloadCases(desk, 100);
    submitCase(desk, { [Q.organisation]: '初めての株式会社' });
    expect(budgetCalls(desk)).toHaveLength(14);
  });
});

describe('the 事業者 sheet', () => {
  function threeOrganisations(desk: Desk) {
    submitCase(desk, { [Q.organisation]: '株式会社アオモリテック' });
    submitCase(desk, { [Q.organisation]: '八甲田物産有限会社' });
    submitCase(desk, { [Q.organisation]: '(株)アオモリ・テック' });
    submitCase(desk, { [Q.organisation]: 'アオモリ技研' });
  }

  test('事業者一覧を更新 creates it on first use and lists organisations across years', () => {
    const desk = newDesk();
    threeOrganisations(desk);
    expect(sheetOf(desk, SHEET.partners)).toBeUndefined();
    expect(refresh(desk)).toContain('事業者一覧を更新しました（3事業者）');
    const sheet = sheetOf(desk, SHEET.partners);
    expect(PARTNER_HEADERS.map((_, c) => sheet.cell(1, c + 1)?.value)).toEqual([
      ...PARTNER_HEADERS,
    ]);
    expect(partnerRowsOf(desk)).toEqual([
      ['アオモリテック', '(株)アオモリ・テック', 2, 'R8-0001、R8-0003', 2026, 2026, ''],
      ['八甲田物産', '八甲田物産有限会社', 1, 'R8-0002', 2026, 2026, ''],
      ['アオモリ技研', 'アオモリ技研', 1, 'R8-0004', 2026, 2026, ''],
    ]);
  });

  test('staff merge two organisations by typing the key into 統合先; the merge survives', () => {
    const desk = newDesk();
    threeOrganisations(desk);
    refresh(desk);
    sheetOf(desk, SHEET.partners).cellForWrite(4, PARTNER_HEADERS.length).value = 'アオモリテック';
    expect(refresh(desk)).toContain('（2事業者）');
    expect(partnerRowsOf(desk)).toEqual([
      ['アオモリテック', '(株)アオモリ・テック', 3, 'R8-0001、R8-0003、R8-0004', 2026, 2026, ''],
      ['八甲田物産', '八甲田物産有限会社', 1, 'R8-0002', 2026, 2026, ''],
      ['アオモリ技研', 'アオモリ技研', '', '', '', '', 'アオモリテック'],
    ]);
    submitCase(desk, { [Q.organisation]: 'アオモリ技研' });
    refresh(desk);
    expect(partnerRowsOf(desk)[0][3]).toBe('R8-0001、R8-0003、R8-0004、R8-0005');
    expect(partnerRowsOf(desk)[2][6]).toBe('アオモリテック');
  });

  test('統合先 is read by header: a column staff inserted before the rebuild does not lose a merge', () => {
    const desk = newDesk();
    threeOrganisations(desk);
    refresh(desk);
    const sheet = sheetOf(desk, SHEET.partners);
    sheet.insertColumns(1, 1); // 備考, before 事業者キー
    sheet.cellForWrite(1, 1).value = '備考';
    sheet.cellForWrite(4, PARTNER_HEADERS.length + 1).value = 'アオモリテック';
    expect(refresh(desk)).toContain('（2事業者）');
    expect(partnerRowsOf(desk)[0][2]).toBe(3); // アオモリ技研 counted under アオモリテック
  });

  test('after a merge, the next intake notes the merged organisation as a repeat proposer', () => {
    const desk = newDesk();
    threeOrganisations(desk);
    refresh(desk);
    submitCase(desk, { [Q.organisation]: 'アオモリ技研' });
    expect(lastDeskNotice(desk)).toContain('これまでに 1 件あります（R8-0004）');
    sheetOf(desk, SHEET.partners).cellForWrite(4, PARTNER_HEADERS.length).value = 'アオモリテック';
    refresh(desk);
    submitCase(desk, { [Q.organisation]: 'アオモリ技研株式会社' });
    expect(lastDeskNotice(desk)).toContain(
      'これまでに 4 件あります（R8-0001、R8-0003、R8-0004、R8-0005）',
    );
    // …and the other way round: a new proposal under the target's name counts the merged ones.
    submitCase(desk, { [Q.organisation]: '株式会社アオモリテック' });
    expect(lastDeskNotice(desk)).toContain('これまでに 5 件あります');
  });

  test('the sidebar counts the organisation’s other proposals, merged ones included', () => {
    const desk = newDesk();
    threeOrganisations(desk);
    const giken = submitCase(desk, { [Q.organisation]: 'アオモリ技研' });
    const other = (ref: CaseRef) =>
      expectOk(run<CaseView>(desk, 'sidebarGetCase', ref)).partnerCases;
    expect(other(giken)).toBe(1); // R8-0004
    refresh(desk);
    sheetOf(desk, SHEET.partners).cellForWrite(4, PARTNER_HEADERS.length).value = 'アオモリテック';
    refresh(desk);
    expect(other(giken)).toBe(3); // R8-0001, R8-0003, R8-0004
  });

  test('the rebuild is one register read and one batched write', () => {
    const desk = newDesk();
    threeOrganisations(desk);
    refresh(desk);
    refresh(desk);
    const calls = desk.host.lastExecution().calls.map((c) => c.method);
    expect(calls.filter((c) => c === 'Range.getValues')).toHaveLength(2); // register, 統合先
    expect(calls.filter((c) => c === 'Range.setValues')).toHaveLength(1);
  });

  test('someone not listed as desk staff is refused', () => {
    const desk = newDesk();
    threeOrganisations(desk);
    expect(refresh(desk, 'stranger@example.com')).toContain('デスク職員に登録されていない');
    expect(sheetOf(desk, SHEET.partners)).toBeUndefined();
  });

  test('the hourly trigger rebuilds it once a day, after publication and statistics', () => {
    const desk = newDesk();
    threeOrganisations(desk);
    const hours = ['00', '08', '09', '10', '11'];
    for (const hour of hours) {
      desk.ws.clock.set(`2026-05-12T${hour}:30:00+09:00`);
      for (const o of desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
    }
    expect(partnerRowsOf(desk)).toHaveLength(3);
    sheetOf(desk, SHEET.partners).cellForWrite(2, 2).value = 'changed by hand';
    desk.ws.clock.set('2026-05-12T12:30:00+09:00');
    desk.host.runDueTimeTriggers();
    expect(partnerRowsOf(desk)[0][1]).toBe('changed by hand'); // not again the same day
  });
});

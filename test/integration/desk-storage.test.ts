/**
 * Issue 11, "no rule of src/ written twice": each desk-storage rule lives in one place
 * (src/store/caseNumbers.ts, settingsSync.deskSettings, workflow/history.appendHistoryRows,
 * store/departments.readDepartments). These tests drive the built add-on through its entry
 * points and check that every way in reaches the same rule.
 */
import { CHOICES, Q, SHEET } from '../../src/strings';
import { clickMenu, MENU, newDesk, proposal, registerRecords } from '../support/desk';
import { expectOk, run, seedDepartments, submitCase } from '../support/workflow';
import { documentProperties } from '../chaos/invariants/common';
import type { CaseRef, CaseView } from '../../src/app/sidebarContract';

const PRE_CONSULTATION = {
  organisation: '株式会社みちのく遊具',
  applicantType: CHOICES.applicantType[0],
  name: '八甲田 花子',
  email: 'hanako@michinoku.example.co.jp',
  phone: '017-000-9999',
  title: '公園遊具の更新',
  method: CHOICES.method[0],
  content: '遊具の更新について相談したい。',
  requestId: 'pre-consultation-0001',
};

describe('one case-number sequence for every way a case is made', () => {
  test('a form response, a 事前相談 and a response whose trigger never ran take 1, 2, 3', () => {
    const desk = newDesk();
    desk.host.submitForm(desk.formId, proposal());
    const pre = expectOk(run<CaseRef>(desk, 'dialogRegisterPreConsultation', PRE_CONSULTATION));
    desk.host.submitForm(desk.formId, proposal({ [Q.title]: '雪まつりの協賛' }), {
      deliveries: 0,
    });
    clickMenu(desk, MENU.recover);
    const records = registerRecords(desk);
    expect(records.map((r) => r['案件番号'])).toEqual(['R8-0001', 'R8-0002', 'R8-0003']);
    expect(pre.caseNumber).toBe('R8-0002');
    expect(records[2]['件名']).toBe('雪まつりの協賛');
    // The sequence is the one document property every path reads and advances.
    const sequences = Object.entries(documentProperties(desk)).filter(([k]) =>
      k.startsWith('caseSequence.'),
    );
    expect(sequences).toEqual([['caseSequence.2026', '3']]);
  });

  test('the same 事前相談 request sent again takes no second number', () => {
    const desk = newDesk();
    const first = expectOk(run<CaseRef>(desk, 'dialogRegisterPreConsultation', PRE_CONSULTATION));
    const again = expectOk(run<CaseRef>(desk, 'dialogRegisterPreConsultation', PRE_CONSULTATION));
    expect(again).toEqual(first);
    desk.host.submitForm(desk.formId, proposal());
    expect(registerRecords(desk).map((r) => r['案件番号'])).toEqual(['R8-0001', 'R8-0002']);
  });
});

describe('the 担当課 sheet is read by one function', () => {
  const ROWS = [
    ['道路維持課', 'douro@city.aomori.example.lg.jp', '雪谷', ''],
    ['', 'nobody@city.aomori.example.lg.jp', '', '名前のない行'],
    ['観光課', 'kanko@city.aomori.example.lg.jp', '浜田', ''],
    ['道路維持課', 'douro2@city.aomori.example.lg.jp', '二重', '同じ名前の二行目'],
  ];

  test('the sidebar, the hand-off and the sweep snapshot see the same departments', () => {
    const desk = newDesk();
    seedDepartments(desk, ROWS);
    clickMenu(desk, MENU.applySettings);
    const ref = submitCase(desk);
    const view = expectOk(run<CaseView>(desk, 'sidebarGetCase', ref));
    // Named rows in sheet order, one per name (the snapshot 設定を反映 took from the same read);
    // a blank name is no department.
    expect(view.departments).toEqual(['道路維持課', '観光課']);
    // The sweep's snapshot: the first row of a name wins, as the hand-off's lookup does.
    expect(JSON.parse(documentProperties(desk)['reminders.departments'])).toEqual({
      道路維持課: 'douro@city.aomori.example.lg.jp',
      観光課: 'kanko@city.aomori.example.lg.jp',
    });
    expectOk(
      run(desk, 'sidebarAssignDepartment', {
        ...ref,
        department: '道路維持課',
        request: '現地確認をお願いします。',
        dueDate: '',
        requestId: 'handoff-0001-storage',
      }),
    );
    const handOff = desk.ws.mail.outbox.filter((m) => m.subject.includes('庁内調整依頼'));
    expect(handOff.map((m) => m.to)).toEqual(['douro@city.aomori.example.lg.jp']);
  });

  test('a column staff inserted in 担当課 is respected: addresses are found by header', () => {
    const desk = newDesk();
    const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.departments)!;
    const header = ['担当課', '内線', 'メールアドレス', '担当者', '備考'];
    header.forEach((v, c) => (sheet.cellForWrite(1, c + 1).value = v));
    const rows = [
      ['道路維持課', '1234', 'douro@city.aomori.example.lg.jp', '雪谷', ''],
      ['観光課', '5678', 'kanko@city.aomori.example.lg.jp', '浜田', ''],
    ];
    rows.forEach((row, r) => row.forEach((v, c) => (sheet.cellForWrite(r + 2, c + 1).value = v)));
    clickMenu(desk, MENU.applySettings);
    expect(JSON.parse(documentProperties(desk)['reminders.departments'])).toEqual({
      道路維持課: 'douro@city.aomori.example.lg.jp',
      観光課: 'kanko@city.aomori.example.lg.jp',
    });
    const ref = submitCase(desk);
    expectOk(
      run(desk, 'sidebarAssignDepartment', {
        ...ref,
        department: '観光課',
        request: '協賛の可否をご検討ください。',
        dueDate: '',
        requestId: 'handoff-0002-storage',
      }),
    );
    const handOff = desk.ws.mail.outbox.filter((m) => m.subject.includes('庁内調整依頼'));
    expect(handOff.map((m) => m.to)).toEqual(['kanko@city.aomori.example.lg.jp']);
  });

  test('no 担当課 sheet: no departments, not an error', () => {
    const desk = newDesk();
    const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
    const sheet = model.sheetByName(SHEET.departments)!;
    model.sheets.splice(model.sheets.indexOf(sheet), 1);
    const ref = submitCase(desk);
    expect(expectOk(run<CaseView>(desk, 'sidebarGetCase', ref)).departments).toEqual([]);
  });
});

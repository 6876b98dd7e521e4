import { CHOICES, MENU, Q, SHEET, VALUES } from '../../src/strings';
import { joinLongText } from '../../src/store/longTexts';
import { clickMenu, Desk, newDesk, STAFF } from '../support/desk';
import {
  cellOf,
  expectOk,
  expectRefused,
  historyRows,
  move,
  POC,
  rowsOf,
  run,
  seedDepartments,
  selectRow,
  statusOf,
  submitCase,
} from '../support/workflow';

const midnight = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

describe('department hand-off (庁内調整)', () => {
  test('emails the contact with the summary, the request and the due date; the register shows it', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submitCase(desk);
    const view = expectOk(
      run(desk, 'sidebarAssignDepartment', {
        ...ref,
        department: '道路維持課',
        request: '除雪車両へのGPS搭載の可否をご確認ください。',
        dueDate: '2026-05-29',
      }),
    );
    expect(view.department).toBe('道路維持課');
    expect(view.departmentDue).toBe('2026-05-29');
    expect(view.departments).toEqual(['道路維持課', '観光課', '資産経営課']);
    expect(cellOf(desk, ref.row, 'department')).toBe('道路維持課');
    expect(cellOf(desk, ref.row, 'departmentDue')).toEqual(midnight('2026-05-29'));
    const mail = desk.ws.mail.outbox.find((m) => m.to === 'douro@city.aomori.example.lg.jp')!;
    expect(mail.subject).toBe(
      `【庁内調整依頼】${ref.caseNumber} 除雪車両の位置情報を活用した除雪状況の見える化（回答期限 令和8年5月29日（金））`,
    );
    expect(mail.body).toContain('道路維持課 雪谷 様');
    expect(mail.body).toContain('提案者: 株式会社あおもりテック');
    expect(mail.body).toContain('除雪車両にGPS端末を搭載し');
    expect(mail.body).toContain('除雪車両へのGPS搭載の可否をご確認ください。');
    expect(mail.body).not.toMatch(/#gid=/); // a case card, never the register (issue 12)
    const [history] = historyRows(desk);
    expect(history[3]).toBe('受付・内容確認');
    expect(history[4]).toBe('受付・内容確認');
    expect(String(history[5])).toContain('道路維持課');
  });

  test('without a due date, the review time of 設定 applies (15 business days)', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submitCase(desk);
    const view = expectOk(
      run(desk, 'sidebarAssignDepartment', {
        ...ref,
        department: '観光課',
        request: '確認',
        dueDate: '',
      }),
    );
    expect(view.departmentDue).toBe('2026-06-01');
  });

  test.each([
    [{ department: '教育委員会', request: 'x', dueDate: '' }, '「担当課」シートにありません'],
    [{ department: '観光課', request: '', dueDate: '' }, '依頼内容を入力してください'],
    [{ department: '観光課', request: 'x', dueDate: '2026-02-30' }, 'YYYY-MM-DD'],
    [{ department: '観光課', request: 'x', dueDate: '2026-05-01' }, '過去の日付'],
  ])('bad input %j is refused with a clear message and nothing is sent', (fields, text) => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submitCase(desk);
    const sent = desk.ws.mail.outbox.length;
    expect(expectRefused(run(desk, 'sidebarAssignDepartment', { ...ref, ...fields }))).toContain(
      text,
    );
    expect(desk.ws.mail.outbox).toHaveLength(sent);
    expect(cellOf(desk, ref.row, 'department')).toBe('');
    expect(historyRows(desk)).toHaveLength(0);
  });

  test('a mail failure records nothing, so the person can simply retry', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submitCase(desk);
    desk.ws.ledger.injectFailure(
      'MailApp.sendEmail',
      'Service invoked too many times for one day: email.',
    );
    const request = { ...ref, department: '観光課', request: '確認', dueDate: '' };
    expect(expectRefused(run(desk, 'sidebarAssignDepartment', request))).toContain(
      '送信できませんでした',
    );
    expect(cellOf(desk, ref.row, 'department')).toBe('');
    expectOk(run(desk, 'sidebarAssignDepartment', request));
    expect(cellOf(desk, ref.row, 'department')).toBe('観光課');
  });
});

describe('dialogue log, goals and checklist', () => {
  test('a dialogue is logged, moves 最終対話日 and restarts the 対話・調整 due time', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(move(desk, ref, '対話・調整'));
    desk.ws.clock.set('2026-05-20T15:00:00+09:00');
    const view = expectOk(
      run(desk, 'sidebarAddDialogue', {
        ...ref,
        date: '2026-05-20',
        parties: 'あおもりテック 青森氏、道路維持課 雪谷',
        summary: '=GPS端末の仕様を確認',
      }),
    );
    expect(cellOf(desk, ref.row, 'lastDialogueAt')).toEqual(midnight('2026-05-20'));
    // 10 business days from 20 May → 3 June.
    expect(view.dueDate).toBe('2026-06-03');
    expect(view.dialogues).toEqual([
      {
        date: '2026-05-20',
        parties: 'あおもりテック 青森氏、道路維持課 雪谷',
        summary: '=GPS端末の仕様を確認',
        by: STAFF,
      },
    ]);
    const [logged] = rowsOf(desk, SHEET.dialogues);
    expect(logged[3]).toBe('=GPS端末の仕様を確認');
    expect(historyRows(desk)).toHaveLength(2);
    // An older meeting logged late does not move the last dialogue back.
    expectOk(
      run(desk, 'sidebarAddDialogue', { ...ref, date: '2026-05-12', parties: 'a', summary: 'b' }),
    );
    expect(cellOf(desk, ref.row, 'lastDialogueAt')).toEqual(midnight('2026-05-20'));
  });

  test.each([
    [{ date: '2026-05-12', parties: '', summary: 'x' }, '相手方・出席者を入力してください'],
    [{ date: '2026-13-01', parties: 'a', summary: 'x' }, 'YYYY-MM-DD'],
    [{ date: '2026-05-12', parties: 'a', summary: 'x' }, '未来の日付'],
  ])('a bad dialogue %j is refused', (fields, text) => {
    const desk = newDesk({ now: '2026-05-11T09:00:00+09:00' });
    const ref = submitCase(desk);
    expect(expectRefused(run(desk, 'sidebarAddDialogue', { ...ref, ...fields }))).toContain(text);
    expect(rowsOf(desk, SHEET.dialogues)).toHaveLength(0);
  });

  test('goal and role split are saved as text and recorded', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const view = expectOk(
      run(desk, 'sidebarSaveGoals', {
        ...ref,
        goal: '+除雪状況の見える化',
        roleSplit: '市: 広報\n事業者: 端末',
      }),
    );
    expect(view.goal).toBe('+除雪状況の見える化');
    expect(cellOf(desk, ref.row, 'roleSplit')).toBe('市: 広報\n事業者: 端末');
    expect(String(historyRows(desk)[0][5])).toContain('目標');
  });

  test('the checklist is only for PoC cases in 実施準備', () => {
    const desk = newDesk();
    const partnership = submitCase(desk);
    const poc = submitCase(desk, POC);
    const tick = (ref: typeof poc, itemId = 'permits') =>
      run(desk, 'sidebarSetChecklistItem', { ...ref, itemId, done: true });
    expect(expectRefused(tick(partnership))).toContain('実証実験サポート');
    expect(expectRefused(tick(poc))).toContain('「実施準備」の案件');
    for (const to of [
      '対話・調整',
      '提案書確認',
      '実施可否判断',
      '回答（可）',
      '連携協定締結',
      '実施準備',
    ]) {
      expectOk(move(desk, poc, to));
    }
    expect(expectRefused(tick(poc, 'nope'))).toContain('チェック項目「nope」はありません');
    const view = expectOk(tick(poc));
    expect(view.checklist.filter((c) => c.done).map((c) => c.id)).toEqual(['permits']);
    const undone = expectOk(
      run(desk, 'sidebarSetChecklistItem', { ...poc, itemId: 'permits', done: false }),
    );
    expect(undone.checklist.some((c) => c.done)).toBe(false);
  });
});

describe('pre-consultation registered by the desk', () => {
  const request = {
    organisation: '株式会社ねぶたラボ',
    applicantType: CHOICES.applicantType[0],
    name: '津軽 一郎',
    email: 'ichiro@nebuta-lab.example.co.jp',
    phone: '017-111-2222',
    title: '祭りの混雑予測',
    method: CHOICES.method[1],
    content: '人流データを使った混雑予測の相談',
  };

  test('gets the next number of the fiscal year, starts in 事前相談 and is recorded', () => {
    const desk = newDesk();
    submitCase(desk);
    const ref = expectOk(run(desk, 'dialogRegisterPreConsultation', request));
    expect(ref).toEqual({ row: 3, caseNumber: 'R8-0002' });
    expect(statusOf(desk, 3)).toBe('事前相談');
    expect(cellOf(desk, 3, 'source')).toBe('デスク登録');
    expect(cellOf(desk, 3, 'owner')).toBe(STAFF);
    expect(historyRows(desk)[0].slice(2, 5)).toEqual(['R8-0002', '', '事前相談']);
    const next = submitCase(desk);
    expect(next.caseNumber).toBe('R8-0003');
    expectOk(move(desk, ref, '受付・内容確認'));
  });

  test('a content longer than a cell is kept whole in 長文保管 and the case is flagged', () => {
    const desk = newDesk();
    const content = '相談内容'.repeat(15_000);
    const ref = expectOk(run(desk, 'dialogRegisterPreConsultation', { ...request, content }));
    expect(String(cellOf(desk, ref.row, 'content'))).toContain('長文保管');
    expect(cellOf(desk, ref.row, 'review')).toBe(VALUES.review);
    const store = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(SHEET.longText)!;
    const rows: unknown[][] = [];
    for (let r = 2; r <= store.lastRow(); r++) {
      rows.push([1, 2, 3, 4].map((c) => store.cell(r, c)!.value));
    }
    expect(joinLongText(rows, ref.caseNumber, Q.content)).toBe(content);
  });

  test('an individual is registered as 対象外; missing fields are refused', () => {
    const desk = newDesk();
    expectOk(run(desk, 'dialogRegisterPreConsultation', { ...request, applicantType: '個人' }));
    expect(statusOf(desk, 2)).toBe('対象外');
    expect(
      expectRefused(run(desk, 'dialogRegisterPreConsultation', { ...request, title: ' ' })),
    ).toContain('件名を入力してください');
  });
});

describe('menu items', () => {
  function sidebarAfter(desk: Desk, caption: string) {
    const outcome = clickMenu(desk, caption);
    expect(outcome.error).toBeUndefined();
    return desk.ws.ui.sidebars[desk.ws.ui.sidebars.length - 1];
  }

  test.each([
    [MENU.changeStatus, 'status'],
    [MENU.assignDepartment, 'department'],
    [MENU.addDialogue, 'dialogue'],
  ])('%s opens the sidebar on the selected case at its section', (caption, section) => {
    const desk = newDesk();
    const ref = submitCase(desk);
    selectRow(desk, ref.row);
    const sidebar = sidebarAfter(desk, caption);
    expect(sidebar.title).toBe(`案件 ${ref.caseNumber}`);
    expect(sidebar.html).toContain(`data-section="${section}"`);
    expect(sidebar.html).toContain(
      'data-case-ref="{&quot;row&quot;:2,&quot;caseNumber&quot;:&quot;R8-0001&quot;}"',
    );
  });

  test('without a case row selected, the person is told to select one', () => {
    const desk = newDesk();
    submitCase(desk);
    selectRow(desk, 1);
    clickMenu(desk, MENU.changeStatus);
    expect(desk.ws.ui.sidebars).toHaveLength(0);
    expect(desk.ws.ui.alerts[desk.ws.ui.alerts.length - 1].prompt).toContain('案件の行を選択');
    selectRow(desk, 2, SHEET.settings);
    clickMenu(desk, MENU.changeStatus);
    expect(desk.ws.ui.sidebars).toHaveLength(0);
  });

  test('someone not listed as desk staff is refused in an alert', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    selectRow(desk, ref.row);
    clickMenu(desk, MENU.changeStatus, 'stranger@example.com');
    expect(desk.ws.ui.sidebars).toHaveLength(0);
    expect(desk.ws.ui.alerts[desk.ws.ui.alerts.length - 1].prompt).toContain(
      'デスク職員に登録されていない',
    );
  });

  test('事前相談を登録 opens the pre-consultation dialog', () => {
    const desk = newDesk();
    clickMenu(desk, MENU.registerPreConsultation);
    const dialog = desk.ws.ui.dialogs[desk.ws.ui.dialogs.length - 1];
    expect(dialog.modal).toBe(true);
    expect(dialog.title).toBe('事前相談を登録');
  });

  test('the menu is built in AuthMode.NONE with every workflow item', () => {
    const desk = newDesk();
    const outcome = desk.host.openSpreadsheet(desk.spreadsheetId, STAFF, 'NONE');
    expect(outcome.error).toBeUndefined();
    for (const caption of [
      MENU.changeStatus,
      MENU.assignDepartment,
      MENU.addDialogue,
      MENU.registerPreConsultation,
    ]) {
      expect(desk.ws.ui.menuFunction(caption)).toBeTruthy();
    }
  });

  test('setup creates the protected 対話記録 sheet', () => {
    const desk = newDesk();
    const m = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
    const sheet = m.sheetByName(SHEET.dialogues)!;
    expect(sheet.cell(1, 1)!.value).toBe('対話日');
    expect(m.protections.some((p) => p.sheetId === sheet.sheetId && p.type === 'SHEET')).toBe(true);
    expect(() =>
      desk.host.editCell(desk.spreadsheetId, SHEET.dialogues, 2, 1, 'x', 'stranger@example.com'),
    ).toThrow(/protected/);
  });
});

/**
 * 案件を検索 on the emulator, through its entry points: the menu opens the dialog, searchCases
 * lists the matching cases, searchOpenCase opens one in the sidebar; only desk staff may search;
 * a search stays within its call and time budget.
 */
import type { CaseRef, SearchRequest, SearchResult } from '../../src/app/sidebarContract';
import { registerColumn, RegisterKey } from '../../src/domain/register';
import { CHOICES, MENU, Q, SHEET } from '../../src/strings';
import { clickMenu, newDesk, STAFF } from '../support/desk';
import {
  expectOk,
  expectRefused,
  lastCalls,
  move,
  preloadCases,
  run,
  sheetOf,
  submitCase,
} from '../support/workflow';

const EMPTY: SearchRequest = {
  caseNumber: '',
  organisation: '',
  words: '',
  status: '',
  fiscalYear: '',
  department: '',
};

type Desk = ReturnType<typeof newDesk>;

function search(desk: Desk, criteria: Partial<SearchRequest>, user = STAFF) {
  return run<SearchResult>(desk, 'searchCases', { ...EMPTY, ...criteria }, user);
}

function numbersOf(result: SearchResult): string[] {
  return result.hits.map((h) => h.caseNumber);
}

function threeCases(desk: Desk): CaseRef[] {
  return [
    submitCase(desk, {
      [Q.organisation]: '株式会社 アオモリ・テック',
      [Q.title]: 'AIカメラによる観光客の周遊分析',
      [Q.content]: '駅前広場で人流を計測します。',
    }),
    submitCase(desk, {
      [Q.organisation]: '八甲田物産有限会社',
      [Q.title]: '道の駅の特産品ＰＲ',
      [Q.content]: 'りんごジュースの試飲会を開きます。',
      [Q.method]: CHOICES.method[1],
    }),
    submitCase(desk, {
      [Q.organisation]: 'ｱｵﾓﾘﾃｯｸ(株)',
      [Q.title]: '除雪車の運行情報の公開',
      [Q.content]: 'カメラ映像で道路状況を公開します。',
    }),
  ];
}

describe('searchCases', () => {
  test('finds cases by organisation (normalised), words, number, status and department', () => {
    const desk = newDesk();
    const [a, b, c] = threeCases(desk);
    expect(numbersOf(expectOk(search(desk, { organisation: '(株)アオモリテック' })))).toEqual([
      a.caseNumber,
      c.caseNumber,
    ]);
    expect(numbersOf(expectOk(search(desk, { words: 'カメラ' })))).toEqual([
      a.caseNumber,
      c.caseNumber,
    ]);
    expect(numbersOf(expectOk(search(desk, { words: 'カメラ 人流' })))).toEqual([a.caseNumber]);
    expect(numbersOf(expectOk(search(desk, { caseNumber: b.caseNumber })))).toEqual([b.caseNumber]);
    expectOk(move(desk, b, '対話・調整'));
    expect(numbersOf(expectOk(search(desk, { status: '対話・調整' })))).toEqual([b.caseNumber]);
    sheetOf(desk, SHEET.register).cellForWrite(c.row, registerColumn('department')).value =
      '道路維持課';
    expect(numbersOf(expectOk(search(desk, { department: '道路' })))).toEqual([c.caseNumber]);
    expect(numbersOf(expectOk(search(desk, { department: '道路', words: '人流' })))).toEqual([]);
  });

  test('a hit lists number, title, organisation, status and due date, with its row', () => {
    const desk = newDesk();
    const [a] = threeCases(desk);
    const result = expectOk(search(desk, { caseNumber: a.caseNumber }));
    expect(result.total).toBe(1);
    expect(result.hits[0]).toMatchObject({
      row: a.row,
      caseNumber: a.caseNumber,
      title: 'AIカメラによる観光客の周遊分析',
      organisation: '株式会社 アオモリ・テック',
      status: '受付・内容確認',
    });
    expect(result.hits[0].dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('by fiscal year of receipt', () => {
    const desk = newDesk();
    threeCases(desk);
    const thisYear = expectOk(search(desk, { fiscalYear: '2026' }));
    expect(thisYear.total).toBe(3);
    expect(expectOk(search(desk, { fiscalYear: '2025' })).total).toBe(0);
  });

  test('a search without any criterion is refused with a message, not a full list', () => {
    const desk = newDesk();
    threeCases(desk);
    expect(expectRefused(search(desk, {}))).toContain('条件を一つ以上');
  });

  test('someone not listed as desk staff is refused and sees no case', () => {
    const desk = newDesk();
    threeCases(desk);
    const result = search(desk, { words: 'カメラ' }, 'stranger@example.com');
    expect(expectRefused(result)).toContain('デスク職員に登録されていない');
    expect(JSON.stringify(result)).not.toContain('カメラ');
    const opened = run(desk, 'searchOpenCase', { row: 2, caseNumber: 'R8-0001' }, 'x@example.com');
    expect(expectRefused(opened)).toContain('デスク職員に登録されていない');
    expect(desk.ws.ui.sidebars).toHaveLength(0);
  });

  test('more than the limit: the first 100 are sent and the total says how many matched', () => {
    const desk = newDesk();
    preloadCases(desk, 250);
    const result = expectOk(search(desk, { organisation: '事業者' }));
    expect(result.total).toBe(250);
    expect(result.hits).toHaveLength(100);
    expect(result.hits[0]).toMatchObject({ row: 2, caseNumber: 'R8-00001' });
  });
});

describe('opening a hit', () => {
  test('searchOpenCase shows the case sidebar on that case', () => {
    const desk = newDesk();
    const [, b] = threeCases(desk);
    expect(expectOk(run<CaseRef>(desk, 'searchOpenCase', b))).toEqual(b);
    const sidebar = desk.ws.ui.sidebars.at(-1)!;
    expect(sidebar.title).toBe(`案件 ${b.caseNumber}`);
    expect(sidebar.html).toContain(
      `data-case-ref="{&quot;row&quot;:${b.row},&quot;caseNumber&quot;:&quot;${b.caseNumber}&quot;}"`,
    );
  });

  test('a row that no longer holds the case is refused (rows were sorted meanwhile)', () => {
    const desk = newDesk();
    const [a] = threeCases(desk);
    const message = expectRefused(
      run(desk, 'searchOpenCase', { row: a.row + 1, ...{ caseNumber: a.caseNumber } }),
    );
    expect(message).not.toBe('');
    expect(desk.ws.ui.sidebars).toHaveLength(0);
  });
});

describe('the menu item', () => {
  test('案件を検索 opens the search dialog for desk staff', () => {
    const desk = newDesk();
    expect(clickMenu(desk, MENU.searchCases).error).toBeUndefined();
    const dialog = desk.ws.ui.dialogs.at(-1)!;
    expect(dialog.modal).toBe(true);
    expect(dialog.title).toBe('案件を検索');
    expect(dialog.html).toMatch(/<main\s+id="app"\s+class="dialog"/);
  });

  test('someone not listed as desk staff gets an alert, no dialog', () => {
    const desk = newDesk();
    clickMenu(desk, MENU.searchCases, 'stranger@example.com');
    expect(desk.ws.ui.dialogs).toHaveLength(0);
    expect(desk.ws.ui.alerts.at(-1)!.prompt).toContain('デスク職員に登録されていない');
  });
});

describe('budget', () => {
  const setDepartment = (desk: Desk, size: number) => {
    const sheet = sheetOf(desk, SHEET.register);
    const key: RegisterKey = 'department';
    for (let row = 2; row < size + 2; row += 7) {
      sheet.cellForWrite(row, registerColumn(key)).value = '観光課';
    }
  };

  test.each([10, 10_000])(
    'without the dialog’s id (a copy of the desk): one read, 7 calls, within 1.5 s at %i cases',
    (size) => {
      const desk = newDesk();
      preloadCases(desk, size);
      expectOk(search(desk, { words: '案件1' }));
      expect(lastCalls(desk)).toEqual([
        'PropertiesService.getDocumentProperties',
        'Properties.getProperties',
        'Session.getActiveUser',
        'User.getEmail',
        'SpreadsheetApp.getActiveSpreadsheet',
        'Spreadsheet.getRange',
        'Range.getValues',
      ]);
      expect(desk.host.lastExecution().modeledMs).toBeLessThanOrEqual(1500);
    },
  );

  test('without the id, with a department: three reads, 11 calls, within 1.5 s at 10,000 cases', () => {
    const desk = newDesk();
    preloadCases(desk, 10_000);
    setDepartment(desk, 10_000);
    const result = expectOk(search(desk, { department: '観光' }));
    expect(result.total).toBe(Math.ceil(10_000 / 7));
    expect(lastCalls(desk)).toHaveLength(11);
    expect(desk.host.lastExecution().modeledMs).toBeLessThanOrEqual(1500);
  });
});

describe('through the Sheets API, in the dialog of the desk’s own spreadsheet', () => {
  /** The request as the dialog sends it: with the id the server gave the page. */
  const fromDialog = (desk: Desk, criteria: Partial<SearchRequest>, user = STAFF) =>
    search(desk, { ...criteria, spreadsheetId: desk.spreadsheetId }, user);

  test('the dialog is given the spreadsheet’s id', () => {
    const desk = newDesk();
    clickMenu(desk, MENU.searchCases);
    expect(desk.ws.ui.dialogs.at(-1)!.html).toContain(
      `data-spreadsheet-id="${desk.spreadsheetId}"`,
    );
  });

  test('the same hits as through SpreadsheetApp; fiscal years come from the serial dates', () => {
    const desk = newDesk();
    threeCases(desk);
    // The third case received in the last minutes of fiscal 2025 (Tokyo).
    sheetOf(desk, SHEET.register).cellForWrite(4, registerColumn('receivedAt')).value = new Date(
      '2026-03-31T23:50:00+09:00',
    ) as never;
    for (const criteria of [
      { organisation: 'アオモリテック' },
      { words: 'カメラ' },
      { fiscalYear: '2026' },
      { fiscalYear: '2025' },
      { caseNumber: '0002' },
    ]) {
      const api = expectOk(fromDialog(desk, criteria));
      expect(lastCalls(desk)).toContain('Spreadsheets.Values.batchGet');
      expect(api).toEqual(expectOk(search(desk, criteria)));
    }
    expect(numbersOf(expectOk(fromDialog(desk, { fiscalYear: '2025' })))).toHaveLength(1);
    expect(expectOk(fromDialog(desk, { fiscalYear: '2026' })).hits[0].dueDate).toMatch(
      /^\d{4}-\d{2}-\d{2}$/,
    );
  });

  test('someone not listed as desk staff is refused before anything is read', () => {
    const desk = newDesk();
    threeCases(desk);
    expectRefused(fromDialog(desk, { words: 'カメラ' }, 'stranger@example.com'));
    expect(lastCalls(desk)).not.toContain('Spreadsheets.Values.batchGet');
  });

  test('a copy of the desk (its stored id is another spreadsheet’s) reads its own register', () => {
    const desk = newDesk();
    threeCases(desk);
    desk.ws.properties.documents
      .get(desk.spreadsheetId)!
      .set('spreadsheet.url', 'https://docs.google.com/spreadsheets/d/original-desk/edit');
    expect(expectOk(fromDialog(desk, { words: 'カメラ' })).total).toBe(2);
    expect(lastCalls(desk)).not.toContain('Spreadsheets.Values.batchGet');
    expect(lastCalls(desk)).toContain('SpreadsheetApp.getActiveSpreadsheet');
  });

  test('no register: the same message as through SpreadsheetApp', () => {
    const desk = newDesk();
    const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
    model.sheets.splice(model.sheets.indexOf(sheetOf(desk, SHEET.register)), 1);
    expect(expectRefused(fromDialog(desk, { words: 'カメラ' }))).toContain(
      '案件台帳が見つかりません',
    );
  });

  test.each([10, 10_000])('a search at %i cases: 5 calls, within 1.5 s', (size) => {
    const desk = newDesk();
    preloadCases(desk, size);
    expectOk(fromDialog(desk, { words: '案件1' }));
    expect(lastCalls(desk)).toEqual([
      'PropertiesService.getDocumentProperties',
      'Properties.getProperties',
      'Session.getActiveUser',
      'User.getEmail',
      'Spreadsheets.Values.batchGet',
    ]);
    expect(desk.host.lastExecution().modeledMs).toBeLessThanOrEqual(1500);
  });

  test('with a department: the three spans in the same one read, 5 calls at 10,000 cases', () => {
    const desk = newDesk();
    preloadCases(desk, 10_000);
    const sheet = sheetOf(desk, SHEET.register);
    for (let row = 2; row < 10_002; row += 7) {
      sheet.cellForWrite(row, registerColumn('department')).value = '観光課';
    }
    const result = expectOk(fromDialog(desk, { department: '観光' }));
    expect(result.total).toBe(Math.ceil(10_000 / 7));
    expect(lastCalls(desk)).toHaveLength(5);
    expect(desk.host.lastExecution().modeledMs).toBeLessThanOrEqual(1500);
  });
});

/**
 * Issue 11 part 4: register columns found by header. A desk made by the previous version
 * (the header row of commit 761f997) upgrades in place through 設定を反映; a column staff
 * inserted among ours is kept and ignored; a renamed header is reported by name.
 */
import { MENU, REGISTER_HEADERS, SHEET } from '../../src/strings';
import { REGISTER_COLUMNS } from '../../src/domain/register';
import { clickMenu, newDesk, Desk } from '../support/desk';
import { expectOk, move, run, sheetOf, submitCase } from '../support/workflow';
import { documentProperties } from '../chaos/invariants/common';
import { layoutFromHeader, serializeLayout } from '../../src/domain/registerLayout';
import type { CaseView } from '../../src/app/sidebarContract';
import type { HealthReport } from '../../src/domain/health';

/** The register header row as the previous version wrote it (761f997, src/strings.ts). */
const PREVIOUS_HEADERS = [
  '案件番号', '受付日時', 'ステータス', 'ステータス変更日', '期限', '連携手法', '提案区分', '課題',
  '件名', '提案内容', '事業者名', '事業者区分', '氏名', 'メールアドレス', '電話番号',
  '市に求める役割', '希望開始', '希望終了', '個人情報', '事前相談', '資料URL', '同意', '要確認',
  '確認事項', '対象外理由', '担当課', '担当課期限', 'デスク担当', '最終対話日', '目標（共有）',
  '役割分担', '実施準備チェック', '実証終了日', '報告書期限', '代表者（職・氏名）', '連携事項',
  '協定締結日', '協定満了日', '案件フォルダ', '最新文書', '最新PDF', '文書の版', '受付通知',
  '受付経路', '回答キー', '公開への同意', '公開可否', '公開概要', '公開日', '事業者キー',
]; // prettier-ignore

function header(desk: Desk): string[] {
  const sheet = sheetOf(desk, SHEET.register);
  const out: string[] = [];
  for (let c = 1; c <= sheet.lastColumn(); c++) out.push(String(sheet.cell(1, c)?.value ?? ''));
  return out;
}

/** A cell of the register found by its header, as a person reads it. */
function cellByHeader(desk: Desk, row: number, title: string): unknown {
  const column = header(desk).indexOf(title) + 1;
  if (column < 1) throw new Error(`no column ${title}`);
  return sheetOf(desk, SHEET.register).cell(row, column)?.value ?? '';
}

function allCells(desk: Desk): unknown[][] {
  const sheet = sheetOf(desk, SHEET.register);
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

/** Rewrites the register as the previous version left it: its 50 headers and its cases' cells. */
function downgradeToPrevious(desk: Desk): void {
  const sheet = sheetOf(desk, SHEET.register);
  const rows = allCells(desk);
  const byHeader = rows[0].map(String);
  for (let r = 1; r <= rows.length; r++) {
    for (let c = 1; c <= Math.max(byHeader.length, PREVIOUS_HEADERS.length); c++) {
      const title = PREVIOUS_HEADERS[c - 1];
      const from = title ? byHeader.indexOf(title) : -1;
      const value = r === 1 ? (title ?? '') : from >= 0 ? rows[r - 1][from] : '';
      sheet.cellForWrite(r, c).value = value as never;
    }
  }
}

/** A person inserts a column before `before` and titles it (not one of ours). */
function staffInsertsColumn(desk: Desk, before: number, title: string): void {
  const sheet = sheetOf(desk, SHEET.register);
  sheet.insertColumns(before, 1);
  sheet.cellForWrite(1, before).value = title as never;
}

describe('register columns found by header', () => {
  test('a desk of the previous version upgrades in place through 設定を反映, no value moved or lost', () => {
    const desk = newDesk();
    const first = submitCase(desk);
    const second = submitCase(desk);
    downgradeToPrevious(desk);
    const before = allCells(desk);
    expect(before[0]).toEqual(PREVIOUS_HEADERS);
    const applied = clickMenu(desk, MENU.applySettings);
    expect(applied.error).toBeUndefined();
    const after = allCells(desk);
    // Every old cell stays where it was; the new columns follow the last old one.
    for (let r = 0; r < before.length; r++) {
      expect(after[r].slice(0, PREVIOUS_HEADERS.length)).toEqual(before[r]);
    }
    expect(after[0].slice(PREVIOUS_HEADERS.length)).toEqual(
      REGISTER_COLUMNS.filter((k) => !PREVIOUS_HEADERS.includes(REGISTER_HEADERS[k])).map(
        (k) => REGISTER_HEADERS[k],
      ),
    );
    expect(after[0]).toEqual(
      expect.arrayContaining(['所在地', '回答理由', '文書番号', '提案書受領日']),
    );
    // The upgraded desk keeps working: a move writes the status into ステータス.
    expectOk(move(desk, first, '対話・調整'));
    expect(cellByHeader(desk, first.row, 'ステータス')).toBe('対話・調整');
    expect(cellByHeader(desk, second.row, 'ステータス')).toBe('受付・内容確認');
  });

  test('a column staff inserted between 件名 and 提案内容 is kept; intake and moves find ours', () => {
    const desk = newDesk();
    const first = submitCase(desk);
    const at = header(desk).indexOf('提案内容') + 1;
    staffInsertsColumn(desk, at, '庁内メモ');
    sheetOf(desk, SHEET.register).cellForWrite(first.row, at).value = 'メモは残る' as never;
    expect(clickMenu(desk, MENU.applySettings).error).toBeUndefined();
    // Intake: each value in its column by header; the staff column stays empty for the new row.
    const second = submitCase(desk);
    expect(second.row).toBe(first.row + 1);
    expect(cellByHeader(desk, second.row, '庁内メモ')).toBe('');
    expect(String(cellByHeader(desk, second.row, '提案内容'))).not.toBe('');
    expect(cellByHeader(desk, second.row, 'ステータス')).toBe('受付・内容確認');
    expect(String(cellByHeader(desk, second.row, '回答キー'))).toMatch(/.+/);
    // A sidebar move writes ours, never the staff column.
    expectOk(move(desk, first, '対話・調整'));
    expect(cellByHeader(desk, first.row, 'ステータス')).toBe('対話・調整');
    expect(cellByHeader(desk, first.row, '庁内メモ')).toBe('メモは残る');
  });

  test('intake checks the stored layout against the header it reads anyway', () => {
    const desk = newDesk();
    submitCase(desk);
    // Inserted without 設定を反映 or any trigger: the layout stored is stale.
    staffInsertsColumn(desk, 2, '備考');
    const second = submitCase(desk);
    expect(cellByHeader(desk, second.row, '備考')).toBe('');
    expect(cellByHeader(desk, second.row, 'ステータス')).toBe('受付・内容確認');
    expect(cellByHeader(desk, second.row, '案件番号')).toBe(second.caseNumber);
  });

  test('a renamed header is reported by name and nothing is written into another column', () => {
    const desk = newDesk();
    const first = submitCase(desk);
    const at = header(desk).indexOf('デスク担当') + 1;
    sheetOf(desk, SHEET.register).cellForWrite(1, at).value = '担当者' as never;
    const applied = clickMenu(desk, MENU.applySettings);
    expect(applied.error).toBeUndefined();
    const alert = desk.ws.ui.alerts[desk.ws.ui.alerts.length - 1];
    expect(JSON.stringify(alert)).toContain(
      '列「デスク担当」が見つかりません（見出しを変えた場合は元に戻してください）',
    );
    // Not added again at the end (that would split the column's data).
    expect(header(desk).filter((h) => h === 'デスク担当')).toHaveLength(0);
    const before = allCells(desk);
    expectOk(move(desk, first, '対話・調整'));
    expect(cellByHeader(desk, first.row, 'ステータス')).toBe('対話・調整');
    // The move sets デスク担当 normally: with its header renamed, that cell is left alone.
    expect(cellByHeader(desk, first.row, '担当者')).toBe(before[first.row - 1][at - 1]);
  });
});

describe('the layout follows columns people insert, remove or move (onChange)', () => {
  const column = (desk: Desk, title: string) => header(desk).indexOf(title) + 1;
  const storedLayout = (desk: Desk) => documentProperties(desk)['register.layout'];
  const layoutOfHeader = (desk: Desk) => serializeLayout(layoutFromHeader(header(desk)).layout);

  test('setup installs the change trigger next to the form-submit one', () => {
    const desk = newDesk();
    const mine = desk.ws.triggers.forEvent('ON_CHANGE', desk.spreadsheetId);
    expect(mine.map((t) => t.handlerFunction)).toEqual(['onSheetStructureChanged']);
    expect(JSON.parse(documentProperties(desk)['trigger.change']).uid).toBe(mine[0].uid);
  });

  test('a column inserted between two of ours and another moved: the next move and the sidebar use the right cells', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    // A person inserts 庁内メモ between 件名 and 提案内容, and types in it.
    const [inserted] = desk.host.changeSheet(desk.spreadsheetId, SHEET.register, {
      kind: 'insert',
      dimension: 'column',
      at: column(desk, '提案内容'),
      count: 1,
    });
    expect(inserted.error).toBeUndefined();
    expect(inserted.execution.functionName).toBe('onSheetStructureChanged');
    sheetOf(desk, SHEET.register).cellForWrite(1, column(desk, '件名') + 1).value =
      '庁内メモ' as never;
    sheetOf(desk, SHEET.register).cellForWrite(ref.row, column(desk, '庁内メモ')).value =
      'メモ' as never;
    // And moves ステータス to the far right, after 目標（共有）'s neighbours.
    const [moved] = desk.host.changeSheet(desk.spreadsheetId, SHEET.register, {
      kind: 'move',
      dimension: 'column',
      at: column(desk, 'ステータス'),
      count: 1,
      destination: header(desk).length + 1,
    });
    expect(moved.error).toBeUndefined();
    expect(header(desk)[header(desk).length - 1]).toBe('ステータス');
    // The stored layout is the header's at once (no 設定を反映, no edit of row 1).
    expect(storedLayout(desk)).toBe(layoutOfHeader(desk));
    // The sidebar reads each field from its column.
    const view = expectOk(run<CaseView>(desk, 'sidebarGetCase', ref));
    expect(view.status).toBe('受付・内容確認');
    expect(view.title).toBe(cellByHeader(desk, ref.row, '件名'));
    // A move writes ステータス where it now is, and leaves the staff column alone (the request
    // is built here: test/support/workflow.ts move() reads the status at its default column).
    const expectedStatus = String(cellByHeader(desk, ref.row, 'ステータス'));
    expectOk(
      run(desk, 'sidebarMoveCase', { ...ref, expectedStatus, to: '対話・調整', comment: '' }),
    );
    expect(cellByHeader(desk, ref.row, 'ステータス')).toBe('対話・調整');
    expect(cellByHeader(desk, ref.row, '庁内メモ')).toBe('メモ');
    // A sidebar write lands in 目標（共有）, wherever the moves put it.
    expectOk(run(desk, 'sidebarSaveGoals', { ...ref, goal: '目標A', roleSplit: '分担B' }));
    expect(cellByHeader(desk, ref.row, '目標（共有）')).toBe('目標A');
    expect(cellByHeader(desk, ref.row, '役割分担')).toBe('分担B');
    expect(cellByHeader(desk, ref.row, '庁内メモ')).toBe('メモ');
  });

  test('a removed column is followed too; row changes and edits cost no call', () => {
    const desk = newDesk();
    submitCase(desk);
    const at = column(desk, '件名');
    desk.host.changeSheet(desk.spreadsheetId, SHEET.register, {
      kind: 'insert',
      dimension: 'column',
      at,
      count: 2,
    });
    const [removed] = desk.host.changeSheet(desk.spreadsheetId, SHEET.register, {
      kind: 'delete',
      dimension: 'column',
      at,
      count: 1,
    });
    expect(removed.error).toBeUndefined();
    expect(storedLayout(desk)).toBe(layoutOfHeader(desk));
    // One layout change: properties (2), the register and its header (3), the write (1).
    expect(removed.execution.calls.length).toBeLessThanOrEqual(6);
    for (const changeType of ['EDIT', 'FORMAT', 'INSERT_ROW', 'REMOVE_ROW'] as const) {
      const [outcome] = desk.host.fireChange(desk.spreadsheetId, changeType);
      expect(outcome.error).toBeUndefined();
      expect(outcome.execution.calls).toEqual([]);
    }
    // An unchanged layout is not written again.
    const [again] = desk.host.fireChange(desk.spreadsheetId, 'OTHER');
    expect(again.execution.calls.map((c) => c.method)).not.toContain('Properties.setProperty');
  });

  test('an event from a superseded change trigger is ignored', () => {
    const desk = newDesk();
    const before = storedLayout(desk);
    const trigger = desk.ws.triggers.forEvent('ON_CHANGE', desk.spreadsheetId)[0];
    const record = JSON.parse(documentProperties(desk)['trigger.change']);
    record.uid = 'someone-else';
    desk.ws.properties.documents
      .get(desk.spreadsheetId)!
      .set('trigger.change', JSON.stringify(record));
    sheetOf(desk, SHEET.register).insertColumns(2, 1);
    const [outcome] = desk.host.fireChange(desk.spreadsheetId, 'INSERT_COLUMN');
    expect(outcome.execution.triggerUid).toBe(trigger.uid);
    expect(storedLayout(desk)).toBe(before);
  });
});

describe('a renamed header is reported by name by setup and ヘルスチェック', () => {
  function renameDeskOwner(desk: Desk): void {
    const at = header(desk).indexOf('デスク担当') + 1;
    sheetOf(desk, SHEET.register).cellForWrite(1, at).value = '担当者' as never;
  }
  const RENAMED = '列「デスク担当」が見つかりません（見出しを変えた場合は元に戻してください）。';

  // Needs src/app/menu.ts setupFromMenu to add SetupResult.registerMessage to its alert.
  test('初期設定 run again names it in its result', () => {
    const desk = newDesk();
    renameDeskOwner(desk);
    expect(clickMenu(desk, MENU.setup).error).toBeUndefined();
    const alert = desk.ws.ui.alerts[desk.ws.ui.alerts.length - 1];
    expect(JSON.stringify(alert)).toContain(RENAMED);
  });

  test('the health page lists it, and clears it once the header is back', () => {
    const desk = newDesk();
    renameDeskOwner(desk);
    expect(clickMenu(desk, MENU.applySettings).error).toBeUndefined();
    const report = desk.host.scriptRun<{ ok: boolean; value: HealthReport }>(
      desk.spreadsheetId,
      'healthCheck',
      [],
    );
    const item = report.value.items.find((i) => i.id === 'spreadsheet.registerHeaders');
    expect(item).toMatchObject({ status: 'warn', detail: RENAMED });
    const at = header(desk).indexOf('担当者') + 1;
    sheetOf(desk, SHEET.register).cellForWrite(1, at).value = 'デスク担当' as never;
    expect(clickMenu(desk, MENU.applySettings).error).toBeUndefined();
    const after = desk.host.scriptRun<{ ok: boolean; value: HealthReport }>(
      desk.spreadsheetId,
      'healthCheck',
      [],
    );
    expect(after.value.items.find((i) => i.id === 'spreadsheet.registerHeaders')?.status).toBe(
      'ok',
    );
  });
});

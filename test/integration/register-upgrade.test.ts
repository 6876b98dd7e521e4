/**
 * Issue 11 part 4: register columns found by header. A desk made by the previous version
 * (the header row of commit 761f997) upgrades in place through 設定を反映; a column staff
 * inserted among ours is kept and ignored; a renamed header is reported by name.
 */
import { MENU, REGISTER_HEADERS, SHEET } from '../../src/strings';
import { REGISTER_COLUMNS } from '../../src/domain/register';
import { clickMenu, newDesk, Desk } from '../support/desk';
import { expectOk, move, sheetOf, submitCase } from '../support/workflow';

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

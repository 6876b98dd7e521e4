/**
 * The log sheets — 履歴, 対話記録, 送信記録, 長文保管 — read and written by header, as the register
 * is (src/store/logLayouts.ts): a column staff insert or move is followed after the onChange
 * trigger, 設定を反映 or an edit of the header row; each value lands under its header, and every
 * reader (the sidebar, the status guard, statistics, the disclosure file, the sweep's sent log,
 * the long-text reader) reads by header. A renamed header is reported by name.
 */
import { HISTORY_HEADERS, LONG_TEXT_HEADERS, MENU, Q, SHEET } from '../../src/strings';
import { STATISTICS_LABELS as L } from '../../src/strings';
import { DIALOGUE_HEADERS } from '../../src/strings/workflow';
import { SENT_LOG_HEADERS } from '../../src/strings/reminders';
import type { CaseView, MoveResult } from '../../src/app/sidebarContract';
import type { HealthReport } from '../../src/domain/health';
import { clickMenu, Desk, newDesk, STAFF } from '../support/desk';
import {
  expectOk,
  move,
  POC,
  recordGates,
  run,
  sheetOf,
  statusOf,
  submitCase,
} from '../support/workflow';
import { placeCases, placeDepartments, runTriggerDay } from '../support/reminders';
import {
  disclosureCase,
  disclosureDesk,
  disclosureFile,
  disclosureText,
} from '../support/disclosure';
import { leakedMarkers, DIALOGUES } from '../support/disclosureCorpus';
import { documentProperties } from '../chaos/invariants/common';

type Row = Record<string, unknown>;

function header(desk: Desk, name: string): string[] {
  const sheet = sheetOf(desk, name);
  const out: string[] = [];
  for (let c = 1; c <= sheet.lastColumn(); c++) out.push(String(sheet.cell(1, c)?.value ?? ''));
  return out;
}

/** The sheet's data rows as a person reads them: each cell under the header above it. */
function rowsByHeader(desk: Desk, name: string): Row[] {
  const sheet = sheetOf(desk, name);
  const titles = header(desk, name);
  const rows: Row[] = [];
  for (let r = 2; r <= sheet.lastRow(); r++) {
    const row: Row = {};
    titles.forEach((t, c) => (row[t || `#${c + 1}`] = sheet.cell(r, c + 1)?.value ?? ''));
    rows.push(row);
  }
  return rows;
}

const columnOf = (desk: Desk, name: string, title: string) => header(desk, name).indexOf(title) + 1;

/**
 * A person inserts a column before `before` in the editor (the onChange trigger runs) and titles
 * it (a plain value: no trigger, nothing for the layout to change — an unknown header is ignored).
 */
function insertColumn(desk: Desk, name: string, before: string, title: string): void {
  const at = columnOf(desk, name, before);
  const [outcome] = desk.host.changeSheet(desk.spreadsheetId, name, {
    kind: 'insert',
    dimension: 'column',
    at,
    count: 1,
  });
  expect(outcome.error).toBeUndefined();
  expect(outcome.execution.functionName).toBe('onSheetStructureChanged');
  sheetOf(desk, name).cellForWrite(1, at).value = title as never;
}

/** A person moves the column titled `title` before column `destination` (the trigger runs). */
function moveColumn(desk: Desk, name: string, title: string, destination: number): void {
  const [outcome] = desk.host.changeSheet(desk.spreadsheetId, name, {
    kind: 'move',
    dimension: 'column',
    at: columnOf(desk, name, title),
    count: 1,
    destination,
  });
  expect(outcome.error).toBeUndefined();
}

/** The stored layout of a log: each header's column, as the header row says. */
function storedColumns(desk: Desk, prop: string): Record<string, number> {
  return JSON.parse(documentProperties(desk)[prop]).columns;
}

function columnsOfHeader(desk: Desk, name: string, ours: readonly string[]) {
  return Object.fromEntries(ours.map((h) => [h, columnOf(desk, name, h)]));
}

const moveRequest = (ref: { row: number; caseNumber: string }, to: string, requestId: string) => ({
  ...ref,
  expectedStatus: '',
  to,
  comment: `${to}へ`,
  requestId,
});

/** A sidebar move with a request id (the gates' dates typed in, as staff would). */
function sidebarMove(desk: Desk, ref: { row: number; caseNumber: string }, to: string, id: string) {
  const from = statusOf(desk, ref.row);
  recordGates(desk, ref.row, from, to);
  return run<MoveResult>(desk, 'sidebarMoveCase', {
    ...moveRequest(ref, to, id),
    expectedStatus: from,
  });
}

describe('履歴 found by header', () => {
  test('a column inserted and 操作ID moved: moves write under the headers, the sidebar reads them', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    insertColumn(desk, SHEET.history, '変更前', '備考');
    moveColumn(desk, SHEET.history, '操作ID', 1);
    expect(header(desk, SHEET.history)).toEqual([
      '操作ID', '日時', '実行者', '案件番号', '備考', '変更前', '変更後', 'コメント',
    ]); // prettier-ignore
    // The onChange trigger stored the layout the header now describes.
    expect(storedColumns(desk, 'log.layout.history')).toEqual(
      columnsOfHeader(desk, SHEET.history, HISTORY_HEADERS),
    );
    expectOk(sidebarMove(desk, ref, '対話・調整', 'req-log-000001'));
    const [row] = rowsByHeader(desk, SHEET.history);
    expect(row).toMatchObject({
      操作ID: 'req-log-000001',
      実行者: STAFF,
      案件番号: ref.caseNumber,
      備考: '',
      変更前: '受付・内容確認',
      変更後: '対話・調整',
    });
    // The comment, then the notice to the applicant the move sent.
    expect(String(row['コメント'])).toMatch(/^対話・調整へ\n［申請者へお知らせ/);
    expect(row['日時']).toBeInstanceOf(Date);
    const view = expectOk(run<CaseView>(desk, 'sidebarGetCase', ref));
    expect(view.history.at(-1)).toMatchObject({
      by: STAFF,
      from: '受付・内容確認',
      to: '対話・調整',
      comment: row['コメント'],
    });
  });

  test('a move killed after its history row, 操作ID moved before the retry: the retry finds the row', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    insertColumn(desk, SHEET.history, '日時', '備考');
    // Kill at the register write (call 13 of 14): the intent and the history row are in.
    desk.ws.ledger.arm({ kind: 'kill', at: 13, functionName: 'sidebarMoveCase' });
    expect(() => sidebarMove(desk, ref, '対話・調整', 'req-log-000002')).toThrow(
      'Exceeded maximum execution time',
    );
    expect(rowsByHeader(desk, SHEET.history).map((r) => r['操作ID'])).toEqual(['req-log-000002']);
    // Staff move 操作ID to the far left before the retry: it is looked for where it now is.
    moveColumn(desk, SHEET.history, '操作ID', 1);
    const retry = run<MoveResult>(desk, 'sidebarMoveCase', {
      ...moveRequest(ref, '対話・調整', 'req-log-000002'),
      expectedStatus: '受付・内容確認',
    });
    expectOk(retry);
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    const rows = rowsByHeader(desk, SHEET.history);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ 操作ID: 'req-log-000002', 変更後: '対話・調整', 備考: '' });
  });

  test('the status guard restores a refused paste from the last history row, read by header', () => {
    const desk = newDesk();
    const [a, b] = [submitCase(desk), submitCase(desk)];
    expectOk(move(desk, a, '対話・調整'));
    // The rows written so far move with their columns.
    moveColumn(desk, SHEET.history, '案件番号', 1);
    insertColumn(desk, SHEET.history, '変更後', 'メモ');
    expectOk(move(desk, a, '提案書確認'));
    moveColumn(desk, SHEET.history, '変更後', 1);
    // A paste over both statuses: 完了 is refused for a, restored from 履歴's last row.
    const at = columnOf(desk, SHEET.register, 'ステータス');
    const outcomes = desk.host.editRange(desk.spreadsheetId, SHEET.register, a.row, at, [
      ['完了'],
      ['受付・内容確認'],
    ]);
    for (const o of outcomes) expect(o.error).toBeUndefined();
    expect(statusOf(desk, a.row)).toBe('提案書確認');
    expect(statusOf(desk, b.row)).toBe('受付・内容確認');
  });

  test('statistics read the history by header, through the Sheets API and SpreadsheetApp alike', () => {
    function leadTimes(shuffle: boolean) {
      const desk = newDesk();
      const a = submitCase(desk);
      const b = submitCase(desk, POC);
      desk.ws.clock.set('2026-05-20T10:00:00+09:00');
      expectOk(move(desk, a, '対話・調整'));
      expectOk(move(desk, a, '提案書確認'));
      desk.ws.clock.set('2026-06-03T15:00:00+09:00');
      expectOk(move(desk, a, '実施可否判断'));
      expectOk(move(desk, a, '回答（可）'));
      expectOk(move(desk, b, '取下げ'));
      if (shuffle) {
        // The rows written move with their columns.
        insertColumn(desk, SHEET.history, '日時', '備考'); // before 日時: every field shifts
        moveColumn(desk, SHEET.history, '案件番号', 1);
        moveColumn(desk, SHEET.history, '変更前', header(desk, SHEET.history).length + 1);
      }
      expect(clickMenu(desk, MENU.refreshStatistics).error).toBeUndefined();
      const calls = desk.host.lastExecution().calls.map((c) => c.method);
      expect(calls).toContain('Spreadsheets.Values.batchGet');
      const menu = statisticsRows(desk);
      // The hourly trigger's refresh reads through SpreadsheetApp.
      for (const hour of ['00', '08', '09', '10']) {
        desk.ws.clock.set(`2026-06-04T${hour}:30:00+09:00`);
        for (const o of desk.host.runDueTimeTriggers()) expect(o.error).toBeUndefined();
      }
      return { menu, hourly: statisticsRows(desk) };
    }
    const plain = leadTimes(false);
    const shuffled = leadTimes(true);
    const figure = (rows: unknown[][]) =>
      rows.find((r) => r[0] === L.toAnswer && r[1] === L.median);
    expect(Number(figure(plain.menu)?.[2])).toBeGreaterThan(0);
    expect(figure(shuffled.menu)).toEqual(figure(plain.menu));
    expect(figure(shuffled.hourly)).toEqual(figure(plain.hourly));
    expect(shuffled.menu.slice(1)).toEqual(plain.menu.slice(1));
  });
});

function statisticsRows(desk: Desk): unknown[][] {
  const sheet = sheetOf(desk, '統計');
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

describe('対話記録 found by header', () => {
  test('a column inserted and one moved: dialogues land under their headers; the sidebar reads them', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    insertColumn(desk, SHEET.dialogues, '概要', '資料');
    moveColumn(desk, SHEET.dialogues, '案件番号', header(desk, SHEET.dialogues).length + 1);
    expect(storedColumns(desk, 'log.layout.dialogues')).toEqual(
      columnsOfHeader(desk, SHEET.dialogues, DIALOGUE_HEADERS),
    );
    const request = {
      ...ref,
      date: '2026-05-08',
      parties: '株式会社あおもりテック 青森様',
      summary: '実証の範囲を確認',
      requestId: 'req-log-dialogue-1',
    };
    expectOk(run(desk, 'sidebarAddDialogue', request));
    // Sent again (a retry): found by its 操作ID where the column now is, not written twice.
    expectOk(run(desk, 'sidebarAddDialogue', request));
    const rows = rowsByHeader(desk, SHEET.dialogues);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      案件番号: ref.caseNumber,
      '相手方・出席者': '株式会社あおもりテック 青森様',
      概要: '実証の範囲を確認',
      資料: '',
      記録者: STAFF,
      操作ID: 'req-log-dialogue-1',
    });
    const view = expectOk(run<CaseView>(desk, 'sidebarGetCase', ref));
    expect(view.dialogues).toEqual([
      {
        date: '2026-05-08',
        parties: '株式会社あおもりテック 青森様',
        summary: '実証の範囲を確認',
        by: STAFF,
      },
    ]);
  });

  test('the disclosure file reads 履歴 and 対話記録 by header: nothing private leaks, nothing is lost', () => {
    function file(shuffle: boolean): string {
      const desk = disclosureDesk();
      const ref = disclosureCase(desk);
      if (shuffle) {
        // The rows written move with their columns.
        insertColumn(desk, SHEET.history, '変更前', '備考');
        moveColumn(desk, SHEET.history, 'コメント', 1);
        insertColumn(desk, SHEET.dialogues, '相手方・出席者', '場所');
        moveColumn(desk, SHEET.dialogues, '記録者', 1);
        moveColumn(desk, SHEET.dialogues, '案件番号', 1);
      }
      return disclosureText(desk, disclosureFile(desk, ref, 'req-log-disclosure-1').documentId);
    }
    const text = file(true);
    expect(leakedMarkers(text, STAFF)).toEqual([]);
    expect(text).toContain('実証の範囲を確認した。');
    // The same file as a desk whose columns never moved makes.
    expect(text).toBe(file(false));
    expect(DIALOGUES).toHaveLength(2);
  });
});

describe('送信記録 found by header', () => {
  const DOURO = 'douro@city.aomori.example.lg.jp';
  function deskWithCases(): Desk {
    const desk = newDesk({ now: '2026-05-11T09:00:00+09:00' });
    placeDepartments(desk, [['道路維持課', DOURO]]);
    placeCases(desk, [
      { caseNumber: 'R8-0001', status: '受付・内容確認', dueDate: '2026-05-18' },
      {
        caseNumber: 'R8-0002',
        status: '提案書確認',
        department: '道路維持課',
        departmentDue: '2026-05-21',
        dueDate: '2026-05-29',
      },
    ]);
    clickMenu(desk, MENU.setup); // refreshes the 担当課 snapshot (idempotent)
    return desk;
  }

  test('the sweep writes each reminder under its headers and finds it again the next run', () => {
    const desk = deskWithCases();
    insertColumn(desk, SHEET.sentLog, 'ステータス', '対応メモ');
    moveColumn(desk, SHEET.sentLog, 'キー', 1);
    expect(storedColumns(desk, 'log.layout.sentLog')).toEqual(
      columnsOfHeader(desk, SHEET.sentLog, SENT_LOG_HEADERS),
    );
    runTriggerDay(desk, '2026-05-20');
    const rows = rowsByHeader(desk, SHEET.sentLog);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(String(row['キー'])).toMatch(/^R8-000\d\|/);
      expect(String(row['キー']).startsWith(String(row['案件番号']))).toBe(true);
      expect(row['対応メモ']).toBe('');
      expect(String(row['宛先'])).toContain('@');
    }
    expect(rows.map((r) => r['宛先'])).toContain(DOURO);
    // Staff note a reminder in their column; a second run the same day writes nothing new.
    const noteColumn = columnOf(desk, SHEET.sentLog, '対応メモ');
    sheetOf(desk, SHEET.sentLog).cellForWrite(2, noteColumn).value = '電話済' as never;
    const count = rows.length;
    desk.ws.clock.set('2026-05-20T10:30:00+09:00');
    clickMenu(desk, MENU.runSweepNow);
    expect(rowsByHeader(desk, SHEET.sentLog)).toHaveLength(count);
    // The next day's reminders go below, under their headers, the note kept.
    runTriggerDay(desk, '2026-05-22');
    const after = rowsByHeader(desk, SHEET.sentLog);
    expect(after[0]['対応メモ']).toBe('電話済');
    expect(after.length).toBeGreaterThan(count);
    for (const row of after.slice(count)) {
      expect(String(row['キー']).startsWith(String(row['案件番号']))).toBe(true);
      expect(row['対応メモ']).toBe('');
    }
  });
});

describe('the onChange trigger', () => {
  test('a log sheet deleted: its layout is forgotten, the others are still followed', () => {
    const desk = newDesk();
    const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
    model.sheets.splice(
      model.sheets.findIndex((s) => s.name === SHEET.sentLog),
      1,
    );
    const [removed] = desk.host.fireChange(desk.spreadsheetId, 'REMOVE_GRID');
    expect(removed.error).toBeUndefined();
    // The one read of every header failed on the missing sheet: each was read by name instead.
    const calls = removed.execution.calls.map((c) => c.method);
    expect(calls).toContain('Spreadsheets.Values.batchGet');
    expect(calls).toContain('Spreadsheet.getSheetByName');
    expect(documentProperties(desk)['log.layout.sentLog']).toBeUndefined();
    insertColumn(desk, SHEET.history, '日時', '備考');
    expect(storedColumns(desk, 'log.layout.history')).toEqual(
      columnsOfHeader(desk, SHEET.history, HISTORY_HEADERS),
    );
    // Now one read again, of the sheets it knows.
    const [again] = desk.host.fireChange(desk.spreadsheetId, 'OTHER');
    expect(again.execution.calls.map((c) => c.method)).not.toContain('Spreadsheet.getSheetByName');
  });
});

describe('長文保管 found by header', () => {
  const request = {
    organisation: '株式会社ねぶたラボ',
    applicantType: '法人',
    name: '津軽 一郎',
    email: 'ichiro@nebuta-lab.example.co.jp',
    phone: '017-111-2222',
    title: '祭りの混雑予測',
    method: 'パートナーシップ事業',
  };

  test('parts go under their headers whatever staff inserted or moved; the sidebar joins them', () => {
    const desk = newDesk();
    const first = '相談内容'.repeat(15_000);
    const a = expectOk(
      run<{ row: number; caseNumber: string }>(desk, 'dialogRegisterPreConsultation', {
        ...request,
        content: first,
      }),
    );
    // The sheet made by the intake has its layout stored, so the trigger follows it too.
    expect(storedColumns(desk, 'log.layout.longText')).toEqual(
      columnsOfHeader(desk, SHEET.longText, LONG_TEXT_HEADERS),
    );
    insertColumn(desk, SHEET.longText, '分割番号', '備考');
    moveColumn(desk, SHEET.longText, '本文', 1);
    expect(storedColumns(desk, 'log.layout.longText')).toEqual(
      columnsOfHeader(desk, SHEET.longText, LONG_TEXT_HEADERS),
    );
    const second = '別の相談'.repeat(14_000);
    const b = expectOk(
      run<{ row: number; caseNumber: string }>(desk, 'dialogRegisterPreConsultation', {
        ...request,
        content: second,
      }),
    );
    const rows = rowsByHeader(desk, SHEET.longText).filter((r) => r['案件番号'] === b.caseNumber);
    expect(rows.map((r) => r['分割番号'])).toEqual([1, 2]);
    expect(rows.every((r) => r['項目'] === Q.content && r['備考'] === '')).toBe(true);
    expect(rows.map((r) => String(r['本文'])).join('')).toBe(second);
    for (const [ref, content] of [
      [a, first],
      [b, second],
    ] as const) {
      const read = expectOk(run<{ content: string }>(desk, 'sidebarGetContent', ref));
      expect(read.content).toBe(content);
    }
  });
});

describe('followed by 設定を反映 and by an edit of the header row', () => {
  test('columns inserted without any trigger are followed after 設定を反映', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    // Inserted straight into the model: no trigger ran, the stored layout is stale.
    const history = sheetOf(desk, SHEET.history);
    history.insertColumns(1, 1);
    history.cellForWrite(1, 1).value = '備考' as never;
    const dialogues = sheetOf(desk, SHEET.dialogues);
    dialogues.insertColumns(3, 1);
    dialogues.cellForWrite(1, 3).value = '場所' as never;
    expect(clickMenu(desk, MENU.applySettings).error).toBeUndefined();
    expect(storedColumns(desk, 'log.layout.history')).toEqual(
      columnsOfHeader(desk, SHEET.history, HISTORY_HEADERS),
    );
    expect(storedColumns(desk, 'log.layout.dialogues')).toEqual(
      columnsOfHeader(desk, SHEET.dialogues, DIALOGUE_HEADERS),
    );
    expectOk(move(desk, ref, '対話・調整', 'メモ'));
    const [row] = rowsByHeader(desk, SHEET.history);
    expect(row).toMatchObject({ 備考: '', 案件番号: ref.caseNumber, 変更後: '対話・調整' });
    expect(String(row['コメント'])).toMatch(/^メモ\n/);
  });

  test('a newer version’s header missing from an older 履歴 is added after the last column', () => {
    const desk = newDesk();
    // 履歴 as a version before 操作ID wrote it, with a staff column at its end.
    const history = sheetOf(desk, SHEET.history);
    history.cellForWrite(1, 7).value = '備考' as never;
    expect(clickMenu(desk, MENU.applySettings).error).toBeUndefined();
    expect(header(desk, SHEET.history)).toEqual([...HISTORY_HEADERS.slice(0, 6), '備考', '操作ID']);
    const ref = submitCase(desk);
    expectOk(sidebarMove(desk, ref, '対話・調整', 'req-log-upgrade-1'));
    expect(rowsByHeader(desk, SHEET.history)[0]).toMatchObject({
      備考: '',
      操作ID: 'req-log-upgrade-1',
    });
  });

  test('an edit of a log’s header row stores the layout it describes', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    // Staff swap two titles by typing (and their columns' data with them, by hand).
    desk.host.editCell(desk.spreadsheetId, SHEET.history, 1, 4, '変更後');
    desk.host.editCell(desk.spreadsheetId, SHEET.history, 1, 5, '変更前');
    expect(storedColumns(desk, 'log.layout.history')).toMatchObject({ 変更前: 5, 変更後: 4 });
    expectOk(move(desk, ref, '対話・調整'));
    expect(rowsByHeader(desk, SHEET.history)[0]).toMatchObject({
      変更前: '受付・内容確認',
      変更後: '対話・調整',
    });
  });
});

describe('a renamed log header', () => {
  const RENAMED =
    '「履歴」の列「コメント」が見つかりません（見出しを変えた場合は元に戻してください）。';

  test('is reported by name by 設定を反映, 初期設定 and ヘルスチェック, and never written into another column', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const at = columnOf(desk, SHEET.history, 'コメント');
    sheetOf(desk, SHEET.history).cellForWrite(1, at).value = 'メモ' as never;
    expect(clickMenu(desk, MENU.applySettings).error).toBeUndefined();
    expect(JSON.stringify(desk.ws.ui.alerts.at(-1))).toContain(RENAMED);
    // Not added again at the end (that would split the column's data).
    expect(header(desk, SHEET.history).filter((h) => h === 'コメント')).toHaveLength(0);
    expectOk(move(desk, ref, '対話・調整', '書かれないコメント'));
    const [row] = rowsByHeader(desk, SHEET.history);
    expect(row).toMatchObject({ 案件番号: ref.caseNumber, 変更後: '対話・調整', メモ: '' });
    expect(Object.values(row)).not.toContain('書かれないコメント');
    expect(clickMenu(desk, MENU.setup).error).toBeUndefined();
    expect(JSON.stringify(desk.ws.ui.alerts.at(-1))).toContain(RENAMED);
    const health = () =>
      desk.host
        .scriptRun<{ ok: boolean; value: HealthReport }>(desk.spreadsheetId, 'healthCheck', [])
        .value.items.find((i) => i.id === 'spreadsheet.logHeaders');
    expect(health()).toMatchObject({ status: 'warn', detail: RENAMED });
    // Put back by typing (an edit of the header row): ok again.
    desk.host.editCell(desk.spreadsheetId, SHEET.history, 1, at, 'コメント');
    expect(health()?.status).toBe('ok');
  });

  test('a renamed 操作ID refuses the action by name (a retry could not find its row), until it is back', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    const at = columnOf(desk, SHEET.history, '操作ID');
    desk.host.editCell(desk.spreadsheetId, SHEET.history, 1, at, 'ID');
    const rows = rowsByHeader(desk, SHEET.history).length;
    const refused = run<MoveResult>(desk, 'sidebarMoveCase', {
      ...moveRequest(ref, '対話・調整', 'move-renamed-op-0001'),
      expectedStatus: statusOf(desk, ref.row),
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.message).toContain('「履歴」の列「操作ID」が見つかりません');
    }
    expect(rowsByHeader(desk, SHEET.history)).toHaveLength(rows);
    // Put back by typing: the same request completes once.
    desk.host.editCell(desk.spreadsheetId, SHEET.history, 1, at, '操作ID');
    expectOk(
      run<MoveResult>(desk, 'sidebarMoveCase', {
        ...moveRequest(ref, '対話・調整', 'move-renamed-op-0001'),
        expectedStatus: statusOf(desk, ref.row),
      }),
    );
    const written = rowsByHeader(desk, SHEET.history).filter((r) => r['変更後'] === '対話・調整');
    expect(written).toHaveLength(1);
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
  });

  test('the daily digest names it', () => {
    const desk = newDesk({ now: '2026-05-11T09:00:00+09:00' });
    placeCases(desk, [{ caseNumber: 'R8-0001', status: '受付・内容確認', dueDate: '2026-05-18' }]);
    const at = columnOf(desk, SHEET.dialogues, '概要');
    desk.host.editCell(desk.spreadsheetId, SHEET.dialogues, 1, at, '内容');
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, '2026-05-20');
    const digest = desk.ws.mail.outbox.slice(before).find((m) => m.to === STAFF);
    expect(digest?.body).toContain('記録シート（履歴・対話記録・送信記録・長文保管）の見出し');
  });
});

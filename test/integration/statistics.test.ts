/**
 * Issue 14: the 統計 sheet through the built bundle — the menu 統計を更新 and the hourly trigger's
 * daily refresh (after the publication check), refusal for non-staff.
 */
import { MENU, STATISTICS_LABELS as L, STATISTICS_SHEET } from '../../src/strings';
import { STATISTICS_PROP } from '../../src/app/statistics';
import { ANNUAL_REPORT, Q, STATISTICS_CHARTS, STATISTICS_UI } from '../../src/strings';
import { caseAt, documentText, driveFile, settingValue } from '../support/documents';
import { publishable } from '../support/publication';
import { createSpreadsheetApp } from 'gas-emulator/services/spreadsheet/app';
import { createCharts } from 'gas-emulator/services/charts';
import { Desk, newDesk, STAFF } from '../support/desk';
import { expectOk, move, POC, sheetOf, submitCase } from '../support/workflow';

function refresh(desk: Desk, user?: string) {
  const outcome = desk.host.clickMenu(desk.spreadsheetId, MENU.refreshStatistics, user);
  if (outcome.error) throw outcome.error;
  return desk.ws.ui.alerts.at(-1)!.prompt;
}

/** The 統計 sheet's rows (all of them, the title first). */
function statisticsRows(desk: Desk): unknown[][] {
  const sheet = sheetOf(desk, STATISTICS_SHEET);
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.lastRow(); r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= sheet.lastColumn(); c++) row.push(sheet.cell(r, c)?.value ?? '');
    rows.push(row);
  }
  return rows;
}

function figure(desk: Desk, section: string, item = ''): unknown[] | undefined {
  return statisticsRows(desk).find((r) => r[0] === section && r[1] === item);
}

/** The 統計 sheet's charts through Sheet.getCharts, as the add-on sees them. */
function charts(desk: Desk) {
  const app = createSpreadsheetApp(desk.ws);
  return desk.ws.run({ functionName: 'test', source: 'manual', activeUser: STAFF }, () =>
    app
      .openById(desk.spreadsheetId)
      .getSheetByName(STATISTICS_SHEET)!
      .getCharts()
      .map((c) => ({
        id: c.getChartId(),
        title: c.getOptions().get('title'),
        ranges: c.getRanges().map((r) => r.getA1Notation()),
        anchor: [c.getContainerInfo().getAnchorRow(), c.getContainerInfo().getAnchorColumn()],
      })),
  );
}

function chartTypes(desk: Desk): Array<string | null> {
  return sheetOf(desk, STATISTICS_SHEET).charts.map((c) => c.type);
}

function prop(desk: Desk, key: keyof typeof STATISTICS_PROP): string {
  return desk.ws.properties.documents.get(desk.spreadsheetId)?.get(STATISTICS_PROP[key]) ?? '';
}

/** The hourly trigger's day: recovery, the sweep at 8, publication at 9, statistics at 10. */
function day(desk: Desk, iso: string) {
  for (const hour of ['00', '08', '09', '10']) {
    desk.ws.clock.set(`${iso}T${hour}:30:00+09:00`);
    for (const o of desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
  }
}

describe('statistics', () => {
  test('the menu writes the figures from the register and the history', () => {
    const desk = newDesk();
    const a = submitCase(desk);
    submitCase(desk, POC);
    expectOk(move(desk, a, '対話・調整'));
    expectOk(move(desk, a, '提案書確認'));
    expectOk(move(desk, a, '実施可否判断'));
    expectOk(move(desk, a, '回答（可）'));
    expect(refresh(desk)).toContain('2');
    const rows = statisticsRows(desk);
    expect(rows[0][0]).toBe(L.title('2026-05-11'));
    expect(rows[3]).toEqual([...L.header, '令和8年度']);
    expect(figure(desk, L.cases)).toEqual([L.cases, '', 2, 2]);
    expect(figure(desk, L.track, 'パートナーシップ事業')).toEqual([
      L.track,
      'パートナーシップ事業',
      1,
      1,
    ]);
    expect(figure(desk, L.status, L.groups.open)).toEqual([L.status, L.groups.open, 2, 2]);
    expect(figure(desk, L.toAnswer, L.measured)).toEqual([L.toAnswer, L.measured, 1, 1]);
    expect(figure(desk, L.toAnswer, L.median)).toEqual([L.toAnswer, L.median, 0, 0]);
    expect(figure(desk, L.rate)).toEqual([L.rate, '', 0, 0]);
  });

  test('the menu reads in one Sheets API call what the hourly run reads through SpreadsheetApp', () => {
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
    refresh(desk);
    const menu = desk.host.lastExecution().calls.map((c) => c.method);
    expect(menu.filter((m) => m === 'Spreadsheets.Values.batchGet')).toHaveLength(1);
    expect(menu).not.toContain('Sheet.getSheetValues');
    const hash = prop(desk, 'hash');
    const lead = figure(desk, L.toAnswer, L.median);
    expect(lead?.[2]).toBeGreaterThan(0); // the history's dates came through as dates
    // The next day the hourly run computes the same figures from its own reads: nothing to write.
    day(desk, '2026-06-04');
    expect(prop(desk, 'checkedOn')).toBe('2026-06-04');
    expect(prop(desk, 'hash')).toBe(hash);
    expect(figure(desk, L.toAnswer, L.median)).toEqual(lead);
  });

  test('a rerun rewrites in place; a shorter table leaves nothing stale', () => {
    const desk = newDesk();
    submitCase(desk);
    refresh(desk);
    const height = statisticsRows(desk).length;
    refresh(desk);
    expect(
      desk.ws.spreadsheets
        .get(desk.spreadsheetId)!
        .sheets.filter((s) => s.name === STATISTICS_SHEET),
    ).toHaveLength(1);
    expect(statisticsRows(desk)).toHaveLength(height);
    // A second method adds rows; when its case is gone again, they are cleared.
    const b = submitCase(desk, POC);
    refresh(desk);
    expect(statisticsRows(desk).length).toBeGreaterThan(height);
    const register = sheetOf(desk, '案件台帳');
    for (let c = 1; c <= register.lastColumn(); c++) register.cellForWrite(b.row, c).value = '';
    refresh(desk);
    expect(
      statisticsRows(desk)
        .slice(height)
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(figure(desk, L.cases)).toEqual([L.cases, '', 1, 1]);
    expect(statisticsRows(desk).flat()).not.toContain('実証実験サポート（PoC）');
  });

  test('the hourly trigger refreshes once a day after the publication check, only when changed', () => {
    const desk = newDesk();
    submitCase(desk);
    day(desk, '2026-05-12');
    expect(prop(desk, 'checkedOn')).toBe('2026-05-12');
    expect(figure(desk, L.cases)).toEqual([L.cases, '', 1, 1]);
    const hash = prop(desk, 'hash');
    const title = statisticsRows(desk)[0][0];
    day(desk, '2026-05-13');
    expect(prop(desk, 'checkedOn')).toBe('2026-05-13');
    expect(prop(desk, 'hash')).toBe(hash);
    expect(statisticsRows(desk)[0][0]).toBe(title); // unchanged: not rewritten
    submitCase(desk, POC);
    day(desk, '2026-05-14');
    expect(figure(desk, L.cases)).toEqual([L.cases, '', 2, 2]);
  });

  test('three charts over the tables; a rerun updates them in place, never a twin', () => {
    const desk = newDesk();
    submitCase(desk);
    refresh(desk);
    const first = charts(desk);
    expect(first.map((c) => c.title)).toEqual([
      STATISTICS_CHARTS.perYear.title,
      STATISTICS_CHARTS.methods.title,
      STATISTICS_CHARTS.leadTimes.title,
    ]);
    expect(chartTypes(desk)).toEqual(['COLUMN', 'BAR', 'LINE']);
    const rows = statisticsRows(desk);
    const start = (a: string, b: string) => rows.findIndex((r) => r[0] === a && r[1] === b) + 1;
    const perYear = start(L.yearColumn, 'パートナーシップ事業');
    const methods = start(L.method, L.countColumn);
    expect(first[0].ranges).toEqual([`A${perYear}:D${perYear + 1}`]);
    expect(first[1].ranges).toEqual([`A${methods}:B${methods + 1}`]);
    expect(first.every((c) => c.anchor[1] === 6)).toBe(true);
    refresh(desk);
    expect(charts(desk)).toEqual(first);
    // A new method: the methods chart's range grows, same chart id.
    submitCase(desk, POC);
    refresh(desk);
    const after = charts(desk);
    expect(after.map((c) => c.id)).toEqual(first.map((c) => c.id));
    expect(after[1].ranges).not.toEqual(first[1].ranges);
    // A twin left behind (e.g. by a stopped run) is removed; other charts are kept.
    const app = createSpreadsheetApp(desk.ws);
    const Charts = createCharts(desk.ws);
    const [twin, own] = desk.ws.run(
      { functionName: 'test', source: 'manual', activeUser: STAFF },
      () => {
        const sheet = app.openById(desk.spreadsheetId).getSheetByName(STATISTICS_SHEET)!;
        sheet.insertChart(sheet.getCharts()[0].modify().build());
        const staffChart = sheet
          .newChart()
          .setChartType(Charts.ChartType.PIE)
          .addRange(sheet.getRange('A1:B2'))
          .setOption('title', '職員のグラフ')
          .build();
        sheet.insertChart(staffChart);
        return sheet
          .getCharts()
          .slice(3)
          .map((c) => c.getChartId());
      },
    );
    expect(charts(desk).map((c) => c.id)).toEqual([...after.map((c) => c.id), twin, own]);
    expect(refresh(desk)).toBe(STATISTICS_UI.done(2));
    expect(charts(desk).map((c) => c.id)).toEqual([...after.map((c) => c.id), own]);
  });

  test('from day to day the charts stay as they are; when they move, or 統計 is gone, they are placed again', () => {
    const desk = newDesk();
    submitCase(desk);
    submitCase(desk);
    refresh(desk);
    const placed = charts(desk);
    const chartsKey = prop(desk, 'charts');
    expect(chartsKey).not.toBe('');
    // A change that keeps the tables' shape (a second case of the same track and method): the
    // daily run rewrites the values through one range and leaves the charts alone.
    submitCase(desk);
    const from = desk.ws.ledger.executions.length;
    day(desk, '2026-05-12');
    const calls = desk.ws.ledger.executions
      .slice(from)
      .flatMap((e) => e.calls.map((c) => c.method));
    expect(figure(desk, L.cases)).toEqual([L.cases, '', 3, 3]);
    expect(calls.filter((m) => /Chart/.test(m))).toEqual([]);
    expect(charts(desk)).toEqual(placed);
    expect(prop(desk, 'charts')).toBe(chartsKey);
    // A new method moves the tables below it: the charts follow, in place.
    submitCase(desk, POC);
    day(desk, '2026-05-13');
    const moved = charts(desk);
    expect(moved.map((c) => c.id)).toEqual(placed.map((c) => c.id));
    expect(moved[1].ranges).not.toEqual(placed[1].ranges);
    expect(prop(desk, 'charts')).not.toBe(chartsKey);
    // Staff deleted 統計: the next change makes it again, with its three charts.
    const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
    model.sheets.splice(model.sheets.indexOf(sheetOf(desk, STATISTICS_SHEET)), 1);
    submitCase(desk);
    day(desk, '2026-05-14');
    expect(figure(desk, L.cases)).toEqual([L.cases, '', 5, 5]);
    expect(chartTypes(desk)).toEqual(['COLUMN', 'BAR', 'LINE']);
  });

  test('someone who is not desk staff is refused', () => {
    const desk = newDesk();
    submitCase(desk);
    expect(refresh(desk, 'other@example.com')).toContain('other@example.com');
    expect(desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName(STATISTICS_SHEET)).toBeFalsy();
  });
});

describe('annual report (年次報告)', () => {
  function createReport(desk: Desk, answer = '', user?: string) {
    desk.ws.ui.queuePromptResponse(answer);
    const outcome = desk.host.clickMenu(desk.spreadsheetId, MENU.createAnnualReport, user);
    if (outcome.error) throw outcome.error;
    return desk.ws.ui.alerts.at(-1)!.prompt;
  }

  test('a Google Doc and its PDF with the year’s figures, tables and public realised cases, in 和暦', () => {
    const desk = newDesk();
    caseAt(desk, '事業実施', {
      ...publishable(),
      agreementDate: '2026-07-01',
      department: '道路維持課',
    });
    // Realised but not chosen for publication: counted, never listed.
    caseAt(desk, '事業実施', {}, { [Q.organisation]: '株式会社ひみつ' });
    submitCase(desk, POC);
    const message = createReport(desk);
    expect(message).toContain('令和8年度');
    const docUrl = /ドキュメント: (\S+)/.exec(message)![1];
    const pdfUrl = /PDF: (\S+)/.exec(message)![1];
    const text = documentText(desk, docUrl);
    expect(text).toContain('令和8年度 公民連携デスク 年次報告');
    expect(text).toContain('令和8年5月11日');
    expect(text).toContain(
      '提案は3件で、うち実現したもの（協定の締結、実証実験の実施など）は2件、実現率は66.7%',
    );
    expect(text).toContain('令和8年7月1日');
    expect(text).toContain('除雪の見える化を市と共同で実施しています。');
    expect(text).not.toContain('株式会社ひみつ');
    expect(text).toContain(
      '公表の条件（事業者の同意、市の公開の判断、公開概要）を満たしていない実現案件が1件',
    );
    expect(text).not.toMatch(/\{\{/);
    expect(text).toContain('道路維持課');
    expect(driveFile(desk, pdfUrl).mimeType).toBe('application/pdf');
    // The template was made on first use and recorded in 設定; the next report reuses it.
    const templateId = settingValue(desk, 'テンプレート: 年次報告');
    expect(templateId).not.toBe('');
    createReport(desk, '2026');
    const templates = desk.ws.drive.all().filter((f) => f.name === ANNUAL_REPORT.templateName);
    expect(templates.map((f) => f.id)).toEqual([templateId]);
  });

  test('what a stopped run left under its working name is trashed by the next run', () => {
    const desk = newDesk();
    // Killed right after its PDF was made, before the renames.
    desk.ws.ledger.injectFailure('File.setName', 'Exceeded maximum execution time', 1);
    expect(createReport(desk)).toContain('Exceeded maximum execution time');
    const working = () =>
      desk.ws.drive.all().filter((f) => f.name.startsWith('年次報告_作成中') && !f.trashed);
    expect(working()).toHaveLength(2);
    createReport(desk);
    expect(working()).toHaveLength(0);
    const reports = desk.ws.drive
      .all()
      .filter((f) => f.name.startsWith('年次報告_令和') && !f.trashed);
    expect(reports.map((f) => f.name).sort()).toEqual([
      '年次報告_令和8年度_2026-05-11',
      '年次報告_令和8年度_2026-05-11.pdf',
    ]);
  });

  test('another fiscal year, a year it cannot read, and cancelling', () => {
    const desk = newDesk();
    submitCase(desk);
    expect(createReport(desk, '令和7')).toContain('令和7年度');
    expect(createReport(desk, '来年')).toContain(ANNUAL_REPORT.badYear('来年'));
    desk.ws.ui.queuePromptResponse('', 'CANCEL');
    desk.host.clickMenu(desk.spreadsheetId, MENU.createAnnualReport);
    expect(desk.ws.ui.alerts.at(-1)!.prompt).toBe(ANNUAL_REPORT.cancelled);
  });

  test('someone who is not desk staff is refused before anything is made', () => {
    const desk = newDesk();
    const files = desk.ws.drive.all().length;
    expect(createReport(desk, '', 'other@example.com')).toContain('other@example.com');
    expect(desk.ws.drive.all().length).toBe(files);
  });
});

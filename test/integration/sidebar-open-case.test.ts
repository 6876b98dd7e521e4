/**
 * Opening a case in the sidebar (sidebarGetCase): within its bench budget
 * (scripts/bench-workflow.ts), the department list from the 担当課 snapshot that every edit of
 * 担当課 refreshes, and from the sheet while the snapshot is still empty.
 */
import { SHEET } from '../../src/strings';
import { OPEN_CASE_BUDGET } from '../../scripts/bench-workflow';
import type { CaseView } from '../../src/app/sidebarContract';
import { newDesk, STAFF } from '../support/desk';
import { expectOk, run, seedDepartments, submitCase } from '../support/workflow';

describe('sidebarGetCase', () => {
  test('with an empty snapshot, the departments are read from 担当課', () => {
    const desk = newDesk();
    seedDepartments(desk); // straight into the sheet: no onEdit, the snapshot stays empty
    const view = expectOk(run<CaseView>(desk, 'sidebarGetCase', submitCase(desk)));
    expect(view.departments).toContain('道路維持課');
  });

  test('an edit of 担当課 shows at once, from the snapshot, without reading the sheet', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = submitCase(desk);
    desk.host.editCell(desk.spreadsheetId, SHEET.departments, 10, 1, '新設課', STAFF);
    desk.host.editCell(
      desk.spreadsheetId,
      SHEET.departments,
      10,
      2,
      'shinsetsu@city.example.lg.jp',
      STAFF,
    );
    const view = expectOk(run<CaseView>(desk, 'sidebarGetCase', ref));
    expect(view.departments).toContain('新設課');
    expect(view.departments).toContain('道路維持課');
    const calls = desk.host.lastExecution().calls;
    expect(calls.length).toBeLessThanOrEqual(OPEN_CASE_BUDGET.calls);
    const ranges = calls.filter((c) => c.method === 'Spreadsheet.getRange').length;
    // The case's row and the organisation's column; 担当課 is not read.
    expect(ranges).toBe(2);
  });
});

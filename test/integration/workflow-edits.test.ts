import { registerColumn } from '../../src/domain/register';
import { SHEET } from '../../src/strings';
import { Desk, newDesk, STAFF } from '../support/desk';
import { cellOf, expectOk, historyRows, move, statusOf, submitCase } from '../support/workflow';

function typeStatus(desk: Desk, row: number, text: string, user = STAFF) {
  const outcomes = desk.host.editCell(
    desk.spreadsheetId,
    SHEET.register,
    row,
    registerColumn('status'),
    text,
    user,
  );
  for (const o of outcomes) if (o.error) throw o.error;
  return outcomes;
}

const lastToast = (desk: Desk) => desk.ws.ui.toasts[desk.ws.ui.toasts.length - 1]?.message ?? '';

describe('typing a status straight into the register (onEdit guard)', () => {
  test('an allowed move by desk staff is recorded like one from the sidebar', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '対話・調整');
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(cellOf(desk, ref.row, 'dueDate')).toEqual(new Date('2026-05-25T00:00:00+09:00'));
    expect(cellOf(desk, ref.row, 'owner')).toBe(STAFF);
    const history = historyRows(desk);
    expect(history).toHaveLength(1);
    expect(history[0].slice(1, 5)).toEqual([STAFF, ref.caseNumber, '受付・内容確認', '対話・調整']);
    expect(lastToast(desk)).toContain('履歴に記録');
  });

  test('a move the process does not allow is reverted and the editor is told why', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '完了');
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(historyRows(desk)).toHaveLength(0);
    expect(lastToast(desk)).toContain('元に戻しました');
    expect(lastToast(desk)).toContain('移行できる状態：「対話・調整」');
  });

  test('someone not listed as desk staff is reverted, even for an allowed move', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '対話・調整', 'editor@city.aomori.example.lg.jp');
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(lastToast(desk)).toContain('デスク職員に登録されていない');
    expect(historyRows(desk)).toHaveLength(0);
  });

  test('an unknown user (simple triggers often get no email) is reverted', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    typeStatus(desk, ref.row, '対話・調整', '');
    expect(statusOf(desk, ref.row)).toBe('受付・内容確認');
    expect(lastToast(desk)).toContain('ユーザーを確認できない');
  });

  test('a cleared status cell is restored', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    expectOk(move(desk, ref, '対話・調整'));
    typeStatus(desk, ref.row, '');
    expect(statusOf(desk, ref.row)).toBe('対話・調整');
    expect(historyRows(desk)).toHaveLength(1);
  });

  test('a status typed in a row without a case is cleared', () => {
    const desk = newDesk();
    submitCase(desk);
    typeStatus(desk, 5, '完了');
    expect(statusOf(desk, 5)).toBe('');
  });

  test('edits elsewhere in the register are left alone', () => {
    const desk = newDesk();
    const ref = submitCase(desk);
    desk.host.editCell(
      desk.spreadsheetId,
      SHEET.register,
      ref.row,
      registerColumn('goal'),
      '除雪の見える化',
    );
    expect(cellOf(desk, ref.row, 'goal')).toBe('除雪の見える化');
    expect(historyRows(desk)).toHaveLength(0);
    expect(desk.ws.ui.toasts).toHaveLength(0);
  });
});

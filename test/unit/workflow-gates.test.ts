/**
 * Issue 12: the receipts of the applicant's files are gates of the process table — moving past
 * 提案書確認 needs 提案書受領日, moving to or past 報告書受領 needs 報告書受領日 — enforced where
 * moves are planned (the sidebar and a status typed into the register alike).
 */
import { defaultSettings } from '../../src/domain/settings';
import { gatesCrossed, planStatusChange } from '../../src/domain/workflow';
import { record } from '../support/reminders';

const settings = defaultSettings();
const POC = '実証実験サポート';

function plan(fields: Parameters<typeof record>[0], to: string) {
  const r = record(fields);
  return planStatusChange({
    record: r,
    expectedStatus: r.status,
    to,
    today: '2026-06-01',
    actor: 'renkei@city.aomori.example.lg.jp',
    settings,
  });
}

describe('gates of the process table', () => {
  it('only onward moves cross a gate', () => {
    expect(gatesCrossed('partnership', '提案書確認', '実施可否判断')).toEqual([
      'proposalReceivedOn',
    ]);
    expect(gatesCrossed('partnership', '対話・調整', '提案書確認')).toEqual([]);
    expect(gatesCrossed('partnership', '実施可否判断', '提案書確認')).toEqual([]);
    expect(gatesCrossed('partnership', '提案書確認', '不採択')).toEqual([]);
    expect(gatesCrossed('partnership', '提案書確認', '取下げ')).toEqual([]);
    // Past the gate already (a case from before issue 12): later moves are not held up.
    expect(gatesCrossed('partnership', '実施可否判断', '回答（可）')).toEqual([]);
    expect(gatesCrossed('poc', '報告書作成', '報告書受領')).toEqual(['reportReceivedOn']);
    // "to or past": 完了 from 報告書受領 needs the report too.
    expect(gatesCrossed('poc', '報告書受領', '完了')).toEqual(['reportReceivedOn']);
    expect(gatesCrossed('other', '受付・内容確認', '担当課へ引継ぎ')).toEqual([]);
  });

  it('moving past 提案書確認 without 提案書受領日 is refused with a clear message', () => {
    const refused = plan({ status: '提案書確認' }, '実施可否判断');
    expect(refused).toEqual({
      ok: false,
      message:
        '「実施可否判断」へ進める前に「提案書受領日」を記録してください（サイドバーの「書類の受領」）。何も変更していません。',
    });
    const allowed = plan(
      { status: '提案書確認', proposalReceivedOn: '2026-05-28' },
      '実施可否判断',
    );
    expect(allowed.ok).toBe(true);
  });

  it('a date that cannot be read does not open the gate', () => {
    expect(plan({ status: '提案書確認', proposalReceivedOn: '近日中' }, '実施可否判断').ok).toBe(
      false,
    );
  });

  it('報告書受領 and 完了 of a PoC need 報告書受領日', () => {
    const poc = { track: POC, pocEnd: '2026-05-01', reportDue: '2026-06-01' };
    expect(plan({ ...poc, status: '報告書作成' }, '報告書受領').ok).toBe(false);
    expect(plan({ ...poc, status: '報告書受領' }, '完了').ok).toBe(false);
    expect(
      plan({ ...poc, status: '報告書作成', reportReceivedOn: '2026-05-29' }, '報告書受領').ok,
    ).toBe(true);
    // Sending the case back (rework) or a withdrawal is never held up by a gate.
    expect(plan({ ...poc, status: '報告書作成' }, '報告書作成').ok).toBe(false); // same status
    expect(plan({ ...poc, status: '報告書作成' }, '実証実験の実施・立ち合い').ok).toBe(true);
    expect(plan({ ...poc, status: '報告書作成' }, '取下げ').ok).toBe(true);
  });
});

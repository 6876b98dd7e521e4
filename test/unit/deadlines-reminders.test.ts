import {
  byUrgency,
  liveKeysOf,
  Reminder,
  ReminderContext,
  remindersFor,
} from '../../src/domain/deadlines/reminders';
import { defaultSettings } from '../../src/domain/settings';
import { sweepCase } from '../support/reminders';

const DEPARTMENTS = { 道路維持課: 'douro@city.aomori.example.lg.jp', 観光課: '' };

function ctx(today: string, over: Partial<ReminderContext> = {}): ReminderContext {
  return { today, settings: defaultSettings(), departments: DEPARTMENTS, ...over };
}

const brief = (rs: Reminder[]) => rs.map((r) => `${r.role}:${r.recipient}:${r.kind}:${r.note}`);

describe('reminders of a case in a business-day status', () => {
  const c = sweepCase({ status: '受付・内容確認', dueDate: '2026-05-20' }); // Wednesday

  it('nothing while the due date is more than 2 business days away', () => {
    expect(remindersFor(c, ctx('2026-05-15'))).toEqual([]); // Fri: Mon, Tue are the 2 days
  });

  it('due soon within 2 business days (a weekend does not count)', () => {
    const [r] = remindersFor(c, ctx('2026-05-18'));
    expect(r).toMatchObject({ kind: 'dueSoon', role: 'desk', recipient: 'desk', daysLeft: 2 });
    expect(r.key).toBe('R8-0001|受付・内容確認|2026-05-20|dueSoon|desk');
  });

  it('due soon on the day itself, overdue the day after', () => {
    expect(remindersFor(c, ctx('2026-05-20'))[0]).toMatchObject({ kind: 'dueSoon', daysLeft: 0 });
    expect(remindersFor(c, ctx('2026-05-21'))[0]).toMatchObject({ kind: 'overdue', daysLeft: -1 });
  });

  it('the window is counted in business days: across Golden Week it spans the holidays', () => {
    const gw = sweepCase({ status: '受付・内容確認', dueDate: '2026-05-07' });
    // Thu 4/30 + 2 business days = Fri 5/1, Thu 5/7 (5/2–5/6 closed).
    expect(remindersFor(gw, ctx('2026-04-30'))[0]).toMatchObject({ kind: 'dueSoon' });
    expect(remindersFor(gw, ctx('2026-04-28'))).toEqual([]);
  });

  it('across the year end: due 1/5 is "soon" on 12/26 (12/29–1/4 closed)', () => {
    const ye = sweepCase({ status: '対話・調整', dueDate: '2026-01-05' });
    expect(remindersFor(ye, ctx('2025-12-26'))[0]).toMatchObject({ kind: 'dueSoon', daysLeft: 10 });
  });

  it('extra closure days from 設定 widen the window too', () => {
    const x = sweepCase({ status: '受付・内容確認', dueDate: '2026-05-21' });
    expect(remindersFor(x, ctx('2026-05-18'))).toEqual([]);
    const closed = { ...defaultSettings(), extraClosures: ['2026-05-19'] };
    expect(remindersFor(x, ctx('2026-05-18', { settings: closed }))).toHaveLength(1);
  });

  it('closed cases and statuses without a due time call for nothing', () => {
    for (const status of ['完了', '不採択', '事前相談', '事業実施']) {
      expect(remindersFor(sweepCase({ status, dueDate: '2026-05-01' }), ctx('2026-05-20'))).toEqual(
        [],
      );
    }
  });
});

describe('who is reminded (docs/domain.md table)', () => {
  const overdue = { dueDate: '2026-05-01', departmentDue: '2026-05-08' };

  it('提案書確認: the department (its own due date), the desk in copy', () => {
    const rs = remindersFor(
      sweepCase({ status: '提案書確認', department: '道路維持課', ...overdue }),
      ctx('2026-05-20'),
    );
    expect(brief(rs)).toEqual([
      'department:douro@city.aomori.example.lg.jp:overdue:',
      'desk:desk:overdue:copy',
    ]);
    expect(rs.every((r) => r.due === '2026-05-08')).toBe(true);
  });

  it('実施可否判断: the department and the desk', () => {
    const rs = remindersFor(
      sweepCase({ status: '実施可否判断', department: '道路維持課', ...overdue }),
      ctx('2026-05-20'),
    );
    expect(brief(rs)).toEqual([
      'department:douro@city.aomori.example.lg.jp:overdue:',
      'desk:desk:overdue:',
    ]);
  });

  it('no department, or one without an address: the desk, told why', () => {
    const none = remindersFor(sweepCase({ status: '提案書確認', ...overdue }), ctx('2026-05-20'));
    expect(brief(none)).toEqual(['desk:desk:overdue:noDepartment']);
    const noMail = remindersFor(
      sweepCase({ status: '提案書確認', department: '観光課', ...overdue }),
      ctx('2026-05-20'),
    );
    expect(brief(noMail)).toEqual(['desk:desk:overdue:noDepartmentEmail']);
  });

  it('報告書作成: the applicant 7 business days before and when overdue', () => {
    // Tue 6/30: its 7th business day before is Fri 6/19 (issue 12: business days, not calendar).
    const c = sweepCase({ status: '報告書作成', reportDue: '2026-06-30' });
    expect(remindersFor(c, ctx('2026-06-18'))).toEqual([]);
    expect(brief(remindersFor(c, ctx('2026-06-19')))).toEqual([
      'applicant:taro@aomori-tech.example.co.jp:dueSoon:',
    ]);
    expect(brief(remindersFor(c, ctx('2026-07-01')))).toEqual([
      'applicant:taro@aomori-tech.example.co.jp:overdue:',
    ]);
  });

  it('報告書作成 with a broken applicant address goes to the desk', () => {
    const c = sweepCase({ status: '報告書作成', reportDue: '2026-06-30', email: 'taro@' });
    expect(brief(remindersFor(c, ctx('2026-07-01')))).toEqual([
      'desk:desk:overdue:noApplicantEmail',
    ]);
  });

  it('an agreement in force: the desk, 60 days before its end, once the window opens', () => {
    const c = sweepCase({ status: '事業実施', agreementEnd: '2027-03-31' });
    // 60 days before is Sat 1/30: the sweep runs on business days, so the notice goes on Fri 1/29.
    expect(remindersFor(c, ctx('2027-01-28'))).toEqual([]);
    const [r] = remindersFor(c, ctx('2027-01-29'));
    expect(r).toMatchObject({ kind: 'renewal', role: 'desk', daysLeft: 61 });
    expect(r.key).toBe('R8-0001|協定期間|2027-03-31|renewal|desk');
    expect(remindersFor(c, ctx('2027-04-01'))).toEqual([]);
    const completed = sweepCase({ status: '完了', agreementEnd: '2027-03-31' });
    expect(remindersFor(completed, ctx('2027-02-01'))).toHaveLength(1);
    const withdrawn = sweepCase({ status: '取下げ', agreementEnd: '2027-03-31' });
    expect(remindersFor(withdrawn, ctx('2027-02-01'))).toEqual([]);
  });
});

describe('the department’s own due date', () => {
  const handedOff = {
    department: '道路維持課',
    departmentDue: '2026-05-08',
    dueDate: '2026-06-03',
  };

  it('set at a hand-off during the status: it counts', () => {
    const c = sweepCase({ status: '提案書確認', statusChangedAt: '2026-05-01', ...handedOff });
    expect(remindersFor(c, ctx('2026-05-11'))[0]).toMatchObject({
      role: 'department',
      kind: 'overdue',
      due: '2026-05-08',
    });
  });

  it('left from an earlier status: the status’s own due date counts instead', () => {
    // Handed off in 提案書確認 (due 5/8), moved to 実施可否判断 on 5/20 (due 6/3): not overdue.
    const c = sweepCase({ status: '実施可否判断', statusChangedAt: '2026-05-20', ...handedOff });
    expect(remindersFor(c, ctx('2026-05-21'))).toEqual([]);
    expect(brief(remindersFor(c, ctx('2026-06-02')))).toEqual([
      'department:douro@city.aomori.example.lg.jp:dueSoon:',
      'desk:desk:dueSoon:',
    ]);
    expect(remindersFor(c, ctx('2026-06-02')).every((r) => r.due === '2026-06-03')).toBe(true);
  });
});

describe('dates typed as text in the register', () => {
  it('reads 和暦, 年月日, slashes and full-width digits as dates', () => {
    for (const dueDate of ['令和8年5月18日', '2026年5月18日', '２０２６/５/１８', 'R8.5.18']) {
      const [r] = remindersFor(sweepCase({ status: '受付・内容確認', dueDate }), ctx('2026-05-20'));
      expect(r).toMatchObject({ kind: 'overdue', due: '2026-05-18', daysLeft: -2, note: '' });
      expect(r.key).toBe('R8-0001|受付・内容確認|2026-05-18|overdue|desk');
    }
  });

  it('a date that cannot be read never crashes: the computed due date, the desk told why', () => {
    const c = sweepCase({
      status: '受付・内容確認',
      dueDate: '12月末',
      statusChangedAt: '2026-05-11',
    });
    // 5/11 + 5 business days = 5/18.
    expect(remindersFor(c, ctx('2026-05-20'))).toEqual([
      expect.objectContaining({ kind: 'overdue', due: '2026-05-18', note: 'unreadableDate' }),
    ]);
    const nothingToGoOn = sweepCase({ status: '受付・内容確認', dueDate: '1/20?' });
    expect(remindersFor(nothingToGoOn, ctx('2026-05-20'))).toEqual([]);
    expect(liveKeysOf(nothingToGoOn, ctx('2026-05-20'))).toEqual([]);
  });

  it('an unreadable report due: the applicant from the PoC end, the desk told', () => {
    const c = sweepCase({ status: '報告書作成', reportDue: '未定', pocEnd: '令和8年5月31日' });
    expect(brief(remindersFor(c, ctx('2026-06-24')))).toEqual([
      'applicant:taro@aomori-tech.example.co.jp:dueSoon:',
      'desk:desk:dueSoon:unreadableDate',
    ]);
  });

  it('an agreement end typed as 「未定」 is no reminder and no error', () => {
    const c = sweepCase({ status: '事業実施', agreementEnd: '未定' });
    expect(remindersFor(c, ctx('2026-05-20'))).toEqual([]);
  });
});

describe('keys and urgency', () => {
  it('live keys cover every reminder the case can still produce, any day', () => {
    const c = sweepCase({
      status: '実施可否判断',
      department: '道路維持課',
      dueDate: '2026-05-20',
    });
    const live = new Set(liveKeysOf(c, ctx('2026-05-01')));
    for (const day of ['2026-05-18', '2026-05-20', '2026-06-30']) {
      for (const r of remindersFor(c, ctx(day))) expect(live.has(r.key)).toBe(true);
    }
    expect(live.size).toBe(4); // department and desk × due soon and overdue
  });

  it('most overdue first, then due soonest', () => {
    const rs = [
      sweepCase({ caseNumber: 'A', status: '受付・内容確認', dueDate: '2026-05-21' }),
      sweepCase({ caseNumber: 'B', status: '受付・内容確認', dueDate: '2026-05-01' }),
      sweepCase({ caseNumber: 'C', status: '受付・内容確認', dueDate: '2026-05-15' }),
    ].flatMap((c) => remindersFor(c, ctx('2026-05-20')));
    expect(rs.sort(byUrgency).map((r) => r.caseNumber)).toEqual(['B', 'C', 'A']);
  });
});

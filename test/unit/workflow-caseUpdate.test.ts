import { DEPARTMENT_MAIL } from '../../src/strings/workflow';
import { defaultSettings } from '../../src/domain/settings';
import { REGISTER_COLUMNS } from '../../src/domain/register';
import {
  CaseRecord,
  caseRecordFromRow,
  checkCaseIdentity,
  checklistIdsOf,
  isoDateOfCell,
  planChecklist,
  planDepartment,
  planDialogue,
  planStatusChange,
  rowWithChanges,
  statusFromText,
} from '../../src/domain/workflow';

const settings = defaultSettings('staff@example.lg.jp');
const midnight = (iso: string) => new Date(`${iso}T00:00:00+09:00`);

function record(fields: Partial<CaseRecord>): CaseRecord {
  const empty = Object.fromEntries(REGISTER_COLUMNS.map((k) => [k, ''])) as CaseRecord;
  return { ...empty, caseNumber: 'R8-0001', track: 'パートナーシップ事業', ...fields };
}

describe('reading a register row', () => {
  test('dates become Tokyo ISO dates; text stays text; missing columns are empty', () => {
    const r = caseRecordFromRow([
      'R8-0001',
      midnight('2026-05-11'),
      '対話・調整',
      midnight('2026-05-11'),
    ]);
    expect(r.caseNumber).toBe('R8-0001');
    expect(r.statusChangedAt).toBe('2026-05-11');
    expect(r.receivedAt).toBe('2026/05/11 00:00');
    expect(r.goal).toBe('');
  });

  test.each([
    [midnight('2026-12-31'), '2026-12-31'],
    ['2026/4/1', '2026-04-01'],
    ['２０２６-０４-０１', '2026-04-01'],
    ['2026-02-30', ''],
    ['来週', ''],
    ['', ''],
    // Dates typed as text into a cell formatted as text, as the desk writes them.
    ['2026年5月1日', '2026-05-01'],
    ['２０２６年５月１日', '2026-05-01'],
    ['令和8年5月25日（月）', '2026-05-25'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    [' 令和８年１２月３１日 ', '2026-12-31'],
    ['令和8年2月30日', ''],
    ['天平1年1月1日', ''],
    ['5月1日', ''],
  ])('isoDateOfCell(%p) → %p', (value, iso) => {
    expect(isoDateOfCell(value)).toBe(iso);
  });

  test('a status written with stray spaces or other-width characters reads as its label', () => {
    expect(statusFromText('回答(可)')).toBe('回答（可）');
    expect(statusFromText(' 対話・調整\u3000')).toBe('対話・調整');
    expect(statusFromText('対話･調整')).toBe('対話・調整');
    expect(statusFromText('検討中')).toBe('検討中');
    expect(statusFromText('')).toBe('');
    expect(caseRecordFromRow(['R8-0001', '', ' 受付・内容確認 ']).status).toBe('受付・内容確認');
  });

  test('checklist ids are read from one comma-separated cell', () => {
    expect(checklistIdsOf('coordination, permits、publicNotice')).toEqual([
      'coordination',
      'permits',
      'publicNotice',
    ]);
    expect(checklistIdsOf('')).toEqual([]);
  });

  test('a row holding another case is refused with a message to reopen', () => {
    expect(checkCaseIdentity(record({}), { row: 2, caseNumber: 'R8-0001' })).toBeNull();
    expect(checkCaseIdentity(record({}), { row: 2, caseNumber: 'R8-0002' })).toContain(
      '開き直して',
    );
    expect(
      checkCaseIdentity(record({ caseNumber: '' }), { row: 9, caseNumber: 'R8-0002' }),
    ).toContain('9 行目');
  });
});

describe('planStatusChange', () => {
  const base = { today: '2026-05-11', actor: 'staff@example.lg.jp', settings };

  test('an allowed move sets status, change date, due date and the owner when empty', () => {
    const plan = planStatusChange({
      ...base,
      record: record({ status: '受付・内容確認' }),
      expectedStatus: '受付・内容確認',
      to: '対話・調整',
    });
    expect(plan).toEqual({
      ok: true,
      from: '受付・内容確認',
      to: '対話・調整',
      kind: 'forward',
      changes: {
        status: '対話・調整',
        statusChangedAt: midnight('2026-05-11'),
        dueDate: midnight('2026-05-25'),
        owner: "'staff@example.lg.jp",
      },
    });
  });

  test('an existing owner is kept; a status without a due time clears the due date', () => {
    const plan = planStatusChange({
      ...base,
      record: record({ status: '実施可否判断', owner: 'other@example.lg.jp' }),
      expectedStatus: '実施可否判断',
      to: '回答（可）',
    });
    expect(plan.ok && plan.changes).toEqual({
      status: '回答（可）',
      statusChangedAt: midnight('2026-05-11'),
      dueDate: '',
    });
  });

  test('entering 報告書作成 with a known PoC end sets the report due date', () => {
    const plan = planStatusChange({
      ...base,
      record: record({
        status: '実証実験の実施・立ち合い',
        track: '実証実験サポート',
        pocEnd: '2026-06-30',
      }),
      expectedStatus: '実証実験の実施・立ち合い',
      to: '報告書作成',
    });
    expect(plan.ok && plan.changes.reportDue).toEqual(midnight('2026-07-30'));
    expect(plan.ok && plan.changes.dueDate).toEqual(midnight('2026-07-30'));
  });

  test('entering 報告書作成 with no PoC end recorded: today is the end, the report due 30 days later', () => {
    const plan = planStatusChange({
      ...base,
      record: record({ status: '実証実験の実施・立ち合い', track: '実証実験サポート' }),
      expectedStatus: '実証実験の実施・立ち合い',
      to: '報告書作成',
    });
    expect(plan.ok && plan.changes.pocEnd).toEqual(midnight('2026-05-11'));
    expect(plan.ok && plan.changes.reportDue).toEqual(midnight('2026-06-10'));
  });

  test('a PoC end typed as text (和暦 or 年月日) counts; one that is no date is refused', () => {
    const move = (pocEnd: string) =>
      planStatusChange({
        ...base,
        record: record({ status: '実証実験の実施・立ち合い', track: '実証実験サポート', pocEnd }),
        expectedStatus: '実証実験の実施・立ち合い',
        to: '報告書作成',
      });
    const typed = caseRecordFromRow(
      REGISTER_COLUMNS.map((key) => (key === 'pocEnd' ? '令和8年6月30日' : '')),
    ).pocEnd;
    expect(typed).toBe('2026-06-30');
    const plan = move(typed);
    expect(plan.ok && plan.changes.reportDue).toEqual(midnight('2026-07-30'));
    expect(plan.ok && 'pocEnd' in plan.changes).toBe(false);
    const refused = move('6月末');
    expect(refused).toEqual({
      ok: false,
      message: expect.stringContaining('「実証終了日」の「6月末」'),
    });
  });

  test('the status asked for and the one seen may be written in other widths', () => {
    const plan = planStatusChange({
      ...base,
      record: record({ status: '実施可否判断' }),
      expectedStatus: ' 実施可否判断',
      to: '回答(可)',
    });
    expect(plan.ok && plan.changes.status).toBe('回答（可）');
  });

  test('an unreadable 最終対話日 counts as no dialogue logged', () => {
    const plan = planStatusChange({
      ...base,
      record: record({ status: '受付・内容確認', lastDialogueAt: '先週' }),
      expectedStatus: '受付・内容確認',
      to: '対話・調整',
    });
    expect(plan.ok && plan.changes.dueDate).toEqual(midnight('2026-05-25'));
  });

  test('a recorded PoC end is never overwritten by the move', () => {
    const plan = planStatusChange({
      ...base,
      record: record({
        status: '実証実験の実施・立ち合い',
        track: '実証実験サポート',
        pocEnd: '2026-06-30',
      }),
      expectedStatus: '実証実験の実施・立ち合い',
      to: '報告書作成',
    });
    expect(plan.ok && 'pocEnd' in plan.changes).toBe(false);
  });

  test.each([
    ['stale', { status: '対話・調整' }, '受付・内容確認', '対話・調整', 'ほかの人が'],
    [
      'unknown target',
      { status: '受付・内容確認' },
      '受付・内容確認',
      '保留',
      '「保留」は案件のステータスではありません',
    ],
    ['not allowed', { status: '受付・内容確認' }, '受付・内容確認', '完了', '移行できる状態'],
    ['terminal', { status: '取下げ' }, '取下げ', '対話・調整', '終了した状態'],
    [
      'checklist pending',
      { status: '実施準備', track: '実証実験サポート', pocChecklist: 'coordination' },
      '実施準備',
      '実証実験の実施・立ち合い',
      '未完了：「使用許可申請等」、「地域への周知」',
    ],
  ] as const)('%s is refused', (_name, fields, expected, to, message) => {
    const plan = planStatusChange({
      ...base,
      record: record(fields),
      expectedStatus: expected,
      to,
    });
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toContain(message);
  });

  test('withdrawal from 実施準備 does not need the checklist', () => {
    const plan = planStatusChange({
      ...base,
      record: record({ status: '実施準備', track: '実証実験サポート' }),
      expectedStatus: '実施準備',
      to: '取下げ',
    });
    expect(plan.ok).toBe(true);
  });
});

describe('other actions', () => {
  test('department: default due date from 設定, past dates refused, closed cases refused', () => {
    const input = {
      record: record({ status: '対話・調整', owner: 'x@example.lg.jp' }),
      department: '観光課',
      dueDate: '',
      today: '2026-05-11',
      actor: 'staff@example.lg.jp',
      settings,
    };
    const plan = planDepartment(input);
    expect(plan.ok && plan.due).toBe('2026-06-01');
    expect(plan.ok && plan.changes).toEqual({
      department: "'観光課",
      departmentDue: midnight('2026-06-01'),
    });
    expect(planDepartment({ ...input, dueDate: '2026-05-10' }).ok).toBe(false);
    expect(planDepartment({ ...input, record: record({ status: '完了' }) }).ok).toBe(false);
  });

  test('dialogue: 最終対話日 never moves back; 対話・調整 due time restarts from it', () => {
    const input = {
      record: record({
        status: '対話・調整',
        statusChangedAt: '2026-05-01',
        lastDialogueAt: '2026-05-08',
      }),
      date: '2026-05-11',
      today: '2026-05-11',
      actor: 'a',
      settings,
    };
    const plan = planDialogue(input);
    expect(plan.ok && plan.changes.lastDialogueAt).toEqual(midnight('2026-05-11'));
    expect(plan.ok && plan.changes.dueDate).toEqual(midnight('2026-05-25'));
    const late = planDialogue({ ...input, date: '2026-05-02' });
    expect(late.ok && late.changes.lastDialogueAt).toEqual(midnight('2026-05-08'));
    expect(planDialogue({ ...input, date: '2026-05-12' }).ok).toBe(false);
    const unreadable = planDialogue({
      ...input,
      record: record({ status: '対話・調整', statusChangedAt: 'きのう', lastDialogueAt: '先週' }),
    });
    expect(unreadable.ok && unreadable.changes.lastDialogueAt).toEqual(midnight('2026-05-11'));
    expect(unreadable.ok && unreadable.changes.dueDate).toEqual(midnight('2026-05-25'));
    const other = planDialogue({ ...input, record: record({ status: '提案書確認' }) });
    expect(other.ok && 'dueDate' in other.changes).toBe(false);
  });

  test('checklist: labels kept in checklist order', () => {
    const poc = record({
      status: '実施準備',
      track: '実証実験サポート',
      pocChecklist: 'publicNotice',
    });
    const ids = ['coordination', 'permits', 'publicNotice'];
    const plan = planChecklist(poc, 'coordination', true, ids);
    // The cell shows staff the labels, one per line (never the internal ids).
    expect(plan.ok && plan.changes.pocChecklist).toBe(
      '土地・施設管理者、地元関係者との調整\n地域への周知',
    );
    // A cell written by an earlier version (ids) is still read.
    expect(checklistIdsOf('coordination,publicNotice')).toEqual(['coordination', 'publicNotice']);
    expect(checklistIdsOf('使用許可申請等\n地域への周知')).toEqual(['permits', 'publicNotice']);
    const undo = planChecklist(poc, 'publicNotice', false, ids);
    expect(undo.ok && undo.changes.pocChecklist).toBe('');
  });
});

describe('rowWithChanges', () => {
  test('changed cells as given; other text re-marked as text; numbers and dates unchanged', () => {
    const date = midnight('2026-05-11');
    const row = rowWithChanges(['R8-0001', date, '受付・内容確認', '', '', '=1+1', 42, true], {
      status: '対話・調整',
    });
    expect(row).toEqual(["'R8-0001", date, '対話・調整', '', '', "'=1+1", 42, true]);
  });
});

describe('the department hand-off subject', () => {
  test('a title typed with line breaks stays on one subject line', () => {
    const subject = DEPARTMENT_MAIL.subject(
      'R8-0001',
      '除雪の\n見える化\r\n実証',
      '令和8年5月29日（金）',
    );
    expect(subject).toBe(
      '【庁内調整依頼】R8-0001 除雪の 見える化 実証（回答期限 令和8年5月29日（金））',
    );
    expect(subject).not.toMatch(/[\r\n]/);
  });
});

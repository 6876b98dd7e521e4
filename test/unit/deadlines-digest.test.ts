import {
  escapeHtml,
  groupDigests,
  oneLine,
  renderDigest,
  RenderContext,
} from '../../src/domain/deadlines/digest';
import { ReminderContext, remindersFor } from '../../src/domain/deadlines/reminders';
import { defaultSettings } from '../../src/domain/settings';
import { contactOf } from '../../src/adapters/mailer';
import { sweepCase } from '../support/reminders';

const TODAY = '2026-05-20';
const ctx: ReminderContext = {
  today: TODAY,
  settings: defaultSettings(),
  departments: { 道路維持課: 'douro@city.aomori.example.lg.jp' },
};
const render: RenderContext = {
  today: TODAY,
  contact: contactOf(defaultSettings()),
  registerUrl: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=7',
  rowUrl: (row) => `https://docs.google.com/spreadsheets/d/abc/edit#gid=7&range=A${row}`,
};

function reminders(...cases: ReturnType<typeof sweepCase>[]) {
  return cases.flatMap((c) => remindersFor(c, ctx));
}

describe('grouping into digests', () => {
  const rs = reminders(
    sweepCase({ caseNumber: 'A', status: '受付・内容確認', dueDate: '2026-05-21' }, 2),
    sweepCase(
      { caseNumber: 'B', status: '提案書確認', department: '道路維持課', dueDate: '2026-05-12' },
      3,
    ),
    sweepCase({ caseNumber: 'C', status: '受付・内容確認', dueDate: '2026-05-18' }, 4),
    sweepCase({ caseNumber: 'D', status: '報告書作成', reportDue: '2026-05-25' }, 5),
  );

  it('one digest per recipient, the most urgent digest first, items most urgent first', () => {
    const digests = groupDigests(rs);
    expect(digests.map((d) => d.recipient)).toEqual([
      'desk',
      'douro@city.aomori.example.lg.jp',
      'taro@aomori-tech.example.co.jp',
    ]);
    expect(digests[0].items.map((i) => i.caseNumber)).toEqual(['B', 'C', 'A']);
    expect(digests.map((d) => d.urgency)).toEqual([-8, -8, 5]);
  });

  it('a full digest keeps the rest for another day', () => {
    const [desk] = groupDigests(rs, 2);
    expect(desk.items.map((i) => i.caseNumber)).toEqual(['B', 'C']);
    expect(desk.overflow.map((i) => i.caseNumber)).toEqual(['A']);
  });
});

describe('rendering', () => {
  const hostile = sweepCase(
    {
      caseNumber: 'R8-0009',
      status: '受付・内容確認',
      dueDate: '2026-05-18',
      organisation: '<script>alert("x")</script> & Co',
      title: `"><img src=x onerror=alert(1)>\n案件台帳: https://evil.example/phish`,
    },
    9,
  );

  it('HTML escapes every value from the register', () => {
    const [digest] = groupDigests(reminders(hostile));
    const { htmlBody } = renderDigest(digest, render);
    expect(htmlBody).not.toContain('<script>');
    expect(htmlBody).not.toContain('<img');
    expect(htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(htmlBody).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(htmlBody).toContain(
      'href="https://docs.google.com/spreadsheets/d/abc/edit#gid=7&amp;range=A9"',
    );
  });

  it('plain text keeps each value on its line (no forged lines)', () => {
    const [digest] = groupDigests(reminders(hostile));
    const { body, subject } = renderDigest(digest, render);
    const forged = body.split('\n').filter((l) => l.startsWith('案件台帳: https://evil'));
    expect(forged).toEqual([]);
    expect(body).toContain(
      '台帳の行: https://docs.google.com/spreadsheets/d/abc/edit#gid=7&range=A9',
    );
    expect(subject).toBe('【青森市公民連携デスク】期限のお知らせ 2026/05/20（水）（期限超過 1件）');
    expect(subject).not.toMatch(/[\r\n]/);
  });

  it('a department digest greets the department and lists only its cases', () => {
    const digests = groupDigests(
      reminders(
        sweepCase({
          caseNumber: 'B',
          status: '提案書確認',
          department: '道路維持課',
          dueDate: '2026-05-12',
        }),
        sweepCase({ caseNumber: 'C', status: '受付・内容確認', dueDate: '2026-05-18' }),
      ),
    );
    const dept = digests.find((d) => d.role === 'department')!;
    const { body } = renderDigest(dept, render);
    expect(body.startsWith('道路維持課 ご担当者様')).toBe(true);
    expect(body).toContain('B ');
    expect(body).not.toContain('・C ');
  });

  it('the applicant’s digest has no link into the register, and the desk’s contact', () => {
    const [digest] = groupDigests(
      reminders(
        sweepCase({ status: '報告書作成', reportDue: '2026-05-25', organisation: 'A&B<社>' }),
      ),
    );
    const mail = renderDigest(digest, render);
    expect(mail.subject).toContain('報告書');
    expect(mail.body).not.toContain('docs.google.com');
    expect(mail.htmlBody).not.toContain('docs.google.com');
    expect(mail.body).toContain('017-761-4154');
    expect(mail.htmlBody).toContain('A&amp;B&lt;社&gt;');
  });

  it('a link that is not https is never printed', () => {
    const [digest] = groupDigests(reminders(hostile));
    const mail = renderDigest(digest, { ...render, rowUrl: () => 'javascript:alert(1)' });
    expect(mail.htmlBody).not.toContain('javascript:');
    expect(mail.body).not.toContain('javascript:');
  });

  it('escape helpers', () => {
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
    expect(oneLine('a\r\nb\tc\u2028d')).toBe('a b c d');
  });
});

import {
  applicantNoticeStage,
  composeApplicantNotice,
  deskContactOf,
  planApplicantNotice,
  receiptNotes,
  withNote,
} from '../../src/domain/applicantNotice';
import { defaultSettings } from '../../src/domain/settings';
import {
  ALL_STATUSES,
  ALL_TRACKS,
  movesFrom,
  notifiesApplicant,
  Status,
  TERMINAL_APPLICANT_NOTICES,
  Track,
  TRACKS,
} from '../../src/domain/workflow';
import { CHOICES, MAIL } from '../../src/strings';

const settings = defaultSettings('renkei@city.aomori.example.lg.jp');

// Written out by hand from issue 12: the stages that tell the applicant, per track.
const EXPECTED: Record<Track, Status[]> = {
  partnership: ['対話・調整', '回答（可）', '連携協定締結', '完了', '不採択', '取下げ'],
  poc: ['対話・調整', '回答（可）', '連携協定締結', '報告書受領', '完了', '不採択', '取下げ'],
  // 担当課へ引継ぎ is the desk's answer on this track: the department will contact them.
  other: ['担当課へ引継ぎ', '完了', '不採択', '取下げ'],
};

describe('which moves tell the applicant (the process table)', () => {
  test.each(ALL_TRACKS)('%s: the default stages, and no other status', (track) => {
    const notifying = ALL_STATUSES.filter((s) => notifiesApplicant(track, s));
    expect(new Set(notifying)).toEqual(new Set(EXPECTED[track]));
  });

  test('the terminal table: 完了, 不採択 and 取下げ notify; 対象外 (the intake replied) does not', () => {
    expect(TERMINAL_APPLICANT_NOTICES).toEqual({
      完了: true,
      不採択: true,
      取下げ: true,
      対象外: false,
    });
  });

  test('every allowed move into a notifying stage notifies, except a step back', () => {
    for (const track of ALL_TRACKS) {
      for (const step of TRACKS[track].steps) {
        for (const move of movesFrom(track, step.status)) {
          const stage = applicantNoticeStage({
            track,
            to: move.to,
            kind: move.kind,
            noticesOff: [],
          });
          const expected = move.kind !== 'rework' && EXPECTED[track].includes(move.to);
          expect({ track, from: step.status, to: move.to, notified: stage !== null }).toEqual({
            track,
            from: step.status,
            to: move.to,
            notified: expected,
          });
        }
      }
    }
  });

  test('a step back into 対話・調整 tells the applicant nothing new', () => {
    expect(
      applicantNoticeStage({
        track: 'partnership',
        to: '対話・調整',
        kind: 'rework',
        noticesOff: [],
      }),
    ).toBeNull();
    expect(
      applicantNoticeStage({
        track: 'partnership',
        to: '対話・調整',
        kind: 'forward',
        noticesOff: [],
      }),
    ).toBe('対話・調整');
  });

  test('設定「申請者に通知しない段階」 turns a stage off, its label read as a status', () => {
    const off = ['対話・調整', ' 回答(可) ', '報告書受領'];
    const stage = (track: Track, to: Status) =>
      applicantNoticeStage({ track, to, kind: 'forward', noticesOff: off });
    expect(stage('partnership', '対話・調整')).toBeNull();
    expect(stage('poc', '回答（可）')).toBeNull();
    expect(stage('poc', '報告書受領')).toBeNull();
    expect(stage('poc', '連携協定締結')).toBe('連携協定締結');
    expect(
      applicantNoticeStage({ track: 'poc', to: '不採択', kind: 'decline', noticesOff: off }),
    ).toBe('不採択');
  });
});

const RECORD = {
  caseNumber: 'R8-0007',
  title: '除雪状況の見える化',
  organisation: '株式会社あおもりテック',
  name: '青森 太郎',
  email: 'taro@aomori-tech.example.co.jp',
  track: 'パートナーシップ事業',
};

describe('the notice', () => {
  test('names the case, the stage in plain words, what comes next and the desk contact', () => {
    const plan = planApplicantNotice(RECORD, { to: '対話・調整', kind: 'forward' }, settings);
    if (plan.kind !== 'send') throw new Error(`expected a notice, got ${plan.kind}`);
    expect(plan.to).toBe(RECORD.email);
    expect(plan.subject).toBe(
      '【青森市公民連携デスク】ご提案について：対話・調整を開始します（受付番号 R8-0007）',
    );
    for (const text of [
      '株式会社あおもりテック',
      '青森 太郎 様',
      '受付番号: R8-0007',
      '件名: 除雪状況の見える化',
      '現在の状況: 対話・調整',
      '打合せ（対話）の日程',
      '青森市公民連携デスク（青森市 企画部 連携推進課）',
      '〒038-8505 青森県青森市柳川一丁目１－１ 柳川庁舎３階',
      '電話 017-761-4154',
    ]) {
      expect(plan.body).toContain(text);
    }
    expect(plan.note).toContain(RECORD.email);
  });

  test('the desk email is printed when set', () => {
    const contact = deskContactOf({
      ...settings,
      deskEmail: 'renkei-desk@city.aomori.example.lg.jp',
    });
    const { body } = composeApplicantNotice(RECORD, '完了', 'partnership', contact);
    expect(body).toContain('メール renkei-desk@city.aomori.example.lg.jp');
  });

  test('what happens next follows the track: a PoC agreement asks for the report', () => {
    const contact = deskContactOf(settings);
    const poc = composeApplicantNotice(RECORD, '連携協定締結', 'poc', contact).body;
    const partnership = composeApplicantNotice(RECORD, '連携協定締結', 'partnership', contact).body;
    expect(poc).toContain('報告書をご提出ください');
    expect(partnership).not.toContain('報告書');
    const answerPoc = composeApplicantNotice(RECORD, '回答（可）', 'poc', contact).body;
    expect(answerPoc).toContain('費用はご提案者様のご負担');
    const doneOther = composeApplicantNotice(RECORD, '完了', 'other', contact).body;
    expect(doneOther).toContain('担当課からご案内');
  });

  test.each([
    '対話・調整',
    '回答（可）',
    '不採択',
    '連携協定締結',
    '報告書受領',
    '完了',
    '取下げ',
  ] as const)('every stage (%s) has its own subject and text, in polite Japanese', (stage) => {
    const { subject, body } = composeApplicantNotice(RECORD, stage, 'poc', deskContactOf(settings));
    expect(subject).toMatch(/^【青森市公民連携デスク】ご提案について：.+（受付番号 R8-0007）$/);
    expect(body).toMatch(/様\n/);
    expect(body).toContain('今後について:');
    expect(body).toContain('お問合せの際は受付番号をお知らせください。');
  });

  test('the answer: 可 and 不可 read differently', () => {
    const contact = deskContactOf(settings);
    const yes = composeApplicantNotice(RECORD, '回答（可）', 'partnership', contact).body;
    const no = composeApplicantNotice(RECORD, '不採択', 'partnership', contact).body;
    expect(yes).toContain('実施に向けて進める');
    expect(no).toContain('実施が困難');
    expect(no).not.toContain('実施に向けて進める');
  });

  test('no valid address: nothing to send, a note for the history instead', () => {
    for (const email of ['', 'not-an-address']) {
      const plan = planApplicantNotice(
        { ...RECORD, email },
        { to: '取下げ', kind: 'withdraw' },
        settings,
      );
      expect(plan).toEqual({
        kind: 'noAddress',
        stage: '取下げ',
        note: expect.stringContaining('送っていません'),
      });
    }
  });

  test('a move the table does not mark, or 設定 turned off, plans nothing', () => {
    expect(planApplicantNotice(RECORD, { to: '提案書確認', kind: 'forward' }, settings)).toEqual({
      kind: 'none',
    });
    const off = { ...settings, applicantNoticesOff: ['対話・調整'] };
    expect(planApplicantNotice(RECORD, { to: '対話・調整', kind: 'forward' }, off)).toEqual({
      kind: 'none',
    });
  });

  test('the notice is built from the case alone: no comment can reach it', () => {
    // The plan takes the register record and the move, nothing the person typed.
    const plan = planApplicantNotice(
      { ...RECORD, title: '件名' },
      { to: '不採択', kind: 'decline' },
      settings,
    );
    if (plan.kind !== 'send') throw new Error('expected a notice');
    expect(Object.keys(plan).sort()).toEqual(['body', 'kind', 'note', 'stage', 'subject', 'to']);
  });

  test('a history note follows the comment on its own line', () => {
    expect(withNote('面談', '［注］')).toBe('面談\n［注］');
    expect(withNote('', '［注］')).toBe('［注］');
    expect(withNote('面談', '')).toBe('面談');
  });
});

describe('the receipt differs by track and kind', () => {
  const base = {
    method: CHOICES.method[0],
    proposalKind: CHOICES.proposalKind[0],
    challenge: '',
    preConsultation: CHOICES.preConsultation[1],
  };
  const body = (notes: string[][]) =>
    MAIL.receiptBody({
      name: '青森 太郎',
      organisation: '株式会社あおもりテック',
      caseNumber: 'R8-0001',
      title: '件名',
      contact: deskContactOf(settings),
      notes,
    });

  test('a partnership, 自由提案, no 事前相談: the plain receipt', () => {
    expect(receiptNotes(base)).toEqual([]);
    expect(body(receiptNotes(base))).toBe(
      MAIL.receiptBody({
        name: '青森 太郎',
        organisation: '株式会社あおもりテック',
        caseNumber: 'R8-0001',
        title: '件名',
        contact: deskContactOf(settings),
      }),
    );
  });

  test('a PoC: the applicant bears the costs and submits a report afterwards', () => {
    const text = body(receiptNotes({ ...base, method: '実証実験サポート' }));
    expect(text).toContain('費用は、ご提案者様のご負担');
    expect(text).toContain('報告書をご提出いただきます');
  });

  test('a 課題提案 names the 課題; one without a 課題 is told the desk will ask', () => {
    const named = body(
      receiptNotes({ ...base, proposalKind: '課題提案', challenge: 'C-03 除雪情報の発信' }),
    );
    expect(named).toContain('次の課題へのご提案として受け付けました: C-03 除雪情報の発信');
    const missing = body(receiptNotes({ ...base, proposalKind: '課題提案' }));
    expect(missing).toContain('対象の課題が選ばれていない');
  });

  test('事前相談 requested: the desk will contact them to schedule it', () => {
    const text = body(receiptNotes({ ...base, preConsultation: '希望する' }));
    expect(text).toContain('事前相談をご希望');
    expect(text).toContain('日程を調整するため');
  });

  test('several apply: each paragraph once, PoC then 課題 then 事前相談, before the next steps', () => {
    const text = body(
      receiptNotes({
        method: '実証実験サポート（PoC）',
        proposalKind: '課題提案',
        challenge: 'C-01 観光客の周遊分析',
        preConsultation: '希望する',
      }),
    );
    const at = (s: string) => text.indexOf(s);
    expect(at('【実証実験サポートについて】')).toBeGreaterThan(at('件名: 件名'));
    expect(at('【課題提案】')).toBeGreaterThan(at('【実証実験サポートについて】'));
    expect(at('【事前相談】')).toBeGreaterThan(at('【課題提案】'));
    expect(at('今後の流れ:')).toBeGreaterThan(at('【事前相談】'));
    expect(text.split('【事前相談】')).toHaveLength(2);
  });
});

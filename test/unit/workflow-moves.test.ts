import {
  ALL_STATUSES,
  ALL_TRACKS,
  allowedMoves,
  checkMove,
  initialStatus,
  initialStatuses,
  isBeforeAnswer,
  isOpen,
  isTerminal,
  MoveKind,
  Status,
  statusesOf,
  TERMINAL_STATUSES,
  Track,
  TRACKS,
} from '../../src/domain/workflow';

// The expected process, written out by hand from the guideline's flow diagrams so that the
// table-driven derivation in moves.ts is checked against an independent statement of it.
type Expected = Partial<Record<Status, Partial<Record<Status, MoveKind>>>>;

const beforeAnswer = {
  事前相談: {
    受付・内容確認: 'forward',
    不採択: 'decline',
    対象外: 'ineligible',
    取下げ: 'withdraw',
  },
  受付・内容確認: {
    対話・調整: 'forward',
    不採択: 'decline',
    対象外: 'ineligible',
    取下げ: 'withdraw',
  },
  対話・調整: {
    提案書確認: 'forward',
    受付・内容確認: 'rework',
    不採択: 'decline',
    取下げ: 'withdraw',
  },
  提案書確認: {
    実施可否判断: 'forward',
    対話・調整: 'rework',
    不採択: 'decline',
    取下げ: 'withdraw',
  },
  実施可否判断: {
    '回答（可）': 'forward',
    提案書確認: 'rework',
    不採択: 'decline',
    取下げ: 'withdraw',
  },
} satisfies Expected;

const EXPECTED: Record<Track, Expected> = {
  partnership: {
    ...beforeAnswer,
    '回答（可）': {
      連携協定締結: 'forward',
      事業実施: 'skip-optional',
      実施可否判断: 'rework',
      取下げ: 'withdraw',
    },
    連携協定締結: { 事業実施: 'forward', '回答（可）': 'rework', 取下げ: 'withdraw' },
    事業実施: { 完了: 'forward', 連携協定締結: 'rework', 取下げ: 'withdraw' },
  },
  poc: {
    ...beforeAnswer,
    '回答（可）': { 連携協定締結: 'forward', 実施可否判断: 'rework', 取下げ: 'withdraw' },
    連携協定締結: { 実施準備: 'forward', '回答（可）': 'rework', 取下げ: 'withdraw' },
    実施準備: { '実証実験の実施・立ち合い': 'forward', 連携協定締結: 'rework', 取下げ: 'withdraw' },
    '実証実験の実施・立ち合い': { 報告書作成: 'forward', 実施準備: 'rework', 取下げ: 'withdraw' },
    報告書作成: {
      報告書受領: 'forward',
      '実証実験の実施・立ち合い': 'rework',
      取下げ: 'withdraw',
    },
    報告書受領: { 完了: 'forward', 報告書作成: 'rework', 取下げ: 'withdraw' },
  },
  other: {
    事前相談: {
      受付・内容確認: 'forward',
      不採択: 'decline',
      対象外: 'ineligible',
      取下げ: 'withdraw',
    },
    受付・内容確認: {
      担当課へ引継ぎ: 'forward',
      不採択: 'decline',
      対象外: 'ineligible',
      取下げ: 'withdraw',
    },
    担当課へ引継ぎ: { 完了: 'forward', 受付・内容確認: 'rework', 取下げ: 'withdraw' },
  },
};

const OPEN_BY_TRACK = Object.fromEntries(
  ALL_TRACKS.map((track) => [track, TRACKS[track].steps.map((step) => step.status)]),
) as Record<Track, Status[]>;

describe.each(ALL_TRACKS)('track %s: full cross product of moves', (track) => {
  const pairs = ALL_STATUSES.flatMap((from) => ALL_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s', (from, to) => {
    const expectedKind = EXPECTED[track][from]?.[to];
    const result = checkMove(track, from, to);
    if (expectedKind) {
      expect(result).toEqual({ ok: true, kind: expectedKind });
    } else {
      expect(result.ok).toBe(false);
    }
  });

  it('allowedMoves lists exactly the expected targets for every status', () => {
    for (const from of ALL_STATUSES) {
      expect(allowedMoves(track, from).sort()).toEqual(
        Object.keys(EXPECTED[track][from] ?? {}).sort(),
      );
    }
  });

  it('refusals name every allowed next state', () => {
    for (const from of OPEN_BY_TRACK[track]) {
      const allowed = allowedMoves(track, from);
      for (const to of ALL_STATUSES.filter((status) => !allowed.includes(status))) {
        const result = checkMove(track, from, to);
        if (result.ok) throw new Error(`unexpectedly allowed ${from} → ${to}`);
        expect(result.message).toContain('移行できる状態');
        for (const status of allowed) expect(result.message).toContain(`「${status}」`);
      }
    }
  });

  it('withdraw is allowed from every open state', () => {
    for (const from of OPEN_BY_TRACK[track]) {
      expect(checkMove(track, from, '取下げ')).toEqual({ ok: true, kind: 'withdraw' });
    }
  });

  it('decline is allowed exactly before the answer', () => {
    const steps = OPEN_BY_TRACK[track];
    const answerIndex = TRACKS[track].steps.findIndex((step) => step.answer);
    steps.forEach((from, index) => {
      expect(isBeforeAnswer(track, from)).toBe(index < answerIndex);
      expect(checkMove(track, from, '不採択').ok).toBe(index < answerIndex);
    });
  });

  it('every state of the track is reachable from the initial states', () => {
    const reached = new Set<Status>(initialStatuses(track));
    const queue = [...reached];
    while (queue.length > 0) {
      for (const next of allowedMoves(track, queue.shift()!)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...reached].sort()).toEqual(statusesOf(track).sort());
  });
});

describe('terminal states', () => {
  it.each(TERMINAL_STATUSES)('%s is terminal, not open, and has no moves', (status) => {
    expect(isTerminal(status)).toBe(true);
    expect(isOpen(status)).toBe(false);
    for (const track of ALL_TRACKS) {
      expect(allowedMoves(track, status)).toEqual([]);
      const result = checkMove(track, status, '受付・内容確認');
      expect(result).toEqual({ ok: false, message: expect.stringContaining('終了した状態') });
    }
  });

  it('open statuses are not terminal', () => {
    for (const track of ALL_TRACKS) {
      for (const status of OPEN_BY_TRACK[track]) expect(isOpen(status)).toBe(true);
    }
  });
});

describe('messages', () => {
  it('names the allowed states in Japanese', () => {
    expect(checkMove('partnership', '対話・調整', '完了')).toEqual({
      ok: false,
      message:
        '「対話・調整」から「完了」へは移行できません。移行できる状態：「提案書確認」、「受付・内容確認」、「不採択」、「取下げ」',
    });
  });

  it('explains a move to the same state', () => {
    const result = checkMove('poc', '実施準備', '実施準備');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^すでに「実施準備」です。/);
  });

  it('refuses a state that does not belong to the track', () => {
    const result = checkMove('partnership', '実施準備', '実証実験の実施・立ち合い');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('「実施準備」はパートナーシップ事業の状態ではありません');
    }
    expect(allowedMoves('other', '対話・調整')).toEqual([]);
  });
});

describe('initialStatus', () => {
  it.each(ALL_TRACKS)(
    '%s starts at 事前相談 or 受付・内容確認, or 対象外 if ineligible',
    (track) => {
      expect(initialStatus(track, { preConsultation: true })).toBe('事前相談');
      expect(initialStatus(track, { preConsultation: false })).toBe('受付・内容確認');
      expect(initialStatus(track, { preConsultation: true, eligible: false })).toBe('対象外');
      expect(initialStatus(track, { preConsultation: false, eligible: true })).toBe(
        '受付・内容確認',
      );
    },
  );
});

import {
  OTHER_METHODS,
  pendingPocChecklistItems,
  pocChecklist,
  trackFromMethod,
} from '../../src/domain/workflow';

describe('trackFromMethod', () => {
  it.each([
    ['パートナーシップ事業', 'partnership'],
    [' パートナーシップ 事業　', 'partnership'],
    ['実証実験サポート', 'poc'],
    ['実証実験サポート（PoC）', 'poc'],
    ['', 'other'],
    ['よく分からない', 'other'],
  ] as const)('%s → %s', (method, track) => {
    expect(trackFromMethod(method)).toBe(track);
  });

  it.each(OTHER_METHODS)('%s is handed to the owning department', (method) => {
    expect(trackFromMethod(method)).toBe('other');
  });
});

describe('PoC preparation checklist', () => {
  it('has the three items of the guideline', () => {
    expect(pocChecklist.map((item) => item.label)).toEqual([
      '土地・施設管理者、地元関係者との調整',
      '使用許可申請等',
      '地域への周知',
    ]);
  });

  it('reports pending items in order', () => {
    expect(pendingPocChecklistItems(['permits']).map((item) => item.id)).toEqual([
      'coordination',
      'publicNotice',
    ]);
    expect(pendingPocChecklistItems(pocChecklist.map((item) => item.id))).toEqual([]);
  });
});

/**
 * 公開可否・公開概要・公開日 edited from the sidebar (issue 13 item 1; src/app/workflow/
 * publicationFields.ts): the view tells which of the four conditions hold, the save is one action
 * exactly once, and a case saved as 公開 appears in the next 公開一覧.
 */
import type { CaseRef, CaseView } from '../../src/app/sidebarContract';
import { PUBLICATION_CONSENT_CHOICES, Q } from '../../src/strings';
import { newDesk } from '../support/desk';
import { cachedJson, refreshPublication } from '../support/publication';
import {
  cellOf,
  expectOk,
  expectRefused,
  historyOpIds,
  historyRows,
  move,
  run,
  submitCase,
} from '../support/workflow';

function realisedCase(desk: ReturnType<typeof newDesk>, answers = {}): CaseRef {
  const ref = submitCase(desk, answers);
  for (const to of ['対話・調整', '提案書確認', '実施可否判断', '回答（可）', '連携協定締結']) {
    expectOk(move(desk, ref, to));
  }
  return ref;
}

const SUMMARY = '除雪車両の位置を市民に公開する取組を市と共同で実施しています。';

function save(desk: ReturnType<typeof newDesk>, ref: CaseRef, fields: object, requestId?: string) {
  return run<CaseView>(desk, 'sidebarSavePublication', {
    ...ref,
    decision: '公開',
    summary: SUMMARY,
    publishedOn: '2026-06-01',
    ...fields,
    ...(requestId ? { requestId } : {}),
  });
}

describe('publication fields in the sidebar', () => {
  test('the view shows consent and what is missing; a save as 公開 lists the case', () => {
    const desk = newDesk();
    const ref = realisedCase(desk);
    const before = expectOk(run<CaseView>(desk, 'sidebarGetCase', ref)).publication;
    expect(before).toEqual({
      consent: PUBLICATION_CONSENT_CHOICES[0],
      decision: '未判断',
      summary: '',
      publishedOn: '',
      realised: true,
      listed: false,
    });
    const after = expectOk(save(desk, ref, {})).publication;
    expect(after).toEqual(
      expect.objectContaining({ decision: '公開', summary: SUMMARY, publishedOn: '2026-06-01' }),
    );
    expect(after.listed).toBe(true);
    expect(cellOf(desk, ref.row, 'publication')).toBe('公開');
    expect(cellOf(desk, ref.row, 'publishedOn')).toEqual(new Date('2026-06-01T00:00:00+09:00'));
    expect(historyRows(desk).pop()![5]).toBe('公開設定を更新：公開（公開日 2026/06/01）');
    refreshPublication(desk);
    expect(cachedJson(desk)).toContain(SUMMARY);
  });

  test('a case not realised, or whose applicant did not consent, is saved but not listed', () => {
    const desk = newDesk();
    const early = submitCase(desk);
    expect(expectOk(save(desk, early, {})).publication).toEqual(
      expect.objectContaining({ realised: false, listed: false }),
    );
    const refused = realisedCase(desk, {
      [Q.title]: '同意なしの提案',
      [Q.publicationConsent]: PUBLICATION_CONSENT_CHOICES[1],
    });
    expect(expectOk(save(desk, refused, {})).publication.listed).toBe(false);
    refreshPublication(desk);
    expect(cachedJson(desk)).not.toContain(SUMMARY);
  });

  test('bad input is refused with a message, changing nothing', () => {
    const desk = newDesk();
    const ref = realisedCase(desk);
    const rows = historyRows(desk).length;
    expect(expectRefused(save(desk, ref, { decision: '掲載' }))).toContain('公開可否「掲載」');
    expect(expectRefused(save(desk, ref, { summary: 'あ'.repeat(1001) }))).toContain('1000');
    expect(expectRefused(save(desk, ref, { publishedOn: '6月1日' }))).toContain('公開日');
    expect(historyRows(desk)).toHaveLength(rows);
    expect(cellOf(desk, ref.row, 'publication')).toBe('未判断');
  });

  test('the same request sent twice is saved once', () => {
    const desk = newDesk();
    const ref = realisedCase(desk);
    expectOk(save(desk, ref, {}, 'req-publication-1'));
    expectOk(save(desk, ref, {}, 'req-publication-1'));
    expect(historyOpIds(desk).filter((id) => id === 'req-publication-1')).toHaveLength(1);
  });
});

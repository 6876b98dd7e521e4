/** Case search matching (src/domain/search.ts): each criterion alone, and together. */
import {
  caseMatcher,
  fiscalYearOfCell,
  hitText,
  isEmptySearch,
  SearchableCase,
  SearchCriteria,
  searchWords,
} from '../../src/domain/search';

const NONE: SearchCriteria = {
  caseNumber: '',
  organisation: '',
  words: '',
  status: '',
  fiscalYear: '',
  department: '',
};

function item(overrides: Partial<SearchableCase> = {}): SearchableCase {
  return {
    row: 2,
    caseNumber: 'R8-0001',
    receivedAt: new Date('2026-05-10T10:00:00+09:00'),
    status: '対話・調整',
    dueDate: new Date('2026-06-01T00:00:00+09:00'),
    title: 'ＡＩカメラによる観光客の周遊分析',
    content: '駅前広場に設置したカメラで人流を計測します。',
    organisation: '株式会社 アオモリ・テック',
    department: '観光課',
    ...overrides,
  };
}

const matches = (criteria: Partial<SearchCriteria>, c = item()) =>
  caseMatcher({ ...NONE, ...criteria })(c);

describe('caseMatcher', () => {
  test('case number: part of it, any width or case', () => {
    expect(matches({ caseNumber: 'R8-0001' })).toBe(true);
    expect(matches({ caseNumber: 'ｒ８－０００１' })).toBe(true); // full-width, as typed with an IME
    expect(matches({ caseNumber: 'r8-0001' })).toBe(true);
    expect(matches({ caseNumber: '0001' })).toBe(true);
    expect(matches({ caseNumber: 'R8-0002' })).toBe(false);
  });

  test('organisation: by its key, so legal forms and widths do not matter', () => {
    expect(matches({ organisation: '(株)アオモリテック' })).toBe(true);
    expect(matches({ organisation: 'ｱｵﾓﾘﾃｯｸ' })).toBe(true);
    expect(matches({ organisation: 'アオモリ' })).toBe(true);
    expect(matches({ organisation: '八甲田物産' })).toBe(false);
  });

  test('words: each must appear in the title or the content', () => {
    expect(matches({ words: 'AIカメラ' })).toBe(true); // full-width ＡＩ in the title
    expect(matches({ words: 'ai 人流' })).toBe(true); // one in the title, one in the content
    expect(matches({ words: 'カメラ　駅前' })).toBe(true); // a full-width space separates
    expect(matches({ words: 'カメラ 除雪' })).toBe(false);
  });

  test('status: the exact status, read as its canonical label', () => {
    expect(matches({ status: '対話・調整' })).toBe(true);
    expect(matches({ status: '受付' })).toBe(false);
  });

  test('fiscal year: of the 受付日時, April to March in Tokyo', () => {
    expect(matches({ fiscalYear: '2026' })).toBe(true);
    expect(matches({ fiscalYear: '2025' })).toBe(false);
    const march = item({ receivedAt: new Date('2026-03-31T23:30:00+09:00') });
    expect(matches({ fiscalYear: '2025' }, march)).toBe(true);
    expect(matches({ fiscalYear: '2025' }, item({ receivedAt: '2026/3/31 10:00' }))).toBe(true);
  });

  test('department: part of the name', () => {
    expect(matches({ department: '観光' })).toBe(true);
    expect(matches({ department: '道路維持課' })).toBe(false);
  });

  test('all criteria together must hold', () => {
    expect(
      matches({
        organisation: 'アオモリテック',
        words: 'カメラ',
        status: '対話・調整',
        fiscalYear: '2026',
      }),
    ).toBe(true);
    expect(matches({ organisation: 'アオモリテック', status: '受付' })).toBe(false);
  });
});

describe('helpers', () => {
  test('isEmptySearch: blank fields only', () => {
    expect(isEmptySearch(NONE)).toBe(true);
    expect(isEmptySearch({ ...NONE, words: '  ' })).toBe(true);
    expect(isEmptySearch({ ...NONE, fiscalYear: '2026' })).toBe(false);
  });

  test('searchWords splits on half- and full-width spaces', () => {
    expect(searchWords(' ＡＩ　カメラ  人流 ')).toEqual(['ai', 'カメラ', '人流']);
  });

  test('fiscalYearOfCell reads Dates and typed dates, else null', () => {
    expect(fiscalYearOfCell(new Date('2026-04-01T00:00:00+09:00'))).toBe(2026);
    expect(fiscalYearOfCell('2026-04-01 09:00')).toBe(2026);
    expect(fiscalYearOfCell('')).toBeNull();
    expect(fiscalYearOfCell('不明')).toBeNull();
  });

  test('hitText gives text only, the due date as an ISO date', () => {
    expect(hitText(item())).toEqual({
      row: 2,
      caseNumber: 'R8-0001',
      title: 'ＡＩカメラによる観光客の周遊分析',
      organisation: '株式会社 アオモリ・テック',
      status: '対話・調整',
      dueDate: '2026-06-01',
    });
  });
});

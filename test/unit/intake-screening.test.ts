import type { Proposal } from '../../src/domain/proposal';
import { proposalRecord } from '../support/proposalRecord';
import {
  isValidEmail,
  screen,
  STATUS_INELIGIBLE,
  STATUS_RECEIVED,
} from '../../src/domain/screening';
import { CHOICES, INELIGIBLE, Q, REVIEW } from '../../src/strings';

// Guideline「留意事項」: 個人（個人事業主を除く）からの提案は対象外. docs/domain.md: such a
// submission "is registered (nothing is lost) but goes straight to 対象外 with a polite reply".
// docs/domain.md「The form」lists what the form asks; 「留意事項」requires explicit consent.

const proposal = proposalRecord;

describe('screen: eligibility (guideline 留意事項)', () => {
  it('a complete proposal from a company is received with no review reason', () => {
    expect(screen(proposal())).toEqual({
      status: STATUS_RECEIVED,
      ineligibleReason: '',
      reviewReasons: [],
      longFields: [],
    });
  });

  it('the received status is 受付・内容確認 (first step of both flows)', () => {
    expect(STATUS_RECEIVED).toBe('受付・内容確認');
  });

  it('個人 goes straight to 対象外', () => {
    expect(screen(proposal({ applicantType: '個人' })).status).toBe(STATUS_INELIGIBLE);
    expect(STATUS_INELIGIBLE).toBe('対象外');
  });

  it('個人 records the reason citing the guideline', () => {
    expect(screen(proposal({ applicantType: '個人' })).ineligibleReason).toBe(
      INELIGIBLE.individual,
    );
    expect(INELIGIBLE.individual).toMatch(/個人（個人事業主を除く）/);
  });

  it('個人事業主 is eligible', () => {
    const s = screen(proposal({ applicantType: '個人事業主' }));
    expect(s.status).toBe(STATUS_RECEIVED);
    expect(s.ineligibleReason).toBe('');
    expect(s.reviewReasons).toEqual([]);
  });

  it.each(['民間企業', '大学等', '団体（NPO・社団法人等）'])('%s is eligible', (type) => {
    expect(screen(proposal({ applicantType: type })).status).toBe(STATUS_RECEIVED);
  });

  it('an ineligible proposal is still screened for review reasons (nothing is lost)', () => {
    const s = screen(proposal({ applicantType: '個人', email: '' }));
    expect(s.status).toBe(STATUS_INELIGIBLE);
    expect(s.reviewReasons).toContain(REVIEW.missing(Q.email));
  });
});

describe('screen: required fields', () => {
  it.each([
    ['organisation', Q.organisation],
    ['applicantType', Q.applicantType],
    ['name', Q.name],
    ['email', Q.email],
    ['title', Q.title],
    ['content', Q.content],
    ['method', Q.method],
    ['phone', Q.phone],
  ] as Array<[keyof Proposal, string]>)(
    'a missing %s is flagged as 「%s」が未入力',
    (field, title) => {
      const s = screen(proposal({ [field]: '' }));
      expect(s.reviewReasons).toEqual([REVIEW.missing(title)]);
      expect(REVIEW.missing(title)).toBe(`${title}が未入力です`);
    },
  );

  it('a whitespace-only answer counts as missing', () => {
    expect(screen(proposal({ title: ' 　\n' })).reviewReasons).toEqual([REVIEW.missing(Q.title)]);
  });

  it('every missing field is flagged, not only the first', () => {
    const s = screen(proposal({ organisation: '', name: '', title: '' }));
    expect(s.reviewReasons).toEqual([
      REVIEW.missing(Q.organisation),
      REVIEW.missing(Q.name),
      REVIEW.missing(Q.title),
    ]);
  });

  it('a missing field does not make the proposal ineligible (it is registered for review)', () => {
    expect(screen(proposal({ organisation: '' })).status).toBe(STATUS_RECEIVED);
  });

  it('optional answers (roles, period, personal data, pre-consultation, attachments) may be empty', () => {
    const s = screen(
      proposal({
        roles: '',
        periodStart: '',
        periodEnd: '',
        personalData: '',
        preConsultation: '',
        attachments: '',
        proposalKind: '',
      }),
    );
    expect(s.reviewReasons).toEqual([]);
  });
});

describe('screen: email', () => {
  it.each(['taro', 'taro@', '@example.jp', 'taro@example', 'ta ro@example.jp', 'a@b@example.jp'])(
    'malformed %j is flagged',
    (email) => {
      expect(screen(proposal({ email })).reviewReasons).toEqual([REVIEW.badEmail]);
    },
  );

  it.each(['taro@example.jp', 'taro.aomori+ppp@city.aomori.lg.jp', ' taro@example.jp '])(
    '%j is accepted',
    (email) => {
      expect(screen(proposal({ email })).reviewReasons).toEqual([]);
    },
  );

  it('an empty email is reported as missing, not as malformed', () => {
    expect(screen(proposal({ email: '' })).reviewReasons).toEqual([REVIEW.missing(Q.email)]);
  });

  it('isValidEmail agrees with the screen', () => {
    expect(isValidEmail(' taro@example.jp ')).toBe(true);
    expect(isValidEmail('taro@example')).toBe(false);
  });
});

describe('screen: phone', () => {
  it.each([
    '017-761-4154',
    '0177614154',
    '090-1234-5678',
    '017 761 4154',
    '017(761)4154',
    '+81-17-761-4154',
  ])('%j is accepted', (phone) => {
    expect(screen(proposal({ phone })).reviewReasons).toEqual([]);
  });

  it.each(['761-4154', 'abc', '017-761-415a', '017--761-4154', '017-761-4154 内線12', 'なし'])(
    'malformed %j is flagged',
    (phone) => {
      expect(screen(proposal({ phone })).reviewReasons).toEqual([REVIEW.badPhone]);
    },
  );

  // Bug: screening.ts — PHONE explicitly admits full-width digits and separators (０-９, －),
  // but the length check `p.phone.replace(/\D/g, '').length < 10` counts only ASCII digits
  // (\D strips ０-９), so any full-width number is flagged as malformed.
  test('a full-width number (０１７－７６１－４１５４), which the pattern admits, is not flagged', () => {
    expect(screen(proposal({ phone: '０１７－７６１－４１５４' })).reviewReasons).toEqual([]);
  });
});

describe('screen: consent (guideline 留意事項 require explicit consent)', () => {
  it('missing consent is flagged', () => {
    expect(screen(proposal({ consent: '' })).reviewReasons).toEqual([REVIEW.noConsent]);
  });

  it('missing consent does not make the proposal ineligible', () => {
    expect(screen(proposal({ consent: '' })).status).toBe(STATUS_RECEIVED);
  });
});

describe('screen: 課題提案 (docs/domain.md「Kinds of proposal」)', () => {
  it('課題提案 without a 課題 is flagged', () => {
    expect(screen(proposal({ proposalKind: '課題提案', challenge: '' })).reviewReasons).toEqual([
      REVIEW.challengeMissing,
    ]);
  });

  it('課題提案 with a blank-only 課題 is flagged', () => {
    expect(screen(proposal({ proposalKind: '課題提案', challenge: '  ' })).reviewReasons).toEqual([
      REVIEW.challengeMissing,
    ]);
  });

  it('課題提案 with a 課題 is not flagged', () => {
    const s = screen(proposal({ proposalKind: '課題提案', challenge: 'C-001 除雪の効率化' }));
    expect(s.reviewReasons).toEqual([]);
  });

  it('自由提案 needs no 課題', () => {
    expect(screen(proposal({ proposalKind: '自由提案', challenge: '' })).reviewReasons).toEqual([]);
  });
});

describe('screen: choices and unknown questions', () => {
  it('an unknown 事業者区分 is flagged, naming the question and the value', () => {
    expect(screen(proposal({ applicantType: '株式会社' })).reviewReasons).toEqual([
      REVIEW.unknownChoice(Q.applicantType, '株式会社'),
    ]);
    expect(REVIEW.unknownChoice(Q.applicantType, '株式会社')).toBe(
      `${Q.applicantType}「株式会社」は選択肢にありません`,
    );
  });

  it('an unknown 連携手法 is flagged', () => {
    expect(screen(proposal({ method: 'PFI' })).reviewReasons).toEqual([
      REVIEW.unknownChoice(Q.method, 'PFI'),
    ]);
  });

  it.each([...CHOICES.method])('連携手法 %s is a known choice', (method) => {
    expect(screen(proposal({ method })).reviewReasons).toEqual([]);
  });

  it('an empty 事業者区分 is flagged as missing only, not also as an unknown choice', () => {
    expect(screen(proposal({ applicantType: '' })).reviewReasons).toEqual([
      REVIEW.missing(Q.applicantType),
    ]);
  });

  it('each answered question the register has no column for is flagged', () => {
    expect(screen(proposal({ unknownQuestions: ['予算規模', '備考'] })).reviewReasons).toEqual([
      REVIEW.unknownQuestion('予算規模'),
      REVIEW.unknownQuestion('備考'),
    ]);
  });
});

describe('screen: long texts', () => {
  it('a field longer than 50,000 characters is listed in longFields', () => {
    expect(screen(proposal({ content: 'あ'.repeat(50_001) })).longFields).toEqual(['content']);
  });

  it('a field that fits with its apostrophe (49,999 characters) is not listed', () => {
    expect(screen(proposal({ content: 'あ'.repeat(49_999) })).longFields).toEqual([]);
  });

  it('every long free-text field is listed', () => {
    const long = 'x'.repeat(60_000);
    const s = screen(proposal({ organisation: long, title: long, roles: long, attachments: long }));
    expect(s.longFields).toEqual(['organisation', 'title', 'roles', 'attachments']);
  });

  it('a long text alone is not a review reason of the screen (the register adds it)', () => {
    expect(screen(proposal({ content: 'x'.repeat(60_000) })).reviewReasons).toEqual([]);
  });
});

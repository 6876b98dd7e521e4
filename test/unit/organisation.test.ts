/**
 * The organisation key (src/domain/organisation.ts): real-world spellings of the same
 * organisation give the same key, and different organisations stay apart.
 */
import { organisationKey } from '../../src/domain/organisation';

/** [as typed, expected key] — spellings seen on forms, letters and corporate registers. */
const SPELLINGS: Array<[string, string]> = [
  ['株式会社アオモリテック', 'アオモリテック'],
  ['アオモリテック株式会社', 'アオモリテック'],
  ['(株)アオモリテック', 'アオモリテック'],
  ['（株）アオモリテック', 'アオモリテック'],
  ['㈱アオモリテック', 'アオモリテック'],
  ['アオモリテック㈱', 'アオモリテック'],
  ['株式會社アオモリテック', 'アオモリテック'],
  ['株式会社　アオモリ・テック', 'アオモリテック'],
  ['ｱｵﾓﾘﾃｯｸ(株)', 'アオモリテック'],
  ['アオモリ･テック 株式会社', 'アオモリテック'],
  ['有限会社八甲田物産', '八甲田物産'],
  ['八甲田物産有限会社', '八甲田物産'],
  ['(有)八甲田物産', '八甲田物産'],
  ['㈲八甲田物産', '八甲田物産'],
  ['合同会社ねぶたラボ', 'ねぶたラボ'],
  ['ねぶたラボ合同会社', 'ねぶたラボ'],
  ['一般社団法人青森観光推進機構', '青森観光推進機構'],
  ['(一社)青森観光推進機構', '青森観光推進機構'],
  ['一般財団法人みちのく環境財団', 'みちのく環境財団'],
  ['公益社団法人青森県防災協会', '青森県防災協会'],
  ['公益財団法人あおもり文化振興会', 'あおもり文化振興会'],
  ['特定非営利活動法人子ども食堂ネット', '子ども食堂ネット'],
  ['NPO法人子ども食堂ネット', '子ども食堂ネット'],
  ['ＮＰＯ法人 子ども食堂ネット', '子ども食堂ネット'],
  ['国立大学法人 北の大学', '北の大学'],
  ['北の大学（国立大学法人）', '北の大学'],
  ['学校法人青森学院', '青森学院'],
  ['社会福祉法人ひまわり会', 'ひまわり会'],
  ['医療法人 健生会', '健生会'],
  ['ＡＢＣホールディングス株式会社', 'abcホールディングス'],
  ['ABC Holdings, Inc.', 'abcholdingsinc'],
  ['abc holdings inc', 'abcholdingsinc'],
  ['ＮＴＴ東日本株式会社', 'ntt東日本'],
  ['株式会社NTT東日本', 'ntt東日本'],
  ['株式会社 ２１世紀テクノ', '21世紀テクノ'],
  ['21世紀テクノ(株)', '21世紀テクノ'],
  ['Ｊ－ＰＯＷＥＲ株式会社', 'jpower'],
  ['J-POWER(株)', 'jpower'],
  ['青森りんご飲料株式会社', '青森りんご飲料'],
  ['  青森りんご飲料 ( 株 )  ', '青森りんご飲料'],
];

describe('organisationKey', () => {
  test.each(SPELLINGS)('%s → %s', (typed, key) => {
    expect(organisationKey(typed)).toBe(key);
  });

  test('the table has at least 30 real-world spellings', () => {
    expect(SPELLINGS.length).toBeGreaterThanOrEqual(30);
  });

  test('different organisations keep different keys', () => {
    const keys = new Set(SPELLINGS.map(([, key]) => key));
    expect(keys.size).toBeGreaterThanOrEqual(14);
    expect(organisationKey('青森銀行株式会社')).not.toBe(organisationKey('青森信用金庫'));
  });

  test('a name that is only a legal form, or blank, is not emptied into nothing useful', () => {
    expect(organisationKey('')).toBe('');
    expect(organisationKey('株式会社')).toBe('株式会社');
  });

  test('the prolonged sound mark inside a katakana word is kept', () => {
    expect(organisationKey('サービス・センター株式会社')).toBe('サービスセンター');
  });
});

/**
 * The disclosure case file's masking (issue 13 item 4; src/domain/disclosure.ts): emails, phone
 * numbers, the case's own names and the desk's words become ■■■, proven with a marker corpus.
 */
import {
  DISCLOSURE_MASK,
  disclosureDocument,
  privateFieldsOf,
  DisclosureInput,
  MaskTerms,
  displayText,
  maskTermsOf,
  maskText,
  maskWordsOf,
} from '../../src/domain/disclosure';
import { DISCLOSURE_TEXT } from '../../src/strings/disclosure';
import {
  DIALOGUES,
  leakedMarkers,
  MARKER_STAFF,
  MARKERS,
  MASK_WORDS,
  PUBLIC,
  REGISTER_TEXTS,
} from '../support/disclosureCorpus';

const NO_TERMS: MaskTerms = { names: [], words: [] };
const masked = (text: string, terms = NO_TERMS) => maskText(text, terms).text;

describe('maskText: emails and phone numbers', () => {
  test.each([
    ['taro@aomori-tech.example.co.jp', ''],
    ['連絡先 taro.yamada+desk@city.example.lg.jp まで', '連絡先 ■■■ まで'],
    ['全角 taro＠example.jp', '全角 ■■■'],
    ['017-761-4154', ''],
    ['0177614154', ''],
    ['(017)761-4154', '(■■■'],
    ['電話：090-1234-5678。', '電話：■■■。'],
    ['０９０－１２３４－５６７８', ''],
    ['+81-90-1234-5678', ''],
    ['TEL 03 5555 0199', 'TEL ■■■'],
  ])('%s', (text, expected) => {
    expect(masked(text)).toBe(expected || DISCLOSURE_MASK);
  });

  test.each([
    'R8-0001',
    '2026-07-01',
    '令和8年7月1日',
    '12345',
    '費用 1,000,000円',
    'https://docs.google.com/document/d/0177611234567abcXYZ/edit',
    '09:30〜10:00',
    '郵便番号 038-8505',
  ])('keeps %s', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('counts each replaced span', () => {
    expect(maskText('a@b.jp と 017-761-4154', NO_TERMS).count).toBe(2);
  });
});

describe('maskText: names and words', () => {
  const terms = maskTermsOf(
    { record: { name: '青森 太郎', representative: '代表取締役 弘前 一郎' }, staff: [] },
    ['極秘製法', 'Secret Sauce'],
  );

  test.each([
    ['青森 太郎 様', '■■■ 様'],
    ['青森太郎様', '■■■様'],
    ['青森\u3000太郎', '■■■'],
    ['代表取締役 弘前 一郎', '代表取締役 ■■■'],
    ['弘前一郎社長', '■■■社長'],
    ['極秘製法を使う', '■■■を使う'],
    ['the SECRET  sauce', 'the ■■■'],
    ['ｓｅｃｒｅｔ ｓａｕｃｅ', '■■■'],
  ])('%s', (text, expected) => {
    expect(masked(text, terms)).toBe(expected);
  });

  it('keeps the city and organisation names that merely share a surname', () => {
    expect(masked('青森市 企画部、株式会社あおもりテック', terms)).toBe(
      '青森市 企画部、株式会社あおもりテック',
    );
  });
});

describe('maskWordsOf (設定「情報公開でマスクする語句」)', () => {
  it('splits on commas (half- and full-width, 、) and line breaks, keeping inner spaces', () => {
    expect(maskWordsOf('極秘製法, Secret Sauce、 配合表，\n温度')).toEqual([
      '極秘製法',
      'Secret Sauce',
      '配合表',
      '温度',
    ]);
    expect(maskWordsOf('')).toEqual([]);
    expect(maskWordsOf(undefined)).toEqual([]);
  });
});

describe('displayText: dates in 和暦', () => {
  it('a date value (Tokyo midnight) is a date, with its time otherwise', () => {
    expect(displayText(new Date('2026-07-01T00:00:00+09:00'))).toBe('令和8年7月1日');
    expect(displayText(new Date('2026-05-11T09:05:00+09:00'))).toBe('令和8年5月11日 9:05');
  });
  it('a typed date is read as people type it', () => {
    expect(displayText('2026/7/1')).toBe('令和8年7月1日');
    expect(displayText("'2019-04-30")).toBe('平成31年4月30日');
    expect(displayText('R8-0001')).toBe('R8-0001');
  });
});

/** The corpus case as the use case reads it: register row, 履歴 and 対話記録 rows. */
function corpusInput(): DisclosureInput {
  const at = new Date('2026-05-11T09:00:00+09:00');
  return {
    caseNumber: 'R8-0001',
    record: {
      caseNumber: 'R8-0001',
      receivedAt: at,
      status: '連携協定締結',
      track: 'パートナーシップ事業',
      title: PUBLIC.title,
      content: REGISTER_TEXTS.content,
      organisation: PUBLIC.organisation,
      name: MARKERS.name,
      email: MARKERS.email,
      phone: MARKERS.phone,
      department: PUBLIC.department,
      owner: MARKER_STAFF,
      goal: PUBLIC.goal,
      roleSplit: REGISTER_TEXTS.roleSplit,
      representative: REGISTER_TEXTS.representative,
      partnershipItems: PUBLIC.partnershipItems,
      agreementDate: '2026-07-01',
      latestDocument: PUBLIC.latestDocument,
      documentVersions: '回答書（採択）:1;事業連携協定書:2',
      responseKey: 'rk-internal-123',
    },
    history: [
      [
        at,
        MARKER_STAFF,
        'R8-0001',
        '受付',
        '対話・調整',
        `${MARKERS.name}様と電話（${MARKERS.phone}）`,
        'op-1',
      ],
      [
        at,
        MARKER_STAFF,
        'R8-0001',
        '対話・調整',
        '対話・調整',
        `対話記録：${DIALOGUES[0].parties}／${DIALOGUES[0].summary}`,
        'op-2',
      ],
    ],
    dialogues: DIALOGUES.map((d) => [
      '2026-05-20',
      'R8-0001',
      d.parties,
      d.summary,
      MARKER_STAFF,
      at,
      'op-d',
    ]),
    maskWords: MASK_WORDS,
    deskName: '青森市公民連携デスク',
    today: '2026-07-10',
    name: 'R8-0001_情報公開用案件記録_v1',
  };
}

function allText(doc: ReturnType<typeof disclosureDocument>): string {
  const parts = [doc.header];
  for (const b of doc.blocks) {
    if (b.type === 'table') parts.push(...b.rows.flat());
    else if ('text' in b) parts.push(b.text);
  }
  return parts.join('\n');
}

describe('disclosureDocument: the marker corpus', () => {
  const doc = disclosureDocument(corpusInput());
  const text = allText(doc);

  it('leaves no private marker anywhere', () => {
    expect(leakedMarkers(text)).toEqual([]);
  });

  it('keeps every public value as it is', () => {
    for (const value of Object.values(PUBLIC)) expect(text).toContain(value);
    expect(text).toContain('R8-0001');
    expect(text).toContain('費用 1,000,000円');
    expect(text).toContain('代表取締役 ■■■');
  });

  it('masks 氏名, メールアドレス and 電話番号 whole in the record table', () => {
    const table = doc.blocks.find((b) => b.type === 'table');
    const rows = table && table.type === 'table' ? table.rows : [];
    for (const label of ['氏名', 'メールアドレス', '電話番号']) {
      expect(rows.find((r) => r[0] === label)?.[1]).toBe(DISCLOSURE_MASK);
    }
    expect(rows.find((r) => r[0] === '回答キー')).toBeUndefined();
  });

  it('notes that a long answer shows only its start, when it was kept in 長文保管', () => {
    const input = corpusInput();
    expect(text).not.toContain(DISCLOSURE_TEXT.longTextNote);
    const long = {
      ...input,
      record: {
        ...input.record,
        reviewReasons: '提案内容が長いため全文を「長文保管」シートに保存しました',
      },
    };
    expect(allText(disclosureDocument(long))).toContain(DISCLOSURE_TEXT.longTextNote);
  });

  it('says the desk must review it, first, and in the header of every page', () => {
    expect(doc.header).toBe(DISCLOSURE_TEXT.reviewNotice);
    expect(doc.blocks[0]).toEqual({ type: 'paragraph', text: DISCLOSURE_TEXT.reviewNotice });
  });

  it('has the four sections, the documents by version, dates in 和暦 and the mask count', () => {
    for (const heading of Object.values(DISCLOSURE_TEXT.sections)) {
      expect(doc.blocks).toContainEqual({ type: 'heading', text: heading });
    }
    expect(text).toContain('R8-0001_事業連携協定書_v2');
    expect(text).toContain('R8-0001_回答書（採択）_v1');
    expect(text).toContain('令和8年7月1日');
    expect(text).toContain('令和8年5月11日 9:00');
    expect(text).toContain('作成日 令和8年7月10日');
    expect(doc.masked).toBeGreaterThan(10);
    expect(text).toContain(`（${doc.masked}箇所）`);
  });

  it('an empty history and dialogue log read （記録なし）', () => {
    const empty = disclosureDocument({ ...corpusInput(), history: [], dialogues: [] });
    expect(empty.blocks.filter((b) => 'text' in b && b.text === DISCLOSURE_TEXT.none)).toHaveLength(
      2,
    );
  });
});

describe('所在地 and 代表者 (issue 12 columns)', () => {
  const HOME = '青森県青森市浪館字前田三丁目4番5号';
  const OFFICE = '青森県青森市中央一丁目22番5号';
  const tableRow = (doc: ReturnType<typeof disclosureDocument>, label: string) => {
    const table = doc.blocks.find((b) => b.type === 'table');
    const rows = table && table.type === 'table' ? table.rows : [];
    return rows.find((r) => r[0] === label)?.[1];
  };
  const withApplicant = (applicantType: string, address: string, representative: string) => {
    const input = corpusInput();
    input.record = { ...input.record, applicantType, address, representative };
    input.dialogues = [
      ['2026-05-20', 'R8-0001', '事業者', `現地（${address}）で打合せ`, MARKER_STAFF, '', 'op-d'],
    ];
    return disclosureDocument(input);
  };

  it.each(['個人事業主', '個人'])('a %s: 所在地 is a home address, masked everywhere', (type) => {
    const doc = withApplicant(type, HOME, '');
    expect(tableRow(doc, '所在地')).toBe(DISCLOSURE_MASK);
    expect(allText(doc)).not.toContain('浪館字前田');
    expect(allText(doc)).toContain(`現地（${DISCLOSURE_MASK}）で打合せ`);
  });

  it("a company's 所在地 is the company's and stays", () => {
    const doc = withApplicant('民間企業', OFFICE, '代表取締役 轟 鏡太郎');
    expect(tableRow(doc, '所在地')).toBe(OFFICE);
    expect(allText(doc)).toContain(`現地（${OFFICE}）で打合せ`);
  });

  it('代表者: the name is masked, the title kept; a sole proprietor typing only a name is masked whole', () => {
    expect(
      tableRow(withApplicant('民間企業', OFFICE, '代表取締役 轟 鏡太郎'), '代表者（職・氏名）'),
    ).toBe(`代表取締役 ${DISCLOSURE_MASK}`);
    expect(tableRow(withApplicant('個人事業主', HOME, '弘前一郎'), '代表者（職・氏名）')).toBe(
      DISCLOSURE_MASK,
    );
    expect(
      tableRow(withApplicant('個人事業主', HOME, '代表 弘前 一郎'), '代表者（職・氏名）'),
    ).toBe(`代表 ${DISCLOSURE_MASK}`);
  });

  it('privateFieldsOf adds 所在地 only for a person', () => {
    expect(privateFieldsOf({ applicantType: '個人事業主' })).toContain('address');
    expect(privateFieldsOf({ applicantType: '大学等' })).not.toContain('address');
  });
});

import {
  availableKinds,
  caseFolderName,
  checkPlaceholders,
  collectValues,
  DEFAULT_TEMPLATES,
  documentKind,
  DOCUMENT_KINDS,
  findPlaceholders,
  kindAvailability,
  latestVersion,
  leftoverPlaceholders,
  formatReplyNumber,
  listEntries,
  literalPattern,
  mayorLine,
  numberedLines,
  replyNumberOf,
  replySequenceKey,
  sentReplyName,
  validateReplyNumberFormat,
  withReplyNumber,
  missingFor,
  missingMessage,
  nextVersion,
  pdfName,
  PLACEHOLDERS,
  placeholderByName,
  readCaseDate,
  readVersions,
  standaloneLine,
  STANDARD_CLAUSES,
  templateTexts,
  versionedName,
  withVersion,
} from '../../src/domain/documents';
import type { CaseData } from '../../src/domain/documents';
import { defaultSettings, settingsProblems } from '../../src/domain/settings';

function kind(id: string) {
  const found = documentKind(id);
  if (!found) throw new Error(id);
  return found;
}

/** A partnership case with everything its agreement needs. */
function caseData(overrides: CaseData['record'] = {}, settings = {}): CaseData {
  return {
    record: {
      caseNumber: 'R8-0001',
      title: '除雪車両の位置情報を活用した除雪状況の見える化',
      organisation: '株式会社あおもりテック',
      name: '青森 太郎',
      representative: '代表取締役 青森 一郎',
      address: '青森県青森市新町一丁目3番7号',
      replyReason: '既存事業と重複するため。\n今後の参考とさせていただきます。',
      receivedAt: new Date('2026-05-11T00:30:00Z'),
      goal: '除雪の進捗を市民に届け、\n問合せを減らす。',
      roleSplit: '甲: 除雪計画の提供\n乙: 端末の設置と運用',
      partnershipItems: '・除雪車両の位置情報の可視化\n・市民への情報発信',
      agreementDate: '2026-07-01',
      agreementEnd: '令和9年3月31日',
      periodStart: '2026/8/1',
      periodEnd: '2026年12月31日',
      pocEnd: '',
      ...overrides,
    },
    settings: { ...defaultSettings(), mayorName: '西 秀記', ...settings },
    today: '2026-06-15',
    version: 1,
    replyNumber: '青連第7号',
  };
}

describe('document kinds by track and status', () => {
  test.each([
    [
      'partnership',
      '回答（可）',
      ['replyAccepted', 'partnershipAgreement', 'comprehensiveAgreement'],
    ],
    [
      'partnership',
      '連携協定締結',
      ['replyAccepted', 'partnershipAgreement', 'comprehensiveAgreement'],
    ],
    ['poc', '回答（可）', ['replyAccepted', 'pocAgreement']],
    ['poc', '実施準備', ['replyAccepted', 'pocAgreement']],
    ['partnership', '実施可否判断', ['replyDeclined']],
    ['other', '不採択', ['replyDeclined']],
    ['partnership', '対話・調整', []],
    ['other', '担当課へ引継ぎ', []],
    ['partnership', '取下げ', []],
  ] as const)('%s at %s offers %j', (track, status, expected) => {
    expect(availableKinds(track, status).map((k) => k.id)).toEqual(expected);
  });

  test('an agreement past 連携協定締結 needs a confirmation; at 連携協定締結 it does not', () => {
    expect(kindAvailability(kind('pocAgreement'), 'poc', '連携協定締結')).toEqual({
      ok: true,
      needsConfirmation: false,
    });
    expect(kindAvailability(kind('pocAgreement'), 'poc', '実施準備')).toEqual({
      ok: true,
      needsConfirmation: true,
    });
    expect(kindAvailability(kind('partnershipAgreement'), 'partnership', '完了')).toEqual({
      ok: true,
      needsConfirmation: true,
    });
    expect(kindAvailability(kind('replyAccepted'), 'partnership', '完了')).toEqual({
      ok: true,
      needsConfirmation: false,
    });
  });

  test('a refusal names the status and when the kind can be made', () => {
    const result = kindAvailability(kind('pocAgreement'), 'partnership', '回答（可）');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('実証実験に関する協定書');
      expect(result.message).toContain('回答（可）');
      expect(result.message).toContain('実証実験サポート');
    }
  });
});

describe('dates typed into the register', () => {
  test.each([
    ['2026-07-01', '2026-07-01'],
    ['2026/7/1', '2026-07-01'],
    ['2026.7.1', '2026-07-01'],
    ['2026年7月1日', '2026-07-01'],
    ['２０２６年７月１日', '2026-07-01'],
    ['令和8年7月1日', '2026-07-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['R8.7.1', '2026-07-01'],
    ["'2026-07-01", '2026-07-01'],
  ])('%s → %s', (text, iso) => {
    expect(readCaseDate(text)).toEqual({ kind: 'date', iso });
  });

  test('a date value is read as its Tokyo calendar date', () => {
    expect(readCaseDate(new Date('2026-06-30T15:30:00Z'))).toEqual({
      kind: 'date',
      iso: '2026-07-01',
    });
  });

  test.each(['2026-02-30', '来年の春', '平成31年5月1日', '令和0年1月1日', '7/1'])(
    '%s is unreadable',
    (text) => {
      expect(readCaseDate(text)).toEqual({ kind: 'unreadable' });
    },
  );

  test('blank is blank', () => {
    expect(readCaseDate('  ')).toEqual({ kind: 'blank' });
    expect(readCaseDate(null)).toEqual({ kind: 'blank' });
  });
});

describe('placeholder values of a case', () => {
  test('dates print in 和暦, lists split by line without typed bullets, settings fill the city', () => {
    const { values, problems } = collectValues(caseData());
    expect(problems.size).toBe(0);
    expect(values.get('締結日')).toBe('令和8年7月1日');
    expect(values.get('満了日')).toBe('令和9年3月31日');
    expect(values.get('受付日')).toBe('令和8年5月11日');
    expect(values.get('作成日')).toBe('令和8年6月15日');
    expect(values.get('連携事項')).toEqual(['除雪車両の位置情報の可視化', '市民への情報発信']);
    expect(values.get('役割分担')).toBe('甲: 除雪計画の提供\n乙: 端末の設置と運用');
    expect(values.get('目標')).toBe('除雪の進捗を市民に届け、問合せを減らす。');
    expect(values.get('自治体名')).toBe('青森市');
    expect(values.get('市長名')).toBe('西 秀記');
    expect(values.get('市長職名')).toBe('青森市長');
    expect(values.get('市長職氏名')).toBe('青森市長\u3000西 秀記');
    expect(values.get('自治体所在地')).toBe('青森県青森市中央一丁目22番5号');
    expect(values.get('所在地')).toBe('青森県青森市新町一丁目3番7号');
    expect(values.get('文書番号')).toBe('青連第7号');
    expect(values.get('公印省略')).toBe('（公印省略）');
    expect(values.get('回答理由')).toBe(
      '既存事業と重複するため。\n今後の参考とさせていただきます。',
    );
    expect(values.get('報告書提出日数')).toBe('30');
    expect(values.get('版')).toBe('1');
  });

  test.each([
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
  ])('和暦 at the era boundary: %s → %s', (iso, wareki) => {
    expect(collectValues(caseData({ agreementDate: iso })).values.get('締結日')).toBe(wareki);
  });

  test('the PoC end falls back to the desired end date', () => {
    expect(collectValues(caseData()).values.get('実証終了日')).toBe('令和8年12月31日');
    const withEnd = caseData({ pocEnd: '2026-11-30' });
    expect(collectValues(withEnd).values.get('実証終了日')).toBe('令和8年11月30日');
  });

  test('listEntries drops bullets, numbers and empty lines', () => {
    expect(listEntries('1. 一\n(2) 二\n\n- 三\n（4）四\n五')).toEqual([
      '一',
      '二',
      '三',
      '四',
      '五',
    ]);
  });

  test('every placeholder name is unique and found by name', () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(placeholderByName(name)?.name).toBe(name);
  });
});

describe('required data is checked before anything is created', () => {
  test('a complete case misses nothing for each kind of its track', () => {
    const collected = collectValues(caseData());
    for (const id of [
      'replyAccepted',
      'replyDeclined',
      'partnershipAgreement',
      'comprehensiveAgreement',
      'pocAgreement',
    ] as const) {
      expect(missingFor(id, collected)).toEqual([]);
    }
  });

  test('what is missing is listed by the column or setting a person fills', () => {
    const data = caseData({ representative: '', agreementDate: '来月' }, { mayorName: '' });
    const missing = missingFor('partnershipAgreement', collectValues(data));
    expect(missing).toEqual([
      { place: '案件台帳', field: '代表者（職・氏名）', reason: '未入力' },
      { place: '案件台帳', field: '協定締結日', reason: expect.stringContaining('令和8年7月1日') },
      { place: '設定', field: '市長名', reason: '未入力' },
    ]);
    const message = missingMessage('事業連携協定書', missing);
    expect(message).toContain('「代表者（職・氏名）」');
    expect(message).toContain('「来月」');
    expect(message).toContain('文書は作成していません');
  });

  test('a comprehensive agreement needs at least two fields of partnership', () => {
    const data = caseData({ partnershipItems: '除雪' });
    expect(missingFor('comprehensiveAgreement', collectValues(data))).toEqual([
      { place: '案件台帳', field: '連携事項', reason: expect.stringContaining('2つ以上') },
    ]);
    expect(missingFor('partnershipAgreement', collectValues(data))).toEqual([]);
  });

  test('reply letters do not need agreement data', () => {
    const data = caseData({ representative: '', agreementDate: '', partnershipItems: '' });
    expect(missingFor('replyAccepted', collectValues(data))).toEqual([]);
  });
});

describe('scanning a document for placeholders', () => {
  test('finds each distinct token, next to regex metacharacters too', () => {
    const tokens = findPlaceholders(['($件名$)[{{件名}}]*{{事業者名}}.', '^{{ 件名 }}|{{件名}}']);
    expect(tokens).toEqual([
      { text: '{{件名}}', name: '件名' },
      { text: '{{事業者名}}', name: '事業者名' },
      { text: '{{ 件名 }}', name: '件名' },
    ]);
  });

  test('an unknown placeholder is reported by name, an empty one as unfilled', () => {
    const { values } = collectValues(caseData({ representative: '' }));
    const tokens = findPlaceholders(['{{件名}} {{担当課長名}} {{代表者}} {{}}']);
    expect(checkPlaceholders(tokens, values)).toEqual({
      unknown: ['担当課長名', ''],
      unfilled: ['代表者'],
    });
  });

  test('literal patterns escape every RE2 metacharacter', () => {
    const text = '{{a.b*c+d?e(f)g[h]i|j^k$l\\m}}';
    const pattern = new RegExp(literalPattern(text));
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test('{{aXb*c+d?e(f)g[h]i|j^k$l\\m}}')).toBe(false);
  });

  test('a token alone on its line, and nowhere else, is a standalone list', () => {
    const token = { text: '{{連携事項}}', name: '連携事項' };
    expect(standaloneLine('第2条\n {{連携事項}} \n第3条', token)).toBe(1);
    expect(standaloneLine('連携事項: {{連携事項}}', token)).toBe(-1);
    expect(standaloneLine('{{連携事項}}\n表: {{連携事項}}', token)).toBe(-1);
  });

  test('leftovers are template tokens still present, not braces a value brought in', () => {
    const tokens = findPlaceholders(['{{件名}} {{事業者名}}']);
    expect(leftoverPlaceholders(tokens, '除雪 {{事業者名}}')).toEqual(['{{事業者名}}']);
    expect(leftoverPlaceholders(tokens, '{{仮題}} 株式会社あおもりテック')).toEqual([]);
  });
});

describe('default templates', () => {
  test.each(DOCUMENT_KINDS.map((k) => [k.id]))(
    '%s uses only known placeholders, all of its required ones',
    (id) => {
      const template = DEFAULT_TEMPLATES[id];
      const tokens = findPlaceholders(templateTexts(template));
      const { values } = collectValues(caseData());
      expect(checkPlaceholders(tokens, values)).toEqual({ unknown: [], unfilled: [] });
      const used = new Set(tokens.map((t) => t.name));
      for (const p of PLACEHOLDERS.filter((d) => d.requiredFor.includes(id))) {
        expect(used.has(p.name)).toBe(true);
      }
    },
  );

  test('reply letters carry the case number in their header, agreements have no header', () => {
    expect(DEFAULT_TEMPLATES.replyAccepted.header).toBe('{{案件番号}}');
    expect(DEFAULT_TEMPLATES.replyDeclined.footer).toBe('{{デスク名}}');
    expect(DEFAULT_TEMPLATES.pocAgreement.header).toBe('');
  });

  test.each(['partnershipAgreement', 'comprehensiveAgreement', 'pocAgreement'] as const)(
    '%s has the standard clauses, numbered, and signature blocks for 甲 and 乙',
    (id) => {
      const template = DEFAULT_TEMPLATES[id];
      const headings = template.blocks
        .filter((b) => b.type === 'heading')
        .map((b) => (b as { text: string }).text);
      for (const clause of STANDARD_CLAUSES) expect(headings).toContain(`（${clause}）`);
      const texts = templateTexts(template);
      const numbers = texts.flatMap((t) => /^第(\d+)条\u3000/.exec(t)?.[1] ?? []).map(Number);
      expect(numbers).toEqual(headings.map((_, i) => i + 1));
      expect(texts.some((t) => t.includes('（以下「甲」という。）'))).toBe(true);
      const table = template.blocks.find((b) => b.type === 'table');
      expect(table).toEqual({
        type: 'table',
        rows: [
          ['甲', '所在地', '{{自治体所在地}}'],
          ['', '名称', '{{自治体名}}'],
          ['', '代表者', '{{市長職氏名}}　印'],
          ['乙', '所在地', '{{所在地}}'],
          ['', '名称', '{{事業者名}}'],
          ['', '代表者', '{{代表者}}　印'],
        ],
      });
      // 連携事項 stand alone in a plain paragraph: numbered (1), (2)… when filled.
      expect(template.blocks).toContainEqual({ type: 'paragraph', text: '{{連携事項}}' });
      expect(template.blocks.some((b) => b.type === 'listItem')).toBe(false);
      // No clause cites another by number: adding one renumbers the rest safely.
      // (A law is cited as 第2条第2号; a clause of this agreement would be 第5条の規定…)
      expect(texts.some((t) => /第\d+条(?:の|に)/.test(t))).toBe(false);
    },
  );
});

describe('reply letters', () => {
  test('a letter opens with its 文書番号, date, addressee and sender; the decline prints its reason', () => {
    const accepted = templateTexts(DEFAULT_TEMPLATES.replyAccepted);
    expect(accepted.slice(2, 8)).toEqual([
      '{{文書番号}}',
      '{{作成日}}',
      '{{事業者名}}',
      '{{宛名}}　様',
      '{{市長職氏名}}',
      '{{公印省略}}',
    ]);
    const declined = templateTexts(DEFAULT_TEMPLATES.replyDeclined);
    const answer = declined.indexOf('1　回答　不採択');
    expect(declined.slice(answer, answer + 3)).toEqual([
      '1　回答　不採択',
      '2　理由',
      '{{回答理由}}',
    ]);
  });

  test('addressed to the representative, or the contact person when there is none', () => {
    expect(collectValues(caseData()).values.get('宛名')).toBe('代表取締役 青森 一郎');
    const soleProprietor = caseData({ representative: '  ' });
    expect(collectValues(soleProprietor).values.get('宛名')).toBe('青森 太郎');
    expect(missingFor('replyAccepted', collectValues(soleProprietor))).toEqual([]);
  });

  test('the decline needs its reason; the acceptance does not', () => {
    const data = collectValues(caseData({ replyReason: '' }));
    expect(missingFor('replyDeclined', data)).toEqual([
      { place: '案件台帳', field: '回答理由', reason: '未入力' },
    ]);
    expect(missingFor('replyAccepted', data)).toEqual([]);
  });

  test('（公印省略） off fills as nothing rather than stopping the letter', () => {
    const { values } = collectValues(caseData({}, { sealOmitted: false }));
    expect(values.get('公印省略')).toBe('');
    const tokens = findPlaceholders(templateTexts(DEFAULT_TEMPLATES.replyAccepted));
    expect(checkPlaceholders(tokens, values)).toEqual({ unknown: [], unfilled: [] });
  });

  test('the mayor: title and name, an older 市長名 with the title kept as is, blank when unnamed', () => {
    expect(mayorLine({ mayorTitle: '青森市長', mayorName: '西 秀記' })).toBe(
      '青森市長\u3000西 秀記',
    );
    expect(mayorLine({ mayorTitle: '青森市長', mayorName: '青森市長 西 秀記' })).toBe(
      '青森市長 西 秀記',
    );
    expect(mayorLine({ mayorTitle: '', mayorName: '西 秀記' })).toBe('西 秀記');
    expect(mayorLine({ mayorTitle: '青森市長', mayorName: '' })).toBe('');
  });

  test('agreements need both addresses', () => {
    const data = caseData({ address: '' }, { cityAddress: '' });
    expect(missingFor('partnershipAgreement', collectValues(data))).toEqual([
      { place: '案件台帳', field: '所在地', reason: '未入力' },
      { place: '設定', field: '自治体の所在地', reason: '未入力' },
    ]);
  });

  test('連携事項 print numbered (1), (2)… with a full-width space', () => {
    expect(numberedLines(['可視化', '情報発信'])).toBe('(1)\u3000可視化\n(2)\u3000情報発信');
  });

  test('the applicant receives the letter without the internal version', () => {
    expect(sentReplyName('R8-0001')).toBe('R8-0001_回答書.pdf');
  });
});

describe('文書番号', () => {
  test('the format is filled with the case-number tokens; the sequence needs no padding', () => {
    expect(formatReplyNumber('青連第{連番}号', 2026, 12)).toBe('青連第12号');
    expect(formatReplyNumber('{元号}{年度}青連第{連番:3}号', 2026, 5)).toBe('R8青連第005号');
    expect(formatReplyNumber('{西暦年度}-{連番}', 2027, 1)).toBe('2027-1');
    expect(replySequenceKey(2026)).toBe('documents.replySequence.2026');
  });

  test('a format without {連番}, or with the cell separators, is refused by settingsProblems', () => {
    expect(validateReplyNumberFormat('青連第{連番}号')).toBeNull();
    expect(validateReplyNumberFormat('青連第号')).toContain('{連番}');
    expect(validateReplyNumberFormat('青連;{連番}')).toContain('「;」');
    expect(() => formatReplyNumber('青連第号', 2026, 1)).toThrow('{連番}');
    const problems = settingsProblems({ ...defaultSettings(), replyNumberFormat: '第号' });
    expect(problems).toEqual([expect.stringContaining('文書番号の書式')]);
    expect(settingsProblems(defaultSettings())).toEqual([]);
  });

  test('the cell keeps one number per kind; a bare number typed by hand serves either kind', () => {
    const cell = withReplyNumber('', '回答書（不採択）', '青連第1号');
    expect(cell).toBe('回答書（不採択）:青連第1号');
    const both = withReplyNumber(cell, '回答書（採択）', '青連第2号');
    expect(both).toBe('回答書（不採択）:青連第1号;回答書（採択）:青連第2号');
    expect(replyNumberOf(both, '回答書（採択）')).toBe('青連第2号');
    expect(replyNumberOf("'回答書(不採択)：青連第1号", '回答書（不採択）')).toBe('青連第1号');
    expect(replyNumberOf('青連第9号', '回答書（採択）')).toBe('青連第9号');
    expect(replyNumberOf('', '回答書（採択）')).toBe('');
    expect(replyNumberOf('回答書（不採択）:青連第1号', '回答書（採択）')).toBe('');
  });
});

describe('versions and names', () => {
  test('the 文書の版 cell gives the next version of each kind', () => {
    const cell = '事業連携協定書:2;回答書（採択）:1';
    expect(nextVersion(cell, '事業連携協定書')).toBe(3);
    expect(nextVersion(cell, '回答書（採択）')).toBe(2);
    expect(nextVersion(cell, '包括連携協定書')).toBe(1);
    expect(nextVersion('', '事業連携協定書')).toBe(1);
    expect(latestVersion(undefined, '回答書（不採択）')).toBe(0);
  });

  test('the cell is read as people may retype it', () => {
    const typed = "'回答書(採択)：3、 事業連携協定書 : v2\n事業連携協定書:1；メモ";
    expect(readVersions(typed)).toEqual(
      new Map([
        ['回答書(採択)', 3],
        ['事業連携協定書', 2],
      ]),
    );
    expect(nextVersion(typed, '回答書（採択）')).toBe(4);
  });

  test('recording a version keeps the other kinds and spells labels as the add-on does', () => {
    const labels = DOCUMENT_KINDS.map((k) => k.label);
    expect(withVersion('', '事業連携協定書', 1, labels)).toBe('事業連携協定書:1');
    expect(withVersion('事業連携協定書:1', '回答書（採択）', 1, labels)).toBe(
      '事業連携協定書:1;回答書（採択）:1',
    );
    expect(withVersion('回答書(採択)：1、事業連携協定書:1', '事業連携協定書', 2, labels)).toBe(
      '回答書（採択）:1;事業連携協定書:2',
    );
  });

  test('names carry case, kind and version; folders case and organisation', () => {
    expect(versionedName('R8-0001', '事業連携協定書', 2)).toBe('R8-0001_事業連携協定書_v2');
    expect(pdfName('R8-0001_回答書（採択）_v2')).toBe('R8-0001_回答書（採択）_v2.pdf');
    expect(caseFolderName('R8-0001', '株式会社あお/もり')).toBe('R8-0001 株式会社あお もり');
  });
});

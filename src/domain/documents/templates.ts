/**
 * The default templates setup creates, as data: the wording of the five documents (the city's
 * standard clauses, the 甲/乙 party block, the signature table) with {{placeholders}}. Cities edit
 * the generated Google Docs afterwards, but the defaults are meant to be signed as they are
 * (issue 12): 甲 and 乙 with their addresses and representatives, the clauses a municipal
 * agreement carries (反社会的勢力の排除, 協定の変更, 協定の解除, 公表 — worded for this project),
 * 連携事項 numbered (1), (2)…, dates in 和暦 and the 記名押印 block. Reply letters carry the
 * 文書番号, the date, the representative as addressee and the mayor as sender. Clauses are
 * numbered here (第1条…) from their order, so adding a clause renumbers the rest; no clause cites
 * another by number for that reason.
 */
import type { DocumentKindId } from './kinds';

export type Align = 'left' | 'center' | 'right';

export type TemplateBlock =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; align?: Align }
  | { type: 'listItem'; text: string }
  | { type: 'table'; rows: string[][] }
  | { type: 'blank' };

export interface TemplateDefinition {
  kind: DocumentKindId;
  /** '' for none. Agreements have none: every placeholder there costs calls at each generation. */
  header: string;
  footer: string;
  blocks: TemplateBlock[];
}

/** The clause captions every default agreement carries (docs/domain.md: standard clauses). */
export const STANDARD_CLAUSES = [
  '目的',
  '連携事項',
  '役割分担',
  '費用負担',
  '秘密保持',
  '個人情報の保護',
  '知的財産',
  '公表',
  '反社会的勢力の排除',
  '協定の変更',
  '協定の解除',
  '有効期間',
  '協議',
] as const;

interface Clause {
  caption: string;
  text: string;
  /** Paragraphs or list items that follow the clause's first sentence. */
  more?: TemplateBlock[];
}

const p = (text: string, align?: Align): TemplateBlock => ({ type: 'paragraph', text, align });
const BLANK: TemplateBlock = { type: 'blank' };
/** Japanese documents separate a clause number from its text with a full-width space. */
const FULL_WIDTH_SPACE = '\u3000';

function numbered(clauses: Clause[]): TemplateBlock[] {
  return clauses.flatMap((c, i) => [
    { type: 'heading', text: `（${c.caption}）` } as TemplateBlock,
    p(`第${i + 1}条${FULL_WIDTH_SPACE}${c.text}`),
    ...(c.more ?? []),
  ]);
}

const PARTIES = '{{自治体名}}（以下「甲」という。）と{{事業者名}}（以下「乙」という。）は、';

/** 記名押印: each party's address, name and representative, the seal beside the name. */
const SIGNATURES: TemplateBlock[] = [
  p('本協定の締結を証するため、本書2通を作成し、甲乙記名押印の上、各自その1通を保有する。'),
  BLANK,
  p('{{締結日}}'),
  {
    type: 'table',
    rows: [
      ['甲', '所在地', '{{自治体所在地}}'],
      ['', '名称', '{{自治体名}}'],
      ['', '代表者', '{{市長職氏名}}　印'],
      ['乙', '所在地', '{{所在地}}'],
      ['', '名称', '{{事業者名}}'],
      ['', '代表者', '{{代表者}}　印'],
    ],
  },
];

const CONFIDENTIALITY: Clause = {
  caption: '秘密保持',
  text: '甲及び乙は、本協定に基づく連携事項の実施に当たり知り得た相手方の秘密を、相手方の書面による承諾なく第三者に開示し、又は漏えいしてはならない。本協定が終了した後も同様とする。',
};
const PERSONAL_DATA: Clause = {
  caption: '個人情報の保護',
  text: '甲及び乙は、本協定に基づく連携事項の実施に当たり個人情報を取り扱う場合は、個人情報の保護に関する法律その他の関係法令を遵守し、その適正な取扱いに万全を期すものとする。',
};
const INTELLECTUAL_PROPERTY: Clause = {
  caption: '知的財産',
  text: '本協定に基づく連携事項の実施により生じた知的財産権の帰属及び取扱いについては、甲乙協議の上、別に定める。第三者の知的財産権を取り扱う場合は、これを取り扱う者が関係法令を遵守し、その責任において適正に取り扱うものとする。',
};
const PUBLICITY: Clause = {
  caption: '公表',
  text: '甲及び乙は、本協定を締結したこと及び本協定に基づく連携事項の実施状況について、相互に内容を確認した上で、報道機関への発表、ホームページへの掲載その他の方法により公表することができる。',
  more: [
    p(
      '2　前項の公表は、秘密保持及び個人情報の保護に関する本協定の定めに反しない範囲で行うものとする。',
    ),
  ],
};
const ANTI_SOCIAL_FORCES: Clause = {
  caption: '反社会的勢力の排除',
  text: '甲及び乙は、相手方に対し、自ら又は自らの役員等が、暴力団員による不当な行為の防止等に関する法律（平成3年法律第77号）第2条第2号に規定する暴力団、同条第6号に規定する暴力団員その他これらに準ずる者（以下「反社会的勢力」という。）に該当しないこと及び反社会的勢力と社会的に非難されるべき関係を有しないことを表明し、将来にわたってこれを確約する。',
  more: [
    p(
      '2　甲又は乙は、相手方が前項の表明又は確約に反したことが判明したときは、何らの催告を要せず、直ちに本協定を解除することができる。',
    ),
    p(
      '3　前項の規定により本協定を解除した者は、これにより相手方に損害が生じた場合においても、その損害を賠償する責任を負わない。',
    ),
  ],
};
const AMENDMENT: Clause = {
  caption: '協定の変更',
  text: '本協定の内容を変更する必要が生じたときは、甲乙協議の上、書面により変更するものとする。',
};
const TERMINATION: Clause = {
  caption: '協定の解除',
  text: '甲又は乙は、相手方が本協定に定める義務を履行しないとき、又は連携事項の継続が困難となったときは、相手方に対し、書面により通知することにより本協定を解除することができる。この場合において、解除しようとする者は、あらかじめ相手方と協議するよう努めるものとする。',
  more: [
    p(
      '2　本協定が解除された場合においても、秘密保持及び個人情報の保護に関する本協定の定めは、なおその効力を有する。',
    ),
  ],
};
/** The clauses every agreement ends with, in this order, before 有効期間 and 協議. */
const CLOSING: Clause[] = [PUBLICITY, ANTI_SOCIAL_FORCES, AMENDMENT, TERMINATION];

const TERM: Clause = {
  caption: '有効期間',
  text: '本協定の有効期間は、{{締結日}}から{{満了日}}までとする。期間満了後も連携を継続する場合は、甲乙協議の上、本協定を更新するものとする。',
};
const CONSULTATION: Clause = {
  caption: '協議',
  text: '本協定に定めのない事項又は本協定に関し疑義が生じた事項については、甲乙協議の上、定めるものとする。',
};
const ROLES: Clause = {
  caption: '役割分担',
  text: '前条に掲げる事項の実施に当たっての甲及び乙の役割分担は、次のとおりとする。',
  more: [p('{{役割分担}}')],
};
const COSTS_OWN_SHARE: Clause = {
  caption: '費用負担',
  text: '本協定に基づく連携は、反対給付を伴わないものとし、連携事項の実施に要する費用は、甲乙協議の上別に定めるものを除き、各自が負担する。',
};

/** 第1条 (目的): why the parties work together, followed by the goal they share. */
const purpose = (text: string): Clause => ({ caption: '目的', text, more: [p('{{目標}}')] });

/** An agreement: its title, the parties and what they agree on, the clauses, the signatures. */
function agreement(
  kind: DocumentKindId,
  title: string,
  preamble: string,
  clauses: Clause[],
): TemplateDefinition {
  return {
    kind,
    header: '',
    footer: '',
    blocks: [
      { type: 'title', text: title },
      p(`${PARTIES}${preamble}`),
      ...numbered(clauses),
      ...SIGNATURES,
    ],
  };
}

const partnershipAgreement = agreement(
  'partnershipAgreement',
  '「{{件名}}」に関する事業連携協定書',
  '「{{件名}}」に関し、次のとおり事業連携協定（以下「本協定」という。）を締結する。',
  [
    purpose(
      '本協定は、甲及び乙が対等な立場で相互に連携し、次の目標を共有して取り組むことにより、地域課題の解決と市民サービスの向上を図ることを目的とする。',
    ),
    {
      caption: '連携事項',
      text: '甲及び乙は、前条の目的を達成するため、次に掲げる事項について連携し、協力する。',
      more: [p('{{連携事項}}')],
    },
    ROLES,
    COSTS_OWN_SHARE,
    CONFIDENTIALITY,
    PERSONAL_DATA,
    INTELLECTUAL_PROPERTY,
    ...CLOSING,
    TERM,
    CONSULTATION,
  ],
);

const comprehensiveAgreement = agreement(
  'comprehensiveAgreement',
  '{{自治体名}}と{{事業者名}}との包括連携協定書',
  '「{{件名}}」の提案を契機として、相互の連携を強化し、幅広い分野において協働するため、次のとおり包括連携協定（以下「本協定」という。）を締結する。',
  [
    purpose(
      '本協定は、甲及び乙が緊密な相互連携と協働により、次の目標を共有して取り組むことで、地域の一層の活性化と市民サービスの向上を図ることを目的とする。',
    ),
    {
      caption: '連携事項',
      text: '甲及び乙は、前条の目的を達成するため、次に掲げる分野において連携し、協力する。',
      more: [
        p('{{連携事項}}'),
        p('2　前項各号に掲げる分野における具体的な取組は、甲乙協議の上、個別に定めるものとする。'),
      ],
    },
    ROLES,
    COSTS_OWN_SHARE,
    CONFIDENTIALITY,
    PERSONAL_DATA,
    INTELLECTUAL_PROPERTY,
    ...CLOSING,
    TERM,
    CONSULTATION,
  ],
);

const pocAgreement = agreement(
  'pocAgreement',
  '実証実験に関する協定書（{{件名}}）',
  '乙が実施する「{{件名}}」（以下「本実証実験」という。）に関し、次のとおり協定（以下「本協定」という。）を締結する。',
  [
    purpose(
      '本協定は、甲が乙の実施する本実証実験を支援し、甲及び乙が連携して次の目標の達成に取り組むことにより、地域課題の解決を図ることを目的とする。',
    ),
    {
      caption: '連携事項',
      text: '本実証実験の内容及び甲乙の連携事項は、次のとおりとする。',
      more: [
        p('{{連携事項}}'),
        p('2　本実証実験の実施期間は、{{実証開始日}}から{{実証終了日}}までとする。'),
      ],
    },
    {
      ...ROLES,
      more: [
        p('{{役割分担}}'),
        p(
          '2　本実証実験は乙の責任において実施し、乙は、本実証実験により得られたデータの検証を行う。',
        ),
      ],
    },
    { caption: '費用負担', text: '本実証実験の実施に要する費用は、乙の負担とする。' },
    {
      caption: '報告',
      text: '乙は、本実証実験の終了後{{報告書提出日数}}日以内に、その結果及び検証の内容を取りまとめた報告書を甲に提出するものとする。',
    },
    CONFIDENTIALITY,
    PERSONAL_DATA,
    INTELLECTUAL_PROPERTY,
    {
      caption: '損害の責任',
      text: '乙は、本実証実験の実施に当たり第三者に損害を与えた場合は、甲に故意又は重大な過失がある場合を除き、その責任において解決するものとする。',
    },
    ...CLOSING,
    TERM,
    CONSULTATION,
  ],
);

/**
 * 文書番号 and date at the top right, the applicant's organisation and representative (or contact
 * person) as addressee, the mayor as sender with （公印省略） when 設定 says so.
 */
const REPLY_OPENING: TemplateBlock[] = [
  p('{{文書番号}}', 'right'),
  p('{{作成日}}', 'right'),
  BLANK,
  p('{{事業者名}}'),
  p('{{宛名}}　様'),
  BLANK,
  p('{{市長職氏名}}', 'right'),
  p('{{公印省略}}', 'right'),
  BLANK,
  { type: 'title', text: '公民連携のご提案に対する回答について' },
];

const REPLY_CONTACT: TemplateBlock[] = [
  p('問合せ先　{{デスク名}}（{{担当部署}}）'),
  p('{{住所}}　電話 {{電話番号}}'),
  BLANK,
  p('以上', 'right'),
];

/** A reply letter: the case number in the header, the desk in the footer, the answer between. */
function reply(kind: DocumentKindId, answer: TemplateBlock[]): TemplateDefinition {
  return {
    kind,
    header: '{{案件番号}}',
    footer: '{{デスク名}}',
    blocks: [...REPLY_OPENING, ...answer, ...REPLY_CONTACT],
  };
}

const replyAccepted = reply('replyAccepted', [
  p(
    '{{受付日}}付けでご提案いただきました「{{件名}}」（受付番号 {{案件番号}}）について、庁内で検討した結果、下記のとおり回答します。',
  ),
  p('記', 'center'),
  p('1　回答　採択（{{自治体名}}と連携して実施します）'),
  p(
    '2　今後の進め方　事業担当課を交えて、実施内容、役割分担及び協定の締結について協議させていただきます。',
  ),
]);

const replyDeclined = reply('replyDeclined', [
  p(
    '{{受付日}}付けでご提案いただきました「{{件名}}」（受付番号 {{案件番号}}）について、庁内で慎重に検討いたしましたが、誠に残念ながら、今回は採択を見送ることとしましたので、下記のとおり回答します。',
  ),
  p(
    'ご提案いただいた内容は、今後の施策の検討の参考とさせていただきます。{{自治体名}}の公民連携へのご理解とご協力に感謝申し上げます。',
  ),
  p('記', 'center'),
  p('1　回答　不採択'),
  p('2　理由'),
  p('{{回答理由}}'),
]);

export const DEFAULT_TEMPLATES: Readonly<Record<DocumentKindId, TemplateDefinition>> = {
  replyAccepted,
  replyDeclined,
  partnershipAgreement,
  comprehensiveAgreement,
  pocAgreement,
};

/** Every text of a template, in document order (header and footer first), for checks. */
export function templateTexts(template: TemplateDefinition): string[] {
  return [
    template.header,
    template.footer,
    ...template.blocks.flatMap((b) =>
      b.type === 'table' ? b.rows.flat() : b.type === 'blank' ? [] : [b.text],
    ),
  ];
}

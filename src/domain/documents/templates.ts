/**
 * The building blocks of the default templates setup creates, as data (each kind's own wording is
 * its row of kindTable.ts): the city's standard clauses, the 甲/乙 party block, the signature
 * table, the reply letter's frame, with {{placeholders}}. Cities edit
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

export interface Clause {
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

export const CONFIDENTIALITY: Clause = {
  caption: '秘密保持',
  text: '甲及び乙は、本協定に基づく連携事項の実施に当たり知り得た相手方の秘密を、相手方の書面による承諾なく第三者に開示し、又は漏えいしてはならない。本協定が終了した後も同様とする。',
};
export const PERSONAL_DATA: Clause = {
  caption: '個人情報の保護',
  text: '甲及び乙は、本協定に基づく連携事項の実施に当たり個人情報を取り扱う場合は、個人情報の保護に関する法律その他の関係法令を遵守し、その適正な取扱いに万全を期すものとする。',
};
export const INTELLECTUAL_PROPERTY: Clause = {
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
export const CLOSING: Clause[] = [PUBLICITY, ANTI_SOCIAL_FORCES, AMENDMENT, TERMINATION];

export const TERM: Clause = {
  caption: '有効期間',
  text: '本協定の有効期間は、{{締結日}}から{{満了日}}までとする。期間満了後も連携を継続する場合は、甲乙協議の上、本協定を更新するものとする。',
};
export const CONSULTATION: Clause = {
  caption: '協議',
  text: '本協定に定めのない事項又は本協定に関し疑義が生じた事項については、甲乙協議の上、定めるものとする。',
};
export const ROLES: Clause = {
  caption: '役割分担',
  text: '前条に掲げる事項の実施に当たっての甲及び乙の役割分担は、次のとおりとする。',
  more: [p('{{役割分担}}')],
};
export const COSTS_OWN_SHARE: Clause = {
  caption: '費用負担',
  text: '本協定に基づく連携は、反対給付を伴わないものとし、連携事項の実施に要する費用は、甲乙協議の上別に定めるものを除き、各自が負担する。',
};

/** 第1条 (目的): why the parties work together, followed by the goal they share. */
export const purposeClause = (text: string): Clause => ({
  caption: '目的',
  text,
  more: [p('{{目標}}')],
});

/** An agreement: its title, the parties and what they agree on, the clauses, the signatures. */
export function agreementTemplate(
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

/**
 * 文書番号 and date at the top right, the applicant's organisation and representative (or contact
 * person) as addressee, the mayor as sender with （公印省略） when 設定 says so.
 */
/** A paragraph block (for the default templates of src/domain/documents/kindTable.ts). */
export const paragraph = p;

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
export function replyTemplate(kind: DocumentKindId, answer: TemplateBlock[]): TemplateDefinition {
  return {
    kind,
    header: '{{案件番号}}',
    footer: '{{デスク名}}',
    blocks: [...REPLY_OPENING, ...answer, ...REPLY_CONTACT],
  };
}

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

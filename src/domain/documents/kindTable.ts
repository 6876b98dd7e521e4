/**
 * The documents the desk generates, one row per kind: whether it is a reply letter or an
 * agreement, the 設定 item holding its template's id, the text saying when it may be made, the
 * placeholders it cannot be made without, and its default template. The kinds list (kinds.ts),
 * the settings (src/domain/settings.ts), the placeholders' requirements (placeholders.ts) and the
 * default templates are derived from this table. A new kind is a row here, its texts in
 * src/strings/documents.ts (label, 設定 row, refusal text) and its rule in DOCUMENT_RULES
 * (src/domain/workflow/processTable.ts): rules name statuses, which only the process table may write
 * (test/unit/process-table.test.ts).
 *
 * Value imports stay below the settings (strings and templates.ts only): settings.ts imports
 * this table.
 */
import { DOCUMENT_KIND_LABELS, DOCUMENT_MESSAGES, PLACEHOLDER_TEXT } from '../../strings/documents';
import {
  agreementTemplate,
  CLOSING,
  CONFIDENTIALITY,
  CONSULTATION,
  COSTS_OWN_SHARE,
  INTELLECTUAL_PROPERTY,
  paragraph as p,
  PERSONAL_DATA,
  purposeClause,
  replyTemplate,
  ROLES,
  TemplateDefinition,
  TERM,
} from './templates';

type KindId = keyof typeof DOCUMENT_KIND_LABELS;
type PlaceholderKey = keyof typeof PLACEHOLDER_TEXT;

export interface DocumentKindRow {
  /** 'reply': a letter to the applicant (文書番号, sent by mail); 'agreement': a 協定書. */
  readonly family: 'reply' | 'agreement';
  /** The 設定 item holding its template's Google Docs id (its row: DOCUMENT_TEMPLATE_SETTINGS). */
  readonly templateSetting: `template${string}`;
  /** When it can be made (its rule: DOCUMENT_RULES), as the refusal says it. */
  readonly when: string;
  /** The placeholders it cannot be made without (placeholders.ts). */
  readonly requires: readonly PlaceholderKey[];
  /** Lists that need at least this many entries. */
  readonly minimumEntries?: Readonly<Partial<Record<PlaceholderKey, number>>>;
  /** The default template setup makes when its 設定 id is blank. */
  readonly template: TemplateDefinition;
}

const partnershipAgreement = agreementTemplate(
  'partnershipAgreement',
  '「{{件名}}」に関する事業連携協定書',
  '「{{件名}}」に関し、次のとおり事業連携協定（以下「本協定」という。）を締結する。',
  [
    purposeClause(
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

const comprehensiveAgreement = agreementTemplate(
  'comprehensiveAgreement',
  '{{自治体名}}と{{事業者名}}との包括連携協定書',
  '「{{件名}}」の提案を契機として、相互の連携を強化し、幅広い分野において協働するため、次のとおり包括連携協定（以下「本協定」という。）を締結する。',
  [
    purposeClause(
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

const pocAgreement = agreementTemplate(
  'pocAgreement',
  '実証実験に関する協定書（{{件名}}）',
  '乙が実施する「{{件名}}」（以下「本実証実験」という。）に関し、次のとおり協定（以下「本協定」という。）を締結する。',
  [
    purposeClause(
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

const replyAccepted = replyTemplate('replyAccepted', [
  p(
    '{{受付日}}付けでご提案いただきました「{{件名}}」（受付番号 {{案件番号}}）について、庁内で検討した結果、下記のとおり回答します。',
  ),
  p('記', 'center'),
  p('1　回答　採択（{{自治体名}}と連携して実施します）'),
  p(
    '2　今後の進め方　事業担当課を交えて、実施内容、役割分担及び協定の締結について協議させていただきます。',
  ),
]);

const replyDeclined = replyTemplate('replyDeclined', [
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

const REPLY_NEEDS: PlaceholderKey[] = [
  'caseNumber',
  'title',
  'organisation',
  'addressee',
  'replyNumber',
  'receivedDate',
  'today',
  'cityName',
  'mayor',
  'deskName',
  'department',
  'address',
  'phone',
];
const AGREEMENT_NEEDS: PlaceholderKey[] = [
  'title',
  'organisation',
  'applicantAddress',
  'representative',
  'goal',
  'roleSplit',
  'partnershipItems',
  'agreementDate',
  'agreementEnd',
  'cityName',
  'cityAddress',
  'mayor',
];

export const DOCUMENT_KIND_TABLE = {
  replyAccepted: {
    family: 'reply',
    templateSetting: 'templateReplyAccepted',
    when: DOCUMENT_MESSAGES.whenReplyAccepted,
    requires: REPLY_NEEDS,
    template: replyAccepted,
  },
  replyDeclined: {
    family: 'reply',
    templateSetting: 'templateReplyDeclined',
    when: DOCUMENT_MESSAGES.whenReplyDeclined,
    requires: [...REPLY_NEEDS, 'replyReason'],
    template: replyDeclined,
  },
  partnershipAgreement: {
    family: 'agreement',
    templateSetting: 'templatePartnershipAgreement',
    when: DOCUMENT_MESSAGES.whenPartnership,
    requires: AGREEMENT_NEEDS,
    template: partnershipAgreement,
  },
  comprehensiveAgreement: {
    family: 'agreement',
    templateSetting: 'templateComprehensiveAgreement',
    when: DOCUMENT_MESSAGES.whenPartnership,
    requires: AGREEMENT_NEEDS,
    // Several fields of work: that is what makes it comprehensive.
    minimumEntries: { partnershipItems: 2 },
    template: comprehensiveAgreement,
  },
  pocAgreement: {
    family: 'agreement',
    templateSetting: 'templatePocAgreement',
    when: DOCUMENT_MESSAGES.whenPoc,
    requires: [...AGREEMENT_NEEDS, 'pocStart', 'pocEnd', 'reportDays'],
    template: pocAgreement,
  },
} satisfies Record<KindId, DocumentKindRow>;

/** The kinds in table order (the sidebar's, the 設定 rows', setup's). */
export const DOCUMENT_KIND_IDS = Object.keys(DOCUMENT_KIND_TABLE) as KindId[];

/** The 設定 keys of the templates (part of Settings, src/domain/settings.ts). */
export type TemplateSettingKey = (typeof DOCUMENT_KIND_TABLE)[KindId]['templateSetting'];

/** A row of the table, typed as a row. */
export function kindRow(id: KindId): DocumentKindRow {
  return DOCUMENT_KIND_TABLE[id];
}

export const DEFAULT_TEMPLATES = Object.fromEntries(
  DOCUMENT_KIND_IDS.map((id) => [id, kindRow(id).template]),
) as Readonly<Record<KindId, TemplateDefinition>>;

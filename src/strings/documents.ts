/** Japanese text of the documents feature; re-exported by src/strings.ts (the one place for strings). */
import type { DeskContact } from '../strings';

export const DOCUMENT_KIND_LABELS = {
  replyAccepted: '回答書（採択）',
  replyDeclined: '回答書（不採択）',
  partnershipAgreement: '事業連携協定書',
  comprehensiveAgreement: '包括連携協定書',
  pocAgreement: '実証実験に関する協定書',
} as const;

/** The 設定 row holding each kind's template id (label as in the sheet, its description). */
export const DOCUMENT_TEMPLATE_SETTINGS = {
  replyAccepted: {
    label: 'テンプレート: 回答書（採択）',
    description: 'Google ドキュメントのID（独自のテンプレートに差し替え可）',
  },
  replyDeclined: {
    label: 'テンプレート: 回答書（不採択）',
    description: 'Google ドキュメントのID',
  },
  partnershipAgreement: {
    label: 'テンプレート: 事業連携協定書',
    description: 'Google ドキュメントのID',
  },
  comprehensiveAgreement: {
    label: 'テンプレート: 包括連携協定書',
    description: 'Google ドキュメントのID',
  },
  pocAgreement: {
    label: 'テンプレート: 実証実験に関する協定書',
    description: 'Google ドキュメントのID',
  },
} as const satisfies Record<
  keyof typeof DOCUMENT_KIND_LABELS,
  { label: string; description: string }
>;

/** Where a placeholder's value is kept, as the missing-data message and docs/placeholders.md name it. */
export const PLACEHOLDER_PLACES = {
  register: '案件台帳',
  settings: '設定',
  computed: '自動',
} as const;

/**
 * Every placeholder a template may use: its name as typed in the template ({{name}}), what it
 * means, and where its value comes from (docs/placeholders.md is this list).
 */
export const PLACEHOLDER_TEXT = {
  caseNumber: {
    name: '案件番号',
    meaning: '案件番号（例: R8-0001）',
    source: '案件台帳「案件番号」',
  },
  title: { name: '件名', meaning: '提案の件名', source: '案件台帳「件名」' },
  organisation: {
    name: '事業者名',
    meaning: '提案者（乙）の法人・団体名',
    source: '案件台帳「事業者名」',
  },
  applicantAddress: {
    name: '所在地',
    meaning: '乙の所在地（協定書の乙の欄）',
    source: '案件台帳「所在地」（提案フォームの「所在地」）',
  },
  representative: {
    name: '代表者',
    meaning: '乙の代表者の職・氏名（協定書の署名欄）',
    source: '案件台帳「代表者（職・氏名）」（提案フォームの「代表者（役職・氏名）」）',
  },
  applicantName: {
    name: '担当者名',
    meaning: '提案者の担当者の氏名',
    source: '案件台帳「氏名」',
  },
  addressee: {
    name: '宛名',
    meaning: '回答書の宛名（代表者の職・氏名。空欄なら担当者の氏名）',
    source: '案件台帳「代表者（職・氏名）」（空欄なら「氏名」）',
  },
  replyNumber: {
    name: '文書番号',
    meaning: '回答書の文書番号（例: 青連第12号）。同じ案件・種類の回答書を作り直しても同じ番号',
    source: '自動（設定「文書番号の書式」と年度ごとの連番。案件台帳「文書番号」に記録）',
  },
  replyReason: {
    name: '回答理由',
    meaning: '不採択の理由（回答書に記載。内部のコメントとは別）',
    source: '案件台帳「回答理由」（不採択にするときサイドバーで入力）',
  },
  receivedDate: { name: '受付日', meaning: '提案の受付日（和暦）', source: '案件台帳「受付日時」' },
  goal: {
    name: '目標',
    meaning: '甲乙で共有する目標（協定の目的）',
    source: '案件台帳「目標（共有）」',
  },
  roleSplit: {
    name: '役割分担',
    meaning: '甲乙の役割分担（改行はそのまま改行になります）',
    source: '案件台帳「役割分担」',
  },
  partnershipItems: {
    name: '連携事項',
    meaning: '連携事項・実証実験の内容（1行に1項目、(1)、(2)…と番号が付きます）',
    source: '案件台帳「連携事項」',
  },
  agreementDate: {
    name: '締結日',
    meaning: '協定の締結日（和暦）',
    source: '案件台帳「協定締結日」',
  },
  agreementEnd: {
    name: '満了日',
    meaning: '協定の有効期間の末日（和暦）',
    source: '案件台帳「協定満了日」',
  },
  pocStart: {
    name: '実証開始日',
    meaning: '実証実験の開始日（和暦）',
    source: '案件台帳「希望開始」',
  },
  pocEnd: {
    name: '実証終了日',
    meaning: '実証実験の終了日（和暦）',
    source: '案件台帳「実証終了日」（空欄なら「希望終了」）',
  },
  reportDays: {
    name: '報告書提出日数',
    meaning: '実証終了から報告書提出までの日数',
    source: '設定「実証実験の報告書提出期限（終了後の日数）」',
  },
  today: {
    name: '作成日',
    meaning: '文書を作成した日（和暦、日本時間）',
    source: '自動（作成した日）',
  },
  version: {
    name: '版',
    meaning: '文書の版（1, 2, …）',
    source: '自動（同じ種類の文書を作るたびに増える）',
  },
  cityName: { name: '自治体名', meaning: '甲の名称（例: 青森市）', source: '設定「自治体名」' },
  cityAddress: {
    name: '自治体所在地',
    meaning: '甲の所在地（協定書の甲の欄）',
    source: '設定「自治体の所在地」',
  },
  mayor: {
    name: '市長職氏名',
    meaning: '甲の代表者の職・氏名（例: 青森市長　○○ ○○）。協定書の署名欄・回答書の発信者',
    source: '設定「市長の職名」と「市長名」',
  },
  mayorTitle: {
    name: '市長職名',
    meaning: '市長の職名（例: 青森市長）',
    source: '設定「市長の職名」',
  },
  mayorName: {
    name: '市長名',
    meaning: '市長の氏名',
    source: '設定「市長名」',
  },
  sealOmitted: {
    name: '公印省略',
    meaning: '「（公印省略）」。設定が「いいえ」なら何も入りません',
    source: '設定「公印省略」',
  },
  deskName: { name: 'デスク名', meaning: '窓口の名称（問合せ先）', source: '設定「デスク名」' },
  department: { name: '担当部署', meaning: '窓口の所属（問合せ先）', source: '設定「担当部署」' },
  address: { name: '住所', meaning: '窓口の住所（問合せ先）', source: '設定「住所」' },
  phone: { name: '電話番号', meaning: '窓口の電話番号（問合せ先）', source: '設定「電話番号」' },
} as const;

/** Fixed texts placeholders print. */
export const PLACEHOLDER_VALUES = {
  sealOmitted: '（公印省略）',
  /** Between 市長の職名 and 市長名. */
  titleNameSeparator: '\u3000',
  /** How an entry of 連携事項 is numbered in a plain paragraph: (1)、(2)… */
  itemNumber: (n: number) => `(${n})\u3000`,
} as const;

const ACCEPTED_DATES = '2026-07-01、2026/7/1、2026年7月1日、令和8年7月1日 または日付の値';

export const DOCUMENT_MESSAGES = {
  noFolderYet: (status: string) =>
    `ステータス「${status}」の案件には、まだ文書がないため案件フォルダを作りません（回答以降に作成します）。`,
  unknownKind: (kind: string) => `文書の種類「${kind}」はありません。`,
  notAvailable: (label: string, status: string, when: string) =>
    `「${label}」は現在のステータス「${status}」では作成できません（${when}）。`,
  whenReplyAccepted:
    'パートナーシップ事業・実証実験サポートの案件で「回答（可）」以降に作成できます',
  whenReplyDeclined: '「実施可否判断」または「不採択」の案件で作成できます',
  whenPartnership: 'パートナーシップ事業の案件で「回答（可）」以降に作成できます',
  whenPoc: '実証実験サポートの案件で「回答（可）」以降に作成できます',
  needsConfirmation: (label: string, status: string) =>
    `この案件はすでに「${status}」です（連携協定締結の後）。「${label}」を作り直す場合は、確認のうえもう一度実行してください。以前の版はそのまま残ります。`,
  missingHeader: (label: string) => `「${label}」を作成できません。次の項目を入力してください。`,
  missingItem: (field: string, place: string, reason: string) =>
    `・${place}「${field}」: ${reason}`,
  reasonBlank: '未入力',
  reasonBadDate: (text: string) =>
    `日付として読み取れません（「${text}」）。${ACCEPTED_DATES}で入力してください`,
  reasonEraDate: (text: string) => `和暦に変換できない日付です（「${text}」）`,
  reasonTooFewItems: (min: number) =>
    `包括連携協定は複数の分野にわたるため、${min}つ以上（1行に1つ）入力してください`,
  nothingCreated: '文書は作成していません。',
  templateNotSet: (setting: string) =>
    `設定「${setting}」が空欄です。「初期設定」を実行するか、テンプレートの Google ドキュメントのIDを入力してください。`,
  templateNotFound: (setting: string, id: string) =>
    `設定「${setting}」のテンプレート（ID: ${id}）を開けません。IDと共有設定を確認してください。`,
  templateNotDocument: (setting: string, id: string) =>
    `設定「${setting}」のテンプレート（ID: ${id}）は Google ドキュメントとして開けません。Word や PDF の場合は Google ドキュメントに変換してから、そのIDを入力してください。`,
  invalidRequest: '文書の作成の指定が正しくありません。サイドバーを開き直してください。',
  folderNotSet:
    '設定「文書フォルダID」が空欄です。「初期設定」を実行するか、Google ドライブのフォルダIDを入力してください。',
  folderNotFound: (id: string) =>
    `設定「文書フォルダID」のフォルダ（ID: ${id}）を開けません。IDと共有設定を確認してください。`,
  placeholderProblems: (label: string) =>
    `テンプレート「${label}」に埋められない差し込み項目があるため、作成を中止しました（作りかけの文書は削除しました）。`,
  unknownPlaceholders: (names: string[]) =>
    `・このアドオンが知らない差し込み項目: ${names.map((n) => `{{${n}}}`).join('、')}（差し込み項目一覧 docs/placeholders.md を参照）`,
  unfilledPlaceholders: (names: string[]) =>
    `・この案件では値が空の差し込み項目: ${names.map((n) => `{{${n}}}`).join('、')}`,
  leftoverPlaceholders: (names: string[]) =>
    `・置き換えられなかった差し込み項目（書式の途中で分かれている可能性があります。テンプレートで入力し直してください）: ${names.join('、')}`,
  caseMoved: (row: number, expected: string) =>
    `${row}行目の案件が ${expected} ではありません（並べ替えや削除の可能性があります）。案件を選び直してください。`,
  noCaseSelected: '案件台帳で案件の行を選んでから実行してください。',
  generated: (name: string, documentUrl: string, pdfUrl: string) =>
    `「${name}」を作成しました。\n\n文書: ${documentUrl}\nPDF: ${pdfUrl}`,
  historyGenerated: (name: string, documentUrl: string, pdfUrl: string) =>
    `文書作成: ${name}\n${documentUrl}\nPDF: ${pdfUrl}`,
  notAReply: (label: string) => `「${label}」は回答書ではないため、メールで送れません。`,
  noReplyYet: (label: string) => `「${label}」がまだ作成されていません。先に作成してください。`,
  noApplicantEmail: '案件台帳の「メールアドレス」が空欄または正しくないため、送信できません。',
  mailFailed: (to: string) =>
    `${to} への送信に失敗しました（送信数の上限の可能性があります）。時間をおいてもう一度お試しください。`,
  historyReplySent: (name: string, to: string) => `回答書を送付: ${name}（${to}）`,
  replySent: (to: string) => `${to} へ回答書を送信しました。`,
  pdfFailed: (name: string) =>
    `「${name}」のPDFを保存できなかったため、作成を中止しました（作りかけの文書は削除しました）。時間をおいてもう一度お試しください。`,
  driveUnavailable:
    'Google ドライブが一時的に応答しませんでした。何も失われていません。少し待ってから、同じボタンをもう一度押してください。',
  historyReplyResent: (name: string, to: string) =>
    `回答書を送付: ${name}（${to}）※前回の送信が完了したか確認できなかったため、もう一度送信しました（重複して届いた可能性があります）`,
  historyReplyUnconfirmed: (name: string, to: string) =>
    `回答書の送付が完了したか確認できません: ${name}（${to}）。届いていない場合は、もう一度送信してください`,
  replyNumberNoSequence: (format: string) =>
    `文書番号の書式に {連番} がありません: ${format}（例: 青連第{連番}号）`,
  replyNumberBadCharacter: (format: string) =>
    `文書番号の書式に「:」「;」や改行は使えません: ${format}`,
  pdfMissing: (name: string) =>
    `回答書のPDF「${name}」が案件フォルダに見つかりません。回答書を作成し直してください。`,
};

export const DOCUMENT_NAMES = {
  rootFolder: (deskName: string) => `${deskName} 文書`,
  templatesFolder: 'テンプレート',
  template: (label: string) => `【テンプレート】${label}`,
  caseFolder: (caseNumber: string, organisation: string) => `${caseNumber} ${organisation}`.trim(),
  version: (caseNumber: string, label: string, version: number) =>
    `${caseNumber}_${label}_v${version}`,
  /** The attachment the applicant receives: no internal version suffix. */
  sentReply: (caseNumber: string) => `${caseNumber}_回答書.pdf`,
};

export const REPLY_MAIL = {
  subject: (deskName: string, caseNumber: string) =>
    `【${deskName}】ご提案への回答（受付番号 ${caseNumber}）`,
  body: (p: {
    organisation: string;
    name: string;
    caseNumber: string;
    title: string;
    contact: DeskContact;
  }) =>
    [
      p.organisation,
      `${p.name} 様`,
      '',
      `受付番号 ${p.caseNumber}（件名: ${p.title}）のご提案について、回答書をお送りします。`,
      '添付のPDFをご確認ください。',
      '',
      '――――――――――――――――――――',
      `${p.contact.deskName}（${p.contact.department}）`,
      p.contact.address,
      `電話 ${p.contact.phone}`,
      ...(p.contact.email ? [`メール ${p.contact.email}`] : []),
    ].join('\n'),
};

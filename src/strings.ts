/**
 * Every text a person sees — menus, dialogs, sheet headers, form questions, emails — in one place,
 * Japanese by default. Functions take the values they print; they never read a Google service.
 */

// Each feature's texts live beside this file, in src/strings/<feature>.ts.
export * from './strings/workflow';
export * from './strings/reminders';
export * from './strings/documents';
export * from './strings/sidebar';
export * from './strings/publication';
export * from './strings/statistics';

export const APP_NAME = '公民連携デスク';

export const MENU = {
  title: '公民連携',
  setup: '初期設定',
  wizard: '初期設定ウィザード',
  refreshChallenges: '課題一覧をフォームに反映',
  recover: '未登録の回答を登録',
  applySettings: '設定を反映',
  triggerStatus: 'トリガーの状態',
  takeOverTriggers: 'トリガーを引き継ぐ',
  limited: '公民連携デスクを有効にする',
  changeStatus: 'ステータスを変更',
  assignDepartment: '担当課を割り当て',
  addDialogue: '対話記録を追加',
  registerPreConsultation: '事前相談を登録',
  generateDocument: '協定書・回答書を作成',
  createDisclosureRecord: '情報公開用の案件記録を作成',
  runSweepNow: '期限確認を今すぐ実行',
  previewSweep: '期限確認の送信予定を表示',
  refreshPublication: '公開一覧を更新',
  refreshStatistics: '統計を更新',
  createAnnualReport: '年次報告を作成',
  searchCases: '案件を検索',
  refreshPartners: '事業者一覧を更新',
} as const;

export const SHEET = {
  register: '案件台帳',
  history: '履歴',
  settings: '設定',
  departments: '担当課',
  challenges: '課題一覧',
  longText: '長文保管',
  dialogues: '対話記録',
  sentLog: '送信記録',
  partners: '事業者',
} as const;

/** Form question titles; the intake reads answers by these titles. */
export const Q = {
  organisation: '所属（法人・団体名）',
  // Issue 12: printed in the agreement's 乙 block and the reply letter's address.
  address: '所在地',
  representative: '代表者（役職・氏名）',
  applicantType: '事業者区分',
  name: '氏名（ご担当者）',
  email: 'メールアドレス',
  phone: '電話番号',
  title: '件名',
  proposalKind: '提案区分',
  challenge: '課題（課題提案の場合）',
  method: '連携手法',
  content: '提案内容',
  roles: '市に求める役割',
  periodStart: '希望する実施期間（開始）',
  periodEnd: '希望する実施期間（終了）',
  personalData: '個人情報の取扱い',
  preConsultation: '事前相談の希望',
  attachments: '資料のURL（任意）',
  consent: '留意事項への同意',
  publicationConsent: '公開への同意',
} as const;

export const CHOICES = {
  applicantType: ['民間企業', '大学等', '団体（NPO・社団法人等）', '個人事業主', '個人'],
  proposalKind: ['自由提案', '課題提案'],
  method: [
    'パートナーシップ事業',
    '実証実験サポート',
    '企業版ふるさと納税',
    '公有財産の利活用',
    '指定管理者制度',
    'ネーミングライツ',
    '広告事業',
    'その他',
  ],
  roles: [
    '実証フィールドの提供・斡旋',
    '行政データの提供',
    'PR機会の提供',
    '規制緩和の検討',
    '活動拠点の提供（AOMORI STARTUP CENTER）',
    '庁内関係課との調整',
    'その他',
  ],
  personalData: ['取り扱う', '取り扱わない', '未定'],
  preConsultation: ['希望する', '希望しない'],
  consent: '留意事項を確認し、同意します',
  challengeOpen: '募集中',
  challengeClosed: '終了',
} as const;

/** The guideline's 留意事項, shown in full on the form before the consent question. */
export const NOTES_TO_APPLICANTS = [
  '本制度は、連携事業の実施が可能な民間企業や団体等からの提案を受け付けるものであり、個人（個人事業主を除く）からの提案は対象外となります。',
  '連携事業の実施に当たって、個人情報等の保護すべき情報を取り扱う場合や第三者の知的財産権を取り扱う場合は、関係法令等を遵守し、その取扱いに万全の対策を講じてください。なお、提案者においてトラブルが生じた場合は、市に故意又は重過失がある場合を除き、市は一切の責任を負いません。',
  '提案の採否にかかわらず、市は提案及び調整に係る一切の費用の補償や賠償をしません。',
  '本制度は、事業者等が有する知見や技術等を活用した提案を広く募集することを目的としたものであり、提案の性質等によっては入札又は公募の手続きを経る場合があります。公募等の仕様の作成に当たって、提案者から得た情報を利用させていただく場合がありますが、提案者独自の権利やノウハウ等に抵触し、不都合が生じる情報には、その利用につき協議・配慮いたします。',
  '提案から実施の過程で市から提供のあった情報は、その秘密を保持し、第三者へ提供は不可とします。',
  '職員が職務上作成し、又は取得した文書等は、情報公開の対象となっていることから、開示請求があった場合、特定の個人を識別することができる情報等を除き、原則開示の対象となります。開示内容の検討に当たっては、提案者の正当な利益を害するおそれがある情報等の意見を伺います。',
];

export const FORM = {
  title: (deskName: string) => `${deskName} 提案フォーム`,
  description: (c: DeskContact) =>
    [
      '行政課題や地域課題の解決につながる連携事業のご提案をお待ちしております。',
      '所属、氏名、連絡先、件名・内容など必要事項をご入力ください。送信後、受付番号を記載した受付メールをお送りします。',
      '',
      `お問合せ: ${c.deskName}（${c.department}）`,
      `${c.address} 電話 ${c.phone}`,
    ].join('\n'),
  notesHeader: '留意事項',
  notesHelp: () => NOTES_TO_APPLICANTS.map((n) => `・${n}`).join('\n'),
  confirmation: '送信ありがとうございました。受付メールをお送りしますので、ご確認ください。',
  emailHelp: '受付メールと今後のご連絡をこのアドレスにお送りします。',
  phoneHelp: '半角数字とハイフンでご入力ください（例: 03-1234-5678）。',
  emailInvalid: 'メールアドレスの形式でご入力ください。',
  phoneInvalid: '電話番号は半角数字とハイフンでご入力ください。',
  applicantTypeHelp: '個人（個人事業主を除く）からの提案は対象外となります。',
  addressHelp:
    '法人・団体の所在地（本店・主たる事務所）をご記入ください。協定書・回答書に記載します。',
  representativeHelp:
    '法人・団体の代表者の役職と氏名をご記入ください（例: 代表取締役 ○○ ○○）。協定書の署名欄と回答書の宛名になります。個人事業主の方は空欄で構いません。',
  challengeHelp: '課題提案の場合は、課題一覧から選択してください。',
  attachmentsHelp:
    '資料がある場合は、共有リンク（Google ドライブ等）をご記入ください。フォームからのファイル送付はできません。',
  contentHelp: '目的、内容、期待される効果、事業者等と市の役割分担などをご記入ください。',
  noChallenges: '（現在募集中の課題はありません）',
} as const;

export interface DeskContact {
  deskName: string;
  department: string;
  address: string;
  phone: string;
  email: string;
}

export const REGISTER_HEADERS = {
  caseNumber: '案件番号',
  receivedAt: '受付日時',
  status: 'ステータス',
  statusChangedAt: 'ステータス変更日',
  dueDate: '期限',
  track: '連携手法',
  proposalKind: '提案区分',
  challenge: '課題',
  title: '件名',
  content: '提案内容',
  organisation: '事業者名',
  applicantType: '事業者区分',
  name: '氏名',
  email: 'メールアドレス',
  phone: '電話番号',
  roles: '市に求める役割',
  periodStart: '希望開始',
  periodEnd: '希望終了',
  personalData: '個人情報',
  preConsultation: '事前相談',
  attachments: '資料URL',
  consent: '同意',
  review: '要確認',
  reviewReasons: '確認事項',
  ineligibleReason: '対象外理由',
  department: '担当課',
  departmentDue: '担当課期限',
  owner: 'デスク担当',
  lastDialogueAt: '最終対話日',
  goal: '目標（共有）',
  roleSplit: '役割分担',
  pocChecklist: '実施準備チェック',
  pocEnd: '実証終了日',
  reportDue: '報告書期限',
  representative: '代表者（職・氏名）',
  partnershipItems: '連携事項',
  agreementDate: '協定締結日',
  agreementEnd: '協定満了日',
  folder: '案件フォルダ',
  latestDocument: '最新文書',
  latestPdf: '最新PDF',
  documentVersions: '文書の版',
  receipt: '受付通知',
  source: '受付経路',
  responseKey: '回答キー',
  publicationConsent: '公開への同意',
  publication: '公開可否',
  publicSummary: '公開概要',
  publishedOn: '公開日',
  organisationKey: '事業者キー',
  // Issue 12: columns are appended here, never inserted, so a desk in use keeps its layout.
  address: '所在地',
  replyReason: '回答理由',
  replyNumber: '文書番号',
  proposalReceivedOn: '提案書受領日',
  proposalFileUrl: '提案書URL',
  reportReceivedOn: '報告書受領日',
  reportFileUrl: '報告書URL',
  departmentAnswer: '担当課回答',
  departmentAnsweredAt: '担当課回答日時',
} as const;

/**
 * 操作ID: the idempotency key of the action that wrote the row (a sidebar request id, an edit's
 * key): a retry finds it and completes the first attempt instead of repeating it.
 */
export const HISTORY_HEADERS = [
  '日時',
  '実行者',
  '案件番号',
  '変更前',
  '変更後',
  'コメント',
  '操作ID',
];
export const SETTINGS_HEADERS = ['項目', '値', '説明'];
export const DEPARTMENT_HEADERS = ['担当課', 'メールアドレス', '担当者', '備考'];
export const CHALLENGE_HEADERS = ['課題ID', 'タイトル', '担当課', '説明', '状態'];
export const LONG_TEXT_HEADERS = ['案件番号', '項目', '分割番号', '本文'];

export const VALUES = {
  yes: 'あり',
  no: '',
  review: '要確認',
  receiptPending: '未送信',
  receiptSent: '送信済',
  receiptNoAddress: '送信不可（アドレスなし）',
  sourceForm: 'フォーム',
  sourceRecovery: 'フォーム（復旧）',
  sourceStaff: 'デスク登録',
  ineligible: '対象外',
} as const;

export const REVIEW = {
  missing: (field: string) => `${field}が未入力です`,
  badEmail: 'メールアドレスの形式が正しくありません',
  badPhone: '電話番号の形式が正しくありません',
  noConsent: '留意事項への同意がありません',
  unknownChoice: (field: string, value: string) => `${field}「${value}」は選択肢にありません`,
  longText: (field: string) => `${field}が長いため全文を「${SHEET.longText}」シートに保存しました`,
  challengeMissing: '課題提案ですが課題が選択されていません',
  unknownQuestion: (title: string) => `フォームの質問「${title}」は台帳の項目にありません`,
  reversedPeriod: (start: string, end: string) =>
    `実施期間の終了日（${end}）が開始日（${start}）より前です`,
  deskNoticeFailed: 'デスク職員への新着通知メールを送信できませんでした',
};

export const INELIGIBLE = {
  individual: '個人（個人事業主を除く）からの提案は対象外です（ガイドライン「留意事項」）',
};

export const LONG_TEXT_NOTE = (chars: number) =>
  `【長文のため全文は「${SHEET.longText}」シートに保存（${chars}文字）】\n`;

/** The intake's note on a repeat proposer (src/domain/partners.ts PartnerMatch). */
export interface PartnerNote {
  earlier: number;
  caseNumbers: string[];
  similarOpen: Array<{ caseNumber: string; title: string; status: string }>;
}

export const MAIL = {
  receiptSubject: (caseNumber: string, deskName: string) =>
    `【${deskName}】ご提案を受け付けました（受付番号 ${caseNumber}）`,
  receiptBody: (p: {
    name: string;
    organisation: string;
    caseNumber: string;
    title: string;
    contact: DeskContact;
    /** Paragraphs by track and kind (src/domain/applicantNotice.ts receiptNotes). */
    notes?: string[][];
  }) =>
    [
      `${p.organisation}`,
      `${p.name} 様`,
      '',
      `このたびは${p.contact.deskName}へご提案いただき、ありがとうございます。`,
      '以下のとおり受け付けました。',
      '',
      `受付番号: ${p.caseNumber}`,
      `件名: ${p.title}`,
      '',
      ...(p.notes ?? []).flatMap((lines) => [...lines, '']),
      '今後の流れ:',
      '1. デスクで内容を確認し、必要に応じて対話の日程をご相談します。',
      '2. 庁内の関係課と調整のうえ、実施の可否をご回答します（調整にお時間をいただく場合があります）。',
      '3. 実施が困難と判断した場合は、検討の過程において早めにご回答します。',
      '',
      'お問合せの際は受付番号をお知らせください。',
      '',
      signature(p.contact),
    ].join('\n'),
  ineligibleSubject: (caseNumber: string, deskName: string) =>
    `【${deskName}】ご提案について（受付番号 ${caseNumber}）`,
  ineligibleBody: (p: { name: string; caseNumber: string; title: string; contact: DeskContact }) =>
    [
      `${p.name} 様`,
      '',
      `このたびは${p.contact.deskName}へご提案いただき、ありがとうございます。`,
      `受付番号 ${p.caseNumber}（件名: ${p.title}）の内容を確認いたしました。`,
      '',
      '誠に恐れ入りますが、本制度は連携事業の実施が可能な民間企業や団体等からのご提案を受け付けるものであり、',
      '個人（個人事業主を除く）からのご提案は対象外となっております。',
      '事業者・団体としてのご提案をいただける場合は、あらためてご提案ください。',
      '',
      signature(p.contact),
    ].join('\n'),
  deskSubject: (caseNumber: string, title: string, flagged: boolean) =>
    `${flagged ? '【要確認】' : ''}新しい提案 ${caseNumber}: ${title}`,
  deskBody: (p: {
    caseNumber: string;
    organisation: string;
    applicantType: string;
    title: string;
    method: string;
    status: string;
    reasons: string[];
    url: string;
    partner?: PartnerNote | null;
  }) =>
    [
      '提案フォームから新しい提案が届きました。',
      '',
      `案件番号: ${p.caseNumber}`,
      `事業者名: ${p.organisation}（${p.applicantType}）`,
      `件名: ${p.title}`,
      `連携手法: ${p.method}`,
      `ステータス: ${p.status}`,
      ...(p.reasons.length ? ['', '確認事項:', ...p.reasons.map((r) => `・${r}`)] : []),
      ...(p.partner ? ['', ...MAIL.partnerNote(p.partner)] : []),
      '',
      `案件台帳: ${p.url}`,
    ].join('\n'),
  /** For information (not 要確認): the organisation's earlier cases in the register. */
  partnerNote: (p: PartnerNote): string[] => [
    `参考（同じ事業者からの提案）: これまでに ${p.earlier} 件あります${
      p.caseNumbers.length
        ? `（${p.caseNumbers.join('、')}${p.earlier > p.caseNumbers.length ? ' ほか' : ''}）`
        : ''
    }。`,
    ...p.similarOpen.map(
      (c) => `・件名の似た進行中の案件: ${c.caseNumber}「${c.title}」（${c.status}）`,
    ),
  ],
  recoverySubject: (count: number) =>
    `【公民連携デスク】未登録だった回答 ${count} 件を登録しました`,
  recoveryBody: (caseNumbers: string[], url: string) =>
    [
      'フォームの回答のうち、案件台帳に未登録だったものを登録しました。',
      '',
      ...caseNumbers.map((n) => `・${n}`),
      '',
      `案件台帳: ${url}`,
    ].join('\n'),
  failureSubject: '【公民連携デスク】提案の受付処理でエラーが発生しました',
  failureBody: (message: string, url: string) =>
    [
      '提案フォームの回答を処理中にエラーが発生しました。',
      '回答はフォームの回答シートに保存されています。メニュー「公民連携 › 未登録の回答を登録」で登録できます。',
      '',
      `エラー: ${message}`,
      `スプレッドシート: ${url}`,
    ].join('\n'),
};

function signature(c: DeskContact): string {
  return [
    '――――――――――――――――――――',
    `${c.deskName}（${c.department}）`,
    c.address,
    `電話 ${c.phone}`,
    ...(c.email ? [`メール ${c.email}`] : []),
    '※このメールは送信専用のアドレスから送信している場合があります。',
  ].join('\n');
}

export const UI = {
  setupDone: (formUrl: string) =>
    `初期設定が完了しました。\n\n提案フォーム: ${formUrl}\n\n設定シートでデスクの連絡先と職員のメールアドレスをご確認ください。`,
  needsFullAuth:
    'このファイルで公民連携デスクを使うには、メニューから「公民連携デスクを有効にする」を選んでください。',
  notDeskStaff: (email: string) =>
    email
      ? `${email} は設定シートのデスク職員に登録されていないため、この操作はできません。`
      : 'ログイン中のユーザーを確認できないため、この操作はできません。',
  challengesRefreshed: (count: number) =>
    `フォームの課題の選択肢を更新しました（募集中 ${count} 件）。`,
  recovered: (count: number) =>
    count ? `未登録だった回答 ${count} 件を登録しました。` : '未登録の回答はありません。',
  settingsApplied: '設定を反映しました。',
  settingsRefused: (problems: readonly string[]) =>
    `設定に誤りがあるため反映していません（前の設定のまま動きます）。${problems.join(' ')}`,
  templatesPending: (count: number) =>
    `文書テンプレート ${count} 件は時間内に作成できませんでした。メニュー「公民連携 › 初期設定」を実行すると作成されます。`,
  triggersTakenOver: (email: string) => `トリガーを ${email} に引き継ぎました。`,
  triggerStatusTitle: 'トリガーの状態',
  noForm: '提案フォームがまだありません。先に「初期設定」を実行してください。',
  error: (message: string) => `エラーが発生しました: ${message}`,
  /** Toasts while a long menu operation runs; its result comes as an alert at the end. */
  working: {
    setup: '初期設定を実行しています（30秒ほどかかります）。終わると結果を表示します。',
    setupSheets: '初期設定：シートを準備しています…',
    setupForm: '初期設定：提案フォームを準備しています…',
    setupTriggers: '初期設定：トリガーを設定しています…',
    setupTemplates: '初期設定：書類のテンプレートを準備しています…',
    recover: '未登録の回答を確認しています。終わると結果を表示します。',
    sweep: '期限確認を実行しています。終わると結果を表示します。',
    publication: '公開一覧を更新しています。終わると結果を表示します。',
  },
};

export const TRIGGER_STATUS = {
  header: 'トリガーの状態',
  none: '（なし）',
  line: (p: { label: string; owner: string; installedAt: string; mine: boolean }) =>
    `・${p.label}: 所有者 ${p.owner}（${p.installedAt} 設定）${p.mine ? '' : ' ※あなたの一覧には表示されません'}`,
  missing: (label: string) => `・${label}: 未設定`,
  lastRun: (label: string, at: string, error: string) =>
    `  最終実行 ${at}${error ? ` / 最後のエラー: ${error}` : ' / エラーなし'}`,
  ownerGone: (owner: string) =>
    `※ 所有者 ${owner} が退職等でいなくなった場合は「トリガーを引き継ぐ」を実行してください。`,
  labels: {
    formSubmit: 'フォーム送信時（受付）',
    daily: '毎日の期限確認',
    change: '変更時（台帳・記録シートの列の挿入・削除・移動）',
  } as Record<string, string>,
};

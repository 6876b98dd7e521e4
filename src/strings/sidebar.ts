/**
 * Japanese text of the sidebar and the pre-consultation dialog (src/ui/). The pages' scripts import
 * this module directly, so esbuild inlines only what they show.
 */

export const SIDEBAR = {
  pageTitle: '案件の操作',
  loading: '読み込み中…',
  busy: '処理中…',
  noCase:
    '案件が選択されていません。案件台帳で案件の行を選んでから、メニューを開き直してください。',

  summary: '案件の概要',
  organisation: '事業者名',
  applicantName: '担当者',
  email: 'メールアドレス',
  track: '連携手法',
  owner: 'デスク担当',
  none: '（なし）',
  phone: '電話番号',
  proposalKind: '提案区分',
  challenge: '課題',
  roles: '市に求める役割',
  partnerCases: (count: number) => `この事業者の他の提案: ${count}件（統合した事業者を含む）`,

  content: '提案内容',
  showFullContent: '全文を表示',
  contentLoaded: '提案内容の全文を表示しました。',

  agreement: '協定の内容',
  representative: '代表者（職・氏名）',
  partnershipItems: '連携事項（1行に1項目）',
  agreementDate: '協定締結日',
  agreementEnd: '協定満了日',
  saveAgreement: '協定の内容を保存',
  agreementSaved: '協定の内容を保存しました。',

  receipts: '書類の受領',
  proposalReceipt: '提案書',
  reportReceipt: '報告書',
  receivedOn: '受領日',
  fileUrl: '受領したファイルのリンク（任意）',
  recordReceipt: (what: string) => `${what}の受領を記録`,
  receiptRecorded: (what: string) => `${what}の受領を記録しました。`,
  notReceived: '未受領',
  receivedAt: (date: string) => `受領 ${date}`,
  openFile: 'ファイルを開く',
  needReceivedOn: '受領日を入力してください。',

  letterReason: '回答書に記載する理由（提案者に届きます）',
  needLetterReason:
    '回答書に記載する理由を入力してください（コメントは庁内の記録で、回答書には載りません）。',

  status: 'ステータス',
  statusChangedAt: '変更日',
  dueDate: '期限',
  noDue: '期限なし',
  moves: '次のステータス',
  noMoves: 'このステータスからは変更できません（終了した案件です）。',
  comment: 'コメント（履歴に残ります）',
  confirmMove: (to: string) => `ステータスを「${to}」に変更します。よろしいですか？`,
  confirmTerminal: '変更すると元に戻せません。',
  pendingChecklist: (items: string[]) =>
    `実施準備チェックに未完了の項目があります（${items.join('、')}）。すべて完了にしてから進めてください。`,
  confirmYes: '変更する',
  confirmNo: 'やめる',
  moved: (to: string) => `ステータスを「${to}」に変更しました。`,

  department: '担当課',
  currentDepartment: '現在の担当課',
  departmentDue: '担当課の期限',
  chooseDepartment: '担当課を選択',
  choosePlaceholder: '選択してください',
  noDepartments: '「担当課」シートに担当課が登録されていません。',
  departmentRequest: '依頼内容',
  departmentDueInput: '回答期限（空欄なら設定の日数）',
  assign: '割り当てて通知',
  assigned: (department: string) => `${department}に割り当て、通知しました。`,
  needDepartment: '担当課を選択してください。',

  dialogue: '対話記録',
  dialogueDate: '日付',
  dialogueParties: '相手方・出席者',
  dialogueSummary: '内容の要旨',
  addDialogue: '対話記録を追加',
  noDialogues: '対話記録はまだありません。',
  dialogueAdded: '対話記録を追加しました。',
  needDialogue: '日付・相手方・内容の要旨をすべて入力してください。',
  recordedBy: (by: string) => `記録: ${by}`,

  goals: '目標と役割分担',
  goal: '目標（共有）',
  roleSplit: '役割分担',
  saveGoals: '保存',
  goalsSaved: '目標と役割分担を保存しました。',
  publication: '公開',
  publicationConsent: '提案者の同意',
  publicationNoAnswer: '（回答なし）',
  publicationDecision: '公開可否',
  publicSummary: '公開概要（市が作成する、公開してよい要約）',
  publishedOn: '公開日',
  savePublication: '保存',
  publicationSaved: '公開の設定を保存しました。次の「公開一覧を更新」で反映されます。',
  publicationListed: '公開の条件を満たしています（公開一覧に載ります）。',
  publicationNotListed: (missing: readonly string[]) =>
    `公開一覧には載りません：${missing.join('、')}`,
  publicationMissing: {
    realised: '実現していない（協定締結・実証実験の実施・完了の前）',
    consent: '提案者が公開に同意していない',
    decision: '公開可否が「公開」でない',
    summary: '公開概要が空欄',
  },

  checklist: '実施準備チェック',
  checklistSaved: (label: string, done: boolean) =>
    done ? `「${label}」を完了にしました。` : `「${label}」を未完了に戻しました。`,

  documents: '文書',
  documentKind: '文書の種類',
  noDocumentKinds: 'このステータスで作成できる文書はありません。',
  generate: '文書を作成',
  generated: (name: string, version: number) => `「${name}」（第${version}版）を作成しました。`,
  confirmRegenerate:
    '連携協定の締結後です。協定書を作り直すと、締結済みの版とは別の版になります。作成しますか？',
  regenerateYes: '作り直す',
  latestDocument: '最新の文書',
  latestPdf: 'PDF',
  caseFolder: '案件フォルダ',
  openLink: '開く',
  sendReply: '回答書をメールで送付',
  confirmSend: (email: string) => `回答書のPDFを ${email} に送信します。よろしいですか？`,
  sendYes: '送信する',
  sent: (to: string) => `${to} に送信しました。`,

  history: '履歴',
  noHistory: '履歴はまだありません。',
  historyMove: (from: string, to: string) => (from && from !== to ? `${from} → ${to}` : to),
  historyLetterReason: (reason: string) => `回答書の理由：${reason}`,

  reload: '最新の状態に更新',

  /** The call never reached the handler, or it threw (google.script.run's failure handler). */
  failure: (detail: string) =>
    `サーバーとの通信でエラーが発生しました。時間をおいて、もう一度お試しください。${detail ? `（${detail}）` : ''}`,
  outsideGoogle: 'この画面は Google スプレッドシートのメニューから開いてください。',
  badReply: 'サーバーから想定外の応答がありました。',
} as const;

export const PRE_CONSULTATION = {
  pageTitle: '事前相談を登録',
  intro:
    'フォームを経ずに寄せられた相談（事前相談）を案件台帳に登録します。登録後はサイドバーで対話記録などを追加できます。',
  organisation: '所属（法人・団体名）',
  applicantType: '事業者区分',
  name: '氏名（ご担当者）',
  email: 'メールアドレス',
  phone: '電話番号',
  title: '件名',
  method: '連携手法',
  content: '相談内容',
  required: '（必須）',
  submit: '登録',
  cancel: '閉じる',
  registered: (caseNumber: string) => `事前相談 ${caseNumber} を登録しました。`,
  missing: (fields: string[]) => `次の項目を入力してください: ${fields.join('、')}`,
} as const;

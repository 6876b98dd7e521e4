/**
 * Japanese text of the setup wizard (src/ui/wizard.ts, src/app/wizard.ts, src/domain/wizard.ts).
 * The page imports this module directly, so esbuild inlines only what it shows.
 */

const LABELS = {
  cityName: '自治体名',
  deskName: 'デスク名（窓口の名称）',
  department: '担当部署（窓口の所属）',
  address: '窓口の住所',
  phone: '窓口の電話番号',
  deskEmail: '窓口のメールアドレス（返信先。空欄なら送信者のアドレス）',
  staffEmails: 'デスク職員のメールアドレス（1行に1人）',
  departments: '担当課（引継ぎ先）',
  mayorTitle: '首長の職名（例: ○○市長）',
  mayorName: '首長の氏名',
  cityAddress: '自治体の所在地（協定書の甲）',
  caseNumberFormat: '案件番号の書式',
  replyNumberFormat: '回答書の文書番号の書式',
  timeZone: 'タイムゾーン',
} as const;

export const WIZARD_TEXT = {
  pageTitle: '公民連携デスクの初期設定',
  intro:
    '自治体と窓口の情報を入れて「この内容で作成」を押してください。シート・提案フォーム・書類のテンプレート・トリガーを作成します。もう一度実行すると、変えた項目だけを反映します。',
  labels: LABELS,
  sections: {
    city: '自治体',
    desk: '窓口（デスク）',
    staff: '職員と担当課',
    formats: '番号と時刻',
  },
  hints: {
    caseNumberFormat:
      '{元号}{年度}{西暦年度}{連番:桁数} が使えます（例: {元号}{年度}-{連番:4} → R8-0001）',
    replyNumberFormat: '{連番} は年度ごとの通し番号（例: 連第{連番}号）',
    timeZone: '通常は Asia/Tokyo',
    departments: '担当課名・メールアドレス・担当者。既にある担当課は上書きし、ない課は追加します。',
  },
  department: {
    name: '担当課名',
    email: 'メールアドレス',
    person: '担当者',
    add: '担当課を追加',
    remove: '削除',
    removeLabel: (n: number) => `${n}行目の担当課を削除`,
  },
  submit: 'この内容で作成',
  close: '閉じる',
  loading: '現在の設定を読み込んでいます…',
  checking: '入力内容を確認しています…',
  fixFirst: (count: number) => `${count}件の入力を直してください。`,
  progressTitle: '作成しています',
  stepWaiting: '待機中',
  stepRunning: '実行中…',
  stepDone: '完了',
  stepFailed: '失敗',
  retry: 'もう一度実行',
  failed: (message: string) =>
    `${message}（作成済みのものはそのまま使います。「もう一度実行」で続きから作成します）`,
  doneTitle: '初期設定が完了しました',
  doneIntro: '作成・確認したもの:',
  unchanged: '変更した設定はありません。',
  changedSettings: (labels: string[]) => `変更した設定: ${labels.join('、')}`,
  departmentsMerged: (added: number, updated: number) => `担当課: ${added}件追加、${updated}件更新`,
  departmentHeaderMissing: (sheet: string, missing: string[]) =>
    `シート「${sheet}」の1行目に見出し「${missing.join('」「')}」が見つからないため、担当課を書き込めませんでした。見出しを元に戻してから、もう一度保存してください。`,
  links: {
    spreadsheet: 'スプレッドシート',
    sheet: (name: string) => `シート「${name}」`,
    formEdit: '提案フォーム（編集）',
    formView: '提案フォーム（回答用）',
    folder: '文書フォルダ',
    template: (name: string) => `テンプレート: ${name}`,
  },
  steps: {
    settings: '設定と担当課を保存',
    core: '設定シートと案件台帳を準備',
    sheets: 'シートを準備',
    form: '提案フォームを作成',
    departmentForm: '庁内回答フォームを作成',
    triggers: 'トリガーを設定',
    templates: '書類のテンプレートを作成',
    finish: '作成したものを確認',
  },
  continued: '（続きを作成しています）',
  problems: {
    required: (label: string) => `「${label}」を入力してください。`,
    phone: '電話番号は半角数字とハイフンで入力してください（例: 03-1234-5678。10〜13桁）。',
    email: (text: string) => `メールアドレスの形式ではありません: ${text}`,
    selfMissing: (email: string) =>
      `デスク職員にご自身（${email}）を含めてください。含めないと、この設定を変更できなくなります。`,
    timeZone: (zone: string) =>
      `タイムゾーン「${zone}」は使えません。Asia/Tokyo のような地域名で入力してください。`,
    replyNumberFormat: '回答書の文書番号の書式に {連番} を含めてください（例: 連第{連番}号）。',
    departmentName: (n: number) => `担当課の${n}行目に担当課名を入力してください。`,
    departmentTwice: (name: string) => `担当課「${name}」が2回入力されています。`,
    departmentEmail: (name: string) => `担当課「${name}」のメールアドレスを入力してください。`,
  },
  notAllowed: '初期設定を変更できるのはデスク職員だけです。',
  unknownStep: (step: string) => `不明な手順です: ${step}`,
  installed:
    '公民連携デスクを追加しました。メニュー「公民連携 › 初期設定ウィザード」で自治体の情報を入れると、提案フォームと書類のテンプレートを作成します。',
} as const;

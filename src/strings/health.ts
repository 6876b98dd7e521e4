/**
 * Japanese text of ヘルスチェック (src/domain/health.ts, src/app/health.ts, src/ui/health.ts) and
 * its line in the desk's daily digest. The page imports this module directly, so esbuild inlines
 * only what it shows. Each problem's action is one line: what to do, where.
 */

export const HEALTH_MENU = 'ヘルスチェック（稼働状況）';

export const HEALTH = {
  pageTitle: 'ヘルスチェック（稼働状況）',
  intro:
    'アドオンが動くための条件を確認します。問題のある項目には、することを1行で示します（この画面は何も変更しません）。',
  loading: '確認しています…',
  recheck: '再確認',
  close: '閉じる',
  checkedAt: (at: string) => `確認日時: ${at}`,
  summary: (errors: number, warnings: number) =>
    errors || warnings
      ? `問題 ${errors} 件、注意 ${warnings} 件があります。`
      : 'すべての項目に問題はありません。',
  columns: { item: '項目', status: '状態', detail: '内容', action: 'すること' },
  status: { ok: '正常', warn: '注意', error: '問題' } as Record<string, string>,
  groups: {
    triggers: 'トリガー',
    mail: 'メール',
    templates: 'テンプレート',
    forms: 'フォーム',
    spreadsheet: 'スプレッドシート',
    storage: '保存領域',
    version: 'バージョン',
  } as Record<string, string>,
  none: '—',
};

/** Item labels and details. */
export const HEALTH_ITEM = {
  trigger: (label: string) => `トリガー: ${label}`,
  triggerLabels: {
    formSubmit: 'フォーム送信時（受付）',
    daily: '毎時（期限確認・回答の回収）',
    change: '変更時（台帳・記録シートの列の挿入・削除・移動）',
  } as Record<string, string>,
  triggerDetail: (p: { owner: string; installedAt: string; lastRun: string; error: string }) =>
    [
      `所有者 ${p.owner}（${p.installedAt} 設定）`,
      p.lastRun ? `最終実行 ${p.lastRun}` : 'まだ実行されていません',
      p.error ? `最後のエラー: ${p.error}` : '',
    ]
      .filter(Boolean)
      .join(' / '),
  triggerMissing: '記録がありません',
  triggerStale: (hours: number) => `最後の実行から ${hours} 時間たっています`,
  mailQuota: '今日送れるメールの残り',
  mailQuotaDetail: (left: number) => `あと ${left} 通（宛先の数で数えます）`,
  template: (label: string) => label,
  templateOk: 'Google ドキュメントを開けます',
  templateUnset: '未設定',
  templateUnsetOnDemand: '未設定（初めて作成するときに標準のものを作ります）',
  templateMissing: (id: string) => `開けません（削除されたか、権限がありません）: ${id}`,
  forms: { proposal: '応募フォーム', department: '庁内回答フォーム' } as Record<string, string>,
  formOk: (url: string) =>
    url ? `回答を受付中・この表にリンク済み（${url}）` : '回答を受付中・この表にリンク済み',
  /** Linked, its 受付 switch not asked: a closed 庁内回答フォーム shows the department so itself. */
  formLinked: 'この表にリンク済み（受付中かどうかは未確認。閉じていれば回答者に表示されます）',
  formUnset: 'フォームの記録がありません',
  formMissing: (id: string) => `開けません（削除されたか、権限がありません）: ${id}`,
  formClosed: '回答を受け付けていません',
  formUnlinked: '回答の送信先がこのスプレッドシートではありません',
  timeZone: 'タイムゾーン',
  timeZoneDetail: (sheet: string, desk: string) =>
    sheet === desk ? `${sheet}（設定と同じ）` : `スプレッドシート ${sheet} / 設定 ${desk}`,
  properties: '設定の保存領域（ドキュメントのプロパティ）',
  propertiesDetail: (usedKb: number, limitKb: number, largestKb: number, valueKb: number) =>
    `${usedKb} KB / 上限 ${limitKb} KB（最大の値 ${largestKb} KB / 1値の上限 ${valueKb} KB）`,
  register: '案件台帳の大きさ',
  registerDetail: (cells: number, limit: number) =>
    `${cells.toLocaleString('en-US')} セル / スプレッドシート全体の上限 ${limit.toLocaleString('en-US')} セル`,
  registerUnknown: 'まだ測っていません（毎日の期限確認で記録します）',
  registerHeaders: '案件台帳の見出し',
  registerHeadersOk: 'すべての項目の列が見出しで見つかります',
  logHeaders: '記録シート（履歴・対話記録・送信記録・長文保管）の見出し',
  logHeadersOk: 'すべての項目の列が見出しで見つかります',
  version: 'シートを更新したアドオンのバージョン',
  versionDetail: (sheets: string, running: string) =>
    sheets === running
      ? `${sheets}`
      : `シート ${sheets || '（記録なし）'} / 実行中のアドオン ${running}`,
  probeFailed: (message: string) => `確認できませんでした: ${message}`,
};

/** One line each: what to do. */
export const HEALTH_ACTION = {
  probeFailed:
    'Google のサービスが一時的に応答しませんでした。しばらくしてから「再確認」を押してください。',
  triggerMissing: '「初期設定」を実行してトリガーを作ってください。',
  formSubmitFailed:
    'エラー内容を確認し、原因を直してから「未登録の回答を登録」を実行してください。',
  changeFailed:
    '「設定を反映」を実行して、案件台帳と記録シート（履歴など）の列の位置を読み直してください。',
  dailyFailed: 'エラー内容を確認し、原因を直してから「期限確認を今すぐ実行」を実行してください。',
  triggerStale: (owner: string) =>
    `所有者 ${owner} のアカウントが使えない可能性があります。デスクの職員が「トリガーを引き継ぐ」を実行してください。`,
  mailQuotaLow: '今日はメールをあまり送れません。急ぎの連絡は電話等で行い、残りは明日送られます。',
  mailQuotaNone:
    '今日はもうメールを送れません。送れなかった通知は明日送られます。急ぎの連絡は電話等で行ってください。',
  templateMissing: (label: string) =>
    `設定シートの「${label}」に開ける Google ドキュメントの ID を入れるか、空欄にして「初期設定」を実行してください（標準のテンプレートを作り直します）。`,
  templateUnset: (label: string) =>
    `設定シートの「${label}」を空欄のまま「初期設定」を実行すると、標準のテンプレートを作ります。`,
  formUnset: '「初期設定」を実行して応募フォームを作ってください。',
  formMissing:
    '「初期設定」を実行して応募フォームを作り直してください（公開しているフォームの URL も変わります）。',
  formClosed: '応募フォームの編集画面の「回答」タブで「回答を受付中」をオンにしてください。',
  formUnlinked:
    '「初期設定」を実行して、応募フォームの回答先をこのスプレッドシートに戻してください。',
  timeZone: (desk: string) =>
    `「初期設定」を実行するか、ファイル › 設定 でタイムゾーンを ${desk} にしてください（設定シートの「タイムゾーン」が正しいかも確認してください）。`,
  propertiesFull:
    '保存領域が上限に近づいています。開発担当に連絡してください（古い記録の整理が必要です）。',
  registerLarge:
    '台帳がセル数の上限に近づいています。古い年度の案件を別のスプレッドシートに移してください。',
  registerRenamed:
    '案件台帳の見出しを元の名前に戻してください（戻すまで、その列は読み書きされません）。',
  logRenamed:
    '記録シートの見出しを元の名前に戻してください（戻すまで、その列は読み書きされません）。',
  versionUnknown: '「設定を反映」を実行して、シートを今のバージョンに合わせてください。',
  versionOld: '「初期設定」を実行して、シートを今のバージョンに更新してください。',
};

/** The line in the desk's daily digest (src/domain/deadlines/digest.ts). */
const HEALTH_DIGEST_HEADER =
  '【ヘルスチェック】次の点を確認してください（メニュー › ヘルスチェック（稼働状況））:';

export const HEALTH_DIGEST = {
  header: HEALTH_DIGEST_HEADER,
  line: (label: string, action: string) => `${label}: ${action}`,
  noticeSubject: (deskName: string) => `【${deskName}】ヘルスチェックで確認が必要な点があります`,
  notice: (lines: string[]) => [HEALTH_DIGEST_HEADER, ...lines.map((l) => `・${l}`)].join('\n'),
  registerLink: (url: string) => `案件台帳: ${url}`,
};

/**
 * Japanese text about columns found by their headers: the register's (src/domain/registerLayout.ts)
 * and the log sheets' (src/domain/logSheets.ts).
 */
export const REGISTER_LAYOUT_TEXT = {
  renamed: (header: string) =>
    `列「${header}」が見つかりません（見出しを変えた場合は元に戻してください）。`,
  /** Added before the list of renamed columns in a notice or an alert. */
  heading: '案件台帳の見出しを確認してください:',
  missingColumn: (header: string) =>
    `案件台帳に列「${header}」がありません。メニューの「設定を反映」を実行してください。`,
} as const;

/** The same for the log sheets (履歴, 対話記録, 送信記録, 長文保管), each header with its sheet. */
export const LOG_LAYOUT_TEXT = {
  renamed: (sheet: string, header: string) =>
    `「${sheet}」の列「${header}」が見つかりません（見出しを変えた場合は元に戻してください）。`,
  heading: '記録シートの見出しを確認してください:',
} as const;

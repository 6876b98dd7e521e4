/** Japanese text about the register's columns, found by their headers (src/domain/registerLayout.ts). */
export const REGISTER_LAYOUT_TEXT = {
  renamed: (header: string) =>
    `列「${header}」が見つかりません（見出しを変えた場合は元に戻してください）。`,
  /** Added before the list of renamed columns in a notice or an alert. */
  heading: '案件台帳の見出しを確認してください:',
  missingColumn: (header: string) =>
    `案件台帳に列「${header}」がありません。メニューの「設定を反映」を実行してください。`,
} as const;

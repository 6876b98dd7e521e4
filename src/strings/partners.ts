/** Japanese text of the partner master (事業者 sheet) and the intake's partner note. */

export const PARTNER_HEADERS = [
  '事業者キー',
  '事業者名',
  '提案件数',
  '案件番号',
  '初回年度',
  '最終年度',
  '統合先',
] as const;

export const PARTNER_UI = {
  refreshed: (organisations: number) =>
    `事業者一覧を更新しました（${organisations}事業者）。別の事業者として分かれた行は、統合先の列に統合先の事業者キーを入れてから、もう一度更新してください。`,
  busy: '他の処理が実行中です。少し待ってからもう一度お試しください。',
  noRegister: '案件台帳が見つかりません。初期設定を実行してください。',
} as const;

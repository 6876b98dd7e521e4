/**
 * Japanese text of 案件を検索 (src/ui/search.ts and src/app/search.ts). The page imports this
 * module directly, so esbuild inlines only what it shows.
 */

export const SEARCH = {
  pageTitle: '案件を検索',
  intro: '条件を入れて「検索」を押してください。入れた条件をすべて満たす案件を表示します。',
  caseNumber: '案件番号',
  organisation: '事業者名（株式会社・(株) などの表記の違いは無視します）',
  words: '件名・提案内容の語句（空白で区切るとすべてを含む案件）',
  status: 'ステータス',
  fiscalYear: '年度（受付日）',
  department: '担当課',
  any: '（指定なし）',
  fiscalYearOption: (year: number, era: string) => `${year}年度（${era}）`,
  search: '検索',
  clear: '条件をクリア',
  close: '閉じる',
  searching: '検索中…',
  needCriterion: '条件を一つ以上入れてください。',
  none: '条件に合う案件はありません。',
  count: (total: number, shown: number) =>
    total > shown
      ? `${total}件見つかりました。最初の${shown}件を表示しています。条件を絞ってください。`
      : `${total}件見つかりました。`,
  columns: {
    caseNumber: '案件番号',
    title: '件名',
    organisation: '事業者名',
    status: 'ステータス',
    dueDate: '期限',
    open: '',
  },
  noDue: '—',
  open: '開く',
  openLabel: (caseNumber: string) => `${caseNumber} をサイドバーで開く`,
  opened: (caseNumber: string) => `${caseNumber} をサイドバーに表示しました。`,
  noRegister: '案件台帳が見つかりません。初期設定を実行してください。',
} as const;

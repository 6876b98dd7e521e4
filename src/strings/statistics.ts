/** Japanese text of the statistics feature (統計, issue 14); re-exported by src/strings.ts. */

export const STATISTICS_SHEET = '統計';

/** Row labels of the 統計 sheet, column A (section) and B (item). */
export const STATISTICS_LABELS = {
  title: (today: string) => `公民連携の統計（${today} 現在）`,
  note: '年度は受付日の年度。所要日数は履歴から数えた営業日（中央値・90パーセンタイル）。実現率は対象外を除く件数に対する実現の割合。',
  header: ['区分', '項目', '合計'],
  fiscalYear: (era: string, year: number) => `${era}${year === 1 ? '元' : year}年度`,
  cases: '提案件数',
  track: '連携手法の区分',
  method: '連携手法',
  kind: '提案区分',
  challenge: '課題',
  status: '状態',
  groups: {
    open: '進行中',
    realised: '実現',
    declined: '不採択',
    withdrawn: '取下げ',
    ineligible: '対象外',
  },
  rate: '実現率（%）',
  toAnswer: '所要営業日（受付→回答）',
  toAgreement: '所要営業日（回答→協定締結）',
  median: '中央値',
  p90: '90パーセンタイル',
  measured: '件数',
  overdue: '期限超過（本日）',
  blank: '（未記入）',
  chartData: 'グラフ用データ',
  yearColumn: '年度',
  countColumn: '件数',
  toAnswerMedian: '受付→回答（中央値）',
  toAgreementMedian: '回答→協定締結（中央値）',
} as const;

/** The 統計 sheet's charts; a chart is found again by its title (rename it and a new one is made). */
export const STATISTICS_CHARTS = {
  perYear: { title: '年度別の提案件数（連携手法の区分別）', x: '年度', y: '件数' },
  methods: { title: '連携手法別の提案件数（累計）', x: '連携手法', y: '件数' },
  leadTimes: { title: '所要営業日の中央値（年度別）', x: '年度', y: '営業日' },
} as const;

export const STATISTICS_UI = {
  busy: '他の処理（期限確認など）が実行中です。しばらくしてからもう一度お試しください。',
  noSheet: (name: string) =>
    `「${name}」シートが見つかりません。先に「初期設定」を実行してください。`,
  done: (cases: number) => `統計を更新しました（案件 ${cases} 件）。「統計」シートをご覧ください。`,
};

/** The annual report (年次報告): its default template's wording and the menu's messages. */
export const ANNUAL_REPORT = {
  templateName: 'テンプレート_年次報告',
  reportName: (fiscalYear: string, today: string) => `年次報告_${fiscalYear}_${today}`,
  workingName: (stamp: string) => `年次報告_作成中_${stamp}`,
  title: '{{年度}} 公民連携デスク 年次報告',
  dateLine: '{{作成日}}　{{デスク名}}',
  summaryHeading: '1　概要',
  summary:
    '{{年度}}に受け付けた提案は{{提案件数}}件で、うち実現したもの（協定の締結、実証実験の実施など）は{{実現件数}}件、実現率は{{実現率}}でした（対象外を除く）。',
  leadTimes:
    '受付から回答までの日数は中央値{{回答中央値}}（90パーセンタイル{{回答90}}）、回答から協定締結までは中央値{{協定中央値}}（同{{協定90}}）でした（いずれも営業日）。{{作成日}}時点で期限を過ぎている案件は{{期限超過}}件です。',
  tablesHeading: '2　提案の内訳',
  breakdownTable: '{{内訳表}}',
  realisedHeading: '3　実現した連携事業',
  realisedTable: '{{実現案件一覧}}',
  unlistedNote: '{{非公開注記}}',
  footer: '{{デスク名}}',
  breakdownHeader: ['区分', '項目', '件数'],
  realisedHeader: ['案件番号', '連携手法', '件名', '事業者名', '概要', '協定締結日', '担当課'],
  none: '（該当なし）',
  noFigure: '—',
  days: (n: number) => `${n}営業日`,
  percent: (n: number) => `${n}%`,
  unlisted: (n: number) =>
    n
      ? `このほか、公表の条件（事業者の同意、市の公開の判断、公開概要）を満たしていない実現案件が${n}件あります。`
      : '',
  askYear: (current: number, label: string) =>
    `年次報告を作成する年度を西暦で入力してください（例: ${current}）。空欄のときは${label}です。`,
  badYear: (text: string) => `年度「${text}」を読み取れません。西暦の4桁で入力してください。`,
  cancelled: '年次報告の作成を取りやめました。',
  done: (label: string, url: string, pdfUrl: string) =>
    `${label}の年次報告を作成しました。\n\nドキュメント: ${url}\nPDF: ${pdfUrl}`,
  leftover: (names: string[]) =>
    `テンプレートの差し込み項目 ${names.map((n) => `{{${n}}}`).join('、')} は年次報告では使えないため、そのまま残っています。`,
} as const;

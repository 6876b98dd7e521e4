/** Japanese text of the publication feature (公開一覧); re-exported by src/strings.ts. */

/** 公開可否: the desk's decision per case (a blank cell reads as 未判断). */
export const PUBLICATION_CHOICES = ['公開', '非公開', '未判断'] as const;

/** The form's choices for 公開への同意; the first one is consent. */
export const PUBLICATION_CONSENT_CHOICES = ['公開に同意する', '公開に同意しない'] as const;

/** The default wording of the form's 公開への同意 question (設定「公開への同意（フォームの説明）」). */
export const PUBLICATION_CONSENT_HELP_DEFAULT =
  '提案が実現した場合（連携協定の締結、実証実験の実施など）、市のホームページ等で事業者名と事業の概要（市が作成します）を公表することがあります。公表への同意の有無をお選びください。同意の有無は採否に影響しません。';

/** Names of the public outputs. */
export const PUBLICATION_FILES = {
  csv: '公開一覧.csv',
  json: '公開一覧.json',
  spreadsheet: '公開一覧',
  sheet: '公開一覧',
} as const;

/** Column names of the CSV and of the public spreadsheet, in order. */
export const PUBLIC_COLUMNS = {
  caseNumber: '案件番号',
  fiscalYear: '年度',
  method: '連携手法',
  challenge: '課題',
  title: '件名',
  organisation: '事業者名',
  summary: '概要',
  agreementDate: '協定締結日',
  pocDate: '実証実験日',
  department: '担当課',
  publishedAt: '公開日',
} as const;

export const PUBLICATION_UI = {
  busy: '他の処理（期限確認など）が実行中です。しばらくしてからもう一度お試しください。',
  noRegister: '案件台帳が見つかりません。先に「初期設定」を実行してください。',
  folderMissing: (id: string) =>
    `設定「公開ファイルのフォルダID」のフォルダ（${id}）が見つかりません。IDを確認してください。`,
  done: (p: {
    published: number;
    cached: number;
    sheetUrl: string;
    csvUrl: string;
    jsonUrl: string;
    shared: boolean;
  }) =>
    [
      `公開一覧を更新しました（公開 ${p.published} 件）。`,
      `公開スプレッドシート: ${p.sheetUrl}`,
      p.csvUrl ? `CSV: ${p.csvUrl}` : '',
      p.jsonUrl ? `JSON: ${p.jsonUrl}` : '',
      p.csvUrl
        ? ''
        : 'CSV・JSON は、設定「公開ファイルのフォルダID」にフォルダIDを入力すると作成されます。',
      p.shared
        ? 'リンクを知っている全員が閲覧できます。'
        : 'リンクでの共有はしていません（設定「公開ファイルをリンクで共有」）。',
      p.cached < p.published
        ? `ウェブページには新しい順に ${p.cached} 件を表示します（保存容量の上限のため）。`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
} as const;

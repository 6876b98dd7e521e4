/**
 * Japanese text of the public web page (doGet, src/ui/public.*). The page's script imports this
 * module directly, so esbuild inlines only what it shows.
 */

export const PUBLIC_PAGE = {
  /** The browser tab's title (HtmlOutput.setTitle) and the page heading. */
  pageTitle: (desk: string) => (desk ? `${desk}\u3000公民連携の実施事例` : '公民連携の実施事例'),
  lead: '市と民間事業者等との公民連携により実現した取組を公開しています。',
  generatedAt: (when: string) => `${when} 時点の情報です。`,
  noScript: 'この一覧を表示するには、ブラウザーの JavaScript を有効にしてください。',

  filters: '絞り込み',
  search: 'キーワード',
  searchPlaceholder: '事業名・事業者名・概要など',
  fiscalYear: '年度',
  method: '連携手法',
  challenge: '課題',
  all: 'すべて',
  reset: '条件をクリア',
  count: (shown: number, total: number) =>
    shown === total ? `${total}件の事例` : `${total}件中 ${shown}件の事例`,
  more: (rest: number) => `さらに表示（残り${rest}件）`,
  noMatch: '条件に合う事例はありません。条件を変えてお試しください。',

  caseNumber: '案件番号',
  organisation: '事業者名',
  summary: '概要',
  agreementDate: '協定締結日',
  pocDate: '実証実施日',
  department: '担当課',
  publishedAt: '公開日',

  /** No list has been published yet (no cache). */
  missing: '現在、公開している事例はありません。',
  /** The cache could not be read (being updated, or damaged). */
  unreadable: '公開一覧を表示できません。しばらくしてから、もう一度お試しください。',
  /** The request itself failed on the server. */
  failed: 'ただいま公開一覧を表示できません。しばらくしてから、もう一度お試しください。',
} as const;

/** '2025年度（令和7年度）'; `era` from fiscalEra (src/domain/fiscalYear.ts). */
export function fiscalYearLabel(fiscalYear: number, era: { name: string; year: number }): string {
  return `${fiscalYear}年度（${era.name}${era.year === 1 ? '元' : era.year}年度）`;
}

/** '2025-04-01' → '2025年4月1日'; anything else → ''. */
export function japaneseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** An ISO instant as '2026年5月11日 9:00' in Asia/Tokyo; '' when unreadable. */
export function japaneseDateTime(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  if (!Number.isFinite(ms)) return '';
  const t = new Date(ms + 9 * 3600_000); // Asia/Tokyo has no daylight saving time
  const minutes = String(t.getUTCMinutes()).padStart(2, '0');
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${t.getUTCHours()}:${minutes}`;
}

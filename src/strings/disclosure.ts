/**
 * Japanese text of the disclosure case file (情報公開請求への対応用の案件記録, issue 13 item 4).
 * Imported directly by the feature (src/domain/disclosure.ts, src/app/documents/disclosure.ts).
 */

/** What replaces each masked span (email, phone, a person's name, a word the desk lists). */
export const DISCLOSURE_MASK = '■■■';

/** The label in 文書の版 and in the file name: `R8-0001_情報公開用案件記録_v1`. */
export const DISCLOSURE_LABEL = '情報公開用案件記録';

export const DISCLOSURE_TEXT = {
  /** The document's header (every page) and its first line. */
  reviewNotice:
    '【開示前確認用】この文書は情報公開請求への対応のために自動作成した下書きです。個人情報等は■■■で伏せていますが、開示の前に必ずデスクが全文を確認してください。',
  title: '情報公開請求対応用 案件記録',
  subtitle: (caseNumber: string, title: string) => `案件番号 ${caseNumber}\u3000件名 ${title}`,
  madeOn: (date: string, deskName: string, name: string) =>
    `作成日 ${date}\u3000作成 ${deskName}\u3000（${name}）`,
  maskRules: (count: number, words: number) =>
    `伏せ字の基準: メールアドレス、電話番号、本案件の氏名・代表者名・記録者等の個人名、個人事業主・個人の所在地、設定「情報公開でマスクする語句」の語句（${words}語）を■■■に置き換えています（${count}箇所）。上記以外の個人情報・法人等情報（情報公開条例の不開示情報）が含まれていないか確認してください。`,
  sections: {
    record: '1．案件台帳の記録',
    history: '2．経過（履歴）',
    dialogues: '3．対話記録',
    documents: '4．関連文書',
  },
  recordHeader: ['項目', '内容'],
  historyHeader: ['日時', '実行者', '変更前', '変更後', '内容'],
  dialogueHeader: ['対話日', '相手方・出席者', '概要', '記録者', '記録日時'],
  documentsHeader: ['文書名', '種類', '版'],
  latestHeader: ['最新の文書', 'リンク'],
  latestDocument: '最新文書',
  latestPdf: '最新PDF',
  none: '（記録なし）',
  longTextNote: '※長文の項目は案件台帳の冒頭部分のみを記載しています（全文は「長文保管」シート）。',
  end: '以上',
} as const;

export const DISCLOSURE_MESSAGES = {
  done: (name: string, documentUrl: string, pdfUrl: string) =>
    `情報公開用の案件記録を作成しました（${name}）。開示の前に、伏せ字（■■■）と内容を必ず確認してください。\n\n文書: ${documentUrl}\nPDF: ${pdfUrl}`,
  pdfFailed: (name: string) =>
    `「${name}」のPDFを保存できませんでした。作成した文書は削除しました。もう一度お試しください。`,
};

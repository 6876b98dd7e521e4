/**
 * Japanese text of the department answer form (庁内回答フォーム, issue 12): the form, its
 * questions, the register's 担当課回答 text, the history and dialogue notes, the desk's mails.
 */

/** The questions, found by title (the dispatcher in src/index.ts keys on DEPT_Q.code). */
export const DEPT_Q = {
  caseNumber: '案件番号',
  code: '確認コード',
  reference: '照会番号',
  answer: '回答',
  comment: 'コメント・条件',
  answerer: '回答者（所属・氏名）',
} as const;

export const DEPT_ANSWERS = ['対応可', '条件付きで可', '対応困難', '要協議'] as const;

export const DEPT_FORM = {
  title: (deskName: string) => `${deskName} 庁内回答フォーム`,
  description: (deskName: string) =>
    [
      `${deskName}からの庁内調整依頼に回答するフォームです。`,
      '依頼メールのリンクから開くと、案件番号・確認コード・照会番号が入力済みになります。これらは変更せずに送信してください。',
    ].join('\n'),
  confirmation: '回答を受け付けました。公民連携デスクに通知しました。',
  prefilledHelp: '依頼メールのリンクから入力済みです。変更しないでください。',
  commentHelp: '条件、懸念点、協議したい事項などをご記入ください。',
  /** The response sheet's extra column where a refused answer is flagged. */
  flagHeader: '処理状況',
};

/** 担当課回答 as the register shows it: '条件付きで可: 予算化が前提（道路課 青森）'. */
export function departmentAnswerText(answer: string, comment: string, answerer: string): string {
  const body = comment.trim() ? `${answer}: ${comment.trim()}` : answer;
  return answerer.trim() ? `${body}（${answerer.trim()}）` : body;
}

export const DEPT_NOTES = {
  history: (department: string, answer: string) => `担当課回答：${department}／${answer}`,
  dialogueParties: (department: string, answerer: string) =>
    `${department}${answerer.trim() ? ` ${answerer.trim()}` : ''}（庁内回答フォーム）`,
  flagged: (reason: string) => `要確認：${reason}`,
  /** トリガーの状態: answers the daily recovery finished (src/app/departmentAnswer.ts). */
  recovered: (count: number) => `庁内回答 ${count} 件の処理を完了しました`,
};

/** Why an answer was refused (the desk is told, the response row is flagged). */
export const DEPT_REFUSALS = {
  unknownCase: (caseNumber: string) => `案件番号「${caseNumber}」の案件が見つかりません。`,
  notPending: (caseNumber: string) =>
    `案件 ${caseNumber} は現在、担当課への照会中ではありません（回答済み、または依頼が取り消されています）。`,
  badCode: (caseNumber: string) =>
    `確認コードが一致しません（案件 ${caseNumber}。入力誤り、依頼先の変更、または依頼メール以外からの回答の可能性があります）。`,
  badChoice: (value: string) => `回答「${value}」は選択肢にありません。`,
  closed: (caseNumber: string, status: string) =>
    `案件 ${caseNumber} は「${status}」で終了しています。`,
  otherDomain: (email: string, domain: string) =>
    `回答者のアカウント（${email || '不明'}）が庁内のドメイン（${domain}）ではありません。`,
};

export const DEPT_MAILS = {
  /** src/index.ts: an answer's form-submit execution failed (not the proposal's wording). */
  failureSubject: '【公民連携デスク】庁内回答の処理でエラーが発生しました',
  failureBody: (message: string, url: string) =>
    [
      '担当課からの回答（庁内回答フォーム）を処理中にエラーが発生しました。',
      '回答はフォームの回答シートに保存されています。毎日の自動確認（毎時トリガーのその日最初の実行）で、途中から処理を完了します（案件台帳・対話記録・履歴への記録と、このデスクへの通知）。',
      '',
      `エラー: ${message}`,
      `スプレッドシート: ${url}`,
    ].join('\n'),
  notSent: (subject: string) => `庁内回答の通知メールを送れませんでした: ${subject}`,
  answeredSubject: (caseNumber: string, department: string, answer: string) =>
    `【担当課回答】${caseNumber} ${department}：${answer}`,
  answeredBody: (p: {
    caseNumber: string;
    title: string;
    department: string;
    answer: string;
    comment: string;
    answerer: string;
    respondent: string;
    at: string;
    url: string;
  }) =>
    [
      '担当課から庁内調整依頼への回答がありました。案件台帳に記録し、担当課期限を消しました。',
      '',
      `案件番号: ${p.caseNumber}`,
      `件名: ${p.title}`,
      `担当課: ${p.department}`,
      `回答: ${p.answer}`,
      `コメント・条件: ${p.comment || '（なし）'}`,
      `回答者: ${p.answerer || '（記入なし）'}${p.respondent ? `（${p.respondent}）` : ''}`,
      `回答日時: ${p.at}`,
      '',
      `案件台帳: ${p.url}`,
    ].join('\n'),
  refusedSubject: (caseNumber: string) =>
    `【要確認】庁内回答フォームの回答を記録できませんでした（${caseNumber || '案件番号なし'}）`,
  refusedBody: (p: {
    reason: string;
    caseNumber: string;
    answer: string;
    answerer: string;
    respondent: string;
    at: string;
    sheet: string;
    row: number;
    url: string;
  }) =>
    [
      '庁内回答フォームに届いた回答を、次の理由で案件に記録しませんでした。',
      `理由: ${p.reason}`,
      '',
      `案件番号（回答の記載）: ${p.caseNumber || '（空欄）'}`,
      `回答: ${p.answer || '（空欄）'}`,
      `回答者: ${p.answerer || '（記入なし）'}${p.respondent ? `（${p.respondent}）` : ''}`,
      `送信日時: ${p.at}`,
      '',
      `回答はシート「${p.sheet}」の${p.row}行目に残っています（処理状況に「要確認」と記録）。`,
      '内容を確認し、必要なら担当課に連絡のうえ対話記録に記録してください。',
      `スプレッドシート: ${p.url}`,
    ].join('\n'),
};

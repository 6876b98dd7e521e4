/** Japanese text of the reminders feature; re-exported by src/strings.ts (the one place for strings). */
import type { DeskContact } from '../strings';

/** Columns of the 送信記録 sheet: one row per reminder sent. */
export const SENT_LOG_HEADERS = [
  '送信日時',
  '宛先',
  '案件番号',
  'ステータス',
  '期限',
  '種別',
  'キー',
];

/**
 * Appended to 種別 in 送信記録 for a digest whose run stopped at its send: it may or may not have
 * gone, and the next run sends it again (docs/reliability.md).
 */
export const SENT_LOG_UNCONFIRMED = '（送信未確認・再送）';

export const REMINDER_KIND_LABELS: Record<string, string> = {
  dueSoon: '期限間近',
  overdue: '期限超過',
  renewal: '協定満了の予告',
};

/** The status part of an agreement-renewal reminder's key: the agreement, not the workflow. */
export const AGREEMENT_TERM = '協定期間';

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** 'YYYY-MM-DD' → '2026/05/20（水）'. */
export function reminderDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${iso.replace(/-/g, '/')}（${weekday}）`;
}

/** How far a due date is, as people say it. */
export function daysLeftText(daysLeft: number, kind: string): string {
  if (daysLeft < 0) return `${-daysLeft}日超過`;
  if (daysLeft === 0) return '本日が期限';
  return kind === 'renewal' ? `満了まであと${daysLeft}日` : `あと${daysLeft}日`;
}

/** Why an item reached the desk, or that it is the desk's copy. */
export const REMINDER_NOTES: Record<string, string> = {
  copy: '写し（担当課へ通知済み）',
  noDepartment: '担当課が未設定です',
  noDepartmentEmail: '担当課のメールアドレスが「担当課」シートにありません',
  noApplicantEmail: '提案者のメールアドレスが正しくないため、提案者へ通知できません',
  unreadableDate:
    '案件台帳の日付（期限・ステータス変更日など）が日付として読めないため、読める日付から計算した期限です。台帳の日付を確認してください',
  '': '',
};

const DIGEST_ONCE =
  '※ 同じ案件・ステータス・期限のお知らせは、期限間近と期限超過のそれぞれ一度だけお送りします。';

export const DIGEST = {
  subject: (deskName: string, date: string, overdue: number, soon: number, renewal: number) =>
    `【${deskName}】期限のお知らせ ${date}（${[
      overdue ? `期限超過 ${overdue}件` : '',
      soon ? `期限間近 ${soon}件` : '',
      renewal ? `協定満了の予告 ${renewal}件` : '',
    ]
      .filter(Boolean)
      .join('・')}）`,
  greetingDesk: '公民連携デスク 各位',
  greetingDepartment: (department: string) => `${department} ご担当者様`,
  intro: '期限が近い案件、期限を過ぎた案件をお知らせします（急ぐものから順に掲載）。',
  columns: ['案件', '事業者名・件名', 'ステータス', '期限', '状況', '備考'],
  itemLine: (p: {
    caseNumber: string;
    organisation: string;
    title: string;
    status: string;
    due: string;
    left: string;
    kind: string;
    note: string;
  }) =>
    `・${p.caseNumber} ${p.organisation}「${p.title}」 ${p.status} 期限 ${p.due}（${p.kind}・${p.left}）${p.note ? ` ※${p.note}` : ''}`,
  linkLabel: '台帳の行',
  overflow: (count: number) =>
    `ほか ${count} 件は件数が多いため、翌日以降のお知らせに掲載します（案件台帳でもご確認いただけます）。`,
  footer: (registerUrl: string) => [DIGEST_ONCE, `案件台帳: ${registerUrl}`].join('\n'),
  footerHtml: DIGEST_ONCE,
  registerLinkLabel: '案件台帳を開く',
};

export const APPLICANT_DIGEST = {
  subject: (deskName: string, date: string) =>
    `【${deskName}】実証実験の報告書のご提出について ${date}`,
  greeting: (organisation: string, name: string) => [organisation, `${name} 様`],
  intro: (deskName: string) =>
    `${deskName}の実証実験サポートをご利用いただき、ありがとうございます。下記の報告書のご提出期限についてお知らせします。`,
  itemLine: (p: { caseNumber: string; title: string; due: string; left: string }) =>
    `・受付番号 ${p.caseNumber}「${p.title}」 報告書の提出期限 ${p.due}（${p.left}）`,
  overdueNote: '期限を過ぎているものがございます。お早めにご提出ください。',
  closing:
    'ご不明な点がございましたら、下記までお問い合わせください。すでにご提出済みの場合は、行き違いをご容赦ください。',
  columns: ['受付番号', '件名', '提出期限', '状況'],
  signature: (c: DeskContact) => [
    '――――――――――――――――――――',
    `${c.deskName}（${c.department}）`,
    c.address,
    `電話 ${c.phone}`,
    ...(c.email ? [`メール ${c.email}`] : []),
  ],
};

export const SWEEP_UI = {
  sent: (p: { digests: number; items: number; deferred: number; skippedToday: number }) =>
    [
      `期限確認を実行しました。お知らせ ${p.digests} 通（案件 ${p.items} 件）を送信しました。`,
      p.skippedToday
        ? `本日すでにお知らせを送った宛先 ${p.skippedToday} 件は、翌日以降にまとめてお送りします。`
        : '',
      p.deferred ? `送信できなかった ${p.deferred} 通は次回の実行で送信します。` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  nothing: '期限確認を実行しました。新しく送るお知らせはありません。',
  closedDay: (date: string) =>
    `${date} は休庁日のため、お知らせは送りません（次の開庁日に送ります）。`,
  busy: '期限確認は別の処理で実行中です。しばらくしてからもう一度お試しください。',
  previewTitle: '期限確認の送信予定（送信はしていません）',
  previewNone: '現在、送る予定のお知らせはありません。',
  previewDigest: (to: string, count: number) => `■ ${to} 宛（${count} 件）`,
  previewItem: (caseNumber: string, kind: string, due: string, note: string) =>
    `  ・${caseNumber} ${kind} 期限 ${due}${note ? `（${note}）` : ''}`,
  previewMore: (count: number) => `  …ほか ${count} 件`,
  previewWaiting: (count: number) =>
    `本日すでにお知らせを送った宛先への ${count} 件は、翌日以降に送ります。`,
  noDeskAddress:
    'デスク職員のメールアドレスが「設定」シートにないため、デスク宛てのお知らせを送れません。',
  quotaExhausted: (sent: number, waiting: number) =>
    `メールの送信上限に達したため、${sent} 通を送ったところで停止しました。残り ${waiting} 通は次回（翌日）に送ります。`,
  quotaWaitingFor: (recipients: readonly string[]) =>
    `次回に送るお知らせの宛先: ${recipients.join('、')}`,
  timeUp: (waiting: number) =>
    `実行時間の上限が近づいたため停止しました。残り ${waiting} 通は次回の実行で続きから送ります（重複して送ることはありません）。`,
  datedProblem: (date: string, problem: string) => `${date}: ${problem}`,
  failed: (to: string, message: string) => `${to} への送信に失敗しました: ${message}`,
  logFull:
    '送信済みのお知らせの記録が上限に近いため、一部のお知らせを次回に回しました。完了した案件のステータスを更新してください。',
  recovered: (count: number) => `未登録だった回答 ${count} 件を登録しました。`,
  noSpreadsheetUrl: 'スプレッドシートのURLが記録されていません。初期設定を実行してください。',
  failureNotRecorded: (message: string) => `期限確認のエラーの記録に失敗しました: ${message}`,
  sentLogProtection: (sheet: string) => `${sheet}（期限確認が追記します）`,
  noSentLogSheet: (sheet: string) => `シート「${sheet}」がありません。`,
};

/** The short email that tells the desk a run stopped early or could not send something. */
export const SWEEP_NOTICE = {
  subject: (deskName: string) => `【${deskName}】期限のお知らせの一部を送信できませんでした`,
  body: (problems: string[], registerUrl: string) =>
    [
      '毎日の期限確認で、次の問題がありました。',
      '',
      ...problems.map((p) => `・${p}`),
      '',
      '送れなかったお知らせは失われず、次回の実行で送信します。',
      `案件台帳: ${registerUrl}`,
    ].join('\n'),
};

/** Japanese text of the workflow feature; re-exported by src/strings.ts (the one place for strings). */

const quoteList = (items: readonly string[]): string => items.map((s) => `「${s}」`).join('、');

/** Messages of the pure process rules (src/domain/workflow/moves.ts). */
export const workflowMessages = {
  terminal: (status: string) => `「${status}」は終了した状態のため、状態を変更できません。`,
  notInTrack: (status: string, trackLabel: string, allowedInitial: readonly string[]) =>
    `「${status}」は${trackLabel}の状態ではありません。${trackLabel}の開始状態：${quoteList(allowedInitial)}`,
  sameStatus: (status: string, allowed: readonly string[]) =>
    `すでに「${status}」です。移行できる状態：${quoteList(allowed)}`,
  notAllowed: (from: string, to: string, allowed: readonly string[]) =>
    `「${from}」から「${to}」へは移行できません。移行できる状態：${quoteList(allowed)}`,
  unknownStatus: (status: string) => `「${status}」は案件のステータスではありません。`,
  checklistPending: (labels: readonly string[]) =>
    `実施準備のチェック項目が終わっていないため、次へ進めません。未完了：${quoteList(labels)}`,
  gateMissing: (to: string, fields: readonly string[]) =>
    `「${to}」へ進める前に${quoteList(fields)}を記録してください（サイドバーの「書類の受領」）。何も変更していません。`,
};

/** Messages of the calendar (src/domain/calendar). */
export const calendarMessages = {
  invalidDate: (value: string) => `日付の形式が正しくありません（YYYY-MM-DD で指定）：${value}`,
  holidayYearOutOfRange: (year: number, first: number, last: number) =>
    `${year}年の祝日データがありません（収録範囲：${first}年～${last}年）。` +
    'scripts/generate-holidays.ts で祝日データを更新してください。',
};

/** Messages of the 和暦 formatter (src/domain/wareki.ts). */
export const warekiMessages = {
  outOfRange: (iso: string) => `${iso} は和暦に変換できません（明治6年1月1日以降に対応）。`,
};

/** Button captions of the allowed moves, by move kind. */
export const MOVE_LABELS: Record<string, (to: string) => string> = {
  forward: (to) => `「${to}」へ進める`,
  'skip-optional': (to) => `「${to}」へ進める（協定なし）`,
  rework: (to) => `「${to}」へ差し戻す`,
  decline: () => '不採択（実施困難の回答）',
  ineligible: () => '対象外とする',
  withdraw: () => '取下げ',
};

export const DIALOGUE_HEADERS = [
  '対話日',
  '案件番号',
  '相手方・出席者',
  '概要',
  '記録者',
  '記録日時',
  // The action's idempotency key: a retry finds the row instead of adding it again.
  '操作ID',
];

/** Comments of history rows for events that do not change the status. */
export const HISTORY_NOTES = {
  departmentAssigned: (department: string, due: string, request: string) =>
    `担当課を割り当て：${department}（期限 ${due}）${request ? `／依頼内容：${request}` : ''}`,
  dialogueAdded: (date: string, parties: string, summary: string) =>
    `対話記録：${date} ${parties}／${summary}`,
  goalsSaved: '目標（共有）・役割分担を更新',
  checklistDone: (label: string) => `実施準備チェック：${label} 完了`,
  checklistUndone: (label: string) => `実施準備チェック：${label} 未完了に戻す`,
  preConsultationRegistered: '事前相談を登録（デスク登録）',
  directEdit: 'ステータス欄の直接編集',
  /** Dates as the staff date style writes them (src/domain/calendar/displayDate.ts). */
  agreementSaved: (date: string, end: string, previousEnd: string) =>
    `協定の内容を更新（締結日 ${date || '未定'}、満了日 ${end || '未定'}${previousEnd && previousEnd !== end ? `／満了日を ${previousEnd} から変更` : ''}）`,
  receiptRecorded: (field: string, date: string, url: string) =>
    `${field}を記録：${date}${url ? `（${url}）` : ''}`,
  publicationSaved: (decision: string, publishedOn: string) =>
    `公開設定を更新：${decision}${publishedOn ? `（公開日 ${publishedOn}）` : ''}`,
};

/** Field names the workflow's messages name ("…を入力してください。"). */
export const WORKFLOW_FIELDS = {
  comment: 'コメント',
  goal: '目標',
  roleSplit: '役割分担',
  department: '担当課',
  departmentRequest: '依頼内容',
  answerDue: '回答期限',
  dialogueDate: '対話日',
  dialogueParties: '相手方・出席者',
  dialogueSummary: '概要',
  publication: '公開可否',
  publicSummary: '公開概要',
  publishedOn: '公開日',
};

/** Sunday first, as Date.getUTCDay() counts: '令和8年5月25日（月）'. */
export const WEEKDAY_NAMES = ['日', '月', '火', '水', '木', '金', '土'];

/** The description of an append-only log's sheet protection (履歴, 対話記録). */
export const appendOnlyProtection = (sheet: string) => `${sheet}（追記のみ・編集不可）`;

export const WORKFLOW_UI = {
  sidebarTitle: (caseNumber: string) => `案件 ${caseNumber}`,
  preConsultationTitle: '事前相談を登録',
  selectCaseRow: `「案件台帳」シートで案件の行を選択してから、もう一度メニューを選んでください。`,
  noSuchRow: (row: number) => `案件台帳の ${row} 行目に案件がありません。`,
  rowMoved: (caseNumber: string, row: number) =>
    `案件台帳の ${row} 行目は案件 ${caseNumber} ではなくなりました（並べ替え・行の削除など）。案件の行を選択して開き直してください。`,
  staleStatus: (caseNumber: string, expected: string, actual: string) =>
    `案件 ${caseNumber} のステータスは、ほかの人が「${expected}」から「${actual}」に変更しました。画面を開き直して最新の状態を確認してください。`,
  noRegister: 'シート「案件台帳」がありません。初期設定を実行してください。',
  noSheet: (name: string) => `シート「${name}」がありません。初期設定を実行してください。`,
  caseClosed: (status: string) => `「${status}」の案件は変更できません。`,
  tooLong: (field: string, max: number) => `${field}は ${max} 文字以内で入力してください。`,
  required: (field: string) => `${field}を入力してください。`,
  badDate: (field: string, value: string) =>
    `${field}「${value}」は日付として読めません。YYYY-MM-DD の形式で入力してください。`,
  unreadableRegisterDate: (column: string, value: string) =>
    `案件台帳の「${column}」の「${value}」は日付として読めません。2026-05-01 や 令和8年5月1日 の形で入力し直してから、もう一度お試しください。何も変更していません。`,
  dateInFuture: (field: string) => `${field}に未来の日付は指定できません。`,
  dateInPast: (field: string) => `${field}に過去の日付は指定できません。`,
  unknownDepartment: (name: string) =>
    `担当課「${name}」が「担当課」シートにありません。シートに追加してから選んでください。`,
  departmentNoEmail: (name: string) =>
    `担当課「${name}」のメールアドレスが「担当課」シートにないか、形式が正しくありません。`,
  departmentMailFailed: (name: string) =>
    `担当課「${name}」へのメールを送信できませんでした（送信上限など）。時間をおいてもう一度お試しください。台帳は変更していません。`,
  checklistNotPoc: '実施準備のチェックは実証実験サポートの案件だけで使えます。',
  checklistWrongStatus: (status: string) =>
    `実施準備のチェックは「実施準備」の案件で使えます（現在「${status}」）。`,
  unknownChecklistItem: (id: string) => `チェック項目「${id}」はありません。`,
  statusEditReverted: (message: string) => `ステータスを元に戻しました。${message}`,
  statusEditRecorded: (caseNumber: string, from: string, to: string) =>
    `案件 ${caseNumber} のステータスを「${from}」から「${to}」に変更し、履歴に記録しました。`,
  statusEditsSummary: (recorded: number, reverted: number) =>
    [
      recorded ? `ステータス ${recorded} 件を変更し、履歴に記録しました。` : '',
      reverted ? `ステータス ${reverted} 件を元に戻しました。` : '',
    ].join(''),
  statusEditRowReason: (caseNumber: string, row: number, reason: string) =>
    `・${caseNumber ? `案件 ${caseNumber}` : `${row} 行目`}：${reason}`,
  statusEditMoreReasons: (count: number) => `・ほか ${count} 件`,
  logProtected: (sheet: string, email: string) =>
    `シート「${sheet}」は保護されていて、${email} は編集者に含まれていません。設定シートのデスク職員を確認し、「設定を反映」（または「初期設定」）を実行すると保護の編集者に追加されます。何も変更していません。`,
  historyWriteFailed:
    '履歴シートに記録できませんでした（一時的なエラー）。少し待ってからもう一度入力してください。',
  toastTitle: '公民連携デスク',
  outsideSpreadsheet: 'この操作はスプレッドシートの中からのみ実行できます。',
  busy: 'ほかの処理（期限確認・受付など）が実行中です。少し待ってから、同じボタンをもう一度押してください。',
  mailFailed: (to: string) =>
    `${to} へのメールを送信できませんでした（送信上限など）。時間をおいて、同じボタンをもう一度押してください。`,
  journalUnreadable: '中断された操作の記録を読めませんでした（journal.pending）。',
  moreStatusesReverted: (count: number) => `ほか ${count} 件のステータスも同じ理由で戻しました。`,
  unrecordedStatusReverted: (caseNumber: string, typed: string, recorded: string) =>
    `案件 ${caseNumber}：直接入力された「${typed}」は記録が完了しなかったため、「${recorded}」に戻しました。必要ならもう一度変更してください。`,
  invalidRequest: '要求の内容が正しくありません。画面を開き直してください。',
  endBeforeStart: '協定満了日が協定締結日より前になっています。日付を確かめてください。',
  badUrl: (field: string) =>
    `${field}は https:// で始まるリンク（Google ドライブのファイルなど）を入力してください。`,
  unknownChoice: (field: string, value: string, choices: readonly string[]) =>
    `${field}「${value}」は選べません。選べるもの：${choices.map((c) => `「${c}」`).join('、')}`,
};

export const DEPARTMENT_MAIL = {
  subject: (caseNumber: string, title: string, due: string) =>
    // A title typed with Alt+Enter must not break the subject line.
    `【庁内調整依頼】${caseNumber} ${title.replace(/\s*[\r\n]+\s*/g, ' ')}（回答期限 ${due}）`,
  /**
   * A case card (issue 12): no link to the register; the applicant's email and phone only when
   * 設定「担当課に申請者の連絡先を示す」 allows; the answer goes through the pre-filled form link.
   */
  body: (p: {
    department: string;
    contactName: string;
    caseNumber: string;
    title: string;
    organisation: string;
    track: string;
    status: string;
    summary: string;
    request: string;
    due: string;
    /** Applicant contact lines, empty unless 設定 allows them. */
    contact: { name: string; email: string; phone: string } | null;
    formUrl: string;
    code: string;
    deskName: string;
    deskDepartment: string;
    phone: string;
    actor: string;
  }) =>
    [
      `${p.department}${p.contactName ? ` ${p.contactName} 様` : ' ご担当者様'}`,
      '',
      `${p.deskName}です。公民連携の提案について、庁内調整をお願いします。`,
      '',
      '■ 案件',
      `案件番号: ${p.caseNumber}`,
      `件名: ${p.title}`,
      `提案者: ${p.organisation}`,
      `連携手法: ${p.track}`,
      `現在の状況: ${p.status}`,
      ...(p.contact
        ? [
            `提案者の担当者: ${p.contact.name}`,
            `連絡先: ${p.contact.email}${p.contact.phone ? ` ／ ${p.contact.phone}` : ''}`,
          ]
        : []),
      '',
      '■ 提案の概要',
      p.summary,
      '',
      '■ お願いしたいこと',
      p.request,
      '',
      `■ 回答期限: ${p.due}`,
      '',
      ...(p.formUrl
        ? [
            '■ 回答方法',
            '次のリンクから庁内回答フォームを開き、「対応可／条件付きで可／対応困難／要協議」とコメント、回答者名を送信してください（案件番号と確認コードは入力済みです）。',
            p.formUrl,
            `確認コード: ${p.code}`,
          ]
        : [
            '■ 回答方法',
            'このメールへの返信で、回答（対応可／条件付きで可／対応困難／要協議）とコメントをお知らせください。',
          ]),
      '',
      '――――――――――――――――――――',
      `${p.deskName}（${p.deskDepartment}）`,
      `電話 ${p.phone}`,
      `担当 ${p.actor}`,
    ].join('\n'),
};

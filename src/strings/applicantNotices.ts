/**
 * Japanese text of the applicant's notices (issue 12): the short email sent when a case enters a
 * stage that matters to the applicant (the process table, src/domain/workflow/processTable.ts), the
 * history notes about it, and the receipt's paragraphs that differ by track and kind. Composed by
 * src/domain/applicantNotice.ts. Never an internal comment: only these texts and the case's
 * number, title and the applicant's names go into a notice.
 */
import type { DeskContact } from '../strings';

/** The stages that may notify (statuses of the process table; 設定 names them the same way). */
export type NoticeStage =
  | '対話・調整'
  | '回答（可）'
  | '不採択'
  | '連携協定締結'
  | '報告書受領'
  | '完了'
  | '取下げ'
  | '担当課へ引継ぎ';

/** The track as the notice needs it (partnership, PoC, or a method run by a department). */
export type NoticeTrack = 'partnership' | 'poc' | 'other';

interface StageText {
  /** The subject's phrase after the desk's name. */
  subject: string;
  /** The stage in words the applicant understands. */
  stage: string;
  /** What happened, one or two sentences. */
  headline: string;
  /** What happens next, per track (a track absent uses `default`). */
  next: Partial<Record<NoticeTrack, string>> & { default: string };
}

export const NOTICE_STAGES: Record<NoticeStage, StageText> = {
  '対話・調整': {
    subject: '対話・調整を開始します',
    stage: '対話・調整（提案内容の具体化に向けた打合せ・庁内調整）',
    headline: 'ご提案の内容を確認し、対話・調整の段階に進みました。',
    next: {
      default:
        'デスクの担当者から、打合せ（対話）の日程についてご連絡いたします。あわせて、庁内の関係課と調整を進めます。',
    },
  },
  '回答（可）': {
    subject: '検討結果のお知らせ',
    stage: '実施に向けた調整（ご提案を実施する方向で回答）',
    headline: 'ご提案について庁内で検討した結果、実施に向けて進めることとなりました。',
    next: {
      default:
        '回答書をお送りしますので、あわせてご確認ください。今後、事業の実施（必要に応じて連携協定の締結）に向けて、具体的な内容をご相談いたします。',
      poc: '回答書をお送りしますので、あわせてご確認ください。今後、連携協定の締結と実証実験の実施に向けて、具体的な内容をご相談いたします。なお、実証実験に係る費用はご提案者様のご負担となり、実証実験の終了後には報告書をご提出いただきます。',
    },
  },
  不採択: {
    subject: '検討結果のお知らせ',
    stage: '検討終了（今回は実施を見送り）',
    headline:
      'ご提案について庁内で慎重に検討いたしましたが、誠に恐れ入りますが、今回は実施が困難であるとの結論に至りました。',
    next: {
      default:
        '詳しくは、別途お送りする回答書をご確認ください。ご提案いただきましたことに、あらためて御礼申し上げます。',
    },
  },
  連携協定締結: {
    subject: '連携協定を締結しました',
    stage: '連携協定の締結',
    headline: '連携協定を締結いたしました。',
    next: {
      default: '協定に基づき、事業の実施に向けて引き続きご協力をお願いいたします。',
      poc: '今後、実証実験の実施に向けた準備（関係各所との調整、使用許可の申請等）を進めます。実証実験の終了後は、報告書をご提出ください。',
    },
  },
  報告書受領: {
    subject: '報告書を受領しました',
    stage: '報告書の受領',
    headline: '実証実験の報告書を受領いたしました。ご提出いただき、ありがとうございます。',
    next: { default: '内容を確認のうえ、必要に応じてご連絡いたします。' },
  },
  完了: {
    subject: '手続が完了しました',
    stage: '完了',
    headline: '本件の手続はすべて完了いたしました。',
    next: {
      default:
        'ご協力いただき、ありがとうございました。今後とも公民連携の推進にご理解とご協力をお願いいたします。',
      other:
        '本件は担当課へ引き継ぎ、デスクでの手続は完了いたしました。今後の手続は担当課からご案内いたします。',
    },
  },
  // その他の連携手法: the desk's answer is the hand-over; the department runs its own procedure.
  担当課へ引継ぎ: {
    subject: '担当課へ引き継ぎました',
    stage: '担当課への引継ぎ（所管課での手続へ）',
    headline: 'ご提案の内容を確認し、本件の手続を所管する担当課へ引き継ぎました。',
    next: {
      default:
        '今後の手続（制度ごとの申請・公募等）については、担当課からご連絡いたします。ご不明な点は、デスクまでお問い合わせください。',
    },
  },
  取下げ: {
    subject: '取下げを承りました',
    stage: '取下げ',
    headline: 'ご提案の取下げを承りました。',
    next: {
      default: 'これまでのご協力に感謝申し上げます。またのご提案をお待ちしております。',
    },
  },
};

export const APPLICANT_NOTICE = {
  subject: (deskName: string, caseNumber: string, phrase: string) =>
    `【${deskName}】ご提案について：${phrase}（受付番号 ${caseNumber}）`,
  body: (p: {
    organisation: string;
    name: string;
    caseNumber: string;
    title: string;
    stage: string;
    headline: string;
    next: string;
    contact: DeskContact;
  }) =>
    [
      ...(p.organisation ? [p.organisation] : []),
      `${p.name || 'ご担当者'} 様`,
      '',
      `${p.contact.deskName}です。いつもお世話になっております。`,
      'ご提案の状況について、お知らせいたします。',
      '',
      `受付番号: ${p.caseNumber}`,
      `件名: ${p.title}`,
      `現在の状況: ${p.stage}`,
      '',
      p.headline,
      '',
      '今後について:',
      p.next,
      '',
      'お問合せの際は受付番号をお知らせください。',
      '',
      ...noticeSignature(p.contact),
    ].join('\n'),
};

function noticeSignature(c: DeskContact): string[] {
  return [
    '――――――――――――――――――――',
    c.department ? `${c.deskName}（${c.department}）` : c.deskName,
    ...(c.address ? [c.address] : []),
    ...(c.phone ? [`電話 ${c.phone}`] : []),
    ...(c.email ? [`メール ${c.email}`] : []),
  ];
}

/** History notes about a notice (the history comment, after the person's own comment). */
export const NOTICE_HISTORY = {
  sent: (stage: string, to: string) => `［申請者へお知らせ：${stage}（${to}）］`,
  noAddress: (stage: string) =>
    `［申請者のメールアドレスがないか正しくないため、お知らせ（${stage}）は送っていません］`,
  refused: (stage: string, to: string) =>
    `申請者へのお知らせ（${stage}）を送信できませんでした（${to}）。必要に応じて申請者へご連絡ください。`,
};

/** The receipt's paragraphs that differ by track and kind (several may apply). */
export const RECEIPT_NOTES = {
  poc: [
    '【実証実験サポートについて】',
    '実証実験の運営全般および実証実験に係る費用は、ご提案者様のご負担となります（市の予算以外から費用を捻出することを基本としています）。',
    '実証実験の終了後には、報告書をご提出いただきます。',
  ],
  challenge: (challenge: string) => [
    '【課題提案】',
    `次の課題へのご提案として受け付けました: ${challenge}`,
  ],
  challengeMissing: [
    '【課題提案】',
    '課題提案として受け付けましたが、対象の課題が選ばれていないため、デスクから確認のご連絡をいたします。',
  ],
  preConsultation: [
    '【事前相談】',
    '事前相談をご希望とのことですので、日程を調整するため、デスクの担当者からご連絡いたします。',
  ],
};

/**
 * The marker corpus of the disclosure case file (issue 13 item 4): every private value is a
 * unique marker, written into the case's own fields and repeated in free texts (proposal, goals,
 * history comments, dialogue parties and summaries) in the variants people type (no space, a
 * full-width space, full-width digits, other letter case). After masking, no marker may remain;
 * the public values must be there as they were. Pure data: the unit tests use it directly, the
 * integration and chaos tests write it onto a desk (test/support/disclosure.ts).
 */

/** Private values: none of these may appear in a disclosure file. */
export const MARKERS = {
  name: '鰐淵 珠里',
  representativeName: '轟 鏡太郎',
  email: 'mk-applicant-7q@mk-corp.example.co.jp',
  phone: '090-7777-1234',
  /** Found only inside free text. */
  otherEmail: 'mk-other.5@elsewhere.example.jp',
  otherPhone: '03-5555-0199',
  mobileFullWidth: '０８０－６６６６－４３２１',
  /** Words the desk lists in 設定「情報公開でマスクする語句」. */
  secret: '極秘製法MK9',
  secret2: '焙煎温度表ZQ',
} as const;

/** The staff member who acts on the case (history 実行者, dialogue 記録者). */
export const MARKER_STAFF = 'mk-staff-3z@city.example.lg.jp';

/** Every string that must not appear (compare case-insensitively), with the variants the free texts use. */
export function forbiddenStrings(staff: string = MARKER_STAFF): string[] {
  const spaceless = (s: string) => s.replace(/[\s\u3000]+/g, '');
  return [
    ...Object.values(MARKERS),
    spaceless(MARKERS.name),
    spaceless(MARKERS.representativeName),
    '7777-1234',
    '5555-0199',
    '６６６６－４３２１',
    'mk-applicant-7q',
    'mk-other.5',
    staff,
    staff.split('@')[0],
  ];
}

/** Public values: each must be in the file as it is. */
export const PUBLIC = {
  title: '除雪車両の位置情報を活用した除雪状況の見える化',
  organisation: '株式会社あおもりテック',
  goal: '除雪の進捗を市民に分かりやすく届け、問合せを減らす。',
  partnershipItems: '除雪車両の位置情報の可視化',
  department: '道路維持課',
  /** A Drive link whose id holds ten digits in a row: not a phone number. */
  latestDocument: 'https://docs.google.com/document/d/0177611234567abcXYZ/edit',
} as const;

/** 設定「情報公開でマスクする語句」 as the desk types it. */
export const MASK_WORDS = `${MARKERS.secret}、 ${MARKERS.secret2}`;

/** Free texts of the register row that repeat private values. */
export const REGISTER_TEXTS = {
  content: [
    `担当は鰐淵珠里（${MARKERS.mobileFullWidth}、${MARKERS.email}）です。`,
    `${MARKERS.secret.toLowerCase()} を用います。別の連絡先 ${MARKERS.otherPhone}（${MARKERS.otherEmail}）。`,
    '実施は令和8年7月1日から。受付番号 R8-0001 の件。費用 1,000,000円。',
  ].join('\n'),
  representative: `代表取締役 ${MARKERS.representativeName}`,
  roleSplit: `乙: 鰐淵\u3000珠里が窓口、轟鏡太郎が決裁。${MARKERS.secret2}は開示しない。`,
};

/** The dialogue entries staff record (parties and summary). */
export const DIALOGUES = [
  {
    date: '2026-05-01',
    parties: `${MARKERS.representativeName} 社長、鰐淵珠里 氏（${PUBLIC.organisation}）、道路維持課`,
    summary: `轟 鏡太郎氏より${MARKERS.secret}の概要説明。連絡は ${MARKERS.phone} まで。`,
  },
  {
    date: '2026-05-08',
    parties: `${MARKERS.name}、デスク`,
    summary: '実証の範囲を確認した。',
  },
];

/** The forbidden strings found in `text` (case-insensitive). */
export function leakedMarkers(text: string, staff: string = MARKER_STAFF): string[] {
  const lower = text.toLowerCase();
  return forbiddenStrings(staff).filter((m) => lower.includes(m.toLowerCase()));
}

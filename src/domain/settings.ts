import { DEFAULT_CASE_NUMBER_FORMAT, validateCaseNumberFormat } from './caseNumber';
import { isIsoDate } from './calendar/isoDate';
import { validateReplyNumberFormat } from './documents/replyNumber';
import { toTokyoDate } from './calendar/tokyoTime';
import { PUBLICATION_CONSENT_HELP_DEFAULT } from '../strings/publication';
import { DOCUMENT_TEMPLATE_SETTINGS } from '../strings/documents';
import { DOCUMENT_KIND_IDS, DOCUMENT_KIND_TABLE, TemplateSettingKey } from './documents/kindTable';

/** The desk's zone: case numbers, fiscal years and due dates are reckoned in Japan time. */
export const DESK_TIME_ZONE = 'Asia/Tokyo';

/**
 * The desk's settings as the city edits them in the 設定 sheet: one row per item (label, value,
 * description). Defaults come from the guideline (contact) and docs/domain.md (due days).
 */
/** Settings holding a status's due time (docs/domain.md "Deadlines and reminders"). */
export type DueSettingKey =
  'dueReceiptCheck' | 'dueDialogueIdle' | 'dueProposalReview' | 'dueDecision' | 'dueAgreement';

/** How a due time counts: business days (the default) or calendar days (「10暦日」). */
export type DayCount = 'business' | 'calendar';

/** The template ids of the document kinds (keys: DOCUMENT_KIND_TABLE, src/domain/documents/kindTable.ts). */
export interface Settings extends Record<TemplateSettingKey, string> {
  deskName: string;
  department: string;
  address: string;
  phone: string;
  deskEmail: string;
  staffEmails: string[];
  caseNumberFormat: string;
  sendReceipts: boolean;
  dueReceiptCheck: number;
  dueDialogueIdle: number;
  dueProposalReview: number;
  dueDecision: number;
  dueAgreement: number;
  /** Due times counted in calendar days; every other one counts business days. */
  dueUnits: Partial<Record<DueSettingKey, DayCount>>;
  pocReportDays: number;
  pocReportReminderDays: number;
  agreementRenewalNoticeDays: number;
  /** A business-day due date is "due soon" from this many business days before it. */
  dueSoonBusinessDays: number;
  sweepHour: number;
  extraClosures: string[];
  cityName: string;
  /** 甲's address in agreements and the sender's in reply letters (issue 12). */
  cityAddress: string;
  /** The mayor's title (青森市長), printed before the name. */
  mayorTitle: string;
  /** The mayor's name only (older desks may hold 職・氏名 here; documents print it as it is). */
  mayorName: string;
  /** 文書番号 of reply letters: {元号}{年度}{西暦年度}{連番} (a per-fiscal-year sequence). */
  replyNumberFormat: string;
  /** Print （公印省略） on reply letters. */
  sealOmitted: boolean;
  /** Stages whose move does not notify the applicant (labels, see the process table). */
  applicantNoticesOff: string[];
  /** Show the applicant's email and phone in the department's hand-off case card. */
  departmentSeesApplicantContact: boolean;
  /** The city's Google Workspace domain: the 庁内回答フォーム requires sign-in within it. */
  cityDomain: string;
  documentsFolderId: string;
  /** The spreadsheet's time zone, set by 初期設定 (the desk works in Japan time). */
  timeZone: string;
  /** Words the disclosure case file masks besides personal data (comma-separated text). */
  disclosureMaskWords: string;
  /** Publication (issue 13): the form's wording of 公開への同意. */
  publicationConsentHelp: string;
  /** The Drive folder of 公開一覧.csv / .json ('' = no files). */
  publicationFolderId: string;
  /** Share the public files and spreadsheet with anyone who has the link. */
  publicationShareByLink: boolean;
  /** The annual report's template (issue 14; made on first use when blank). */
  templateAnnualReport: string;
}

interface SettingDefinition {
  key: keyof Settings;
  label: string;
  description: string;
  kind: 'text' | 'list' | 'number' | 'boolean' | 'due';
}

export const SETTING_DEFINITIONS: SettingDefinition[] = [
  { key: 'deskName', label: 'デスク名', kind: 'text', description: 'メール・文書に表示する窓口名' },
  { key: 'department', label: '担当部署', kind: 'text', description: '窓口の所属' },
  { key: 'address', label: '住所', kind: 'text', description: '窓口の住所' },
  { key: 'phone', label: '電話番号', kind: 'text', description: '窓口の電話番号' },
  {
    key: 'deskEmail',
    label: 'デスクのメールアドレス',
    kind: 'text',
    description: '申請者への返信先（空欄なら送信者のアドレス）',
  },
  {
    key: 'staffEmails',
    label: 'デスク職員',
    kind: 'list',
    description: '案件を操作できる職員のメールアドレス（カンマ区切り）。新着通知の宛先',
  },
  {
    key: 'caseNumberFormat',
    label: '案件番号の書式',
    kind: 'text',
    description:
      '{元号}{年度}{西暦年度}{連番:桁数} が使えます（例: {元号}{年度}-{連番:4} → R7-0001）',
  },
  {
    key: 'sendReceipts',
    label: '受付メールを送る',
    kind: 'boolean',
    description: 'はい/いいえ。提案者へ受付番号を記載したメールを送る',
  },
  {
    key: 'dueReceiptCheck',
    label: '期限: 受付・内容確認',
    kind: 'due',
    description: '受付から。営業日数（例: 5）。暦日で数えるときは「10暦日」',
  },
  {
    key: 'dueDialogueIdle',
    label: '期限: 対話・調整',
    kind: 'due',
    description: '最後の対話記録から。営業日数（例: 5）。暦日で数えるときは「10暦日」',
  },
  {
    key: 'dueProposalReview',
    label: '期限: 提案書確認',
    kind: 'due',
    description: 'ステータス変更から。営業日数（例: 5）。暦日で数えるときは「10暦日」',
  },
  {
    key: 'dueDecision',
    label: '期限: 実施可否判断',
    kind: 'due',
    description: 'ステータス変更から。営業日数（例: 5）。暦日で数えるときは「10暦日」',
  },
  {
    key: 'dueAgreement',
    label: '期限: 連携協定締結',
    kind: 'due',
    description: 'ステータス変更から。営業日数（例: 5）。暦日で数えるときは「10暦日」',
  },
  {
    key: 'pocReportDays',
    label: '実証実験の報告書提出期限（終了後の日数）',
    kind: 'number',
    description: '暦日',
  },
  {
    key: 'pocReportReminderDays',
    label: '報告書のリマインド（期限の何日前）',
    kind: 'number',
    description: '営業日（土日・祝日・年末年始・臨時閉庁日を除いて数える）',
  },
  {
    key: 'agreementRenewalNoticeDays',
    label: '協定満了の通知（何日前）',
    kind: 'number',
    description: '暦日（その日が閉庁日なら前の開庁日に通知）',
  },
  {
    key: 'dueSoonBusinessDays',
    label: '期限間近の通知（何営業日前）',
    kind: 'number',
    description: '営業日の期限がこの営業日数以内になったら通知し、台帳で色付けする',
  },
  {
    key: 'sweepHour',
    label: '毎日の期限確認の時刻',
    kind: 'number',
    description: '0〜23時（日本時間）',
  },
  {
    key: 'extraClosures',
    label: '休庁日（追加）',
    kind: 'list',
    description: '祝日・年末年始以外の休庁日（YYYY-MM-DD、カンマ区切り）',
  },
  {
    key: 'cityName',
    label: '自治体名',
    kind: 'text',
    description: '協定書・回答書の甲（例: ○○市）',
  },
  {
    key: 'cityAddress',
    label: '自治体の所在地',
    kind: 'text',
    description: '協定書の甲の所在地・回答書の発信者の所在地',
  },
  {
    key: 'mayorTitle',
    label: '市長の職名',
    kind: 'text',
    description: '協定書・回答書に記載する職名（例: ○○市長）',
  },
  {
    key: 'mayorName',
    label: '市長名',
    kind: 'text',
    description: '協定書・回答書に記載する市長の氏名（例: ○○ ○○）',
  },
  {
    key: 'replyNumberFormat',
    label: '文書番号の書式',
    kind: 'text',
    description:
      '回答書の文書番号。{元号}{年度}{西暦年度}{連番} が使えます（例: 連第{連番}号）。連番は年度ごと',
  },
  {
    key: 'sealOmitted',
    label: '公印省略',
    kind: 'boolean',
    description: 'はい/いいえ。回答書に「（公印省略）」と記載する',
  },
  {
    key: 'applicantNoticesOff',
    label: '申請者に通知しない段階',
    kind: 'list',
    description:
      '段階が進んだとき申請者へ送るお知らせのうち、送らないもの（例: 対話・調整, 報告書受領。カンマ区切り）。空欄ならすべて送る',
  },
  {
    key: 'departmentSeesApplicantContact',
    label: '担当課に申請者の連絡先を示す',
    kind: 'boolean',
    description: 'はい/いいえ。担当課への引継ぎメールに申請者のメールアドレス・電話番号を載せる',
  },
  {
    key: 'cityDomain',
    label: '庁内のメールドメイン',
    kind: 'text',
    description:
      '庁内回答フォームへの回答をこのドメインのアカウントに限る（例: city.example.lg.jp）',
  },
  {
    key: 'documentsFolderId',
    label: '文書フォルダID',
    kind: 'text',
    description: '案件ごとのフォルダを作る親フォルダ（初期設定で作成）',
  },
  // One row per document kind, in the table's order.
  ...DOCUMENT_KIND_IDS.map((id): SettingDefinition => ({
    key: DOCUMENT_KIND_TABLE[id].templateSetting,
    label: DOCUMENT_TEMPLATE_SETTINGS[id].label,
    kind: 'text',
    description: DOCUMENT_TEMPLATE_SETTINGS[id].description,
  })),
  {
    key: 'timeZone',
    label: 'タイムゾーン',
    kind: 'text',
    description: 'スプレッドシートのタイムゾーン（初期設定で設定。通常は Asia/Tokyo）',
  },
  {
    key: 'disclosureMaskWords',
    label: '情報公開でマスクする語句',
    kind: 'text',
    description:
      '情報公開用の案件記録で■■■に置き換える語句（営業上の秘密など、カンマ区切り）。氏名・メールアドレス・電話番号は自動で伏せます',
  },
  {
    key: 'publicationConsentHelp',
    label: '公開への同意（フォームの説明）',
    kind: 'text',
    description: '提案フォームの「公開への同意」の説明文（初期設定でフォームに反映）',
  },
  {
    key: 'publicationFolderId',
    label: '公開ファイルのフォルダID',
    kind: 'text',
    description: '公開一覧の CSV・JSON を置く Google ドライブのフォルダID（空欄なら作成しない）',
  },
  {
    key: 'publicationShareByLink',
    label: '公開ファイルをリンクで共有',
    kind: 'boolean',
    description:
      'はい/いいえ。公開一覧（CSV・JSON・スプレッドシート）をリンクを知っている全員に閲覧可で共有する',
  },
  {
    key: 'templateAnnualReport',
    label: 'テンプレート: 年次報告',
    kind: 'text',
    description: 'Google ドキュメントのID（空欄なら初回の作成時に既定のテンプレートを作成）',
  },
];

function blankTemplateSettings(): Record<TemplateSettingKey, string> {
  return Object.fromEntries(
    DOCUMENT_KIND_IDS.map((id) => [DOCUMENT_KIND_TABLE[id].templateSetting, '']),
  ) as Record<TemplateSettingKey, string>;
}

export function defaultSettings(installerEmail = ''): Settings {
  return {
    deskName: '青森市公民連携デスク',
    department: '青森市 企画部 連携推進課',
    address: '〒038-8505 青森県青森市柳川一丁目１－１ 柳川庁舎３階',
    phone: '017-761-4154',
    deskEmail: '',
    staffEmails: installerEmail ? [installerEmail] : [],
    caseNumberFormat: DEFAULT_CASE_NUMBER_FORMAT,
    sendReceipts: true,
    dueReceiptCheck: 5,
    dueDialogueIdle: 10,
    dueProposalReview: 15,
    dueDecision: 10,
    dueAgreement: 20,
    dueUnits: {
      dueReceiptCheck: 'business',
      dueDialogueIdle: 'business',
      dueProposalReview: 'business',
      dueDecision: 'business',
      dueAgreement: 'business',
    },
    pocReportDays: 30,
    pocReportReminderDays: 7,
    agreementRenewalNoticeDays: 60,
    dueSoonBusinessDays: 2,
    sweepHour: 8,
    extraClosures: [],
    cityName: '青森市',
    cityAddress: '青森県青森市中央一丁目22番5号',
    mayorTitle: '青森市長',
    mayorName: '',
    replyNumberFormat: '青連第{連番}号',
    sealOmitted: true,
    applicantNoticesOff: [],
    departmentSeesApplicantContact: false,
    cityDomain: '',
    documentsFolderId: '',
    ...blankTemplateSettings(),
    timeZone: DESK_TIME_ZONE,
    disclosureMaskWords: '',
    publicationConsentHelp: PUBLICATION_CONSENT_HELP_DEFAULT,
    publicationFolderId: '',
    publicationShareByLink: false,
    templateAnnualReport: '',
  };
}

const TRUE_WORDS = ['はい', 'true', 'yes', '1', 'する', 'on'];
const FALSE_WORDS = ['いいえ', 'false', 'no', '0', 'しない', 'off'];

/** Reads the sheet's rows; unknown labels are ignored, blank or broken values keep the default. */
export function settingsFromRows(rows: unknown[][], defaults = defaultSettings()): Settings {
  const byLabel = new Map(rows.map((r) => [String(r[0] ?? '').trim(), r[1]]));
  const settings: Settings = { ...defaults };
  const target = settings as unknown as Record<string, unknown>;
  for (const def of SETTING_DEFINITIONS) {
    const raw = byLabel.get(def.label);
    if (raw === undefined || raw === null || String(raw).trim() === '') continue;
    const text = String(raw).trim();
    switch (def.kind) {
      case 'text':
        target[def.key] = text;
        break;
      case 'list':
        if (def.key === 'extraClosures') {
          target[def.key] = closureDates(raw);
          break;
        }
        target[def.key] = text
          .split(/[,、，\s]+/)
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case 'number': {
        // Full-width digits (５) are common in Japanese input; NFKC makes them ASCII.
        const digits = text.normalize('NFKC').replace(/[^\d.-]/g, '');
        const n = typeof raw === 'number' ? raw : digits === '' ? NaN : Number(digits);
        if (Number.isFinite(n)) target[def.key] = n;
        break;
      }
      case 'due': {
        const due = parseDue(text, raw);
        if (due) {
          target[def.key] = due.days;
          settings.dueUnits = { ...settings.dueUnits, [def.key]: due.unit };
        }
        break;
      }
      case 'boolean': {
        const word = text.normalize('NFKC').toLowerCase();
        if (typeof raw === 'boolean') target[def.key] = raw;
        else if (TRUE_WORDS.includes(word)) target[def.key] = true;
        else if (FALSE_WORDS.includes(word)) target[def.key] = false;
        break;
      }
    }
  }
  return settings;
}

/**
 * Extra closure days as ISO dates. A person may type '2026/5/7' (Sheets then stores a Date),
 * '2026-05-07' or several dates separated by commas; anything that is not a date is dropped.
 */
export function closureDates(raw: unknown): string[] {
  if (Object.prototype.toString.call(raw) === '[object Date]') {
    const date = raw as Date;
    return isNaN(date.getTime()) ? [] : [toTokyoDate(date)];
  }
  return String(raw ?? '')
    .normalize('NFKC')
    .split(/[,、，\s]+/)
    .map((token) => /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(token.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`)
    .filter(isIsoDate);
}

/**
 * A due time as typed: a number of business days (5, '５', '5営業日', '5開庁日'), or of calendar
 * days when it says so ('10暦日', '10日'). Null when no number can be read (the default stays).
 */
export function parseDue(text: string, raw?: unknown): { days: number; unit: DayCount } | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { days: raw, unit: 'business' } : null;
  const normalized = text.normalize('NFKC').replace(/\s/g, '');
  const m = normalized.match(/^(\d+)(.*)$/);
  if (!m) return null;
  const rest = m[2];
  const business = rest === '' || /営業|開庁/.test(rest);
  const calendar = /暦/.test(rest) || (!business && /^日/.test(rest));
  if (!business && !calendar) return null;
  return { days: Number(m[1]), unit: calendar ? 'calendar' : 'business' };
}

/** The rows setup writes for settings not yet in the sheet. */
export function settingRow(
  def: SettingDefinition,
  settings: Settings,
): [string, string | number, string] {
  const value = settings[def.key];
  if (def.kind === 'due') {
    const calendar = settings.dueUnits[def.key as DueSettingKey] === 'calendar';
    return [def.label, calendar ? `${value as number}暦日` : (value as number), def.description];
  }
  const cell =
    def.kind === 'list'
      ? (value as string[]).join(', ')
      : def.kind === 'boolean'
        ? value
          ? 'はい'
          : 'いいえ'
        : (value as string | number);
  return [def.label, cell, def.description];
}

export function isDeskStaff(settings: Settings, email: string): boolean {
  const normalized = email.trim().toLowerCase();
  return normalized !== '' && settings.staffEmails.some((s) => s.toLowerCase() === normalized);
}

/**
 * What in the settings would break the desk if applied, in words for the person who typed it
 * (empty: none). Checked when 設定 is applied (setup, 設定を反映, an edit of 設定), so a bad value
 * is refused when entered, not at the next intake.
 */
export function settingsProblems(settings: Settings): string[] {
  const problems: string[] = [];
  const format = validateCaseNumberFormat(settings.caseNumberFormat);
  if (format) problems.push(format);
  const replyNumber = validateReplyNumberFormat(settings.replyNumberFormat);
  if (replyNumber) problems.push(replyNumber);
  return problems;
}

/**
 * Every status a case can hold, as the Japanese label stored in the register's 状態 column.
 *
 * How the answer (回答) is recorded: a positive answer (可) is the status '回答（可）'; a negative
 * answer (不可) is a move to the terminal status '不採択' — from 実施可否判断 or, per the guideline
 * (実施困難と判断した場合は検討過程において早めに回答します), from any earlier step. So no case
 * ever sits in an ambiguous "回答" status, and 不採択 always means "the 不可 answer was sent".
 */
export const OPEN_STATUSES = [
  '事前相談',
  '受付・内容確認',
  '対話・調整',
  '提案書確認',
  '実施可否判断',
  '回答（可）',
  '連携協定締結',
  '事業実施',
  '実施準備',
  '実証実験の実施・立ち合い',
  '報告書作成',
  '報告書受領',
  '担当課へ引継ぎ',
] as const;

/** 完了 done; 不採択 declined (不可 answer sent); 取下げ withdrawn; 対象外 ineligible (e.g. 個人). */
export const TERMINAL_STATUSES = ['完了', '不採択', '取下げ', '対象外'] as const;

export type OpenStatus = (typeof OPEN_STATUSES)[number];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];
export type Status = OpenStatus | TerminalStatus;

export const ALL_STATUSES: readonly Status[] = [...OPEN_STATUSES, ...TERMINAL_STATUSES];

export function isStatus(value: string): value is Status {
  return (ALL_STATUSES as readonly string[]).includes(value);
}

/** Spaces and full-/half-width forms do not tell two statuses apart ('回答(可)' = '回答（可）'). */
function statusKey(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

const STATUS_BY_KEY = new Map<string, Status>(ALL_STATUSES.map((s) => [statusKey(s), s]));

/**
 * The status a cell's text stands for: the canonical label when the text is one written with
 * stray spaces or other-width characters (typed or pasted by hand), else the text as it is.
 */
export function statusFromText(text: string): string {
  return STATUS_BY_KEY.get(statusKey(text)) ?? text;
}

export function isTerminal(status: Status): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export function isOpen(status: Status): status is OpenStatus {
  return !isTerminal(status);
}

/**
 * User-facing Japanese messages of the pure domain modules, kept in one place so they can be
 * merged into src/strings.ts later without hunting through logic.
 */
const quoteList = (items: readonly string[]): string => items.map((s) => `「${s}」`).join('、');

export const workflowMessages = {
  terminal: (status: string) => `「${status}」は終了した状態のため、状態を変更できません。`,
  notInTrack: (status: string, trackLabel: string, allowedInitial: readonly string[]) =>
    `「${status}」は${trackLabel}の状態ではありません。${trackLabel}の開始状態：${quoteList(allowedInitial)}`,
  sameStatus: (status: string, allowed: readonly string[]) =>
    `すでに「${status}」です。移行できる状態：${quoteList(allowed)}`,
  notAllowed: (from: string, to: string, allowed: readonly string[]) =>
    `「${from}」から「${to}」へは移行できません。移行できる状態：${quoteList(allowed)}`,
};

export const calendarMessages = {
  invalidDate: (value: string) => `日付の形式が正しくありません（YYYY-MM-DD で指定）：${value}`,
  holidayYearOutOfRange: (year: number, first: number, last: number) =>
    `${year}年の祝日データがありません（収録範囲：${first}年～${last}年）。` +
    'scripts/generate-holidays.ts で祝日データを更新してください。',
};

export const warekiMessages = {
  outOfRange: (iso: string) => `${iso} は和暦に変換できません（明治6年1月1日以降に対応）。`,
};

import { fiscalEra } from './fiscalYear';

/** Default: 'R7-0001' — era initial, era year of the fiscal year, a 4-digit sequence. */
export const DEFAULT_CASE_NUMBER_FORMAT = '{元号}{年度}-{連番:4}';

const TOKEN = /\{(元号|年度|西暦年度|連番)(?::(\d+))?\}/g;

/**
 * Fills the number tokens of a format: {元号} (R), {年度} (era year of the fiscal year),
 * {西暦年度} (2025), {連番:N} (sequence padded to N digits). Shared by case numbers and the
 * 文書番号 of reply letters (src/domain/documents/replyNumber.ts).
 */
export function fillNumberTokens(
  format: string,
  fiscalYear: number,
  sequence: number,
): { text: string; hasSequence: boolean; hasYear: boolean } {
  const era = fiscalEra(fiscalYear);
  let hasSequence = false;
  let hasYear = false;
  const text = format.replace(TOKEN, (_m, token: string, width?: string) => {
    switch (token) {
      case '元号':
        return era.initial;
      case '年度':
        hasYear = true;
        return String(era.year);
      case '西暦年度':
        hasYear = true;
        return String(fiscalYear);
      default:
        hasSequence = true;
        return String(sequence).padStart(width ? Number(width) : 1, '0');
    }
  });
  return { text, hasSequence, hasYear };
}

/** Fills a case-number format (tokens: see fillNumberTokens). */
export function formatCaseNumber(format: string, fiscalYear: number, sequence: number): string {
  const { text, hasSequence, hasYear } = fillNumberTokens(format, fiscalYear, sequence);
  if (!hasSequence) throw new Error(`案件番号の書式に {連番} がありません: ${format}`);
  // The sequence restarts every fiscal year, so a format without the year would repeat numbers.
  if (!hasYear) {
    throw new Error(`案件番号の書式に {年度} または {西暦年度} がありません: ${format}`);
  }
  return text;
}

/** The message explaining why a city's format cannot produce unique numbers, or null. */
export function validateCaseNumberFormat(format: string): string | null {
  try {
    formatCaseNumber(format, 2025, 1);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The document-property key holding the last sequence used in a fiscal year. */
export function sequenceKey(fiscalYear: number): string {
  return `caseSequence.${fiscalYear}`;
}

import { tokyoParts } from './tokyoTime';

/** Japanese fiscal years start on 1 April (Asia/Tokyo). */
export function fiscalYearOf(instant: Date): number {
  const p = tokyoParts(instant);
  return p.month >= 4 ? p.year : p.year - 1;
}

/**
 * The era of a fiscal year as offices write it: FY2019 is 令和元年度 (the era changed on
 * 1 May 2019, and offices renamed the whole fiscal year), FY2025 is 令和7年度.
 */
export function fiscalEra(fiscalYear: number): { initial: string; name: string; year: number } {
  if (fiscalYear >= 2019) return { initial: 'R', name: '令和', year: fiscalYear - 2018 };
  if (fiscalYear >= 1989) return { initial: 'H', name: '平成', year: fiscalYear - 1988 };
  return { initial: 'S', name: '昭和', year: fiscalYear - 1925 };
}

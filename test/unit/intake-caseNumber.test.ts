import {
  DEFAULT_CASE_NUMBER_FORMAT,
  formatCaseNumber,
  sequenceKey,
  validateCaseNumberFormat,
} from '../../src/domain/caseNumber';

// docs/domain.md: applicants get "an immediate receipt with a case number"; the desk keeps "one
// register of every case". The format is the city's to configure (settings「案件番号の書式」).

describe('DEFAULT_CASE_NUMBER_FORMAT', () => {
  it('is era initial, era year of the fiscal year, and a 4-digit sequence', () => {
    expect(DEFAULT_CASE_NUMBER_FORMAT).toBe('{元号}{年度}-{連番:4}');
  });
});

describe('formatCaseNumber', () => {
  it('default format, FY2025, sequence 1 → R7-0001', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, 2025, 1)).toBe('R7-0001');
  });

  it('default format, FY2019 → R1 (令和元年度), not H31', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, 2019, 12)).toBe('R1-0012');
  });

  it('default format, FY2018 → H30', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, 2018, 345)).toBe('H30-0345');
  });

  it('{西暦年度} is the Western fiscal year', () => {
    expect(formatCaseNumber('{西暦年度}-{連番:3}', 2025, 7)).toBe('2025-007');
  });

  it('{西暦年度} of FY2025 stays 2025 (the fiscal year, not the calendar year of a January case)', () => {
    expect(formatCaseNumber('公民{西暦年度}第{連番}号', 2025, 42)).toBe('公民2025第42号');
  });

  it('{連番} without a width is not padded', () => {
    expect(formatCaseNumber('{元号}{年度}-{連番}', 2025, 7)).toBe('R7-7');
  });

  it('{連番:N} pads to N digits', () => {
    expect(formatCaseNumber('{西暦年度}-{連番:6}', 2025, 42)).toBe('2025-000042');
    expect(formatCaseNumber('{西暦年度}-{連番:2}', 2025, 5)).toBe('2025-05');
  });

  it('a sequence wider than the pad is printed in full, never truncated', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, 2025, 12345)).toBe('R7-12345');
    expect(formatCaseNumber('{年度}-{連番:2}', 2025, 100)).toBe('7-100');
  });

  it('a sequence exactly as wide as the pad is unchanged', () => {
    expect(formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, 2025, 9999)).toBe('R7-9999');
  });

  it('literal text around the tokens is kept as written', () => {
    expect(formatCaseNumber('青森-{元号}{年度}年度-No.{連番:4}', 2025, 3)).toBe(
      '青森-R7年度-No.0003',
    );
  });

  it('a token may appear more than once', () => {
    expect(formatCaseNumber('{元号}{年度}/{西暦年度}/{元号}-{連番:2}', 2025, 1)).toBe(
      'R7/2025/R-01',
    );
  });

  it('unknown tokens are left as written', () => {
    expect(formatCaseNumber('{部署}{年度}-{連番:3}', 2025, 1)).toBe('{部署}7-001');
  });

  it('a format without the fiscal year is refused: the sequence restarts every year', () => {
    expect(() => formatCaseNumber('{連番:4}', 2025, 1)).toThrow('{年度} または {西暦年度}');
  });

  it('is a pure function: the same inputs always give the same number (global regex state is not kept)', () => {
    const a = formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, 2025, 1);
    const b = formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, 2025, 1);
    const c = formatCaseNumber(DEFAULT_CASE_NUMBER_FORMAT, 2025, 1);
    expect([a, b, c]).toEqual(['R7-0001', 'R7-0001', 'R7-0001']);
  });

  it('a format without {連番} is refused with a Japanese message naming {連番} and the format', () => {
    expect(() => formatCaseNumber('{元号}{年度}', 2025, 1)).toThrow(
      '案件番号の書式に {連番} がありません: {元号}{年度}',
    );
  });

  it('an empty format is refused (it cannot produce unique numbers)', () => {
    expect(() => formatCaseNumber('', 2025, 1)).toThrow(/\{連番\} がありません/);
  });

  it('a misspelt sequence token such as {番号:4} is refused', () => {
    expect(() => formatCaseNumber('{元号}{年度}-{番号:4}', 2025, 1)).toThrow(/連番/);
  });
});

describe('validateCaseNumberFormat', () => {
  it('returns null for the default format', () => {
    expect(validateCaseNumberFormat(DEFAULT_CASE_NUMBER_FORMAT)).toBeNull();
  });

  it('returns null for a format with {西暦年度} and {連番}', () => {
    expect(validateCaseNumberFormat('{西暦年度}-{連番:5}')).toBeNull();
  });

  it('returns the Japanese message (not a throw) for a format without {連番}', () => {
    expect(validateCaseNumberFormat('{元号}{年度}-')).toBe(
      '案件番号の書式に {連番} がありません: {元号}{年度}-',
    );
  });
});

describe('sequenceKey', () => {
  it('is one document-property key per fiscal year', () => {
    expect(sequenceKey(2025)).toBe('caseSequence.2025');
  });

  it('differs between fiscal years so numbering restarts each 年度', () => {
    expect(sequenceKey(2025)).not.toBe(sequenceKey(2026));
  });
});

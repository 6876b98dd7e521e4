import {
  asCellText,
  CELL_CHARACTER_LIMIT,
  fitsInCell,
  splitForCells,
  valueAfterWrite,
} from '../../src/domain/cellText';

// cellText.ts: Sheets parse strings written by setValue(s)/appendRow like typed input, so every
// free-text answer is written with a leading apostrophe (also defuses formula injection,
// OWASP CSV injection / CWE-1236). Texts longer than a cell are kept whole in chunks.

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when a chunk neither starts with a low surrogate nor ends with a high one. */
function hasNoBrokenPair(chunk: string): boolean {
  if (chunk === '') return true;
  return !isLow(chunk.charCodeAt(0)) && !isHigh(chunk.charCodeAt(chunk.length - 1));
}

describe('asCellText', () => {
  it('leaves the empty string empty (an empty cell, not a lone apostrophe)', () => {
    expect(asCellText('')).toBe('');
  });

  it.each([
    ['plain text', 'ABC株式会社'],
    ['a formula', '=HYPERLINK("http://evil","x")'],
    ['plus sign', '+81-17-761-4154'],
    ['minus sign', '-1+2'],
    ['at sign', '@SUM(A1)'],
    ['a leading tab', '\tcmd'],
    ['a leading carriage return', '\rcmd'],
    ['leading zeros', '0177614154'],
    ['a date', '2026/4/1'],
    ['a number', '123'],
    ['TRUE', 'TRUE'],
    ['a percentage', '50%'],
    ['an apostrophe already', "'quoted"],
    ['whitespace only', '   '],
  ])('prefixes an apostrophe to %s', (_label, text) => {
    expect(asCellText(text)).toBe(`'${text}`);
  });

  it('keeps the rest of the text unchanged', () => {
    const text = '提案内容\n2行目 😀';
    expect(asCellText(text).slice(1)).toBe(text);
  });
});

describe('fitsInCell', () => {
  it('accepts a text that fits with its leading apostrophe (49,999 characters)', () => {
    expect(fitsInCell('a'.repeat(CELL_CHARACTER_LIMIT - 1))).toBe(true);
  });

  it('refuses 50,000 characters: with the apostrophe the cell would hold 50,001', () => {
    expect(fitsInCell('a'.repeat(CELL_CHARACTER_LIMIT))).toBe(false);
  });

  it('splitForCells refuses a size too small for a surrogate pair (it would never end)', () => {
    expect(() => splitForCells('😀', 1)).toThrow('at least 2');
  });

  it('the limit is Sheets’ 50,000 characters per cell', () => {
    expect(CELL_CHARACTER_LIMIT).toBe(50_000);
  });
});

describe('splitForCells', () => {
  it('returns no chunk for the empty string', () => {
    expect(splitForCells('')).toEqual([]);
  });

  it('returns the text as one chunk when it fits', () => {
    expect(splitForCells('短い文章', 10)).toEqual(['短い文章']);
  });

  it('splits into chunks of exactly the size, the last one shorter', () => {
    expect(splitForCells('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('a text exactly the size is one chunk', () => {
    expect(splitForCells('abcd', 4)).toEqual(['abcd']);
  });

  it('by default, chunks leave room for the apostrophe of asCellText (≤ 49,999 + 1)', () => {
    const text = 'あ'.repeat(CELL_CHARACTER_LIMIT * 2 + 5);
    const chunks = splitForCells(text);
    expect(chunks.every((c) => asCellText(c).length <= CELL_CHARACTER_LIMIT)).toBe(true);
    expect(chunks.join('')).toBe(text);
  });

  it('never exceeds the size', () => {
    const text = 'x😀yz😀😀abc'.repeat(50);
    for (const size of [2, 3, 4, 5, 7, 10, 33]) {
      for (const chunk of splitForCells(text, size)) expect(chunk.length).toBeLessThanOrEqual(size);
    }
  });

  it('never splits a surrogate pair (emoji) across two chunks', () => {
    const text = 'a😀b😀😀c🎌d'.repeat(40);
    for (const size of [2, 3, 4, 5, 6, 9, 50]) {
      const chunks = splitForCells(text, size);
      expect(chunks.every(hasNoBrokenPair)).toBe(true);
    }
  });

  it('moves an emoji that would straddle the boundary into the next chunk', () => {
    // 'abc' + '😀' is 5 UTF-16 units; a size of 4 would cut the pair.
    expect(splitForCells('abc😀de', 4)).toEqual(['abc', '😀de']);
  });

  it('rejoins to the original text', () => {
    const text = '公民連携😀デスク\r\n🎌'.repeat(123) + 'end';
    for (const size of [2, 3, 7, 64, 1000]) {
      expect(splitForCells(text, size).join('')).toBe(text);
    }
  });

  it('produces no empty chunk', () => {
    const text = '😀'.repeat(30);
    for (const size of [2, 3, 5]) {
      expect(splitForCells(text, size).every((c) => c.length > 0)).toBe(true);
    }
  });

  it('a text made only of emoji, at the default size, rejoins and keeps every pair', () => {
    const text = '😀'.repeat(CELL_CHARACTER_LIMIT); // 100,000 UTF-16 units
    const chunks = splitForCells(text);
    expect(chunks.length).toBe(3);
    expect(chunks.every(hasNoBrokenPair)).toBe(true);
    expect(chunks.every((c) => c.length <= CELL_CHARACTER_LIMIT - 1)).toBe(true);
    expect(chunks.join('')).toBe(text);
  });
});

describe('valueAfterWrite: what a cell holds after a write', () => {
  test('the leading apostrophe of text written with asCellText is not part of the value', () => {
    expect(valueAfterWrite(asCellText('=1+1'))).toBe('=1+1');
    expect(valueAfterWrite(asCellText("'quoted"))).toBe("'quoted");
  });

  test('other values are unchanged', () => {
    const date = new Date('2026-05-11T00:00:00+09:00');
    expect(valueAfterWrite(date)).toBe(date);
    expect(valueAfterWrite(5)).toBe(5);
    expect(valueAfterWrite('')).toBe('');
  });
});

import { cellAt, headerPositions } from '../../src/domain/sheetHeader';

const HEADERS = ['担当課', 'メールアドレス', '担当者'];

describe('headerPositions: columns of a small desk sheet found by header', () => {
  test('the headers in their own order', () => {
    expect(headerPositions(['担当課', 'メールアドレス', '担当者', '備考'], HEADERS)).toEqual([
      0, 1, 2,
    ]);
  });
  test('a column staff inserted or moved is followed', () => {
    expect(headerPositions(['内線', '担当者', '担当課', 'メールアドレス'], HEADERS)).toEqual([
      2, 3, 1,
    ]);
  });
  test('headers are compared trimmed', () => {
    expect(headerPositions([' 担当課 ', 'メールアドレス ', '担当者'], HEADERS)).toEqual([0, 1, 2]);
  });
  test('a header the row lacks is absent (-1), read as blank', () => {
    const at = headerPositions(['担当課', '担当者'], HEADERS);
    expect(at).toEqual([0, -1, 1]);
    expect(cellAt(['観光課', '浜田'], at[1])).toBe('');
  });
  test('a row with none of the headers (no header row) keeps the default positions', () => {
    expect(headerPositions(['観光課', 'kanko@example.jp', '浜田'], HEADERS)).toEqual([0, 1, 2]);
    expect(headerPositions([], HEADERS)).toEqual([0, 1, 2]);
  });
  test('cellAt trims and reads blanks and non-text as text', () => {
    expect(cellAt([' 観光課 ', null, 12], 0)).toBe('観光課');
    expect(cellAt([' 観光課 ', null, 12], 1)).toBe('');
    expect(cellAt([' 観光課 ', null, 12], 2)).toBe('12');
    expect(cellAt([], 5)).toBe('');
  });
});

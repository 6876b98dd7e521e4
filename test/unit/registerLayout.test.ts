import { REGISTER_HEADERS } from '../../src/strings';
import { REGISTER_COLUMNS, REGISTER_HEADER_ROW } from '../../src/domain/register';
import {
  layoutFromHeader,
  parseLayout,
  placeInSheetRow,
  positionalLayout,
  renamedMessage,
  serializeLayout,
  toRegisterOrder,
} from '../../src/domain/registerLayout';

describe('register layout from the header row', () => {
  test('the header this version writes is the positional layout, nothing missing', () => {
    const reading = layoutFromHeader(REGISTER_HEADER_ROW);
    expect(reading.layout).toEqual(positionalLayout());
    expect(reading.missing).toEqual([]);
    expect(reading.renamed).toEqual([]);
  });

  test('a staff column between 件名 and 提案内容 shifts ours and is ignored', () => {
    const header: string[] = [...REGISTER_HEADER_ROW];
    const at = header.indexOf(REGISTER_HEADERS.content);
    header.splice(at, 0, '庁内メモ');
    const { layout, missing, renamed } = layoutFromHeader(header);
    expect(layout.columns.title).toBe(at);
    expect(layout.columns.content).toBe(at + 2);
    expect(missing).toEqual([]);
    expect(renamed).toEqual([]);
    const sheetRow = header.map((h) => `v:${h}`);
    const ordered = toRegisterOrder(layout, sheetRow);
    expect(ordered[REGISTER_COLUMNS.indexOf('content')]).toBe(`v:${REGISTER_HEADERS.content}`);
    const placed = placeInSheetRow(layout, ordered.map(String), sheetRow, '');
    expect(placed).toEqual(sheetRow); // staff column kept as read
  });

  test('fields a newer version added are missing (appended), a renamed one is reported by name', () => {
    const old = REGISTER_HEADER_ROW.slice(0, REGISTER_COLUMNS.indexOf('address'));
    expect(layoutFromHeader(old).missing).toContain('address');
    const renamed = old.map((h) => (h === REGISTER_HEADERS.organisation ? '会社名' : h));
    const reading = layoutFromHeader(renamed);
    expect(reading.renamed).toEqual(['organisation']);
    expect(reading.layout.columns.organisation).toBe(0);
    expect(renamedMessage(reading)).toBe(
      '列「事業者名」が見つかりません（見出しを変えた場合は元に戻してください）。',
    );
  });

  test('a moved column is found where it is; the stored form reads back', () => {
    const header: string[] = [...REGISTER_HEADER_ROW];
    const [status] = header.splice(header.indexOf(REGISTER_HEADERS.status), 1);
    header.push(status);
    const { layout } = layoutFromHeader(header);
    expect(layout.columns.status).toBe(header.length);
    expect(parseLayout(serializeLayout(layout))).toEqual(layout);
    expect(parseLayout('not json')).toBeNull();
  });
});

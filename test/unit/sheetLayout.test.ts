/**
 * The generic layout found by header (src/domain/sheetLayout.ts), as the log sheets use it
 * (src/domain/logSheets.ts): rows in the header constant's order, each value under its header.
 */
import { HISTORY_HEADERS, LONG_TEXT_HEADERS } from '../../src/strings';
import { DIALOGUE_HEADERS } from '../../src/strings/workflow';
import { SENT_LOG_HEADERS } from '../../src/strings/reminders';
import {
  headerFields,
  layoutOfHeader,
  layoutPropertyText,
  parseSheetLayout,
  placeFields,
  positionalLayoutOf,
  renamedInProperty,
  serializeSheetLayout,
  spanOfFields,
  toFieldOrder,
  withAppendedFields,
  fieldsBySheetIndex,
} from '../../src/domain/sheetLayout';
import { LOG_SHEETS, LOG_SPECS, logFields, logRenamedMessage } from '../../src/domain/logSheets';

const history = headerFields(HISTORY_HEADERS);

describe('a sheet layout from its header row', () => {
  test('the header constant itself is the positional layout: nothing missing or renamed', () => {
    for (const log of LOG_SHEETS) {
      const fields = logFields(log);
      const reading = layoutOfHeader(fields, LOG_SPECS[log].headers);
      expect(reading.layout).toEqual(positionalLayoutOf(fields));
      expect(reading.missing).toEqual([]);
      expect(reading.renamed).toEqual([]);
    }
    expect(positionalLayoutOf(history).width).toBe(7);
    expect(positionalLayoutOf(history).columns['操作ID']).toBe(7);
  });

  test('a staff column inserted in the middle shifts the fields after it and is ignored', () => {
    const header = [...HISTORY_HEADERS];
    header.splice(3, 0, '備考'); // between 案件番号 and 変更前
    const { layout, missing, renamed } = layoutOfHeader(history, header);
    expect(layout.columns['案件番号']).toBe(3);
    expect(layout.columns['変更前']).toBe(5);
    expect(layout.columns['操作ID']).toBe(8);
    expect(layout.width).toBe(8);
    expect(missing).toEqual([]);
    expect(renamed).toEqual([]);
    expect(fieldsBySheetIndex(history, layout)[3]).toBeUndefined();
    expect(fieldsBySheetIndex(history, layout)[4]).toBe('変更前');
  });

  test('rows read come back in header order; rows written go under their headers', () => {
    const header = [...HISTORY_HEADERS];
    const [moved] = header.splice(header.indexOf('コメント'), 1);
    header.unshift(moved); // コメント moved to column A
    header.splice(4, 0, 'メモ'); // a staff column
    const { layout } = layoutOfHeader(history, header);
    const sheetRow = header.map((h) => `v:${h}`);
    const ordered = toFieldOrder(history, layout, sheetRow);
    expect(ordered).toEqual(HISTORY_HEADERS.map((h) => `v:${h}`));
    // A new row: staff columns '' (fill); a row written over one read: staff cells kept.
    expect(placeFields(history, layout, ordered, [], '')).toEqual(
      header.map((h) => (h === 'メモ' ? '' : `v:${h}`)),
    );
    expect(placeFields(history, layout, ordered, sheetRow, '')).toEqual(sheetRow);
    // A read that starts further right: the fields it did not reach are ''.
    const fromColumn3 = toFieldOrder(history, layout, sheetRow.slice(2), 3);
    expect(fromColumn3[HISTORY_HEADERS.indexOf('コメント')]).toBe('');
    expect(fromColumn3[HISTORY_HEADERS.indexOf('操作ID')]).toBe('v:操作ID');
  });

  test('the span of some fields covers exactly their columns', () => {
    const header = ['メモ', ...HISTORY_HEADERS];
    const { layout } = layoutOfHeader(history, header);
    expect(spanOfFields(layout, HISTORY_HEADERS.slice(0, 5))).toEqual({ first: 2, last: 6 });
    expect(spanOfFields(positionalLayoutOf(history), HISTORY_HEADERS.slice(2, 5))).toEqual({
      first: 3,
      last: 5,
    });
  });

  test('a header a newer version added is missing (appended); a renamed one is not', () => {
    const old = HISTORY_HEADERS.slice(0, 6); // before 操作ID
    expect(layoutOfHeader(history, old).missing).toEqual(['操作ID']);
    const appended = withAppendedFields(layoutOfHeader(history, old).layout, ['操作ID'], 6);
    expect(appended).toEqual(positionalLayoutOf(history));
    const renamed = DIALOGUE_HEADERS.map((h) => (h === '相手方・出席者' ? '出席者' : h));
    const reading = layoutOfHeader(headerFields(DIALOGUE_HEADERS), renamed);
    expect(reading.renamed).toEqual(['相手方・出席者']);
    expect(reading.missing).toEqual([]);
    expect(reading.layout.columns['相手方・出席者']).toBe(0);
    // Neither read nor written: '' when read, nowhere when written.
    const fields = headerFields(DIALOGUE_HEADERS);
    const row = DIALOGUE_HEADERS.map((h) => `v:${h}`);
    expect(toFieldOrder(fields, reading.layout, renamed)[2]).toBe('');
    expect(placeFields(fields, reading.layout, row, [], '')).not.toContain('v:相手方・出席者');
  });

  test('a header found twice keeps its first column', () => {
    const header = [...LONG_TEXT_HEADERS, '案件番号'];
    const { layout } = layoutOfHeader(headerFields(LONG_TEXT_HEADERS), header);
    expect(layout.columns['案件番号']).toBe(1);
    expect(layout.width).toBe(4);
  });
});

describe('the stored form', () => {
  test('reads back, and a positional layout stores its columns by header', () => {
    const sent = headerFields(SENT_LOG_HEADERS);
    const header = ['メモ', ...SENT_LOG_HEADERS];
    const { layout } = layoutOfHeader(sent, header);
    expect(parseSheetLayout(sent, serializeSheetLayout(sent, layout))).toEqual(layout);
    expect(JSON.parse(serializeSheetLayout(sent, positionalLayoutOf(sent)))).toEqual({
      v: 1,
      columns: { 送信日時: 1, 宛先: 2, 案件番号: 3, ステータス: 4, 期限: 5, 種別: 6, キー: 7 },
    });
    expect(parseSheetLayout(sent, 'not json')).toBeNull();
    expect(parseSheetLayout(sent, JSON.stringify({ v: 2, columns: {} }))).toBeNull();
    expect(parseSheetLayout(sent, undefined)).toBeNull();
  });

  test('renamed headers are kept beside the columns only when there are some', () => {
    const layout = positionalLayoutOf(history);
    expect(layoutPropertyText(history, layout, [])).toBe(serializeSheetLayout(history, layout));
    const text = layoutPropertyText(history, layout, ['コメント']);
    expect(parseSheetLayout(history, text)).toEqual(layout);
    expect(renamedInProperty(history, text)).toEqual(['コメント']);
    expect(renamedInProperty(history, serializeSheetLayout(history, layout))).toEqual([]);
    expect(renamedInProperty(history, undefined)).toBeNull();
  });
});

describe('the log sheets', () => {
  test('the key headers of each are its own', () => {
    for (const log of LOG_SHEETS) {
      const spec = LOG_SPECS[log];
      for (const key of [spec.caseNumber, spec.opId].filter((h) => h)) {
        expect(spec.headers).toContain(key);
      }
    }
    expect(LOG_SPECS.history.opId).toBe('操作ID');
    expect(LOG_SPECS.dialogues.caseNumber).toBe('案件番号');
  });

  test('renamed headers are named with their sheet', () => {
    expect(logRenamedMessage([])).toBe('');
    expect(logRenamedMessage([{ sheet: '履歴', header: 'コメント' }])).toBe(
      '記録シートの見出しを確認してください:\n' +
        '「履歴」の列「コメント」が見つかりません（見出しを変えた場合は元に戻してください）。',
    );
  });
});

import { asCellText, splitForCells } from '../domain/cellText';
import type { LongText } from '../domain/register';
import { logSpan, placeLogRow, storeLogLayouts, toLogOrder, upgradeLogSheet } from './logLayouts';

/**
 * Keeps answers longer than a cell holds (50,000 characters) whole: split into numbered parts,
 * one per row of the 長文保管 sheet, written in one batch. Idempotent: a field already kept for
 * the case (an intake stopped after this write, then resumed) is not written again. Rare, so not
 * part of the intake budget.
 *
 * Columns are found by header (src/store/logLayouts.ts), from the header row ensureSheet reads
 * anyway: each part goes under its header whatever staff inserted or moved. That layout is stored
 * when it differs from the one in the properties (a sheet made here, or changed since), so the
 * sidebar's reader and the onChange trigger know it.
 */
export function storeLongTexts(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  texts: LongText[],
  props: GoogleAppsScript.Properties.Properties,
  all: Record<string, string>,
): void {
  const { sheet, reading } = upgradeLogSheet(ss, 'longText');
  storeLogLayouts(props, all, { longText: reading });
  const layout = reading.layout;
  const lastRow = sheet.getLastRow();
  // 案件番号 and 項目, the first two fields.
  const { first, last } = logSpan('longText', 2, layout);
  const kept = new Set(
    lastRow < 2
      ? []
      : sheet
          .getRange(2, first, lastRow - 1, last - first + 1)
          .getValues()
          .map((row) => toLogOrder('longText', row, first, layout))
          .map((r) => `${String(r[0])}\u0000${String(r[1])}`),
  );
  const rows: string[][] = [];
  for (const t of texts) {
    if (kept.has(`${t.caseNumber}\u0000${t.field}`)) continue;
    splitForCells(t.text).forEach((part, i) => {
      const row = [asCellText(t.caseNumber), asCellText(t.field), String(i + 1), asCellText(part)];
      rows.push(placeLogRow('longText', row, '', [], layout));
    });
  }
  if (!rows.length) return;
  sheet.getRange(lastRow + 1, 1, rows.length, rows[0].length).setValues(rows);
}

/** Reassembles a long answer from its parts (rows in LONG_TEXT_HEADERS order: documents, tests). */
export function joinLongText(rows: unknown[][], caseNumber: string, field: string): string {
  return rows
    .filter((r) => String(r[0]) === caseNumber && String(r[1]) === field)
    .sort((a, b) => Number(a[2]) - Number(b[2]))
    .map((r) => String(r[3]))
    .join('');
}

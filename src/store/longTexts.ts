import { LONG_TEXT_HEADERS, SHEET } from '../strings';
import { asCellText, splitForCells } from '../domain/cellText';
import type { LongText } from '../domain/register';
import { ensureSheet } from '../adapters/sheets';

/**
 * Keeps answers longer than a cell holds (50,000 characters) whole: split into numbered parts,
 * one per row of the 長文保管 sheet, written in one batch. Idempotent: a field already kept for
 * the case (an intake stopped after this write, then resumed) is not written again. Rare, so not
 * part of the intake budget.
 */
export function storeLongTexts(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  texts: LongText[],
): void {
  const { sheet } = ensureSheet(ss, { name: SHEET.longText, headers: LONG_TEXT_HEADERS });
  const lastRow = sheet.getLastRow();
  const kept = new Set(
    lastRow < 2
      ? []
      : sheet
          .getRange(2, 1, lastRow - 1, 2)
          .getValues()
          .map((r) => `${String(r[0])}\u0000${String(r[1])}`),
  );
  const rows: string[][] = [];
  for (const t of texts) {
    if (kept.has(`${t.caseNumber}\u0000${t.field}`)) continue;
    splitForCells(t.text).forEach((part, i) => {
      rows.push([asCellText(t.caseNumber), asCellText(t.field), String(i + 1), asCellText(part)]);
    });
  }
  if (!rows.length) return;
  sheet.getRange(lastRow + 1, 1, rows.length, LONG_TEXT_HEADERS.length).setValues(rows);
}

/** Reassembles a long answer from its parts (for documents and tests). */
export function joinLongText(rows: unknown[][], caseNumber: string, field: string): string {
  return rows
    .filter((r) => String(r[0]) === caseNumber && String(r[1]) === field)
    .sort((a, b) => Number(a[2]) - Number(b[2]))
    .map((r) => String(r[3]))
    .join('');
}

/**
 * The 事業者 sheet (the partner master): made on first use (not by setup, whose onInstall run is
 * close to its 25 s window), read whole once (the 統合先 column staff type) and rewritten in one
 * batched write (src/app/partners.ts decides its rows).
 */
import { SHEET } from '../strings';

export interface PartnerSheet {
  /** Every row the sheet held, header included, as read before the rebuild. */
  previous: unknown[][];
  /** Writes `rows` from A1; rows the previous list had beyond them are blanked in the same write. */
  rewrite(rows: unknown[][], width: number): void;
}

/** Finds or makes the sheet (1 call, 3 when made) and reads it (2 calls). */
export function openPartnerSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): PartnerSheet {
  let sheet = ss.getSheetByName(SHEET.partners);
  if (!sheet) {
    sheet = ss.insertSheet(SHEET.partners);
    sheet.setFrozenRows(1);
  }
  const found = sheet;
  const previous = found.getDataRange().getValues();
  return {
    previous,
    rewrite(rows, width) {
      const out = [...rows];
      while (out.length < previous.length) out.push(new Array(width).fill(''));
      found.getRange(1, 1, out.length, width).setValues(out);
    },
  };
}

/**
 * The register's document cells (案件フォルダ, 最新文書, 最新PDF, 文書の版, 文書番号), written by the
 * documents feature. Only those cells are written, never the row read at the start: making a
 * document takes seconds, and a colleague may change the case meanwhile. Columns are found by
 * header (src/store/registerLayout.ts).
 */
import { SHEET } from '../strings';
import { asCellText } from '../domain/cellText';
import { columnLetter, RegisterKey } from '../domain/register';
import { keysBySheetIndex, spanOf } from '../domain/registerLayout';
import type { CaseRow } from './caseRow';
import { registerCellA1 } from './registerLayout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Writes one register cell as text (2 calls: getRange, setValue). */
export function writeRegisterText(
  ss: Spreadsheet,
  key: RegisterKey,
  row: number,
  text: string,
): void {
  const cell = registerCellA1(ss, key, row);
  ss.getRange(cell).setValue(asCellText(text));
}

const LINK_KEYS: RegisterKey[] = ['folder', 'latestDocument', 'latestPdf', 'documentVersions'];

/**
 * Writes the link cells of a case (adjacent columns: 案件フォルダ, 最新文書, 最新PDF, 文書の版) in one
 * setValues; cells between them (a column staff inserted) are written back as read.
 */
export function writeDocumentLinks(
  ss: Spreadsheet,
  caseRow: CaseRow,
  links: Partial<Record<RegisterKey, string>>,
): void {
  const { layout } = caseRow;
  const { first, last } = spanOf(layout, LINK_KEYS);
  const keyAt = keysBySheetIndex(layout);
  const cells: unknown[] = [];
  for (let column = first; column <= last; column++) {
    const key = keyAt[column - 1];
    const link = key ? links[key] : undefined;
    const value = caseRow.values[column - 1];
    cells.push(
      link !== undefined ? asCellText(link) : typeof value === 'string' ? asCellText(value) : value,
    );
  }
  const a1 = `'${SHEET.register}'!${columnLetter(first)}${caseRow.ref.row}:${columnLetter(last)}${caseRow.ref.row}`;
  ss.getRange(a1).setValues([cells]);
}

/**
 * 案件台帳 made or upgraded in place (setup, 設定を反映): fields a newer version added get their
 * columns after the last header, columns staff inserted or moved stay, and the layout found by
 * header is stored for every later execution (src/domain/registerLayout.ts). A renamed header
 * is not added again: the desk is told its name, and the field is neither read nor written
 * until the header is put back.
 */
import { REGISTER_HEADERS, SHEET } from '../strings';
import { REGISTER_HEADER_ROW } from '../domain/register';
import { layoutFromHeader, LayoutReading, renamedMessage } from '../domain/registerLayout';
import { ensureSheet } from '../adapters/sheets';
import { storeRegisterLayout } from './registerLayout';
import { REGISTER_LAYOUT_TEXT } from '../strings/registerLayout';

export interface RegisterUpgrade {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  created: boolean;
  reading: LayoutReading;
  /** The renamed headers by name, '' when none (shown by setup and 設定を反映). */
  message: string;
}

export function upgradeRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  props: GoogleAppsScript.Properties.Properties,
  widths?: number[],
): RegisterUpgrade {
  const { sheet, created, header } = ensureSheet(ss, {
    name: SHEET.register,
    headers: REGISTER_HEADER_ROW,
    widths,
    notAdded: (found) => layoutFromHeader(found).renamed.map((key) => REGISTER_HEADERS[key]),
  });
  const reading = layoutFromHeader(header);
  storeRegisterLayout(props, null, reading.layout, reading.renamed);
  const message = reading.renamed.length
    ? `${REGISTER_LAYOUT_TEXT.heading}\n${renamedMessage(reading)}`
    : '';
  return { sheet, created, reading, message };
}

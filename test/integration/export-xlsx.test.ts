/**
 * The .xlsx the demo writes (packages/gas-emulator/src/export/xlsx.ts) shows the desk as Sheets would: times in the
 * spreadsheet's zone, date-only values as dates, the formats and protections setup made. Read back
 * with exceljs, as a person's Excel would open it.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeXlsx } from 'gas-emulator/export/xlsx';
import { REGISTER_HEADERS, SHEET } from '../../src/strings';
import { newDesk, proposal } from '../support/desk';

async function exported() {
  const desk = newDesk(); // Monday 2026-05-11 09:00 Tokyo
  desk.ws.clock.set('2026-05-11T09:37:00+09:00');
  desk.host.submitForm(desk.formId, proposal());
  const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'desk.xlsx');
  await writeXlsx(desk.ws.spreadsheets.get(desk.spreadsheetId)!, path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const register = book.getWorksheet(SHEET.register)!;
  const header = (register.getRow(1).values as unknown[]).map(String);
  const column = (label: string) => header.indexOf(label);
  return { book, register, column };
}

describe('the exported workbook', () => {
  test('an instant shows the spreadsheet’s wall-clock time (Asia/Tokyo), not UTC', async () => {
    const { register, column } = await exported();
    const received = register.getRow(2).getCell(column(REGISTER_HEADERS.receivedAt)).value as Date;
    expect(received.toISOString().slice(0, 16)).toBe('2026-05-11T09:37');
  });

  test('a date-only value is a date at midnight with a date format', async () => {
    const { register, column } = await exported();
    const cell = register.getRow(2).getCell(column(REGISTER_HEADERS.dueDate));
    expect((cell.value as Date).toISOString()).toBe('2026-05-18T00:00:00.000Z');
    expect(cell.numFmt).toBe('yyyy/mm/dd');
  });

  test('frozen header, default column widths, validation lists and the due-date colours', async () => {
    const { register, column } = await exported();
    expect(register.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(register.properties.defaultColWidth).toBeGreaterThan(10);
    const status = register.getRow(2).getCell(column(REGISTER_HEADERS.status));
    expect(status.dataValidation?.type).toBe('list');
    const rules = (register as unknown as { conditionalFormattings: unknown[] })
      .conditionalFormattings;
    expect(rules.length).toBeGreaterThanOrEqual(2);
  });

  test('the protected history sheet is protected', async () => {
    const { book } = await exported();
    const history = book.getWorksheet(SHEET.history)!;
    expect((history as unknown as { sheetProtection?: object }).sheetProtection).toBeTruthy();
  });
});

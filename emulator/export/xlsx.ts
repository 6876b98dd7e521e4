import ExcelJS from 'exceljs';
import type { SpreadsheetModel } from '../services/spreadsheet/model';

/**
 * Writes an emulated spreadsheet as .xlsx (values, formulas, number formats, frozen rows,
 * column widths, data-validation lists, protected sheets), so a person can open the result.
 */
export async function writeXlsx(model: SpreadsheetModel, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = '公民連携デスク emulator';
  for (const sheet of model.sheets) {
    const ws = book.addWorksheet(safeName(sheet.name), {
      views: sheet.frozenRows ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
    });
    for (const [column, px] of sheet.columnWidths) ws.getColumn(column).width = Math.round(px / 7);
    sheet.grid.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell || (cell.value === '' && !cell.formula)) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.formula
          ? { formula: cell.formula.replace(/^=/, ''), result: cell.value as never }
          : (cell.value as ExcelJS.CellValue);
        if (cell.numberFormat) target.numFmt = cell.numberFormat;
        else if (cell.value instanceof Date) target.numFmt = 'yyyy/mm/dd hh:mm';
        if (r + 1 <= sheet.frozenRows) target.font = { bold: true };
      });
    });
    for (const [key, rule] of sheet.validations) {
      if (rule.criteria !== 'VALUE_IN_LIST') continue;
      const [row, column] = key.split(',').map(Number);
      if (row > Math.max(sheet.lastRow(), 2)) continue; // keep the file small: rows in use only
      const list = (rule.args[0] as string[]).join(',');
      ws.getCell(row, column).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.replace(/"/g, '""')}"`],
      };
    }
    if (model.protections.some((p) => p.type === 'SHEET' && p.sheetId === sheet.sheetId)) {
      await ws.protect('', { selectLockedCells: true });
    }
  }
  await book.xlsx.writeFile(path);
}

/** Excel refuses sheet names with : \ / ? * [ ] and longer than 31 characters. */
function safeName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}

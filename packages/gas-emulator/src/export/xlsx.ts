import ExcelJS from 'exceljs';
import type { SpreadsheetModel, SheetModel } from '../services/spreadsheet/model';
import type { ConditionalFormatRuleModel } from '../services/spreadsheet/featuresModel';
import { zonedParts } from '../services/spreadsheet/zonedTime';

/**
 * Writes an emulated spreadsheet as .xlsx, so a person can open what the add-on made as Sheets
 * would show it: values and formulas, number formats, dates as the spreadsheet's time zone shows
 * them (Excel has no zones: a cell holds the wall-clock time), date-only values as dates, frozen
 * rows, column widths (Sheets' default 100 px where none was set), data-validation lists,
 * conditional formats (custom formulas with their colours) and protected sheets.
 */
export async function writeXlsx(model: SpreadsheetModel, path: string): Promise<void> {
  await workbookOf(model).xlsx.writeFile(path);
}

/** Sheets' default column width (px) and Excel's character width at its default font (px). */
const SHEETS_DEFAULT_COLUMN_PX = 100;
const EXCEL_CHARACTER_PX = 7;

export function workbookOf(model: SpreadsheetModel): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = '公民連携デスク emulator';
  for (const sheet of model.sheets) {
    const ws = book.addWorksheet(safeName(sheet.name), {
      views: sheet.frozenRows ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
      properties: { defaultColWidth: SHEETS_DEFAULT_COLUMN_PX / EXCEL_CHARACTER_PX },
    });
    for (const [column, px] of sheet.columnWidths) {
      ws.getColumn(column).width = Math.round(px / EXCEL_CHARACTER_PX);
    }
    writeCells(ws, sheet, model.timeZone);
    writeValidations(ws, sheet);
    for (const rule of sheet.conditionalFormatRules) writeConditionalFormat(ws, rule);
    if (model.protections.some((p) => p.type === 'SHEET' && p.sheetId === sheet.sheetId)) {
      // exceljs protects synchronously; its promise only resolves the password hashing.
      void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
    }
  }
  return book;
}

function writeCells(ws: ExcelJS.Worksheet, sheet: SheetModel, timeZone: string): void {
  sheet.grid.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell || (cell.value === '' && !cell.formula)) return;
      const target = ws.getCell(r + 1, c + 1);
      const value = isDate(cell.value) ? wallClock(cell.value, timeZone) : cell.value;
      target.value = cell.formula
        ? { formula: cell.formula.replace(/^=/, ''), result: value as never }
        : (value as ExcelJS.CellValue);
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      else if (isDate(cell.value)) target.numFmt = dateFormatOf(cell.value, timeZone);
      if (r + 1 <= sheet.frozenRows) target.font = { bold: true };
    });
  });
}

function writeValidations(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
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
}

/** A custom-formula rule becomes an Excel expression rule with the same colours. */
function writeConditionalFormat(ws: ExcelJS.Worksheet, rule: ConditionalFormatRuleModel): void {
  if (rule.criteria !== 'CUSTOM_FORMULA') return;
  const formula = String(rule.args[0] ?? '').replace(/^=/, '');
  if (!formula) return;
  const style: Partial<ExcelJS.Style> = {};
  if (rule.background) {
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } };
  }
  if (rule.fontColor || rule.bold) {
    style.font = {
      ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}),
      ...(rule.bold ? { bold: true } : {}),
    };
  }
  for (const r of rule.ranges) {
    ws.addConditionalFormatting({
      ref: `${columnName(r.column)}${r.row}:${columnName(r.column + r.numColumns - 1)}${r.row + r.numRows - 1}`,
      rules: [{ type: 'expression', priority: 1, formulae: [formula], style }],
    });
  }
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The instant as the spreadsheet's zone shows it, as a zone-less (UTC) date Excel stores. */
function wallClock(date: Date, timeZone: string): Date {
  const p = zonedParts(date, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond));
}

/** A value at midnight in the spreadsheet's zone is a date; anything else a date and time. */
function dateFormatOf(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  return p.hour === 0 && p.minute === 0 && p.second === 0 ? 'yyyy/mm/dd' : 'yyyy/mm/dd hh:mm';
}

/** '#ffcdd2' → 'FFFFCDD2'. */
function argb(color: string): string {
  const hex = color.replace('#', '').toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex.padStart(8, 'F');
}

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Excel refuses sheet names with : \ / ? * [ ] and longer than 31 characters. */
function safeName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}

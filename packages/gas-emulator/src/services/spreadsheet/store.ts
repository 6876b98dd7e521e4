import type { Workspace } from '../../workspace';
import { SpreadsheetModel } from './model';

/** Every emulated spreadsheet, by id. */
export class SpreadsheetStore {
  private readonly byId = new Map<string, SpreadsheetModel>();

  constructor(private readonly ws: Workspace) {}

  /** A new spreadsheet with one empty sheet, named as Google names it in the locale. */
  create(name: string, owner: string, locale = 'ja_JP'): SpreadsheetModel {
    const model = new SpreadsheetModel(this.ws.newId(), name, owner);
    model.locale = locale;
    model.timeZone = this.ws.timeZone;
    model.insertSheet(locale.startsWith('ja') ? 'シート1' : 'Sheet1');
    this.byId.set(model.id, model);
    return model;
  }

  get(id: string): SpreadsheetModel | undefined {
    return this.byId.get(id);
  }

  all(): SpreadsheetModel[] {
    return [...this.byId.values()];
  }
}

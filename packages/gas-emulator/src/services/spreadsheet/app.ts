/**
 * SpreadsheetApp (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app): opens
 * and creates spreadsheets, and knows the execution's active one (the container the script is
 * bound to or the add-on runs in).
 */
import type { Workspace } from '../../workspace';
import type { Execution } from '../../core/execution';
import { assertGoogleShape } from '../../core/typing';
import type { CostKind } from '../../core/latency';
import type { SpreadsheetModel } from './model';
import { MESSAGES } from './internals';
import { makeSpreadsheet } from './spreadsheet';
import { makeRange } from './range';
import { createDataValidationBuilder, DataValidationCriteria } from './validation';
import { ProtectionType } from './protection';
import { BooleanCriteria, newConditionalFormatRule, RelativeDate } from './conditionalFormat';
import { createUi } from '../ui';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** An enum as Apps Script exposes it: each member's value is its name (String(x) gives it). */
function enumOf<T extends string>(...names: T[]): Readonly<Record<T, T>> {
  const out = {} as Record<T, T>;
  for (const name of names) out[name] = name;
  return Object.freeze(out);
}

export const Dimension = enumOf('COLUMNS', 'ROWS');
export const Direction = enumOf('UP', 'DOWN', 'PREVIOUS', 'NEXT');
export const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
export const SheetType = enumOf('GRID', 'OBJECT', 'DATASOURCE');
export const CopyPasteType = enumOf(
  'PASTE_NORMAL',
  'PASTE_NO_BORDERS',
  'PASTE_FORMAT',
  'PASTE_FORMULA',
  'PASTE_DATA_VALIDATION',
  'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING',
  'PASTE_COLUMN_WIDTHS',
);
export const BorderStyle = enumOf(
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
);
export const TextDirection = enumOf('LEFT_TO_RIGHT', 'RIGHT_TO_LEFT');
export const RecalculationInterval = enumOf('ON_CHANGE', 'MINUTE', 'HOUR');
export const DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
export const GroupControlTogglePosition = enumOf('BEFORE', 'AFTER');
export const AutoFillSeries = enumOf('DEFAULT_SERIES', 'ALTERNATE_SERIES');
export const ValueType = enumOf(
  'IGNORED',
  'SPREADSHEET',
  'DATE',
  'BOOLEAN',
  'NUMBER',
  'STRING',
  'IMAGE',
);
export const InterpolationType = enumOf('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX');

const SPREADSHEET_URL = /\/spreadsheets\/d\/([a-zA-Z0-9-_]+)/;
const PERMISSION_DENIED = 'You do not have permission to access the requested document.';

class FakeSpreadsheetApp {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly Dimension = Dimension;
  readonly Direction = Direction;
  readonly WrapStrategy = WrapStrategy;
  readonly SheetType = SheetType;
  readonly RelativeDate = RelativeDate;
  readonly CopyPasteType = CopyPasteType;
  readonly BorderStyle = BorderStyle;
  readonly TextDirection = TextDirection;
  readonly RecalculationInterval = RecalculationInterval;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly GroupControlTogglePosition = GroupControlTogglePosition;
  readonly AutoFillSeries = AutoFillSeries;
  readonly ValueType = ValueType;
  readonly InterpolationType = InterpolationType;

  /** setActiveSpreadsheet() overrides the container for the rest of that execution. */
  private readonly activeOverride = new WeakMap<Execution, string>();

  constructor(private readonly ws: Workspace) {}

  private charge(method: string, kind: CostKind, cells = 0): void {
    this.ws.charge('SpreadsheetApp', `SpreadsheetApp.${method}`, kind, cells);
  }

  private actingUser(): string {
    return this.ws.current?.effectiveUser ?? this.ws.defaultUser;
  }

  private activeModel(): SpreadsheetModel | null {
    const execution = this.ws.current;
    if (!execution) return null;
    const id = this.activeOverride.get(execution) ?? execution.containerId;
    return id ? (this.ws.spreadsheets.get(id) ?? null) : null;
  }

  /** Owners, editors and viewers may open a file; anyone else is refused as Drive refuses. */
  private open(model: SpreadsheetModel): GSpreadsheet {
    const user = this.actingUser();
    const allowed =
      !user || model.owner === user || model.editors.has(user) || model.viewers.has(user);
    if (!allowed) throw new Error(PERMISSION_DENIED);
    return makeSpreadsheet(this.ws, model.id);
  }

  create(name: string, rows?: number, columns?: number): GSpreadsheet {
    this.charge('create', 'drive');
    if (rows !== undefined && (rows < 1 || !Number.isInteger(rows))) {
      throw new Error(MESSAGES.invalidArgument('rows'));
    }
    if (columns !== undefined && (columns < 1 || !Number.isInteger(columns))) {
      throw new Error(MESSAGES.invalidArgument('columns'));
    }
    const model = this.ws.spreadsheets.create(String(name), this.actingUser());
    const first = model.sheets[0];
    if (rows !== undefined) first.maxRows = rows;
    if (columns !== undefined) first.maxColumns = columns;
    model.activeSheetId = first.sheetId;
    return makeSpreadsheet(this.ws, model.id);
  }

  openById(id: string): GSpreadsheet {
    this.charge('openById', 'read');
    const model = this.ws.spreadsheets.get(String(id));
    if (!model) throw new Error(MESSAGES.missingSpreadsheet('openById'));
    return this.open(model);
  }

  openByUrl(url: string): GSpreadsheet {
    this.charge('openByUrl', 'read');
    const match = SPREADSHEET_URL.exec(String(url));
    if (!match) throw new Error(MESSAGES.invalidUrl);
    const model = this.ws.spreadsheets.get(match[1]);
    if (!model) throw new Error(MESSAGES.missingSpreadsheet('openByUrl'));
    return this.open(model);
  }

  /** The container spreadsheet, or null for standalone scripts and triggers without one. */
  getActiveSpreadsheet(): GSpreadsheet {
    this.charge('getActiveSpreadsheet', 'local');
    const model = this.activeModel();
    return (model ? makeSpreadsheet(this.ws, model.id) : null) as GSpreadsheet;
  }

  getActive(): GSpreadsheet {
    this.charge('getActive', 'local');
    const model = this.activeModel();
    return (model ? makeSpreadsheet(this.ws, model.id) : null) as GSpreadsheet;
  }

  setActiveSpreadsheet(newActiveSpreadsheet: GSpreadsheet): void {
    this.charge('setActiveSpreadsheet', 'local');
    const execution = this.ws.requireExecution();
    this.activeOverride.set(execution, newActiveSpreadsheet.getId());
  }

  getActiveSheet(): GSheet {
    this.charge('getActiveSheet', 'local');
    const model = this.activeModel();
    if (!model) return null as unknown as GSheet;
    return makeSpreadsheet(this.ws, model.id).getActiveSheet();
  }

  setActiveSheet(sheet: GSheet, restoreSelection?: boolean): GSheet {
    this.charge('setActiveSheet', 'local');
    return sheet.getParent().setActiveSheet(sheet, restoreSelection ?? false);
  }

  getActiveRange(): GRange {
    this.charge('getActiveRange', 'local');
    const model = this.activeModel();
    if (!model) return null as unknown as GRange;
    return makeSpreadsheet(this.ws, model.id).getActiveRange() as GRange;
  }

  setActiveRange(range: GRange): GRange {
    this.charge('setActiveRange', 'local');
    return range.activate();
  }

  getCurrentCell(): GRange {
    this.charge('getCurrentCell', 'local');
    const model = this.activeModel();
    if (!model) return null as unknown as GRange;
    const sheet = model.sheets.find((s) => s.sheetId === model.activeSheetId) ?? model.sheets[0];
    const cell = model.currentCell ?? { row: 1, column: 1 };
    return makeRange(this.ws, model.id, sheet.sheetId, cell.row, cell.column, 1, 1);
  }

  setCurrentCell(cell: GRange): GRange {
    this.charge('setCurrentCell', 'local');
    return cell.activateAsCurrentCell();
  }

  /** Commits pending writes (the ledger charges a flush only when there are some). */
  flush(): void {
    this.ws.ledger.flush();
  }

  /** Only where an editor is open: menus, dialogs, simple triggers, manual runs. */
  getUi(): GoogleAppsScript.Base.Ui {
    this.charge('getUi', 'local');
    const execution = this.ws.current;
    if (!execution || !execution.hasUi) throw new Error(MESSAGES.noUi);
    return createUi(this.ws);
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.charge('newDataValidation', 'local');
    return createDataValidationBuilder(this.ws);
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.charge('newConditionalFormatRule', 'local');
    return newConditionalFormatRule(this.ws);
  }
}

assertGoogleShape<FakeSpreadsheetApp, GApp>(true);

/** SpreadsheetApp for one workspace; the lead installs it as the global. */
export function createSpreadsheetApp(ws: Workspace): GApp {
  return new FakeSpreadsheetApp(ws) as unknown as GApp;
}

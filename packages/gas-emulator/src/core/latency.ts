/**
 * The latency model: what each emulated service call costs in modeled milliseconds.
 *
 * Every figure names its source. "assumed" means no public measurement was found and the number
 * is a deliberately conservative guess; change it here and every benchmark follows.
 */
export type CostKind =
  | 'local' // a handle or builder call that needs no round trip of substance (getRange, getRow…)
  | 'read' // fetches data from the service
  | 'write' // sends data to the service
  | 'mail'
  | 'properties'
  | 'lock'
  | 'script' // ScriptApp trigger management
  | 'form'
  | 'ui'
  | 'document' // a DocumentApp round trip: opening (create/openById/openByUrl) and saveAndClose
  | 'documentEdit' // an element call of an open document (read or edit), applied at save
  | 'drive'
  | 'convert' // getAs('application/pdf') and similar conversions
  | 'api' // an advanced-service request: one HTTPS call to a Google REST API (Sheets API v4)
  | 'free'; // pure computation inside the runtime (Utilities, Logger)

export interface LatencyFigure {
  ms: number;
  source: string;
}

export const CALL_LATENCY: Record<CostKind, LatencyFigure> = {
  local: { ms: 1, source: 'assumed: handle calls are cheap but still cross the service bridge' },
  read: {
    ms: 7,
    source:
      'Google best-practices guide: 100x100 cells set one by one took ~70 s, i.e. ~7 ms per call',
  },
  write: { ms: 7, source: 'same as read (best-practices guide, ~7 ms per cell-by-cell call)' },
  mail: { ms: 500, source: 'assumed: one SMTP hand-off through MailApp' },
  properties: { ms: 50, source: 'assumed: one PropertiesService round trip' },
  lock: { ms: 20, source: 'assumed: one LockService round trip' },
  script: { ms: 100, source: 'assumed: trigger management calls' },
  form: { ms: 150, source: 'assumed: one FormApp round trip' },
  ui: { ms: 50, source: 'assumed: one UI round trip to the editor' },
  document: {
    ms: 200,
    source: 'assumed: one DocumentApp round trip (open a document, or save and close it)',
  },
  documentEdit: {
    ms: 5,
    source:
      'Document.saveAndClose reference: "Causes pending updates to be flushed and applied" (element calls work on the opened document and are buffered until then); 5 ms per call is assumed',
  },
  drive: { ms: 300, source: 'assumed: one DriveApp round trip' },
  convert: { ms: 3000, source: 'assumed: a Docs to PDF conversion' },
  api: {
    ms: 200,
    source:
      'assumed: one request of an advanced service (developers.google.com/apps-script/guides/services/advanced: "thin wrappers around those Google APIs"), i.e. one HTTPS round trip from Apps Script to the REST API; no public measurement found',
  },
  free: { ms: 0, source: 'computation inside the runtime: no round trip' },
};

/** Per-cell cost of moving values, added to a read or write call. */
export const PER_CELL_MS: LatencyFigure = {
  ms: 0.0125,
  source: 'Stack Overflow measurement: one setValues of 4,000 cells < 50 ms (50/4000)',
};

/** Committing pending writes (explicit flush, or a read after writes, which forces one). */
export const FLUSH_MS: LatencyFigure = {
  ms: 610,
  source:
    'Stack Overflow measurement: one SpreadsheetApp.flush() added ~610 ms; Apps Script blog 2010: a read after writes forces the pending writes to commit',
};

/** Apps Script's execution time limits (developers.google.com/apps-script/guides/services/quotas). */
export const EXECUTION_LIMIT_MS = {
  normal: 6 * 60_000,
  simpleTrigger: 30_000,
};

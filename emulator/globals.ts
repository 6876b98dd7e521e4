import type { Workspace } from './core/workspace';
import { makeVirtualDate } from './core/clock';
import { createSpreadsheetApp } from './services/spreadsheet/app';
import { createFormApp } from './services/form/app';
import { createDocumentApp } from './services/document/app';
import { createDriveApp } from './services/drive/app';
import { createMimeType } from './services/drive/mimeType';
import { createPropertiesService } from './services/properties';
import { createLockService } from './services/lock';
import { createScriptApp } from './services/script';
import { createSession } from './services/session';
import { createUtilities } from './services/utilities';
import { createMailApp } from './services/mail';
import { createConsole, createLogger } from './services/logger';
import { createHtmlService } from './services/html';

/**
 * The global object an Apps Script project sees, backed by one workspace: every service the
 * add-on uses, the sandbox console, and a `Date` whose "now" is the virtual clock. Nothing Node
 * offers (require, process, Buffer, setTimeout, fetch, TextEncoder…) is present, as in Apps Script.
 */
export function createGlobals(ws: Workspace): Record<string, unknown> {
  return {
    SpreadsheetApp: createSpreadsheetApp(ws),
    FormApp: createFormApp(ws),
    DocumentApp: createDocumentApp(ws),
    DriveApp: createDriveApp(ws),
    MimeType: createMimeType(),
    PropertiesService: createPropertiesService(ws),
    LockService: createLockService(ws),
    ScriptApp: createScriptApp(ws),
    Session: createSession(ws),
    Utilities: createUtilities(ws),
    MailApp: createMailApp(ws),
    Logger: createLogger(ws),
    HtmlService: createHtmlService(ws),
    console: createConsole(ws),
    Date: makeVirtualDate(ws.clock),
  };
}

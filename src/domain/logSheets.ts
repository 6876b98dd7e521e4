/**
 * The add-on's log sheets — 履歴, 対話記録, 送信記録, 長文保管 — read and written by header like
 * the register (src/domain/sheetLayout.ts): rows in code keep the order of each sheet's header
 * constant (its canonical order), and each value goes to the column under its header, so a
 * column staff insert or move (or one a newer version adds) never shifts a value.
 */
import { HISTORY_HEADERS, LONG_TEXT_HEADERS, SHEET } from '../strings';
import { DIALOGUE_HEADERS } from '../strings/workflow';
import { SENT_LOG_HEADERS } from '../strings/reminders';
import { LOG_LAYOUT_TEXT } from '../strings/registerLayout';
import { headerFields, SheetFields } from './sheetLayout';

export type LogSheet = 'history' | 'dialogues' | 'sentLog' | 'longText';

export const LOG_SHEETS: readonly LogSheet[] = ['history', 'dialogues', 'sentLog', 'longText'];

export interface LogSpec {
  /** The sheet's name (SHEET). */
  name: string;
  /** Its headers, in canonical order. */
  headers: readonly string[];
  /** The header of the case number (the key a case's rows are found by); '' when none. */
  caseNumber: string;
  /** The header of 操作ID (a retry finds its row by it); '' when none. */
  opId: string;
}

export const LOG_SPECS: Readonly<Record<LogSheet, LogSpec>> = {
  history: {
    name: SHEET.history,
    headers: HISTORY_HEADERS,
    caseNumber: HISTORY_HEADERS[2],
    opId: HISTORY_HEADERS[6],
  },
  dialogues: {
    name: SHEET.dialogues,
    headers: DIALOGUE_HEADERS,
    caseNumber: DIALOGUE_HEADERS[1],
    opId: DIALOGUE_HEADERS[6],
  },
  sentLog: { name: SHEET.sentLog, headers: SENT_LOG_HEADERS, caseNumber: '', opId: '' },
  longText: {
    name: SHEET.longText,
    headers: LONG_TEXT_HEADERS,
    caseNumber: LONG_TEXT_HEADERS[0],
    opId: '',
  },
};

/** A log's fields for the generic layout: its headers, in canonical order. */
export function logFields(log: LogSheet): SheetFields<string> {
  return headerFields(LOG_SPECS[log].headers);
}

/** A renamed log header, by sheet and header. */
export interface RenamedLogHeader {
  sheet: string;
  header: string;
}

/** One line per renamed header, as the desk reads it (setup, 設定を反映, ヘルスチェック). */
export function logRenamedLines(renamed: readonly RenamedLogHeader[]): string[] {
  return renamed.map((r) => LOG_LAYOUT_TEXT.renamed(r.sheet, r.header));
}

/** The alert's text naming them under a heading; '' when none. */
export function logRenamedMessage(renamed: readonly RenamedLogHeader[]): string {
  return renamed.length ? [LOG_LAYOUT_TEXT.heading, ...logRenamedLines(renamed)].join('\n') : '';
}

/**
 * 年次報告を作成 (issue 14): asks for the fiscal year, then — under the document lock — reads the
 * register and the history once, copies the annual report template (設定「テンプレート: 年次報告」;
 * made on first use when blank, not by setup: onInstall's 25 s window already holds five
 * templates), fills it (src/domain/annualReport.ts), saves it and makes its PDF beside it, in the
 * documents folder of 設定 (My Drive when blank).
 *
 * Each run makes a new report (a snapshot of the day). Exactly once (docs/reliability.md): a unique
 * working name is recorded (`annualReport.pending`) before makeCopy; the copy and its PDF carry
 * it until the document is filled and saved and the PDF made, then take the report's name, and
 * the record is cleared. The next run trashes live files still under a recorded working name, so
 * no half-filled report stays. (A kill between the two renames leaves a complete report without
 * its PDF.) A new template's id is recorded in document properties right after
 * DocumentApp.create and cleared once 設定 holds it; a run that finds it still recorded trashes
 * that template and makes it again (a kill right at create may leave one empty document).
 */
import { ANNUAL_REPORT, STATISTICS_UI } from '../../strings/statistics';
import { toTokyoDate } from '../../domain/calendar';
import { fiscalYearOf } from '../../domain/fiscalYear';
import type { Settings } from '../../domain/settings';
import { computeStatistics, fiscalYearLabel } from '../../domain/statistics';
import { publicList } from '../../domain/publication';
import { literalPattern } from '../../domain/documents';
import {
  ANNUAL_REPORT_TEMPLATE,
  annualReport,
  fiscalYearOfAnswer,
  REPORT_TABLES,
} from '../../domain/annualReport';
import { documentProperties } from '../../adapters/properties';
import { settingsFromSnapshot } from '../../store/settings';
import { activeSpreadsheet } from '../../adapters/sheets';
import { readStatisticsSources } from '../../store/statisticsSheet';
import { writeSettingValue } from '../../store/documentTemplateSettings';
import { requireDeskStaff } from '../../store/access';
import { deskSettings, snapshotSettings } from '../../store/settings';
import { takeDeskLock } from '../../store/deskLock';
import { prompt } from '../../adapters/ui';
import { fileById, filesByName, folderById, isNotFound, rootFolder } from '../../adapters/drive';
import { createDocument, openDocumentById, styleParagraph } from '../../adapters/docs';
import { clearIntent, readIntentText, writeIntent } from '../../store/intents';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Properties = GoogleAppsScript.Properties.Properties;
type Body = GoogleAppsScript.Document.Body;

export const ANNUAL_REPORT_PROP = {
  /** The working name of a report being made: its files are trashed by the next run. */
  pending: 'annualReport.pending',
  /** The default template being made on first use, until 設定 holds it. */
  template: 'annualReport.template',
} as const;

const PDF = 'application/pdf';

export interface AnnualReportResult {
  fiscalYear: number;
  documentId: string;
  pdfId: string;
  leftover: string[];
}

/** Menu: 年次報告を作成. */
export function createAnnualReportFromMenu(): string {
  const ss = activeSpreadsheet();
  const props = documentProperties();
  const settings = deskSettings(props.getProperties(), ss);
  requireDeskStaff(settings);
  const now = new Date();
  const current = fiscalYearOf(now);
  const text = prompt(ANNUAL_REPORT.askYear(current, fiscalYearLabel(current)));
  if (text === null) return ANNUAL_REPORT.cancelled;
  const fiscalYear = fiscalYearOfAnswer(text, current);
  if (fiscalYear === null) throw new Error(ANNUAL_REPORT.badYear(text));
  const lock = takeDeskLock('deskMenu');
  if (!lock) throw new Error(STATISTICS_UI.busy);
  try {
    const all = props.getProperties();
    const fresh = settingsFromSnapshot(all) ?? settings;
    const result = createAnnualReport(ss, props, all, fresh, fiscalYear, now);
    const done = ANNUAL_REPORT.done(
      fiscalYearLabel(fiscalYear),
      `https://docs.google.com/document/d/${result.documentId}/edit`,
      `https://drive.google.com/file/d/${result.pdfId}/view`,
    );
    return result.leftover.length ? `${done}\n\n${ANNUAL_REPORT.leftover(result.leftover)}` : done;
  } finally {
    lock.releaseLock();
  }
}

/** The report of `fiscalYear` (the caller holds the lock). */
export function createAnnualReport(
  ss: Spreadsheet,
  props: Properties,
  all: Record<string, string>,
  settings: Settings,
  fiscalYear: number,
  now: Date,
): AnnualReportResult {
  const pending = readIntentText(all, ANNUAL_REPORT_PROP.pending);
  if (pending) trashNamed([pending, `${pending}.pdf`]);
  const { register: rows, history } = readStatisticsSources(ss, null);
  const today = toTokyoDate(now);
  const stats = computeStatistics({ register: rows, history, today, settings });
  const report = annualReport({
    fiscalYear,
    stats,
    published: publicList(rows, settings.deskName, now).cases,
    deskName: settings.deskName,
    today,
  });
  const folder = settings.documentsFolderId.trim()
    ? folderById(settings.documentsFolderId.trim())
    : rootFolder();
  const templateId = templateOf(ss, props, all, settings, folder);
  const name = ANNUAL_REPORT.reportName(fiscalYearLabel(fiscalYear), today);
  const working = ANNUAL_REPORT.workingName(now.getTime().toString(36));
  writeIntent(props, all, ANNUAL_REPORT_PROP.pending, working);
  const copy = fileById(templateId).makeCopy(working, folder);
  const documentId = copy.getId();
  const doc = openDocumentById(documentId);
  const body = doc.getBody();
  for (const key of Object.keys(REPORT_TABLES) as Array<keyof typeof REPORT_TABLES>) {
    insertTable(body, REPORT_TABLES[key], report.tables[key]);
  }
  const leftover = fill(doc, report.values);
  doc.saveAndClose();
  const pdf = folder.createFile(copy.getAs(PDF));
  copy.setName(name);
  pdf.setName(`${name}.pdf`);
  clearIntent(props, all, ANNUAL_REPORT_PROP.pending);
  return { fiscalYear, documentId, pdfId: pdf.getId(), leftover };
}

/** The template's id: 設定's, else the one made earlier, else a new default template. */
function templateOf(
  ss: Spreadsheet,
  props: Properties,
  all: Record<string, string>,
  settings: Settings,
  folder: GoogleAppsScript.Drive.Folder,
): string {
  const configured = settings.templateAnnualReport.trim();
  if (configured) return configured;
  // A template a stopped run began is never used half-written: it is trashed and made anew.
  const partial = readIntentText(all, ANNUAL_REPORT_PROP.template);
  if (partial) trashById(partial);
  const doc = createDocument(ANNUAL_REPORT.templateName);
  const id = doc.getId();
  writeIntent(props, all, ANNUAL_REPORT_PROP.template, id);
  writeTemplate(doc);
  doc.saveAndClose();
  fileById(id).moveTo(folder);
  writeSettingValue(ss, 'templateAnnualReport', id);
  snapshotSettings(ss, props);
  clearIntent(props, all, ANNUAL_REPORT_PROP.template);
  return id;
}

function writeTemplate(doc: GoogleAppsScript.Document.Document): void {
  const blocks = ANNUAL_REPORT_TEMPLATE.blocks;
  const body = doc.getBody();
  body.setText(blocks.map((b) => (b.type === 'blank' ? '' : b.text)).join('\n'));
  const paragraphs = body.getParagraphs();
  blocks.forEach((b, i) => styleParagraph(paragraphs[i], b, 'HEADING3'));
  doc.addFooter().setText(ANNUAL_REPORT_TEMPLATE.footer);
}

/** A table where the paragraph holding only {{name}} stands. */
function insertTable(body: Body, name: string, rows: string[][]): void {
  const found = body.findText(literalPattern(`{{${name}}}`));
  if (!found) return;
  const paragraph = found.getElement().getParent();
  const index = body.getChildIndex(paragraph);
  const last = index === body.getNumChildren() - 1;
  body.insertTable(index, rows);
  // A section always ends with a paragraph: the last one is emptied, not removed.
  if (last) paragraph.asParagraph().setText('');
  else paragraph.removeFromParent();
}

/** Replaces every {{name}} of the body and footer; returns the names no value fills. */
function fill(doc: GoogleAppsScript.Document.Document, values: Record<string, string>): string[] {
  const sections = [doc.getBody(), doc.getFooter()].filter((s) => s !== null);
  const left = new Set<string>();
  for (const section of sections) {
    for (const [name, value] of Object.entries(values)) {
      section.replaceText(literalPattern(`{{${name}}}`), value);
    }
    for (const m of section.getText().matchAll(/\{\{([^{}\n]*)\}\}/g)) left.add(m[1]);
  }
  return [...left];
}

/** Trashes a file; Drive's "not found" means it is gone already, any other error stops. */
function trashById(id: string): void {
  try {
    fileById(id).setTrashed(true);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Trashes the live files of these names (what a stopped run left under its working name). */
function trashNamed(names: string[]): void {
  for (const name of names) {
    const files = filesByName(name);
    while (files.hasNext()) {
      const file = files.next();
      if (!file.isTrashed()) file.setTrashed(true);
    }
  }
}

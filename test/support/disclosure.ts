/**
 * The disclosure case file on the emulator (issue 13 item 4): a desk whose 設定 lists words to
 * mask, the marker-corpus case (test/support/disclosureCorpus.ts) with its dialogues and history,
 * the file made for one case, and the file read back or written out (the demo: out/documents/).
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { documentToDocx } from 'gas-emulator/export/docx';
import { extractPdfText } from 'gas-emulator/services/drive/pdf';
import type { ServerResult } from '../../src/app/sidebarContract';
import type { DisclosureResult } from '../../src/app/documents/disclosure';
import { AGREEMENT_DATA, caseAt, setCells, setSetting } from './documents';
import { Desk, newDesk, STAFF } from './desk';
import { Q } from '../../src/strings';
import { DIALOGUES, MARKERS, MASK_WORDS, PUBLIC, REGISTER_TEXTS } from './disclosureCorpus';

export type CaseRef = { row: number; caseNumber: string };

export const MASK_WORDS_SETTING = '情報公開でマスクする語句';

/** A desk whose 設定 lists the corpus's words to mask. */
export function disclosureDesk(): Desk {
  const desk = newDesk();
  setSetting(desk, MASK_WORDS_SETTING, MASK_WORDS);
  return desk;
}

/**
 * The corpus case: submitted with the private markers, the register's free texts repeating them,
 * brought to 連携協定締結, and two dialogue entries recorded through the sidebar (each writes a
 * 対話記録 row and a history row).
 */
export function disclosureCase(desk: Desk): CaseRef {
  const ref = caseAt(
    desk,
    '対話・調整',
    {
      ...AGREEMENT_DATA,
      content: REGISTER_TEXTS.content,
      representative: REGISTER_TEXTS.representative,
      roleSplit: REGISTER_TEXTS.roleSplit,
      goal: PUBLIC.goal,
      department: PUBLIC.department,
    },
    {
      [Q.name]: MARKERS.name,
      [Q.email]: MARKERS.email,
      [Q.phone]: MARKERS.phone,
      [Q.title]: PUBLIC.title,
      [Q.organisation]: PUBLIC.organisation,
    },
  );
  DIALOGUES.forEach((d, i) => {
    const result = desk.host.scriptRun<ServerResult<unknown>>(
      desk.spreadsheetId,
      'sidebarAddDialogue',
      [{ ...ref, ...d, requestId: `req-corpus-dialogue-${i + 1}` }],
      STAFF,
    );
    if (!result.ok) throw new Error(result.message);
  });
  setCells(desk, ref.row, { status: '連携協定締結' });
  return ref;
}

/** Makes the file for one case (as google.script.run would, with a request id). */
export function createDisclosure(
  desk: Desk,
  ref: CaseRef,
  requestId = 'req-disclosure-0001',
  user = STAFF,
): ServerResult<DisclosureResult> {
  return desk.host.scriptRun<ServerResult<DisclosureResult>>(
    desk.spreadsheetId,
    'sidebarCreateDisclosureRecord',
    [{ ...ref, requestId }],
    user,
  );
}

/** The file's ids for one case (throws on a refusal): what the demo writes to out/documents/. */
export function disclosureFile(desk: Desk, ref: CaseRef, requestId?: string): DisclosureResult {
  const result = createDisclosure(desk, ref, requestId);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** The document's text (header, body, tables), as the emulator renders it. */
export function disclosureText(desk: Desk, documentId: string): string {
  return desk.ws.documents.renderText(documentId);
}

/**
 * The text a PDF of the emulator carries (packages/gas-emulator/src/services/drive/pdfText.ts), its lines joined
 * without a break: a word wrapped over two lines is still found whole.
 */
export function pdfText(desk: Desk, pdfId: string): string {
  const bytes = desk.ws.drive.get(pdfId)?.bytes;
  return bytes ? extractPdfText(new Uint8Array(bytes)).join('') : '';
}

/** Writes `<name>.docx` and `<name>.pdf` into `<outDir>/documents/`; returns the paths. */
export async function writeDisclosureFiles(
  desk: Desk,
  file: DisclosureResult,
  outDir: string,
): Promise<string[]> {
  const dir = join(outDir, 'documents');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const model = desk.ws.documents.get(file.documentId);
  if (model) {
    const path = join(dir, `${file.name}.docx`);
    writeFileSync(path, await documentToDocx(model));
    written.push(path);
  }
  const pdf = desk.ws.drive.get(file.pdfId);
  if (pdf?.bytes) {
    const path = join(dir, `${file.name}.pdf`);
    writeFileSync(path, pdf.bytes);
    written.push(path);
  }
  return written;
}

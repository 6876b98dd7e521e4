/**
 * Drive and document invariants after recovery (issue 10): every live case folder, copy and PDF
 * is linked from the register (a folder by 案件フォルダ, a file as version v1..vN of its kind with
 * N the register's 文書の版), one doc and one PDF per version, no unfilled placeholder in a live
 * document, one history row per generated version (with its 操作ID), no intent left pending.
 */
import { readVersions, replyNumberOf } from '../../../src/domain/documents';
import { DOCUMENT_KIND_LABELS } from '../../../src/strings/documents';
import { SHEET } from '../../../src/strings';
import { DOCUMENT_NAMES } from '../../../src/strings/documents';
import { settingValue } from '../../support/documents';
import type { Desk } from '../../support/desk';
import { documentProperties, registerRows, sheetValues } from './common';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const DOC_MIME = 'application/vnd.google-apps.document';
const PDF_MIME = 'application/pdf';
const VERSIONED = /^(.+?)_(.+)_v(\d+)(\.pdf)?$/;
const GENERATED = /^文書作成: (.+)$/m;

/** Labels compare as readVersions reads them (full-width brackets and ASCII alike). */
function nfkc(text: string): string {
  return text.normalize('NFKC');
}

function idIn(cell: string): string {
  return (/\/(?:d|folders)\/([-\w]+)/.exec(cell) ?? /[?&]id=([-\w]+)/.exec(cell))?.[1] ?? '';
}

export function documentInvariants(desk: Desk): string[] {
  const found: string[] = [];
  const rootId = settingValue(desk, '文書フォルダID');
  const all = desk.ws.drive.all();
  const live = all.filter((f) => !f.trashed);
  const templates = new Set(
    live
      .filter((f) => f.mimeType === FOLDER_MIME && f.name === DOCUMENT_NAMES.templatesFolder)
      .map((f) => f.id),
  );
  const caseFolders = live.filter(
    (f) => f.mimeType === FOLDER_MIME && f.parents.includes(rootId) && !templates.has(f.id),
  );
  const rows = registerRows(desk);
  const linkedFolders = new Map<string, string>();
  /** "<case>_<label>_v<n>" → expected (the register has that version). */
  const expected = new Set<string>();
  for (const r of rows) {
    const caseNumber = r.get('caseNumber');
    const folderId = idIn(r.get('folder'));
    if (r.get('folder') && !live.some((f) => f.id === folderId)) {
      found.push(`${caseNumber}: 案件フォルダ links no live folder`);
    }
    if (folderId) linkedFolders.set(folderId, caseNumber);
    for (const [label, n] of readVersions(r.get('documentVersions'))) {
      for (let v = 1; v <= n; v++) expected.add(nfkc(`${caseNumber}_${label}_v${v}`));
    }
    for (const key of ['latestDocument', 'latestPdf']) {
      const id = idIn(r.get(key));
      if (r.get(key) && !live.some((f) => f.id === id)) {
        found.push(`${caseNumber}: ${key} links no live file`);
      }
    }
  }
  for (const f of caseFolders) {
    if (!linkedFolders.has(f.id)) found.push(`folder ${f.name} without a register link`);
  }

  // Every live versioned file, wherever it is: linked (expected version, in its case folder).
  const counts = new Map<string, { doc: number; pdf: number }>();
  for (const f of live) {
    if (f.mimeType === FOLDER_MIME || templates.has(f.parents[0] ?? '')) continue;
    const inCaseFolder = f.parents.some(
      (p) => linkedFolders.has(p) || caseFolders.some((c) => c.id === p),
    );
    const m = VERSIONED.exec(f.name);
    if (!m) {
      if (inCaseFolder) found.push(`unexpected file ${f.name} in a case folder`);
      continue;
    }
    const base = nfkc(`${m[1]}_${m[2]}_v${m[3]}`);
    const c = counts.get(base) ?? { doc: 0, pdf: 0 };
    if (m[4]) c.pdf += f.mimeType === PDF_MIME ? 1 : 0;
    else c.doc += f.mimeType === DOC_MIME ? 1 : 0;
    counts.set(base, c);
    if (!expected.has(base)) {
      found.push(`live ${f.name} without a register link (orphan)`);
    }
    if (f.mimeType === DOC_MIME && /\{\{[^}]*\}\}/.test(desk.ws.documents.renderText(f.id))) {
      found.push(`live ${f.name} has an unfilled placeholder`);
    }
  }
  for (const name of expected) {
    const c = counts.get(name) ?? { doc: 0, pdf: 0 };
    if (c.doc !== 1 || c.pdf !== 1) {
      found.push(`${name}: ${c.doc} live document(s) and ${c.pdf} PDF(s), expected 1 and 1`);
    }
  }

  // The history: one row per generated version, each with its operation id.
  const [header, ...history] = sheetValues(desk, SHEET.history);
  const opCol = header ? header.indexOf('操作ID') : -1;
  const rowsPerName = new Map<string, number>();
  for (const h of history) {
    const m = GENERATED.exec(String(h[5] ?? ''));
    if (!m) continue;
    const name = nfkc(m[1]);
    rowsPerName.set(name, (rowsPerName.get(name) ?? 0) + 1);
    if (opCol < 0 || String(h[opCol] ?? '') === '') {
      found.push(`history row of ${name} without 操作ID`);
    }
    if (!expected.has(name)) found.push(`history row of ${name}, a version the register lacks`);
  }
  for (const name of expected) {
    const n = rowsPerName.get(name) ?? 0;
    if (n !== 1) found.push(`${name}: ${n} history rows`);
  }

  found.push(...replyNumberInvariants(desk, rows));

  // Recovery finished every attempt: no intent left pending.
  for (const [key, value] of Object.entries(documentProperties(desk))) {
    if (key.startsWith('documents.folder.')) found.push(`folder intent left: ${key}`);
    if (/^documents\.(gen|reply)\./.test(key) && JSON.parse(value).pending) {
      found.push(`intent left pending: ${key}`);
    }
  }
  return found;
}

/**
 * 文書番号 (issue 12), reserved exactly once per letter: each fiscal year's sequence N matches
 * the numbers the register's 文書番号 cells (or a pending intent) hold — 1..N, each once, for one
 * case and kind. A kill or a retry that took a second number shows as a number held by no letter.
 * Reads the default format (…第<n>号).
 */
function replyNumberInvariants(
  desk: Desk,
  rows: Array<{ get: (key: string) => string }>,
): string[] {
  const found: string[] = [];
  const props = documentProperties(desk);
  const held = new Map<number, string[]>();
  const hold = (number: string, who: string) => {
    const n = Number(/第(\d+)号/.exec(number)?.[1] ?? NaN);
    if (!Number.isFinite(n)) return found.push(`${who}: 文書番号 ${number} not in the format`);
    held.set(n, [...(held.get(n) ?? []), who]);
  };
  const letters = [DOCUMENT_KIND_LABELS.replyAccepted, DOCUMENT_KIND_LABELS.replyDeclined];
  for (const r of rows) {
    for (const label of letters) {
      const number = replyNumberOf(r.get('replyNumber'), label);
      if (number) hold(number, `${r.get('caseNumber')} ${label}`);
    }
  }
  for (const [key, value] of Object.entries(props)) {
    const pending = /^documents\.gen\./.test(key) ? JSON.parse(value).pending : null;
    if (
      pending?.replyNumber &&
      !rows.some((r) => r.get('replyNumber').includes(pending.replyNumber))
    )
      hold(pending.replyNumber, `pending ${key}`);
  }
  const sequences = Object.entries(props).filter(([k]) => k.startsWith('documents.replySequence.'));
  // The chaos desks stay in one fiscal year: every number belongs to its sequence.
  const total = sequences.reduce((sum, [, v]) => sum + Number(v), 0);
  for (let n = 1; n <= total; n++) {
    const holders = held.get(n) ?? [];
    if (holders.length === 0) found.push(`文書番号 ${n} reserved but held by no letter`);
    if (holders.length > 1) found.push(`文書番号 ${n} held by ${holders.join(', ')}`);
  }
  for (const n of held.keys()) {
    if (n > total) found.push(`文書番号 ${n} beyond the reserved sequence ${total}`);
  }
  return found;
}

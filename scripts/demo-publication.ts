/**
 * The demo's publication and disclosure part (issue 13), at the end of the story's year: the
 * realised cases staff marked 公開 from the sidebar during the year (scripts/demo-cases.ts) go
 * into the public list by 公開一覧を更新; one case's disclosure file (情報公開請求) is made.
 * Writes out/public/ (公開一覧.csv, 公開一覧.json, index.html — the web page as a visitor sees
 * it) and out/documents/<case>_情報公開用案件記録.docx/.pdf.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { MENU, PUBLICATION_FILES } from '../src/strings';
import { Desk, registerRecords } from '../test/support/desk';
import { disclosureFile, writeDisclosureFiles } from '../test/support/disclosure';
import { renderPublicPage } from '../test/support/publicPage';
import { STAFF, typeSetting } from './demo-story';

export async function runPublicationDemo(desk: Desk, out: string): Promise<string[]> {
  const lines = ['■ 公開・情報公開'];
  // Staff make a Drive folder for the public files and type its id into 設定.
  const folder = desk.ws.drive.createFolder('公開データ', STAFF);
  typeSetting(desk, '公開ファイルのフォルダID', folder.id);
  typeSetting(desk, '公開ファイルをリンクで共有', 'はい');
  const refreshed = desk.host.clickMenu(desk.spreadsheetId, MENU.refreshPublication, STAFF);
  if (refreshed.error) throw refreshed.error;
  lines.push(`  公開一覧を更新: ${desk.ws.ui.alerts.at(-1)?.prompt.split('\n')[0] ?? ''}`);

  const dir = join(out, 'public');
  mkdirSync(dir, { recursive: true });
  for (const name of [PUBLICATION_FILES.csv, PUBLICATION_FILES.json]) {
    const file = desk.ws.drive.all().find((f) => f.name === name && !f.trashed);
    if (!file?.bytes) throw new Error(`demo: ${name} was not written`);
    writeFileSync(join(dir, name), Buffer.from(file.bytes));
  }
  writeFileSync(join(dir, 'index.html'), renderPublicPage(desk));
  lines.push(`  out/public/${PUBLICATION_FILES.csv}, ${PUBLICATION_FILES.json}, index.html`);

  // 情報公開請求: the case with the longest history, masked, for the desk to review.
  const records = registerRecords(desk);
  const index = records.findIndex((r) => String(r['件名']).startsWith('除雪車両'));
  const ref = { row: index + 2, caseNumber: String(records[index]['案件番号']) };
  const file = disclosureFile(desk, ref, 'demo-disclosure-0001');
  const written = await writeDisclosureFiles(desk, file, out);
  lines.push(
    `  ${ref.caseNumber} 情報公開用案件記録: ${written.map((p) => p.replace(`${out}/`, 'out/')).join(', ')}`,
  );
  return lines;
}

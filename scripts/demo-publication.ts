/**
 * The demo's publication and disclosure part (issue 13), on the demo's own desk after staff have
 * worked the cases: realised cases whose applicants consented get a summary and 公開 through the
 * sidebar, 公開一覧を更新 writes the public outputs, and one case's disclosure file (情報公開請求)
 * is made. Writes out/public/ (公開一覧.csv, 公開一覧.json, index.html — the web page as a
 * visitor sees it) and out/documents/<case>_情報公開用案件記録_v1.docx/.pdf.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { CaseView, ServerResult } from '../src/app/sidebarContract';
import { PUBLICATION_FILES } from '../src/strings';
import { Desk, registerRecords } from '../test/support/desk';
import { disclosureFile, writeDisclosureFiles } from '../test/support/disclosure';
import { refreshPublication, setPublicFolder } from '../test/support/publication';
import { renderPublicPage } from '../test/support/publicPage';

/** Public summaries the desk writes for cases that are realised (by case title). */
const SUMMARIES: Record<string, string> = {
  除雪車両の位置情報を活用した除雪状況の見える化:
    '除雪車両の位置情報を地図で公開し、市民が除雪の進み具合を確認できるようにする取組です。',
  AIカメラによる観光客の周遊分析の実証実験:
    '観光地にAIカメラを設置し、個人を特定しない形で観光客の回遊を分析する実証実験です。',
};

export async function runPublicationDemo(desk: Desk, out: string): Promise<string[]> {
  const lines = ['■ 公開・情報公開（issue 13）'];
  setPublicFolder(desk, true);
  const run = <T>(name: string, arg: object) =>
    desk.host.scriptRun<ServerResult<T>>(desk.spreadsheetId, name, [arg]);
  const today = new Date(desk.ws.clock.now() + 9 * 3_600_000).toISOString().slice(0, 10); // Tokyo
  registerRecords(desk).forEach((record, i) => {
    const summary = SUMMARIES[String(record['件名'])];
    if (!summary) return;
    const ref = { row: i + 2, caseNumber: String(record['案件番号']) };
    const saved = run<CaseView>('sidebarSavePublication', {
      ...ref,
      decision: '公開',
      summary,
      publishedOn: today,
    });
    if (!saved.ok) throw new Error(saved.message);
    const state = saved.value.publication.listed ? '公開一覧に掲載' : '条件を満たさず掲載なし';
    lines.push(`  ${ref.caseNumber} 公開可否=公開（${state}）`);
  });
  const refreshed = refreshPublication(desk);
  if (refreshed.error) throw refreshed.error;

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
    `  情報公開用案件記録: ${written.map((p) => p.replace(`${out}/`, 'out/')).join(', ')}`,
  );
  return lines;
}

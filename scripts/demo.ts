/**
 * npm run demo — one year of Aomori City's desk on the emulator (issue 15), played by
 * scripts/demo-story.ts from scripts/demo-cases.ts: setup through the wizard, proposals through
 * the form, staff work from the sidebar, departments answer through their form, the hourly
 * trigger every day; at the end of March, publication, statistics, the annual report and a
 * disclosure file. out/ (or DEMO_OUT) receives what a person can open, all from that one desk:
 * the workbook (.xlsx), every email (.eml), the documents (.docx, .pdf), each day's digests,
 * the charts, the form and the public page. Progress goes to stderr, the story to stdout.
 */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { writeXlsx } from 'gas-emulator/export/xlsx';
import { formHtml } from 'gas-emulator/export/formHtml';
import { toEml } from 'gas-emulator/export/eml';
import { documentToDocx } from 'gas-emulator/export/docx';
import type { SentMail } from 'gas-emulator/services/mail';
import { registerRecords } from '../test/support/desk';
import { idOf } from '../test/support/documents';
import { runPublicationDemo } from './demo-publication';
import { runStatisticsDemo } from './demo-statistics';
import { EXTRA_CLOSURE, FIRST_DAY, LAST_DAY, runStory, Story } from './demo-story';

function progress(step: string): void {
  process.stderr.write(`demo: ${step}\n`);
}

/** A file name from an email: its order and subject, safe on every system. */
function mailName(i: number, mail: SentMail): string {
  return `${String(i + 1).padStart(3, '0')}-${mail.subject.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}.eml`;
}

/** Runs the story and writes out/; returns the summary lines and the story (its desk). `charts` needs vega (ESM). */
export async function runDemo(
  out: string,
  options: { charts?: boolean } = {},
): Promise<{ lines: string[]; story: Story }> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'mail'), { recursive: true });

  progress(`one year of the desk, ${FIRST_DAY} to ${LAST_DAY} (the hourly trigger every day)…`);
  const story: Story = runStory(progress);
  const { desk } = story;

  progress('end of March: publication, disclosure, statistics and the annual report…');
  const publicationLines = await runPublicationDemo(desk, out);
  const statisticsLines = await runStatisticsDemo(desk, out, options.charts !== false);

  progress('writing out/ (workbook, form, emails, documents, digests)…');
  const documentLines = await writeDocuments(story, out);
  await writeXlsx(desk.ws.spreadsheets.get(desk.spreadsheetId)!, join(out, '公民連携デスク.xlsx'));
  writeFileSync(join(out, 'form.html'), formHtml(desk.ws.forms.get(desk.formId)!));
  const outbox = desk.ws.mail.outbox;
  let mails = 0;
  for (const [i, mail] of outbox.entries()) {
    if (story.digestIndices.has(i)) continue;
    writeFileSync(join(out, 'mail', mailName(i, mail)), await toEml(mail));
    mails++;
  }
  const digestLines = await writeDigests(story, out);

  const cases = registerRecords(desk);
  const lines = [
    `公民連携デスク デモ — 青森市、令和8年度（${FIRST_DAY}〜${LAST_DAY}）`,
    `案件 ${cases.length} 件、メール ${outbox.length} 通（うち期限通知 ${story.digestIndices.size} 通）`,
    '',
    '■ 案件台帳（年度末の状態）',
    ...cases.map(
      (c) =>
        `  ${c['案件番号']}  ${String(c['ステータス']).padEnd(12, '　')} ${c['要確認'] ? '［要確認］' : ''}${c['件名']}（${c['事業者名'] ?? ''}）`,
    ),
    '',
    '■ 一年の出来事',
    ...story.lines.map((l) => `  ${l}`),
    '',
    ...documentLines,
    '',
    ...publicationLines,
    '',
    ...statisticsLines,
    '',
    ...digestLines,
    '',
    '■ out/ の内容',
    '  公民連携デスク.xlsx（台帳・履歴・対話記録・送信記録・設定・担当課・課題一覧・統計・回答シート）',
    `  mail/ に ${mails} 通、digests/ に期限通知 ${story.digestIndices.size} 通、documents/、charts/、public/、form.html`,
  ];
  writeFileSync(join(out, 'summary.txt'), lines.join('\n') + '\n');
  return { lines, story };
}

/** Each generated Google Doc as .docx (Drive's "Download as Word") and its PDF beside it. */
async function writeDocuments(story: Story, out: string): Promise<string[]> {
  const dir = join(out, 'documents');
  mkdirSync(dir, { recursive: true });
  const lines = ['■ 文書（協定書・回答書）'];
  for (const doc of story.documents) {
    const model = story.desk.ws.documents.get(idOf(doc.documentUrl));
    if (model) writeFileSync(join(dir, `${doc.name}.docx`), await documentToDocx(model));
    const pdf = story.desk.ws.drive.get(idOf(doc.pdfUrl));
    if (pdf?.bytes) writeFileSync(join(dir, `${doc.name}.pdf`), pdf.bytes);
    lines.push(`  out/documents/${doc.name}.docx, .pdf`);
  }
  return lines;
}

/** out/digests/<date>/*.eml and out/digests/summary.txt: what each day's sweep sent. */
async function writeDigests(story: Story, out: string): Promise<string[]> {
  const lines = [`■ 期限と通知（毎日の期限確認）— ${EXTRA_CLOSURE} は休庁日（追加）`];
  const days = [...story.digests.map((d) => d.day), ...story.closedWeekdays].sort();
  for (const day of days) {
    const mails = story.digests.find((d) => d.day === day)?.mails ?? [];
    lines.push(`  ${day}${mails.length ? '' : '（休庁日: 通知なし）'}`);
    if (!mails.length) continue;
    const dir = join(out, 'digests', day);
    mkdirSync(dir, { recursive: true });
    for (const [i, mail] of mails.entries()) {
      const to = mail.to.split(',')[0].replace(/[^\w.@-]+/g, '_');
      writeFileSync(join(dir, `${String(i + 1).padStart(2, '0')}-${to}.eml`), await toEml(mail));
      lines.push(`    ✉ ${mail.to}「${mail.subject}」`);
    }
  }
  mkdirSync(join(out, 'digests'), { recursive: true });
  writeFileSync(join(out, 'digests', 'summary.txt'), lines.join('\n') + '\n');
  return lines;
}

if (require.main === module) {
  const started = Date.now();
  runDemo(process.env.DEMO_OUT || 'out')
    .then(({ lines }) => {
      console.log(lines.join('\n'));
      progress(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

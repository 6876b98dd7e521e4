/**
 * The documents part of `npm run demo`: with the default templates setup made, the desk fills in
 * the agreement data of three cases and generates every kind — both reply letters, the three
 * agreements — plus a refused generation (missing data) and a regenerated v2.
 * Each generated Google Doc is written to out/documents/<name>.docx (what Drive's "Download as
 * Word" gives, via emulator/export/docx.ts) and its PDF, as Drive holds it, beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentToDocx } from '../emulator/export/docx';
import type { GeneratedDocument, ServerResult } from '../src/app/sidebarContract';
import { CHOICES, Q } from '../src/strings';
import type { Desk } from '../test/support/desk';
import {
  AGREEMENT_DATA,
  caseAt,
  generate,
  idOf,
  MAYOR,
  setCells,
  setSetting,
} from '../test/support/documents';

/** Runs the scenario, writes out/documents/; returns one line per step for the summary. */
export async function runDocumentsDemo(desk: Desk, outDir: string): Promise<string[]> {
  const lines = ['文書（協定書・回答書）'];
  setSetting(desk, '市長名', MAYOR);

  const partnership = caseAt(desk, '回答（可）', AGREEMENT_DATA, {
    [Q.title]: '除雪車両の位置情報を活用した除雪状況の見える化',
  });
  const comprehensive = caseAt(
    desk,
    '連携協定締結',
    {
      ...AGREEMENT_DATA,
      representative: '学長 八甲田 花子',
      goal: '教育・研究の知見を地域課題の解決に生かし、若者の地元定着を図る。',
      partnershipItems: '・地域の人材育成\n・産業振興と起業支援\n・防災・減災\n・健康づくり',
      roleSplit: '甲: 行政データと実践の場の提供\n乙: 研究成果と学生の参画',
    },
    {
      [Q.organisation]: '国立大学法人青森みらい大学',
      [Q.applicantType]: CHOICES.applicantType[1],
      [Q.title]: '地域課題解決に向けた包括的な連携',
      [Q.email]: 'renkei@aomori-mirai.example.ac.jp',
    },
  );
  const poc = caseAt(
    desk,
    '連携協定締結',
    {
      ...AGREEMENT_DATA,
      representative: '代表取締役 十和田 次郎',
      goal: 'AIによるバス停の混雑予測を検証し、冬期の待ち時間を減らす。',
      partnershipItems: 'バス停3か所へのカメラ設置\n混雑予測モデルの精度検証\n利用者アンケート',
      roleSplit: '甲: 設置場所の調整と周知\n乙: 機器の設置・運用とデータの検証',
      periodStart: '2026/8/1',
      pocEnd: '令和8年12月25日',
    },
    {
      [Q.organisation]: '株式会社ねぶたAIラボ',
      [Q.method]: CHOICES.method[1],
      [Q.title]: 'AIによるバス停混雑予測の実証実験',
      [Q.email]: 'poc@nebuta-ai.example.co.jp',
    },
  );
  const declined = caseAt(desk, '不採択', {}, { [Q.organisation]: '合同会社かもしか企画' });

  const documents: GeneratedDocument[] = [];
  const run = (label: string, ref: { caseNumber: string; row: number }, kind: string) => {
    const result: ServerResult<GeneratedDocument> = generate(desk, ref, kind);
    if (result.ok) documents.push(result.value);
    lines.push(
      `  ${ref.caseNumber} ${label}: ${result.ok ? `作成 ${result.value.name}` : `拒否「${result.message.split('\n').join(' ')}」`}`,
    );
  };
  run('回答書（採択）', partnership, 'replyAccepted');
  run('事業連携協定書', partnership, 'partnershipAgreement');
  setCells(desk, partnership.row, { agreementEnd: '2028-03-31' });
  run('事業連携協定書（満了日を変更して再作成）', partnership, 'partnershipAgreement');
  run('包括連携協定書', comprehensive, 'comprehensiveAgreement');
  setCells(desk, poc.row, { representative: '' });
  run('実証実験に関する協定書（代表者が未入力）', poc, 'pocAgreement');
  setCells(desk, poc.row, { representative: '代表取締役 十和田 次郎' });
  run('実証実験に関する協定書', poc, 'pocAgreement');
  run('回答書（不採択）', declined, 'replyDeclined');
  const sent = desk.host.scriptRun<ServerResult<{ sentTo: string }>>(
    desk.spreadsheetId,
    'sidebarSendReplyLetter',
    [{ ...partnership, kind: 'replyAccepted' }],
  );
  lines.push(
    `  ${partnership.caseNumber} 回答書をメール送付: ${sent.ok ? sent.value.sentTo : sent.message}`,
  );

  const dir = join(outDir, 'documents');
  mkdirSync(dir, { recursive: true });
  for (const doc of documents) {
    const model = desk.ws.documents.get(idOf(doc.documentUrl));
    if (model) writeFileSync(join(dir, `${doc.name}.docx`), await documentToDocx(model));
    const pdf = desk.ws.drive.get(idOf(doc.pdfUrl));
    if (pdf?.bytes) writeFileSync(join(dir, `${doc.name}.pdf`), pdf.bytes);
  }
  lines.push(`  → out/documents/ に ${documents.length} 件（.docx と .pdf）`);
  return lines;
}

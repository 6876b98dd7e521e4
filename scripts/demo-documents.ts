/**
 * The documents part of `npm run demo`: with the default templates setup made, the desk fills in
 * the agreement data of three cases and generates every kind — both reply letters, the three
 * agreements — plus a refused generation (missing data) and a regenerated v2. The agreements
 * carry 甲/乙 with their addresses (the applicant's from the form), the clauses a city signs
 * (反社会的勢力の排除, 協定の変更, 協定の解除, 公表) and numbered 連携事項; the reply letters a
 * 文書番号 (the regenerated one keeps it), the representative as addressee, and the 不採択 letter
 * the reason staff gave when declining from the sidebar.
 * Each generated Google Doc is written to out/documents/<name>.docx (what Drive's "Download as
 * Word" gives, via packages/gas-emulator/src/export/docx.ts) and its PDF, as Drive holds it, beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentToDocx } from 'gas-emulator/export/docx';
import type { GeneratedDocument, MoveRequest, ServerResult } from '../src/app/sidebarContract';
import { CHOICES, Q } from '../src/strings';
import type { Desk } from '../test/support/desk';
import {
  AGREEMENT_DATA,
  caseAt,
  cell,
  generate,
  idOf,
  MAYOR,
  setCells,
  setSetting,
} from '../test/support/documents';
import { run as runHandler } from '../test/support/workflow';

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
      [Q.address]: '青森県青森市文京町二丁目1番1号',
      [Q.representative]: '学長 八甲田 花子',
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
      [Q.address]: '青森県青森市安方一丁目5番2号',
      [Q.representative]: '代表取締役 十和田 次郎',
      [Q.method]: CHOICES.method[1],
      [Q.title]: 'AIによるバス停混雑予測の実証実験',
      [Q.email]: 'poc@nebuta-ai.example.co.jp',
    },
  );
  // Declined from the sidebar after the decision: the reason for the letter apart from the
  // internal comment (issue 12).
  const declined = caseAt(
    desk,
    '実施可否判断',
    {},
    {
      [Q.organisation]: '合同会社かもしか企画',
      [Q.address]: '青森県青森市浪岡大字浪岡字稲村101番地',
      [Q.representative]: '代表社員 羽州 三郎',
      [Q.title]: '市有施設の空きスペースを活用したシェアオフィス',
    },
  );
  const decline: MoveRequest = {
    ...declined,
    expectedStatus: '実施可否判断',
    to: '不採択',
    comment: '所管課と協議（施設の用途変更が必要）',
    letterReason:
      '対象となる市有施設は、現在、行政財産として使用しており、貸付けに必要な用途変更の見込みが立たないため。',
  };
  const moved = runHandler(desk, 'sidebarMoveCase', decline);
  lines.push(
    `  ${declined.caseNumber} 不採択に変更（回答書に記載する理由を入力）: ${moved.ok ? 'OK' : moved.message}`,
  );

  const documents: GeneratedDocument[] = [];
  const run = (label: string, ref: { caseNumber: string; row: number }, kind: string) => {
    const result: ServerResult<GeneratedDocument> = generate(desk, ref, kind);
    if (result.ok) documents.push(result.value);
    const number = /回答書/.test(label) ? String(cell(desk, ref.row, 'replyNumber')) : '';
    lines.push(
      `  ${ref.caseNumber} ${label}: ${result.ok ? `作成 ${result.value.name}` : `拒否「${result.message.split('\n').join(' ')}」`}${number ? `（文書番号 ${number}）` : ''}`,
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
  run('回答書（採択、作り直し: 文書番号は同じ）', partnership, 'replyAccepted');
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

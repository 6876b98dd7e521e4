/**
 * npm run demo — the add-on's main job on the emulator: Aomori City's desk is set up, applicants
 * submit realistic proposals, one response is missed by its trigger and recovered, staff move
 * cases through the process and generate agreements and reply letters, and the daily sweep
 * runs over several weeks. out/ receives what a person can open: the workbook (.xlsx), every
 * email sent (.eml), the documents (.docx, .pdf) and each day's digests.
 */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { writeXlsx } from 'gas-emulator/export/xlsx';
import { formHtml } from 'gas-emulator/export/formHtml';
import { runPublicationDemo } from './demo-publication';
import { runStatisticsDemo } from './demo-statistics';
import { toEml } from 'gas-emulator/export/eml';
import { CHOICES, MENU, Q } from '../src/strings';
import { clickMenu, newDesk, proposal, registerRecords, STAFF } from '../test/support/desk';
import { runWorkflowDemo } from './demo-workflow';
import { runDocumentsDemo } from './demo-documents';
import { runRemindersDemo } from './demo-reminders';

const OUT = 'out';

function seedReferenceSheets(desk: ReturnType<typeof newDesk>): void {
  const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
  const fill = (name: string, rows: string[][]) => {
    const sheet = model.sheetByName(name)!;
    rows.forEach((row, r) => row.forEach((v, c) => (sheet.cellForWrite(r + 2, c + 1).value = v)));
  };
  fill('担当課', [
    ['道路維持課', 'douro@city.aomori.example.lg.jp', '雪谷', ''],
    ['観光課', 'kanko@city.aomori.example.lg.jp', '浜田', ''],
    ['資産経営課', 'shisan@city.aomori.example.lg.jp', '柳川', 'ネーミングライツ担当'],
  ]);
  fill('課題一覧', [
    [
      'K-001',
      '冬期の除雪状況の見える化',
      '道路維持課',
      '除雪の進捗を市民にわかりやすく伝えたい',
      '募集中',
    ],
    ['K-002', '観光客の周遊促進', '観光課', '中心市街地と観光施設の周遊を増やしたい', '募集中'],
  ]);
}

/** One line per stage on stderr, so a person sees the demo move (the story goes to stdout). */
function progress(step: string): void {
  process.stderr.write(`demo: ${step}\n`);
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'mail'), { recursive: true });

  progress('setting up the desk (初期設定 on the emulator)…');
  const desk = newDesk({ now: '2026-05-11T09:00:00+09:00' });
  desk.host.openSpreadsheet(desk.spreadsheetId, STAFF);
  seedReferenceSheets(desk);
  clickMenu(desk, MENU.refreshChallenges);

  const submissions: Array<[string, Record<string, string | string[]>, object?]> = [
    ['パートナーシップ', proposal()],
    [
      '実証実験（課題提案）',
      proposal({
        [Q.organisation]: '国立大学法人 北の大学',
        [Q.applicantType]: CHOICES.applicantType[1],
        [Q.name]: '八甲田 花子',
        [Q.email]: 'hanako@kita-univ.example.ac.jp',
        [Q.title]: 'AIカメラによる観光客の周遊分析の実証実験',
        [Q.proposalKind]: CHOICES.proposalKind[1],
        [Q.challenge]: 'K-002 観光客の周遊促進',
        [Q.method]: CHOICES.method[1],
        [Q.roles]: [CHOICES.roles[0], CHOICES.roles[4]],
        [Q.personalData]: CHOICES.personalData[0],
        [Q.preConsultation]: CHOICES.preConsultation[0],
      }),
    ],
    [
      'ネーミングライツ',
      proposal({
        [Q.organisation]: '青森りんご飲料株式会社',
        [Q.email]: 'info@ringo-drink.example.co.jp',
        [Q.title]: '市民体育館のネーミングライツ',
        [Q.method]: 'ネーミングライツ',
        [Q.roles]: [],
      }),
    ],
    [
      '個人（対象外）',
      proposal({
        [Q.organisation]: 'なし',
        [Q.applicantType]: CHOICES.applicantType[4],
        [Q.email]: 'citizen@example.com',
        [Q.title]: '公園にベンチを増やしてほしい',
      }),
    ],
    [
      '数式のような回答',
      proposal({
        [Q.organisation]: '=HYPERLINK("http://example.com","株式会社テスト")',
        [Q.email]: 'test@formula.example.co.jp',
        [Q.title]: '+81 デジタル窓口の提案',
        [Q.content]: '@all -- 問い合わせ窓口のチャットボット化',
      }),
    ],
    [
      '連絡先に不備（フォームが編集された場合）',
      proposal({
        [Q.organisation]: '合同会社ゆきみち',
        [Q.email]: 'yukimichi(at)example.jp',
        [Q.phone]: '',
        [Q.title]: '雪下ろし支援のマッチング',
      }),
      { skipValidation: true },
    ],
  ];
  progress(`submitting ${submissions.length} proposals through the form…`);
  for (const [, answers, options] of submissions) {
    desk.ws.clock.advanceMinutes(37);
    desk.host.submitForm(desk.formId, answers, options);
  }
  // A response whose trigger never ran (an outage): recovery registers it.
  desk.ws.clock.advanceMinutes(12);
  desk.ws.forms.recordResponse(
    desk.formId,
    proposal({
      [Q.organisation]: '株式会社ねぶたデザイン',
      [Q.email]: 'contact@nebuta-design.example.co.jp',
      [Q.title]: '広報紙への広告掲載',
      [Q.method]: '広告事業',
    }),
  );
  clickMenu(desk, MENU.recover);

  // Staff work the cases (sidebar moves, a refused move, rework, decline, withdrawal,
  // department hand-off, a pre-consultation), then generate agreements and reply letters.
  progress('staff work the cases from the sidebar…');
  const workflowLines = runWorkflowDemo(desk);
  progress('generating agreements and reply letters…');
  const documentLines = await runDocumentsDemo(desk, OUT);
  progress('publishing realised cases and making a disclosure file…');
  const publicationLines = await runPublicationDemo(desk, OUT);
  progress('statistics, charts and the annual report…');
  const statisticsLines = await runStatisticsDemo(desk, OUT);
  progress('writing out/ (workbook, form preview, emails)…');

  await writeXlsx(desk.ws.spreadsheets.get(desk.spreadsheetId)!, join(OUT, '公民連携デスク.xlsx'));
  // The proposal form as a respondent sees it, rendered from what the add-on built.
  writeFileSync(join(OUT, 'form.html'), formHtml(desk.ws.forms.get(desk.formId)!));
  const outbox = desk.ws.mail.outbox;
  for (const [i, mail] of outbox.entries()) {
    const name = `${String(i + 1).padStart(2, '0')}-${mail.subject.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60)}.eml`;
    writeFileSync(join(OUT, 'mail', name), await toEml(mail));
  }

  // Reminders run on a desk of their own, over several weeks (holidays, the year end).
  progress('running the daily reminders over Golden Week and the year end…');
  const reminderLines = await runRemindersDemo(OUT);

  const cases = registerRecords(desk);
  const lines = [
    `公民連携デスク demo — ${cases.length} cases, ${outbox.length} emails`,
    ...cases.map(
      (c) =>
        `  ${c['案件番号']}  ${String(c['ステータス']).padEnd(8, '　')} ${c['要確認'] ? '[要確認] ' : ''}${c['件名']}`,
    ),
    `out/公民連携デスク.xlsx, out/mail/*.eml`,
    '',
    ...workflowLines,
    '',
    ...documentLines,
    '',
    ...publicationLines,
    '',
    ...statisticsLines,
    '',
    ...reminderLines,
  ];
  writeFileSync(join(OUT, 'summary.txt'), lines.join('\n') + '\n');
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

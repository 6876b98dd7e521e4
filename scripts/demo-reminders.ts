/**
 * The reminders part of `npm run demo`: Aomori City's desk over two stretches of the 2026 fiscal
 * year — April to mid-May (Golden Week) and December to January (the year-end closure, 成人の日)
 * — with the hourly trigger running every day. Proposals arrive through the form, staff move them
 * from the sidebar (google.script.run), and the daily sweep writes each day's digests to
 * <outDir>/digests/<date>/*.eml; <outDir>/digests/summary.txt says what went out each day and
 * which days were closed.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { toEml } from 'gas-emulator/export/eml';
import type { SentMail } from 'gas-emulator/services/mail';
import type { CaseRef, ServerResult } from '../src/app/sidebarContract';
import { addCalendarDays, isBusinessDay, isWeekend, toTokyoDate } from '../src/domain/calendar';
import { registerColumn } from '../src/domain/register';
import { CHOICES, Q, SHEET } from '../src/strings';
import { Desk, newDesk, proposal, STAFF } from '../test/support/desk';
import { placeCases, placeDepartments, runTriggerDay } from '../test/support/reminders';
import { sheetOf, statusOf } from '../test/support/workflow';

/** The demo's own extra closure day (設定 › 休庁日（追加）), to show it is honoured. */
const EXTRA_CLOSURE = '2026-12-28';

type Step = (desk: Desk, log: (line: string) => void) => void;

function findCase(desk: Desk, title: string): CaseRef {
  const register = sheetOf(desk, SHEET.register);
  for (let row = 2; row <= register.lastRow(); row++) {
    if (register.cell(row, registerColumn('title'))?.value === title) {
      return { row, caseNumber: String(register.cell(row, registerColumn('caseNumber'))?.value) };
    }
  }
  throw new Error(`no case titled ${title}`);
}

/** The case's 期限 (and 担当課期限) as the register shows them. */
function dueText(desk: Desk, ref: CaseRef): string {
  const register = sheetOf(desk, SHEET.register);
  const iso = (key: 'dueDate' | 'departmentDue') => {
    const v = register.cell(ref.row, registerColumn(key))?.value;
    return v instanceof Date ? toTokyoDate(v) : '';
  };
  const due = iso('dueDate');
  const dept = iso('departmentDue');
  return [due && `期限 ${due}`, dept && `担当課期限 ${dept}`].filter(Boolean).join('・');
}

function sidebar(desk: Desk, name: string, request: object): ServerResult<unknown> {
  return desk.host.scriptRun(desk.spreadsheetId, name, [request], STAFF);
}

const submit =
  (title: string, overrides: Record<string, string | string[]> = {}): Step =>
  (desk, log) => {
    desk.host.submitForm(desk.formId, proposal({ [Q.title]: title, ...overrides }));
    const ref = findCase(desk, title);
    log(`提案受付 ${ref.caseNumber}「${title}」（${dueText(desk, ref)}）`);
  };

/** A sidebar action on the case titled `title`, logged with its new due date or the refusal. */
const act =
  (
    title: string,
    handler: string,
    request: (desk: Desk, ref: CaseRef) => object,
    what: string,
  ): Step =>
  (desk, log) => {
    const ref = findCase(desk, title);
    const r = sidebar(desk, handler, { ...ref, ...request(desk, ref) });
    log(`${ref.caseNumber}${what}${r.ok ? `（${dueText(desk, ref)}）` : `（拒否: ${r.message}）`}`);
  };

const move = (title: string, to: string, comment: string): Step =>
  act(
    title,
    'sidebarMoveCase',
    (desk, ref) => ({ expectedStatus: statusOf(desk, ref.row), to, comment }),
    ` → ${to}`,
  );

const assign = (title: string, department: string): Step =>
  act(
    title,
    'sidebarAssignDepartment',
    () => ({
      department,
      request: '提案内容をご確認のうえ、実施の可否についてご意見をお願いします。',
      dueDate: '',
    }),
    ` 担当課 ${department}`,
  );

/** 提案書受領日 (issue 12: a gate before 実施可否判断). */
const proposalReceived = (title: string, date: string): Step =>
  act(
    title,
    'sidebarRecordReceipt',
    () => ({ document: 'proposal', receivedOn: date, fileUrl: '' }),
    ' 提案書受領',
  );

const dialogue = (title: string, date: string, summary: string): Step =>
  act(
    title,
    'sidebarAddDialogue',
    () => ({ date, parties: '事業者、デスク', summary }),
    ' 対話記録',
  );

const SNOW = '除雪車両の位置情報を活用した除雪状況の見える化';
const TOURISM = 'AIカメラによる観光客の周遊分析の実証実験';
const NAMING = '市民体育館のネーミングライツ';
const WINTER = '冬季の高齢者見守りサービスの連携';
const BUS = '路線バスの混雑状況の配信';

const POC_ANSWERS = {
  [Q.organisation]: '国立大学法人 北の大学',
  [Q.applicantType]: CHOICES.applicantType[1],
  [Q.name]: '八甲田 花子',
  [Q.email]: 'hanako@kita-univ.example.ac.jp',
  [Q.method]: CHOICES.method[1],
};

/** What happens on which day (after that day's 08:30 sweep). */
const EVENTS: Record<string, Step[]> = {
  '2026-04-14': [submit(SNOW)],
  '2026-04-20': [submit(TOURISM, POC_ANSWERS)],
  '2026-04-21': [move(TOURISM, '対話・調整', '内容を確認。対話の日程を調整')],
  '2026-04-23': [move(SNOW, '対話・調整', '内容を確認（期限超過の通知を受けて対応）')],
  '2026-04-24': [
    move(TOURISM, '提案書確認', '提案書を受領'),
    proposalReceived(TOURISM, '2026-04-24'),
    assign(TOURISM, '観光課'),
    submit(NAMING, {
      [Q.organisation]: '青森りんご飲料株式会社',
      [Q.email]: 'info@ringo-drink.example.co.jp',
      [Q.method]: 'ネーミングライツ',
      [Q.roles]: [],
    }),
  ],
  '2026-05-08': [dialogue(SNOW, '2026-05-08', '除雪車両へのGPS搭載について打合せ')],
  '2026-05-14': [move(TOURISM, '実施可否判断', '観光課の意見を受領')],
  '2026-12-21': [
    submit(WINTER, {
      [Q.organisation]: '社会福祉法人 ゆきあかり',
      [Q.email]: 'info@yukiakari.example.or.jp',
    }),
  ],
  '2026-12-24': [
    submit(BUS, {
      [Q.organisation]: '青森交通株式会社',
      [Q.email]: 'dx@aomori-kotsu.example.co.jp',
    }),
  ],
  '2027-01-06': [move(WINTER, '対話・調整', '年明けに対話を開始')],
};

/** Cases already in the register when the demo starts (entered before the add-on). */
function placeExistingCases(desk: Desk): void {
  placeCases(
    desk,
    [
      {
        caseNumber: 'R7-0031',
        status: '報告書作成',
        track: '実証実験サポート',
        title: '雪道の歩行者見守りセンサーの実証実験',
        organisation: 'ゆきみちラボ株式会社',
        name: '津軽 一郎',
        email: 'ichiro@yukimichi-lab.example.co.jp',
        pocEnd: '2026-04-10',
        reportDue: '2026-05-10',
        statusChangedAt: '2026-04-10',
      },
      {
        caseNumber: 'R6-0012',
        status: '事業実施',
        title: '中心市街地の回遊性向上に関する包括連携',
        organisation: '株式会社みちのく商事',
        agreementDate: '2024-07-01',
        agreementEnd: '2026-06-30',
      },
      {
        caseNumber: 'R7-0044',
        status: '事業実施',
        title: 'ねぶた文化の発信に関する事業連携',
        organisation: '一般社団法人 ねぶた文化研究会',
        agreementDate: '2025-03-01',
        agreementEnd: '2027-02-28',
      },
    ],
    2,
  );
}

function setExtraClosure(desk: Desk): void {
  const settings = sheetOf(desk, SHEET.settings);
  for (let row = 2; row <= settings.lastRow(); row++) {
    if (settings.cell(row, 1)?.value === '休庁日（追加）') {
      desk.host.editCell(desk.spreadsheetId, SHEET.settings, row, 2, EXTRA_CLOSURE, STAFF);
    }
  }
}

async function writeDay(outDir: string, day: string, mails: SentMail[]): Promise<void> {
  const dir = join(outDir, 'digests', day);
  mkdirSync(dir, { recursive: true });
  for (const [i, mail] of mails.entries()) {
    const to = mail.to.split(',')[0].replace(/[^\w.@-]+/g, '_');
    writeFileSync(join(dir, `${String(i + 1).padStart(2, '0')}-${to}.eml`), await toEml(mail));
  }
}

/** Runs the scenario, writes <outDir>/digests/; returns the summary lines. */
export async function runRemindersDemo(outDir: string): Promise<string[]> {
  const desk = newDesk({ now: '2026-04-13T09:00:00+09:00' });
  placeDepartments(desk, [
    ['道路維持課', 'douro@city.aomori.example.lg.jp'],
    ['観光課', 'kanko@city.aomori.example.lg.jp'],
    ['資産経営課', 'shisan@city.aomori.example.lg.jp'],
  ]);
  placeExistingCases(desk);
  setExtraClosure(desk);
  const lines: string[] = [
    '期限と通知（毎日の期限確認）— 2026年4月〜5月（ゴールデンウィーク）と12月〜1月（年末年始）',
    `（デモ用に ${EXTRA_CLOSURE} を「休庁日（追加）」に設定）`,
  ];
  // The trigger runs every day; the summary and out/ show two stretches of it.
  const shown: Array<[string, string]> = [
    ['2026-04-14', '2026-05-22'],
    ['2026-12-14', '2027-01-22'],
  ];
  const isShown = (day: string) => shown.some(([from, to]) => day >= from && day <= to);
  for (let day = shown[0][0]; day <= shown[shown.length - 1][1]; day = addCalendarDays(day, 1)) {
    const before = desk.ws.mail.outbox.length;
    runTriggerDay(desk, day);
    const digests = desk.ws.mail.outbox.slice(before);
    const events: string[] = [];
    desk.ws.clock.set(`${day}T10:00:00+09:00`);
    for (const step of EVENTS[day] ?? []) step(desk, (l) => events.push(l));
    if (!isShown(day)) continue;
    if (shown.some(([from]) => from === day)) lines.push('');
    const closedWeekday = !isWeekend(day) && !isBusinessDay(day, [EXTRA_CLOSURE]);
    if (!digests.length && !events.length && !closedWeekday) continue;
    lines.push(`${day}${closedWeekday ? '（休庁日: 通知なし）' : ''}`);
    for (const m of digests) lines.push(`  ✉ ${m.to} 「${m.subject}」`);
    for (const e of events) lines.push(`  ・${e}`);
    if (digests.length) await writeDay(outDir, day, digests);
  }
  mkdirSync(join(outDir, 'digests'), { recursive: true });
  writeFileSync(join(outDir, 'digests', 'summary.txt'), lines.join('\n') + '\n');
  return lines;
}

if (require.main === module) {
  runRemindersDemo('out')
    .then((lines) => console.log(lines.join('\n')))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

/**
 * Issue 15 part 1 (and issue 12 part 6): `npm run demo` tells one story on one desk. The story of
 * scripts/demo-story.ts runs here into a temporary out/ (without the vega charts, an ES module)
 * and everything it wrote is checked against the desk it ran on: case numbers in mail and
 * documents exist in the register, 送信記録 has the rows of every digest sent, the cases moved
 * only by the add-on (a history row for each status), every notice and answer happened, and no
 * internal key shows in summary.txt or in any cell.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { REGISTER_COLUMNS } from '../../src/domain/register';
import { pocChecklist } from '../../src/domain/workflow/pocChecklist';
import { ALL_TRACKS } from '../../src/domain/workflow/tracks';
import { CHOICES, SHEET } from '../../src/strings';
import { runDemo } from '../../scripts/demo';
import { EXTRA_CLOSURE, LAST_DAY, type Story } from '../../scripts/demo-story';
import { addCalendarDays, isBusinessDay } from '../../src/domain/calendar';
import { CASES } from '../../scripts/demo-cases';
import { registerRecords } from '../support/desk';
import { rowsOf, sheetOf } from '../support/workflow';

const CASE_NUMBER = /R\d+-\d{4}/g;

let out: string;
let story: Story;
let summary: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'demo-story-'));
  ({ story } = await runDemo(out, { charts: false }));
  summary = readFileSync(join(out, 'summary.txt'), 'utf8');
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const records = () => registerRecords(story.desk);
const numbers = () => new Set(records().map((r) => String(r['案件番号'])));
const outbox = () => story.desk.ws.mail.outbox;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('the demo story (one desk, one fiscal year)', () => {
  test('at least 20 distinct proposals from every kind of applicant; the individual is 対象外', () => {
    const rows = records();
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r['件名'])).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r['事業者名'])).size).toBe(rows.length);
    const contents = CASES.map((c) => String(c.answers['提案内容'] ?? c.answers.content));
    expect(new Set(contents).size).toBe(CASES.length);
    const types = new Set(rows.map((r) => String(r['事業者区分'])));
    for (const t of CHOICES.applicantType) expect(types).toContain(t);
    const individual = rows.filter((r) => r['事業者区分'] === '個人');
    expect(individual.map((r) => r['ステータス'])).toEqual(['対象外']);
    // Both tracks and the other methods, carried to their ends.
    const statuses = new Set(rows.map((r) => String(r['ステータス'])));
    for (const s of [
      '完了',
      '不採択',
      '取下げ',
      '対象外',
      '事業実施',
      '報告書受領',
      '担当課へ引継ぎ',
    ]) {
      expect(statuses).toContain(s);
    }
    const methods = new Set(rows.map((r) => String(r['連携手法'])));
    for (const m of [
      'ネーミングライツ',
      '企業版ふるさと納税',
      '公有財産の利活用',
      '指定管理者制度',
      '広告事業',
    ]) {
      expect(methods).toContain(m);
    }
  });

  test('the response missed by its trigger was recovered by the next hourly run', () => {
    const missed = CASES.find((c) => c.via === 'missed')!;
    const row = records().find((r) => r['件名'] === missed.answers['件名']);
    expect(row?.['案件番号']).toMatch(/^R8-\d{4}$/);
    expect(summary).toContain('未登録だった回答を登録');
  });

  test('every case number in out/mail, out/digests and out/documents is a case of the register', () => {
    const known = numbers();
    const files = filesUnder(out).filter((f) => /\.(eml|docx|pdf)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      for (const n of f.match(CASE_NUMBER) ?? []) expect(known).toContain(n);
    }
    for (const mail of outbox()) {
      for (const n of `${mail.subject}\n${mail.body}`.match(CASE_NUMBER) ?? []) {
        expect(known).toContain(n);
      }
    }
    // One .eml per email sent: out/mail and out/digests together hold the whole outbox.
    const emls = files.filter((f) => f.endsWith('.eml'));
    expect(emls).toHaveLength(outbox().length);
  });

  test('送信記録 has the rows of every digest the sweep sent, and no others', () => {
    const log = rowsOf(story.desk, SHEET.sentLog).map((r) => r.map(String));
    expect(story.digests.length).toBeGreaterThan(20);
    const sentPairs = new Set<string>();
    for (const { day, mails } of story.digests) {
      for (const mail of mails) {
        const date = day.replace(/-/g, '/');
        const rows = log.filter((r) => r[0].startsWith(date) && r[1] === mail.to);
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) expect(mail.body).toContain(r[2]);
        sentPairs.add(`${date}|${mail.to}`);
      }
    }
    const loggedPairs = new Set(log.map((r) => `${r[0].slice(0, 10)}|${r[1]}`));
    expect(loggedPairs).toEqual(sentPairs);
  });

  test('the sweep ran every business day and never on Golden Week or the year end', () => {
    const days = story.digests.map((d) => d.day);
    for (const closed of ['2026-04-29', '2026-05-04', '2026-05-05', '2026-05-06', '2026-12-28']) {
      expect(days).not.toContain(closed);
    }
    for (let d = 29; d <= 31; d++) expect(days).not.toContain(`2026-12-${d}`);
    for (let d = 1; d <= 3; d++) expect(days).not.toContain(`2027-01-0${d}`);
    // The hourly trigger (onDailySweep) ran at the sweep hour of every business day of the year.
    const sweepDays = new Set(
      story.desk.ws.ledger.executions
        .filter((e) => e.functionName === 'onDailySweep' && e.source === 'installable')
        .map((e) => new Date(e.startedAtMs + 9 * 3_600_000).toISOString())
        .filter((iso) => iso.slice(11, 13) === '08')
        .map((iso) => iso.slice(0, 10)),
    );
    for (let d = '2026-04-02'; d <= LAST_DAY; d = addCalendarDays(d, 1)) {
      if (isBusinessDay(d, [EXTRA_CLOSURE])) expect(sweepDays).toContain(d);
    }
    expect(days.some((d) => d.startsWith('2026-05'))).toBe(true);
    expect(days.some((d) => d.startsWith('2027-01'))).toBe(true);
    // A PoC report due over the year end: the applicant was reminded after it.
    expect(
      story.digests.some(
        ({ day, mails }) => day >= '2027-01-04' && mails.some((m) => /報告書/.test(m.subject)),
      ),
    ).toBe(true);
  });

  test('cases moved only through the add-on: the history ends at each case’s status', () => {
    // 履歴: 日時, 担当者, 案件番号, 変更前, 変更後, コメント, 操作ID.
    const history = rowsOf(story.desk, SHEET.history).map((r) => r.map(String));
    let moved = 0;
    for (const r of records()) {
      const own = history.filter((h) => h[2] === String(r['案件番号']));
      if (own.length === 0) {
        expect(['受付・内容確認', '対象外', '事前相談']).toContain(r['ステータス']);
        continue;
      }
      moved++;
      expect(own[own.length - 1][4]).toBe(String(r['ステータス']));
    }
    expect(moved).toBeGreaterThanOrEqual(20);
  });

  test('the applicant hears each step; departments answer through their form', () => {
    const subjects = outbox().map((m) => m.subject);
    for (const notice of [
      '対話・調整',
      '検討結果',
      '連携協定を締結',
      '報告書を受領',
      '完了',
      '取下げ',
    ]) {
      expect(subjects.some((s) => s.includes(notice))).toBe(true);
    }
    const answered = records().filter((r) => String(r['担当課回答'] ?? '') !== '');
    expect(answered.length).toBeGreaterThanOrEqual(8);
    expect(subjects.filter((s) => s.startsWith('【担当課回答】')).length).toBe(answered.length);
  });

  test('agreements and reply letters were made; the 不採択 letter gives its reason', () => {
    const names = story.documents.map((d) => d.name);
    for (const kind of [
      '回答書（採択）',
      '回答書（不採択）',
      '事業連携協定書',
      '包括連携協定書',
      '実証実験に関する協定書',
    ]) {
      expect(names.some((n) => n.includes(kind))).toBe(true);
    }
    const declined = story.documents.find((d) => d.name.includes('回答書（不採択）'))!;
    const id = /\/d\/([-\w]+)/.exec(declined.documentUrl)![1];
    expect(story.desk.ws.documents.renderText(id)).toContain('用途変更の見込みが立たない');
    const files = readdirSync(join(out, 'documents'));
    for (const name of names) {
      expect(files).toContain(`${name}.docx`);
      expect(files).toContain(`${name}.pdf`);
    }
    expect(files.some((f) => f.startsWith('年次報告_'))).toBe(true);
  });

  test('summary.txt and every cell show Japanese labels, never internal keys', () => {
    const internal = new Set<string>([
      ...REGISTER_COLUMNS,
      ...pocChecklist.map((i) => i.id),
      ...ALL_TRACKS,
      'replyAccepted',
      'replyDeclined',
      'partnershipAgreement',
      'comprehensiveAgreement',
      'pocAgreement',
      'dueSoon',
      'overdue',
    ]);
    // Words of text, leaving out addresses and links (poc@… is a mailbox, not a key).
    const leaks = (text: string) =>
      (text.replace(/\S+@\S+|https?:\/\/\S+/g, ' ').match(/[A-Za-z][A-Za-z_]+/g) ?? []).filter(
        (w) => internal.has(w),
      );
    expect(leaks(summary)).toEqual([]);
    const model = story.desk.ws.spreadsheets.get(story.desk.spreadsheetId)!;
    const found: string[] = [];
    for (const sheet of model.sheets) {
      const s = sheetOf(story.desk, sheet.name);
      for (let r = 1; r <= s.lastRow(); r++) {
        for (let c = 1; c <= s.lastColumn(); c++) {
          const header = String(s.cell(1, c)?.value ?? '');
          // 送信記録「キー」is the sweep's never-twice key (src/domain/deadlines/sentLog.ts), read
          // back by the add-on rather than by people.
          if (sheet.name === SHEET.sentLog && header === 'キー') continue;
          const v = s.cell(r, c)?.value;
          if (typeof v === 'string' && leaks(v).length) {
            found.push(`${sheet.name}!R${r}C${c} (${header}): ${v}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});

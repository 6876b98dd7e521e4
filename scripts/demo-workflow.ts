/**
 * The workflow part of `npm run demo`: desk staff move cases along both tracks on the emulator,
 * the way they would from the sidebar and the register — forward moves, a refused move, a rework
 * step back, a department hand-off with its email, dialogues, goals, the PoC checklist, an early
 * decline, a withdrawal, a pre-consultation, and a direct status edit that is reverted. The
 * register and the history then show in out/ (scripts/demo.ts writes the workbook and emails).
 */
import type { CaseRef, CaseView, ServerResult } from '../src/app/sidebarContract';
import { registerColumn } from '../src/domain/register';
import { CHOICES, Q, SHEET } from '../src/strings';
import { Desk, proposal, STAFF } from '../test/support/desk';
import { DEPARTMENTS, POC, seedDepartments, submitCase } from '../test/support/workflow';

/** Runs the scenario; returns one line per step for the demo summary. */
export function runWorkflowDemo(desk: Desk): string[] {
  const lines: string[] = ['ワークフロー（サイドバー・台帳からの操作）'];
  const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
  const register = model.sheetByName(SHEET.register)!;
  const departments = model.sheetByName(SHEET.departments)!;
  if (departments.lastRow() < 2) seedDepartments(desk, DEPARTMENTS);

  const call = (name: string, arg: unknown): ServerResult<CaseView | CaseRef> =>
    desk.host.scriptRun(desk.spreadsheetId, name, [arg], STAFF);
  const statusOf = (row: number) => String(register.cell(row, registerColumn('status'))?.value);
  const report = (what: string, ref: CaseRef, result: ServerResult<unknown>) =>
    lines.push(
      `  ${ref.caseNumber} ${what}: ${result.ok ? `→ ${statusOf(ref.row)}` : `拒否「${result.message}」`}`,
    );
  const move = (ref: CaseRef, to: string, comment = '') =>
    report(
      `「${to}」へ`,
      ref,
      call('sidebarMoveCase', { ...ref, expectedStatus: statusOf(ref.row), to, comment }),
    );
  const later = (days: number) => desk.ws.clock.advanceDays(days);
  const find = (title: string): CaseRef => {
    for (let row = 2; row <= register.lastRow(); row++) {
      if (register.cell(row, registerColumn('title'))?.value === title) {
        return { row, caseNumber: String(register.cell(row, 1)?.value) };
      }
    }
    return submitCase(desk, title === proposal()[Q.title] ? {} : POC);
  };

  // Partnership: the snow-removal proposal, to an agreement-free start of the project.
  const snow = find(String(proposal()[Q.title]));
  move(snow, '提案書確認', '内容確認の前に提案書を求める'); // refused: not the next step
  move(snow, '対話・調整', '内容を確認。初回の対話へ');
  report(
    '担当課へ庁内調整',
    snow,
    call('sidebarAssignDepartment', {
      ...snow,
      department: '道路維持課',
      request: '除雪車両へのGPS端末搭載と、位置情報の公開可否をご検討ください。',
      dueDate: '',
    }),
  );
  later(3);
  report(
    '対話記録',
    snow,
    call('sidebarAddDialogue', {
      ...snow,
      date: isoToday(desk),
      parties: '株式会社あおもりテック 青森氏、道路維持課 雪谷',
      summary: 'GPS端末の仕様と、市民向け地図の公開範囲を確認した。',
    }),
  );
  report(
    '目標・役割分担',
    snow,
    call('sidebarSaveGoals', {
      ...snow,
      goal: '除雪の進捗を市民が地図で確認できるようにする',
      roleSplit: '事業者: 端末と地図の提供／市: 車両の提供と広報',
    }),
  );
  move(snow, '提案書確認', '提案書を受領');
  later(2);
  move(snow, '対話・調整', '費用負担の記載が不足のため差し戻し'); // rework
  move(snow, '提案書確認', '修正版を受領');
  move(snow, '実施可否判断'); // refused: 提案書受領日 is a gate of the process table (issue 12)
  const receipt = (ref: CaseRef, document: 'proposal' | 'report', fileUrl = '') =>
    report(
      document === 'proposal' ? '提案書の受領を記録' : '報告書の受領を記録',
      ref,
      call('sidebarRecordReceipt', { ...ref, document, receivedOn: isoToday(desk), fileUrl }),
    );
  receipt(snow, 'proposal', 'https://drive.google.com/file/d/demo-snow-proposal/view');
  move(snow, '実施可否判断');
  move(snow, '回答（可）', '実施可と回答');
  report(
    '協定の内容',
    snow,
    call('sidebarSaveAgreement', {
      ...snow,
      representative: '代表取締役 青森 一郎',
      partnershipItems:
        '除雪車両の位置情報の提供\n市民向け除雪状況地図の公開\n市の広報媒体での周知',
      agreementDate: isoToday(desk),
      agreementEnd: `${Number(isoToday(desk).slice(0, 4)) + 1}-03-31`,
    }),
  );
  move(snow, '事業実施', '協定によらず個別に実施');

  // PoC: the AI-camera experiment, through the preparation checklist.
  const poc = find(String(POC[Q.title]));
  for (const to of [
    '受付・内容確認',
    '対話・調整',
    '提案書確認',
    '実施可否判断',
    '回答（可）',
    '連携協定締結',
    '実施準備',
  ]) {
    if (to === '実施可否判断') receipt(poc, 'proposal');
    if (statusOf(poc.row) !== to) move(poc, to);
    later(1);
  }
  move(poc, '実証実験の実施・立ち合い', '準備完了の前に開始しようとした'); // refused: checklist
  for (const itemId of ['coordination', 'permits', 'publicNotice']) {
    report(
      `実施準備チェック ${itemId}`,
      poc,
      call('sidebarSetChecklistItem', { ...poc, itemId, done: true }),
    );
  }
  move(poc, '実証実験の実施・立ち合い', '立ち合い日程を確定');

  // An early decline, a withdrawal, a pre-consultation.
  const declined = submitCase(desk, {
    [Q.organisation]: '株式会社みちのくエナジー',
    [Q.email]: 'info@michinoku-energy.example.co.jp',
    [Q.title]: '市有地への大型風力発電所の設置',
  });
  move(declined, '対話・調整');
  move(declined, '不採択', '市の土地利用計画と合わず、検討の早い段階で実施困難と判断');
  const withdrawn = submitCase(desk, {
    [Q.organisation]: '一般社団法人あおもり観光ネット',
    [Q.applicantType]: CHOICES.applicantType[2],
    [Q.email]: 'office@aomori-kanko.example.or.jp',
    [Q.title]: '周遊バスの共同運行',
  });
  move(withdrawn, '対話・調整');
  move(withdrawn, '取下げ', '提案者から取下げの連絡');
  const pre = call('dialogRegisterPreConsultation', {
    organisation: '株式会社ねぶたラボ',
    applicantType: CHOICES.applicantType[0],
    name: '津軽 一郎',
    email: 'ichiro@nebuta-lab.example.co.jp',
    phone: '017-111-2222',
    title: '祭りの混雑予測',
    method: CHOICES.method[1],
    content: '人流データを使った混雑予測について相談したい。',
  });
  if (pre.ok) report('事前相談を登録', pre.value as CaseRef, pre);

  // A direct edit of the status cell that skips steps is put back.
  desk.host.editCell(
    desk.spreadsheetId,
    SHEET.register,
    withdrawn.row,
    registerColumn('status'),
    '完了',
    STAFF,
  );
  const toast = desk.ws.ui.toasts[desk.ws.ui.toasts.length - 1];
  lines.push(`  ${withdrawn.caseNumber} 台帳で「完了」と直接入力: ${toast?.message ?? ''}`);
  return lines;
}

function isoToday(desk: Desk): string {
  const tokyo = new Date(desk.ws.clock.now() + 9 * 3_600_000);
  return tokyo.toISOString().slice(0, 10);
}

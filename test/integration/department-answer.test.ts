/**
 * Issue 12: the department answers through the 庁内回答フォーム, reached by the pre-filled link of
 * its hand-off email, without access to the register.
 */
import { PROP } from '../../src/adapters/properties';
import { DEPT_Q } from '../../src/strings/departmentAnswer';
import { Q, SHEET } from '../../src/strings';
import { answersFromPrefilledUrl } from 'gas-emulator/services/form/store';
import { clickMenu, Desk, MENU, newDesk, STAFF } from '../support/desk';
import {
  cellOf,
  expectOk,
  historyRows,
  model,
  rowsOf,
  run,
  seedDepartments,
  submitCase,
} from '../support/workflow';
import { runTriggerDay } from '../support/reminders';
import type { CaseRef } from '../../src/app/sidebarContract';

const DOURO = 'douro@city.aomori.example.lg.jp';

/** A proposal (with 所在地, which the form asks since issue 12). */
const newCase = (desk: Desk) => submitCase(desk, { [Q.address]: '青森県青森市中央一丁目22番5号' });

function handOff(desk: Desk, ref: CaseRef, dueDate = '2026-05-29') {
  expectOk(
    run(desk, 'sidebarAssignDepartment', {
      ...ref,
      department: '道路維持課',
      request: '除雪車両へのGPS搭載の可否をご確認ください。',
      dueDate,
    }),
  );
  const mails = desk.ws.mail.outbox.filter((m) => m.to === DOURO);
  return mails[mails.length - 1];
}

function departmentFormId(desk: Desk): string {
  return desk.ws.properties.documentStore(desk.spreadsheetId).get(PROP.departmentFormId)!;
}

function linkOf(body: string): string {
  const m = /https:\/\/docs\.google\.com\/forms\/d\/e\/\S+/.exec(body);
  if (!m) throw new Error(`no form link in:\n${body}`);
  return m[0];
}

/** The department opens the link, fills the rest and submits (the form's user path). */
function answer(
  desk: Desk,
  url: string,
  own: Record<string, string>,
  options: { deliveries?: number; respondentEmail?: string } = {},
) {
  const prefilled = answersFromPrefilledUrl(desk.ws, url);
  const outcomes = desk.host.submitForm(
    prefilled.formId,
    { ...prefilled.answers, ...own },
    options,
  );
  for (const o of outcomes) if (o.error) throw o.error;
  return outcomes;
}

const deskMails = (desk: Desk) => desk.ws.mail.outbox.filter((m) => m.to.includes(STAFF));

describe('department answers (庁内回答フォーム)', () => {
  test('setup builds the second form, linked to the same spreadsheet', () => {
    const desk = newDesk();
    const formId = departmentFormId(desk);
    expect(formId).toBeTruthy();
    expect(formId).not.toBe(desk.formId);
    const form = desk.ws.forms.get(formId)!;
    expect(form.destination?.spreadsheetId).toBe(desk.spreadsheetId);
    expect(form.items.map((i) => i.title)).toEqual(Object.values(DEPT_Q));
    // The proposal form stays the spreadsheet's form, and its answers still reach intake.
    expect(newCase(desk).caseNumber).toMatch(/^R8-/);
  });

  test('setup run again keeps both forms, even when the spreadsheet names the other one', () => {
    const desk = newDesk();
    const ss = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
    const sheets = ss.sheets.length;
    const items = desk.ws.forms.get(desk.formId)!.items.length;
    // Spreadsheet.getFormUrl is indeterminate with two forms: say it names the department's.
    ss.formId = departmentFormId(desk);
    const outcome = clickMenu(desk, MENU.setup);
    expect(outcome.error).toBeFalsy();
    expect(ss.sheets).toHaveLength(sheets);
    expect(desk.ws.forms.get(desk.formId)!.items).toHaveLength(items);
    expect(desk.ws.forms.all()).toHaveLength(2);
    expect(newCase(desk).caseNumber).toMatch(/^R8-/);
  });

  test('the hand-off mail carries a case card and a pre-filled link, not the register', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = newCase(desk);
    const mail = handOff(desk, ref);
    expect(mail.body).toContain('提案者: 株式会社あおもりテック');
    expect(mail.body).toContain('件名: 除雪車両の位置情報を活用した除雪状況の見える化');
    expect(mail.body).toContain('除雪車両にGPS端末を搭載し');
    expect(mail.body).toContain('除雪車両へのGPS搭載の可否をご確認ください。');
    expect(mail.body).toContain('回答期限: 令和8年5月29日（金）');
    expect(mail.body).not.toMatch(/#gid=|spreadsheets\/d\//);
    expect(mail.body).not.toContain('taro@aomori-tech.example.co.jp');
    expect(mail.body).not.toContain('017-000-1234');
    const url = linkOf(mail.body);
    expect(url).toMatch(/\/viewform\?usp=pp_url&entry\.\d+=/);
    const prefilled = answersFromPrefilledUrl(desk.ws, url);
    expect(prefilled.formId).toBe(departmentFormId(desk));
    expect(prefilled.answers[DEPT_Q.caseNumber]).toBe(ref.caseNumber);
    expect(prefilled.answers[DEPT_Q.code]).toMatch(/^[A-Z2-9]{6}$/);
    expect(mail.body).toContain(`確認コード: ${prefilled.answers[DEPT_Q.code]}`);
  });

  test('the applicant contact shows only when 設定 allows it', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const label = '担当課に申請者の連絡先を示す';
    const settings = rowsOf(desk, SHEET.settings);
    const row = settings.findIndex((r) => r[0] === label) + 2; // below the header
    expect(row).toBeGreaterThan(1);
    desk.host.editCell(desk.spreadsheetId, SHEET.settings, row, 2, 'はい');
    const ref = newCase(desk);
    const mail = handOff(desk, ref);
    expect(mail.body).toContain('taro@aomori-tech.example.co.jp');
    expect(mail.body).toContain('017-000-1234');
  });

  test('an answer through the link is recorded on the case and the due date cleared', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = newCase(desk);
    const url = linkOf(handOff(desk, ref).body);
    const before = deskMails(desk).length;
    answer(desk, url, {
      [DEPT_Q.answer]: '条件付きで可',
      [DEPT_Q.comment]: '冬期の通信費は事業者負担が前提です。',
      [DEPT_Q.answerer]: '道路維持課 雪谷',
    });
    expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe(
      '条件付きで可: 冬期の通信費は事業者負担が前提です。（道路維持課 雪谷）',
    );
    expect(cellOf(desk, ref.row, 'departmentAnsweredAt')).toBeInstanceOf(Date);
    expect(cellOf(desk, ref.row, 'departmentDue')).toBe('');
    expect(cellOf(desk, ref.row, 'department')).toBe('道路維持課');
    const dialogues = rowsOf(desk, SHEET.dialogues);
    expect(dialogues).toHaveLength(1);
    expect(dialogues[0][1]).toBe(ref.caseNumber);
    expect(String(dialogues[0][2])).toContain('道路維持課');
    const history = historyRows(desk);
    expect(String(history[history.length - 1][5])).toContain(
      '担当課回答：道路維持課／条件付きで可',
    );
    const told = deskMails(desk).slice(before);
    expect(told).toHaveLength(1);
    expect(told[0].subject).toContain(`【担当課回答】${ref.caseNumber}`);
    expect(told[0].body).toContain('冬期の通信費は事業者負担が前提です。');
  });

  test('rows moved since the hand-off: the answer is found by its case number', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const other = newCase(desk);
    const ref = newCase(desk);
    const url = linkOf(handOff(desk, ref).body);
    // A row inserted above both cases: the link's row now holds the other case.
    model(desk).sheetByName(SHEET.register)!.insertRows(2, 1);
    answer(desk, url, { [DEPT_Q.answer]: '対応可', [DEPT_Q.answerer]: '雪谷' });
    expect(cellOf(desk, ref.row + 1, 'departmentAnswer')).toBe('対応可（雪谷）');
    expect(cellOf(desk, other.row + 1, 'departmentAnswer')).toBe('');
    expect(rowsOf(desk, SHEET.dialogues)).toHaveLength(1);
  });

  test('the hand-off history note shows its due date in the staff style (yyyy/MM/dd（曜）)', () => {
    const desk = newDesk();
    seedDepartments(desk);
    handOff(desk, newCase(desk));
    const note = String(historyRows(desk).pop()![5]);
    expect(note).toContain('担当課を割り当て：道路維持課（期限 2026/05/29（金））');
    expect(note).not.toContain('2026-05-29');
  });

  test('a duplicate delivery records once', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = newCase(desk);
    const url = linkOf(handOff(desk, ref).body);
    const historyBefore = historyRows(desk).length;
    const before = deskMails(desk).length;
    answer(desk, url, { [DEPT_Q.answer]: '対応可', [DEPT_Q.answerer]: '雪谷' }, { deliveries: 3 });
    expect(historyRows(desk)).toHaveLength(historyBefore + 1);
    expect(rowsOf(desk, SHEET.dialogues)).toHaveLength(1);
    expect(deskMails(desk).slice(before)).toHaveLength(1);
    expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('対応可（雪谷）');
  });

  test('a wrong code is refused, flagged on its row and reported to the desk once', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = newCase(desk);
    const url = linkOf(handOff(desk, ref).body);
    const historyBefore = historyRows(desk).length;
    const before = deskMails(desk).length;
    answer(
      desk,
      url,
      { [DEPT_Q.code]: 'ZZZZZZ', [DEPT_Q.answer]: '対応困難', [DEPT_Q.answerer]: '誰か' },
      { deliveries: 2 },
    );
    expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('');
    expect(cellOf(desk, ref.row, 'departmentDue')).toBeInstanceOf(Date);
    expect(historyRows(desk)).toHaveLength(historyBefore);
    const told = deskMails(desk).slice(before);
    expect(told).toHaveLength(1);
    expect(told[0].subject).toContain('【要確認】');
    expect(told[0].body).toContain('確認コードが一致しません');
    const form = desk.ws.forms.get(departmentFormId(desk))!;
    const sheet = desk.ws.spreadsheets
      .get(desk.spreadsheetId)!
      .sheets.find((s) => s.sheetId === form.destination!.sheetId)!;
    const header = [...Array(sheet.lastColumn()).keys()].map((c) => sheet.cell(1, c + 1)?.value);
    const flagColumn = header.indexOf('処理状況') + 1;
    expect(flagColumn).toBeGreaterThan(1);
    expect(String(sheet.cell(2, flagColumn)?.value)).toContain('要確認：確認コードが一致しません');
    expect(rowsOf(desk, sheet.name)).toHaveLength(1); // the answer stays
  });

  test('an answer after the case went to another department (or was answered) is refused', () => {
    const desk = newDesk();
    seedDepartments(desk);
    const ref = newCase(desk);
    const first = linkOf(handOff(desk, ref).body);
    const second = linkOf(handOff(desk, ref, '2026-06-05').body);
    const before = deskMails(desk).length;
    answer(desk, first, { [DEPT_Q.answer]: '対応可', [DEPT_Q.answerer]: '雪谷' });
    expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('');
    expect(deskMails(desk).slice(before)[0].body).toContain('確認コードが一致しません');
    answer(desk, second, { [DEPT_Q.answer]: '要協議', [DEPT_Q.answerer]: '雪谷' });
    expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('要協議（雪谷）');
    answer(desk, second, { [DEPT_Q.answer]: '対応可', [DEPT_Q.answerer]: '雪谷' });
    expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('要協議（雪谷）');
    expect(deskMails(desk).slice(-1)[0].body).toContain('照会中ではありません');
  });

  describe('left half done, finished by the hourly trigger (src/app/departmentAnswer.ts)', () => {
    /** The answer's form-submit execution killed at its k-th call from `from` (method name). */
    function killedAnswer(method: string, offset: number) {
      const desk = newDesk();
      seedDepartments(desk);
      const ref = newCase(desk);
      const url = linkOf(handOff(desk, ref).body);
      const before = deskMails(desk).length;
      const clean = newDesk();
      seedDepartments(clean);
      const cleanUrl = linkOf(handOff(clean, newCase(clean)).body);
      answer(clean, cleanUrl, { [DEPT_Q.answer]: '対応可', [DEPT_Q.answerer]: '雪谷' });
      const calls = clean.host.lastExecution().calls.map((c) => c.method);
      const at = calls.indexOf(method) + 1 + offset;
      desk.ws.ledger.arm({ kind: 'kill', at, functionName: 'onProposalSubmitted' });
      const outcomes = desk.host.submitForm(answersFromPrefilledUrl(desk.ws, url).formId, {
        ...answersFromPrefilledUrl(desk.ws, url).answers,
        [DEPT_Q.answer]: '対応可',
        [DEPT_Q.answerer]: '雪谷',
      });
      desk.ws.ledger.disarm();
      expect(String((outcomes[0].error as Error | undefined)?.message)).toContain(
        'Exceeded maximum execution time',
      );
      return { desk, ref, before, historyBefore: historyRows(desk).length };
    }

    test('killed right after the desk mail: the next day completes the history row, mail once more', () => {
      const { desk, ref, before, historyBefore } = killedAnswer('MailApp.sendEmail', 1);
      expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('対応可（雪谷）');
      expect(historyRows(desk)).toHaveLength(historyBefore);
      runTriggerDay(desk, '2026-05-12');
      expect(historyRows(desk)).toHaveLength(historyBefore + 1);
      expect(rowsOf(desk, SHEET.dialogues)).toHaveLength(1);
      const told = deskMails(desk)
        .slice(before)
        .filter((m) => m.subject.includes('【担当課回答】'));
      expect(told).toHaveLength(2); // the one in flight at the kill, sent again once
      runTriggerDay(desk, '2026-05-13');
      expect(historyRows(desk)).toHaveLength(historyBefore + 1);
      expect(deskMails(desk).slice(before)).toHaveLength(2);
    });

    test('killed before the register write: the next day records the answer once', () => {
      const { desk, ref, before, historyBefore } = killedAnswer('Range.setValues', 0);
      expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('');
      runTriggerDay(desk, '2026-05-12');
      expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('対応可（雪谷）');
      expect(cellOf(desk, ref.row, 'departmentDue')).toBe('');
      expect(historyRows(desk)).toHaveLength(historyBefore + 1);
      expect(rowsOf(desk, SHEET.dialogues)).toHaveLength(1);
      const told = deskMails(desk)
        .slice(before)
        .filter((m) => m.subject.includes('【担当課回答】'));
      expect(told).toHaveLength(1);
    });

    test('a desk mail the service refused: the failure mail names the department answer, the next day sends it', () => {
      const desk = newDesk();
      seedDepartments(desk);
      const ref = newCase(desk);
      const url = linkOf(handOff(desk, ref).body);
      const before = deskMails(desk).length;
      const historyBefore = historyRows(desk).length;
      const prefilled = answersFromPrefilledUrl(desk.ws, url);
      const own = { [DEPT_Q.answer]: '対応可', [DEPT_Q.answerer]: '雪谷' };
      // The answer's calls up to its mail: lock 2, properties 2, spreadsheet 1, row 2, write 1,
      // dialogue 2 — the 11th is the send.
      desk.ws.ledger.arm({
        kind: 'fail',
        at: 11,
        functionName: 'onProposalSubmitted',
        message: 'Service invoked too many times for one day: email.',
      });
      desk.host.submitForm(prefilled.formId, { ...prefilled.answers, ...own });
      desk.ws.ledger.disarm();
      const failure = deskMails(desk).slice(before);
      expect(failure).toHaveLength(1);
      expect(failure[0].subject).toContain('庁内回答の処理でエラー');
      expect(failure[0].subject).not.toContain('提案');
      expect(failure[0].body).toContain('庁内回答フォーム');
      expect(historyRows(desk)).toHaveLength(historyBefore);
      runTriggerDay(desk, '2026-05-12');
      expect(historyRows(desk)).toHaveLength(historyBefore + 1);
      const told = deskMails(desk)
        .slice(before)
        .filter((m) => m.subject.includes('【担当課回答】'));
      expect(told).toHaveLength(1);
      expect(cellOf(desk, ref.row, 'departmentAnswer')).toBe('対応可（雪谷）');
    });
  });
});

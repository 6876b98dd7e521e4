/**
 * The setup wizard through its handlers, as the page (src/ui/wizard.ts) calls them: load, save,
 * each step until done, the summary. Budgets are modeled time from the execution ledger.
 */
import { Workspace } from 'gas-emulator/workspace';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../../esbuild.config';
import type {
  ServerResult,
  WizardSaved,
  WizardSummary,
  WizardView,
} from '../../src/app/sidebarContract';
import type { WizardInput } from '../../src/domain/wizard';
import { MENU } from '../../src/strings';
import { WIZARD_TEXT } from '../../src/strings/wizard';
import type { Desk } from '../support/desk';

const STAFF = 'desk@city.minato.example.lg.jp';

function blankDesk(install = false): Desk {
  const ws = new Workspace({ now: '2026-05-11T09:00:00+09:00', user: STAFF });
  ws.ui.addonName = '公民連携デスク';
  const spreadsheet = ws.spreadsheets.create('みなと市 公民連携', STAFF);
  const host = new AddonHost(ws, OUT_DIR);
  if (install) host.install(spreadsheet.id, STAFF);
  else host.openSpreadsheet(spreadsheet.id, STAFF, 'NONE');
  return { ws, host, spreadsheetId: spreadsheet.id, formId: '' };
}

function run<T>(desk: Desk, name: string, arg: unknown, user = STAFF): ServerResult<T> {
  return desk.host.scriptRun<ServerResult<T>>(desk.spreadsheetId, name, [arg], user);
}

function ok<T>(result: ServerResult<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function answers(desk: Desk, changes: Partial<WizardInput> = {}): WizardInput {
  const view = ok(run<WizardView>(desk, 'wizardLoad', {}));
  return {
    ...view.input,
    cityName: 'みなと市',
    deskName: 'みなと市公民連携窓口',
    department: 'みなと市 政策部 協働推進課',
    address: 'みなと市港町1-1',
    phone: '012-345-6789',
    mayorTitle: 'みなと市長',
    mayorName: '港 一郎',
    cityAddress: 'みなと市港町1-1',
    replyNumberFormat: 'み連第{連番}号',
    departments: [{ name: '港湾課', email: 'kowan@city.minato.example.lg.jp', person: '海野' }],
    ...changes,
  };
}

/** Saves, then runs every step until done; returns the executions of the build. */
function build(desk: Desk, input: WizardInput) {
  const first = desk.ws.ledger.executions.length;
  const saved = ok(run<WizardSaved>(desk, 'wizardSave', input));
  const view = ok(run<WizardView>(desk, 'wizardLoad', {}));
  for (const step of view.steps) {
    for (let round = 0; round < 10; round++) {
      if (ok(run<{ done: boolean }>(desk, 'wizardRunStep', { step: step.id })).done) break;
    }
  }
  const summary = ok(run<WizardSummary>(desk, 'wizardSummary', {}));
  desk.formId = desk.ws.spreadsheets.get(desk.spreadsheetId)!.formId ?? '';
  return { saved, summary, executions: desk.ws.ledger.executions.slice(first) };
}

function settingsGrid(desk: Desk): string[][] {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('設定')!;
  return sheet.grid.map((r) => (r ?? []).map((c) => String(c?.value ?? '')));
}

describe('the setup wizard', () => {
  test('初期設定 on a blank spreadsheet opens it; so does its own menu item', () => {
    const desk = blankDesk();
    desk.host.clickMenu(desk.spreadsheetId, MENU.setup, STAFF);
    expect(desk.ws.ui.dialogs.map((d) => d.title)).toEqual([WIZARD_TEXT.pageTitle]);
    expect(desk.ws.ui.dialogs[0].html).toContain('wizard-');
    desk.host.clickMenu(desk.spreadsheetId, MENU.wizard, STAFF);
    expect(desk.ws.ui.dialogs).toHaveLength(2);
  });

  test('builds the desk in steps of ≤ 10 s modeled, ≤ 60 s in all, and lists what it made', () => {
    const desk = blankDesk();
    const { saved, summary, executions } = build(desk, answers(desk));
    expect(saved.ok).toBe(true);
    for (const e of executions) expect(e.modeledMs).toBeLessThanOrEqual(10_000);
    const total = executions.reduce((sum, e) => sum + e.modeledMs, 0);
    expect(total).toBeLessThanOrEqual(60_000);
    // Windowed steps were called more than once: progress shows between them.
    expect(executions.filter((e) => e.functionName === 'wizardRunStep').length).toBeGreaterThan(6);

    const labels = summary.links.map((l) => l.label);
    for (const sheet of [
      '設定',
      '案件台帳',
      '履歴',
      '担当課',
      '課題一覧',
      '対話記録',
      '送信記録',
    ]) {
      expect(labels).toContain(WIZARD_TEXT.links.sheet(sheet));
    }
    const link = (label: string) => summary.links.find((l) => l.label === label)?.url ?? '';
    const form = desk.ws.forms.get(desk.formId)!;
    expect(link(WIZARD_TEXT.links.formView)).toMatch(/\/viewform$/);
    expect(form.title).toContain('みなと市公民連携窓口');
    expect(link(WIZARD_TEXT.links.formEdit)).toContain(desk.formId);
    expect(link(WIZARD_TEXT.links.folder)).toMatch(
      /^https:\/\/drive\.google\.com\/drive\/folders\//,
    );
    expect(labels.filter((l) => l.startsWith('テンプレート: '))).toHaveLength(5);
    expect(summary.deskName).toBe('みなと市公民連携窓口');
    // The three triggers, the form linked, the departments and the settings written.
    expect(desk.ws.triggers.triggers.map((t) => t.eventType).sort()).toEqual([
      'CLOCK',
      'ON_CHANGE',
      'ON_FORM_SUBMIT',
    ]);
    const grid = settingsGrid(desk);
    expect(grid.find((r) => r[0] === '自治体名')![1]).toBe('みなと市');
    expect(grid.find((r) => r[0] === '市長名')![1]).toBe('港 一郎');
    const departments = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('担当課')!;
    expect(departments.cell(2, 1)!.value).toBe('港湾課');
    expect(departments.cell(2, 3)!.value).toBe('海野');
  });

  test('refuses wrong answers whole, each with its field and a Japanese reason', () => {
    const desk = blankDesk(true);
    const before = settingsGrid(desk);
    const saved = ok(
      run<WizardSaved>(
        desk,
        'wizardSave',
        answers(desk, { phone: '12', timeZone: 'Tokyo', caseNumberFormat: '{連番:3}' }),
      ),
    );
    expect(saved.ok).toBe(false);
    expect(saved.problems.map((p) => p.field).sort()).toEqual(
      ['caseNumberFormat', 'phone', 'timeZone'].sort(),
    );
    expect(settingsGrid(desk)).toEqual(before);
  });

  test('run again, it changes only what changed: one 設定 row, a merged 担当課, the same form and templates', () => {
    const desk = blankDesk(true);
    const first = build(desk, answers(desk));
    const formId = desk.formId;
    const documents = desk.ws.documents.all().length;
    const forms = desk.ws.forms.all().length;
    const departments = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('担当課')!;
    departments.cellForWrite(2, 4).value = '港の担当'; // a note the desk typed
    const before = settingsGrid(desk);

    const again = build(
      desk,
      answers(desk, {
        phone: '012-345-0000',
        departments: [
          { name: '港湾課', email: 'kowan2@city.minato.example.lg.jp', person: '' },
          { name: '観光課', email: 'kanko@city.minato.example.lg.jp', person: '浜辺' },
        ],
      }),
    );
    expect(again.saved.changed).toEqual(['電話番号']);
    expect(again.saved).toMatchObject({ added: 1, updated: 1 });
    const after = settingsGrid(desk);
    const differing = after.filter((r, i) => JSON.stringify(r) !== JSON.stringify(before[i]));
    expect(differing.map((r) => r[0])).toEqual(['電話番号']);
    expect(desk.formId).toBe(formId);
    expect(desk.ws.documents.all()).toHaveLength(documents);
    expect(desk.ws.forms.all()).toHaveLength(forms);
    expect([
      departments.cell(2, 2)!.value,
      departments.cell(2, 3)!.value,
      departments.cell(2, 4)!.value,
    ]).toEqual(['kowan2@city.minato.example.lg.jp', '海野', '港の担当']);
    expect(departments.cell(3, 1)!.value).toBe('観光課');
    expect(first.summary.links.map((l) => l.url)).toEqual(
      expect.arrayContaining(
        again.summary.links.filter((l) => l.label.startsWith('テンプレート')).map((l) => l.url),
      ),
    );
    // The form follows the new phone number.
    expect(desk.ws.forms.get(formId)!.description).toContain('012-345-0000');

    // The same answers a third time write nothing to 設定 or 担当課.
    const third = ok(
      run<WizardSaved>(
        desk,
        'wizardSave',
        answers(desk, { phone: '012-345-0000', departments: [] }),
      ),
    );
    expect(third).toMatchObject({ ok: true, changed: [], added: 0, updated: 0 });
  });

  test('a column staff inserted in 担当課 is respected: the wizard reads and merges by header', () => {
    const desk = blankDesk(true);
    build(desk, answers(desk));
    const departments = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('担当課')!;
    departments.insertColumns(2, 1); // 内線, between 担当課 and メールアドレス
    departments.cellForWrite(1, 2).value = '内線';
    departments.cellForWrite(2, 2).value = '1234';
    departments.cellForWrite(3, 1).value = ''; // a blank row the desk left
    departments.cellForWrite(4, 1).value = '水道課';
    departments.cellForWrite(4, 2).value = '5678';
    departments.cellForWrite(4, 3).value = 'suido@city.minato.example.lg.jp';

    const view = ok(run<WizardView>(desk, 'wizardLoad', {}));
    expect(view.input.departments).toEqual([
      { name: '港湾課', email: 'kowan@city.minato.example.lg.jp', person: '海野' },
      { name: '水道課', email: 'suido@city.minato.example.lg.jp', person: '' },
    ]);

    const saved = ok(
      run<WizardSaved>(
        desk,
        'wizardSave',
        answers(desk, {
          departments: [
            { name: '港湾課', email: 'kowan2@city.minato.example.lg.jp', person: '' },
            { name: '観光課', email: 'kanko@city.minato.example.lg.jp', person: '浜辺' },
          ],
        }),
      ),
    );
    expect(saved).toMatchObject({ added: 1, updated: 1 });
    const rows = [1, 2, 3, 4, 5].map((r) =>
      [1, 2, 3, 4, 5].map((c) => String(departments.cell(r, c)?.value ?? '')),
    );
    expect(rows).toEqual([
      ['担当課', '内線', 'メールアドレス', '担当者', '備考'],
      ['港湾課', '1234', 'kowan2@city.minato.example.lg.jp', '海野', ''],
      ['', '', '', '', ''],
      ['水道課', '5678', 'suido@city.minato.example.lg.jp', '', ''],
      ['観光課', '', 'kanko@city.minato.example.lg.jp', '浜辺', ''],
    ]);
  });

  test('a renamed 担当課 header stops the merge with a message naming it, and writes nothing', () => {
    const desk = blankDesk(true);
    build(desk, answers(desk));
    const departments = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('担当課')!;
    departments.cellForWrite(1, 2).value = 'メール';
    const result = run<WizardSaved>(
      desk,
      'wizardSave',
      answers(desk, {
        departments: [{ name: '観光課', email: 'kanko@city.minato.example.lg.jp', person: '' }],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('「メールアドレス」');
    expect(String(departments.cell(3, 1)?.value ?? '')).toBe('');
  });

  test('someone who is not desk staff is refused, and changes nothing', () => {
    const desk = blankDesk(true);
    const before = settingsGrid(desk);
    const refused = run<WizardSaved>(desk, 'wizardSave', answers(desk), 'stranger@example.com');
    expect(refused.ok).toBe(false);
    expect(run(desk, 'wizardRunStep', { step: 'form' }, 'stranger@example.com').ok).toBe(false);
    expect(settingsGrid(desk)).toEqual(before);
    expect(desk.ws.spreadsheets.get(desk.spreadsheetId)!.formId).toBeFalsy();
  });
});

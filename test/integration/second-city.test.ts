/**
 * A second city by settings alone (issue 16 part 5): 架空の「みなと市」 sets up its desk through the
 * wizard's handlers only, then a proposal arrives, moves, is handed to a department, is reminded
 * about and gets its agreement. No output — emails, documents, sheets, the form — may name
 * Aomori or its desk.
 */
import { Workspace } from 'gas-emulator/workspace';
import { AddonHost } from 'gas-emulator/host';
import { OUT_DIR } from '../../esbuild.config';
import type { CaseView, ServerResult, WizardSaved } from '../../src/app/sidebarContract';
import type { WizardInput } from '../../src/domain/wizard';
import { defaultSettings } from '../../src/domain/settings';
import { registerColumn, RegisterKey } from '../../src/domain/register';
import { CHOICES, MENU, PUBLICATION_CONSENT_CHOICES, Q } from '../../src/strings';
import type { Desk } from '../support/desk';
import { move } from '../support/workflow';

const STAFF = 'desk@city.minato.example.lg.jp';
const AOMORI = defaultSettings();
/** What must not appear anywhere: Aomori, its desk, its addresses and phone. */
const FORBIDDEN = [
  '青森',
  'あおもり',
  'aomori',
  AOMORI.deskName,
  AOMORI.address,
  AOMORI.cityAddress,
  AOMORI.phone,
  '柳川',
  '青連',
];

const MINATO: WizardInput = {
  cityName: 'みなと市',
  deskName: 'みなと市公民連携窓口',
  department: 'みなと市 政策部 協働推進課',
  address: '〒100-0001 みなと市港町一丁目1番1号 本庁舎2階',
  phone: '012-345-6789',
  deskEmail: 'ppp@city.minato.example.lg.jp',
  staffEmails: STAFF,
  departments: [
    { name: '港湾課', email: 'kowan@city.minato.example.lg.jp', person: '海野 港' },
    { name: '観光課', email: 'kanko@city.minato.example.lg.jp', person: '浜辺 渚' },
  ],
  mayorTitle: 'みなと市長',
  mayorName: '港 一郎',
  cityAddress: 'みなと市港町一丁目1番1号',
  caseNumberFormat: 'MN{西暦年度}-{連番:3}',
  replyNumberFormat: 'み連第{連番}号',
  timeZone: 'Asia/Tokyo',
};

function call<T>(desk: Desk, name: string, arg: unknown): T {
  const result = desk.host.scriptRun<ServerResult<T>>(desk.spreadsheetId, name, [arg], STAFF);
  if (!result.ok) throw new Error(`${name}: ${result.message}`);
  return result.value;
}

/** The wizard as the page drives it: load, save, each step until done, the summary. */
function setUpByWizard(): Desk {
  const ws = new Workspace({ now: '2026-05-11T09:00:00+09:00', user: STAFF });
  ws.ui.addonName = '公民連携デスク';
  const spreadsheet = ws.spreadsheets.create('みなと市 公民連携', STAFF);
  const host = new AddonHost(ws, OUT_DIR);
  const desk: Desk = { ws, host, spreadsheetId: spreadsheet.id, formId: '' };
  host.openSpreadsheet(spreadsheet.id, STAFF, 'NONE');
  // A blank spreadsheet (no onInstall here): 初期設定 opens the wizard.
  host.clickMenu(spreadsheet.id, MENU.setup, STAFF);
  expect(ws.ui.dialogs.map((d) => d.title)).toEqual(['公民連携デスクの初期設定']);
  const view = call<{ steps: Array<{ id: string }> }>(desk, 'wizardLoad', {});
  const saved = call<WizardSaved>(desk, 'wizardSave', MINATO);
  expect(saved.problems).toEqual([]);
  for (const step of view.steps) {
    for (let round = 0; ; round++) {
      if (call<{ done: boolean }>(desk, 'wizardRunStep', { step: step.id }).done) break;
      if (round > 10) throw new Error(`step ${step.id} never finished`);
    }
  }
  call(desk, 'wizardSummary', {});
  desk.formId = spreadsheet.formId ?? '';
  return desk;
}

const ANSWERS = {
  [Q.organisation]: '株式会社みなとマリンテック',
  [Q.address]: 'みなと市波止場二丁目3番4号',
  [Q.representative]: '代表取締役 波田 海斗',
  [Q.applicantType]: CHOICES.applicantType[0],
  [Q.name]: '波田 海斗',
  [Q.email]: 'kaito@minato-marine.example.co.jp',
  [Q.phone]: '012-555-0101',
  [Q.title]: '港湾の混雑状況をセンサーで見える化',
  [Q.proposalKind]: CHOICES.proposalKind[0],
  [Q.method]: CHOICES.method[0],
  [Q.content]: '岸壁にセンサーを設置し、荷役の混雑を市民と事業者に公開します。',
  [Q.roles]: [CHOICES.roles[1]],
  [Q.personalData]: CHOICES.personalData[1],
  [Q.preConsultation]: CHOICES.preConsultation[1],
  [Q.consent]: [CHOICES.consent],
  [Q.publicationConsent]: PUBLICATION_CONSENT_CHOICES[0],
};

function everything(desk: Desk): Record<string, string> {
  const out: Record<string, string> = {};
  desk.ws.mail.outbox.forEach(
    (m, i) => (out[`mail ${i}: ${m.subject}`] = `${m.subject}\n${m.body}\n${m.htmlBody}`),
  );
  for (const doc of desk.ws.documents.all())
    out[`document ${doc.id}`] = desk.ws.documents.renderText(doc.id);
  const model = desk.ws.spreadsheets.get(desk.spreadsheetId)!;
  for (const sheet of model.sheets) {
    out[`sheet ${sheet.name}`] = sheet.grid
      .map((r) => (r ?? []).map((c) => String(c?.value ?? '')).join('\t'))
      .join('\n');
  }
  for (const form of [desk.ws.forms.get(desk.formId)!]) {
    out[`form ${form.title}`] = [
      form.title,
      form.description,
      ...form.items.map((i: { title: string; helpText: string }) => `${i.title} ${i.helpText}`),
    ].join('\n');
  }
  return out;
}

describe('a second city (みなと市) by settings alone', () => {
  test('wizard, intake, a move, a hand-off, a reminder and an agreement never name Aomori', () => {
    const desk = setUpByWizard();
    expect(desk.formId).not.toBe('');
    const form = desk.ws.forms.get(desk.formId)!;
    expect(form.title).toContain('みなと市公民連携窓口');
    expect(form.description).toContain('012-345-6789');

    // Intake: a numbered case in みなと市's format, a receipt and a desk notice.
    desk.host.submitForm(desk.formId, ANSWERS);
    const register = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('案件台帳')!;
    const ref = { row: 2, caseNumber: String(register.cell(2, 1)!.value) };
    expect(ref.caseNumber).toBe('MN2026-001');
    const receipt = desk.ws.mail.outbox.find((m) => m.to === ANSWERS[Q.email])!;
    expect(receipt.body).toContain('みなと市公民連携窓口');

    // A move, and the hand-off to 港湾課 (an email to its address).
    const view = call<CaseView>(desk, 'sidebarGetCase', ref);
    const forward = view.moves.find((m) => m.kind === 'forward')!;
    expect(move(desk, ref, forward.to, '', STAFF).ok).toBe(true);
    call<CaseView>(desk, 'sidebarAssignDepartment', {
      ...ref,
      department: '港湾課',
      request: 'センサー設置場所の可否をご確認ください。',
      dueDate: '',
    });
    expect(desk.ws.mail.outbox.some((m) => m.to.includes('kowan@city.minato.example.lg.jp'))).toBe(
      true,
    );

    // Forward until the agreement may be made, then make it.
    for (let i = 0; i < 10; i++) {
      const now = call<CaseView>(desk, 'sidebarGetCase', ref);
      if (now.documentKinds.some((k) => k.kind === 'partnershipAgreement')) break;
      const next = now.moves.find((m) => m.kind === 'forward');
      if (!next) break;
      const moved = move(desk, ref, next.to, '', STAFF);
      if (!moved.ok) throw new Error(moved.message);
    }
    call<CaseView>(desk, 'sidebarSaveGoals', {
      ...ref,
      goal: '港湾の混雑を減らし、荷役の待ち時間を短くする。',
      roleSplit: '事業者: センサーの設置と運用。市: 設置場所の調整。',
    });
    // What staff type into the register for an agreement (cells other than the status).
    const typed: Array<[RegisterKey, string]> = [
      ['partnershipItems', '港湾の混雑情報の収集と公開に関すること'],
      ['agreementDate', '2026/06/15'],
      ['agreementEnd', '2027/03/31'],
    ];
    for (const [key, value] of typed) {
      desk.host.editCell(
        desk.spreadsheetId,
        '案件台帳',
        ref.row,
        registerColumn(key),
        value,
        STAFF,
      );
    }
    const doc = call<{ documentUrl: string }>(desk, 'sidebarGenerateDocument', {
      ...ref,
      kind: 'partnershipAgreement',
      confirmed: false,
    });
    const agreement = desk.ws.documents.renderText(/\/d\/([-\w]+)/.exec(doc.documentUrl)![1]);
    expect(agreement).toContain('みなと市');
    expect(agreement).toContain('港 一郎');

    // A reminder: weeks later, the sweep writes to the desk (and the department) about it.
    const before = desk.ws.mail.outbox.length;
    desk.ws.clock.advance(40 * 24 * 3600 * 1000);
    desk.host.clickMenu(desk.spreadsheetId, MENU.runSweepNow, STAFF);
    expect(desk.ws.mail.outbox.length).toBeGreaterThan(before);

    const leaks = Object.entries(everything(desk)).flatMap(([where, text]) =>
      FORBIDDEN.filter((word) => text.toLowerCase().includes(word.toLowerCase())).map(
        (word) => `${where}: ${word}`,
      ),
    );
    expect(leaks).toEqual([]);
  });
});

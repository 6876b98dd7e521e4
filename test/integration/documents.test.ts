import {
  appendChild,
  detach,
  DocNode,
  insertChild,
  newParagraph,
  newText,
} from 'gas-emulator/services/document/model';
import { clickMenu, Desk, MENU, newDesk, STAFF } from '../support/desk';
import {
  AGREEMENT_DATA,
  caseAt,
  cell,
  documentsDesk,
  documentText,
  driveFile,
  generate,
  generated,
  idOf,
  MAYOR_LINE,
  POC_ANSWERS,
  setCells,
  setSetting,
  settingValue,
} from '../support/documents';
import { selectRow } from '../support/workflow';
import { PROP } from '../../src/adapters/properties';
import { extractPdfText } from 'gas-emulator/services/drive/pdf';

const TEMPLATE_SETTINGS = {
  replyAccepted: 'テンプレート: 回答書（採択）',
  replyDeclined: 'テンプレート: 回答書（不採択）',
  partnershipAgreement: 'テンプレート: 事業連携協定書',
  comprehensiveAgreement: 'テンプレート: 包括連携協定書',
  pocAgreement: 'テンプレート: 実証実験に関する協定書',
};

function historyRows(desk: Desk): unknown[][] {
  const sheet = desk.ws.spreadsheets.get(desk.spreadsheetId)!.sheetByName('履歴')!;
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.lastRow(); r++) {
    rows.push([1, 2, 3, 4, 5, 6].map((c) => sheet.cell(r, c)?.value ?? ''));
  }
  return rows;
}

/** A paragraph's text as its runs hold it ('\r' for a line break). */
function plainTextOf(node: DocNode): string {
  return node.children.map((t) => t.text).join('');
}

function failed(result: { ok: boolean; message?: string }): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.message as string;
}

/** Calls of the last execution that count toward a budget (emails apart). */
function budgetCalls(desk: Desk): string[] {
  return desk.host
    .lastExecution()
    .calls.filter((c) => c.method !== 'MailApp.sendEmail')
    .map((c) => c.method);
}

/** Adds a paragraph to a template's body, each string a separate Text run (bold from the 2nd). */
function addTemplateParagraph(desk: Desk, settingLabel: string, runs: string[]): void {
  const doc = desk.ws.documents.get(settingValue(desk, settingLabel))!;
  const paragraph = newParagraph('');
  runs.forEach((run, i) => appendChild(paragraph, newText(run, i === 0 ? {} : { BOLD: true })));
  appendChild(doc.body, paragraph);
}

const TEMPLATE_NAMES = [
  '【テンプレート】事業連携協定書',
  '【テンプレート】包括連携協定書',
  '【テンプレート】回答書（不採択）',
  '【テンプレート】回答書（採択）',
  '【テンプレート】実証実験に関する協定書',
].sort();

function templateIds(desk: Desk): string[] {
  return Object.values(TEMPLATE_SETTINGS).map((label) => settingValue(desk, label));
}

describe('setup', () => {
  test('初期設定 (after onInstall) makes the folder and the five templates, their ids in 設定', () => {
    const desk = newDesk();
    // executions[0] is onInstall, which makes no template (issue 15); [1] is 初期設定.
    const setUp = desk.ws.ledger.executions[1];
    expect(setUp.functionName).toBe('menuSetup');
    expect(setUp.calls.filter((c) => c.method === 'DocumentApp.create')).toHaveLength(5);

    const ids = templateIds(desk);
    expect(ids.every((id) => desk.ws.documents.get(id))).toBe(true);
    const root = settingValue(desk, '文書フォルダID');
    const templatesFolder = desk.ws.drive.childrenOf(root).find((f) => f.name === 'テンプレート')!;
    expect(
      desk.ws.drive
        .childrenOf(templatesFolder.id)
        .map((f) => f.name)
        .sort(),
    ).toEqual(TEMPLATE_NAMES);
    // The intake and the sidebar read settings from the snapshot: it holds the ids too.
    const snapshot = JSON.parse(
      desk.ws.properties.documentStore(desk.spreadsheetId).get(PROP.settings)!,
    );
    expect(snapshot.templatePocAgreement).toBe(settingValue(desk, TEMPLATE_SETTINGS.pocAgreement));

    const poc = desk.ws.documents.get(settingValue(desk, TEMPLATE_SETTINGS.pocAgreement))!;
    const text = desk.ws.documents.renderText(poc.id);
    expect(text).toContain('第1条　');
    expect(text).toContain('（秘密保持）');
    expect(poc.body.children.filter((n) => n.type === 'TABLE')).toHaveLength(1);
    // 連携事項 are numbered (1), (2)… in a plain paragraph, not a bulleted list.
    expect(poc.body.children.filter((n) => n.type === 'LIST_ITEM')).toHaveLength(0);
    expect(text).toContain('（反社会的勢力の排除）');
    expect(poc.body.children.filter((n) => n.attrs.HEADING === 'HEADING3').length).toBeGreaterThan(
      8,
    );
    const reply = desk.ws.documents.get(settingValue(desk, TEMPLATE_SETTINGS.replyAccepted))!;
    expect(desk.ws.documents.renderText(reply.id).split('\n')[0]).toBe('{{案件番号}}');
  });

  test('初期設定 again makes nothing; a blanked id gets its default back, a city id is kept', () => {
    const desk = newDesk();
    const ids = templateIds(desk);
    const files = desk.ws.drive.all().length;
    expect(clickMenu(desk, MENU.setup).error).toBeUndefined();
    expect(desk.ws.drive.all().length).toBe(files);
    expect(desk.host.lastExecution().calls.some((c) => c.service === 'DocumentApp')).toBe(false);
    expect(templateIds(desk)).toEqual(ids);

    setSetting(desk, TEMPLATE_SETTINGS.replyDeclined, 'city-own-template');
    setSetting(desk, TEMPLATE_SETTINGS.replyAccepted, '');
    expect(clickMenu(desk, MENU.setup).error).toBeUndefined();
    expect(settingValue(desk, TEMPLATE_SETTINGS.replyDeclined)).toBe('city-own-template');
    const remade = settingValue(desk, TEMPLATE_SETTINGS.replyAccepted);
    expect(remade).not.toBe('');
    expect(remade).not.toBe(ids[0]);
    expect(desk.ws.drive.get(remade)!.parents).toEqual(desk.ws.drive.get(ids[0])!.parents);
    expect(desk.ws.drive.all().length).toBe(files + 1);
  });
});

describe('generating documents', () => {
  test('an agreement is filled from the case, saved with its PDF in the case folder and linked', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const doc = generated(generate(desk, ref, 'partnershipAgreement'));
    expect(doc.name).toBe('R8-0001_事業連携協定書_v1');
    expect(doc.version).toBe(1);

    const text = documentText(desk, doc.documentUrl);
    expect(text).not.toContain('{{');
    expect(text).toContain(
      '青森市（以下「甲」という。）と株式会社あおもりテック（以下「乙」という。）',
    );
    expect(text).toContain('有効期間は、令和8年7月1日から令和9年3月31日までとする。');
    expect(text).toContain('甲: 除雪計画と路線情報の提供\r乙: GPS端末の設置と公開サイトの運用');
    // 甲 and 乙 with their addresses, names and representatives, sealed (記名押印).
    const lines = text.split('\n');
    // The table: one line per cell (甲 | 所在地 | value, then blank | 名称 | value …).
    const signature = lines.slice(lines.indexOf('甲'), lines.indexOf('甲') + 18);
    expect(signature).toEqual([
      ...['甲', '所在地', '青森県青森市中央一丁目22番5号', '', '名称', '青森市'],
      ...['', '代表者', `${MAYOR_LINE}\u3000印`, '乙', '所在地', '青森県青森市新町一丁目3番7号'],
      ...['', '名称', '株式会社あおもりテック', '', '代表者', '代表取締役 青森 一郎\u3000印'],
    ]);
    // 連携事項 numbered (1), (2), (3) in their paragraph, no bullets.
    expect(text).toContain(
      '(1)\u3000除雪車両の位置情報の可視化\r(2)\u3000市民への除雪情報の発信\r(3)\u3000データの分析と改善提案',
    );
    const model = desk.ws.documents.get(idOf(doc.documentUrl))!;
    expect(model.body.children.filter((n) => n.type === 'LIST_ITEM')).toHaveLength(0);
    // The clauses a city signs: 反社会的勢力の排除, 協定の変更, 協定の解除, 公表, in order.
    const captions = ['（公表）', '（反社会的勢力の排除）', '（協定の変更）', '（協定の解除）'];
    const at = captions.map((c) => lines.indexOf(c));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('暴力団員による不当な行為の防止等に関する法律（平成3年法律第77号）');
    expect(text).toMatch(/第\d+条\u3000本協定の内容を変更する必要が生じたときは/);
    expect(text).toMatch(/第\d+条\u3000甲又は乙は、相手方が本協定に定める義務を履行しないとき/);

    const docFile = driveFile(desk, doc.documentUrl);
    const pdfFile = driveFile(desk, doc.pdfUrl);
    expect(pdfFile.mimeType).toBe('application/pdf');
    expect(pdfFile.parents).toEqual(docFile.parents);
    const folder = desk.ws.drive.get(docFile.parents[0])!;
    expect(folder.name).toBe('R8-0001 株式会社あおもりテック');
    expect(folder.parents).toEqual([settingValue(desk, '文書フォルダID')]);

    expect(cell(desk, ref.row, 'latestDocument')).toBe(doc.documentUrl);
    expect(cell(desk, ref.row, 'latestPdf')).toBe(doc.pdfUrl);
    expect(String(cell(desk, ref.row, 'folder'))).toContain(folder.id);
    expect(cell(desk, ref.row, 'documentVersions')).toBe('事業連携協定書:1');
    const history = historyRows(desk).at(-1)!;
    expect(history.slice(1, 3)).toEqual([STAFF, 'R8-0001']);
    expect(String(history[5])).toContain(doc.name);
    expect(String(history[5])).toContain(doc.documentUrl);
    expect(String(history[5])).toContain(doc.pdfUrl);
  });

  test('every kind is filled from a case of its track and status', () => {
    const desk = documentsDesk();
    const partnership = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const poc = caseAt(
      desk,
      '連携協定締結',
      { ...AGREEMENT_DATA, periodStart: '2026/8/1', pocEnd: '2026-11-30' },
      POC_ANSWERS,
    );
    const declined = caseAt(desk, '不採択', {
      replyReason: '同種の事業を既に実施しており、重複するため。',
    });
    const expectations: Array<[typeof partnership, string, string[]]> = [
      [
        partnership,
        'replyAccepted',
        [
          '令和8年5月11日付けでご提案',
          '株式会社あおもりテック\n代表取締役 青森 一郎　様',
          '青連第1号\n令和8年',
          `${MAYOR_LINE}\n（公印省略）`,
          '採択（青森市と連携して実施します）',
          '017-761-4154',
        ],
      ],
      [
        partnership,
        'comprehensiveAgreement',
        ['青森市と株式会社あおもりテックとの包括連携協定書', '次に掲げる分野'],
      ],
      [
        poc,
        'pocAgreement',
        [
          '実施期間は、令和8年8月1日から令和8年11月30日までとする。',
          '終了後30日以内',
          '乙の負担とする',
        ],
      ],
      [
        declined,
        'replyDeclined',
        [
          '1　回答　不採択\n2　理由\n同種の事業を既に実施しており、重複するため。',
          'R8-0003',
          '青連第2号',
        ],
      ],
    ];
    for (const [ref, kind, phrases] of expectations) {
      const doc = generated(generate(desk, ref, kind));
      const text = documentText(desk, doc.documentUrl);
      expect(text).not.toContain('{{');
      for (const phrase of phrases) expect(text).toContain(phrase);
    }
  });

  test('missing data is listed and nothing is created', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', {
      ...AGREEMENT_DATA,
      representative: '',
      agreementEnd: '来年3月',
    });
    const files = desk.ws.drive.all().length;
    const message = failed(generate(desk, ref, 'partnershipAgreement'));
    expect(message).toContain('案件台帳「代表者（職・氏名）」: 未入力');
    expect(message).toContain('「来年3月」');
    expect(message).toContain('令和8年7月1日');
    expect(desk.ws.drive.all().length).toBe(files);
    expect(cell(desk, ref.row, 'documentVersions')).toBe('');
    expect(cell(desk, ref.row, 'latestDocument')).toBe('');
  });

  test('a kind that does not fit the case is refused with when it can be made', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '対話・調整', AGREEMENT_DATA);
    expect(failed(generate(desk, ref, 'partnershipAgreement'))).toContain('「回答（可）」以降');
    expect(failed(generate(desk, ref, 'nonsense'))).toContain('「nonsense」');
  });

  test('placeholders next to regex metacharacters, split across runs, and values with $ stay literal', () => {
    const desk = documentsDesk();
    addTemplateParagraph(desk, TEMPLATE_SETTINGS.partnershipAgreement, [
      '^($.*+?[{{件名}}]|\\)$ {{事',
      '業者名}}',
    ]);
    const ref = caseAt(desk, '回答（可）', {
      ...AGREEMENT_DATA,
      organisation: '株式会社$1\\テック',
    });
    const doc = generated(generate(desk, ref, 'partnershipAgreement'));
    const text = documentText(desk, doc.documentUrl);
    expect(text).toContain(
      '^($.*+?[除雪車両の位置情報を活用した除雪状況の見える化]|\\)$ 株式会社$1\\テック',
    );
    expect(text).not.toContain('{{');
  });

  test('a template a city edited with a placeholder the add-on does not know is refused by name', () => {
    const desk = documentsDesk();
    addTemplateParagraph(desk, TEMPLATE_SETTINGS.partnershipAgreement, ['担当: {{担当課長名}}']);
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const before = new Set(desk.ws.drive.all().map((f) => f.id));
    const message = failed(generate(desk, ref, 'partnershipAgreement'));
    expect(message).toContain('{{担当課長名}}');
    expect(message).toContain('作りかけの文書は削除しました');
    const added = desk.ws.drive.all().filter((f) => !before.has(f.id));
    expect(added.filter((f) => f.mimeType !== 'application/vnd.google-apps.folder')).toEqual([
      expect.objectContaining({ name: 'R8-0001_事業連携協定書_v1', trashed: true }),
    ]);
    expect(cell(desk, ref.row, 'documentVersions')).toBe('');
    expect(cell(desk, ref.row, 'latestDocument')).toBe('');
  });

  test('a known placeholder with no value for this case is refused as unfilled', () => {
    const desk = documentsDesk();
    addTemplateParagraph(desk, TEMPLATE_SETTINGS.replyAccepted, ['協定締結日: {{締結日}}']);
    const ref = caseAt(desk, '回答（可）');
    const message = failed(generate(desk, ref, 'replyAccepted'));
    expect(message).toContain('値が空の差し込み項目: {{締結日}}');
  });

  test.each([
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
  ])('dates print in 和暦 at the era boundary: %s → %s', (date, wareki) => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', { ...AGREEMENT_DATA, agreementDate: date });
    const doc = generated(generate(desk, ref, 'partnershipAgreement'));
    expect(documentText(desk, doc.documentUrl)).toContain(`有効期間は、${wareki}から`);
  });

  test('regenerating makes v2 beside v1, which is kept', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const v1 = generated(generate(desk, ref, 'partnershipAgreement'));
    setCells(desk, ref.row, { agreementEnd: '2028-03-31' });
    const v2 = generated(generate(desk, ref, 'partnershipAgreement'));
    expect(v2.version).toBe(2);
    expect(v2.name).toBe('R8-0001_事業連携協定書_v2');
    expect(driveFile(desk, v1.documentUrl).trashed).toBe(false);
    expect(driveFile(desk, v1.pdfUrl).trashed).toBe(false);
    expect(documentText(desk, v1.documentUrl)).toContain('令和9年3月31日');
    expect(documentText(desk, v2.documentUrl)).toContain('令和10年3月31日');
    expect(driveFile(desk, v2.documentUrl).parents).toEqual(
      driveFile(desk, v1.documentUrl).parents,
    );
    expect(cell(desk, ref.row, 'latestDocument')).toBe(v2.documentUrl);
    const other = generated(generate(desk, ref, 'replyAccepted'));
    expect(other.version).toBe(1);
    expect(cell(desk, ref.row, 'documentVersions')).toBe('事業連携協定書:2;回答書（採択）:1');
    // Staff may retype the cell: it is read leniently, and the next version follows it.
    setCells(desk, ref.row, { documentVersions: '回答書（採択）：1、事業連携協定書：7' });
    expect(generated(generate(desk, ref, 'partnershipAgreement')).version).toBe(8);
  });

  test('past 連携協定締結 an agreement is regenerated only when confirmed', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '事業実施', AGREEMENT_DATA);
    const message = failed(generate(desk, ref, 'partnershipAgreement'));
    expect(message).toContain('「事業実施」');
    expect(message).toContain('以前の版はそのまま残ります');
    expect(cell(desk, ref.row, 'documentVersions')).toBe('');
    expect(generated(generate(desk, ref, 'partnershipAgreement', true)).version).toBe(1);
  });

  test('a blank or wrong template id in 設定 is named, and nothing is created', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const files = desk.ws.drive.all().length;
    setSetting(desk, TEMPLATE_SETTINGS.replyAccepted, '');
    const blank = failed(generate(desk, ref, 'replyAccepted'));
    expect(blank).toContain('「テンプレート: 回答書（採択）」が空欄');
    expect(blank).toContain('初期設定');
    setSetting(desk, TEMPLATE_SETTINGS.partnershipAgreement, 'no-such-file');
    const wrong = failed(generate(desk, ref, 'partnershipAgreement'));
    expect(wrong).toContain('「テンプレート: 事業連携協定書」');
    expect(wrong).toContain('no-such-file');
    expect(desk.ws.drive.all().length).toBe(files);
  });

  test("a city's own template is used, given by id or by its link", () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const own = desk.ws.documents.get(settingValue(desk, TEMPLATE_SETTINGS.replyAccepted))!;
    const link = `https://docs.google.com/document/d/${own.id}/edit`;
    addTemplateParagraph(desk, TEMPLATE_SETTINGS.replyAccepted, ['青森市独自の一文 {{件名}}']);
    setSetting(desk, TEMPLATE_SETTINGS.replyAccepted, link);
    const doc = generated(generate(desk, ref, 'replyAccepted'));
    expect(documentText(desk, doc.documentUrl)).toContain(
      '青森市独自の一文 除雪車両の位置情報を活用した除雪状況の見える化',
    );
  });

  test('only desk staff may generate', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const message = failed(
      generate(desk, ref, 'partnershipAgreement', false, 'someone@example.com'),
    );
    expect(message).toContain('デスク職員に登録されていない');
    expect(cell(desk, ref.row, 'documentVersions')).toBe('');
  });

  test('a rearranged register is noticed: the row must still hold the case', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    expect(generate(desk, { ...ref, caseNumber: 'R8-0999' }, 'partnershipAgreement').ok).toBe(
      false,
    );
    expect(cell(desk, ref.row, 'documentVersions')).toBe('');
  });

  test('the menu opens the sidebar of the selected case at its documents', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    selectRow(desk, ref.row);
    expect(clickMenu(desk, MENU.generateDocument).error).toBeUndefined();
    const sidebar = desk.ws.ui.sidebars.at(-1)!;
    expect(sidebar.html).toContain('documents');
    expect(sidebar.html).toContain(ref.caseNumber);
  });

  test('budget: an agreement with its PDF, case folder existing: at most 48 calls and 10 s', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    generated(generate(desk, ref, 'replyAccepted'));
    generated(generate(desk, ref, 'partnershipAgreement'));
    const calls = budgetCalls(desk);
    expect(calls.length).toBeLessThanOrEqual(48);
    // One replaceText per distinct placeholder of the 事業連携協定書 (12, 甲/乙 blocks included);
    // the numbered 連携事項 is one of them (its paragraph's), no list item is inserted.
    expect(calls.filter((m) => m.endsWith('replaceText'))).toHaveLength(12);
    expect(calls.filter((m) => m === 'Paragraph.replaceText')).toHaveLength(1);
    expect(calls.filter((m) => m === 'Body.insertListItem')).toHaveLength(0);
    expect(calls.filter((m) => m === 'File.getAs')).toHaveLength(1);
    expect(desk.host.lastExecution().modeledMs).toBeLessThan(10_000);
  });

  test('opening the documents of a case that may have some prepares its folder, once', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const open = () =>
      desk.host.scriptRun<{ ok: boolean; value?: { folder: string }; message?: string }>(
        desk.spreadsheetId,
        'sidebarOpenDocuments',
        [ref],
      );
    const first = open();
    expect(first.ok).toBe(true);
    const folderId = idOf(first.value!.folder);
    expect(desk.ws.drive.get(folderId)!.name).toBe(`${ref.caseNumber} 株式会社あおもりテック`);
    expect(cell(desk, ref.row, 'folder')).toBe(first.value!.folder);
    // Opening again finds it; nothing new is made.
    const folders = desk.ws.drive.all().filter((f) => f.mimeType.endsWith('folder')).length;
    expect(open().value!.folder).toBe(first.value!.folder);
    expect(desk.ws.drive.all().filter((f) => f.mimeType.endsWith('folder')).length).toBe(folders);
  });

  test('the first agreement of a case whose documents were opened stays within 48 calls', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    desk.host.scriptRun(desk.spreadsheetId, 'sidebarOpenDocuments', [ref]);
    const doc = generated(generate(desk, ref, 'partnershipAgreement'));
    expect(budgetCalls(desk).length).toBeLessThanOrEqual(48);
    expect(desk.ws.drive.get(idOf(doc.documentUrl))!.parents).toEqual([
      idOf(String(cell(desk, ref.row, 'folder'))),
    ]);
  });

  test('a case that may not have documents yet gets no folder, with a reason', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '対話・調整', AGREEMENT_DATA);
    const before = desk.ws.drive.all().length;
    const result = desk.host.scriptRun<{ ok: boolean; message?: string }>(
      desk.spreadsheetId,
      'sidebarOpenDocuments',
      [ref],
    );
    expect(failed(result)).toContain('対話・調整');
    expect(desk.ws.drive.all().length).toBe(before);
    expect(cell(desk, ref.row, 'folder')).toBe('');
  });

  test('a list placeholder in a plain paragraph after a table is numbered (1), (2), (3) there', () => {
    const desk = documentsDesk();
    const id = settingValue(desk, TEMPLATE_SETTINGS.partnershipAgreement);
    const model = desk.ws.documents.get(id)!;
    // A template a city rewrote: the items as a plain paragraph at the very end, after the table.
    detach(model.body.children.find((n) => plainTextOf(n) === '{{連携事項}}')!);
    addTemplateParagraph(desk, TEMPLATE_SETTINGS.partnershipAgreement, ['{{連携事項}}']);
    addTemplateParagraph(desk, TEMPLATE_SETTINGS.partnershipAgreement, ['以上']);
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const doc = generated(generate(desk, ref, 'partnershipAgreement'));
    const body = desk.ws.documents.get(idOf(doc.documentUrl))!.body.children;
    const texts = body.map((n) => [n.type, plainTextOf(n)]);
    expect(texts.slice(-2)).toEqual([
      [
        'PARAGRAPH',
        '(1)\u3000除雪車両の位置情報の可視化\r(2)\u3000市民への除雪情報の発信\r(3)\u3000データの分析と改善提案',
      ],
      ['PARAGRAPH', '以上'],
    ]);
    expect(documentText(desk, doc.documentUrl)).not.toContain('{{');
  });

  test("in a city's bulleted list item, the entries join that list instead", () => {
    const desk = documentsDesk();
    const model = desk.ws.documents.get(
      settingValue(desk, TEMPLATE_SETTINGS.partnershipAgreement),
    )!;
    const paragraph = model.body.children.find((n) => plainTextOf(n) === '{{連携事項}}')!;
    const item = newParagraph('{{連携事項}}', 'LIST_ITEM');
    insertChild(model.body, model.body.children.indexOf(paragraph), item);
    detach(paragraph);
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const doc = generated(generate(desk, ref, 'partnershipAgreement'));
    const items = desk.ws.documents
      .get(idOf(doc.documentUrl))!
      .body.children.filter((n) => n.type === 'LIST_ITEM');
    expect(items.map(plainTextOf)).toEqual([
      '除雪車両の位置情報の可視化',
      '市民への除雪情報の発信',
      'データの分析と改善提案',
    ]);
  });
});

describe('a generation that stops leaves nothing behind', () => {
  const FOLDER_MIME = 'application/vnd.google-apps.folder';

  function liveFolders(desk: Desk, name: string) {
    return desk.ws.drive.all().filter((f) => f.mimeType === FOLDER_MIME && f.name === name);
  }

  // Issue 10: the folder is linked in the register as soon as it is made (as opening the
  // documents does), so a refusal keeps it, linked, and the next generation uses it.
  test('a refused first generation keeps the case folder it made, linked: no twin folder follows', () => {
    const desk = documentsDesk();
    addTemplateParagraph(desk, TEMPLATE_SETTINGS.partnershipAgreement, ['担当: {{担当課長名}}']);
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    expect(failed(generate(desk, ref, 'partnershipAgreement'))).toContain('{{担当課長名}}');
    const folderName = 'R8-0001 株式会社あおもりテック';
    expect(liveFolders(desk, folderName).map((f) => f.trashed)).toEqual([false]);
    expect(String(cell(desk, ref.row, 'folder'))).toContain(liveFolders(desk, folderName)[0].id);

    const doc = generated(generate(desk, ref, 'replyAccepted'));
    const folders = liveFolders(desk, folderName).filter((f) => !f.trashed);
    expect(folders).toHaveLength(1);
    expect(driveFile(desk, doc.documentUrl).parents).toEqual([folders[0].id]);
    expect(String(cell(desk, ref.row, 'folder'))).toContain(folders[0].id);
  });

  test('a refusal in a folder the register already links keeps that folder', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const reply = generated(generate(desk, ref, 'replyAccepted'));
    addTemplateParagraph(desk, TEMPLATE_SETTINGS.partnershipAgreement, ['{{担当課長名}}']);
    failed(generate(desk, ref, 'partnershipAgreement'));
    const folder = desk.ws.drive.get(driveFile(desk, reply.documentUrl).parents[0])!;
    expect(folder.trashed).toBe(false);
    expect(driveFile(desk, reply.pdfUrl).trashed).toBe(false);
  });

  test('when Drive refuses the PDF, the filled copy is trashed and nothing is recorded', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    const before = new Set(desk.ws.drive.all().map((f) => f.id));
    desk.ws.ledger.injectFailure('File.getAs', 'Service error: Drive');
    const message = failed(generate(desk, ref, 'partnershipAgreement'));
    expect(message).toContain('R8-0001_事業連携協定書_v1');
    expect(message).toContain('PDF');
    // The case folder (linked in the register when made) stays; the copy goes.
    const added = desk.ws.drive
      .all()
      .filter((f) => !before.has(f.id) && f.mimeType !== FOLDER_MIME);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((f) => f.trashed)).toBe(true);
    expect(cell(desk, ref.row, 'documentVersions')).toBe('');
    expect(cell(desk, ref.row, 'latestDocument')).toBe('');
    // Once Drive answers again, the same version is made.
    expect(generated(generate(desk, ref, 'partnershipAgreement')).version).toBe(1);
  });
});

describe('reply letters by email', () => {
  function send(desk: Desk, ref: { row: number; caseNumber: string }, kind: string) {
    return desk.host.scriptRun<{ ok: boolean; message?: string; value?: { sentTo: string } }>(
      desk.spreadsheetId,
      'sidebarSendReplyLetter',
      [{ ...ref, kind }],
    );
  }

  test('the newest reply letter goes to the applicant with its PDF attached', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）');
    expect(failed(send(desk, ref, 'replyAccepted'))).toContain('まだ作成されていません');
    generated(generate(desk, ref, 'replyAccepted'));
    const v2 = generated(generate(desk, ref, 'replyAccepted'));
    const result = send(desk, ref, 'replyAccepted');
    expect(result).toEqual({ ok: true, value: { sentTo: 'taro@aomori-tech.example.co.jp' } });
    const mail = desk.ws.mail.outbox.at(-1)!;
    expect(mail.to).toBe('taro@aomori-tech.example.co.jp');
    expect(mail.subject).toContain('R8-0001');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].contentType).toBe('application/pdf');
    // The applicant's file has no internal version; Drive keeps the versioned one.
    expect(mail.attachments[0].name).toBe(`${ref.caseNumber}_回答書.pdf`);
    expect(extractPdfText(mail.attachments[0].bytes).join('\n')).toContain('青連第1号');
    expect(String(historyRows(desk).at(-1)![5])).toContain(v2.name);
  });

  test('with 文書の版 cleared by hand, v1 is made again and the newest v1 is the one sent', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）');
    const first = generated(generate(desk, ref, 'replyAccepted'));
    setCells(desk, ref.row, { documentVersions: '', title: '件名を訂正した提案' });
    desk.ws.clock.advance(60_000);
    const again = generated(generate(desk, ref, 'replyAccepted'));
    expect(again.name).toBe(first.name);
    expect(driveFile(desk, first.pdfUrl).trashed).toBe(false);
    expect(send(desk, ref, 'replyAccepted').ok).toBe(true);
    const attachment = desk.ws.mail.outbox.at(-1)!.attachments[0];
    expect(attachment.name).toBe(`${ref.caseNumber}_回答書.pdf`);
    expect(extractPdfText(attachment.bytes).join('\n')).toContain('件名を訂正した提案');
  });

  test('an agreement is not emailed, and a letter is not sent without an address', () => {
    const desk = documentsDesk();
    const ref = caseAt(desk, '回答（可）', AGREEMENT_DATA);
    expect(failed(send(desk, ref, 'partnershipAgreement'))).toContain('回答書ではない');
    generated(generate(desk, ref, 'replyAccepted'));
    setCells(desk, ref.row, { email: '' });
    expect(failed(send(desk, ref, 'replyAccepted'))).toContain('メールアドレス');
  });
});

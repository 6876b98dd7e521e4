/**
 * Issue 13: the public list, three ways from one query (docs/domain.md "The other parties and
 * the public"): selection, redaction with a marker corpus, CSV neutralisation, exactly-once files.
 */
import { REGISTER_COLUMNS, RegisterKey } from '../../src/domain/register';
import { PUBLIC_LIST_SCHEMA, PublicList } from '../../src/domain/publication';
import {
  CHOICES,
  MENU,
  PUBLICATION_CONSENT_CHOICES,
  PUBLICATION_FILES,
  Q,
  SHEET,
} from '../../src/strings';
import { Desk, newDesk, registerRecords } from '../support/desk';
import { sheetOf } from '../support/workflow';
import { setCells, setSetting } from '../support/documents';
import {
  allOutputs,
  cachedJson,
  fileText,
  liveFiles,
  publicationProp,
  publicCase,
  publicSheetRows,
  publicSpreadsheets,
  publishable,
  refreshPublication,
  setPublicFolder,
} from '../support/publication';

function refreshed(desk: Desk) {
  const outcome = refreshPublication(desk);
  if (outcome.error) throw outcome.error;
  return desk.ws.ui.alerts[desk.ws.ui.alerts.length - 1];
}

describe('publication', () => {
  test('a realised, consented, 公開 case with a summary is in all outputs; the files are written once', () => {
    const desk = newDesk();
    setPublicFolder(desk);
    const ref = publicCase(desk, '事業実施', {
      ...publishable(),
      agreementDate: '2026-07-01',
      department: '道路維持課',
      publishedOn: '2026-07-10',
    });
    refreshed(desk);
    const list = JSON.parse(cachedJson(desk)) as PublicList;
    expect(list.schema).toBe(PUBLIC_LIST_SCHEMA);
    expect(list.cases).toEqual([
      {
        caseNumber: ref.caseNumber,
        fiscalYear: 2026,
        method: CHOICES.method[0],
        challenge: '',
        title: '除雪車両の位置情報を活用した除雪状況の見える化',
        organisation: '株式会社あおもりテック',
        summary: '除雪の見える化を市と共同で実施しています。',
        agreementDate: '2026-07-01',
        pocDate: '',
        department: '道路維持課',
        publishedAt: '2026-07-10',
      },
    ]);
    const out = allOutputs(desk);
    expect(out.json).toBe(cachedJson(desk));
    expect(out.csv.startsWith('\uFEFF案件番号,年度,連携手法,課題,件名,事業者名,概要,')).toBe(true);
    expect(out.csv).toContain(`${ref.caseNumber},2026,`);
    expect(publicSheetRows(desk)).toHaveLength(2);
    refreshed(desk);
    refreshed(desk);
    expect(liveFiles(desk, PUBLICATION_FILES.csv)).toHaveLength(1);
    expect(liveFiles(desk, PUBLICATION_FILES.json)).toHaveLength(1);
    expect(publicSpreadsheets(desk)).toHaveLength(1);
    expect(publicSpreadsheets(desk)[0].name).toBe(PUBLICATION_FILES.spreadsheet);
  });
});

/** Columns the public list may read: the public fields and the four conditions. */
const READ: RegisterKey[] = [
  'caseNumber',
  'receivedAt',
  'status',
  'track',
  'challenge',
  'title',
  'organisation',
  'department',
  'pocEnd',
  'agreementDate',
  'publicationConsent',
  'publication',
  'publicSummary',
  'publishedOn',
];
const PRIVATE = REGISTER_COLUMNS.filter((k) => !READ.includes(k));
const MARK = 'MRK';

/** A unique marker in every private column of the case (and nothing public carries one). */
function markers(tag: string): Partial<Record<RegisterKey, unknown>> {
  return Object.fromEntries(PRIVATE.map((k) => [k, `${MARK}-${tag}-${k}`]));
}

/** The corpus: which cases meet all four conditions, each with markers in its private fields. */
function corpusDesk() {
  const desk = newDesk();
  setPublicFolder(desk);
  const poc = { [Q.method]: CHOICES.method[1] };
  const naming = { [Q.method]: 'ネーミングライツ' };
  const spec: Array<[string, string, Partial<Record<RegisterKey, unknown>>, object, boolean]> = [
    ['ok-partnership', '事業実施', publishable('概要A'), {}, true],
    ['ok-agreement', '連携協定締結', publishable('概要B'), {}, true],
    ['ok-poc', '実証実験の実施・立ち合い', publishable('概要C'), poc, true],
    ['ok-report', '報告書受領', { ...publishable('概要D'), pocEnd: '2026-09-30' }, poc, true],
    ['ok-done', '完了', publishable('概要E'), naming, true],
    [
      'no-consent',
      '事業実施',
      { ...publishable(), publicationConsent: PUBLICATION_CONSENT_CHOICES[1] },
      {},
      false,
    ],
    ['no-consent-blank', '事業実施', { ...publishable(), publicationConsent: '' }, {}, false],
    ['private', '事業実施', { ...publishable(), publication: '非公開' }, {}, false],
    ['undecided', '事業実施', { ...publishable(), publication: '未判断' }, {}, false],
    ['no-summary', '事業実施', { ...publishable('  ') }, {}, false],
    ['not-realised', '回答（可）', publishable(), {}, false],
    ['poc-prep', '実施準備', publishable(), poc, false],
    ['handed-over', '担当課へ引継ぎ', publishable(), naming, false],
    ['declined', '不採択', publishable(), {}, false],
  ];
  const expected: string[] = [];
  for (const [tag, status, fields, answers, published] of spec) {
    const ref = publicCase(desk, status, { ...markers(tag), ...fields }, answers as never);
    if (published) expected.push(ref.caseNumber);
  }
  // Internal comments elsewhere in the file carry markers too.
  const history = sheetOf(desk, SHEET.history);
  history.cellForWrite(history.lastRow() + 1, 6).value = `${MARK}-history-comment`;
  const dialogues = sheetOf(desk, SHEET.dialogues);
  dialogues.cellForWrite(dialogues.lastRow() + 1, 5).value = `${MARK}-dialogue`;
  return { desk, expected };
}

describe('redaction and selection (marker corpus)', () => {
  test('only cases meeting all four conditions appear, and no private marker appears anywhere', () => {
    const { desk, expected } = corpusDesk();
    expect(registerRecords(desk).length).toBe(14);
    refreshed(desk);
    const out = allOutputs(desk);
    for (const [name, text] of Object.entries(out)) {
      expect([name, text.includes(MARK)]).toEqual([name, false]);
      expect(text).not.toMatch(/@aomori-tech|017-000-1234|青森 太郎|GPS端末を搭載/);
    }
    const list = JSON.parse(out.json) as PublicList;
    expect(list.cases.map((c) => c.caseNumber).sort()).toEqual([...expected].sort());
    for (const c of list.cases) {
      expect(Object.keys(c).sort()).toEqual(
        [
          'agreementDate',
          'caseNumber',
          'challenge',
          'department',
          'fiscalYear',
          'method',
          'organisation',
          'pocDate',
          'publishedAt',
          'summary',
          'title',
        ].sort(),
      );
    }
    const csvNumbers = out.csv
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    expect(csvNumbers.sort()).toEqual([...expected].sort());
    expect(
      publicSheetRows(desk)
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...expected].sort());
    expect(list.cases.find((c) => c.summary === '概要D')?.pocDate).toBe('2026-09-30');
  });
});

/** RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('hostile text', () => {
  const HOSTILE = {
    title: "=cmd|' /C calc'!A0",
    organisation: '+SUM(1,2)',
    publicSummary: '-2+3,"quoted"\r\n<script>alert(1)</script>',
    department: '@evil',
    challenge: '\tTAB',
  };
  test('is neutralised in the CSV (OWASP), quoted per RFC 4180, kept as text in the sheet and JSON', () => {
    const desk = newDesk();
    setPublicFolder(desk);
    publicCase(desk, '事業実施', { ...publishable(), ...HOSTILE, agreementDate: '\rCR' });
    refreshed(desk);
    const out = allOutputs(desk);
    const [header, row] = parseCsv(out.csv.slice(1));
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('件名')).toBe(`'${HOSTILE.title}`);
    expect(cell('事業者名')).toBe(`'${HOSTILE.organisation}`);
    expect(cell('概要')).toBe(`'${HOSTILE.publicSummary}`);
    expect(cell('担当課')).toBe(`'${HOSTILE.department}`);
    // Leading white space (tab, CR) is trimmed from public fields; no cell starts with one.
    expect(cell('課題')).toBe('TAB');
    expect(cell('協定締結日')).toBe('');
    for (const r of parseCsv(out.csv.slice(1)))
      for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    const list = JSON.parse(out.json) as PublicList;
    expect(list.cases[0].title).toBe(HOSTILE.title);
    const [, sheetRow] = publicSheetRows(desk);
    expect(sheetRow[4]).toBe(HOSTILE.title);
    const model = desk.ws.spreadsheets.get(publicationProp(desk, 'sheetId'))!;
    expect(model.sheets[0].cell(2, 5)?.formula ?? '').toBe('');
  });
});

describe('consent on the form and the register fields', () => {
  test('the form asks a required 公開への同意 worded by 設定; the answer lands in the register', () => {
    const desk = newDesk();
    const form = desk.ws.forms.get(desk.formId)!;
    const item = form.items.find((i) => i.title === Q.publicationConsent)!;
    expect(item.required).toBe(true);
    expect(item.helpText).toContain('事業者名');
    expect(() => desk.host.submitForm(desk.formId, { [Q.title]: 'x' })).toThrow();
    publicCase(
      desk,
      '受付・内容確認',
      {},
      { [Q.publicationConsent]: PUBLICATION_CONSENT_CHOICES[1] },
    );
    const [row] = registerRecords(desk);
    expect(row['公開への同意']).toBe(PUBLICATION_CONSENT_CHOICES[1]);
    expect(row['公開可否']).toBe('未判断');
    expect(row['公開概要']).toBe('');
  });
});

describe('sharing, the daily trigger, and what is gone', () => {
  test('files are shared by link only when 設定 says so, and unshared when it stops', () => {
    const desk = newDesk();
    setPublicFolder(desk);
    publicCase(desk, '事業実施', publishable());
    refreshed(desk);
    const access = () =>
      ['csvId', 'jsonId', 'sheetId'].map(
        (k) => desk.ws.drive.get(publicationProp(desk, k as 'csvId'))!.sharing.access,
      );
    expect(access()).toEqual(['PRIVATE', 'PRIVATE', 'PRIVATE']);
    setPublicFolder(desk, true); // a new folder, shared
    refreshed(desk);
    expect(access()).toEqual(['ANYONE_WITH_LINK', 'ANYONE_WITH_LINK', 'ANYONE_WITH_LINK']);
    expect(liveFiles(desk, PUBLICATION_FILES.csv)).toHaveLength(2); // one per folder
    setSettingShare(desk, 'いいえ');
    refreshed(desk);
    expect(access()).toEqual(['PRIVATE', 'PRIVATE', 'PRIVATE']);
  });

  test('the hourly trigger regenerates once a day after the sweep hour, only when something changed', () => {
    const desk = newDesk();
    setPublicFolder(desk);
    // An imported row (no 受付経路): the hourly reconciliation leaves its typed status alone.
    const ref = publicCase(desk, '事業実施', { ...publishable(), source: '' });
    day(desk, '2026-05-12');
    expect(JSON.parse(cachedJson(desk)).cases).toHaveLength(1);
    const csvId = publicationProp(desk, 'csvId');
    const written = desk.ws.drive.get(csvId)!.lastUpdated.getTime();
    expect(publicationProp(desk, 'checkedOn')).toBe('2026-05-12');
    // The next day: nothing changed, nothing is written.
    day(desk, '2026-05-13');
    expect(publicationProp(desk, 'checkedOn')).toBe('2026-05-13');
    expect(desk.ws.drive.get(csvId)!.lastUpdated.getTime()).toBe(written);
    // A change is published the day after.
    setCellsOf(desk, ref.row, { publication: '非公開' });
    day(desk, '2026-05-14');
    expect(JSON.parse(cachedJson(desk)).cases).toHaveLength(0);
    expect(fileText(desk, csvId).split('\r\n').filter(Boolean)).toHaveLength(1);
  });

  test('a deleted file is made again; a Drive service error makes nothing and is reported', () => {
    const desk = newDesk();
    setPublicFolder(desk);
    publicCase(desk, '事業実施', publishable());
    refreshed(desk);
    const csvId = publicationProp(desk, 'csvId');
    desk.ws.drive.get(csvId)!.trashed = true;
    refreshed(desk);
    expect(publicationProp(desk, 'csvId')).not.toBe(csvId);
    expect(liveFiles(desk, PUBLICATION_FILES.csv)).toHaveLength(1);
    desk.ws.ledger.injectFailure('DriveApp.getFileById', 'Service error: Drive', 1);
    const alert = refreshed(desk);
    expect(alert.prompt).toContain('Service error: Drive');
    expect(liveFiles(desk, PUBLICATION_FILES.csv)).toHaveLength(1);
    expect(liveFiles(desk, PUBLICATION_FILES.json)).toHaveLength(1);
    expect(publicSpreadsheets(desk)).toHaveLength(1);
  });

  test('someone who is not desk staff is refused', () => {
    const desk = newDesk();
    const outcome = desk.host.clickMenu(
      desk.spreadsheetId,
      MENU.refreshPublication,
      'other@example.com',
    );
    expect(outcome.error).toBeFalsy();
    expect(desk.ws.ui.alerts.at(-1)!.prompt).toContain('other@example.com');
    expect(publicSpreadsheets(desk)).toHaveLength(0);
  });
});

function setSettingShare(desk: Desk, value: string) {
  setSetting(desk, '公開ファイルをリンクで共有', value);
}
function setCellsOf(desk: Desk, row: number, fields: Partial<Record<RegisterKey, unknown>>) {
  setCells(desk, row, fields);
}

/** The hourly trigger's day: recovery after midnight, the sweep at 8, the publication at 9. */
function day(desk: Desk, iso: string) {
  for (const hour of ['00', '08', '09']) {
    desk.ws.clock.set(`${iso}T${hour}:30:00+09:00`);
    for (const o of desk.host.runDueTimeTriggers()) if (o.error) throw o.error;
  }
}

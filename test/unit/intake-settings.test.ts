import {
  defaultSettings,
  isDeskStaff,
  SETTING_DEFINITIONS,
  settingRow,
  settingsFromRows,
  type Settings,
} from '../../src/domain/settings';
import { DEFAULT_CASE_NUMBER_FORMAT } from '../../src/domain/caseNumber';

// docs/domain.md「The notes to applicants」: contact defaults, editable in settings — from the
// guideline's last page: 青森市公民連携デスク（青森市 企画部 連携推進課）,
// 〒038-8505 青森県青森市柳川一丁目１－１ 柳川庁舎３階, 017-761-4154.
// docs/domain.md「Deadlines and reminders」: due times per status, configurable, with defaults.

const label = (key: keyof Settings): string => {
  const def = SETTING_DEFINITIONS.find((d) => d.key === key);
  if (!def) throw new Error(`no setting ${key}`);
  return def.label;
};

describe('defaultSettings', () => {
  const d = defaultSettings();

  it('desk name is the guideline’s 青森市公民連携デスク', () => {
    expect(d.deskName).toBe('青森市公民連携デスク');
  });

  it('department is 青森市 企画部 連携推進課 (guideline contact)', () => {
    expect(d.department).toBe('青森市 企画部 連携推進課');
  });

  it('address is the guideline’s, with its full-width numerals', () => {
    expect(d.address).toBe('〒038-8505 青森県青森市柳川一丁目１－１ 柳川庁舎３階');
  });

  it('phone is 017-761-4154 (guideline contact)', () => {
    expect(d.phone).toBe('017-761-4154');
  });

  it('deadline defaults follow docs/domain.md’s table (5/10/15/10/20 business days)', () => {
    expect([d.dueReceiptCheck, d.dueDialogueIdle, d.dueProposalReview, d.dueDecision]).toEqual([
      5, 10, 15, 10,
    ]);
    expect(d.dueAgreement).toBe(20);
  });

  it('PoC report: 30 calendar days after the end, reminded 7 days before (docs/domain.md)', () => {
    expect(d.pocReportDays).toBe(30);
    expect(d.pocReportReminderDays).toBe(7);
  });

  it('agreement renewal notice 60 days before its end (docs/domain.md)', () => {
    expect(d.agreementRenewalNoticeDays).toBe(60);
  });

  it('case numbers use the default format R7-0001', () => {
    expect(d.caseNumberFormat).toBe(DEFAULT_CASE_NUMBER_FORMAT);
  });

  it('sends receipts by default (docs/domain.md: an immediate receipt with a case number)', () => {
    expect(d.sendReceipts).toBe(true);
  });

  it('has no staff and no extra closures without an installer', () => {
    expect(d.staffEmails).toEqual([]);
    expect(d.extraClosures).toEqual([]);
  });

  it('the installer becomes the first desk staff member', () => {
    expect(defaultSettings('kikaku@city.aomori.lg.jp').staffEmails).toEqual([
      'kikaku@city.aomori.lg.jp',
    ]);
  });

  it('every definition has a distinct label and a description', () => {
    const labels = SETTING_DEFINITIONS.map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(SETTING_DEFINITIONS.every((s) => s.description.trim() !== '')).toBe(true);
  });

  it('every Settings key has exactly one definition (dueUnits is read with the due times)', () => {
    const keys = Object.keys(d).filter((k) => k !== 'dueUnits');
    expect(SETTING_DEFINITIONS.map((s) => s.key).sort()).toEqual(keys.sort());
  });
});

describe('settingsFromRows', () => {
  it('no rows gives the defaults', () => {
    expect(settingsFromRows([])).toEqual(defaultSettings());
  });

  it('unknown labels are ignored', () => {
    const s = settingsFromRows([
      ['存在しない項目', 'x'],
      ['', 'y'],
    ]);
    expect(s).toEqual(defaultSettings());
  });

  it('a text value replaces the default, trimmed', () => {
    expect(settingsFromRows([[label('phone'), ' 017-000-0000 ']]).phone).toBe('017-000-0000');
  });

  it('labels are matched after trimming', () => {
    expect(settingsFromRows([[` ${label('deskName')} `, '別の窓口']]).deskName).toBe('別の窓口');
  });

  it.each([
    ['an empty string', ''],
    ['spaces', '   '],
    ['null', null],
    ['undefined', undefined],
  ])('a blank value (%s) keeps the default', (_name, value) => {
    const s = settingsFromRows([
      [label('deskName'), value],
      [label('dueDecision'), value],
      [label('sendReceipts'), value],
      [label('staffEmails'), value],
    ]);
    expect(s).toEqual(defaultSettings());
  });

  it('a row with a label but no value column keeps the default', () => {
    expect(settingsFromRows([[label('address')]]).address).toBe(defaultSettings().address);
  });

  it('uses the defaults given, not the built-in ones, for blanks', () => {
    const base = defaultSettings('a@example.jp');
    expect(settingsFromRows([[label('staffEmails'), '']], base).staffEmails).toEqual([
      'a@example.jp',
    ]);
  });

  it('does not modify the defaults object it was given', () => {
    const base = defaultSettings();
    settingsFromRows([[label('deskName'), '別']], base);
    expect(base).toEqual(defaultSettings());
  });

  it('a list is split on commas', () => {
    expect(settingsFromRows([[label('staffEmails'), 'a@x.jp,b@x.jp']]).staffEmails).toEqual([
      'a@x.jp',
      'b@x.jp',
    ]);
  });

  it('a list is split on 、 and full-width commas', () => {
    expect(
      settingsFromRows([[label('staffEmails'), 'a@x.jp、b@x.jp，c@x.jp']]).staffEmails,
    ).toEqual(['a@x.jp', 'b@x.jp', 'c@x.jp']);
  });

  it('a list is split on spaces and newlines, and empty items are dropped', () => {
    expect(
      settingsFromRows([[label('extraClosures'), ' 2025-08-13 , ,2025-08-14\n2025-08-15  ']])
        .extraClosures,
    ).toEqual(['2025-08-13', '2025-08-14', '2025-08-15']);
  });

  it('a number cell is taken as is', () => {
    expect(settingsFromRows([[label('dueDecision'), 12]]).dueDecision).toBe(12);
  });

  it('a number typed as text is read, ignoring units', () => {
    expect(settingsFromRows([[label('dueAgreement'), '25営業日']]).dueAgreement).toBe(25);
    expect(settingsFromRows([[label('sweepHour'), ' 7 ']]).sweepHour).toBe(7);
  });

  it('zero is a valid number, not a blank', () => {
    expect(settingsFromRows([[label('sweepHour'), 0]]).sweepHour).toBe(0);
  });

  // Bug: settings.ts — `Number(text.replace(/[^\d.-]/g, ''))` turns a text with no digits into
  // Number('') === 0, which is finite, so the default is replaced by 0 (docstring: "blank or
  // broken values keep the default").
  test('a number setting with no digits at all (なし) keeps the default', () => {
    expect(settingsFromRows([[label('dueReceiptCheck'), 'なし']]).dueReceiptCheck).toBe(5);
  });

  it('a number setting that cannot be read as a number (just "-") keeps the default', () => {
    expect(settingsFromRows([[label('dueReceiptCheck'), '-']]).dueReceiptCheck).toBe(5);
  });

  it('はい turns a boolean on', () => {
    const off = { ...defaultSettings(), sendReceipts: false };
    expect(settingsFromRows([[label('sendReceipts'), 'はい']], off).sendReceipts).toBe(true);
  });

  it('いいえ turns a boolean off', () => {
    expect(settingsFromRows([[label('sendReceipts'), 'いいえ']]).sendReceipts).toBe(false);
  });

  it.each(['true', 'TRUE', 'yes', '1', 'する', 'on'])('%s also means on', (word) => {
    const off = { ...defaultSettings(), sendReceipts: false };
    expect(settingsFromRows([[label('sendReceipts'), word]], off).sendReceipts).toBe(true);
  });

  it('a checkbox (boolean cell) is taken as is', () => {
    expect(settingsFromRows([[label('sendReceipts'), false]]).sendReceipts).toBe(false);
    const off = { ...defaultSettings(), sendReceipts: false };
    expect(settingsFromRows([[label('sendReceipts'), true]], off).sendReceipts).toBe(true);
  });

  it('the case-number format is read as text', () => {
    expect(
      settingsFromRows([[label('caseNumberFormat'), '{西暦年度}-{連番:3}']]).caseNumberFormat,
    ).toBe('{西暦年度}-{連番:3}');
  });

  it('reads back what settingRow writes (round trip of the defaults with staff)', () => {
    const s: Settings = {
      ...defaultSettings('a@x.jp'),
      staffEmails: ['a@x.jp', 'b@x.jp'],
      extraClosures: ['2025-08-13'],
      sendReceipts: false,
    };
    const rows = SETTING_DEFINITIONS.map((def) => settingRow(def, s));
    expect(settingsFromRows(rows)).toEqual(s);
  });
});

describe('settingRow', () => {
  const s = defaultSettings('a@x.jp');
  const def = (key: keyof Settings) => SETTING_DEFINITIONS.find((d) => d.key === key)!;

  it('writes label, value and description', () => {
    expect(settingRow(def('phone'), s)).toEqual([
      label('phone'),
      '017-761-4154',
      def('phone').description,
    ]);
  });

  it('writes booleans as はい/いいえ', () => {
    expect(settingRow(def('sendReceipts'), s)[1]).toBe('はい');
    expect(settingRow(def('sendReceipts'), { ...s, sendReceipts: false })[1]).toBe('いいえ');
  });

  it('writes lists comma-separated', () => {
    expect(settingRow(def('staffEmails'), { ...s, staffEmails: ['a@x.jp', 'b@x.jp'] })[1]).toBe(
      'a@x.jp, b@x.jp',
    );
  });
});

describe('isDeskStaff', () => {
  const s: Settings = { ...defaultSettings(), staffEmails: ['Kikaku@City.Aomori.lg.jp', 'b@x.jp'] };

  it('is true for a listed address', () => {
    expect(isDeskStaff(s, 'b@x.jp')).toBe(true);
  });

  it('ignores case on both sides', () => {
    expect(isDeskStaff(s, 'kikaku@city.aomori.lg.jp')).toBe(true);
    expect(isDeskStaff(s, 'KIKAKU@CITY.AOMORI.LG.JP')).toBe(true);
  });

  it('ignores surrounding spaces in the address asked about', () => {
    expect(isDeskStaff(s, '  b@x.jp ')).toBe(true);
  });

  it('is false for an address not listed', () => {
    expect(isDeskStaff(s, 'someone@example.jp')).toBe(false);
  });

  it('is never true for an empty email (Session.getActiveUser may return "")', () => {
    expect(isDeskStaff(s, '')).toBe(false);
    expect(isDeskStaff(s, '   ')).toBe(false);
  });

  it('is never true for an empty email even if the list holds an empty entry', () => {
    expect(isDeskStaff({ ...s, staffEmails: [''] }, '')).toBe(false);
  });

  it('is false for everyone when no staff is configured', () => {
    expect(isDeskStaff(defaultSettings(), 'a@x.jp')).toBe(false);
  });
});

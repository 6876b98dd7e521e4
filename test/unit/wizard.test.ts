import {
  changedSettingKeys,
  isPhone,
  isTimeZoneId,
  mergeDepartmentRows,
  normalizeWizardInput,
  validateWizardInput,
  WizardInput,
  wizardInputFrom,
} from '../../src/domain/wizard';
import { defaultSettings } from '../../src/domain/settings';

const ME = 'desk@city.minato.example.lg.jp';

function minato(overrides: Partial<WizardInput> = {}): WizardInput {
  return normalizeWizardInput({
    cityName: 'みなと市',
    deskName: 'みなと市公民連携窓口',
    department: 'みなと市 政策部 協働推進課',
    address: '〒100-0001 みなと市港町1-1',
    phone: '012-345-6789',
    deskEmail: 'ppp@city.minato.example.lg.jp',
    staffEmails: `${ME}\nsub@city.minato.example.lg.jp`,
    departments: [{ name: '港湾課', email: 'kowan@city.minato.example.lg.jp', person: '海野' }],
    mayorTitle: 'みなと市長',
    mayorName: '港 一郎',
    cityAddress: 'みなと市港町1-1',
    caseNumberFormat: 'MN{西暦年度}-{連番:3}',
    replyNumberFormat: 'み連第{連番}号',
    timeZone: 'Asia/Tokyo',
    ...overrides,
  });
}

const fields = (input: WizardInput, user = ME) =>
  validateWizardInput(input, user).map((p) => p.field);

describe('wizard answers', () => {
  test('a complete city passes', () => {
    expect(validateWizardInput(minato(), ME)).toEqual([]);
  });

  test('every required field blank is named in Japanese', () => {
    const problems = validateWizardInput(
      minato({ cityName: '', deskName: ' ', phone: '', caseNumberFormat: '', mayorTitle: '' }),
      ME,
    );
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['cityName', 'deskName', 'phone', 'caseNumberFormat', 'mayorTitle']),
    );
    expect(problems.find((p) => p.field === 'cityName')!.message).toBe(
      '「自治体名」を入力してください。',
    );
  });

  test.each([
    ['017-761-4154', true],
    ['０１７－７６１－４１５４', true],
    ['03(1234)5678', true],
    ['090-1234-5678', true],
    ['+81-3-1234-5678', true],
    ['1234', false],
    ['017-761-415a', false],
    ['017--761-4154', false],
  ])('phone %s → %s', (phone, ok) => {
    expect(isPhone(phone)).toBe(ok);
    expect(fields(minato({ phone })).includes('phone')).toBe(!ok);
  });

  test('emails: the desk address, each staff address and each department address are checked', () => {
    expect(fields(minato({ deskEmail: 'not-an-email' }))).toEqual(['deskEmail']);
    const staff = validateWizardInput(minato({ staffEmails: `${ME}, broken@` }), ME);
    expect(staff).toEqual([
      { field: 'staffEmails', message: 'メールアドレスの形式ではありません: broken@' },
    ]);
    const departments = fields(
      minato({ departments: [{ name: '港湾課', email: 'kowan', person: '' }] }),
    );
    expect(departments).toEqual(['departments.0.email']);
  });

  test('the person running the wizard must stay in the staff list', () => {
    const problems = validateWizardInput(minato({ staffEmails: 'other@city.example.jp' }), ME);
    expect(problems[0].field).toBe('staffEmails');
    expect(problems[0].message).toContain(ME);
  });

  test('a case-number format without a sequence or a year is refused with the reason', () => {
    const problems = validateWizardInput(minato({ caseNumberFormat: 'MN-{連番:3}' }), ME);
    expect(problems).toEqual([
      {
        field: 'caseNumberFormat',
        message: '案件番号の書式に {年度} または {西暦年度} がありません: MN-{連番:3}',
      },
    ]);
    expect(fields(minato({ replyNumberFormat: 'み連第号' }))).toEqual(['replyNumberFormat']);
  });

  test('time zones: IANA ids the runtime knows', () => {
    expect(isTimeZoneId('Asia/Tokyo')).toBe(true);
    expect(isTimeZoneId('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZoneId('UTC')).toBe(true);
    expect(isTimeZoneId('Asia/Minato')).toBe(false);
    expect(isTimeZoneId('JST')).toBe(false);
    expect(isTimeZoneId('+09:00')).toBe(false);
    expect(fields(minato({ timeZone: 'Tokyo' }))).toEqual(['timeZone']);
  });

  test('a blank time zone becomes Asia/Tokyo', () => {
    expect(minato({ timeZone: '' }).timeZone).toBe('Asia/Tokyo');
  });

  test('departments: a blank name, a name twice and a missing address are each named', () => {
    const input = minato({
      departments: [
        { name: '', email: 'a@city.example.jp', person: '' },
        { name: '港湾課', email: 'kowan@city.example.jp', person: '' },
        { name: '港湾課', email: '', person: '' },
      ],
    });
    expect(fields(input)).toEqual([
      'departments.0.name',
      'departments.2.name',
      'departments.2.email',
    ]);
  });

  test('anything but text from the page is dropped', () => {
    const input = normalizeWizardInput({ cityName: 3, departments: 'x', staffEmails: ['a'] });
    expect(input.cityName).toBe('');
    expect(input.departments).toEqual([]);
    expect(input.staffEmails).toBe('');
  });
});

describe('a second run changes only what changed', () => {
  test('the settings the answers change, and none when they are the same', () => {
    const current = defaultSettings(ME);
    const same = wizardInputFrom(current, []);
    expect(changedSettingKeys(current, same)).toEqual([]);
    expect(changedSettingKeys(current, { ...same, phone: '012-345-6789' })).toEqual(['phone']);
    expect(changedSettingKeys(current, { ...same, staffEmails: `${ME}\n${ME}x` })).toEqual([
      'staffEmails',
    ]);
  });

  test('departments merge by name: kept, updated, appended; same answers change nothing', () => {
    const rows = [
      ['港湾課', 'old@city.example.jp', '', '備考あり'],
      ['観光課', 'kanko@city.example.jp', '観光 花子', ''],
    ];
    const merged = mergeDepartmentRows(rows, [
      { name: '港湾課', email: 'kowan@city.example.jp', person: '海野' },
      { name: '水道課', email: 'suido@city.example.jp', person: '' },
    ]);
    expect(merged.changed).toBe(true);
    expect(merged.rows).toEqual([
      ['港湾課', 'kowan@city.example.jp', '海野', '備考あり'],
      ['観光課', 'kanko@city.example.jp', '観光 花子', ''],
      ['水道課', 'suido@city.example.jp', '', ''],
    ]);
    const again = mergeDepartmentRows(merged.rows, [
      { name: '港湾課', email: 'kowan@city.example.jp', person: '海野' },
    ]);
    expect(again.changed).toBe(false);
  });

  test('departments merge into the columns found by header, keeping a column staff inserted', () => {
    const rows = [['港湾課', '1234', 'old@city.example.jp', '', '']];
    const columns = { name: 0, email: 2, person: 3 };
    const merged = mergeDepartmentRows(
      rows,
      [
        { name: '港湾課', email: 'kowan@city.example.jp', person: '海野' },
        { name: '水道課', email: 'suido@city.example.jp', person: '' },
      ],
      5,
      columns,
    );
    expect(merged.rows).toEqual([
      ['港湾課', '1234', 'kowan@city.example.jp', '海野', ''],
      ['水道課', '', 'suido@city.example.jp', '', ''],
    ]);
  });
});

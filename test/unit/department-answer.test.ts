import {
  answerFromNamed,
  hmacSha256,
  judgeAnswer,
  normalizeCode,
  sha256,
  toHex,
  utf8,
  verificationCode,
} from '../../src/domain/departmentAnswer';
import { caseRecordFromRow } from '../../src/domain/workflow';
import { REGISTER_COLUMNS } from '../../src/domain/register';
import { DEPT_Q } from '../../src/strings/departmentAnswer';
import { createHash, createHmac } from 'crypto';

const SECRET = 'K7Q2MXABCDEFGHJKMNPQRSTUVWXYZ23456789ABC';

function record(fields: Partial<Record<(typeof REGISTER_COLUMNS)[number], unknown>>) {
  return caseRecordFromRow(REGISTER_COLUMNS.map((k) => fields[k] ?? ''));
}

const pending = () =>
  record({
    caseNumber: 'R8-0001',
    status: '対話・調整',
    department: '道路維持課',
    departmentDue: new Date('2026-05-29T00:00:00+09:00'),
  });

const answer = (code: string, extra = {}) => ({
  caseNumber: 'R8-0001',
  code,
  rowHint: 2,
  answer: '条件付きで可',
  comment: '予算化が前提',
  answerer: '雪谷',
  respondent: '',
  ...extra,
});

describe('SHA-256 and HMAC in plain JS', () => {
  test.each([
    ['empty', ''],
    ['ascii', 'abc'],
    ['Japanese', '公民連携デスク'],
    ['several blocks', 'x'.repeat(1000)],
  ])('sha256 of %s text matches node', (_label, text) => {
    expect(toHex(sha256(utf8(text)))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
  test('HMAC matches node, with short and long keys', () => {
    for (const key of ['key', 'k'.repeat(100)]) {
      expect(toHex(hmacSha256(key, 'R8-0001|道路維持課'))).toBe(
        createHmac('sha256', key).update('R8-0001|道路維持課', 'utf8').digest('hex'),
      );
    }
  });
});

describe('the verification code', () => {
  const facts = { caseNumber: 'R8-0001', department: '道路維持課', due: '2026-05-29' };
  test('six unambiguous characters, stable for one hand-off', () => {
    const code = verificationCode(SECRET, facts);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(verificationCode(SECRET, facts)).toBe(code);
  });
  test('changes with the department, the due date, the case and the secret', () => {
    const code = verificationCode(SECRET, facts);
    expect(verificationCode(SECRET, { ...facts, department: '観光課' })).not.toBe(code);
    expect(verificationCode(SECRET, { ...facts, due: '2026-06-05' })).not.toBe(code);
    expect(verificationCode(SECRET, { ...facts, caseNumber: 'R8-0002' })).not.toBe(code);
    expect(verificationCode(`${SECRET}x`, facts)).not.toBe(code);
  });
  test('typing is forgiven: full width, lower case, spaces', () => {
    expect(normalizeCode(' ｇｂ5-x7b ')).toBe('GB5X7B');
  });
});

describe('judging an answer', () => {
  const code = verificationCode(SECRET, {
    caseNumber: 'R8-0001',
    department: '道路維持課',
    due: '2026-05-29',
  });
  test('the right code on a pending hand-off is recorded', () => {
    const j = judgeAnswer(pending(), answer(code.toLowerCase()), SECRET, '', false);
    expect(j).toEqual({
      ok: true,
      text: '条件付きで可: 予算化が前提（雪谷）',
      note: '担当課回答：道路維持課／条件付きで可',
    });
  });
  test.each([
    ['an unknown case', null, code, '見つかりません'],
    ['a wrong code', pending(), 'ZZZZZZ', '確認コードが一致しません'],
    [
      'an answered hand-off',
      record({ caseNumber: 'R8-0001', department: '道路維持課' }),
      code,
      '照会中ではありません',
    ],
    [
      'a closed case',
      record({
        caseNumber: 'R8-0001',
        status: '取下げ',
        department: '道路維持課',
        departmentDue: '2026-05-29',
      }),
      code,
      '終了しています',
    ],
  ])('%s is refused', (_label, rec, given, reason) => {
    const j = judgeAnswer(rec, answer(given), SECRET, '', false);
    expect(j.ok).toBe(false);
    expect(j.ok ? '' : j.reason).toContain(reason);
  });
  test('a choice outside the form is refused', () => {
    const j = judgeAnswer(pending(), answer(code, { answer: 'はい' }), SECRET, '', false);
    expect(j.ok ? '' : j.reason).toContain('選択肢にありません');
  });
  test('with a city domain, a collected address of another domain is refused', () => {
    const other = answer(code, { respondent: 'someone@gmail.com' });
    expect(judgeAnswer(pending(), other, SECRET, 'city.aomori.example.lg.jp', true).ok).toBe(false);
    const own = answer(code, { respondent: 'douro@city.aomori.example.lg.jp' });
    expect(judgeAnswer(pending(), own, SECRET, 'city.aomori.example.lg.jp', true).ok).toBe(true);
  });
  test('answers are read by question title, the collected email whatever its locale', () => {
    const a = answerFromNamed(
      {
        [DEPT_Q.caseNumber]: ['ｒ８-0001'],
        [DEPT_Q.code]: ['GB5X7B'],
        [DEPT_Q.reference]: ['12'],
        [DEPT_Q.answer]: ['対応可'],
        'Email Address': ['douro@city.aomori.example.lg.jp'],
      },
      DEPT_Q,
      ['メールアドレス', 'Email Address'],
    );
    expect(a).toMatchObject({
      caseNumber: 'R8-0001',
      rowHint: 12,
      answer: '対応可',
      comment: '',
      respondent: 'douro@city.aomori.example.lg.jp',
    });
  });
});

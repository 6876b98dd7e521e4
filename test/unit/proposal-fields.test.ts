/**
 * The field table drives the proposal (issue 11 part 3): the form's items, the reading of a
 * response, the register row's proposal part, the 事前相談 dialog and the disclosure's personal
 * fields all come from src/domain/proposalFields.ts — so a new question is the table + strings.
 */
import {
  formItems,
  personalColumns,
  preConsultationFields,
  PROPOSAL_FIELDS,
  ProposalFieldSpec,
  ProposalFieldTable,
  publicFieldKeys,
} from '../../src/domain/proposalFields';
import { blankProposal, proposalFromNamedValues } from '../../src/domain/proposal';
import { newCaseRow, REGISTER_COLUMNS, registerColumn } from '../../src/domain/register';
import { screen } from '../../src/domain/screening';
import { PRIVATE_FIELDS } from '../../src/domain/disclosure';
import { CELL_CHARACTER_LIMIT } from '../../src/domain/cellText';
import {
  CHOICES,
  FORM,
  LONG_TEXT_NOTE,
  PUBLICATION_CONSENT_CHOICES,
  Q,
  REVIEW,
} from '../../src/strings';
import { PRE_CONSULTATION } from '../../src/strings/sidebar';
import { proposalRecord } from '../support/proposalRecord';

const CONTEXT = { challenges: ['除雪の見える化', '空き家の活用'], publicationHelp: '公開の説明' };
const AT = new Date('2026-05-11T00:00:00Z');

/** A hypothetical new question, 「従業員数」, placed after 代表者 — written only here. */
const EMPLOYEES: ProposalFieldSpec = {
  key: 'employees',
  title: '従業員数',
  kind: 'text',
  help: '常時雇用する従業員の数をご記入ください。',
  validation: { kind: 'pattern', pattern: '^[0-9]+$', message: '半角数字でご入力ください。' },
  required: false,
  column: 'employees',
  longText: true,
  personal: true,
  preConsultation: { required: false },
};
const WITH_EMPLOYEES: ProposalFieldTable = [
  ...PROPOSAL_FIELDS.slice(0, 3),
  EMPLOYEES,
  ...PROPOSAL_FIELDS.slice(3),
];

function caseOf(proposal: ReturnType<typeof blankProposal>) {
  return {
    caseNumber: 'R8-0001',
    proposal,
    screening: screen(proposal),
    source: 'フォーム',
    responseKey: 'k1',
  };
}

describe('the field table', () => {
  test('holds every question title of the form once, in form order', () => {
    const titles = PROPOSAL_FIELDS.map((f) => f.title);
    expect(titles).toEqual(Object.values(Q));
    expect(new Set(PROPOSAL_FIELDS.map((f) => f.key)).size).toBe(PROPOSAL_FIELDS.length);
  });

  test('maps each field to its own register column', () => {
    const columns = PROPOSAL_FIELDS.map((f) => f.column);
    expect(new Set(columns).size).toBe(columns.length);
    for (const c of columns) expect(REGISTER_COLUMNS).toContain(c);
    expect(PROPOSAL_FIELDS.find((f) => f.key === 'method')?.column).toBe('track');
  });

  test('says what is personal (the disclosure masks it whole) and what may be public', () => {
    expect(personalColumns()).toEqual(['name', 'email', 'phone']);
    expect(PRIVATE_FIELDS).toEqual(personalColumns());
    // The public list's proposal fields (src/domain/publication.ts PublicCase).
    expect(publicFieldKeys()).toEqual(['organisation', 'title', 'challenge', 'method']);
  });

  test('a blank proposal has exactly the table keys, all answered ""', () => {
    const p = blankProposal(AT, 'ts') as unknown as Record<string, unknown>;
    for (const f of PROPOSAL_FIELDS) expect(p[f.key]).toBe('');
    expect(Object.keys(p).sort()).toEqual(
      [
        ...PROPOSAL_FIELDS.map((f) => f.key),
        'submittedAt',
        'timestampText',
        'unknownQuestions',
      ].sort(),
    );
  });
});

describe('form items from the table', () => {
  const items = formItems(CONTEXT);

  test('one item per field in table order, the 留意事項 header just before the consent', () => {
    const titles = items.map((i) => i.title);
    const consent = titles.indexOf(Q.consent);
    expect(titles[consent - 1]).toBe(FORM.notesHeader);
    expect(items[consent - 1]).toMatchObject({ kind: 'section', help: FORM.notesHelp() });
    expect(titles.filter((t) => t !== FORM.notesHeader)).toEqual(Object.values(Q));
  });

  test('kinds, required flags, help, choices and validation as the form asks them', () => {
    const item = (title: string) => items.find((i) => i.title === title);
    expect(item(Q.email)).toMatchObject({
      kind: 'text',
      required: true,
      help: FORM.emailHelp,
      validation: { kind: 'email', message: FORM.emailInvalid },
    });
    expect(item(Q.phone)?.validation).toMatchObject({
      kind: 'pattern',
      message: FORM.phoneInvalid,
    });
    expect(item(Q.content)).toMatchObject({ kind: 'paragraph', required: true });
    expect(item(Q.roles)).toMatchObject({
      kind: 'checkbox',
      required: false,
      choices: CHOICES.roles,
    });
    expect(item(Q.periodStart)).toMatchObject({ kind: 'date', required: false, help: '' });
    expect(item(Q.consent)?.choices).toEqual([CHOICES.consent]);
    expect(item(Q.challenge)).toMatchObject({ kind: 'list', choices: CONTEXT.challenges });
    expect(item(Q.publicationConsent)).toMatchObject({
      help: CONTEXT.publicationHelp,
      choices: PUBLICATION_CONSENT_CHOICES,
    });
    expect(items.filter((i) => i.addedLater).map((i) => i.title)).toEqual([
      Q.address,
      Q.representative,
      Q.publicationConsent,
    ]);
  });

  test('with no open challenge the list says so', () => {
    const challenge = formItems({ challenges: [], publicationHelp: '' }).find(
      (i) => i.field === 'challenge',
    );
    expect(challenge?.choices).toEqual([FORM.noChallenges]);
  });
});

describe('事前相談 fields from the table', () => {
  test('the dialog asks the fields the table marks, in form order, with their labels', () => {
    const asked = preConsultationFields();
    expect(asked.map((f) => f.key)).toEqual(
      PROPOSAL_FIELDS.filter((f) => 'preConsultation' in f).map((f) => f.key),
    );
    const field = (key: string) => asked.find((f) => f.key === key);
    expect(field('organisation')).toMatchObject({ label: Q.organisation, required: true });
    expect(field('applicantType')).toMatchObject({
      required: true,
      control: 'select',
      choices: CHOICES.applicantType,
    });
    expect(field('name')).toMatchObject({ label: Q.name, required: true, control: 'text' });
    expect(field('email')).toMatchObject({ required: false, control: 'email' });
    expect(field('phone')).toMatchObject({ required: false, control: 'tel' });
    expect(field('title')).toMatchObject({ required: true, maxLength: 500 });
    expect(field('method')).toMatchObject({ required: true, choices: CHOICES.method });
    expect(field('content')).toMatchObject({
      label: PRE_CONSULTATION.content,
      required: false,
      control: 'textarea',
    });
  });
});

describe('adding a field = the table + strings', () => {
  const named = (extra: Record<string, string[]>) => ({
    [Q.organisation]: ['株式会社あおもりテック'],
    [Q.title]: ['除雪の見える化'],
    ...extra,
  });

  test('the parser reads the new question by its title (the real table calls it unknown)', () => {
    const p = proposalFromNamedValues(named({ 従業員数: ['120'] }), 'ts', AT, WITH_EMPLOYEES);
    expect((p as unknown as Record<string, unknown>).employees).toBe('120');
    expect(p.unknownQuestions).toEqual([]);
    const real = proposalFromNamedValues(named({ 従業員数: ['120'] }), 'ts', AT);
    expect(real.unknownQuestions).toEqual(['従業員数']);
    expect((real as unknown as Record<string, unknown>).employees).toBeUndefined();
  });

  test('the register row fills the new column, a long answer kept whole under its title', () => {
    const p = proposalFromNamedValues(named({ 従業員数: ['120'] }), 'ts', AT, WITH_EMPLOYEES);
    expect(newCaseRow(caseOf(p), WITH_EMPLOYEES).values.employees).toBe("'120");
    expect(newCaseRow(caseOf(p)).values.employees).toBeUndefined();

    const long = '1'.repeat(CELL_CHARACTER_LIMIT);
    const q = proposalFromNamedValues(named({ 従業員数: [long] }), 'ts', AT, WITH_EMPLOYEES);
    const built = newCaseRow(caseOf(q), WITH_EMPLOYEES);
    expect(built.longTexts).toEqual([{ caseNumber: 'R8-0001', field: '従業員数', text: long }]);
    expect(built.reasons).toContain(REVIEW.longText('従業員数'));
    expect(String(built.values.employees)).toContain(LONG_TEXT_NOTE(long.length));
    // The rest of the row is unchanged by the new field.
    const plain = newCaseRow(caseOf(p));
    expect(newCaseRow(caseOf(p), WITH_EMPLOYEES).row).toEqual(plain.row);
  });

  test('the form gets the new item, in its place, with its help and validation', () => {
    const titles = formItems(CONTEXT, WITH_EMPLOYEES).map((i) => i.title);
    expect(titles.slice(0, 5)).toEqual([
      Q.organisation,
      Q.address,
      Q.representative,
      '従業員数',
      Q.applicantType,
    ]);
    expect(formItems(CONTEXT, WITH_EMPLOYEES)[3]).toEqual({
      kind: 'text',
      title: '従業員数',
      help: EMPLOYEES.help,
      required: false,
      validation: EMPLOYEES.validation,
      field: 'employees',
      addedLater: false,
    });
  });

  test('事前相談 asks it and the disclosure masks it when the table says so', () => {
    expect(preConsultationFields(WITH_EMPLOYEES).map((f) => f.key)).toContain('employees');
    expect(personalColumns(WITH_EMPLOYEES)).toEqual(['employees', 'name', 'email', 'phone']);
  });
});

describe('the register row is the one the fields wrote before the table', () => {
  test('each proposal answer lands in its column as text', () => {
    const p = proposalRecord({ address: '青森市新町1-1', representative: '代表取締役 青森 一郎' });
    const { row } = newCaseRow(caseOf(p));
    const cell = (key: (typeof REGISTER_COLUMNS)[number]) => row[registerColumn(key) - 1];
    expect(cell('track')).toBe(`'${p.method}`);
    expect(cell('organisation')).toBe(`'${p.organisation}`);
    expect(cell('address')).toBe("'青森市新町1-1");
    expect(cell('representative')).toBe("'代表取締役 青森 一郎");
    expect(cell('publicationConsent')).toBe('');
    expect(cell('periodStart')).toBe(`'${p.periodStart}`);
    expect(cell('consent')).toBe(`'${CHOICES.consent}`);
  });
});

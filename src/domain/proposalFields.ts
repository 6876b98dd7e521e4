/**
 * The proposal's fields in one table (issue 11 part 3): each question of the proposal form with
 * its title, help text, item kind, choices, validation, whether it must be answered, the register
 * column it fills, whether a long answer is kept whole in 長文保管, whether it is public or
 * personal, and whether the desk asks it when it registers a 事前相談.
 *
 * Everything else derives from this table: the `Proposal` type (src/domain/proposal.ts), the
 * form's items in this order (src/adapters/proposalForm.ts), the reading of a response by
 * question title, the proposal part of a register row (src/domain/register.ts) and the 事前相談
 * dialog and request (src/ui/preConsultation.ts, src/app/workflow/preConsultation.ts). A new
 * question = one entry here + its texts in src/strings.ts (Q, FORM, REGISTER_HEADERS).
 *
 * Pure: no Google service. The texts come from the strings files.
 */
import { CHOICES, FORM, PUBLICATION_CONSENT_CHOICES, Q } from '../strings';
import { PRE_CONSULTATION } from '../strings/sidebar';
import type { RegisterKey } from './register';

/** How the form asks the question (one Forms item type each). */
export type FieldKind = 'text' | 'paragraph' | 'multipleChoice' | 'checkbox' | 'list' | 'date';

/**
 * The form's own check of a typed answer. The pattern is the one the screening applies to
 * answers that bypass the form (src/domain/screening.ts).
 */
export type FieldValidation =
  { kind: 'email'; message: string } | { kind: 'pattern'; pattern: string; message: string };

/** What the form builder knows only at build time (設定 and 課題一覧). */
export interface FormContext {
  /** The open challenges (課題一覧, 状態 募集中). */
  challenges: readonly string[];
  /** 設定「公開への同意（フォームの説明）」. */
  publicationHelp: string;
}

export interface ProposalFieldSpec<Column extends string = string> {
  /** The Proposal property. */
  key: string;
  /** The question title (src/strings.ts Q); answers are read by it. */
  title: string;
  kind: FieldKind;
  /** Help text under the title; a function when 設定 words it. '' when none. */
  help?: string | ((ctx: FormContext) => string);
  /** Choices of a choice item; a function when they come from a sheet. */
  choices?: readonly string[] | ((ctx: FormContext) => readonly string[]);
  validation?: FieldValidation;
  /** The form refuses to submit without an answer. */
  required: boolean;
  /** The register column the answer is written to. */
  column: Column;
  /**
   * A free text that may exceed one cell: too long, it is kept whole in 長文保管 under its title
   * and the cell holds a note and the beginning (docs/features.md).
   */
  longText: boolean;
  /** Copied into the public list once the case is published (src/domain/publication.ts). */
  public?: boolean;
  /** Masked whole in the disclosure file's record table (src/domain/disclosure.ts). */
  personal?: boolean;
  /**
   * A question added after desks were in use: a response from an older form has no answer (the
   * Proposal property is optional), and a form being upgraded gets it moved to its place here.
   */
  addedLater?: boolean;
  /** A section header the form shows just before this question. */
  sectionBefore?: { title: string; help: () => string };
  /** Asked by the 事前相談 dialog: `required` there (and by the server), its own label if any. */
  preConsultation?: { required: boolean; maxLength?: number; label?: string };
}

// Half- or full-width digits, an optional leading +, single separators between digit groups.
export const PHONE_PATTERN = '^\\+?[0-9０-９]+([-－‐ー（）() ]?[0-9０-９]+)*$';

/** The proposal form's questions, in form order. */
export const PROPOSAL_FIELDS = [
  {
    key: 'organisation',
    title: Q.organisation,
    kind: 'text',
    required: true,
    column: 'organisation',
    longText: true,
    public: true,
    preConsultation: { required: true, maxLength: 500 },
  },
  // 所在地 is asked of everyone (an agreement names it); 代表者 may be blank for a sole
  // proprietor, and the reply letter then goes to the contact person (docs/placeholders.md).
  {
    key: 'address',
    title: Q.address,
    kind: 'text',
    help: FORM.addressHelp,
    required: true,
    column: 'address',
    longText: true,
    addedLater: true,
    // 事前相談 (issue 12): asked, not required — a first call may not give it yet.
    preConsultation: { required: false, maxLength: 500 },
  },
  {
    key: 'representative',
    title: Q.representative,
    kind: 'text',
    help: FORM.representativeHelp,
    required: false,
    column: 'representative',
    longText: true,
    addedLater: true,
    preConsultation: { required: false, maxLength: 200 },
  },
  {
    key: 'applicantType',
    title: Q.applicantType,
    kind: 'multipleChoice',
    help: FORM.applicantTypeHelp,
    choices: CHOICES.applicantType,
    required: true,
    column: 'applicantType',
    longText: false,
    preConsultation: { required: true, maxLength: 100 },
  },
  {
    key: 'name',
    title: Q.name,
    kind: 'text',
    required: true,
    column: 'name',
    longText: true,
    personal: true,
    preConsultation: { required: true },
  },
  {
    key: 'email',
    title: Q.email,
    kind: 'text',
    help: FORM.emailHelp,
    validation: { kind: 'email', message: FORM.emailInvalid },
    required: true,
    column: 'email',
    longText: true,
    personal: true,
    preConsultation: { required: false },
  },
  {
    key: 'phone',
    title: Q.phone,
    kind: 'text',
    help: FORM.phoneHelp,
    validation: { kind: 'pattern', pattern: PHONE_PATTERN, message: FORM.phoneInvalid },
    required: true,
    column: 'phone',
    longText: true,
    personal: true,
    preConsultation: { required: false },
  },
  {
    key: 'title',
    title: Q.title,
    kind: 'text',
    required: true,
    column: 'title',
    longText: true,
    public: true,
    preConsultation: { required: true, maxLength: 500 },
  },
  {
    key: 'proposalKind',
    title: Q.proposalKind,
    kind: 'multipleChoice',
    choices: CHOICES.proposalKind,
    required: true,
    column: 'proposalKind',
    longText: false,
  },
  {
    key: 'challenge',
    title: Q.challenge,
    kind: 'list',
    help: FORM.challengeHelp,
    choices: (ctx) => (ctx.challenges.length ? ctx.challenges : [FORM.noChallenges]),
    required: false,
    column: 'challenge',
    longText: true,
    public: true,
  },
  {
    key: 'method',
    title: Q.method,
    kind: 'multipleChoice',
    choices: CHOICES.method,
    required: true,
    column: 'track',
    longText: false,
    public: true,
    preConsultation: { required: true, maxLength: 100 },
  },
  {
    key: 'content',
    title: Q.content,
    kind: 'paragraph',
    help: FORM.contentHelp,
    required: true,
    column: 'content',
    longText: true,
    preConsultation: { required: false, label: PRE_CONSULTATION.content },
  },
  {
    key: 'roles',
    title: Q.roles,
    kind: 'checkbox',
    choices: CHOICES.roles,
    required: false,
    column: 'roles',
    longText: true,
  },
  {
    key: 'periodStart',
    title: Q.periodStart,
    kind: 'date',
    required: false,
    column: 'periodStart',
    longText: false,
  },
  {
    key: 'periodEnd',
    title: Q.periodEnd,
    kind: 'date',
    required: false,
    column: 'periodEnd',
    longText: false,
  },
  {
    key: 'personalData',
    title: Q.personalData,
    kind: 'multipleChoice',
    choices: CHOICES.personalData,
    required: true,
    column: 'personalData',
    longText: false,
  },
  {
    key: 'preConsultation',
    title: Q.preConsultation,
    kind: 'multipleChoice',
    choices: CHOICES.preConsultation,
    required: true,
    column: 'preConsultation',
    longText: false,
  },
  {
    key: 'attachments',
    title: Q.attachments,
    kind: 'text',
    help: FORM.attachmentsHelp,
    required: false,
    column: 'attachments',
    longText: true,
  },
  {
    key: 'consent',
    title: Q.consent,
    kind: 'checkbox',
    choices: [CHOICES.consent],
    required: true,
    column: 'consent',
    longText: false,
    sectionBefore: { title: FORM.notesHeader, help: FORM.notesHelp },
  },
  // Issue 13: asked before submission, worded by 設定「公開への同意（フォームの説明）」.
  {
    key: 'publicationConsent',
    title: Q.publicationConsent,
    kind: 'multipleChoice',
    help: (ctx) => ctx.publicationHelp,
    choices: PUBLICATION_CONSENT_CHOICES,
    required: true,
    column: 'publicationConsent',
    longText: false,
    addedLater: true,
  },
] as const satisfies readonly ProposalFieldSpec<RegisterKey>[];

export type ProposalFieldTable = readonly ProposalFieldSpec[];
type Field = (typeof PROPOSAL_FIELDS)[number];
export type ProposalFieldKey = Field['key'];
/** The register columns the proposal fills (the rest of a row is the desk's). */
export type ProposalColumn = Field['column'];

type AnsweredKey = Exclude<Field, { addedLater: true }>['key'];
type AddedLaterKey = Extract<Field, { addedLater: true }>['key'];
/** The answers of a proposal, one string per field: the table's keys. */
export type ProposalAnswers = { [K in AnsweredKey]: string } & { [K in AddedLaterKey]?: string };

type AskedField = Extract<Field, { preConsultation: object }>;
/** The fields the 事前相談 dialog asks (its request carries exactly these). */
export type PreConsultationKey = AskedField['key'];

/** A field the 事前相談 dialog asks, with its label and whether it must be filled. */
export interface PreConsultationFieldView {
  key: string;
  label: string;
  required: boolean;
  maxLength?: number;
  /** 'select' lists the field's choices; 'email'/'tel' follow the form's validation. */
  control: 'text' | 'email' | 'tel' | 'select' | 'textarea';
  choices: readonly string[];
}

/** The fields the 事前相談 dialog asks, in form order. */
export function preConsultationFields(
  fields: ProposalFieldTable = PROPOSAL_FIELDS,
): PreConsultationFieldView[] {
  const noContext: FormContext = { challenges: [], publicationHelp: '' };
  return fields.flatMap((f) => {
    if (!f.preConsultation) return [];
    const choices = typeof f.choices === 'function' ? f.choices(noContext) : (f.choices ?? []);
    const control: PreConsultationFieldView['control'] =
      f.kind === 'paragraph'
        ? 'textarea'
        : choices.length
          ? 'select'
          : f.validation?.kind === 'email'
            ? 'email'
            : f.validation?.kind === 'pattern'
              ? 'tel'
              : 'text';
    return [
      {
        key: f.key,
        label: f.preConsultation.label ?? f.title,
        required: f.preConsultation.required,
        maxLength: f.preConsultation.maxLength,
        control,
        choices,
      },
    ];
  });
}

/** One form item as the builder makes it (the adapter turns it into Forms calls). */
export interface FormItemSpec {
  kind: FieldKind | 'section';
  title: string;
  help: string;
  required: boolean;
  choices?: readonly string[];
  validation?: FieldValidation;
  /** The field's key; undefined for a section header. */
  field?: string;
  addedLater: boolean;
}

/** The form's items in order: each field, with the section header placed before it if any. */
export function formItems(
  ctx: FormContext,
  fields: ProposalFieldTable = PROPOSAL_FIELDS,
): FormItemSpec[] {
  return fields.flatMap((f): FormItemSpec[] => {
    const section: FormItemSpec[] = f.sectionBefore
      ? [
          {
            kind: 'section',
            title: f.sectionBefore.title,
            help: f.sectionBefore.help(),
            required: false,
            addedLater: false,
          },
        ]
      : [];
    const help = typeof f.help === 'function' ? f.help(ctx) : (f.help ?? '');
    const choices = typeof f.choices === 'function' ? f.choices(ctx) : f.choices;
    return [
      ...section,
      {
        kind: f.kind,
        title: f.title,
        help,
        required: f.required,
        ...(choices ? { choices: [...choices] } : {}),
        ...(f.validation ? { validation: f.validation } : {}),
        field: f.key,
        addedLater: f.addedLater === true,
      },
    ];
  });
}

/** Register columns masked whole in a disclosure file. */
export function personalColumns(fields: ProposalFieldTable = PROPOSAL_FIELDS): string[] {
  return fields.filter((f) => f.personal).map((f) => f.column);
}

/** Proposal fields the public list may show. */
export function publicFieldKeys(fields: ProposalFieldTable = PROPOSAL_FIELDS): string[] {
  return fields.filter((f) => f.public).map((f) => f.key);
}

/// <reference lib="dom" />
/**
 * The setup wizard (src/app/wizard.ts): the city's answers, checked here with the same rules as
 * the server (src/domain/wizard.ts), then saved (wizardSave) and the desk built one step per call
 * (wizardRunStep, called again while a step says it is not done), each shown done as it ends;
 * it finishes on the list of what exists, with links (wizardSummary). A failed call stops there
 * with 「もう一度実行」, which continues from the step that failed (every step is idempotent).
 */
import type { WizardLink } from '../app/sidebarContract';
import type { WizardDepartment, WizardInput, WizardProblem } from '../domain/wizard';
import { normalizeWizardInput, validateWizardInput } from '../domain/wizard';
import { WIZARD_TEXT as TEXT } from '../strings/wizard';
import { call, closeHost } from './lib/run';
import { button, el, safeHttpUrl, textArea, textInput } from './lib/dom';

type TextKey = Exclude<keyof WizardInput, 'departments'>;

const content = document.getElementById('content') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const errorBox = document.getElementById('error') as HTMLElement;

const SECTIONS: Array<{ title: string; keys: TextKey[] }> = [
  { title: TEXT.sections.city, keys: ['cityName', 'cityAddress', 'mayorTitle', 'mayorName'] },
  { title: TEXT.sections.desk, keys: ['deskName', 'department', 'address', 'phone', 'deskEmail'] },
  { title: TEXT.sections.staff, keys: ['staffEmails'] },
  { title: TEXT.sections.formats, keys: ['caseNumberFormat', 'replyNumberFormat', 'timeZone'] },
];
const INPUT_TYPES: Partial<Record<TextKey, string>> = { phone: 'tel', deskEmail: 'email' };
const HINTS: Partial<Record<TextKey, string>> = TEXT.hints;

const controls = {} as Record<TextKey, HTMLInputElement | HTMLTextAreaElement>;
const errors = new Map<string, HTMLElement>();
let departmentRows: Array<Record<keyof WizardDepartment, HTMLInputElement>> = [];
const departmentList = el('div', { attrs: { id: 'wizard-departments' } });
let steps: Array<{ id: string; label: string }> = [];

function showError(message: string): void {
  notice.textContent = '';
  errorBox.textContent = message;
}

function errorSlot(key: string): HTMLElement {
  const slot = el('p', { className: 'field-error', attrs: { id: `error-${key}` } });
  errors.set(key, slot);
  return slot;
}

function textField(key: TextKey, value: string): HTMLElement {
  const control =
    key === 'staffEmails' ? textArea(value, 4) : textInput(INPUT_TYPES[key] ?? 'text', value);
  control.id = `wizard-${key}`;
  control.setAttribute('name', key);
  control.setAttribute('aria-describedby', `error-${key}`);
  controls[key] = control;
  const hint = HINTS[key];
  return el('div', { className: 'field' }, [
    el('label', { text: TEXT.labels[key], attrs: { for: control.id } }),
    control,
    ...(hint ? [el('p', { className: 'hint', text: hint })] : []),
    errorSlot(key),
  ]);
}

function departmentRow(d: WizardDepartment): HTMLElement {
  const n = departmentRows.length;
  const inputs = {
    name: textInput('text', d.name),
    email: textInput('email', d.email),
    person: textInput('text', d.person),
  };
  const cells = (Object.keys(inputs) as Array<keyof WizardDepartment>).map((k) => {
    const id = `wizard-departments-${n}-${k}`;
    inputs[k].id = id;
    inputs[k].setAttribute('name', `departments.${n}.${k}`);
    return el('div', { className: 'field' }, [
      el('label', { text: TEXT.department[k], attrs: { for: id } }),
      inputs[k],
      errorSlot(`departments.${n}.${k}`),
    ]);
  });
  departmentRows.push(inputs);
  const row = el('div', { className: 'department-row' }, cells);
  const remove = button(TEXT.department.remove, () => {
    row.remove();
    departmentRows = departmentRows.filter((r) => r !== inputs);
  });
  remove.setAttribute('aria-label', TEXT.department.removeLabel(n + 1));
  row.append(remove);
  return row;
}

function collect(): WizardInput {
  const values = Object.fromEntries(
    (Object.keys(controls) as TextKey[]).map((k) => [k, controls[k].value]),
  ) as Record<TextKey, string>;
  return normalizeWizardInput({
    ...values,
    departments: departmentRows.map((r) => ({
      name: r.name.value,
      email: r.email.value,
      person: r.person.value,
    })),
  });
}

/** Shows each problem under its field; the first one gets the focus. */
function showProblems(problems: WizardProblem[]): void {
  for (const [, slot] of errors) slot.textContent = '';
  document.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  for (const p of problems) {
    const slot = errors.get(p.field);
    if (slot) slot.textContent = p.message;
    const control = document.querySelector(`[name="${p.field}"]`);
    control?.setAttribute('aria-invalid', 'true');
  }
  if (problems.length) {
    showError(TEXT.fixFirst(problems.length));
    (document.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
  }
}

function stepList(): { list: HTMLElement; items: Map<string, HTMLElement> } {
  const items = new Map<string, HTMLElement>();
  const list = el(
    'ol',
    { className: 'steps', attrs: { id: 'wizard-steps' } },
    [{ id: 'settings', label: TEXT.steps.settings }, ...steps].map((s) => {
      const item = el('li', { text: `${s.label}: ${TEXT.stepWaiting}` });
      item.dataset.state = 'waiting';
      item.dataset.step = s.id;
      items.set(s.id, item);
      return item;
    }),
  );
  return { list, items };
}

function mark(item: HTMLElement | undefined, label: string, state: string, text: string): void {
  if (!item) return;
  item.dataset.state = state;
  item.textContent = `${label}: ${text}`;
}

let busy = false;

async function submit(): Promise<void> {
  if (busy) return;
  const input = collect();
  const problems = validateWizardInput(input);
  showProblems(problems);
  if (problems.length) return;
  busy = true;
  submitButton.disabled = true;
  errorBox.textContent = '';
  notice.textContent = TEXT.checking;
  const saved = await call('wizardSave', input);
  busy = false;
  submitButton.disabled = false;
  if (!saved.ok) return showError(saved.message);
  if (!saved.value.ok) return showProblems(saved.value.problems);
  const report = saved.value.changed.length
    ? TEXT.changedSettings(saved.value.changed)
    : TEXT.unchanged;
  const departments = TEXT.departmentsMerged(saved.value.added, saved.value.updated);
  await build([report, departments]);
}

/** Runs the steps from `from` on; a failure offers to run again from the failed step. */
async function build(saveReport: string[], from = 0): Promise<void> {
  const { list, items } = stepList();
  content.replaceChildren(el('h1', { text: TEXT.progressTitle }), list);
  mark(items.get('settings'), TEXT.steps.settings, 'done', TEXT.stepDone);
  notice.textContent = saveReport.join(' ');
  errorBox.textContent = '';
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const item = items.get(step.id);
    if (i < from) {
      mark(item, step.label, 'done', TEXT.stepDone);
      continue;
    }
    let rounds = 0;
    for (;;) {
      mark(
        item,
        step.label,
        'running',
        rounds ? `${TEXT.stepRunning}${TEXT.continued}` : TEXT.stepRunning,
      );
      const result = await call('wizardRunStep', { step: step.id });
      if (!result.ok) {
        mark(item, step.label, 'failed', TEXT.stepFailed);
        showError(TEXT.failed(result.message));
        const retry = button(TEXT.retry, () => void build(saveReport, i), 'primary');
        retry.id = 'wizard-retry';
        content.append(el('div', { className: 'buttons' }, [retry, button(TEXT.close, closeHost)]));
        return;
      }
      if (result.value.done) break;
      rounds += 1;
    }
    mark(item, step.label, 'done', TEXT.stepDone);
  }
  await finish(saveReport);
}

async function finish(saveReport: string[]): Promise<void> {
  const summary = await call('wizardSummary', {});
  if (!summary.ok) return showError(summary.message);
  content.replaceChildren(
    el('h1', { text: TEXT.doneTitle }),
    ...saveReport.map((line) => el('p', { text: line })),
    el('p', { text: TEXT.doneIntro }),
    el('ul', { className: 'links', attrs: { id: 'wizard-links' } }, summary.value.links.map(link)),
    el('div', { className: 'buttons' }, [button(TEXT.close, closeHost, 'primary')]),
  );
  notice.textContent = '';
}

function link(l: WizardLink): HTMLElement {
  const href = safeHttpUrl(l.url);
  return el('li', {}, [
    href
      ? el('a', { text: l.label, attrs: { href, target: '_blank', rel: 'noopener' } })
      : el('span', { text: l.label }),
  ]);
}

const submitButton = button(TEXT.submit, () => void submit(), 'primary');
submitButton.id = 'wizard-submit';

async function start(): Promise<void> {
  document.title = TEXT.pageTitle;
  notice.textContent = TEXT.loading;
  const loaded = await call('wizardLoad', {});
  if (!loaded.ok) return showError(loaded.message);
  notice.textContent = '';
  steps = loaded.value.steps;
  const input = loaded.value.input;
  const form = el(
    'form',
    { attrs: { id: 'wizard-form', novalidate: true } },
    SECTIONS.map((section) =>
      el('fieldset', {}, [
        el('legend', { text: section.title }),
        ...section.keys.map((key) => textField(key, input[key])),
        ...(section.keys.includes('staffEmails')
          ? [
              el('p', { className: 'hint', text: TEXT.hints.departments }),
              departmentList,
              button(TEXT.department.add, () =>
                departmentList.append(departmentRow({ name: '', email: '', person: '' })),
              ),
            ]
          : []),
      ]),
    ),
  );
  for (const d of input.departments) departmentList.append(departmentRow(d));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  content.replaceChildren(
    el('h1', { text: TEXT.pageTitle }),
    el('p', { className: 'muted', text: TEXT.intro }),
    form,
    el('div', { className: 'buttons' }, [submitButton, button(TEXT.close, closeHost)]),
  );
  controls.cityName.focus();
}

void start();

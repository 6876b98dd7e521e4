/// <reference lib="dom" />
/**
 * The 事前相談 dialog: the desk registers a consultation that did not come through the form.
 * The server validates and numbers the case (dialogRegisterPreConsultation); this page only
 * checks that the required fields are filled and keeps what was typed when anything is refused.
 */
import type { PreConsultationRequest } from '../app/sidebarContract';
import { preConsultationFields, PreConsultationFieldView } from '../domain/proposalFields';
import { PRE_CONSULTATION as TEXT } from '../strings/sidebar';
import { call, closeHost } from './lib/run';
import { button, el, select, textArea, textInput } from './lib/dom';

type Key = Exclude<keyof PreConsultationRequest, 'requestId'>;
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const content = document.getElementById('content') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const errorBox = document.getElementById('error') as HTMLElement;

// The fields, their order, labels and which are required come from the field table.
const FIELDS = preConsultationFields();

function controlOf(f: PreConsultationFieldView): Control {
  switch (f.control) {
    case 'select':
      return select(f.choices.map((c) => ({ value: c, label: c })));
    case 'textarea':
      return textArea('', 6);
    default:
      return textInput(f.control);
  }
}

const controls = new Map<string, Control>(FIELDS.map((f) => [f.key, controlOf(f)]));

function row(f: PreConsultationFieldView): HTMLElement {
  const control = controls.get(f.key) as Control;
  control.id = `pc-${f.key}`;
  control.name = f.key;
  if (f.required) control.setAttribute('aria-required', 'true');
  return el('div', { className: 'field' }, [
    el('label', { attrs: { for: control.id } }, [
      f.label,
      f.required ? el('span', { className: 'required', text: TEXT.required }) : null,
    ]),
    control,
  ]);
}

function request(): Omit<PreConsultationRequest, 'requestId'> {
  return Object.fromEntries(
    FIELDS.map((f) => [f.key, (controls.get(f.key) as Control).value]),
  ) as Record<Key, string>;
}

let busy = false;

async function submit(): Promise<void> {
  if (busy) return;
  const req = request();
  const missing = FIELDS.filter((f) => f.required && !req[f.key as Key].trim());
  if (missing.length) {
    notice.textContent = '';
    errorBox.textContent = TEXT.missing(missing.map((f) => f.label));
    controls.get(missing[0].key)?.focus();
    return;
  }
  busy = true;
  submitButton.disabled = true;
  const result = await call('dialogRegisterPreConsultation', req);
  busy = false;
  submitButton.disabled = false;
  if (!result.ok) {
    notice.textContent = '';
    errorBox.textContent = result.message;
    return;
  }
  errorBox.textContent = '';
  notice.textContent = TEXT.registered(result.value.caseNumber);
  for (const control of controls.values()) {
    if (control instanceof HTMLSelectElement) control.selectedIndex = 0;
    else control.value = '';
  }
  closeButton.focus();
}

const submitButton = button(TEXT.submit, () => void submit(), 'primary');
const closeButton = button(TEXT.cancel, closeHost);

document.title = TEXT.pageTitle;
content.replaceChildren(
  el('h1', { text: TEXT.pageTitle }),
  el('p', { className: 'muted', text: TEXT.intro }),
  el('form', { attrs: { id: 'pre-consultation-form', novalidate: true } }, FIELDS.map(row)),
  el('div', { className: 'buttons' }, [submitButton, closeButton]),
);
(document.getElementById('pre-consultation-form') as HTMLFormElement).addEventListener(
  'submit',
  (event) => {
    event.preventDefault();
    void submit();
  },
);
controls.get(FIELDS[0].key)?.focus();

/// <reference lib="dom" />
/**
 * The 事前相談 dialog: the desk registers a consultation that did not come through the form.
 * The server validates and numbers the case (dialogRegisterPreConsultation); this page only
 * checks that the required fields are filled and keeps what was typed when anything is refused.
 */
import type { PreConsultationRequest } from '../app/sidebarContract';
import { CHOICES } from '../strings';
import { PRE_CONSULTATION as TEXT } from '../strings/sidebar';
import { call, closeHost } from './lib/run';
import { button, el, select, textArea, textInput } from './lib/dom';

type Key = Exclude<keyof PreConsultationRequest, 'requestId'>;

const content = document.getElementById('content') as HTMLElement;
const notice = document.getElementById('notice') as HTMLElement;
const errorBox = document.getElementById('error') as HTMLElement;

const REQUIRED: Key[] = ['organisation', 'applicantType', 'name', 'title', 'method'];

const controls: Record<Key, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement> = {
  organisation: textInput('text'),
  applicantType: select(CHOICES.applicantType.map((c) => ({ value: c, label: c }))),
  name: textInput('text'),
  email: textInput('email'),
  phone: textInput('tel'),
  title: textInput('text'),
  method: select(CHOICES.method.map((c) => ({ value: c, label: c }))),
  content: textArea('', 6),
};

function row(key: Key): HTMLElement {
  const control = controls[key];
  control.id = `pc-${key}`;
  control.name = key;
  const required = REQUIRED.includes(key);
  if (required) control.setAttribute('aria-required', 'true');
  return el('div', { className: 'field' }, [
    el('label', { attrs: { for: control.id } }, [
      TEXT[key],
      required ? el('span', { className: 'required', text: TEXT.required }) : null,
    ]),
    control,
  ]);
}

function request(): PreConsultationRequest {
  const value = (key: Key) => controls[key].value;
  return {
    organisation: value('organisation'),
    applicantType: value('applicantType'),
    name: value('name'),
    email: value('email'),
    phone: value('phone'),
    title: value('title'),
    method: value('method'),
    content: value('content'),
  };
}

let busy = false;

async function submit(): Promise<void> {
  if (busy) return;
  const req = request();
  const missing = REQUIRED.filter((key) => !req[key].trim());
  if (missing.length) {
    notice.textContent = '';
    errorBox.textContent = TEXT.missing(missing.map((key) => TEXT[key]));
    controls[missing[0]].focus();
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
  for (const control of Object.values(controls)) {
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
  el(
    'form',
    { attrs: { id: 'pre-consultation-form', novalidate: true } },
    (Object.keys(controls) as Key[]).map(row),
  ),
  el('div', { className: 'buttons' }, [submitButton, closeButton]),
);
(document.getElementById('pre-consultation-form') as HTMLFormElement).addEventListener(
  'submit',
  (event) => {
    event.preventDefault();
    void submit();
  },
);
controls.organisation.focus();

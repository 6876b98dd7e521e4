/// <reference lib="dom" />
/**
 * Building the page from data without ever parsing data as HTML: text goes in through textContent
 * and attributes through setAttribute, so a title like `<script>` is shown, never run.
 */

type Child = Node | string | null | undefined | false;

export interface Props {
  /** Text content (escaped by the DOM). */
  text?: string;
  className?: string;
  /** Attributes, set with setAttribute; false or undefined leaves one out. */
  attrs?: Record<string, string | boolean | undefined>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === true) node.setAttribute(name, '');
    else if (typeof value === 'string') node.setAttribute(name, value);
  }
  if (props.text !== undefined) node.textContent = props.text;
  for (const child of children) {
    if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Only web links become clickable: a `javascript:` or `data:` value from a cell is dropped. */
export function safeHttpUrl(url: string): string {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : '';
}

/** A label and its control, tied by id (screen readers read the label). */
export function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return el('div', { className: 'field' }, [
    el('label', { text: label, attrs: { for: id } }),
    control,
  ]);
}

export function textInput(type: string, value = ''): HTMLInputElement {
  const input = el('input', { attrs: { type } });
  input.value = value;
  return input;
}

export function textArea(value = '', rows = 3): HTMLTextAreaElement {
  const area = el('textarea', { attrs: { rows: String(rows) } });
  area.value = value;
  return area;
}

/** A drop-down; without `value` the first option is chosen, as a browser does. */
export function select(
  options: Array<{ value: string; label: string }>,
  value?: string,
): HTMLSelectElement {
  const node = el(
    'select',
    {},
    options.map((o) => el('option', { text: o.label, attrs: { value: o.value } })),
  );
  if (value !== undefined && options.some((o) => o.value === value)) node.value = value;
  return node;
}

export function button(text: string, onClick: () => void, className = ''): HTMLButtonElement {
  const node = el('button', { text, className, attrs: { type: 'button' } });
  node.addEventListener('click', onClick);
  return node;
}

/** Today's date in Tokyo as 'YYYY-MM-DD' (the desk's calendar, whatever the PC's zone). */
export function tokyoToday(now = new Date()): string {
  const shifted = new Date(now.getTime() + 9 * 3600 * 1000);
  return shifted.toISOString().slice(0, 10);
}

/**
 * An emulated Google Form as one static HTML page, laid out as a respondent sees it in Google
 * Forms: the title and description, "* 必須の質問です", then every item in order — questions
 * with their help text, a red * when required and their choices; section headers; page breaks
 * start a new page. Rendered from the form model the add-on's FormApp calls built, so the page
 * shows what was really built. Every text is escaped; the page has no script.
 */
import { escapeHtml } from '../services/html';
import type { FormModel, ItemModel } from '../services/form/model';

const STYLE = `
body { margin: 0; background: #f0ebf8; font-family: "Noto Sans CJK JP", "Noto Sans JP", sans-serif; color: #202124; }
main { max-width: 640px; margin: 12px auto; padding: 0 8px; }
.card { background: #fff; border: 1px solid #dadce0; border-radius: 8px; padding: 20px 24px; margin-bottom: 12px; }
.form-header { border-top: 10px solid #673ab7; }
.form-header h1 { font-size: 28px; font-weight: 400; margin: 0 0 12px; }
.description, .help { white-space: pre-wrap; }
.help { color: #5f6368; font-size: 13px; margin: 4px 0 12px; }
.required-note, .required { color: #d93025; }
.section-header { background: #673ab7; color: #fff; border-radius: 8px 8px 0 0; padding: 8px 24px; margin: 24px 0 0; font-size: 15px; }
.page-title h2, .section h2 { font-size: 20px; font-weight: 400; margin: 0 0 8px; }
.question h3 { font-size: 16px; font-weight: 400; margin: 0 0 8px; }
.choices { list-style: none; padding: 0; margin: 0; }
.choices li { margin: 8px 0; }
input[type="text"], input[type="email"], input[type="date"], textarea, select { font: inherit; padding: 6px; border: 1px solid #dadce0; border-radius: 4px; max-width: 100%; }
input[type="text"], input[type="email"], textarea { width: 100%; box-sizing: border-box; }
textarea { min-height: 5em; }
.actions { display: flex; justify-content: space-between; align-items: center; }
button { font: inherit; background: #673ab7; color: #fff; border: 0; border-radius: 4px; padding: 8px 24px; }
.closed { color: #5f6368; }
`;

const text = (value: string) => escapeHtml(value);

/** The help text under a title, kept line by line (Google shows its line breaks). */
function help(item: { helpText: string }): string {
  return item.helpText ? `<div class="help">${text(item.helpText)}</div>` : '';
}

/** The input a respondent fills for a question, named by its item id. */
function control(item: ItemModel): string {
  const name = `item-${item.id}`;
  const required = item.required ? ' required' : '';
  const label = ` aria-labelledby="${name}-title"`;
  switch (item.type) {
    case 'PARAGRAPH_TEXT':
      return `<textarea name="${name}"${label}${required}></textarea>`;
    case 'DATE':
      return `<input type="date" name="${name}"${label}${required}>`;
    case 'LIST':
      return `<select name="${name}"${label}${required}><option value="">選択</option>${item.choices
        .map((c) => `<option>${text(c.value)}</option>`)
        .join('')}</select>`;
    case 'MULTIPLE_CHOICE':
    case 'CHECKBOX': {
      const kind = item.type === 'CHECKBOX' ? 'checkbox' : 'radio';
      const options = item.choices.map(
        (c) =>
          `<li class="choice"><label><input type="${kind}" name="${name}" value="${text(c.value)}"> <span class="choice-label">${text(c.value)}</span></label></li>`,
      );
      if (item.otherOption) {
        options.push(
          `<li class="choice other"><label><input type="${kind}" name="${name}" value="__other__"> <span class="choice-label">その他:</span></label> <input type="text" name="${name}-other" aria-label="その他"></li>`,
        );
      }
      return `<ul class="choices" role="${kind === 'radio' ? 'radiogroup' : 'group'}"${label}>${options.join('')}</ul>`;
    }
    case 'TEXT': {
      const email = item.validation?.rule === 'textIsEmail';
      const pattern =
        item.validation?.rule === 'textMatchesPattern'
          ? ` pattern="${text(String(item.validation.args[0]))}"`
          : '';
      return `<input type="${email ? 'email' : 'text'}" name="${name}"${label}${pattern}${required} placeholder="回答を入力">`;
    }
    default:
      // Types this add-on never builds (grid, scale, time, upload): named, not imitated.
      return `<p class="unsupported">（${text(item.type)} の質問）</p>`;
  }
}

function question(item: ItemModel): string {
  const mark = item.required
    ? ' <span class="required" aria-label="必須" title="必須">*</span>'
    : '';
  return `<section class="card question" data-item-id="${item.id}" data-type="${item.type}"${
    item.required ? ' data-required="true"' : ''
  }>
<h3 id="item-${item.id}-title"><span class="title">${text(item.title)}</span>${mark}</h3>
${help(item)}${control(item)}
</section>`;
}

function sectionHeader(item: ItemModel): string {
  return `<section class="card section" data-item-id="${item.id}" data-type="SECTION_HEADER">
<h2 class="title">${text(item.title)}</h2>
${help(item)}</section>`;
}

/** A page: its heading (the page break's title and help; none for the first) and its items. */
function page(index: number, count: number, breakItem: ItemModel | null, items: ItemModel[]) {
  const heading = breakItem
    ? `<div class="section-header">セクション ${index + 1} / ${count}</div>
<section class="card page-title" data-item-id="${breakItem.id}" data-type="PAGE_BREAK">
<h2 class="title">${text(breakItem.title)}</h2>
${help(breakItem)}</section>`
    : '';
  const body = items
    .map((item) => (item.type === 'SECTION_HEADER' ? sectionHeader(item) : question(item)))
    .join('\n');
  const last = index === count - 1;
  const buttons = `<div class="actions">${index > 0 ? '<button type="button" disabled>戻る</button>' : ''}<button type="${
    last ? 'submit' : 'button'
  }" disabled>${last ? '送信' : '次へ'}</button></div>`;
  return `<div class="page" data-page="${index + 1}">
${heading}
${body}
${buttons}
</div>`;
}

/** The form as a respondent sees it, as a complete HTML document. */
export function formHtml(form: FormModel): string {
  // Page breaks split the form into pages (Google shows one at a time; here, one after another).
  const pages: Array<{ breakItem: ItemModel | null; items: ItemModel[] }> = [
    { breakItem: null, items: [] },
  ];
  for (const item of form.items) {
    if (item.type === 'PAGE_BREAK') pages.push({ breakItem: item, items: [] });
    else pages[pages.length - 1].items.push(item);
  }
  const anyRequired = form.collectEmail || form.items.some((item) => item.required);
  // A form that collects emails asks for one first, as Google does (setCollectEmail).
  const email = form.collectEmail
    ? `<section class="card collect-email">
<h3 id="collect-email-title">メールアドレス <span class="required" aria-label="必須" title="必須">*</span></h3>
<input type="email" name="emailAddress" aria-labelledby="collect-email-title" required placeholder="メールアドレス">
</section>`
    : '';
  const header = `<section class="card form-header">
<h1>${text(form.title)}</h1>
${form.description ? `<div class="description">${text(form.description)}</div>` : ''}
${anyRequired ? '<p class="required-note">* 必須の質問です</p>' : ''}
</section>`;
  const body = form.acceptingResponses
    ? `<form action="#" method="get" data-form-id="${text(form.publishedId)}">
${email}
${pages.map((p, i) => page(i, pages.length, p.breakItem, p.items)).join('\n')}
</form>`
    : `<section class="card closed"><p>${text(
        form.customClosedFormMessage ||
          `フォーム「${form.title}」は回答を受け付けていません。\nフォームの所有者にお問い合わせください。`,
      )}</p></section>`;
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(form.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${header}
${body}
</main>
</body>
</html>
`;
}

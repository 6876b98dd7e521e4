/**
 * HtmlService: HTML outputs and templates (scriptlets).
 * developers.google.com/apps-script/reference/html/ and
 * developers.google.com/apps-script/guides/html/templates
 */
import type { Workspace } from '../workspace';
import { assertGoogleShape } from '../core/typing';

type HTML = typeof GoogleAppsScript.HTML;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

const HTML_ERRORS = {
  /** observed: createHtmlOutputFromFile / createTemplateFromFile with an unknown file. */
  noFile: (name: string) => `No HTML file named ${name} was found.`,
  /** assumed wording; documented: only these meta tags are allowed. */
  metaTagNotAllowed: (name: string) => `Meta tag name is not allowed: ${name}`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
};

/** The project's .html files and the script's global scope, for scriptlets. */
export class HtmlFiles {
  /** File contents by name without the .html extension. */
  readonly files = new Map<string, string>();
  /** The loaded bundle's global context: scriptlets see its functions and services. */
  scriptScope: object | null = null;

  /** The file's text, or Google's error. A trailing '.html' in the name is accepted. */
  read(filename: string): string {
    const name = String(filename);
    const content = this.files.get(name) ?? this.files.get(name.replace(/\.html$/, ''));
    if (content === undefined) throw new Error(HTML_ERRORS.noFile(name));
    return content;
  }
}

const SANDBOX_MODE = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
const X_FRAME_OPTIONS_MODE = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

/** Documented on HtmlOutput.addMetaTag: the only meta tags Apps Script lets a page add. */
const ALLOWED_META_TAGS = new Set([
  'apple-mobile-web-app-capable',
  'google-site-verification',
  'mobile-web-app-capable',
  'viewport',
]);

// ---------------------------------------------------------------- contextual escaping

/** Where in the page a printed value lands, which decides how it is escaped. */
type PrintContext =
  | { kind: 'html' } // text, attribute values, tags, comments
  | { kind: 'script'; quote: string | null } // inside <script>; quote: inside a JS string literal
  | { kind: 'style' };

/** The JS string-literal state at the end of `js` (comments skipped, regex literals ignored). */
function jsQuoteAtEnd(js: string): string | null {
  let quote: string | null = null;
  for (let i = 0; i < js.length; i++) {
    const ch = js[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      else if (ch === '\n' && quote !== '`') quote = null;
      continue;
    }
    if (ch === '/' && js[i + 1] === '/') {
      const end = js.indexOf('\n', i);
      if (end < 0) return null;
      i = end;
    } else if (ch === '/' && js[i + 1] === '*') {
      const end = js.indexOf('*/', i + 2);
      if (end < 0) return null;
      i = end + 1;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
    }
  }
  return quote;
}

/** The context at the end of the HTML produced so far. */
export function contextAtEnd(html: string): PrintContext {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) return { kind: 'html' };
      i = end + 3;
      continue;
    }
    const tag = /^<(\/?)([a-zA-Z][\w:-]*)/.exec(html.slice(lt, lt + 64));
    if (!tag) {
      i = lt + 1;
      continue;
    }
    let j = lt + tag[0].length;
    let quote: string | null = null;
    for (; j < html.length; j++) {
      const ch = html[j];
      if (quote) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    if (j >= html.length) return { kind: 'html' };
    i = j + 1;
    const name = tag[2].toLowerCase();
    if (tag[1] === '' && (name === 'script' || name === 'style')) {
      const close = html.slice(i).search(new RegExp(`</${name}`, 'i'));
      if (close < 0) {
        return name === 'script'
          ? { kind: 'script', quote: jsQuoteAtEnd(html.slice(i)) }
          : { kind: 'style' };
      }
      i += close;
    }
  }
  return { kind: 'html' };
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}

/**
 * Characters that could end a script block (`</script`, `<!--`), an HTML attribute or a string
 * in any quoting, or open a template-literal substitution (`${`): as \uXXXX escapes. Applied
 * only to text that will sit inside a JS string literal, where \uXXXX stands for the same
 * character, so the value arrives intact. Quotes and backslashes are escaped by JSON.stringify
 * before this runs, so this never touches them (escaping twice would change the value).
 */
function escapeJsStringChars(text: string): string {
  return text.replace(
    /[<>&='`$\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A value as a JavaScript expression: strings quoted, numbers and booleans bare, arrays and
 * objects as JSON (a JS literal). The characters escapeJsStringChars rewrites can only occur
 * inside string literals of JSON output (its punctuation is `{}[]:,"` and digits), so the
 * literal evaluates to the same value and cannot break out of the script block.
 */
function jsLiteral(value: unknown): string {
  if (value === undefined || value === null || typeof value === 'function') return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return escapeJsStringChars(JSON.stringify(value) ?? 'null');
}

function printable(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * Text for inside a JS string literal (any quote): JSON.stringify's escapes (backslash, double
 * quote, control characters) without the surrounding quotes; single quotes, backticks and `$`
 * are left to escapeJsStringChars.
 */
function jsStringBody(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** What a printing scriptlet (<?= ?>) or appendUntrusted writes at the end of `html`. */
export function contextualEscape(html: string, value: unknown): string {
  const context = contextAtEnd(html);
  if (context.kind === 'script') {
    return context.quote === null
      ? jsLiteral(value)
      : escapeJsStringChars(jsStringBody(printable(value)));
  }
  return escapeHtml(printable(value));
}

// ---------------------------------------------------------------- templates

interface Segment {
  kind: 'text' | 'code' | 'print' | 'raw';
  text: string;
}

/** Splits a template into literal text and <? ?>, <?= ?>, <?!= ?> scriptlets. */
function parseTemplate(source: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      segments.push({ kind: 'text', text: source.slice(i) });
      break;
    }
    if (open > i) segments.push({ kind: 'text', text: source.slice(i, open) });
    const close = source.indexOf('?>', open + 2);
    const body = source.slice(open + 2, close < 0 ? source.length : close);
    if (body.startsWith('!=')) segments.push({ kind: 'raw', text: body.slice(2) });
    else if (body.startsWith('=')) segments.push({ kind: 'print', text: body.slice(1) });
    else segments.push({ kind: 'code', text: body });
    i = close < 0 ? source.length : close + 2;
  }
  return segments;
}

/** A printed expression without its optional trailing semicolon (`<?!= include('x'); ?>`). */
const expression = (text: string): string => text.trim().replace(/;+\s*$/, '');

/**
 * The template as JavaScript in the shape Google's getCode() shows: `output._ = …` appends raw
 * text, `output._$ = …` appends with contextual escaping.
 */
function templateBody(segments: Segment[], withComments: boolean, sink = 'output'): string {
  return segments
    .map((s) => {
      switch (s.kind) {
        case 'text':
          return `${sink}._ = ${JSON.stringify(s.text)};`;
        case 'code':
          return withComments ? `/* <? */ ${s.text} /* ?> */` : s.text;
        case 'print':
          return `${sink}._$ = ${expression(s.text)};${withComments ? ' /* <?= ?> */' : ''}`;
        default:
          return `${sink}._ = ${expression(s.text)};${withComments ? ' /* <?!= ?> */' : ''}`;
      }
    })
    .join('\n');
}

function wrapCode(body: string): string {
  return `(function() { var output = HtmlService.initTemplate('');\n${body}\n/* End of user code */\n return output; })();`;
}

/** Collects a template's output while it runs. */
class TemplateSink {
  content = '';
  set _(value: unknown) {
    this.content += printable(value);
  }
  set _$(value: unknown) {
    this.content += contextualEscape(this.content, value);
  }
}

/** Methods of HtmlTemplate; every other property on a template is a scriptlet variable. */
const TEMPLATE_METHODS = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent']);

export class FakeHtmlTemplate {
  [variable: string]: unknown;

  constructor(ws: Workspace, source: string) {
    // Non-enumerable so that only the script's own assignments become template variables.
    Object.defineProperty(this, '__ws', { value: ws, enumerable: false });
    Object.defineProperty(this, '__source', { value: source, enumerable: false });
  }

  private charge(method: string): void {
    (this.__ws as Workspace).charge('HtmlService', `HtmlTemplate.${method}`, 'local');
  }

  private segments(): Segment[] {
    return parseTemplate(this.__source as string);
  }

  /** Runs the scriptlets; variables are the template's own properties, then the script's globals. */
  evaluate(): HtmlOutput {
    this.charge('evaluate');
    const ws = this.__ws as Workspace;
    const variables: Record<string, unknown> = {};
    for (const key of Object.keys(this)) {
      if (!TEMPLATE_METHODS.has(key)) variables[key] = this[key];
    }
    // The sink's name cannot collide with a global or template variable of the script.
    const body = templateBody(this.segments(), false, '__htmlTemplateOutput__');
    // Sloppy-mode function so that `with` can put the globals and the variables in scope.
    const run = new Function(
      '__htmlTemplateOutput__',
      '__globals',
      '__variables',
      `with (__globals) { with (__variables) {\n${body}\n} }`,
    );
    const sink = new TemplateSink();
    run(sink, ws.html.scriptScope ?? {}, variables);
    return new FakeHtmlOutput(ws, sink.content) as unknown as HtmlOutput;
  }

  getCode(): string {
    this.charge('getCode');
    return wrapCode(templateBody(this.segments(), false));
  }

  getCodeWithComments(): string {
    this.charge('getCodeWithComments');
    return wrapCode(templateBody(this.segments(), true));
  }

  getRawContent(): string {
    this.charge('getRawContent');
    return this.__source as string;
  }
}
assertGoogleShape<FakeHtmlTemplate, HtmlTemplate>(true);

// ---------------------------------------------------------------- outputs

class FakeHtmlOutputMetaTag {
  constructor(
    private readonly ws: Workspace,
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    this.ws.charge('HtmlService', 'HtmlOutputMetaTag.getName', 'local');
    return this.name;
  }
  getContent(): string {
    this.ws.charge('HtmlService', 'HtmlOutputMetaTag.getContent', 'local');
    return this.content;
  }
}
assertGoogleShape<FakeHtmlOutputMetaTag, GoogleAppsScript.HTML.HtmlOutputMetaTag>(true);

export class FakeHtmlOutput {
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private faviconUrl = '';
  private sandboxMode: string = SANDBOX_MODE.IFRAME;
  private xFrameOptionsMode: string = X_FRAME_OPTIONS_MODE.DEFAULT;
  private readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly ws: Workspace,
    private content = '',
  ) {}

  private charge(method: string): void {
    this.ws.charge('HtmlService', `HtmlOutput.${method}`, 'local');
  }

  private self(): HtmlOutput {
    return this as unknown as HtmlOutput;
  }

  getContent(): string {
    this.charge('getContent');
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.charge('setContent');
    this.content = printable(content);
    return this.self();
  }
  append(addedContent: string): HtmlOutput {
    this.charge('append');
    this.content += printable(addedContent);
    return this.self();
  }
  /** Appends with contextual escaping, like a printing scriptlet. */
  appendUntrusted(addedContent: string): HtmlOutput {
    this.charge('appendUntrusted');
    this.content += contextualEscape(this.content, addedContent);
    return this.self();
  }
  clear(): HtmlOutput {
    this.charge('clear');
    this.content = '';
    return this.self();
  }
  asTemplate(): HtmlTemplate {
    this.charge('asTemplate');
    return new FakeHtmlTemplate(this.ws, this.content) as unknown as HtmlTemplate;
  }
  getTitle(): string {
    this.charge('getTitle');
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.charge('setTitle');
    this.title = printable(title);
    return this.self();
  }
  /** The dialog width set with setWidth; null when never set. */
  getWidth(): number {
    this.charge('getWidth');
    return this.width as number;
  }
  setWidth(width: number): HtmlOutput {
    this.charge('setWidth');
    if (!Number.isFinite(Number(width))) throw new Error(HTML_ERRORS.invalidArgument('width'));
    this.width = Math.trunc(Number(width));
    return this.self();
  }
  /** The dialog height set with setHeight; null when never set. */
  getHeight(): number {
    this.charge('getHeight');
    return this.height as number;
  }
  setHeight(height: number): HtmlOutput {
    this.charge('setHeight');
    if (!Number.isFinite(Number(height))) throw new Error(HTML_ERRORS.invalidArgument('height'));
    this.height = Math.trunc(Number(height));
    return this.self();
  }
  getFaviconUrl(): string {
    this.charge('getFaviconUrl');
    return this.faviconUrl;
  }
  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.charge('setFaviconUrl');
    this.faviconUrl = printable(iconUrl);
    return this.self();
  }
  /** Documented: only IFRAME remains; the call has no effect. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.charge('setSandboxMode');
    void mode;
    this.sandboxMode = SANDBOX_MODE.IFRAME;
    return this.self();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.charge('setXFrameOptionsMode');
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }
  /** Documented: only viewport, apple-/mobile-web-app-capable and google-site-verification. */
  addMetaTag(name: string, content: string): HtmlOutput {
    this.charge('addMetaTag');
    if (!ALLOWED_META_TAGS.has(String(name))) {
      throw new Error(HTML_ERRORS.metaTagNotAllowed(String(name)));
    }
    this.metaTags.push({ name: String(name), content: printable(content) });
    return this.self();
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    this.charge('getMetaTags');
    return this.metaTags.map(
      (t) =>
        new FakeHtmlOutputMetaTag(
          this.ws,
          t.name,
          t.content,
        ) as unknown as GoogleAppsScript.HTML.HtmlOutputMetaTag,
    );
  }
}
assertGoogleShape<FakeHtmlOutput, HtmlOutput>(true);

// ---------------------------------------------------------------- the service

function sourceText(source: unknown): string {
  if (source === undefined || source === null) return '';
  if (typeof source === 'string') return source;
  const blobSource = source as { getBlob?: () => { getDataAsString: () => string } };
  if (typeof blobSource.getBlob === 'function') return blobSource.getBlob().getDataAsString();
  return String(source);
}

export class FakeHtmlService {
  readonly SandboxMode = SANDBOX_MODE as unknown as HTML['SandboxMode'];
  readonly XFrameOptionsMode = X_FRAME_OPTIONS_MODE as unknown as HTML['XFrameOptionsMode'];

  constructor(private readonly ws: Workspace) {}

  private charge(method: string): void {
    this.ws.charge('HtmlService', `HtmlService.${method}`, 'local');
  }

  createHtmlOutput(html?: unknown): HtmlOutput {
    this.charge('createHtmlOutput');
    return new FakeHtmlOutput(this.ws, sourceText(html)) as unknown as HtmlOutput;
  }

  /** The file as-is: scriptlets in it are not run (use createTemplateFromFile for that). */
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    this.charge('createHtmlOutputFromFile');
    return new FakeHtmlOutput(this.ws, this.ws.html.read(filename)) as unknown as HtmlOutput;
  }

  createTemplate(html: unknown): HtmlTemplate {
    this.charge('createTemplate');
    return new FakeHtmlTemplate(this.ws, sourceText(html)) as unknown as HtmlTemplate;
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    this.charge('createTemplateFromFile');
    return new FakeHtmlTemplate(this.ws, this.ws.html.read(filename)) as unknown as HtmlTemplate;
  }

  /** Documented: null outside a web app's doGet/doPost, which the emulator does not serve. */
  getUserAgent(): string {
    this.charge('getUserAgent');
    return null as unknown as string;
  }
}
assertGoogleShape<FakeHtmlService, GoogleAppsScript.HTML.HtmlService>(true);

export function createHtmlService(ws: Workspace): GoogleAppsScript.HTML.HtmlService {
  return new FakeHtmlService(ws) as unknown as GoogleAppsScript.HTML.HtmlService;
}

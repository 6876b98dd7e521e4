/**
 * The public web page (doGet): the desk's published cases, read from the cached public list in
 * script properties — never from the register — and handed to the page as escaped JSON.
 *
 * A web app has no container: no active spreadsheet, no document properties. The cache is the
 * one thing it reads. Six service calls whatever the number of cases: getScriptProperties,
 * getProperties (all chunks at once), createTemplateFromFile, evaluate, setTitle, addMetaTag.
 */
import {
  filtersFromParameters,
  pageDataJson,
  PublicPageData,
  readPublicListCache,
} from '../domain/publicPage';
import { PUBLIC_PAGE } from '../strings/publicPage';
import { scriptProperties } from '../adapters/properties';
import { htmlOutput, templateFromFile } from '../adapters/html';

const PUBLIC_PAGE_FILE = 'public';
/** Mobile browsers lay the page out at the device's width (meta tags in the file are ignored). */
const VIEWPORT = 'width=device-width, initial-scale=1';

/** The doGet event's fields the page uses (developers.google.com/apps-script/guides/web). */
export interface WebAppGetEvent {
  parameter?: Record<string, string>;
}

/** The cached list, or an empty 'unreadable' one if the store itself could not be read. */
function readCache(): ReturnType<typeof readPublicListCache> {
  try {
    return readPublicListCache(scriptProperties().getProperties());
  } catch (error) {
    console.error(`公開一覧のキャッシュを読めませんでした: ${(error as Error).message}`);
    return { state: 'unreadable', desk: '', generatedAt: '', cases: [] };
  }
}

/**
 * The page. Data reaches it one way only: `listJson` printed with `<?= ?>` into a data attribute
 * (HtmlService escapes it for the attribute; pageDataJson has already turned every <, >, & and '
 * into \u escapes), parsed by the page's script and drawn with textContent.
 */
export function renderPublicPage(e?: WebAppGetEvent): GoogleAppsScript.HTML.HtmlOutput {
  const cache = readCache();
  const data: PublicPageData = { ...cache, initial: filtersFromParameters(e?.parameter) };
  const template = templateFromFile(PUBLIC_PAGE_FILE);
  template.listJson = pageDataJson(data);
  template.noScript = PUBLIC_PAGE.noScript;
  return template
    .evaluate()
    .setTitle(PUBLIC_PAGE.pageTitle(cache.desk))
    .addMetaTag('viewport', VIEWPORT);
}

/** What a visitor sees when the page itself could not be made: a sentence, never a stack. */
export function publicPageFailure(error: unknown): GoogleAppsScript.HTML.HtmlOutput {
  console.error(`公開ページを表示できませんでした: ${(error as Error)?.message ?? String(error)}`);
  return htmlOutput('<!doctype html><meta charset="utf-8"><p>')
    .appendUntrusted(PUBLIC_PAGE.failed)
    .append('</p>')
    .setTitle(PUBLIC_PAGE.pageTitle(''))
    .addMetaTag('viewport', VIEWPORT);
}

/** Entry point of the public web page (re-exported by src/index.ts; see docs/public-page.md). */
import { publicPageFailure, renderPublicPage, WebAppGetEvent } from '../app/publicPage';

/**
 * Web app GET (deployed with "Execute as: me", "Who has access: anyone"): the published cases,
 * searchable and filterable. Whatever goes wrong, the visitor gets a polite page, never a stack.
 */
export function doGet(e?: WebAppGetEvent): GoogleAppsScript.HTML.HtmlOutput {
  try {
    return renderPublicPage(e);
  } catch (error) {
    return publicPageFailure(error);
  }
}

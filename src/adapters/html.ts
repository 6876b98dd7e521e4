/**
 * HtmlService: the pages the build puts in dist/*.html (src/ui), as templates the caller fills
 * and evaluates, and plain HTML output. One call each.
 */
export function templateFromFile(file: string): GoogleAppsScript.HTML.HtmlTemplate {
  return HtmlService.createTemplateFromFile(file);
}

export function htmlOutput(html: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html);
}

/**
 * Builds the default template of a kind as a Google Doc, in few calls: all paragraphs in one
 * Body.setText, then only what needs its own call — the title and clause headings, alignment,
 * list items, the signature table, the header and footer.
 */
import { DOCUMENT_NAMES } from '../../strings/documents';
import { DEFAULT_TEMPLATES, DocumentKind, TemplateBlock } from '../../domain/documents';
import { fileById } from '../../adapters/drive';
import { createDocument, styleParagraph } from '../../adapters/docs';

type Folder = GoogleAppsScript.Drive.Folder;
type Body = GoogleAppsScript.Document.Body;

/** Creates the template in `folder` and returns its id. */
export function createDefaultTemplate(
  kind: DocumentKind,
  folder: Folder,
  onCreated: (id: string) => void = () => undefined,
): string {
  const template = DEFAULT_TEMPLATES[kind.id];
  const doc = createDocument(DOCUMENT_NAMES.template(kind.label));
  onCreated(doc.getId()); // setup records it before writing, so a stopped run can trash it
  writeBlocks(doc.getBody(), template.blocks);
  if (template.header) doc.addHeader().setText(template.header);
  if (template.footer) doc.addFooter().setText(template.footer);
  const id = doc.getId();
  doc.saveAndClose();
  fileById(id).moveTo(folder);
  return id;
}

/** Paragraph-like blocks go into the body text; list items and tables are inserted afterwards. */
function writeBlocks(body: Body, blocks: TemplateBlock[]): void {
  const inline = blocks.filter((b) => b.type !== 'listItem' && b.type !== 'table');
  const endsWithTable = blocks[blocks.length - 1]?.type === 'table';
  // A Google Docs section always ends with a paragraph, so a closing table needs one after it.
  const lines = [...inline.map(lineOf), ...(endsWithTable ? [''] : [])];
  body.setText(lines.join('\n'));
  const paragraphs = body.getParagraphs();
  inline.forEach((block, i) => styleParagraph(paragraphs[i], block, 'HEADING3'));
  blocks.forEach((block, index) => {
    if (block.type === 'listItem') body.insertListItem(index, block.text);
    if (block.type === 'table') body.insertTable(index, block.rows);
  });
}

function lineOf(block: TemplateBlock): string {
  return block.type === 'title' || block.type === 'heading' || block.type === 'paragraph'
    ? block.text
    : '';
}

/**
 * ListItem: developers.google.com/apps-script/reference/document/list-item
 * "A Paragraph that is associated with a list ID … consecutive ListItems with the same list ID
 * belong to the same list." Glyph and nesting level are per item.
 */
import { assertGoogleShape } from '../../core/typing';
import { GLYPH_TYPE_NAMES, enumName } from './enums';
import { DOCUMENT_ERRORS } from './errors';
import { documentOf, DocNode } from './model';
import { ParagraphBase } from './paragraph';
import { nodeOf, registerElementClass } from './session';

type L = GoogleAppsScript.Document.ListItem;

/** Docs nests lists at most 9 levels deep (levels 0..8). */
const MAX_NESTING_LEVEL = 8;

let detachedListCounter = 0;

/** A new list id, shaped like Google's ("kix.…"). */
export function newListId(node: DocNode): string {
  const doc = documentOf(node);
  const n = doc ? ++doc.listCounter : ++detachedListCounter;
  return `kix.emu${n.toString(36).padStart(8, '0')}`;
}

/**
 * List attributes for a list item placed after `previous`: a list item directly after another
 * joins its list (same id and glyph), otherwise it starts a new bulleted list.
 */
export function assignList(item: DocNode, previous: DocNode | undefined): void {
  if (item.attrs.LIST_ID) return;
  if (previous && previous.type === 'LIST_ITEM') {
    item.attrs.LIST_ID = previous.attrs.LIST_ID;
    item.attrs.GLYPH_TYPE = previous.attrs.GLYPH_TYPE;
  } else {
    item.attrs.LIST_ID = newListId(item);
    item.attrs.GLYPH_TYPE = 'BULLET';
  }
  item.attrs.NESTING_LEVEL ??= 0;
}

export class FakeListItem extends ParagraphBase {
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.charge('getGlyphType');
    return (this.node.attrs.GLYPH_TYPE ?? 'BULLET') as GoogleAppsScript.Document.GlyphType;
  }

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): L {
    this.charge('setGlyphType');
    this.node.attrs.GLYPH_TYPE = enumName(glyphType, GLYPH_TYPE_NAMES, 'glyphType');
    return this.self();
  }

  getNestingLevel(): number {
    this.charge('getNestingLevel');
    return (this.node.attrs.NESTING_LEVEL ?? 0) as number;
  }

  setNestingLevel(nestingLevel: number): L {
    this.charge('setNestingLevel');
    const level = Number(nestingLevel);
    if (!Number.isInteger(level) || level < 0 || level > MAX_NESTING_LEVEL) {
      throw new Error(DOCUMENT_ERRORS.invalidArgument('nestingLevel'));
    }
    this.node.attrs.NESTING_LEVEL = level;
    return this.self();
  }

  getListId(): string {
    this.charge('getListId');
    return (this.node.attrs.LIST_ID ?? null) as string;
  }

  /** "Sets the list ID … to be the same as the specified ListItem." */
  setListId(listItem: GoogleAppsScript.Document.ListItem): L {
    this.charge('setListId');
    const other = nodeOf(listItem, 'listItem');
    if (other.type !== 'LIST_ITEM') throw new Error(DOCUMENT_ERRORS.invalidArgument('listItem'));
    this.node.attrs.LIST_ID = other.attrs.LIST_ID;
    return this.self();
  }
}
assertGoogleShape<FakeListItem, GoogleAppsScript.Document.ListItem>(true);
registerElementClass('LIST_ITEM', FakeListItem);

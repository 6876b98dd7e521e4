/**
 * DocumentApp enums: developers.google.com/apps-script/reference/document/document-app
 * (Properties). Values are their own names, as Apps Script enums print (String(enum) is the name).
 */
type Doc = typeof GoogleAppsScript.Document;

function enumOf<K extends string>(names: readonly K[]): Readonly<Record<K, K>> {
  const out = {} as Record<K, K>;
  for (const name of names) out[name] = name;
  return Object.freeze(out);
}

export const ELEMENT_TYPE_NAMES = [
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'RICH_LINK',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const;

/** developers.google.com/apps-script/reference/document/attribute */
export const ATTRIBUTE_NAMES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;
export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];

/** Attributes that belong to characters (a Text run) rather than to the paragraph or element. */
export const CHARACTER_ATTRIBUTES: ReadonlySet<string> = new Set([
  'BACKGROUND_COLOR',
  'BOLD',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'ITALIC',
  'LINK_URL',
  'STRIKETHROUGH',
  'UNDERLINE',
]);

export const GLYPH_TYPE_NAMES = [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
] as const;
export const PARAGRAPH_HEADING_NAMES = [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const;
export const HORIZONTAL_ALIGNMENT_NAMES = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const;
export const TEXT_ALIGNMENT_NAMES = ['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const;
export const VERTICAL_ALIGNMENT_NAMES = ['BOTTOM', 'CENTER', 'TOP'] as const;

export const ELEMENT_TYPE = enumOf(ELEMENT_TYPE_NAMES) as unknown as Doc['ElementType'];
export const ATTRIBUTE = enumOf(ATTRIBUTE_NAMES) as unknown as Doc['Attribute'];
export const GLYPH_TYPE = enumOf(GLYPH_TYPE_NAMES) as unknown as Doc['GlyphType'];
export const PARAGRAPH_HEADING = enumOf(
  PARAGRAPH_HEADING_NAMES,
) as unknown as Doc['ParagraphHeading'];
export const HORIZONTAL_ALIGNMENT = enumOf(
  HORIZONTAL_ALIGNMENT_NAMES,
) as unknown as Doc['HorizontalAlignment'];
export const TEXT_ALIGNMENT = enumOf(TEXT_ALIGNMENT_NAMES) as unknown as Doc['TextAlignment'];
export const VERTICAL_ALIGNMENT = enumOf(
  VERTICAL_ALIGNMENT_NAMES,
) as unknown as Doc['VerticalAlignment'];
export const POSITIONED_LAYOUT = enumOf([
  'ABOVE_TEXT',
  'BREAK_BOTH',
  'BREAK_LEFT',
  'BREAK_RIGHT',
  'WRAP_TEXT',
] as const) as unknown as Doc['PositionedLayout'];
/** Deprecated in the reference ("use string names for fonts") but still present. */
export const FONT_FAMILY = enumOf([
  'AMARANTH',
  'ARIAL',
  'ARIAL_BLACK',
  'ARIAL_NARROW',
  'ARVO',
  'CALIBRI',
  'CAMBRIA',
  'COMIC_SANS_MS',
  'CONSOLAS',
  'CORSIVA',
  'COURIER_NEW',
  'DANCING_SCRIPT',
  'DROID_SANS',
  'DROID_SERIF',
  'GARAMOND',
  'GEORGIA',
  'GLORIA_HALLELUJAH',
  'GREAT_VIBES',
  'LOBSTER',
  'MERRIWEATHER',
  'PACIFICO',
  'PHILOSOPHER',
  'POIRET_ONE',
  'QUATTROCENTO',
  'ROBOTO',
  'SHADOWS_INTO_LIGHT',
  'SYNCOPATE',
  'TAHOMA',
  'TIMES_NEW_ROMAN',
  'TREBUCHET_MS',
  'UBUNTU',
  'VERDANA',
] as const) as unknown as Doc['FontFamily'];

/** An enum argument as its name: accepts our enum values and their string names. */
export function enumName<K extends string>(value: unknown, names: readonly K[], arg: string): K {
  const name = String(value);
  if (!(names as readonly string[]).includes(name)) throw new Error(`Invalid argument: ${arg}`);
  return name as K;
}

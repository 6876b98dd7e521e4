/**
 * Text: developers.google.com/apps-script/reference/document/text
 *
 * "An element representing a rich text region. All text in a Document is contained within Text
 * elements." One Text run may carry several formats: each character has its own attributes, and
 * getTextAttributeIndices() reports where they change. The same class serves editAsText() of a
 * container, over all of its paragraphs (separated by '\n').
 */
import { assertGoogleShape } from '../../core/typing';
import { ATTRIBUTE_NAMES, CHARACTER_ATTRIBUTES, TEXT_ALIGNMENT_NAMES, enumName } from './enums';
import { DOCUMENT_ERRORS } from './errors';
import { ElementBase } from './element';
import {
  appendChild,
  deleteRunText,
  DocNode,
  insertRunText,
  newText,
  replaceRunText,
} from './model';
import { findTextIn, replaceTextIn } from './search';
import { DocSession, registerElementClass } from './session';
import {
  attributeIndices,
  blocksOf,
  checkDocumentSize,
  deleteRange,
  insertAt,
  styleAt,
  styleRange,
  TextBlock,
  uniformOver,
  validateOffset,
  validateRange,
  viewLength,
  viewText,
} from './textView';

type T = GoogleAppsScript.Document.Text;

/** Internal key for super/subscript (Text.setTextAlignment), not a DocumentApp.Attribute. */
const TEXT_ALIGNMENT_KEY = 'TEXT_ALIGNMENT';

export class FakeText extends ElementBase {
  constructor(session: DocSession, node: DocNode) {
    super(session, node);
  }

  protected override get className(): string {
    return 'Text';
  }

  private blocks(): TextBlock[] {
    return blocksOf(this.node);
  }

  private runs(): DocNode[] {
    return this.blocks().flatMap((b) => b.runs);
  }

  /** (value) or (start, endInclusive, value): the range, validated, and the value. */
  private rangeArgs(args: unknown[]): { start: number; end: number; value: unknown } | null {
    if (args.length >= 3) {
      const blocks = this.blocks();
      validateRange(blocks, Number(args[0]), Number(args[1]));
      return { start: Number(args[0]), end: Number(args[1]), value: args[2] };
    }
    return { start: 0, end: viewLength(this.blocks()) - 1, value: args[0] };
  }

  private setCharacterAttribute(method: string, key: string, args: unknown[]): T {
    this.charge(method);
    const range = this.rangeArgs(args);
    if (range && range.end >= range.start) {
      styleRange(this.blocks(), range.start, range.end, { [key]: range.value });
    }
    return this.self();
  }

  /** With an offset: the value there; without: the value over all the text, null if mixed. */
  private getCharacterAttribute(method: string, key: string, offset: unknown): unknown {
    this.charge(method);
    const blocks = this.blocks();
    if (offset === undefined || offset === null) return uniformOver(blocks, key);
    return styleAt(blocks, validateOffset(blocks, Number(offset)))[key] ?? null;
  }

  override getType(): GoogleAppsScript.Document.ElementType {
    this.charge('getType', 'local');
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }

  getText(): string {
    this.charge('getText');
    return viewText(this.blocks());
  }

  /** "Sets the text contents." The new text takes the first character's attributes. */
  setText(text: string): T {
    this.charge('setText');
    const value = String(text);
    if (this.node.type === 'TEXT') {
      replaceRunText(this.node, 0, this.node.text.length, value);
    } else {
      const blocks = this.blocks();
      const first = blocks[0];
      for (const run of blocks.flatMap((b) => b.runs)) deleteRunText(run, 0, run.text.length);
      if (first && first.runs[0]) insertRunText(first.runs[0], 0, value);
      else if (first && first.para) appendChild(first.para, newText(value));
    }
    checkDocumentSize(this.node);
    return this.self();
  }

  appendText(text: string): T {
    this.charge('appendText');
    insertAt(this.blocks(), viewLength(this.blocks()), String(text));
    checkDocumentSize(this.node);
    return this.self();
  }

  insertText(offset: number, text: string): T {
    this.charge('insertText');
    const blocks = this.blocks();
    const length = viewLength(blocks);
    const at = Number(offset);
    if (!Number.isInteger(at) || at < 0 || at > length) {
      throw new Error(DOCUMENT_ERRORS.insertOffset(at, length));
    }
    insertAt(blocks, at, String(text));
    checkDocumentSize(this.node);
    return this.self();
  }

  deleteText(startOffset: number, endOffsetInclusive: number): T {
    this.charge('deleteText');
    const blocks = this.blocks();
    validateRange(blocks, startOffset, endOffsetInclusive);
    deleteRange(blocks, Number(startOffset), Number(endOffsetInclusive));
    return this.self();
  }

  editAsText(): T {
    this.charge('editAsText', 'local');
    return this.self();
  }

  findText(
    searchPattern: string,
    from?: GoogleAppsScript.Document.RangeElement | null,
  ): GoogleAppsScript.Document.RangeElement {
    this.charge('findText');
    return findTextIn(this.session, this.runs(), searchPattern, from);
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.charge('replaceText');
    replaceTextIn(this.runs(), searchPattern, replacement);
    checkDocumentSize(this.node);
    return this.self();
  }

  /** "Retrieves the attributes at the specified character offset" (all text without one). */
  override getAttributes(offset?: number | null): Record<string, unknown> {
    this.charge('getAttributes');
    const blocks = this.blocks();
    const out: Record<string, unknown> = {};
    for (const name of ATTRIBUTE_NAMES) out[name] = null;
    if (offset === undefined || offset === null) {
      for (const name of CHARACTER_ATTRIBUTES) out[name] = uniformOver(blocks, name);
    } else {
      const style = styleAt(blocks, validateOffset(blocks, Number(offset)));
      for (const name of CHARACTER_ATTRIBUTES) out[name] = style[name] ?? null;
    }
    return out;
  }

  override setAttributes(...args: unknown[]): T {
    this.charge('setAttributes');
    const attributes = (args.length >= 3 ? args[2] : args[0]) as Record<string, unknown>;
    if (typeof attributes !== 'object' || attributes === null) {
      throw new Error(DOCUMENT_ERRORS.invalidArgument('attributes'));
    }
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(attributes)) {
      if (CHARACTER_ATTRIBUTES.has(key)) patch[key] = value;
    }
    const range = this.rangeArgs(args.length >= 3 ? args : [attributes]);
    if (range && range.end >= range.start) styleRange(this.blocks(), range.start, range.end, patch);
    return this.self();
  }

  getTextAttributeIndices(): number[] {
    this.charge('getTextAttributeIndices');
    return attributeIndices(this.blocks());
  }

  getBackgroundColor(offset?: number | null): string {
    return this.getCharacterAttribute('getBackgroundColor', 'BACKGROUND_COLOR', offset) as string;
  }
  getFontFamily(offset?: number | null): string {
    return this.getCharacterAttribute('getFontFamily', 'FONT_FAMILY', offset) as string;
  }
  getFontSize(offset?: number | null): number {
    return this.getCharacterAttribute('getFontSize', 'FONT_SIZE', offset) as number;
  }
  getForegroundColor(offset?: number | null): string {
    return this.getCharacterAttribute('getForegroundColor', 'FOREGROUND_COLOR', offset) as string;
  }
  getLinkUrl(offset?: number | null): string {
    return this.getCharacterAttribute('getLinkUrl', 'LINK_URL', offset) as string;
  }
  getTextAlignment(offset?: number | null): GoogleAppsScript.Document.TextAlignment {
    return this.getCharacterAttribute(
      'getTextAlignment',
      TEXT_ALIGNMENT_KEY,
      offset,
    ) as GoogleAppsScript.Document.TextAlignment;
  }
  isBold(offset?: number | null): boolean {
    return this.getCharacterAttribute('isBold', 'BOLD', offset) as boolean;
  }
  isItalic(offset?: number | null): boolean {
    return this.getCharacterAttribute('isItalic', 'ITALIC', offset) as boolean;
  }
  isStrikethrough(offset?: number | null): boolean {
    return this.getCharacterAttribute('isStrikethrough', 'STRIKETHROUGH', offset) as boolean;
  }
  isUnderline(offset?: number | null): boolean {
    return this.getCharacterAttribute('isUnderline', 'UNDERLINE', offset) as boolean;
  }

  setBackgroundColor(...args: unknown[]): T {
    return this.setCharacterAttribute('setBackgroundColor', 'BACKGROUND_COLOR', colorArgs(args));
  }
  setBold(...args: unknown[]): T {
    return this.setCharacterAttribute('setBold', 'BOLD', booleanArgs(args));
  }
  setFontFamily(...args: unknown[]): T {
    return this.setCharacterAttribute('setFontFamily', 'FONT_FAMILY', args);
  }
  setFontSize(...args: unknown[]): T {
    const size = args[args.length - 1];
    if (size !== null && (typeof size !== 'number' || !(size > 0))) {
      throw new Error(DOCUMENT_ERRORS.invalidArgument('size'));
    }
    return this.setCharacterAttribute('setFontSize', 'FONT_SIZE', args);
  }
  setForegroundColor(...args: unknown[]): T {
    return this.setCharacterAttribute('setForegroundColor', 'FOREGROUND_COLOR', colorArgs(args));
  }
  setItalic(...args: unknown[]): T {
    return this.setCharacterAttribute('setItalic', 'ITALIC', booleanArgs(args));
  }
  setLinkUrl(...args: unknown[]): T {
    return this.setCharacterAttribute('setLinkUrl', 'LINK_URL', args);
  }
  setStrikethrough(...args: unknown[]): T {
    return this.setCharacterAttribute('setStrikethrough', 'STRIKETHROUGH', booleanArgs(args));
  }
  setUnderline(...args: unknown[]): T {
    return this.setCharacterAttribute('setUnderline', 'UNDERLINE', booleanArgs(args));
  }
  setTextAlignment(...args: unknown[]): T {
    const last = args[args.length - 1];
    const value = last === null ? null : enumName(last, TEXT_ALIGNMENT_NAMES, 'textAlignment');
    return this.setCharacterAttribute('setTextAlignment', TEXT_ALIGNMENT_KEY, [
      ...args.slice(0, -1),
      value === 'NORMAL' ? null : value,
    ]);
  }
}
assertGoogleShape<FakeText, GoogleAppsScript.Document.Text>(true);
registerElementClass('TEXT', FakeText);

/** Colors are CSS hex strings "#rrggbb" (documented: 'in CSS notation (like '#ffffff')'). */
function colorArgs(args: unknown[]): unknown[] {
  const color = args[args.length - 1];
  if (color !== null && !/^#[0-9a-fA-F]{6}$/.test(String(color))) {
    throw new Error(DOCUMENT_ERRORS.invalidArgument('color'));
  }
  return args;
}

function booleanArgs(args: unknown[]): unknown[] {
  const value = args[args.length - 1];
  return [...args.slice(0, -1), value === null ? null : Boolean(value)];
}

/** editAsText() of a container: a Text view over its paragraphs. */
export function textViewOf(session: DocSession, node: DocNode): T {
  return new FakeText(session, node) as unknown as T;
}

/**
 * The characters of an element as one string, the way Text and editAsText() see them: the runs of
 * each paragraph, paragraphs separated by '\n'. Offsets into that string map back to runs so edits
 * and styles land on the right characters; the '\n' separators themselves cannot be edited.
 */
import { DOCUMENT_ERRORS } from './errors';
import {
  appendChild,
  CharStyle,
  characterCount,
  deleteRunText,
  documentOf,
  DocNode,
  insertRunText,
  newText,
  paragraphBlocks,
  styleRun,
} from './model';

export interface TextBlock {
  /** The paragraph or list item (null for a bare Text run). */
  para: DocNode | null;
  runs: DocNode[];
}

export function blocksOf(node: DocNode): TextBlock[] {
  if (node.type === 'TEXT') return [{ para: null, runs: [node] }];
  return paragraphBlocks(node).map((para) => ({
    para,
    runs: para.children.filter((c) => c.type === 'TEXT'),
  }));
}

function blockLength(block: TextBlock): number {
  return block.runs.reduce((sum, run) => sum + run.text.length, 0);
}

export function viewText(blocks: TextBlock[]): string {
  return blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n');
}

export function viewLength(blocks: TextBlock[]): number {
  return blocks.reduce((sum, b) => sum + blockLength(b), 0) + Math.max(0, blocks.length - 1);
}

interface CharRef {
  run: DocNode;
  index: number;
}

/** Every character position in order; null marks a paragraph separator. */
function characters(blocks: TextBlock[]): Array<CharRef | null> {
  const out: Array<CharRef | null> = [];
  blocks.forEach((block, b) => {
    if (b > 0) out.push(null);
    for (const run of block.runs)
      for (let i = 0; i < run.text.length; i++) out.push({ run, index: i });
  });
  return out;
}

/** Style of the character at `offset` (a separator reports the character before it). */
export function styleAt(blocks: TextBlock[], offset: number): CharStyle {
  const chars = characters(blocks);
  for (let i = offset; i >= 0; i--) {
    const ref = chars[i];
    if (ref) return ref.run.styles[ref.index];
  }
  return {};
}

/** Offsets where the character style changes, starting with 0 (Text.getTextAttributeIndices). */
export function attributeIndices(blocks: TextBlock[]): number[] {
  const chars = characters(blocks);
  const indices: number[] = [];
  let previous: CharStyle | null = null;
  chars.forEach((ref, i) => {
    if (!ref) return;
    const style = ref.run.styles[ref.index];
    if (previous === null || !sameStyleShallow(previous, style)) indices.push(i);
    previous = style;
  });
  if (indices.length === 0) indices.push(0);
  return indices;
}

function sameStyleShallow(a: CharStyle, b: CharStyle): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Values of one character attribute over [start, endInclusive]: the value or null if mixed. */
export function uniformOver(
  blocks: TextBlock[],
  key: string,
  start = 0,
  endInclusive = Number.MAX_SAFE_INTEGER,
): unknown {
  const chars = characters(blocks);
  let seen = false;
  let value: unknown = null;
  for (let i = start; i <= endInclusive && i < chars.length; i++) {
    const ref = chars[i];
    if (!ref) continue;
    const v = ref.run.styles[ref.index][key] ?? null;
    if (!seen) {
      value = v;
      seen = true;
    } else if (v !== value) return null;
  }
  return value;
}

export function styleRange(
  blocks: TextBlock[],
  start: number,
  endInclusive: number,
  patch: Record<string, unknown>,
): void {
  const chars = characters(blocks);
  for (let i = start; i <= endInclusive; i++) {
    const ref = chars[i];
    if (ref) styleRun(ref.run, ref.index, ref.index, patch);
  }
}

export function deleteRange(blocks: TextBlock[], start: number, endInclusive: number): void {
  const chars = characters(blocks).slice(start, endInclusive + 1);
  // Right to left so earlier indexes stay valid.
  for (let i = chars.length - 1; i >= 0; i--) {
    const ref = chars[i];
    if (ref) deleteRunText(ref.run, ref.index, ref.index + 1);
  }
}

/** Inserts at `offset` (0..length) into the run there, creating a run in an empty paragraph. */
export function insertAt(blocks: TextBlock[], offset: number, text: string): void {
  let remaining = offset;
  for (const block of blocks) {
    const length = blockLength(block);
    if (remaining <= length) {
      for (const run of block.runs) {
        if (remaining <= run.text.length) {
          insertRunText(run, remaining, text);
          return;
        }
        remaining -= run.text.length;
      }
      if (block.para) appendChild(block.para, newText(text));
      return;
    }
    remaining -= length + 1;
  }
}

export function validateOffset(blocks: TextBlock[], offset: number): number {
  const length = viewLength(blocks);
  const n = Number(offset);
  if (!Number.isInteger(n) || n < 0 || n >= length) {
    throw new Error(DOCUMENT_ERRORS.offset(n, length));
  }
  return n;
}

export function validateRange(blocks: TextBlock[], start: number, endInclusive: number): void {
  validateOffset(blocks, start);
  validateOffset(blocks, endInclusive);
  if (Number(endInclusive) < Number(start)) {
    throw new Error(DOCUMENT_ERRORS.badRange(Number(start), Number(endInclusive)));
  }
}

/** Documented limit: a Google Doc holds at most 1.02 million characters. */
export const MAX_DOCUMENT_CHARACTERS = 1_020_000;

export function checkDocumentSize(node: DocNode): void {
  const doc = documentOf(node);
  if (doc && characterCount(doc) > MAX_DOCUMENT_CHARACTERS) {
    throw new Error(DOCUMENT_ERRORS.tooLarge);
  }
}

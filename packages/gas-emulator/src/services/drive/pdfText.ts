/**
 * Reads the text of a PDF back, with positions, as a PDF viewer's text layer does: objects and
 * (Flate-compressed) streams, each page's content stream run through the text operators, glyph
 * codes mapped to characters through the font's ToUnicode CMap and measured with its widths.
 * Enough for the PDFs this emulator writes (pdf.ts: Type0 fonts with Identity-H encoding) and
 * other simple ones; tests and scripts use it to check what a reader of the PDF sees.
 */
import { inflateSync } from 'node:zlib';

/** One line of text on a page: fragments on the same baseline, joined left to right. */
export interface PdfLine {
  /** 1-based page number. */
  page: number;
  /** Left edge of the line's first glyph, in points from the page's left edge. */
  x: number;
  /** Baseline, in points from the top of the page. */
  y: number;
  /** From x to the end of the last glyph, in points. */
  width: number;
  /** Font size of the first fragment. */
  size: number;
  text: string;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function parseObjects(raw: string): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+\d+\s+obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(raw))) {
    const start = match.index + match[0].length;
    const streamAt = raw.indexOf('stream', start);
    const endAt = raw.indexOf('endobj', start);
    if (endAt < 0) break;
    if (streamAt >= 0 && streamAt < endAt) {
      const dict = raw.slice(start, streamAt);
      let dataStart = streamAt + 'stream'.length;
      if (raw[dataStart] === '\r') dataStart++;
      if (raw[dataStart] === '\n') dataStart++;
      const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
      const dataEnd = length ? dataStart + Number(length[1]) : raw.indexOf('endstream', dataStart);
      let data = Buffer.from(raw.slice(dataStart, dataEnd), 'latin1');
      if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
      const close = raw.indexOf('endobj', dataEnd);
      objects.set(Number(match[1]), { dict, stream: data });
      header.lastIndex = close;
    } else {
      objects.set(Number(match[1]), { dict: raw.slice(start, endAt), stream: null });
      header.lastIndex = endAt;
    }
  }
  return objects;
}

function ref(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
}

interface Font {
  bytesPerCode: number;
  toUnicode: Map<number, string>;
  widths: Map<number, number>;
  defaultWidth: number;
}

function hexToString(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  if (hex.length % 4 === 2) out += String.fromCharCode(parseInt(hex.slice(-2), 16));
  return out;
}

function parseCMap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) {
      map.set(parseInt(m[1], 16), hexToString(m[2]));
    }
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const entries = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]*>)/g;
    for (const m of block[1].matchAll(entries)) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      if (m[3].startsWith('[')) {
        const targets = [...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((t) => hexToString(t[1]));
        for (let c = lo; c <= hi && c - lo < targets.length; c++) map.set(c, targets[c - lo]);
      } else {
        const base = m[3].slice(1, -1);
        const first = hexToString(base);
        for (let c = lo; c <= hi; c++) {
          map.set(
            c,
            first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + c - lo),
          );
        }
      }
    }
  }
  return map;
}

/** The /W array of a CIDFont: `c [w1 w2 …]` and `cFirst cLast w` entries. */
function parseWidths(w: string): Map<number, number> {
  const widths = new Map<number, number>();
  const tokens = w.match(/\[|\]|-?\d+(?:\.\d+)?/g) ?? [];
  let i = 0;
  while (i < tokens.length) {
    const first = Number(tokens[i++]);
    if (tokens[i] === '[') {
      i++;
      let c = first;
      while (i < tokens.length && tokens[i] !== ']') widths.set(c++, Number(tokens[i++]));
      i++;
    } else {
      const last = Number(tokens[i++]);
      const width = Number(tokens[i++]);
      for (let c = first; c <= last; c++) widths.set(c, width);
    }
  }
  return widths;
}

function loadFont(objects: Map<number, PdfObject>, id: number): Font {
  const dict = objects.get(id)?.dict ?? '';
  const cmapId = ref(dict, 'ToUnicode');
  const cmap = cmapId !== null ? objects.get(cmapId)?.stream : null;
  const toUnicode = cmap ? parseCMap(cmap.toString('latin1')) : new Map<number, string>();
  if (/\/Subtype\s*\/Type0/.test(dict)) {
    const descendant = /\/DescendantFonts\s*\[\s*(\d+)\s+\d+\s+R/.exec(dict);
    const cid = descendant ? (objects.get(Number(descendant[1]))?.dict ?? '') : '';
    const w = /\/W\s*\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(cid);
    const dw = /\/DW\s+(\d+)/.exec(cid);
    return {
      bytesPerCode: 2,
      toUnicode,
      widths: w ? parseWidths(w[1]) : new Map(),
      defaultWidth: dw ? Number(dw[1]) : 1000,
    };
  }
  const widths = new Map<number, number>();
  const firstChar = /\/FirstChar\s+(\d+)/.exec(dict);
  const list = /\/Widths\s*\[([^\]]*)\]/.exec(dict);
  if (firstChar && list) {
    list[1]
      .trim()
      .split(/\s+/)
      .forEach((v, i) => widths.set(Number(firstChar[1]) + i, Number(v)));
  }
  return { bytesPerCode: 1, toUnicode, widths, defaultWidth: 500 };
}

/** The page objects in order, walking the page tree from the catalog's /Pages. */
function pageIds(objects: Map<number, PdfObject>): number[] {
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const root = catalog ? ref(catalog.dict, 'Pages') : null;
  const out: number[] = [];
  const walk = (id: number) => {
    const dict = objects.get(id)?.dict ?? '';
    if (/\/Type\s*\/Pages/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
      for (const k of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(k[1]));
    } else if (/\/Type\s*\/Page\b/.test(dict)) out.push(id);
  };
  if (root !== null) walk(root);
  return out;
}

/** Tokens of a content stream: numbers, names, strings (as raw bytes), arrays, operators. */
type Token = number | { name: string } | { bytes: string } | Token[] | { op: string };

function tokenize(content: string): Token[] {
  const tokens: Token[] = [];
  const stack: Token[][] = [tokens];
  let i = 0;
  const push = (t: Token) => stack[stack.length - 1].push(t);
  while (i < content.length) {
    const ch = content[i];
    if (/\s/.test(ch)) i++;
    else if (ch === '%') while (i < content.length && content[i] !== '\n') i++;
    else if (ch === '[') {
      const array: Token[] = [];
      push(array);
      stack.push(array);
      i++;
    } else if (ch === ']') {
      if (stack.length > 1) stack.pop();
      i++;
    } else if (ch === '<' && content[i + 1] === '<') {
      // An inline dictionary (marked content properties): skipped.
      let depth = 0;
      do {
        if (content.startsWith('<<', i)) {
          depth++;
          i += 2;
        } else if (content.startsWith('>>', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < content.length);
    } else if (ch === '<') {
      const end = content.indexOf('>', i);
      const hex = content.slice(i + 1, end).replace(/\s+/g, '');
      let bytes = '';
      for (let j = 0; j < hex.length; j += 2) {
        bytes += String.fromCharCode(parseInt(hex.slice(j, j + 2).padEnd(2, '0'), 16));
      }
      push({ bytes });
      i = end + 1;
    } else if (ch === '(') {
      let depth = 1;
      let bytes = '';
      i++;
      while (i < content.length && depth > 0) {
        const c = content[i];
        if (c === '\\') {
          const n = content[i + 1];
          const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
          if (/[0-7]/.test(n)) {
            const oct = /^[0-7]{1,3}/.exec(content.slice(i + 1))![0];
            bytes += String.fromCharCode(parseInt(oct, 8));
            i += 1 + oct.length;
          } else {
            bytes += escapes[n] ?? n;
            i += 2;
          }
          continue;
        }
        if (c === '(') depth++;
        if (c === ')') depth--;
        if (depth > 0) bytes += c;
        i++;
      }
      push({ bytes });
    } else if (ch === '/') {
      const m = /^\/[^\s/[\]<>()%]*/.exec(content.slice(i))![0];
      push({ name: m.slice(1) });
      i += m.length;
    } else {
      const m = /^[^\s/[\]<>()%]+/.exec(content.slice(i))![0];
      const n = Number(m);
      push(Number.isNaN(n) ? { op: m } : n);
      i += m.length;
    }
  }
  return tokens;
}

interface Fragment {
  page: number;
  x: number;
  y: number;
  width: number;
  size: number;
  text: string;
}

function pageFragments(
  objects: Map<number, PdfObject>,
  fonts: Map<number, Font>,
  pageId: number,
  pageNumber: number,
): Fragment[] {
  const page = objects.get(pageId)?.dict ?? '';
  const box = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)/.exec(page);
  const height = box ? Number(box[4]) : 842;
  const resourcesId = ref(page, 'Resources');
  const resources = resourcesId !== null ? (objects.get(resourcesId)?.dict ?? '') : page;
  const fontRefs = new Map<string, number>();
  const fontDict = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? '';
  for (const m of fontDict.matchAll(/\/([^\s/]+)\s+(\d+)\s+\d+\s+R/g)) {
    fontRefs.set(m[1], Number(m[2]));
  }
  const contentIds: number[] = [];
  const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page)?.[1] ?? '';
  for (const m of contents.matchAll(/(\d+)\s+\d+\s+R/g)) contentIds.push(Number(m[1]));
  const content = contentIds
    .map((id) => objects.get(id)?.stream?.toString('latin1') ?? '')
    .join('\n');

  const fragments: Fragment[] = [];
  let ctm: Matrix = IDENTITY;
  // q/Q save and restore the graphics state: the matrix and the text state with it.
  const saved: Array<{ ctm: Matrix; charSpacing: number; leading: number }> = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let leading = 0;
  let charSpacing = 0;
  let font: Font | null = null;
  let size = 0;
  const operands: Token[] = [];

  const show = (items: Token[]) => {
    if (!font) return;
    const start = multiply(tm, ctm);
    let text = '';
    let advance = 0;
    for (const item of items) {
      if (typeof item === 'number') {
        advance -= (item / 1000) * size;
        continue;
      }
      if (typeof item !== 'object' || !('bytes' in item)) continue;
      const bytes = item.bytes;
      for (let i = 0; i + font.bytesPerCode <= bytes.length; i += font.bytesPerCode) {
        let code = 0;
        for (let j = 0; j < font.bytesPerCode; j++) code = code * 256 + bytes.charCodeAt(i + j);
        text +=
          font.toUnicode.get(code) ?? (font.bytesPerCode === 1 ? String.fromCharCode(code) : '');
        advance += ((font.widths.get(code) ?? font.defaultWidth) / 1000) * size + charSpacing;
      }
    }
    tm = multiply([1, 0, 0, 1, advance, 0], tm);
    const scale = Math.hypot(start[0], start[1]);
    // Character spacing follows every glyph; the last one's is no ink.
    const ink = text === '' ? advance : advance - charSpacing;
    fragments.push({
      page: pageNumber,
      x: start[4],
      y: height - start[5],
      width: ink * scale,
      size: size * Math.hypot(start[2], start[3]),
      text,
    });
  };

  for (const token of tokenize(content)) {
    if (typeof token !== 'object' || Array.isArray(token) || !('op' in token)) {
      operands.push(token);
      continue;
    }
    const nums = operands.filter((o): o is number => typeof o === 'number');
    switch (token.op) {
      case 'q':
        saved.push({ ctm, charSpacing, leading });
        break;
      case 'Q': {
        const state = saved.pop();
        ctm = state?.ctm ?? IDENTITY;
        charSpacing = state?.charSpacing ?? 0;
        leading = state?.leading ?? 0;
        break;
      }
      case 'cm':
        if (nums.length >= 6) ctm = multiply(nums.slice(-6) as Matrix, ctm);
        break;
      case 'BT':
        tm = IDENTITY;
        tlm = IDENTITY;
        break;
      case 'Tm':
        if (nums.length >= 6) tm = tlm = nums.slice(-6) as Matrix;
        break;
      case 'Td':
      case 'TD':
        if (nums.length >= 2) {
          tm = tlm = multiply([1, 0, 0, 1, nums[nums.length - 2], nums[nums.length - 1]], tlm);
          if (token.op === 'TD') leading = -nums[nums.length - 1];
        }
        break;
      case 'TL':
        leading = nums[nums.length - 1] ?? leading;
        break;
      case 'Tc':
        charSpacing = nums[nums.length - 1] ?? 0;
        break;
      case 'T*':
        tm = tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
        break;
      case 'Tf': {
        const name = operands.find(
          (o): o is { name: string } => typeof o === 'object' && 'name' in o,
        );
        size = nums[nums.length - 1] ?? size;
        const id = name ? fontRefs.get(name.name) : undefined;
        if (id !== undefined) {
          if (!fonts.has(id)) fonts.set(id, loadFont(objects, id));
          font = fonts.get(id) ?? null;
        }
        break;
      }
      case 'Tj':
        show(operands.slice(-1));
        break;
      case "'":
        tm = tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
        show(operands.slice(-1));
        break;
      case 'TJ': {
        const array = operands[operands.length - 1];
        if (Array.isArray(array)) show(array);
        break;
      }
      default:
        break;
    }
    operands.length = 0;
  }
  return fragments;
}

/** Lines of every page, top to bottom, each line's fragments left to right. */
export function extractPdfLines(bytes: Uint8Array): PdfLine[] {
  const objects = parseObjects(Buffer.from(bytes).toString('latin1'));
  const fonts = new Map<number, Font>();
  const lines: PdfLine[] = [];
  pageIds(objects).forEach((id, index) => {
    const fragments = pageFragments(objects, fonts, id, index + 1).filter((f) => f.text !== '');
    fragments.sort((a, b) => (Math.abs(a.y - b.y) < 1 ? a.x - b.x : a.y - b.y));
    let current: PdfLine | null = null;
    for (const f of fragments) {
      if (current && Math.abs(current.y - f.y) < 1) {
        const end = current.x + current.width;
        current.text += f.x - end > f.size * 0.25 ? ` ${f.text}` : f.text;
        current.width = Math.max(end, f.x + f.width) - current.x;
        continue;
      }
      current = { page: index + 1, x: f.x, y: f.y, width: f.width, size: f.size, text: f.text };
      lines.push(current);
    }
  });
  return lines;
}

/** The text lines of a PDF, as a reader selects them (trailing spaces of a line dropped). */
export function extractPdfText(bytes: Uint8Array): string[] {
  return extractPdfLines(bytes).map((line) => line.text.replace(/\s+$/, ''));
}

/** The number of pages of a PDF (its page tree's leaves). */
export function pdfPageCount(bytes: Uint8Array): number {
  return pageIds(parseObjects(Buffer.from(bytes).toString('latin1'))).length;
}

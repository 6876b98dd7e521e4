/**
 * The Japanese fonts the emulator's PDFs embed: Noto Sans JP Regular and Bold (TrueType, full JIS
 * coverage; the family Google Docs itself uses for Japanese) from the
 * `@expo-google-fonts/noto-sans-jp` package. Google Docs embeds the fonts a document uses,
 * subset; pdfkit does the same with these (a TrueType subset is cheap to write, unlike a CFF one).
 * Parsing a 5 MB font takes a while, so each face is parsed once per process and the parsed font
 * is handed to every document, with one shared cache of laid-out text (see sharedLayoutCache).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

export type PdfFace = 'regular' | 'bold';

const FILES: Record<PdfFace, string> = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
};

const fonts = new Map<PdfFace, fontkit.Font>();
const layouts = new Map<PdfFace, Record<string, unknown>>();
/** Distinct strings kept per face before the layout cache starts again (memory bound). */
const LAYOUT_CACHE_LIMIT = 20_000;

function resolve(path: string): string {
  const resolver =
    typeof require === 'function' ? require : createRequire(join(process.cwd(), 'package.json'));
  return resolver.resolve(path);
}

/** The parsed font of a face, loaded on first use. */
export function pdfFont(face: PdfFace): fontkit.Font {
  let font = fonts.get(face);
  if (!font) {
    const created = fontkit.create(readFileSync(resolve(FILES[face])));
    // A .ttf holds one font; fontkit returns a collection only for .ttc/.dfont files.
    if (!('layout' in created)) throw new Error(`${FILES[face]} is not a single font`);
    font = created;
    fonts.set(face, font);
  }
  return font;
}

/**
 * pdfkit's per-document cache of laid-out strings (text → glyphs and advances, in the font's
 * units), shared across documents: the result depends on the font alone, and laying out each
 * character again for every PDF is most of a PDF's time.
 */
export function sharedLayoutCache(face: PdfFace): Record<string, unknown> {
  let cache = layouts.get(face);
  if (!cache || Object.keys(cache).length > LAYOUT_CACHE_LIMIT) {
    cache = Object.create(null) as Record<string, unknown>;
    layouts.set(face, cache);
  }
  return cache;
}
